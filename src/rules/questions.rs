//! Follow-up questions (`rules/questions.toml`): facts a case file may answer in
//! `[conviction.facts]` (true / false; absent = not known), and how a rule names the
//! fact that settles it.
//!
//! A rule whose certainty hinges on a fact says so with `[rule.question]`; a doubt that
//! one fact would settle carries `question = "…"`. The answer given in `applies_when`
//! (default `true`) makes the rule apply (the doubt falls away); the other answer removes
//! the rule for that conviction; no answer leaves it as it was ("may apply") and lists the
//! question among the open ones.

use serde::Deserialize;
use toml::Spanned;

use super::Bilingual;
use crate::error::{InputError, LineIndex, Problem, from_toml};

use super::load::SourceFile;

/// One question of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Fact id, the key in `[conviction.facts]` (`drunk_driving`).
    pub id: String,
    /// The question in plain words.
    pub text: Bilingual,
    /// Why it is asked, in plain words.
    pub why: Bilingual,
}

/// A rule's (or a doubt's) reference to the fact that settles it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settle {
    /// Fact id.
    pub fact: String,
    /// The answer under which the rule applies; the other answer removes it.
    pub applies_when: bool,
}

impl Settle {
    /// What the answer (if any) does: `Some(true)` the rule applies, `Some(false)` it
    /// does not, `None` the question is open.
    pub fn outcome(&self, facts: &std::collections::BTreeMap<String, bool>) -> Option<bool> {
        facts.get(&self.fact).map(|&v| v == self.applies_when)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestions {
    #[serde(default)]
    question: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    question_zh: String,
    question_en: String,
    why_zh: String,
    why_en: String,
}

/// Parses the catalogue; every problem is pushed with its line.
pub(super) fn parse(f: &SourceFile, errors: &mut Vec<InputError>) -> Vec<Question> {
    let raw: RawQuestions = match toml::from_str(&f.text) {
        Ok(r) => r,
        Err(e) => {
            errors.push(from_toml(&f.display, &f.text, &e));
            return Vec::new();
        }
    };
    let lines = LineIndex::new(&f.text);
    let mut out: Vec<Question> = Vec::new();
    for q in raw.question {
        let line = lines.line(q.id.span().start);
        let id = q.id.into_inner();
        let at = |p: Problem| InputError::new(&f.display, Some(line), Some(id.clone().into()), p);
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !well_formed {
            errors.push(at(Problem::Contradiction(
                "a question id is lower-case letters, digits and _".into(),
            )));
        }
        if out.iter().any(|o| o.id == id) {
            errors.push(at(Problem::Duplicate {
                what: id.clone(),
                first_line: line,
            }));
        }
        for (field, v) in [
            ("question_zh", &q.question_zh),
            ("question_en", &q.question_en),
            ("why_zh", &q.why_zh),
            ("why_en", &q.why_en),
        ] {
            if v.trim().is_empty() {
                errors.push(at(Problem::Empty(field.into())));
            }
        }
        out.push(Question {
            id,
            text: Bilingual {
                zh: q.question_zh,
                en: q.question_en,
            },
            why: Bilingual {
                zh: q.why_zh,
                en: q.why_en,
            },
        });
    }
    out
}
