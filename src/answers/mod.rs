//! The questionnaire's answers as the user types them, and their conversion into a
//! validated [`Case`].
//!
//! The answers hold everything a case file holds, so opening a case, editing it and
//! saving it loses nothing: `Answers::from_case(&case).to_case()` gives the case back
//! (up to the line numbers). Fields the screens do not ask (the article, the city, the
//! answers to follow-up questions, the client-list entry) are carried through unchanged.
//!
//! Dates are kept as typed text (so a half-typed date is not lost) and parsed leniently
//! (`2024-03-01`, `2024/3/1`, `2024.3.1`, `2024年3月1日`). Lengths are kept as years and
//! months, as the screens ask them. Validation is the case parser's own: the answers are
//! written as a case file and read back, so the screens, the case files and the headless
//! command share one set of rules.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{
    Case, CaseField, ClientInfo, ConvictionKey, Fault, Penalty, PoliticalRights, Role,
};
use crate::error::{InputError, InputErrors, Problem};

mod write;

/// How the court dealt with political rights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum PoliticalRightsAnswer {
    /// Not deprived.
    #[default]
    None,
    /// Deprived for a number of years and months.
    Months,
    /// Deprived for life.
    Life,
}

/// One conviction as answered.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct ConvictionAnswers {
    /// Official charge name, chosen in the picker.
    pub charge: String,
    /// Criminal Law article as written in the case file (not asked; empty = none).
    pub article: String,
    /// Offence date as typed.
    pub offence_date: String,
    /// Judgment date as typed.
    pub judgment_date: String,
    /// Fault override; `None` = the charge's default.
    pub fault: Option<Fault>,
    /// Crime of professional negligence / through one's occupation.
    pub professional: bool,
    /// Principal penalty.
    pub penalty: Option<Penalty>,
    /// Term: years part.
    pub term_years: u32,
    /// Term: months part.
    pub term_months: u32,
    /// Suspended sentence.
    pub suspended: bool,
    /// Probation: years part.
    pub probation_years: u32,
    /// Probation: months part.
    pub probation_months: u32,
    /// Political rights.
    pub political_rights: PoliticalRightsAnswer,
    /// Political rights: years part (with [`PoliticalRightsAnswer::Months`]).
    pub political_rights_years: u32,
    /// Political rights: months part (with [`PoliticalRightsAnswer::Months`]).
    pub political_rights_months: u32,
    /// Court-ordered occupational ban: years part (years and months 0 = none).
    pub occupational_ban_years: u32,
    /// Court-ordered occupational ban: months part.
    pub occupational_ban_months: u32,
    /// Released on parole.
    pub paroled: bool,
    /// Parole date as typed.
    pub paroled_on: String,
    /// Completion date as typed; empty = computed.
    pub completed_on: String,
    /// Answers to follow-up questions: fact id → true / false (not asked on these
    /// screens; carried through unchanged).
    pub facts: BTreeMap<String, bool>,
}

impl Default for ConvictionAnswers {
    fn default() -> Self {
        Self {
            charge: String::new(),
            article: String::new(),
            offence_date: String::new(),
            judgment_date: String::new(),
            fault: None,
            professional: false,
            penalty: None,
            term_years: 0,
            term_months: 0,
            suspended: false,
            probation_years: 0,
            probation_months: 0,
            political_rights: PoliticalRightsAnswer::None,
            political_rights_years: 1,
            political_rights_months: 0,
            occupational_ban_years: 0,
            occupational_ban_months: 0,
            paroled: false,
            paroled_on: String::new(),
            completed_on: String::new(),
            facts: BTreeMap::new(),
        }
    }
}

/// Years and months as months.
fn months(years: u32, months: u32) -> u32 {
    years.saturating_mul(12).saturating_add(months)
}

impl ConvictionAnswers {
    /// Term in months.
    pub fn term(&self) -> u32 {
        months(self.term_years, self.term_months)
    }

    /// Probation in months.
    pub fn probation(&self) -> u32 {
        months(self.probation_years, self.probation_months)
    }

    /// Deprivation of political rights in months (with [`PoliticalRightsAnswer::Months`]).
    pub fn political_rights_total(&self) -> u32 {
        months(self.political_rights_years, self.political_rights_months)
    }

    /// Occupational ban in months (0 = none).
    pub fn occupational_ban(&self) -> u32 {
        months(self.occupational_ban_years, self.occupational_ban_months)
    }

    /// Whether the penalty as answered allows release on parole (the screens ask the
    /// parole date only then).
    pub fn parole_possible(&self) -> bool {
        matches!(
            self.penalty,
            Some(Penalty::FixedTerm | Penalty::Life | Penalty::DeathSuspended)
        ) && !self.suspended
    }
}

/// The client-list entry of a case (the `[client]` table), carried through unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ClientAnswers {
    /// The label the worker chose.
    pub label: String,
    /// Free notes.
    pub notes: String,
    /// Day of the consultation as typed; empty = none.
    pub consulted_on: String,
}

impl From<&ClientInfo> for ClientAnswers {
    fn from(c: &ClientInfo) -> Self {
        ClientAnswers {
            label: c.label.clone(),
            notes: c.notes.clone(),
            consulted_on: c.consulted_on.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

/// Everything the questionnaire asks, and what the case file holds besides.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Date of birth as typed.
    pub birth_date: String,
    /// Region code (optional).
    pub region: String,
    /// City code as written in the case file (not asked; empty = none).
    pub city: String,
    /// Current roles.
    pub roles: Vec<Role>,
    /// One or more convictions.
    pub convictions: Vec<ConvictionAnswers>,
    /// The client-list entry, if the case has one.
    pub client: Option<ClientAnswers>,
}

impl Default for Answers {
    fn default() -> Self {
        Self {
            birth_date: String::new(),
            region: String::new(),
            city: String::new(),
            roles: Vec::new(),
            convictions: vec![Default::default()],
            client: None,
        }
    }
}

/// Parses a date typed in any of the usual ways; `None` if it is not a real date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let nums: Vec<&str> = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .collect();
    match nums.as_slice() {
        [y, m, d] if y.len() == 4 => {
            NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        }
        [ymd] if ymd.len() == 8 => NaiveDate::from_ymd_opt(
            ymd[..4].parse().ok()?,
            ymd[4..6].parse().ok()?,
            ymd[6..].parse().ok()?,
        ),
        _ => None,
    }
}

impl Answers {
    /// The validated case, or every problem.
    pub fn to_case(&self) -> Result<Case, InputErrors> {
        let parsed = Case::parse("answers", &self.write_toml(true));
        let problem = |i: usize, key: ConvictionKey, problem: Problem| {
            InputError::new(
                "answers",
                None,
                Some(CaseField::Conviction(i, key).into()),
                problem,
            )
        };
        let mut more = Vec::new();
        for (i, c) in self.convictions.iter().enumerate() {
            if c.penalty.is_none() {
                more.push(problem(
                    i,
                    ConvictionKey::Penalty,
                    Problem::Empty("penalty".into()),
                ));
            }
            if c.political_rights == PoliticalRightsAnswer::Months
                && c.political_rights_total() == 0
            {
                more.push(problem(
                    i,
                    ConvictionKey::PoliticalRightsMonths,
                    Problem::PoliticalRightsOutOfRange,
                ));
            }
        }
        match parsed {
            Ok(case) if more.is_empty() => Ok(case),
            Ok(_) => Err(InputErrors(more)),
            Err(mut e) => {
                e.0.extend(more);
                Err(e)
            }
        }
    }

    /// Answers from a case (to edit a saved case): every field of the case, so that
    /// [`Answers::to_case`] gives it back.
    pub fn from_case(case: &Case) -> Answers {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        Answers {
            birth_date: case.person.birth_date.to_string(),
            region: case.person.region.clone().unwrap_or_default(),
            city: case.person.city.clone().unwrap_or_default(),
            roles: case.person.roles.clone(),
            convictions: case
                .convictions
                .iter()
                .map(|c| {
                    let term = c.term_months.unwrap_or(0);
                    let probation = c.probation_months.unwrap_or(0);
                    let (pr, pr_years, pr_months) = match c.political_rights {
                        PoliticalRights::None => (PoliticalRightsAnswer::None, 1, 0),
                        PoliticalRights::Life => (PoliticalRightsAnswer::Life, 1, 0),
                        PoliticalRights::Months(m) => {
                            (PoliticalRightsAnswer::Months, m / 12, m % 12)
                        }
                    };
                    ConvictionAnswers {
                        charge: c.charge.clone(),
                        article: c.article.clone().unwrap_or_default(),
                        offence_date: c.offence_date.to_string(),
                        judgment_date: c.judgment_date.to_string(),
                        fault: c.fault,
                        professional: c.professional,
                        penalty: Some(c.penalty),
                        term_years: term / 12,
                        term_months: term % 12,
                        suspended: c.suspended,
                        probation_years: probation / 12,
                        probation_months: probation % 12,
                        political_rights: pr,
                        political_rights_years: pr_years,
                        political_rights_months: pr_months,
                        occupational_ban_years: c.occupational_ban_months / 12,
                        occupational_ban_months: c.occupational_ban_months % 12,
                        paroled: c.paroled_on.is_some(),
                        paroled_on: date(c.paroled_on),
                        completed_on: date(c.completed_on),
                        facts: c.facts.clone(),
                    }
                })
                .collect(),
            client: case.client.as_ref().map(ClientAnswers::from),
        }
    }
}

#[cfg(test)]
mod tests;
