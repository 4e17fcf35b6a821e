//! A case with its names settled against a rule pack: every conviction's charge found in
//! the charge catalogue, every follow-up answer naming a question the pack asks. The
//! engine takes only a [`Resolved`] case, so it cannot fail on a name.

use super::{Case, CaseField, ConvictionKey};
use crate::catalogue::Charge;
use crate::error::{InputError, InputErrors, Problem};
use crate::rules::RulePack;

/// A validated case whose charges and fact ids are resolved against `pack`.
#[derive(Debug, Clone)]
pub struct Resolved<'p> {
    pack: &'p RulePack,
    case: Case,
    charges: Vec<&'p Charge>,
    file: String,
}

impl<'p> Resolved<'p> {
    /// Resolves a parsed case; an unknown charge or fact id is an input error naming the
    /// file, the line and the field (with the nearest charge name, if any).
    pub fn new(pack: &'p RulePack, case: Case, file: &str) -> Result<Self, InputErrors> {
        let mut errors = Vec::new();
        let mut charges = Vec::new();
        for (i, c) in case.convictions.iter().enumerate() {
            for fact in c.facts.keys() {
                if pack.question(fact).is_none() {
                    errors.push(InputError::new(
                        file,
                        c.fact_line(fact),
                        Some(CaseField::Conviction(i, ConvictionKey::Facts).into()),
                        Problem::UnknownFact {
                            name: fact.clone(),
                            known: pack.questions.iter().map(|q| q.id.clone()).collect(),
                        },
                    ));
                }
            }
            match pack.charges.find(&c.charge) {
                Some(ch) => charges.push(ch),
                None => errors.push(InputError::new(
                    file,
                    c.line(ConvictionKey::Charge),
                    Some(CaseField::Conviction(i, ConvictionKey::Charge).into()),
                    Problem::UnknownCharge {
                        name: c.charge.clone(),
                        suggestion: pack.charges.suggest(&c.charge).map(str::to_owned),
                    },
                )),
            }
        }
        if errors.is_empty() {
            Ok(Resolved {
                pack,
                case,
                charges,
                file: file.to_owned(),
            })
        } else {
            Err(InputErrors(errors))
        }
    }

    /// The rule pack the names were resolved against.
    pub fn pack(&self) -> &'p RulePack {
        self.pack
    }

    /// The case as parsed (names as written, for writing it back unchanged).
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The case, giving up the resolution.
    pub fn into_case(self) -> Case {
        self.case
    }

    /// The catalogue entry of each conviction's charge, in the order of the convictions.
    pub fn charges(&self) -> &[&'p Charge] {
        &self.charges
    }

    /// The name of the file the case came from, for messages.
    pub fn file(&self) -> &str {
        &self.file
    }
}

impl Case {
    /// Parses the text of a case file and resolves its names against `pack`: the one
    /// entry point of a case the engine is to assess.
    pub fn parse_resolved<'p>(
        pack: &'p RulePack,
        file: &str,
        text: &str,
    ) -> Result<Resolved<'p>, InputErrors> {
        Resolved::new(pack, Case::parse(file, text)?, file)
    }

    /// Resolves this case's names against `pack` (see [`Resolved::new`]).
    pub fn resolve<'p>(self, pack: &'p RulePack, file: &str) -> Result<Resolved<'p>, InputErrors> {
        Resolved::new(pack, self, file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::EXAMPLE;

    fn pack() -> RulePack {
        RulePack::embedded().unwrap_or_else(|e| panic!("{e}"))
    }

    /// A known charge resolves to its catalogue entry; the case is kept as written.
    #[test]
    fn a_known_charge_resolves_to_its_entry() {
        let pack = pack();
        let r = Case::parse_resolved(&pack, "dd.toml", EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.charges().len(), 1);
        assert_eq!(r.charges()[0].article, "133-1");
        assert_eq!(r.case().convictions[0].charge, "危险驾驶罪");
        assert_eq!(r.file(), "dd.toml");
    }

    /// An unknown charge and an unknown fact are both reported, each with its line.
    #[test]
    fn unknown_names_are_errors_with_lines() {
        let pack = pack();
        let text = EXAMPLE.replace("危险驾驶罪", "危险架驶罪")
            + "\n[conviction.facts]\nno_such_fact = true\n";
        let errors = match Case::parse_resolved(&pack, "bad.toml", &text) {
            Ok(_) => panic!("an unknown charge was accepted"),
            Err(e) => e.0,
        };
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors.iter().all(|e| e.file == "bad.toml"));
        let charge = errors
            .iter()
            .find(|e| matches!(e.problem, Problem::UnknownCharge { .. }))
            .unwrap_or_else(|| panic!("no charge error: {errors:?}"));
        assert_eq!(charge.line, Some(7));
        match &charge.problem {
            Problem::UnknownCharge { suggestion, .. } => {
                assert_eq!(suggestion.as_deref(), Some("危险驾驶罪"));
            }
            _ => unreachable!(),
        }
        let fact = errors
            .iter()
            .find(|e| matches!(e.problem, Problem::UnknownFact { .. }))
            .unwrap_or_else(|| panic!("no fact error: {errors:?}"));
        assert_eq!(fact.line, Some(16));
    }
}
