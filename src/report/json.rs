//! The JSON assessment (`recordrights-assessment/1`) and the rule summary of
//! `recordrights rules --json`, exactly as `shared/spec/interchange.md` defines them;
//! fields beyond the spec are optional additions.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::text::{assumption_text, because_text, ineligible_text};
use crate::engine::{ASSESSMENT_FORMAT, Assessment, Recidivism};
use crate::i18n::Lang;
use crate::rules::{Certainty, Domain, DurationKind, Level, RulePack, Status};

fn certainty_key(c: Certainty) -> &'static str {
    match c {
        Certainty::Applies => "applies",
        Certainty::MayApply => "may_apply",
    }
}

fn basis(pack: &RulePack, rules: &[usize]) -> Value {
    let mut seen = Vec::new();
    for &r in rules {
        let rule = &pack.rules[r];
        let item = json!({ "law": pack.enactment_of(rule).title, "article": rule.article, "rule": rule.id });
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    Value::Array(seen)
}

/// The at-a-glance block (an addition to the spec): counts, key dates and the findings
/// that concern a role the person holds.
fn glance_json(pack: &RulePack, a: &Assessment) -> Value {
    use super::glance::{DateKind, glance};
    let g = glance(pack, a);
    let dates: Vec<Value> = g
        .dates
        .iter()
        .map(|k| {
            let (kind, ids): (&str, Vec<&str>) = match k.kind {
                DateKind::Ends => (
                    "ends",
                    k.index
                        .iter()
                        .map(|&i| pack.rules[a.findings[i].rule].id.as_str())
                        .collect(),
                ),
                DateKind::Proposal => (
                    "proposal",
                    k.index
                        .iter()
                        .map(|&i| pack.proposals[a.proposals[i].proposal].id.as_str())
                        .collect(),
                ),
                DateKind::Recidivism => ("recidivism_window_ends", Vec::new()),
            };
            json!({ "date": k.date, "kind": kind, "ids": ids })
        })
        .collect();
    json!({
        "counts": {
            "lifetime": g.counts.lifetime,
            "until_date": g.counts.until_date,
            "ended": g.counts.ended,
            "may_apply": g.counts.may_apply,
            "local": g.counts.local,
            "future_case": g.counts.future_case,
            "if_you_hold": g.counts.if_you_hold,
        },
        "key_dates": dates,
        "last_ended_on": g.last_ended,
        "roles": g.roles.iter().map(|&i| pack.rules[a.findings[i].rule].id.as_str()).collect::<Vec<_>>(),
    })
}

/// The fact ids whose answers would settle a finding, once each.
fn question_ids(f: &crate::engine::Finding) -> Vec<&str> {
    let mut ids: Vec<&str> = f.questions.iter().map(|(_, q)| q.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The assessment as JSON, with plain-language strings in `lang`.
pub fn assessment(pack: &RulePack, a: &Assessment, lang: Lang) -> Value {
    let findings: Vec<Value> = a
        .findings
        .iter()
        .map(|f| {
            let rule = &pack.rules[f.rule];
            let e = pack.enactment_of(rule);
            let mut reasons: Vec<String> = f
                .doubts
                .iter()
                .map(|&d| rule.doubts[d].reason.get(lang).to_owned())
                .collect();
            if f.certainty == Certainty::MayApply
                && let Some(note) = &rule.certainty_note
            {
                reasons.insert(0, note.get(lang).to_owned());
            }
            let because: Vec<Value> = f
                .trace
                .iter()
                .map(|(ci, items)| {
                    json!({
                        "conviction": ci + 1,
                        "answers": items.iter().map(|b| because_text(b, lang)).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "rule": rule.id,
                "law": e.title,
                "article": rule.article,
                "status": "in_force",
                "domain": rule.domain.key(),
                "content_type": match rule.content_type {
                    crate::rules::ContentType::Qualification => "qualification",
                    crate::rules::ContentType::Benefit => "benefit",
                    crate::rules::ContentType::Obligation => "obligation",
                },
                "certainty": certainty_key(f.certainty),
                "duration": f.duration.key(),
                "starts_on": f.starts_on,
                "ends_on": f.ends_on,
                "ends_on_earliest": f.ends_on_earliest,
                "active": f.active,
                "summary": rule.summary.get(lang),
                "paragraph": rule.paragraph,
                "level": e.level.key(),
                "law_en": e.title_en,
                "jurisdiction": e.jurisdiction,
                "city": e.city,
                "local_kind": e.local_kind.map(|k| k.key()),
                "higher_law": rule.higher_law.as_ref().map(|h| json!({
                    "law": h.title,
                    "article": h.article,
                    "text": h.text,
                    "goes_beyond": h.goes_beyond,
                    "analysis": h.analysis.get(lang),
                })),
                "applies_from": f.applies_from,
                "questions": question_ids(f),
                "next_steps": rule.next_steps.iter().map(|n| json!({
                    "text": n.text.get(lang),
                    "cite": n.cite,
                })).collect::<Vec<_>>(),
                "keywords": rule.keywords,
                "may_apply_reasons": reasons,
                "because": because,
                "text": rule.text,
            })
        })
        .collect();
    let r = &a.record;
    let recidivism = match r.recidivism {
        Recidivism::None | Recidivism::NotYetStarted => Value::Null,
        Recidivism::Until(d) => json!(d),
        Recidivism::Never => json!("never"),
    };
    let proposals: Vec<Value> = a
        .proposals
        .iter()
        .map(|p| {
            let prop = &pack.proposals[p.proposal];
            json!({
                "id": prop.id,
                "title": prop.title.get(lang),
                "eligible": p.eligible,
                "earliest_on": p.earliest_on,
                "automatic": p.eligible && p.automatic,
                "status": "proposed",
                "source": prop.source,
                "summary": prop.summary.get(lang),
                "reason": p.ineligible.as_ref().map(|i| ineligible_text(pack, p.proposal, i, &a.charges, lang)),
            })
        })
        .collect();
    json!({
        "format": ASSESSMENT_FORMAT,
        "as_of": a.as_of,
        "rules_version": pack.version,
        "findings": findings,
        "record": {
            "severity_class": r.severity.key(),
            "sealed": r.sealed,
            "sealing_basis": basis(pack, &r.sealing_basis),
            "must_disclose": r.must_disclose,
            "recidivism_window_ends": recidivism,
            "recidivism_basis": basis(pack, &r.recidivism_basis),
            "disclosure_basis": basis(pack, &r.disclosure_basis),
            "partly_sealed": r.partly_sealed,
            "next_steps": super::text::record_steps(pack, a, lang),
        },
        "proposals": proposals,
        "open_questions": a.open_questions.iter().map(|q| json!({
            "id": q.fact,
            "conviction": q.conviction,
            "question": pack.question(&q.fact).map(|x| x.text.get(lang)),
            "why": pack.question(&q.fact).map(|x| x.why.get(lang)),
            "resolves": q.resolves.iter().map(|&r| pack.rules[r].id.as_str()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "answers": a.answers.iter().map(|(ci, fact, v)| json!({
            "id": fact, "conviction": ci, "answer": v,
            "question": pack.question(fact).map(|x| x.text.get(lang)),
        })).collect::<Vec<_>>(),
        "at_a_glance": glance_json(pack, a),
        "assumptions": a.assumptions.iter().map(|x| assumption_text(x, &a.charges, lang)).collect::<Vec<_>>(),
        "lang": lang.tag(),
    })
}

/// Counts of the rule base for `recordrights rules --json`.
pub fn rule_summary(pack: &RulePack) -> Value {
    let mut by_level: BTreeMap<&str, usize> = Level::ALL.iter().map(|l| (l.key(), 0)).collect();
    let mut by_domain: BTreeMap<&str, usize> = Domain::ALL.iter().map(|d| (d.key(), 0)).collect();
    let mut by_duration: BTreeMap<&str, usize> =
        DurationKind::ALL.iter().map(|k| (k.key(), 0)).collect();
    let in_force: Vec<_> = pack
        .rules
        .iter()
        .filter(|r| r.status == Status::InForce)
        .collect();
    let mut by_jurisdiction: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &in_force {
        *by_jurisdiction
            .entry(pack.enactment_of(r).jurisdiction.as_str())
            .or_default() += 1;
        *by_level
            .entry(pack.enactment_of(r).level.key())
            .or_default() += 1;
        *by_domain.entry(r.domain.key()).or_default() += 1;
        *by_duration.entry(r.duration.kind().key()).or_default() += 1;
    }
    json!({
        "provisions": pack.provisions(),
        "rules": in_force.len(),
        "charges": pack.charges.len(),
        "enactments": pack.enactments.len(),
        "proposals": pack.proposals.len(),
        "rules_version": pack.version,
        "by_level": by_level,
        "by_domain": by_domain,
        "by_duration": by_duration,
        "by_jurisdiction": by_jurisdiction,
        "cities": crate::regions::CITIES.iter().map(|c| json!({
            "code": c.code, "name": c.zh, "name_en": c.en,
        })).collect::<Vec<_>>(),
    })
}
