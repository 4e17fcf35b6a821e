//! What the two timeline pictures (the screen's and the PDF's) share: where a bar starts
//! and the years the picture spans. The drawing is each view's own.

use chrono::{Datelike, NaiveDate};

use crate::engine::{Assessment, Finding};

/// Where a finding's bar starts: its period's start, or the day it applies from if that
/// is earlier (or if the period has no known start).
pub fn start_of(f: &Finding) -> NaiveDate {
    f.starts_on
        .map_or(f.applies_from, |s| s.min(f.applies_from))
}

/// The days a timeline of `rows` spans: from 1 January of the year of the earliest start
/// (or of the as-of day, if earlier) to 1 January two years after the latest of the ends,
/// the as-of day and the proposals' earliest dates.
pub fn span(a: &Assessment, rows: &[&Finding]) -> (NaiveDate, NaiveDate) {
    let first = rows
        .iter()
        .map(|f| start_of(f))
        .min()
        .unwrap_or(a.as_of)
        .min(a.as_of);
    let last = rows
        .iter()
        .filter_map(|f| f.ends_on)
        .chain(a.proposals.iter().filter_map(|p| p.earliest_on))
        .max()
        .unwrap_or(a.as_of)
        .max(a.as_of);
    let x0 = NaiveDate::from_ymd_opt(first.year(), 1, 1).unwrap_or(first);
    let x1 = NaiveDate::from_ymd_opt(last.year() + 2, 1, 1).unwrap_or(last);
    (x0, x1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Case, EXAMPLE};
    use crate::rules::RulePack;

    /// The dangerous-driving example: the first bar starts in 2024 (the offence), the last
    /// restriction ends on 2035-01-10 (ten years after completion), so the picture runs
    /// from 1 January 2024 to 1 January 2037.
    #[test]
    fn the_span_runs_from_the_first_start_to_two_years_past_the_last_end() {
        let pack = RulePack::embedded().unwrap_or_else(|e| panic!("{e}"));
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default();
        let a = Case::parse_resolved(&pack, "example", EXAMPLE)
            .and_then(|c| crate::engine::assess(&c, day))
            .unwrap_or_else(|e| panic!("{e}"));
        let rows: Vec<&Finding> = a.findings.iter().collect();
        let last_end = rows.iter().filter_map(|f| f.ends_on).max();
        assert_eq!(last_end, NaiveDate::from_ymd_opt(2035, 1, 10));
        assert_eq!(
            span(&a, &rows),
            (
                NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default(),
                NaiveDate::from_ymd_opt(2037, 1, 1).unwrap_or_default()
            )
        );
        // With nothing to draw, the picture still shows the as-of day.
        assert_eq!(
            span(&a, &[]).0,
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default()
        );
    }
}
