//! A rule's `[rule.duration]`: its kind, its anchor and its months, checked to fit.

use super::raw::RawDuration;
use crate::rules::{Anchor, Duration};

pub(super) fn duration(d: &RawDuration) -> Result<Duration, String> {
    let from = d.from.unwrap_or(Anchor::Completion);
    let total = |y: Option<u32>, m: Option<u32>| -> Option<u32> {
        if y.is_none() && m.is_none() {
            return None;
        }
        y.unwrap_or(0).checked_mul(12)?.checked_add(m.unwrap_or(0))
    };
    let fixed = total(d.years, d.months);
    let min = total(d.min_years, d.min_months);
    let max = total(d.max_years, d.max_months);
    let no_range = min.is_none() && max.is_none();
    match d.kind.as_str() {
        "lifetime" if fixed.is_none() && no_range && d.months_from_case.is_none() => {
            Ok(Duration::Lifetime { from })
        }
        "while_serving" if fixed.is_none() && no_range && d.months_from_case.is_none() => {
            Ok(Duration::WhileServing)
        }
        "fixed" if no_range => match (fixed, d.months_from_case) {
            (Some(0), None) => Err("a fixed period of 0 months".into()),
            (Some(months), None) => Ok(Duration::Fixed { from, months }),
            (None, Some(source)) => Ok(Duration::FromCase { from, source }),
            (Some(_), Some(_)) => Err("both a period and months_from_case".into()),
            (None, None) => Err("kind = \"fixed\" needs years/months or months_from_case".into()),
        },
        "range" if fixed.is_none() && d.months_from_case.is_none() => match (min, max) {
            (Some(a), Some(b)) if a < b => Ok(Duration::Range {
                from,
                min_months: a,
                max_months: b,
            }),
            _ => Err("kind = \"range\" needs min < max".into()),
        },
        "lifetime" | "while_serving" | "fixed" | "range" => {
            Err(format!("fields that do not fit kind = {:?}", d.kind))
        }
        other => Err(format!(
            "unknown kind {other:?} (lifetime | fixed | range | while_serving)"
        )),
    }
}
