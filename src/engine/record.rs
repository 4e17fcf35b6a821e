//! The record block: severity, sealing, the duty to report the record, the recidivism
//! window and the sealing of public-security violation records.

use chrono::NaiveDate;

use super::periods::{Timeline, When, period};
use super::{Recidivism, Record, Severity};
use crate::case::Case;
use crate::rules::{Facts, RecordEffect, RulePack};

pub(super) fn record_block(
    pack: &RulePack,
    case: &Case,
    facts: &[Facts<'_>],
    timelines: &[Timeline],
    hits: &[(usize, usize, RecordEffect)],
) -> Record {
    let severity = case
        .convictions
        .iter()
        .map(Severity::of)
        .max()
        .unwrap_or(Severity::Petty);
    let rules_for = |effect: RecordEffect, conviction: Option<usize>| -> Vec<usize> {
        let mut v: Vec<usize> = hits
            .iter()
            .filter(|(_, ci, e)| *e == effect && conviction.is_none_or(|c| c == *ci))
            .map(|(r, _, _)| *r)
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let n = facts.len();
    let sealed_each: Vec<bool> = (0..n)
        .map(|i| !rules_for(RecordEffect::Sealed, Some(i)).is_empty())
        .collect();
    let sealed = n > 0 && sealed_each.iter().all(|&s| s);
    let partly_sealed = !sealed && sealed_each.iter().any(|&s| s);
    let sealing_basis = if sealed || partly_sealed {
        rules_for(RecordEffect::Sealed, None)
    } else {
        Vec::new()
    };

    let mut must_disclose = false;
    for i in 0..n {
        let duty = !rules_for(RecordEffect::DisclosureDuty, Some(i)).is_empty();
        let exempt = !rules_for(RecordEffect::DisclosureExempt, Some(i)).is_empty();
        must_disclose |= duty && !exempt;
    }
    let mut disclosure_basis = rules_for(RecordEffect::DisclosureDuty, None);
    if !must_disclose {
        disclosure_basis.extend(rules_for(RecordEffect::DisclosureExempt, None));
    }

    let special = rules_for(RecordEffect::RecidivismSpecial, None);
    let general = rules_for(RecordEffect::RecidivismGeneral, None);
    let (recidivism, recidivism_basis) = if !special.is_empty() {
        (Recidivism::Never, special)
    } else if general.is_empty() {
        (Recidivism::None, Vec::new())
    } else {
        let mut latest: Option<NaiveDate> = None;
        let mut unknown = false;
        for &(ri, ci, effect) in hits {
            if effect != RecordEffect::RecidivismGeneral {
                continue;
            }
            match period(&pack.rules[ri], facts[ci].conviction, &timelines[ci]) {
                Some((_, When::On(end), _, _)) => latest = latest.max(Some(end)),
                _ => unknown = true,
            }
        }
        let r = match (unknown, latest) {
            (true, _) => Recidivism::NotYetStarted,
            (false, Some(d)) => Recidivism::Until(d),
            (false, None) => Recidivism::None,
        };
        (r, general)
    };
    let violation_records_basis = rules_for(RecordEffect::ViolationRecordsSealed, None);
    Record {
        severity,
        sealed,
        sealing_basis,
        partly_sealed,
        must_disclose,
        disclosure_basis,
        recidivism,
        recidivism_basis,
        violation_records_basis,
    }
}
