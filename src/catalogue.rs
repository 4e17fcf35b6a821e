//! The charge catalogue (罪名): every charge of the Criminal Law with its article,
//! chapter, default fault, statutory maximum and tags (`rules/charges.toml`).

use std::collections::HashMap;

use serde::Deserialize;
use toml::Spanned;

use crate::case::Fault;
use crate::error::{InputError, LineIndex, Problem, from_toml};

macro_rules! tags {
    ($($variant:ident = $key:literal,)*) => {
        /// A group of charges the rules name together: the `tags` of `charges.toml` and
        /// of `[rule.when]`.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
        #[allow(missing_docs)]
        pub enum Tag {
            $(#[serde(rename = $key)] $variant,)*
            /// A word that names no tag, kept as written until the loader reports it with
            /// its file and line; a rule pack that loads holds none.
            #[serde(untagged)]
            Unknown(String),
        }

        impl Tag {
            /// Every tag, in the order of the catalogue's documentation.
            pub const ALL: &[Tag] = &[$(Tag::$variant,)*];

            /// The tag as the rule files write it.
            pub fn key(&self) -> &str {
                match self {
                    $(Tag::$variant => $key,)*
                    Tag::Unknown(s) => s,
                }
            }
        }
    };
}

tags! {
    Violent = "violent",
    Sexual = "sexual",
    AgainstMinors = "against_minors",
    Drug = "drug",
    Traffic = "traffic",
    Property = "property",
    Fraud = "fraud",
    CorruptionBribery = "corruption_bribery",
    Embezzlement = "embezzlement",
    DutyCrime = "duty_crime",
    NationalSecurity = "national_security",
    Terrorism = "terrorism",
    OrganisedCrime = "organised_crime",
    MarketOrder = "market_order",
    FoodSafety = "food_safety",
    DrugSafety = "drug_safety",
    Accounting = "accounting",
    Tax = "tax",
    Smuggling = "smuggling",
    Financial = "financial",
    Securities = "securities",
    Border = "border",
    Prostitution = "prostitution",
    Gambling = "gambling",
    MoneyLaundering = "money_laundering",
    Firearms = "firearms",
    PublicSafety = "public_safety",
    PublicOrder = "public_order",
    Cyber = "cyber",
    Environment = "environment",
    IntellectualProperty = "intellectual_property",
    Justice = "justice",
    Military = "military",
    PublicHealth = "public_health",
    EndangeringProductionSafety = "endangering_production_safety",
}

/// The statutory maximum of a charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum MaxPenalty {
    Control,
    Detention,
    FixedTerm,
    Life,
    Death,
}

/// One charge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    /// Official name.
    pub name: String,
    /// Criminal Law article, `133-1` style.
    pub article: String,
    /// Part II chapter, 1–10.
    pub chapter: u8,
    /// Section within the chapter, 0 where none.
    pub section: u8,
    /// Default fault.
    pub fault: Fault,
    /// Statutory maximum.
    pub max_penalty: MaxPenalty,
    /// Longest term in months, where the maximum is a term.
    pub max_term_months: Option<u32>,
    /// Tags.
    pub tags: Vec<Tag>,
    /// Former names.
    pub aliases: Vec<String>,
}

impl Charge {
    /// `chapter.section`, as rules write it (`3.6`).
    pub fn section_key(&self) -> String {
        format!("{}.{}", self.chapter, self.section)
    }

    /// Whether the charge carries a tag.
    pub fn has_tag(&self, tag: &Tag) -> bool {
        self.tags.contains(tag)
    }
}

/// The catalogue, searchable by name, alias and article.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    charges: Vec<Charge>,
    by_name: HashMap<String, usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    charge: Vec<RawCharge>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCharge {
    name: Spanned<String>,
    article: String,
    #[serde(default)]
    paragraph: Option<u32>,
    chapter: u8,
    #[serde(default)]
    section: u8,
    fault: Fault,
    max_penalty: MaxPenalty,
    #[serde(default)]
    max_term_months: Option<u32>,
    #[serde(default)]
    tags: Vec<Tag>,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Normalises a charge name for lookup: ASCII and full-width brackets are the same,
/// spaces are dropped, and a missing trailing 罪 is added.
pub fn normalise(name: &str) -> String {
    let mut s: String = name
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ',' => '，',
            _ => c,
        })
        .collect();
    if !s.is_empty() && !s.ends_with('罪') {
        s.push('罪');
    }
    s
}

impl Catalogue {
    /// Parses `charges.toml`, collecting every problem.
    pub fn parse(file: &str, text: &str, errors: &mut Vec<InputError>) -> Catalogue {
        let raw: RawFile = match toml::from_str(text) {
            Ok(r) => r,
            Err(e) => {
                errors.push(from_toml(file, text, &e));
                return Catalogue::default();
            }
        };
        let mut cat = Catalogue::default();
        let mut first_line: HashMap<String, usize> = HashMap::new();
        let lines = LineIndex::new(text);
        for rc in raw.charge {
            let line = lines.line(rc.name.span().start);
            let name = rc.name.into_inner();
            let mut err = |p: Problem| {
                errors.push(InputError::new(
                    file,
                    Some(line),
                    Some(name.clone().into()),
                    p,
                ))
            };
            if !(1..=10).contains(&rc.chapter) {
                err(Problem::Contradiction(format!(
                    "chapter {} is not 1-10",
                    rc.chapter
                )));
            }
            for t in &rc.tags {
                if let Tag::Unknown(word) = t {
                    err(Problem::UnknownTag(word.clone()));
                }
            }
            if rc.max_penalty == MaxPenalty::FixedTerm && rc.max_term_months.is_none() {
                err(Problem::Empty("max_term_months".into()));
            }
            let _ = rc.paragraph;
            for key in std::iter::once(&name).chain(rc.aliases.iter()) {
                let norm = normalise(key);
                if let Some(&l) = first_line.get(&norm) {
                    err(Problem::Duplicate {
                        what: key.clone(),
                        first_line: l,
                    });
                } else {
                    first_line.insert(norm, line);
                }
            }
            cat.push(Charge {
                name: name.clone(),
                article: rc.article,
                chapter: rc.chapter,
                section: rc.section,
                fault: rc.fault,
                max_penalty: rc.max_penalty,
                max_term_months: rc.max_term_months,
                tags: rc.tags,
                aliases: rc.aliases,
            });
        }
        cat
    }

    fn push(&mut self, charge: Charge) {
        let idx = self.charges.len();
        self.by_name.entry(normalise(&charge.name)).or_insert(idx);
        for a in &charge.aliases {
            self.by_name.entry(normalise(a)).or_insert(idx);
        }
        self.charges.push(charge);
    }

    /// Every charge, in file order.
    pub fn all(&self) -> &[Charge] {
        &self.charges
    }

    /// Number of charges in force.
    pub fn len(&self) -> usize {
        self.charges.len()
    }

    /// Whether the catalogue is empty.
    pub fn is_empty(&self) -> bool {
        self.charges.is_empty()
    }

    /// A charge by its name or a former name (brackets of either width).
    pub fn find(&self, name: &str) -> Option<&Charge> {
        self.by_name
            .get(&normalise(name))
            .map(|&i| &self.charges[i])
    }

    /// The closest names to an unknown one, for "did you mean …".
    pub fn suggest(&self, name: &str) -> Option<&str> {
        let want: Vec<char> = normalise(name).chars().collect();
        // No official name is longer than about 40 characters.
        if want.len() > 64 {
            return None;
        }
        // Characters in common, less the difference in length: crude but enough to
        // point from a typo or a short form to the official name.
        let score = |c: &Charge| {
            let have: Vec<char> = c.name.chars().collect();
            let common = want
                .iter()
                .filter(|ch| **ch != '罪' && have.contains(ch))
                .count() as i64;
            (
                common * 2 - (have.len() as i64 - want.len() as i64).abs(),
                common,
            )
        };
        self.charges
            .iter()
            .map(|c| (score(c), c))
            .filter(|((_, common), _)| *common >= 2)
            .max_by_key(|(s, _)| *s)
            .map(|(_, c)| c.name.as_str())
    }

    /// Charges matching a search: part of a name or alias, or an article (`133-1`).
    pub fn search(&self, query: &str) -> Vec<&Charge> {
        let q = query.trim();
        if q.is_empty() {
            return self.charges.iter().collect();
        }
        let qn: String = normalise(q).trim_end_matches('罪').to_owned();
        let art = q.trim_start_matches('第').trim_end_matches('条');
        // Best first: the article itself, then names that start with the query, then
        // names that contain it, then former names; shorter names first within each.
        let rank = |c: &Charge| -> Option<u8> {
            let name = normalise(&c.name);
            if c.article == art {
                Some(0)
            } else if name.starts_with(&qn) {
                Some(1)
            } else if name.contains(&qn) {
                Some(2)
            } else if c.aliases.iter().any(|a| normalise(a).contains(&qn)) {
                Some(3)
            } else {
                None
            }
        };
        let mut hits: Vec<(u8, usize, &Charge)> = self
            .charges
            .iter()
            .filter_map(|c| rank(c).map(|r| (r, c.name.chars().count(), c)))
            .collect();
        hits.sort_by_key(|(r, len, _)| (*r, *len));
        hits.into_iter().map(|(_, _, c)| c).collect()
    }
}
