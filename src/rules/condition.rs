//! Conditions under which a rule applies to one conviction, and the trace of why it did.

use serde::Deserialize;

use crate::case::{Conviction, Fault, Penalty, PoliticalRights, Role};
use crate::catalogue::{Charge, Tag};

/// `[rule.when]`: every key given must hold; lists mean "any of".
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Condition {
    pub penalty: Option<Vec<Penalty>>,
    pub min_term_months: Option<u32>,
    pub max_term_months: Option<u32>,
    pub suspended: Option<bool>,
    pub fault: Option<Fault>,
    pub professional: Option<bool>,
    pub charges: Option<Vec<String>>,
    pub articles: Option<Vec<String>>,
    pub chapters: Option<Vec<u8>>,
    pub sections: Option<Vec<String>>,
    pub tags: Option<Vec<Tag>>,
    pub exclude_tags: Option<Vec<Tag>>,
    pub age_at_offence_below: Option<u32>,
    pub age_at_offence_at_least: Option<u32>,
    pub roles: Option<Vec<Role>>,
    pub political_rights: Option<bool>,
    pub political_rights_life: Option<bool>,
    pub occupational_ban: Option<bool>,
    pub paroled: Option<bool>,
    #[serde(default)]
    pub any: Vec<Condition>,
}

/// What the engine knows about one conviction when it checks a condition.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// The conviction as entered.
    pub conviction: &'a Conviction,
    /// Its charge in the catalogue.
    pub charge: &'a Charge,
    /// Fault: as entered, else the charge's default.
    pub fault: Fault,
    /// Age in whole years at the offence.
    pub age_at_offence: u32,
    /// The person's current roles.
    pub roles: &'a [Role],
}

/// One reason a condition held: the answer that satisfied it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Because {
    Penalty(Penalty),
    TermAtLeast {
        term: u32,
        min: u32,
    },
    TermAtMost {
        term: u32,
        max: u32,
    },
    Suspended(bool),
    Fault(Fault),
    Professional(bool),
    Charge(String),
    Tag {
        charge: String,
        tag: Tag,
    },
    Chapter(u8),
    /// Chapter and section (节) of the special part.
    Section {
        chapter: u8,
        section: u8,
    },
    Article(String),
    AgeBelow {
        age: u32,
        limit: u32,
    },
    AgeAtLeast {
        age: u32,
        limit: u32,
    },
    Role(Role),
    PoliticalRights(bool),
    /// Deprived of political rights for life (or not).
    PoliticalRightsLife(bool),
    OccupationalBan,
    Paroled(bool),
    Convicted(String),
}

/// A penalty's length in months for comparisons: terms as given, exemption and fines
/// as 0, life and death with reprieve as longer than any term.
fn term_for_compare(c: &Conviction) -> u32 {
    match c.penalty {
        Penalty::Exempted | Penalty::FineOnly | Penalty::PoliticalRightsOnly => 0,
        Penalty::Life | Penalty::DeathSuspended => u32::MAX,
        _ => c.term_months.unwrap_or(0),
    }
}

impl Condition {
    /// Whether the condition holds, and if so the answers that made it hold.
    pub fn check(&self, f: &Facts<'_>) -> Option<Vec<Because>> {
        let c = f.conviction;
        let mut why = Vec::new();
        if let Some(ps) = &self.penalty {
            if !ps.contains(&c.penalty) {
                return None;
            }
            why.push(Because::Penalty(c.penalty));
        }
        let term = term_for_compare(c);
        if let Some(min) = self.min_term_months {
            if term < min {
                return None;
            }
            why.push(Because::TermAtLeast { term, min });
        }
        if let Some(max) = self.max_term_months {
            if term > max {
                return None;
            }
            why.push(Because::TermAtMost { term, max });
        }
        if let Some(s) = self.suspended {
            if c.suspended != s {
                return None;
            }
            why.push(Because::Suspended(s));
        }
        if let Some(fault) = self.fault {
            if f.fault != fault {
                return None;
            }
            why.push(Because::Fault(fault));
        }
        if let Some(p) = self.professional {
            if c.professional != p {
                return None;
            }
            why.push(Because::Professional(p));
        }
        let charge_named = |names: &Vec<String>| {
            names.iter().any(|n| {
                let n = crate::catalogue::normalise(n);
                crate::catalogue::normalise(&f.charge.name) == n
                    || f.charge
                        .aliases
                        .iter()
                        .any(|a| crate::catalogue::normalise(a) == n)
            })
        };
        if let Some(names) = &self.charges {
            if !charge_named(names) {
                return None;
            }
            why.push(Because::Charge(f.charge.name.clone()));
        }
        if let Some(arts) = &self.articles {
            if !arts.contains(&f.charge.article) {
                return None;
            }
            why.push(Because::Article(f.charge.article.clone()));
        }
        if let Some(chs) = &self.chapters {
            if !chs.contains(&f.charge.chapter) {
                return None;
            }
            why.push(Because::Chapter(f.charge.chapter));
        }
        if let Some(secs) = &self.sections {
            if !secs.iter().any(|s| *s == f.charge.section_key()) {
                return None;
            }
            why.push(Because::Section {
                chapter: f.charge.chapter,
                section: f.charge.section,
            });
        }
        if let Some(tags) = &self.tags {
            let tag = tags.iter().find(|t| f.charge.has_tag(t))?;
            why.push(Because::Tag {
                charge: f.charge.name.clone(),
                tag: tag.clone(),
            });
        }
        if let Some(tags) = &self.exclude_tags
            && tags.iter().any(|t| f.charge.has_tag(t))
        {
            return None;
        }
        if let Some(limit) = self.age_at_offence_below {
            if f.age_at_offence >= limit {
                return None;
            }
            why.push(Because::AgeBelow {
                age: f.age_at_offence,
                limit,
            });
        }
        if let Some(limit) = self.age_at_offence_at_least {
            if f.age_at_offence < limit {
                return None;
            }
            why.push(Because::AgeAtLeast {
                age: f.age_at_offence,
                limit,
            });
        }
        if let Some(roles) = &self.roles {
            let role = roles.iter().find(|r| f.roles.contains(r))?;
            why.push(Because::Role(*role));
        }
        if let Some(want) = self.political_rights {
            let has = c.political_rights != PoliticalRights::None;
            if has != want {
                return None;
            }
            why.push(Because::PoliticalRights(has));
        }
        if let Some(want) = self.political_rights_life {
            let life = c.political_rights == PoliticalRights::Life;
            if life != want {
                return None;
            }
            why.push(Because::PoliticalRightsLife(life));
        }
        if let Some(want) = self.occupational_ban {
            if (c.occupational_ban_months > 0) != want {
                return None;
            }
            if want {
                why.push(Because::OccupationalBan);
            }
        }
        if let Some(want) = self.paroled {
            if c.paroled_on.is_some() != want {
                return None;
            }
            why.push(Because::Paroled(want));
        }
        if !self.any.is_empty() {
            let sub = self.any.iter().find_map(|a| a.check(f))?;
            why.extend(sub);
        }
        if why.is_empty() {
            why.push(Because::Convicted(f.charge.name.clone()));
        }
        Some(why)
    }

    /// Every charge name, tag and internal contradiction, for validation.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let (Some(a), Some(b)) = (self.min_term_months, self.max_term_months)
            && a > b
        {
            out.push(format!("min_term_months {a} > max_term_months {b}"));
        }
        if let (Some(a), Some(b)) = (self.age_at_offence_at_least, self.age_at_offence_below)
            && a >= b
        {
            out.push(format!(
                "age_at_offence_at_least {a} >= age_at_offence_below {b}"
            ));
        }
        if let (Some(t), Some(x)) = (&self.tags, &self.exclude_tags)
            && let Some(both) = t.iter().find(|t| x.contains(t))
        {
            out.push(format!("tag {} both required and excluded", both.key()));
        }
        if let Some(p) = &self.penalty
            && p.is_empty()
        {
            out.push("penalty = [] can never hold".into());
        }
        for a in &self.any {
            out.extend(a.problems());
        }
        out
    }

    /// Charge names and tags used, including in `any`.
    pub fn names_and_tags(&self) -> (Vec<&str>, Vec<&Tag>) {
        let mut names: Vec<&str> = self.charges.iter().flatten().map(String::as_str).collect();
        let mut tags: Vec<&Tag> = self
            .tags
            .iter()
            .chain(self.exclude_tags.iter())
            .flatten()
            .collect();
        for a in &self.any {
            let (n, t) = a.names_and_tags();
            names.extend(n);
            tags.extend(t);
        }
        (names, tags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Case, EXAMPLE};
    use crate::rules::RulePack;

    /// The traces say exactly what matched: a section as a section, and "not for life"
    /// as such, never as "deprived of political rights".
    #[test]
    fn traces_name_what_matched() {
        let pack = match RulePack::embedded() {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        let case = match Case::parse("example", EXAMPLE) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        let conviction = &case.convictions[0];
        let charge = pack
            .charges
            .find(&conviction.charge)
            .unwrap_or_else(|| panic!("no charge"));
        let facts = Facts {
            conviction,
            charge,
            fault: charge.fault,
            age_at_offence: 34,
            roles: &[],
        };
        let section = format!("{}.{}", charge.chapter, charge.section);
        let when = Condition {
            sections: Some(vec![section]),
            political_rights_life: Some(false),
            ..Condition::default()
        };
        assert_eq!(
            when.check(&facts),
            Some(vec![
                Because::Section {
                    chapter: charge.chapter,
                    section: charge.section,
                },
                Because::PoliticalRightsLife(false),
            ])
        );
    }
}
