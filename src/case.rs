//! The case: who the person is and what they were convicted of (`recordrights-case/1`).
//!
//! Parsing is strict and happens once: [`Case::parse`] turns the text of a case file into
//! a validated [`Case`] or into every problem found, each naming the file, line and field.
//! [`Case::to_toml`] writes the same format back.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::dates;
use crate::error::{InputError, InputErrors, Problem, from_toml, line_of};
use crate::regions;

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
}

impl Penalty {
    /// Every penalty, lightest first.
    pub const ALL: [Penalty; 7] = [
        Penalty::Exempted,
        Penalty::FineOnly,
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
            Penalty::Control => Some((3, 36)),
            Penalty::Detention => Some((1, 12)),
            Penalty::FixedTerm => Some((6, 300)),
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
    /// Charge name as written in the file (resolved against the catalogue by the engine).
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
    /// catalogue when the case is assessed (line `facts.<id>` in [`Conviction::lines`]).
    pub facts: BTreeMap<String, bool>,
    /// Line of each key in the file (for messages about this conviction).
    pub lines: BTreeMap<String, usize>,
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
                Penalty::Control | Penalty::Detention | Penalty::FixedTerm => self.term_months?,
                Penalty::Life | Penalty::DeathSuspended => return None,
            }
        };
        dates::add_months(self.judgment_date, months).map(|d| (d, true))
    }

    /// Line of a key, or of the conviction's first key.
    pub fn line(&self, key: &str) -> Option<usize> {
        self.lines
            .get(key)
            .or_else(|| self.lines.get("charge"))
            .copied()
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    format: Spanned<String>,
    person: RawPerson,
    #[serde(default)]
    conviction: Vec<Spanned<RawConviction>>,
    #[serde(default)]
    client: Option<RawClient>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClient {
    label: String,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    consulted_on: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    birth_date: Spanned<String>,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    city: Option<String>,
    #[serde(default)]
    roles: Vec<Role>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConviction {
    charge: Spanned<String>,
    #[serde(default)]
    article: Option<Spanned<String>>,
    offence_date: Spanned<String>,
    judgment_date: Spanned<String>,
    #[serde(default)]
    fault: Option<Fault>,
    #[serde(default)]
    professional: bool,
    penalty: Spanned<Penalty>,
    #[serde(default)]
    term_months: Option<Spanned<i64>>,
    #[serde(default)]
    suspended: Option<Spanned<bool>>,
    #[serde(default)]
    probation_months: Option<Spanned<i64>>,
    #[serde(default)]
    political_rights_months: Option<Spanned<i64>>,
    #[serde(default)]
    occupational_ban_months: Option<Spanned<i64>>,
    #[serde(default)]
    completed_on: Option<Spanned<String>>,
    #[serde(default)]
    paroled_on: Option<Spanned<String>>,
    #[serde(default)]
    facts: BTreeMap<Spanned<String>, Spanned<bool>>,
}

struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<InputError>,
}

impl Checker<'_> {
    fn line<T>(&self, s: &Spanned<T>) -> usize {
        line_of(self.text, s.span().start)
    }

    fn push(&mut self, line: usize, field: &str, problem: Problem) {
        self.errors.push(InputError::new(
            self.file,
            Some(line),
            Some(field.to_owned()),
            problem,
        ));
    }

    fn date(&mut self, field: &str, s: &Spanned<String>) -> Option<NaiveDate> {
        if s.get_ref().trim().is_empty() {
            let line = self.line(s);
            let name = field.rsplit('.').next().unwrap_or(field).to_owned();
            self.push(line, field, Problem::Empty(name));
            return None;
        }
        match NaiveDate::parse_from_str(s.get_ref(), "%Y-%m-%d") {
            Ok(d) if s.get_ref().len() == 10 => Some(d),
            _ => {
                let line = self.line(s);
                self.push(line, field, Problem::InvalidDate(s.get_ref().clone()));
                None
            }
        }
    }

    fn months(
        &mut self,
        field: &str,
        s: &Spanned<i64>,
        min: i64,
        max: i64,
        problem: Problem,
    ) -> Option<i64> {
        let v = *s.get_ref();
        if v < min || v > max {
            let line = self.line(s);
            self.push(line, field, problem);
            None
        } else {
            Some(v)
        }
    }
}

impl Case {
    /// Parses and validates the text of a case file. `file` names it in messages.
    pub fn parse(file: &str, text: &str) -> Result<Case, InputErrors> {
        let raw: RawCase = toml::from_str(text).map_err(|e| from_toml(file, text, &e))?;
        let mut ck = Checker {
            file,
            text,
            errors: Vec::new(),
        };
        if raw.format.get_ref() != CASE_FORMAT {
            let line = ck.line(&raw.format);
            ck.push(
                line,
                "format",
                Problem::UnsupportedFormat(raw.format.get_ref().clone()),
            );
            return Err(InputErrors(ck.errors));
        }
        let birth = ck.date("person.birth_date", &raw.person.birth_date);
        let birth_line = ck.line(&raw.person.birth_date);
        let mut roles = raw.person.roles;
        roles.sort();
        roles.dedup();
        let key_line = |key: &str| {
            text.lines()
                .position(|l| {
                    l.trim_start()
                        .strip_prefix(key)
                        .is_some_and(|rest| rest.trim_start().starts_with('='))
                })
                .map_or(birth_line, |i| i + 1)
        };
        let region = raw
            .person
            .region
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty());
        if let Some(r) = &region
            && regions::province(r).is_none()
        {
            ck.push(
                key_line("region"),
                "person.region",
                Problem::BadRegion(r.clone()),
            );
        }
        let city = raw
            .person
            .city
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty());
        if let Some(c) = &city {
            match (
                regions::city_province(c),
                region.as_deref().and_then(regions::province),
            ) {
                (None, _) => ck.push(key_line("city"), "person.city", Problem::BadCity(c.clone())),
                (Some(p), Some(r)) if p != r => ck.push(
                    key_line("city"),
                    "person.city",
                    Problem::CityOutsideRegion {
                        city: c.clone(),
                        region: r.numeric.to_owned(),
                    },
                ),
                _ => {}
            }
        }
        let person = birth.map(|birth_date| Person {
            birth_date,
            region,
            city,
            roles,
        });
        if raw.conviction.is_empty() {
            let line = text.lines().count().max(1);
            ck.errors.push(InputError::new(
                file,
                Some(line),
                None,
                Problem::NoConvictions,
            ));
        }
        let mut convictions = Vec::new();
        for (i, spanned) in raw.conviction.iter().enumerate() {
            let at = format!("conviction[{}]", i + 1);
            if let Some(c) = check_conviction(&mut ck, &at, spanned, birth, birth_line) {
                convictions.push(c);
            }
        }
        let client = raw.client.map(|c| ClientInfo {
            label: c.label,
            notes: c.notes,
            consulted_on: c
                .consulted_on
                .as_ref()
                .and_then(|d| ck.date("client.consulted_on", d)),
        });
        match person {
            Some(person) if ck.errors.is_empty() => Ok(Case {
                person,
                convictions,
                client,
            }),
            _ => Err(InputErrors(ck.errors)),
        }
    }

    /// Writes the case in the `recordrights-case/1` format.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("format = \"{CASE_FORMAT}\"\n\n[person]\n"));
        out.push_str(&format!("birth_date = \"{}\"\n", self.person.birth_date));
        if let Some(r) = &self.person.region {
            out.push_str(&format!("region = {}\n", quote(r)));
        }
        if let Some(c) = &self.person.city {
            out.push_str(&format!("city = {}\n", quote(c)));
        }
        if !self.person.roles.is_empty() {
            let roles: Vec<String> = self.person.roles.iter().map(|r| quote(r.key())).collect();
            out.push_str(&format!("roles = [{}]\n", roles.join(", ")));
        }
        for c in &self.convictions {
            out.push_str("\n[[conviction]]\n");
            out.push_str(&format!("charge = {}\n", quote(&c.charge)));
            if let Some(a) = &c.article {
                out.push_str(&format!("article = {}\n", quote(a)));
            }
            out.push_str(&format!("offence_date = \"{}\"\n", c.offence_date));
            out.push_str(&format!("judgment_date = \"{}\"\n", c.judgment_date));
            if let Some(f) = c.fault {
                out.push_str(&format!("fault = \"{}\"\n", f.key()));
            }
            if c.professional {
                out.push_str("professional = true\n");
            }
            out.push_str(&format!("penalty = \"{}\"\n", c.penalty.key()));
            if let Some(t) = c.term_months {
                out.push_str(&format!("term_months = {t}\n"));
            }
            if c.suspended {
                out.push_str("suspended = true\n");
            }
            if let Some(p) = c.probation_months {
                out.push_str(&format!("probation_months = {p}\n"));
            }
            match c.political_rights {
                PoliticalRights::None => {}
                PoliticalRights::Months(m) => {
                    out.push_str(&format!("political_rights_months = {m}\n"))
                }
                PoliticalRights::Life => out.push_str("political_rights_months = -1\n"),
            }
            if c.occupational_ban_months > 0 {
                out.push_str(&format!(
                    "occupational_ban_months = {}\n",
                    c.occupational_ban_months
                ));
            }
            if let Some(d) = c.completed_on {
                out.push_str(&format!("completed_on = \"{d}\"\n"));
            }
            if let Some(d) = c.paroled_on {
                out.push_str(&format!("paroled_on = \"{d}\"\n"));
            }
            if !c.facts.is_empty() {
                out.push_str("\n[conviction.facts]\n");
                for (id, v) in &c.facts {
                    out.push_str(&format!("{} = {v}\n", bare_key(id)));
                }
            }
        }
        if let Some(client) = &self.client {
            out.push_str("\n[client]\n");
            out.push_str(&format!("label = {}\n", quote(&client.label)));
            if !client.notes.is_empty() {
                out.push_str(&format!("notes = {}\n", quote(&client.notes)));
            }
            if let Some(d) = client.consulted_on {
                out.push_str(&format!("consulted_on = \"{d}\"\n"));
            }
        }
        out
    }
}

/// A TOML key: bare when it can be, else a one-line basic string (not [`quote`], which
/// may choose a multi-line string, and a key cannot be one).
pub(crate) fn bare_key(k: &str) -> String {
    if !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return k.to_owned();
    }
    let mut out = String::from("\"");
    for ch in k.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

fn check_conviction(
    ck: &mut Checker<'_>,
    at: &str,
    spanned: &Spanned<RawConviction>,
    birth: Option<NaiveDate>,
    birth_line: usize,
) -> Option<Conviction> {
    let raw = spanned.get_ref();
    let f = |k: &str| format!("{at}.{k}");
    let mut lines = BTreeMap::new();
    lines.insert("charge".to_owned(), ck.line(&raw.charge));
    let mut facts = BTreeMap::new();
    for (k, v) in &raw.facts {
        lines.insert(format!("facts.{}", k.get_ref()), ck.line(k));
        facts.insert(k.get_ref().clone(), *v.get_ref());
    }
    let charge = raw.charge.get_ref().trim().to_owned();
    if charge.is_empty() {
        let line = ck.line(&raw.charge);
        ck.push(line, &f("charge"), Problem::Empty("charge".into()));
    }
    let offence = ck.date(&f("offence_date"), &raw.offence_date);
    lines.insert("offence_date".into(), ck.line(&raw.offence_date));
    let judgment = ck.date(&f("judgment_date"), &raw.judgment_date);
    lines.insert("judgment_date".into(), ck.line(&raw.judgment_date));
    let completed_on = raw.completed_on.as_ref().and_then(|s| {
        lines.insert("completed_on".into(), ck.line(s));
        ck.date(&f("completed_on"), s)
    });
    let paroled_on = raw.paroled_on.as_ref().and_then(|s| {
        lines.insert("paroled_on".into(), ck.line(s));
        ck.date(&f("paroled_on"), s)
    });
    let penalty = *raw.penalty.get_ref();
    let penalty_line = ck.line(&raw.penalty);
    lines.insert("penalty".into(), penalty_line);
    let suspended = raw.suspended.as_ref().is_some_and(|s| *s.get_ref());

    // Term.
    let mut term_months = None;
    match (&raw.term_months, penalty.term_limits()) {
        (None, Some(_)) => ck.push(penalty_line, &f("term_months"), Problem::MissingTerm),
        (Some(t), Some((min, max))) => {
            lines.insert("term_months".into(), ck.line(t));
            term_months = ck
                .months(
                    &f("term_months"),
                    t,
                    min.into(),
                    max.into(),
                    Problem::TermOutOfRange { min, max },
                )
                .map(|v| v as u32);
        }
        (Some(t), None) if *t.get_ref() != 0 => {
            let line = ck.line(t);
            ck.push(line, &f("term_months"), Problem::TermNotAllowed);
        }
        _ => {}
    }

    // Suspension and probation (Criminal Law Arts. 72, 73).
    let mut probation_months = None;
    if suspended {
        let s_line = raw.suspended.as_ref().map_or(penalty_line, |s| ck.line(s));
        let can_suspend = match penalty {
            Penalty::Detention => true,
            Penalty::FixedTerm => term_months.is_none_or(|t| t <= 36),
            _ => false,
        };
        if !can_suspend {
            ck.push(s_line, &f("suspended"), Problem::SuspensionNotAllowed);
        }
        match &raw.probation_months {
            None => ck.push(
                s_line,
                &f("probation_months"),
                Problem::SuspendedWithoutProbation,
            ),
            Some(p) => {
                lines.insert("probation_months".into(), ck.line(p));
                let (min, max) = match (penalty, term_months) {
                    (Penalty::Detention, Some(t)) => (t.max(2), 12),
                    (Penalty::FixedTerm, Some(t)) => (t.max(12), 60),
                    _ => (1, 60),
                };
                probation_months = ck
                    .months(
                        &f("probation_months"),
                        p,
                        min.into(),
                        max.into(),
                        Problem::ProbationOutOfRange { min, max },
                    )
                    .map(|v| v as u32);
            }
        }
    } else if let Some(p) = &raw.probation_months
        && *p.get_ref() != 0
    {
        let line = ck.line(p);
        ck.push(
            line,
            &f("probation_months"),
            Problem::ProbationWithoutSuspension,
        );
    }

    let political_rights = match &raw.political_rights_months {
        None => PoliticalRights::None,
        Some(p) => match *p.get_ref() {
            -1 => PoliticalRights::Life,
            0 => PoliticalRights::None,
            m if (1..=120).contains(&m) => PoliticalRights::Months(m as u32),
            _ => {
                let line = ck.line(p);
                ck.push(
                    line,
                    &f("political_rights_months"),
                    Problem::PoliticalRightsOutOfRange,
                );
                PoliticalRights::None
            }
        },
    };
    let occupational_ban_months = match &raw.occupational_ban_months {
        None => 0,
        Some(p) => match *p.get_ref() {
            0 => 0,
            m if (36..=60).contains(&m) => m as u32,
            _ => {
                let line = ck.line(p);
                ck.push(
                    line,
                    &f("occupational_ban_months"),
                    Problem::OccupationalBanOutOfRange,
                );
                0
            }
        },
    };

    // Dates in order.
    if let (Some(b), Some(o)) = (birth, offence) {
        match dates::criminal_age(b, o) {
            None => ck.push(birth_line, "person.birth_date", Problem::BirthAfterOffence),
            Some(age) if age < 12 => {
                let line = ck.line(&raw.offence_date);
                ck.push(line, &f("offence_date"), Problem::TooYoung(age));
            }
            _ => {}
        }
    }
    if let (Some(o), Some(j)) = (offence, judgment)
        && j < o
    {
        let line = ck.line(&raw.judgment_date);
        ck.push(line, &f("judgment_date"), Problem::JudgmentBeforeOffence);
    }
    if let (Some(j), Some(c)) = (judgment, completed_on)
        && c < j
    {
        let line = lines["completed_on"];
        ck.push(line, &f("completed_on"), Problem::CompletionBeforeJudgment);
    }
    if let Some(p) = paroled_on {
        let line = lines["paroled_on"];
        if !matches!(
            penalty,
            Penalty::FixedTerm | Penalty::Life | Penalty::DeathSuspended
        ) || suspended
        {
            ck.push(line, &f("paroled_on"), Problem::ParoleNotPossible);
        } else if judgment.is_some_and(|j| p < j) || completed_on.is_some_and(|c| p > c) {
            ck.push(line, &f("paroled_on"), Problem::ParoleOutsideSentence);
        }
    }

    Some(Conviction {
        charge,
        article: raw
            .article
            .as_ref()
            .map(|a| a.get_ref().trim().to_owned())
            .filter(|a| !a.is_empty()),
        offence_date: offence?,
        judgment_date: judgment?,
        fault: raw.fault,
        professional: raw.professional,
        penalty,
        term_months,
        suspended,
        probation_months,
        political_rights,
        occupational_ban_months,
        completed_on,
        paroled_on,
        facts,
        lines,
    })
}
