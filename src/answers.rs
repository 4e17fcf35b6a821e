//! The questionnaire's answers as the user types them, and their conversion into a
//! validated [`Case`].
//!
//! Dates are kept as typed text (so a half-typed date is not lost) and parsed leniently
//! (`2024-03-01`, `2024/3/1`, `2024.3.1`, `2024年3月1日`). Validation is the case
//! parser's own: the answers are written as a case file and read back, so the screens,
//! the case files and the headless command share one set of rules and messages.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{Case, Fault, Penalty, Role};
use crate::error::{InputError, InputErrors};

/// How the court dealt with political rights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum PoliticalRightsAnswer {
    /// Not deprived.
    #[default]
    None,
    /// Deprived for a number of months.
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
    /// Political rights: years.
    pub political_rights_years: u32,
    /// Court-ordered occupational ban, years (0 = none).
    pub occupational_ban_years: u32,
    /// Released on parole.
    pub paroled: bool,
    /// Parole date as typed.
    pub paroled_on: String,
    /// Completion date as typed; empty = computed.
    pub completed_on: String,
}

impl Default for ConvictionAnswers {
    fn default() -> Self {
        Self {
            charge: String::new(),
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
            occupational_ban_years: 0,
            paroled: false,
            paroled_on: String::new(),
            completed_on: String::new(),
        }
    }
}

impl ConvictionAnswers {
    /// Term in months.
    pub fn term(&self) -> u32 {
        self.term_years
            .saturating_mul(12)
            .saturating_add(self.term_months)
    }

    /// Probation in months.
    pub fn probation(&self) -> u32 {
        self.probation_years
            .saturating_mul(12)
            .saturating_add(self.probation_months)
    }
}

/// Everything the questionnaire asks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Date of birth as typed.
    pub birth_date: String,
    /// Region code (optional).
    pub region: String,
    /// Current roles.
    pub roles: Vec<Role>,
    /// One or more convictions.
    pub convictions: Vec<ConvictionAnswers>,
}

impl Default for Answers {
    fn default() -> Self {
        Self {
            birth_date: String::new(),
            region: String::new(),
            roles: Vec::new(),
            convictions: vec![Default::default()],
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

/// A date field as it goes into the case file: the parsed date, or the text as typed
/// (so the parser reports it as not a real date).
fn date_value(s: &str) -> String {
    parse_date(s).map_or_else(|| s.trim().to_owned(), |d| d.to_string())
}

fn quote(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

impl Answers {
    /// The answers as a case file (`recordrights-case/1`). Empty fields are left out, so
    /// the parser names what is missing.
    pub fn to_toml(&self) -> String {
        self.write_toml(false)
    }

    /// With `placeholder`, a conviction without a penalty is written as exempted so that
    /// every other problem is still found; [`Answers::to_case`] then reports the penalty.
    fn write_toml(&self, placeholder: bool) -> String {
        let mut out = String::from("format = \"recordrights-case/1\"\n\n[person]\n");
        out.push_str(&format!(
            "birth_date = {}\n",
            quote(&date_value(&self.birth_date))
        ));
        if !self.region.trim().is_empty() {
            out.push_str(&format!("region = {}\n", quote(self.region.trim())));
        }
        if !self.roles.is_empty() {
            let roles: Vec<String> = self.roles.iter().map(|r| quote(r.key())).collect();
            out.push_str(&format!("roles = [{}]\n", roles.join(", ")));
        }
        for c in &self.convictions {
            out.push_str("\n[[conviction]]\n");
            out.push_str(&format!("charge = {}\n", quote(&c.charge)));
            out.push_str(&format!(
                "offence_date = {}\n",
                quote(&date_value(&c.offence_date))
            ));
            out.push_str(&format!(
                "judgment_date = {}\n",
                quote(&date_value(&c.judgment_date))
            ));
            if let Some(f) = c.fault {
                out.push_str(&format!("fault = \"{}\"\n", f.key()));
            }
            if c.professional {
                out.push_str("professional = true\n");
            }
            if let Some(p) = c.penalty.or(placeholder.then_some(Penalty::Exempted)) {
                out.push_str(&format!("penalty = \"{}\"\n", p.key()));
                if p.has_term() && c.term() > 0 {
                    out.push_str(&format!("term_months = {}\n", c.term()));
                }
                if c.suspended && matches!(p, Penalty::Detention | Penalty::FixedTerm) {
                    out.push_str("suspended = true\n");
                    if c.probation() > 0 {
                        out.push_str(&format!("probation_months = {}\n", c.probation()));
                    }
                }
            }
            match c.political_rights {
                PoliticalRightsAnswer::None => {}
                PoliticalRightsAnswer::Life => out.push_str("political_rights_months = -1\n"),
                PoliticalRightsAnswer::Months => {
                    out.push_str(&format!(
                        "political_rights_months = {}\n",
                        c.political_rights_years.saturating_mul(12)
                    ));
                }
            }
            if c.occupational_ban_years > 0 {
                out.push_str(&format!(
                    "occupational_ban_months = {}\n",
                    c.occupational_ban_years.saturating_mul(12)
                ));
            }
            if c.paroled && !c.paroled_on.trim().is_empty() {
                out.push_str(&format!(
                    "paroled_on = {}\n",
                    quote(&date_value(&c.paroled_on))
                ));
            }
            if !c.completed_on.trim().is_empty() {
                out.push_str(&format!(
                    "completed_on = {}\n",
                    quote(&date_value(&c.completed_on))
                ));
            }
        }
        out
    }

    /// The validated case, or every problem.
    pub fn to_case(&self) -> Result<Case, InputErrors> {
        let parsed = Case::parse("answers", &self.write_toml(true));
        let missing: Vec<InputError> = self
            .convictions
            .iter()
            .enumerate()
            .filter(|(_, c)| c.penalty.is_none())
            .map(|(i, _)| {
                let field = format!("conviction[{}].penalty", i + 1);
                InputError::new(
                    "answers",
                    None,
                    Some(field),
                    crate::error::Problem::Empty("penalty".into()),
                )
            })
            .collect();
        match parsed {
            Ok(case) if missing.is_empty() => Ok(case),
            Ok(_) => Err(InputErrors(missing)),
            Err(mut e) => {
                e.0.extend(missing);
                Err(e)
            }
        }
    }

    /// Answers from a case (to edit a saved case).
    pub fn from_case(case: &Case) -> Answers {
        use crate::case::PoliticalRights;
        Answers {
            birth_date: case.person.birth_date.to_string(),
            region: case.person.region.clone().unwrap_or_default(),
            roles: case.person.roles.clone(),
            convictions: case
                .convictions
                .iter()
                .map(|c| {
                    let term = c.term_months.unwrap_or(0);
                    let probation = c.probation_months.unwrap_or(0);
                    let (pr, pr_years) = match c.political_rights {
                        PoliticalRights::None => (PoliticalRightsAnswer::None, 1),
                        PoliticalRights::Life => (PoliticalRightsAnswer::Life, 1),
                        PoliticalRights::Months(m) => {
                            (PoliticalRightsAnswer::Months, m.div_ceil(12))
                        }
                    };
                    ConvictionAnswers {
                        charge: c.charge.clone(),
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
                        occupational_ban_years: c.occupational_ban_months / 12,
                        paroled: c.paroled_on.is_some(),
                        paroled_on: c.paroled_on.map(|d| d.to_string()).unwrap_or_default(),
                        completed_on: c.completed_on.map(|d| d.to_string()).unwrap_or_default(),
                    }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_dates() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 1);
        assert_eq!(parse_date("2024-03-01"), d);
        assert_eq!(parse_date(" 2024/3/1 "), d);
        assert_eq!(parse_date("2024年3月1日"), d);
        assert_eq!(parse_date("20240301"), d);
        assert_eq!(parse_date("2024-02-30"), None);
        assert_eq!(parse_date("1/3/2024"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn answers_become_a_case_and_back() {
        let mut a = Answers {
            birth_date: "1990/5/1".into(),
            ..Default::default()
        };
        a.convictions[0] = ConvictionAnswers {
            charge: "危险驾驶罪".into(),
            offence_date: "2024-09-01".into(),
            judgment_date: "2024年11月10日".into(),
            penalty: Some(Penalty::Detention),
            term_months: 2,
            ..Default::default()
        };
        let case = match a.to_case() {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(
            case.convictions[0]
                .completion()
                .map(|(d, computed)| (d.to_string(), computed)),
            Some(("2025-01-10".into(), true))
        );
        let back = Answers::from_case(&case);
        assert_eq!(back.convictions[0].term(), 2);
        assert_eq!(back.birth_date, "1990-05-01");
    }

    #[test]
    fn problems_name_their_field() {
        let mut a = Answers {
            birth_date: "1990-05-01".into(),
            ..Default::default()
        };
        a.convictions[0].charge = "危险驾驶罪".into();
        a.convictions[0].offence_date = "2024-09-01".into();
        a.convictions[0].judgment_date = "2024-08-01".into();
        let errors = a.to_case().err().map(|e| e.0).unwrap_or_default();
        let fields: Vec<&str> = errors.iter().filter_map(|e| e.context.as_deref()).collect();
        assert!(
            fields.contains(&"conviction[1].judgment_date"),
            "{fields:?}"
        );
        assert!(fields.contains(&"conviction[1].penalty"), "{fields:?}");
    }
}
