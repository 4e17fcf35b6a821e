//! `steps.toml`: next steps that many rules share (a rule names one with
//! `[[rule.next_step]] step = "id"`), written once so that every rule says them alike.

use std::collections::HashMap;

use serde::Deserialize;
use toml::Spanned;

use super::{SourceFile, bilingual};
use crate::error::{InputError, LineIndex, Problem, from_toml};
use crate::rules::NextStep;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSteps {
    #[serde(default)]
    step: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    zh: String,
    en: String,
    cite: String,
}

/// The shared steps by id; every problem is pushed with its line.
pub(super) fn parse(f: &SourceFile, errors: &mut Vec<InputError>) -> HashMap<String, NextStep> {
    let raw: RawSteps = match toml::from_str(&f.text) {
        Ok(r) => r,
        Err(e) => {
            errors.push(from_toml(&f.display, &f.text, &e));
            return HashMap::new();
        }
    };
    let lines = LineIndex::new(&f.text);
    let mut out: HashMap<String, (usize, NextStep)> = HashMap::new();
    for s in raw.step {
        let line = lines.line(s.id.span().start);
        let id = s.id.into_inner();
        let at = |p: Problem| InputError::new(&f.display, Some(line), Some(id.clone().into()), p);
        for (field, v) in [("id", &id), ("zh", &s.zh), ("en", &s.en), ("cite", &s.cite)] {
            if v.trim().is_empty() {
                errors.push(at(Problem::Empty(field.into())));
            }
        }
        if let Some((first_line, _)) = out.get(&id) {
            errors.push(at(Problem::Duplicate {
                what: id.clone(),
                first_line: *first_line,
            }));
            continue;
        }
        let step = NextStep {
            text: bilingual(s.zh, s.en),
            cite: s.cite,
        };
        out.insert(id, (line, step));
    }
    out.into_iter().map(|(id, (_, s))| (id, s)).collect()
}
