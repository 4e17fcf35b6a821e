//! The assessment engine: a pure function from (rule pack, case, as-of date) to an
//! [`Assessment`]. It does no IO and keeps no state; the caller renders the result.
//!
//! [`assess()`] runs the loop over the rules in force and the convictions; `periods` turns
//! a rule's duration into dates, `record` builds the record block and `proposals` checks
//! the reform proposals.

mod assess;
mod periods;
mod proposals;
mod record;

use chrono::NaiveDate;

use crate::case::limits::SUSPENDABLE_MAX_MONTHS;
use crate::case::{Conviction, Penalty};
use crate::rules::{Because, Certainty, DurationKind};

pub use assess::assess;

/// The format tag of the JSON assessment.
pub const ASSESSMENT_FORMAT: &str = "recordrights-assessment/1";

/// The three-tier severity classification of the literature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Exemption, fine only, control, detention or a suspended sentence.
    Petty,
    /// Fixed-term imprisonment of three years or less.
    Minor,
    /// More than three years, life, death with reprieve.
    Serious,
}

impl Severity {
    /// The key used in the JSON.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Petty => "petty",
            Severity::Minor => "minor",
            Severity::Serious => "serious",
        }
    }

    /// The class of one conviction.
    pub fn of(c: &Conviction) -> Severity {
        if c.suspended {
            return Severity::Petty;
        }
        match c.penalty {
            Penalty::Exempted
            | Penalty::FineOnly
            | Penalty::PoliticalRightsOnly
            | Penalty::Control
            | Penalty::Detention => Severity::Petty,
            Penalty::FixedTerm if c.term_months.unwrap_or(0) <= SUSPENDABLE_MAX_MONTHS => {
                Severity::Minor
            }
            _ => Severity::Serious,
        }
    }
}

/// One consequence that applies to the case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Index of the rule in [`RulePack::rules`](crate::rules::RulePack::rules).
    pub rule: usize,
    /// Applies or may apply.
    pub certainty: Certainty,
    /// The doubts that made it "may apply" (indexes into the rule's doubts).
    pub doubts: Vec<usize>,
    /// The day its period is counted from (`None` when not yet known).
    pub starts_on: Option<NaiveDate>,
    /// First day it no longer applies (`None`: for life, or not yet known).
    pub ends_on: Option<NaiveDate>,
    /// Earliest end of a range.
    pub ends_on_earliest: Option<NaiveDate>,
    /// Lifetime, fixed, range or while serving (for life when the start never comes).
    pub duration: DurationKind,
    /// Restricts the person on the as-of date.
    pub active: bool,
    /// The day it began to restrict the person (the judgment taking effect).
    pub applies_from: NaiveDate,
    /// For each conviction that triggered it, the answers that did.
    pub trace: Vec<(usize, Vec<Because>)>,
    /// The questions still open that would settle it: (conviction, fact id).
    pub questions: Vec<(usize, String)>,
}

/// A follow-up question the case has not answered that would change a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenQuestion {
    /// Fact id.
    pub fact: String,
    /// Index of the conviction it is asked about.
    pub conviction: usize,
    /// Indexes (into [`RulePack::rules`](crate::rules::RulePack::rules)) of the rules
    /// whose findings the answer settles.
    pub resolves: Vec<usize>,
}

impl Finding {
    /// For life (no end), as opposed to an end not yet known.
    pub fn is_lifetime(&self) -> bool {
        self.duration == DurationKind::Lifetime
    }
}

/// The general recidivism window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recidivism {
    /// Neither rule applies.
    None,
    /// A new offence before this day can make the person a recidivist.
    Until(NaiveDate),
    /// The window starts only when a sentence without a known end is completed.
    NotYetStarted,
    /// The special rule for national-security, terrorist and organised-crime offences.
    Never,
}

/// The record block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Severity class of the case (the most severe conviction).
    pub severity: Severity,
    /// Sealed by law in force.
    pub sealed: bool,
    /// Rules that seal it.
    pub sealing_basis: Vec<usize>,
    /// Some but not all convictions are sealed.
    pub partly_sealed: bool,
    /// The Criminal Law duty to report the record applies.
    pub must_disclose: bool,
    /// Rules behind `must_disclose` (duty or exemption).
    pub disclosure_basis: Vec<usize>,
    /// Recidivism window.
    pub recidivism: Recidivism,
    /// Rules behind the recidivism window.
    pub recidivism_basis: Vec<usize>,
    /// Rules that seal records of public-security violations (not criminal records).
    pub violation_records_basis: Vec<usize>,
}

/// Why a proposal would not help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ineligible {
    /// A conviction falls under an exclusion (conviction, exclusion index).
    Excluded(usize, usize),
    /// No tier covers a conviction.
    NoTier(usize),
    /// The start of the waiting period is not known yet.
    StartUnknown(usize),
}

/// What a proposal would mean for the case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalResult {
    /// Index into [`RulePack::proposals`](crate::rules::RulePack::proposals).
    pub proposal: usize,
    /// Whether the case would qualify.
    pub eligible: bool,
    /// From when.
    pub earliest_on: Option<NaiveDate>,
    /// Without application.
    pub automatic: bool,
    /// The tier used for each conviction (conviction, tier index).
    pub tiers: Vec<(usize, usize)>,
    /// Why not.
    pub ineligible: Option<Ineligible>,
}

/// Something the engine assumed because the case did not say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assumption {
    /// `completed_on` was computed from the judgment and the term or probation.
    CompletionComputed {
        /// Conviction index.
        conviction: usize,
        /// The computed date.
        date: NaiveDate,
    },
    /// A life sentence or death with reprieve without a completion date.
    CompletionUnknown {
        /// Conviction index.
        conviction: usize,
    },
    /// A period counted from the revocation of a driving licence was counted from the offence.
    LicenceRevocationAtOffence {
        /// Conviction index.
        conviction: usize,
        /// The offence date used.
        date: NaiveDate,
    },
    /// The article in the file differs from the catalogue's article of the charge.
    ArticleDiffers {
        /// Conviction index.
        conviction: usize,
        /// As given.
        given: String,
        /// As catalogued.
        catalogue: String,
    },
    /// A record rule (special recidivism, sealing) matched, but one of its doubts too,
    /// so the record block does not rely on it.
    RecordRuleOpen {
        /// Conviction index.
        conviction: usize,
        /// Article of the rule, e.g. `66`.
        article: String,
        /// Title of the enactment.
        law: String,
        /// Why it may not apply.
        reason: crate::rules::Bilingual,
    },
}

/// The whole assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// The reference date.
    pub as_of: NaiveDate,
    /// Findings, in rule-file order.
    pub findings: Vec<Finding>,
    /// The record block.
    pub record: Record,
    /// Proposals.
    pub proposals: Vec<ProposalResult>,
    /// Questions not yet answered that would change at least one finding, in the order
    /// of the catalogue, then by conviction.
    pub open_questions: Vec<OpenQuestion>,
    /// The answers the case gives: (conviction, fact id, answer).
    pub answers: Vec<(usize, String, bool)>,
    /// The province of the person's household registration (numeric code), if given.
    pub province: Option<&'static str>,
    /// Assumptions made.
    pub assumptions: Vec<Assumption>,
    /// The charge of each conviction, by index into the catalogue's list.
    pub charges: Vec<String>,
}
