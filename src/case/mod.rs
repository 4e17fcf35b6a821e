//! The case: who the person is and what they were convicted of (`recordrights-case/1`).
//!
//! Parsing is strict and happens once: [`Case::parse`] turns the text of a case file into
//! a validated [`Case`] or into every problem found, each naming the file, line and field.
//! [`Case::parse_resolved`] also resolves the charges and follow-up answers against a
//! rule pack, giving the [`Resolved`] case the engine takes. [`Case::to_toml`] writes the
//! same format back.

mod conviction;
mod field;
pub mod limits;
mod parse;
mod resolved;
mod write;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dates;
use crate::regions;

pub use field::{CaseField, ClientKey, ConvictionKey, PersonKey};
pub use resolved::Resolved;
pub(crate) use write::bare_key;

/// A small complete case file, the first worked case of `tests/cases/`: dangerous
/// driving, two months' criminal detention, completed 2025-01-10. Tests start from it.
pub const EXAMPLE: &str = r#"format = "recordrights-case/1"

[person]
birth_date = "1990-05-01"

[[conviction]]
charge = "危险驾驶罪"
article = "133-1"
offence_date = "2024-09-01"
judgment_date = "2024-11-10"
penalty = "detention"
term_months = 2
completed_on = "2025-01-10"
"#;

/// The format tag of case files this program reads and writes.
pub const CASE_FORMAT: &str = "recordrights-case/1";

/// A current status the person holds (`person.roles`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Role {
    PublicServant,
    PartyMember,
    Police,
    Judge,
    Procurator,
    Lawyer,
    Notary,
    Physician,
    Teacher,
    Accountant,
    CompanyOfficer,
    Driver,
    Student,
    Soldier,
}

impl Role {
    /// Every role, in the order the questionnaire shows them.
    pub const ALL: [Role; 14] = [
        Role::PublicServant,
        Role::PartyMember,
        Role::Police,
        Role::Judge,
        Role::Procurator,
        Role::Lawyer,
        Role::Notary,
        Role::Physician,
        Role::Teacher,
        Role::Accountant,
        Role::CompanyOfficer,
        Role::Driver,
        Role::Student,
        Role::Soldier,
    ];

    /// The snake_case name used in files.
    pub fn key(self) -> &'static str {
        match self {
            Role::PublicServant => "public_servant",
            Role::PartyMember => "party_member",
            Role::Police => "police",
            Role::Judge => "judge",
            Role::Procurator => "procurator",
            Role::Lawyer => "lawyer",
            Role::Notary => "notary",
            Role::Physician => "physician",
            Role::Teacher => "teacher",
            Role::Accountant => "accountant",
            Role::CompanyOfficer => "company_officer",
            Role::Driver => "driver",
            Role::Student => "student",
            Role::Soldier => "soldier",
        }
    }
}

/// Intentional or negligent crime (故意 / 过失).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// 故意犯罪.
    Intentional,
    /// 过失犯罪.
    Negligent,
}

impl Fault {
    /// The snake_case name used in files.
    pub fn key(self) -> &'static str {
        match self {
            Fault::Intentional => "intentional",
            Fault::Negligent => "negligent",
        }
    }
}

/// The principal penalty (主刑), or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Penalty {
    /// Convicted but exempted from punishment (免予刑事处罚).
    Exempted,
    /// A fine alone (单处罚金).
    FineOnly,
    /// Public surveillance (管制).
    Control,
    /// Criminal detention (拘役).
    Detention,
    /// Fixed-term imprisonment (有期徒刑).
    FixedTerm,
    /// Life imprisonment (无期徒刑).
    Life,
    /// Death sentence with reprieve (死刑缓期执行).
    DeathSuspended,
    /// Deprivation of political rights as the only penalty (独立适用剥夺政治权利,
    /// Criminal Law Art. 56 para. 2), for `political_rights_months`.
    PoliticalRightsOnly,
}

impl Penalty {
    /// Every penalty: the principal penalties lightest first, each after the penalties
    /// imposed alone that are lighter than it.
    pub const ALL: [Penalty; 8] = [
        Penalty::Exempted,
        Penalty::FineOnly,
        Penalty::PoliticalRightsOnly,
        Penalty::Control,
        Penalty::Detention,
        Penalty::FixedTerm,
        Penalty::Life,
        Penalty::DeathSuspended,
    ];

    /// The snake_case name used in files.
    pub fn key(self) -> &'static str {
        match self {
            Penalty::Exempted => "exempted",
            Penalty::FineOnly => "fine_only",
            Penalty::Control => "control",
            Penalty::Detention => "detention",
            Penalty::FixedTerm => "fixed_term",
            Penalty::Life => "life",
            Penalty::DeathSuspended => "death_suspended",
            Penalty::PoliticalRightsOnly => "political_rights_only",
        }
    }

    /// Whether the penalty has a term in months.
    pub fn has_term(self) -> bool {
        matches!(
            self,
            Penalty::Control | Penalty::Detention | Penalty::FixedTerm
        )
    }

    /// The range of `term_months` the Criminal Law allows (Arts. 38, 42, 45, 69:
    /// combined sentences raise the ceilings to 3 years, 1 year and 25 years).
    pub fn term_limits(self) -> Option<(u32, u32)> {
        match self {
            Penalty::Control => Some(limits::CONTROL_MONTHS.into_inner()),
            Penalty::Detention => Some(limits::DETENTION_MONTHS.into_inner()),
            Penalty::FixedTerm => Some(limits::FIXED_TERM_MONTHS.into_inner()),
            _ => None,
        }
    }
}

/// Deprivation of political rights (剥夺政治权利).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PoliticalRights {
    /// Not deprived.
    None,
    /// Deprived for this many months.
    Months(u32),
    /// Deprived for life (`-1` in the file).
    Life,
}

/// The person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// ISO 3166-2:CN code of the household registration, if given, as written.
    pub region: Option<String>,
    /// A city whose own rules bind residents (`CN-44-SZ`), if given, as written.
    pub city: Option<String>,
    /// Current roles.
    pub roles: Vec<Role>,
}

impl Person {
    /// Whether rules of `jurisdiction` (`CN`, or a province's numeric code) and, for a
    /// city's own rules, of `city` bind this person: national rules bind everyone, a
    /// province's rules those registered there, a city's rules only those who said they
    /// live or are registered in that city.
    pub fn bound_by(&self, jurisdiction: &str, city: Option<&str>) -> bool {
        if jurisdiction == "CN" {
            return true;
        }
        let province = self
            .region
            .as_deref()
            .and_then(regions::province)
            .or_else(|| self.city.as_deref().and_then(regions::city_province));
        if province.is_none_or(|p| p.numeric != jurisdiction) {
            return false;
        }
        match city {
            None => true,
            Some(c) => self
                .city
                .as_deref()
                .and_then(regions::normalise_city)
                .is_some_and(|mine| mine == c),
        }
    }
}

/// One conviction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conviction {
    /// Charge name as written in the file (resolved against the catalogue by [`Resolved`]).
    pub charge: String,
    /// Criminal Law article as written, if given.
    pub article: Option<String>,
    /// Day of the offence.
    pub offence_date: NaiveDate,
    /// Day the judgment took effect.
    pub judgment_date: NaiveDate,
    /// Fault, if the file overrides the charge's default.
    pub fault: Option<Fault>,
    /// Crime of professional negligence / using one's occupation.
    pub professional: bool,
    /// Principal penalty.
    pub penalty: Penalty,
    /// Term in months (control, detention, fixed-term).
    pub term_months: Option<u32>,
    /// Sentence suspended (缓刑).
    pub suspended: bool,
    /// Probation in months, when suspended.
    pub probation_months: Option<u32>,
    /// Deprivation of political rights.
    pub political_rights: PoliticalRights,
    /// Court-ordered occupational ban (Criminal Law Art. 37-1), months; 0 = none.
    pub occupational_ban_months: u32,
    /// Completion as given in the file.
    pub completed_on: Option<NaiveDate>,
    /// Release on parole, if any.
    pub paroled_on: Option<NaiveDate>,
    /// Answers to follow-up questions (`[conviction.facts]`): fact id → true / false.
    /// An absent fact is not known. Ids are checked against the rule base's question
    /// catalogue when the case is resolved (line `facts.<id>` in [`Conviction::lines`]).
    pub facts: BTreeMap<String, bool>,
    /// Where each key was in the file read (for messages about this conviction).
    pub lines: ConvictionLines,
}

impl Conviction {
    /// The day the principal penalty was completed: as given, or computed from the
    /// judgment date and the term or probation (`None` for life and death with reprieve
    /// when the file does not say). The flag says whether it was computed.
    pub fn completion(&self) -> Option<(NaiveDate, bool)> {
        if let Some(d) = self.completed_on {
            return Some((d, false));
        }
        let months = if self.suspended {
            self.probation_months?
        } else {
            match self.penalty {
                Penalty::Exempted | Penalty::FineOnly => 0,
                // Served when the deprivation ends (Criminal Law Arts. 55, 58).
                Penalty::PoliticalRightsOnly => match self.political_rights {
                    PoliticalRights::Months(m) => m,
                    _ => 0,
                },
                Penalty::Control | Penalty::Detention | Penalty::FixedTerm => self.term_months?,
                Penalty::Life | Penalty::DeathSuspended => return None,
            }
        };
        dates::add_months(self.judgment_date, months).map(|d| (d, true))
    }

    /// Line of a key, or of the conviction's first key.
    pub fn line(&self, key: ConvictionKey) -> Option<usize> {
        let keys = &self.lines.keys;
        keys.get(&key)
            .or_else(|| keys.get(&ConvictionKey::Charge))
            .copied()
    }

    /// Line of the answer to a follow-up question, or of the conviction's first key.
    pub fn fact_line(&self, fact: &str) -> Option<usize> {
        self.lines
            .facts
            .get(fact)
            .copied()
            .or_else(|| self.line(ConvictionKey::Charge))
    }
}

/// The lines of a conviction's keys in the file it was read from (empty for a case made
/// from the window's answers).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConvictionLines {
    /// Line of each key.
    pub keys: BTreeMap<ConvictionKey, usize>,
    /// Line of each answer of `[conviction.facts]`, by fact id.
    pub facts: BTreeMap<String, usize>,
}

impl ConvictionLines {
    /// Forgets every line (tests compare cases read from different texts).
    pub fn clear(&mut self) {
        self.keys.clear();
        self.facts.clear();
    }
}

/// Who the case belongs to in a legal-aid worker's client list (optional `[client]`
/// table, an addition to `recordrights-case/1`; no real name is required).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClientInfo {
    /// A label the worker chooses (a number, initials…).
    pub label: String,
    /// Free notes.
    pub notes: String,
    /// Day of the consultation.
    pub consulted_on: Option<NaiveDate>,
}

/// A validated case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// The person.
    pub person: Person,
    /// One or more convictions.
    pub convictions: Vec<Conviction>,
    /// The client-list entry, if the case was saved from the client list.
    pub client: Option<ClientInfo>,
}
