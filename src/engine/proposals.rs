//! What each reform proposal would mean for the case: excluded, no tier, or eligible
//! from a date.

use chrono::NaiveDate;

use super::periods::{Timeline, When, anchor};
use super::{Ineligible, ProposalResult};
use crate::rules::{Facts, RulePack};

pub(super) fn proposal(
    pack: &RulePack,
    pi: usize,
    facts: &[Facts<'_>],
    timelines: &[Timeline],
) -> ProposalResult {
    let p = &pack.proposals[pi];
    let mut result = ProposalResult {
        proposal: pi,
        eligible: false,
        earliest_on: None,
        automatic: true,
        tiers: Vec::new(),
        ineligible: None,
    };
    let mut latest: Option<NaiveDate> = None;
    for (ci, f) in facts.iter().enumerate() {
        if let Some(xi) = p.exclusions.iter().position(|x| x.when.check(f).is_some()) {
            result.ineligible = Some(Ineligible::Excluded(ci, xi));
            return result;
        }
        let Some(ti) = p.tiers.iter().position(|t| t.when.check(f).is_some()) else {
            result.ineligible = Some(Ineligible::NoTier(ci));
            return result;
        };
        let tier = &p.tiers[ti];
        result.tiers.push((ci, ti));
        result.automatic &= tier.automatic;
        match anchor(f.conviction, &timelines[ci], tier.from).plus(tier.wait_months) {
            When::On(d) => latest = latest.max(Some(d)),
            _ => {
                result.ineligible = Some(Ineligible::StartUnknown(ci));
                return result;
            }
        }
    }
    result.eligible = latest.is_some();
    result.earliest_on = latest;
    result
}
