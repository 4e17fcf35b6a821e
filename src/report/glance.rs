//! At a glance: the first block of the summary, the answer before the law's catalogue.
//! The person's record (sealed? must they disclose? the recidivism window, who may see a
//! sealed record), the key dates (the next restrictions to end, the end of the recidivism
//! window, the earliest date under each reform proposal, marked as not law), what hits a
//! role the person holds now, and the counts; as data ([`glance`]) and in words
//! ([`glance_sections`]) for the text report, the PDF and the screen alike.

use chrono::NaiveDate;

use super::text::{record_lines, time_until};
use super::view::{Apart, apart, is_ended, state_words};
use crate::engine::{Assessment, Recidivism};
use crate::i18n::{Args, Lang, Texts};
use crate::rules::{Because, Certainty, RulePack};

/// How many of the coming end dates (days on which restrictions end) the key dates list.
pub const KEY_DATES: usize = 4;

/// How many findings are in each group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Closed for life (in force today).
    pub lifetime: usize,
    /// Closed until a known date (in force today).
    pub until_date: usize,
    /// Ended (or not yet in effect).
    pub ended: usize,
    /// Of those in force today, the ones that only may apply.
    pub may_apply: usize,
    /// Of those in force today, the ones from local rules.
    pub local: usize,
    /// In force today but about a future criminal case only (not counted above).
    pub future_case: usize,
    /// In force today but only for someone who holds a position, title, licence or
    /// benefit the questionnaire does not ask about (not counted above).
    pub if_you_hold: usize,
}

/// What a key date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// A restriction ends.
    Ends,
    /// The general recidivism window closes.
    Recidivism,
    /// The earliest date under a reform proposal (not law).
    Proposal,
}

/// One key date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyDate {
    /// The day.
    pub date: NaiveDate,
    /// What happens then.
    pub kind: DateKind,
    /// The findings that end that day (for [`DateKind::Ends`], in catalogue order) or the
    /// proposal (for [`DateKind::Proposal`]).
    pub index: Vec<usize>,
}

/// The at-a-glance block, independent of language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glance {
    /// Key dates in date order: the next [`KEY_DATES`] restrictions to end, then the
    /// recidivism window and the proposals, each once.
    pub dates: Vec<KeyDate>,
    /// Findings (indexes into [`Assessment::findings`]) that concern a role the person
    /// holds, in force first.
    pub roles: Vec<usize>,
    /// The counts.
    pub counts: Counts,
    /// The day the last restriction that has ended ended, if any has.
    pub last_ended: Option<NaiveDate>,
}

/// The at-a-glance view of an assessment.
pub fn glance(pack: &RulePack, a: &Assessment) -> Glance {
    let mut counts = Counts::default();
    for f in &a.findings {
        match (f.active, apart(pack, f)) {
            (true, Some(Apart::FutureCase)) => counts.future_case += 1,
            (true, Some(Apart::IfYouHold)) => counts.if_you_hold += 1,
            (true, None) => {
                if f.is_lifetime() {
                    counts.lifetime += 1;
                } else if f.ends_on.is_some() {
                    counts.until_date += 1;
                }
                if f.certainty == Certainty::MayApply {
                    counts.may_apply += 1;
                }
                if pack.enactment_of(&pack.rules[f.rule]).jurisdiction != "CN" {
                    counts.local += 1;
                }
            }
            (false, _) if is_ended(a, f) => counts.ended += 1,
            (false, _) => {}
        }
    }
    let mut ends: Vec<KeyDate> = Vec::new();
    let mut coming: Vec<(NaiveDate, usize)> = a
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.active && apart(pack, f).is_none())
        .filter_map(|(i, f)| f.ends_on.filter(|&d| d > a.as_of).map(|d| (d, i)))
        .collect();
    coming.sort();
    for (date, i) in coming {
        if let Some(k) = ends.last_mut().filter(|k| k.date == date) {
            k.index.push(i);
        } else if ends.len() == KEY_DATES {
            break;
        } else {
            ends.push(KeyDate {
                date,
                kind: DateKind::Ends,
                index: vec![i],
            });
        }
    }
    if let Recidivism::Until(d) = a.record.recidivism
        && d > a.as_of
    {
        ends.push(KeyDate {
            date: d,
            kind: DateKind::Recidivism,
            index: Vec::new(),
        });
    }
    for (i, p) in a.proposals.iter().enumerate() {
        if p.eligible
            && let Some(date) = p.earliest_on
        {
            ends.push(KeyDate {
                date,
                kind: DateKind::Proposal,
                index: vec![i],
            });
        }
    }
    ends.sort_by_key(|k| (k.date, k.kind as u8));
    let mut roles: Vec<usize> = a
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            f.trace
                .iter()
                .any(|(_, why)| why.iter().any(|b| matches!(b, Because::Role(_))))
        })
        .map(|(i, _)| i)
        .collect();
    roles.sort_by_key(|&i| !a.findings[i].active);
    let last_ended = a
        .findings
        .iter()
        .filter(|f| is_ended(a, f))
        .filter_map(|f| f.ends_on)
        .max();
    Glance {
        dates: ends,
        roles,
        counts,
        last_ended,
    }
}

/// The block in words: (heading, lines) for "your record", "key dates", "because of what
/// you are now" (when the person holds a role a finding concerns) and the counts.
pub fn glance_sections(pack: &RulePack, a: &Assessment, lang: Lang) -> Vec<(String, Vec<String>)> {
    let t = Texts::get(lang);
    let g = glance(pack, a);
    let mut out = vec![(t.plain("glance-record"), record_lines(pack, a, lang))];
    let dates: Vec<String> = g
        .dates
        .iter()
        .map(|k| {
            let what = match (k.kind, k.index.as_slice()) {
                (DateKind::Ends, [one]) => t.msg(
                    "glance-date-ends",
                    &Args::new().with("what", pack.rules[a.findings[*one].rule].summary.get(lang)),
                ),
                (DateKind::Ends, [first, ..]) => t.msg(
                    "glance-date-ends-several",
                    &Args::new().with("n", k.index.len()).with(
                        "what",
                        pack.rules[a.findings[*first].rule].summary.get(lang),
                    ),
                ),
                (DateKind::Proposal, [i, ..]) => t.msg(
                    "glance-date-proposal",
                    &Args::new().with(
                        "title",
                        pack.proposals[a.proposals[*i].proposal].title.get(lang),
                    ),
                ),
                _ => t.plain("glance-date-recidivism"),
            };
            let when = if k.date < a.as_of {
                t.plain("glance-already")
            } else {
                time_until(a.as_of, k.date, lang)
            };
            t.msg(
                "glance-date-line",
                &Args::new()
                    .with("date", k.date.to_string())
                    .with("when", when)
                    .with("what", what),
            )
        })
        .collect();
    let mut dates = dates;
    // Nothing ends on a date any more: say so first, and what that leaves.
    if !g.dates.iter().any(|k| k.kind == DateKind::Ends) {
        let c = g.counts;
        let line = match g.last_ended {
            Some(date) => t.msg(
                if c.lifetime > 0 {
                    "glance-nothing-ends"
                } else {
                    "glance-nothing-left"
                },
                &Args::new()
                    .with("ended", c.ended)
                    .with("date", date.to_string())
                    .with("life", c.lifetime),
            ),
            None => t.plain("glance-no-dates"),
        };
        dates.insert(0, line);
    }
    out.push((t.plain("glance-dates"), dates));
    if !g.roles.is_empty() {
        let lines = g
            .roles
            .iter()
            .map(|&i| {
                let f = &a.findings[i];
                t.msg(
                    "glance-role-line",
                    &Args::new()
                        .with("state", state_words(a, f, lang))
                        .with("what", pack.rules[f.rule].summary.get(lang)),
                )
            })
            .collect();
        out.push((t.plain("glance-roles"), lines));
    }
    let c = g.counts;
    let mut counts = vec![
        t.msg(
            "glance-counts",
            &Args::new()
                .with("life", c.lifetime)
                .with("dated", c.until_date)
                .with("ended", c.ended)
                .with("may", c.may_apply),
        ),
    ];
    if c.local > 0 {
        counts.push(t.msg("glance-counts-local", &Args::new().with("n", c.local)));
    }
    for (why, n) in [
        (Apart::IfYouHold, c.if_you_hold),
        (Apart::FutureCase, c.future_case),
    ] {
        if n > 0 {
            counts.push(t.msg(
                &format!("glance-counts-{}", why.key()),
                &Args::new().with("n", n),
            ));
        }
    }
    out.push((t.plain("glance-counts-title"), counts));
    out
}
