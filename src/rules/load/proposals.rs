//! `proposals.toml`: the reform proposals, their tiers and exclusions.

use std::collections::HashMap;

use super::raw::RawProposals;
use super::{Sink, SourceFile, bilingual};
use crate::catalogue::Catalogue;
use crate::error::{InputError, LineIndex, Problem, from_toml};
use crate::rules::{Exclusion, Proposal, Tier};

pub(super) fn parse_proposals(
    f: &SourceFile,
    charges: &Catalogue,
    errors: &mut Vec<InputError>,
) -> Vec<Proposal> {
    let raw: RawProposals = match toml::from_str(&f.text) {
        Ok(r) => r,
        Err(e) => {
            errors.push(from_toml(&f.display, &f.text, &e));
            return Vec::new();
        }
    };
    let mut sink = Sink {
        file: &f.display,
        errors,
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    let lines = LineIndex::new(&f.text);
    for p in raw.proposal {
        let line = lines.line(p.id.span().start);
        let id = p.id.into_inner();
        if let Some(&first_line) = seen.get(&id) {
            sink.at(
                line,
                &id,
                Problem::Duplicate {
                    what: id.clone(),
                    first_line,
                },
            );
        }
        seen.insert(id.clone(), line);
        for (field, value) in [
            ("title_zh", &p.title_zh),
            ("title_en", &p.title_en),
            ("quote", &p.quote),
        ] {
            sink.not_empty(line, &id, field, value);
        }
        for t in &p.tier {
            sink.condition(line, &id, &t.when, charges);
        }
        for x in &p.exclude {
            sink.condition(line, &id, &x.when, charges);
        }
        out.push(Proposal {
            id,
            title: bilingual(p.title_zh, p.title_en),
            source: p.source,
            quote: p.quote,
            summary: bilingual(p.summary_zh, p.summary_en),
            interrupted_by_new_offence: p.interrupted_by_new_offence,
            tiers: p
                .tier
                .into_iter()
                .map(|t| Tier {
                    when: t.when,
                    wait_months: t.wait_months,
                    from: t.from,
                    automatic: t.automatic,
                    label: bilingual(t.label_zh, t.label_en),
                })
                .collect(),
            exclusions: p
                .exclude
                .into_iter()
                .map(|x| Exclusion {
                    when: x.when,
                    reason: bilingual(x.reason_zh, x.reason_en),
                })
                .collect(),
        });
    }
    out
}
