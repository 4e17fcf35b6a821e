//! One enactment file: the enactment (id, jurisdiction, last verified) and each of its
//! rules (ids, dates, certainty, conditions, doubts, questions, next steps, higher law).

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Deserialize;

use super::duration::duration;
use super::raw::{RawEnactment, RawEnactmentFile, RawHigherLaw};
use super::{Sink, SourceFile, bilingual};
use crate::error::{InputError, LineIndex, Problem, from_toml, line_of};
use crate::rules::{
    Certainty, Condition, Doubt, Duration, Enactment, HigherLaw, Level, NextStep, Rule, RulePack,
    Settle,
};

pub(super) fn parse_enactment(
    f: &SourceFile,
    pack: &mut RulePack,
    enactment_ids: &mut HashMap<String, (String, usize)>,
    rule_ids: &mut HashMap<String, (String, usize)>,
    steps: &HashMap<String, NextStep>,
    errors: &mut Vec<InputError>,
) {
    let raw: RawEnactmentFile = match toml::from_str(&f.text) {
        Ok(r) => r,
        Err(e) => {
            errors.push(from_toml(&f.display, &f.text, &e));
            return;
        }
    };
    let mut sink = Sink {
        file: &f.display,
        errors,
    };
    let e = raw.enactment;
    let e_line = line_of(&f.text, e.id.span().start);
    let e_id = e.id.get_ref().clone();
    if let Some((file, first_line)) = enactment_ids.get(&e_id) {
        let what = format!("enactment {e_id} ({file})");
        sink.at(
            e_line,
            &e_id,
            Problem::Duplicate {
                what,
                first_line: *first_line,
            },
        );
    }
    enactment_ids.insert(e_id.clone(), (f.display.clone(), e_line));
    sink.not_empty(e_line, &e_id, "title", &e.title);
    let last_verified = sink
        .date(e_line, &e_id, &e.last_verified)
        .unwrap_or(NaiveDate::MIN);
    check_jurisdiction(&mut sink, e_line, &e_id, &e);
    let local = e.jurisdiction != "CN";
    let prefix = format!("{}.{}.", e.jurisdiction.to_ascii_lowercase(), e_id);
    let index = pack.enactments.len();
    pack.enactments.push(Enactment {
        id: e_id,
        title: e.title,
        title_en: e.title_en,
        level: e.level,
        jurisdiction: e.jurisdiction,
        city: e.city,
        local_kind: e.local_kind,
        source: e.source,
        source_quality: e.source_quality,
        last_verified,
        file: f.display.clone(),
    });
    let lines = LineIndex::new(&f.text);
    for r in raw.rule {
        let line = lines.line(r.id.span().start);
        let id = r.id.into_inner();
        if let Some((file, first_line)) = rule_ids.get(&id) {
            let what = format!("rule {id} ({file})");
            sink.at(
                line,
                &id,
                Problem::Duplicate {
                    what,
                    first_line: *first_line,
                },
            );
        }
        rule_ids.insert(id.clone(), (f.display.clone(), line));
        if !id.starts_with(&prefix) {
            sink.at(
                line,
                &id,
                Problem::Contradiction(format!("rule id must start with {prefix}")),
            );
        }
        for (field, value) in [
            ("article", &r.article),
            ("text", &r.text),
            ("summary_zh", &r.summary_zh),
            ("summary_en", &r.summary_en),
        ] {
            sink.not_empty(line, &id, field, value);
        }
        let effective_from = r
            .effective_from
            .as_deref()
            .and_then(|d| sink.date(line, &id, d));
        let effective_until = r
            .effective_until
            .as_deref()
            .and_then(|d| sink.date(line, &id, d));
        if let (Some(a), Some(b)) = (effective_from, effective_until)
            && a >= b
        {
            sink.at(line, &id, Problem::BadEffectiveDates);
        }
        let certainty_note = match (r.certainty_note_zh, r.certainty_note_en) {
            (Some(zh), Some(en)) if !zh.trim().is_empty() && !en.trim().is_empty() => {
                Some(bilingual(zh, en))
            }
            _ => None,
        };
        if r.certainty == Certainty::MayApply && certainty_note.is_none() {
            sink.at(line, &id, Problem::MissingCertaintyNote);
        }
        sink.condition(line, &id, &r.when, &pack.charges);
        let mut doubts = Vec::new();
        for d in r.doubt {
            let mut rest = d;
            let zh = take_string(&mut rest, "reason_zh");
            let en = take_string(&mut rest, "reason_en");
            let question = match rest.remove("question") {
                None => None,
                Some(toml::Value::String(fact)) => {
                    let applies_when = match rest.remove("applies_when") {
                        Some(toml::Value::Boolean(b)) => b,
                        _ => true,
                    };
                    settle(&mut sink, line, &id, pack, fact, applies_when)
                }
                Some(_) => {
                    sink.at(
                        line,
                        &id,
                        Problem::Syntax("doubt: question is a fact id".into()),
                    );
                    None
                }
            };
            match Condition::deserialize(toml::Value::Table(rest)) {
                Ok(when) => {
                    sink.condition(line, &id, &when, &pack.charges);
                    match (zh, en) {
                        (Some(zh), Some(en)) => doubts.push(Doubt {
                            when,
                            reason: bilingual(zh, en),
                            question,
                        }),
                        _ => sink.at(
                            line,
                            &id,
                            Problem::Empty("doubt reason_zh / reason_en".into()),
                        ),
                    }
                }
                Err(err) => sink.at(
                    line,
                    &id,
                    Problem::Syntax(format!("doubt: {}", err.message().trim())),
                ),
            }
        }
        let question = r
            .question
            .and_then(|q| settle(&mut sink, line, &id, pack, q.id, q.applies_when));
        if question.is_some() && r.certainty != Certainty::MayApply {
            sink.at(
                line,
                &id,
                Problem::Contradiction(
                    "a rule settled by a question has certainty = \"may_apply\" until it is answered".into(),
                ),
            );
        }
        let mut next_steps = Vec::new();
        for n in r.next_step {
            match (n.step, n.zh, n.en, n.cite) {
                (Some(step), None, None, None) => match steps.get(&step) {
                    Some(s) => next_steps.push(s.clone()),
                    None => {
                        let mut expected: Vec<String> = steps.keys().cloned().collect();
                        expected.sort();
                        sink.at(
                            line,
                            &id,
                            Problem::UnknownValue {
                                value: step,
                                expected,
                            },
                        );
                    }
                },
                (None, Some(zh), Some(en), Some(cite))
                    if [&zh, &en, &cite].iter().all(|v| !v.trim().is_empty()) =>
                {
                    next_steps.push(NextStep {
                        text: bilingual(zh, en),
                        cite,
                    });
                }
                (Some(_), ..) => sink.at(
                    line,
                    &id,
                    Problem::Contradiction(
                        "a next step is either step = \"…\" (from steps.toml) or zh, en and cite"
                            .into(),
                    ),
                ),
                _ => sink.at(line, &id, Problem::Empty("next_step zh / en / cite".into())),
            }
        }
        let higher_law = match r.higher_law {
            Some(h) => higher_law(&mut sink, line, &id, h),
            None if local => {
                sink.at(line, &id, Problem::MissingKey("higher_law".into()));
                None
            }
            None => None,
        };
        if r.future_case && r.holder_only {
            sink.at(
                line,
                &id,
                Problem::Contradiction("future_case and holder_only are both true".into()),
            );
        }
        let duration = match duration(&r.duration) {
            Ok(d) => d,
            Err(msg) => {
                sink.at(line, &id, Problem::BadDuration(msg));
                Duration::WhileServing
            }
        };
        pack.rules.push(Rule {
            id,
            enactment: index,
            article: r.article,
            paragraph: r.paragraph,
            text: r.text,
            effective_from,
            effective_until,
            status: r.status,
            domain: r.domain,
            content_type: r.content_type,
            certainty: r.certainty,
            certainty_note,
            summary: bilingual(r.summary_zh, r.summary_en),
            finding: r.finding.unwrap_or(true),
            future_case: r.future_case,
            holder_only: r.holder_only,
            record_effect: r.record_effect,
            when: r.when,
            doubts,
            duration,
            higher_law,
            question,
            next_steps,
            keywords: r.keywords,
            file: f.display.clone(),
            line,
        });
    }
}

/// `CN`, or a province code `CN-NN` with the level `local_norm` and its kind; a city
/// code `CN-NN-XX` only under its own province.
fn check_jurisdiction(sink: &mut Sink<'_>, line: usize, id: &str, e: &RawEnactment) {
    let province = |j: &str| {
        j.strip_prefix("CN-")
            .is_some_and(|n| n.len() == 2 && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut bad = |msg: String| sink.at(line, id, Problem::Contradiction(msg));
    if e.jurisdiction == "CN" {
        if e.level == Level::LocalNorm || e.local_kind.is_some() || e.city.is_some() {
            bad("a national enactment (jurisdiction = \"CN\") has no local_kind or city and is not a local_norm".into());
        }
        return;
    }
    if !province(&e.jurisdiction) {
        bad(format!(
            "jurisdiction {:?} is neither \"CN\" nor a province code such as \"CN-31\"",
            e.jurisdiction
        ));
    }
    if e.level != Level::LocalNorm || e.local_kind.is_none() {
        bad("a local enactment needs level = \"local_norm\" and a local_kind".into());
    }
    if let Some(city) = &e.city {
        let ok = city
            .strip_prefix(&format!("{}-", e.jurisdiction))
            .is_some_and(|c| {
                (2..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_uppercase())
            });
        if !ok {
            bad(format!(
                "city {city:?} must be the province code and a city code, e.g. \"{}-SZ\"",
                e.jurisdiction
            ));
        }
    }
}

/// The higher-law analysis of a local rule: a text needs its title, article and file.
fn higher_law(sink: &mut Sink<'_>, line: usize, id: &str, h: RawHigherLaw) -> Option<HigherLaw> {
    let present = [&h.title, &h.article, &h.text, &h.text_file]
        .iter()
        .filter(|v| v.as_ref().is_some_and(|s| !s.trim().is_empty()))
        .count();
    if present != 0 && present != 4 {
        sink.at(
            line,
            id,
            Problem::Contradiction(
                "higher_law needs all of title, article, text and text_file, or none of them"
                    .into(),
            ),
        );
    }
    if h.analysis_zh.trim().is_empty() || h.analysis_en.trim().is_empty() {
        sink.at(
            line,
            id,
            Problem::Empty("higher_law analysis_zh / analysis_en".into()),
        );
    }
    if present == 0 && !h.goes_beyond {
        sink.at(
            line,
            id,
            Problem::Contradiction("a local rule with no higher law goes beyond it".into()),
        );
    }
    Some(HigherLaw {
        title: h.title,
        article: h.article,
        text: h.text,
        text_file: h.text_file,
        goes_beyond: h.goes_beyond,
        analysis: bilingual(h.analysis_zh, h.analysis_en),
    })
}

/// A reference to a fact of the question catalogue; an id the catalogue does not define
/// is an error in the rule file.
fn settle(
    sink: &mut Sink<'_>,
    line: usize,
    id: &str,
    pack: &RulePack,
    fact: String,
    applies_when: bool,
) -> Option<Settle> {
    if pack.question(&fact).is_none() {
        let known: Vec<String> = pack.questions.iter().map(|q| q.id.clone()).collect();
        sink.at(line, id, Problem::UnknownFact { name: fact, known });
        return None;
    }
    Some(Settle { fact, applies_when })
}

fn take_string(t: &mut toml::Table, key: &str) -> Option<String> {
    match t.remove(key) {
        Some(toml::Value::String(s)) if !s.trim().is_empty() => Some(s),
        _ => None,
    }
}
