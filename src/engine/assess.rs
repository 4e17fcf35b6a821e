//! The assessment loop: every rule in force on the as-of date against every conviction,
//! settled or removed by the follow-up answers, merged into one finding per rule.

use chrono::NaiveDate;

use super::periods::{Timeline, When, period, timeline};
use super::proposals::proposal;
use super::record::record_block;
use super::{Assessment, Assumption, Finding, OpenQuestion};
use crate::case::{CaseField, Resolved};
use crate::dates;
use crate::error::{InputError, InputErrors, Problem};
use crate::rules::{Anchor, Certainty, Duration, DurationKind, Facts, RecordEffect, RulePack};

/// Assesses a resolved case on a day. The only error is a day before the earliest the
/// rule pack answers for (its message names the case's file): the names were settled
/// when the case was resolved.
pub fn assess(resolved: &Resolved<'_>, as_of: NaiveDate) -> Result<Assessment, InputErrors> {
    let pack = resolved.pack();
    let case = resolved.case();
    let charges = resolved.charges();
    if as_of < pack.earliest_as_of {
        return Err(InputError::new(
            resolved.file(),
            None,
            Some(CaseField::AsOf.into()),
            Problem::AsOfTooEarly {
                as_of: as_of.to_string(),
                earliest: pack.earliest_as_of.to_string(),
            },
        )
        .into());
    }
    let mut assumptions = Vec::new();
    let facts: Vec<Facts<'_>> = case
        .convictions
        .iter()
        .zip(charges)
        .map(|(c, ch)| Facts {
            conviction: c,
            charge: ch,
            fault: c.fault.unwrap_or(ch.fault),
            age_at_offence: dates::criminal_age(case.person.birth_date, c.offence_date)
                .unwrap_or(0),
            roles: &case.person.roles,
        })
        .collect();
    let timelines: Vec<Timeline> = case.convictions.iter().map(timeline).collect();
    for (i, c) in case.convictions.iter().enumerate() {
        match c.completion() {
            Some((date, true)) => assumptions.push(Assumption::CompletionComputed {
                conviction: i,
                date,
            }),
            None => assumptions.push(Assumption::CompletionUnknown { conviction: i }),
            _ => {}
        }
        if let Some(a) = &c.article
            && *a != charges[i].article
        {
            assumptions.push(Assumption::ArticleDiffers {
                conviction: i,
                given: a.clone(),
                catalogue: charges[i].article.clone(),
            });
        }
    }

    // Criminal Law Art. 100 para. 2: an exemption from the duty to report removes the
    // duty's finding for that conviction.
    let disclosure_exempt: Vec<bool> = facts
        .iter()
        .map(|f| {
            pack.rules.iter().any(|r| {
                r.record_effect == Some(RecordEffect::DisclosureExempt)
                    && r.in_force_on(as_of)
                    && r.when.check(f).is_some()
            })
        })
        .collect();
    let mut findings = Vec::new();
    let mut record_hits: Vec<(usize, usize, RecordEffect)> = Vec::new();
    for (ri, rule) in pack.rules.iter().enumerate() {
        let e = pack.enactment_of(rule);
        if !rule.in_force_on(as_of) || !case.person.bound_by(&e.jurisdiction, e.city.as_deref()) {
            continue;
        }
        let mut merged: Option<Finding> = None;
        for (ci, f) in facts.iter().enumerate() {
            let Some(because) = rule.when.check(f) else {
                continue;
            };
            // Follow-up answers: one that contradicts the rule (or a doubt) removes it
            // for this conviction; one that confirms settles it; none leaves it open.
            let answers = &f.conviction.facts;
            let rule_settled = rule.question.as_ref().map(|q| q.outcome(answers));
            if rule_settled == Some(Some(false)) {
                continue;
            }
            let matching: Vec<usize> = rule
                .doubts
                .iter()
                .enumerate()
                .filter(|(_, d)| d.when.check(f).is_some())
                .map(|(i, _)| i)
                .collect();
            if matching.iter().any(|&d| {
                rule.doubts[d]
                    .question
                    .as_ref()
                    .is_some_and(|q| q.outcome(answers) == Some(false))
            }) {
                continue;
            }
            let doubts: Vec<usize> = matching
                .into_iter()
                .filter(|&d| {
                    rule.doubts[d]
                        .question
                        .as_ref()
                        .is_none_or(|q| q.outcome(answers).is_none())
                })
                .collect();
            let mut open: Vec<(usize, String)> = Vec::new();
            if let Some(q) = &rule.question
                && rule_settled == Some(None)
            {
                open.push((ci, q.fact.clone()));
            }
            for &d in &doubts {
                if let Some(q) = &rule.doubts[d].question {
                    open.push((ci, q.fact.clone()));
                }
            }
            open.dedup();
            if let Some(effect) = rule.record_effect {
                // A doubt keeps a rule that would seal the record or make any later crime
                // of the kind a recidivism out of the record block: the block states only
                // what the text settles, and the assumption says what is left open.
                let open = doubts.first().map(|&d| &rule.doubts[d]);
                match open {
                    Some(d)
                        if matches!(
                            effect,
                            RecordEffect::RecidivismSpecial | RecordEffect::Sealed
                        ) =>
                    {
                        let a = Assumption::RecordRuleOpen {
                            conviction: ci,
                            article: rule.article.clone(),
                            law: e.title.clone(),
                            reason: d.reason.clone(),
                        };
                        if !assumptions.contains(&a) {
                            assumptions.push(a);
                        }
                    }
                    _ => record_hits.push((ri, ci, effect)),
                }
            }
            if !rule.finding
                || (rule.record_effect == Some(RecordEffect::DisclosureDuty)
                    && disclosure_exempt[ci])
            {
                continue;
            }
            let c = f.conviction;
            let Some((starts_on, end, ends_on_earliest, duration)) =
                period(rule, c, &timelines[ci])
            else {
                continue;
            };
            if matches!(
                rule.duration,
                Duration::Fixed {
                    from: Anchor::LicenceRevocation,
                    ..
                }
            ) || matches!(
                rule.duration,
                Duration::Range {
                    from: Anchor::LicenceRevocation,
                    ..
                }
            ) || matches!(
                rule.duration,
                Duration::Lifetime {
                    from: Anchor::LicenceRevocation
                }
            ) {
                let a = Assumption::LicenceRevocationAtOffence {
                    conviction: ci,
                    date: c.offence_date,
                };
                if !assumptions.contains(&a) {
                    assumptions.push(a);
                }
            }
            let certainty = if !doubts.is_empty() {
                Certainty::MayApply
            } else if rule_settled == Some(Some(true)) {
                Certainty::Applies
            } else {
                rule.certainty
            };
            let ends_on = match end {
                When::On(d) => Some(d),
                _ => None,
            };
            let active = as_of >= c.judgment_date && ends_on.is_none_or(|e| as_of < e);
            let duration = if end == When::Never {
                DurationKind::Lifetime
            } else {
                duration
            };
            let candidate = Finding {
                rule: ri,
                certainty,
                doubts,
                starts_on,
                ends_on,
                ends_on_earliest,
                duration,
                active,
                applies_from: c.judgment_date,
                trace: vec![(ci, because)],
                questions: open,
            };
            merged = Some(match merged {
                None => candidate,
                Some(prev) => merge(prev, candidate),
            });
        }
        if let Some(f) = merged {
            findings.push(f);
        }
    }

    let open_questions = open_questions(pack, &findings);
    let record = record_block(pack, case, &facts, &timelines, &record_hits);
    let proposals = (0..pack.proposals.len())
        .map(|pi| proposal(pack, pi, &facts, &timelines))
        .collect();
    Ok(Assessment {
        as_of,
        findings,
        record,
        proposals,
        open_questions,
        province: case
            .person
            .region
            .as_deref()
            .or(case.person.city.as_deref())
            .and_then(|r| crate::regions::province(r).or_else(|| crate::regions::city_province(r)))
            .map(|p| p.numeric),
        answers: case
            .convictions
            .iter()
            .enumerate()
            .flat_map(|(ci, c)| c.facts.iter().map(move |(k, v)| (ci, k.clone(), *v)))
            .collect(),
        assumptions,
        charges: charges.iter().map(|c| c.name.clone()).collect(),
    })
}

/// The questions still open, each with the rules whose findings its answer settles.
fn open_questions(pack: &RulePack, findings: &[Finding]) -> Vec<OpenQuestion> {
    let mut out: Vec<OpenQuestion> = Vec::new();
    for f in findings {
        for (ci, fact) in &f.questions {
            match out
                .iter_mut()
                .find(|q| q.fact == *fact && q.conviction == *ci)
            {
                Some(q) => {
                    if !q.resolves.contains(&f.rule) {
                        q.resolves.push(f.rule);
                    }
                }
                None => out.push(OpenQuestion {
                    fact: fact.clone(),
                    conviction: *ci,
                    resolves: vec![f.rule],
                }),
            }
        }
    }
    let order = |fact: &str| pack.questions.iter().position(|q| q.id == fact);
    out.sort_by_key(|q| (order(&q.fact), q.conviction));
    out
}

/// Keeps the finding that restricts longer; the traces are joined.
fn merge(a: Finding, b: Finding) -> Finding {
    let rank = |f: &Finding| match (f.is_lifetime(), f.ends_on) {
        (true, _) => (2, None),
        (false, None) => (1, None),
        (false, Some(d)) => (0, Some(d)),
    };
    let (mut keep, other) = if rank(&b) > rank(&a) { (b, a) } else { (a, b) };
    keep.active |= other.active;
    keep.applies_from = keep.applies_from.min(other.applies_from);
    if other.certainty == Certainty::Applies {
        keep.certainty = keep.certainty.min_applies(other.certainty);
    }
    keep.trace.extend(other.trace);
    keep.trace.sort_by_key(|(i, _)| *i);
    keep.questions.extend(other.questions);
    keep.questions.sort();
    keep.questions.dedup();
    keep
}

impl Certainty {
    /// `applies` if either applies.
    fn min_applies(self, other: Certainty) -> Certainty {
        if self == Certainty::Applies || other == Certainty::Applies {
            Certainty::Applies
        } else {
            Certainty::MayApply
        }
    }
}
