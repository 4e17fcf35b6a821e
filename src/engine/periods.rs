//! Dates of one conviction (completion, release, political rights) and the period of one
//! rule for it: anchors, fixed periods, ranges, periods taken from the judgment.

use chrono::NaiveDate;

use crate::case::{Conviction, Penalty, PoliticalRights};
use crate::dates;
use crate::rules::{Anchor, CaseMonths, Duration, DurationKind, Rule};

/// A date computed from a start point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
    On(NaiveDate),
    /// Not known yet (a sentence without a known end).
    Unknown,
    /// Never (deprivation of political rights for life).
    Never,
}

impl When {
    pub(super) fn plus(self, months: u32) -> When {
        match self {
            When::On(d) => dates::add_months(d, months).map_or(When::Unknown, When::On),
            other => other,
        }
    }
}

/// Dates derived once per conviction.
pub(super) struct Timeline {
    completion: When,
    release: When,
    pr_start: When,
    pr_end: Option<When>,
}

pub(super) fn timeline(c: &Conviction) -> Timeline {
    let completion = c.completion().map_or(When::Unknown, |(d, _)| When::On(d));
    let release = c.paroled_on.map_or(completion, When::On);
    // Criminal Law Arts. 55, 58: concurrent with control; from release after
    // imprisonment or detention; from the judgment when imposed alone or with a
    // suspended sentence (nothing is served before it).
    let pr_start = match c.penalty {
        Penalty::Control | Penalty::Exempted | Penalty::FineOnly | Penalty::PoliticalRightsOnly => {
            When::On(c.judgment_date)
        }
        _ if c.suspended => When::On(c.judgment_date),
        _ => release,
    };
    let pr_end = match c.political_rights {
        PoliticalRights::None => None,
        PoliticalRights::Life => Some(When::Never),
        PoliticalRights::Months(m) => Some(pr_start.plus(m)),
    };
    Timeline {
        completion,
        release,
        pr_start,
        pr_end,
    }
}

pub(super) fn anchor(c: &Conviction, t: &Timeline, from: Anchor) -> When {
    match from {
        Anchor::Completion => t.completion,
        Anchor::Release => t.release,
        Anchor::PoliticalRightsEnd => t.pr_end.unwrap_or(t.completion),
        Anchor::Judgment => When::On(c.judgment_date),
        Anchor::Offence | Anchor::LicenceRevocation => When::On(c.offence_date),
    }
}

/// Start, end, earliest end and kind of one rule for one conviction; `None` when the
/// judgment sets no such period (e.g. no occupational ban).
pub(super) fn period(
    rule: &Rule,
    c: &Conviction,
    t: &Timeline,
) -> Option<(Option<NaiveDate>, When, Option<NaiveDate>, DurationKind)> {
    let on = |w: When| match w {
        When::On(d) => Some(d),
        _ => None,
    };
    Some(match rule.duration {
        Duration::Lifetime { from } => (
            on(anchor(c, t, from)),
            When::Never,
            None,
            DurationKind::Lifetime,
        ),
        Duration::WhileServing => (
            Some(c.judgment_date),
            t.completion,
            None,
            DurationKind::WhileServing,
        ),
        Duration::Fixed { from, months } => {
            let a = anchor(c, t, from);
            if a == When::Never {
                (None, When::Never, None, DurationKind::Lifetime)
            } else {
                (on(a), a.plus(months), None, DurationKind::Fixed)
            }
        }
        Duration::Range {
            from,
            min_months,
            max_months,
        } => {
            let a = anchor(c, t, from);
            if a == When::Never {
                (None, When::Never, None, DurationKind::Lifetime)
            } else {
                (
                    on(a),
                    a.plus(max_months),
                    on(a.plus(min_months)),
                    DurationKind::Range,
                )
            }
        }
        Duration::FromCase {
            source: CaseMonths::PoliticalRights,
            ..
        } => match c.political_rights {
            PoliticalRights::None => return None,
            PoliticalRights::Life => (
                Some(c.judgment_date),
                When::Never,
                None,
                DurationKind::Lifetime,
            ),
            PoliticalRights::Months(_) => (
                on(t.pr_start),
                t.pr_end.unwrap_or(When::Unknown),
                None,
                DurationKind::Fixed,
            ),
        },
        Duration::FromCase {
            from,
            source: CaseMonths::OccupationalBan,
        } => {
            if c.occupational_ban_months == 0 {
                return None;
            }
            let a = anchor(c, t, from);
            (
                on(a),
                a.plus(c.occupational_ban_months),
                None,
                DurationKind::Fixed,
            )
        }
    })
}
