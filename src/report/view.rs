//! The findings in the order a person reads them, for the text report, the PDF and the
//! summary screen alike: what is closed now (most serious first, grouped by domain), what
//! reopens when, what is listed apart (a status the person may not hold, a future case)
//! and what has ended. The at-a-glance block is in [`super::glance`], the search in
//! [`super::search`].

use chrono::NaiveDate;

use super::text::time_until;
use crate::engine::{Assessment, Finding};
use crate::i18n::{Args, Lang, Texts};
use crate::rules::{Certainty, Domain, RulePack};

/// Why a finding in force is listed apart from what is closed now (and left out of the
/// counts above it, the key dates and the timeline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Apart {
    /// It matters only if the person is ever accused of a new crime.
    FutureCase,
    /// It matters only to someone who holds a position, title, licence or benefit now.
    IfYouHold,
}

impl Apart {
    /// Both, in the order the summary lists them.
    pub const ALL: [Apart; 2] = [Apart::IfYouHold, Apart::FutureCase];

    /// The part of the Fluent ids of its section (`report-{key}`, `summary-{key}`,
    /// `report-{key}-note`, `glance-counts-{key}`).
    pub fn key(self) -> &'static str {
        match self {
            Apart::FutureCase => "future-case",
            Apart::IfYouHold => "if-you-hold",
        }
    }
}

/// Whether a finding is listed apart, and why.
pub fn apart(pack: &RulePack, f: &Finding) -> Option<Apart> {
    let rule = &pack.rules[f.rule];
    if rule.future_case {
        Some(Apart::FutureCase)
    } else if rule.holder_only {
        Some(Apart::IfYouHold)
    } else {
        None
    }
}

pub(super) fn is_ended(a: &Assessment, f: &Finding) -> bool {
    !f.active && f.ends_on.is_some_and(|e| e <= a.as_of)
}

/// What is closed to the person now, in catalogue order: the findings in force, without
/// those listed apart (a future case, a status the person may not hold).
pub fn closed_now<'a>(pack: &RulePack, a: &'a Assessment) -> Vec<&'a Finding> {
    a.findings
        .iter()
        .filter(|f| f.active && apart(pack, f).is_none())
        .collect()
}

/// What is closed now among the findings `keep` accepts, most serious first: what
/// certainly applies before what may apply; within that, what is for life, then the
/// latest end first.
pub fn closed_now_sorted<'a>(
    pack: &RulePack,
    a: &'a Assessment,
    keep: impl Fn(&Finding) -> bool,
) -> Vec<&'a Finding> {
    let mut v = closed_now(pack, a);
    v.retain(|f| keep(f));
    v.sort_by_key(|f| {
        (
            f.certainty == Certainty::MayApply,
            !f.is_lifetime(),
            std::cmp::Reverse(f.ends_on),
        )
    });
    v
}

/// Of `closed`, the restrictions that end on a known day, soonest first.
pub fn reopening<'a>(closed: &[&'a Finding]) -> Vec<&'a Finding> {
    let mut v: Vec<&Finding> = closed
        .iter()
        .copied()
        .filter(|f| f.ends_on.is_some())
        .collect();
    v.sort_by_key(|f| f.ends_on);
    v
}

/// Findings grouped by domain: the domains in their catalogue order, empty ones left out,
/// each group in the order given.
pub fn by_domain<'a>(pack: &RulePack, findings: &[&'a Finding]) -> Vec<(Domain, Vec<&'a Finding>)> {
    Domain::ALL
        .into_iter()
        .map(|d| {
            let group: Vec<&Finding> = findings
                .iter()
                .copied()
                .filter(|f| pack.rules[f.rule].domain == d)
                .collect();
            (d, group)
        })
        .filter(|(_, g)| !g.is_empty())
        .collect()
}

/// The findings in force listed apart for `why`, those with an end date first (soonest
/// first), then those for life.
pub fn listed_apart<'a>(pack: &RulePack, a: &'a Assessment, why: Apart) -> Vec<&'a Finding> {
    let mut v: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| f.active && apart(pack, f) == Some(why))
        .collect();
    v.sort_by_key(|f| (f.ends_on.is_none(), f.ends_on));
    v
}

/// The restrictions that have ended (or are not yet in effect), latest end first: the
/// "no longer restricted" section of the screen and the PDF.
pub fn ended_findings(a: &Assessment) -> Vec<&Finding> {
    let mut done: Vec<&Finding> = a.findings.iter().filter(|f| !f.active).collect();
    done.sort_by_key(|f| std::cmp::Reverse(f.ends_on));
    done
}

/// The lead of an ended finding: "Ended on DATE:" (the date written by `date`) or "Not yet
/// in effect:".
pub fn ended_lead(
    a: &Assessment,
    f: &Finding,
    lang: Lang,
    date: impl Fn(NaiveDate) -> String,
) -> String {
    let t = Texts::get(lang);
    match f.ends_on {
        Some(end) if end <= a.as_of => {
            t.msg("report-ended-on", &Args::new().with("date", date(end)))
        }
        _ => t.plain("report-not-yet"),
    }
}

/// One finding's state in a few words: "for life", "until DATE", "ended on DATE".
pub fn state_words(a: &Assessment, f: &Finding, lang: Lang) -> String {
    let t = Texts::get(lang);
    match (f.active, f.ends_on) {
        (true, _) if f.is_lifetime() => t.plain("glance-for-life"),
        (true, Some(end)) => t.msg(
            "glance-until",
            &Args::new()
                .with("date", end.to_string())
                .with("when", time_until(a.as_of, end, lang)),
        ),
        (true, None) => t.plain("glance-open-end"),
        (false, Some(end)) if end <= a.as_of => t.msg(
            "glance-ended-on",
            &Args::new().with("date", end.to_string()),
        ),
        (false, _) => t.plain("glance-not-yet"),
    }
}
