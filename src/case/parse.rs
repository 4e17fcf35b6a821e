//! Reading a case file: the raw TOML tables, the checker that collects every problem
//! with its line, and [`Case::parse`], which turns the text into a validated [`Case`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::conviction::check_conviction;
use super::{
    CASE_FORMAT, Case, CaseField, ClientInfo, ClientKey, Fault, Penalty, Person, PersonKey, Role,
};
use crate::error::{InputError, InputErrors, Problem, from_toml, line_of};
use crate::regions;

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
pub(super) struct RawConviction {
    pub(super) charge: Spanned<String>,
    #[serde(default)]
    pub(super) article: Option<Spanned<String>>,
    pub(super) offence_date: Spanned<String>,
    pub(super) judgment_date: Spanned<String>,
    #[serde(default)]
    pub(super) fault: Option<Fault>,
    #[serde(default)]
    pub(super) professional: bool,
    pub(super) penalty: Spanned<Penalty>,
    #[serde(default)]
    pub(super) term_months: Option<Spanned<i64>>,
    #[serde(default)]
    pub(super) suspended: Option<Spanned<bool>>,
    #[serde(default)]
    pub(super) probation_months: Option<Spanned<i64>>,
    #[serde(default)]
    pub(super) political_rights_months: Option<Spanned<i64>>,
    #[serde(default)]
    pub(super) occupational_ban_months: Option<Spanned<i64>>,
    #[serde(default)]
    pub(super) completed_on: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) paroled_on: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) facts: BTreeMap<Spanned<String>, Spanned<bool>>,
}

pub(super) struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<InputError>,
}

impl Checker<'_> {
    pub(super) fn line<T>(&self, s: &Spanned<T>) -> usize {
        line_of(self.text, s.span().start)
    }

    pub(super) fn push(&mut self, line: usize, field: CaseField, problem: Problem) {
        self.errors.push(InputError::new(
            self.file,
            Some(line),
            Some(field.into()),
            problem,
        ));
    }

    pub(super) fn date(&mut self, field: CaseField, s: &Spanned<String>) -> Option<NaiveDate> {
        if s.get_ref().trim().is_empty() {
            let line = self.line(s);
            self.push(line, field, Problem::Empty(field.key().to_owned()));
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

    pub(super) fn months(
        &mut self,
        field: CaseField,
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
                CaseField::Format,
                Problem::UnsupportedFormat(raw.format.get_ref().clone()),
            );
            return Err(InputErrors(ck.errors));
        }
        let birth = ck.date(
            CaseField::Person(PersonKey::BirthDate),
            &raw.person.birth_date,
        );
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
                CaseField::Person(PersonKey::Region),
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
                (None, _) => ck.push(
                    key_line("city"),
                    CaseField::Person(PersonKey::City),
                    Problem::BadCity(c.clone()),
                ),
                (Some(p), Some(r)) if p != r => ck.push(
                    key_line("city"),
                    CaseField::Person(PersonKey::City),
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
            if let Some(c) = check_conviction(&mut ck, i, spanned, birth, birth_line) {
                convictions.push(c);
            }
        }
        let client = raw.client.map(|c| ClientInfo {
            label: c.label,
            notes: c.notes,
            consulted_on: c
                .consulted_on
                .as_ref()
                .and_then(|d| ck.date(CaseField::Client(ClientKey::ConsultedOn), d)),
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
}
