//! The assessment engine: a pure function from (rule pack, case, as-of date) to an
//! [`Assessment`]. It does no IO and keeps no state; the caller renders the result.

use chrono::NaiveDate;

use crate::case::{Case, Conviction, Penalty, PoliticalRights};
use crate::catalogue::Charge;
use crate::dates;
use crate::error::{InputError, InputErrors, Problem};
use crate::rules::{
    Anchor, Because, CaseMonths, Certainty, Duration, Facts, RecordEffect, Rule, RulePack,
};

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
            Penalty::Exempted | Penalty::FineOnly | Penalty::Control | Penalty::Detention => {
                Severity::Petty
            }
            Penalty::FixedTerm if c.term_months.unwrap_or(0) <= 36 => Severity::Minor,
            _ => Severity::Serious,
        }
    }
}

/// One consequence that applies to the case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Index of the rule in [`RulePack::rules`].
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
    /// `lifetime` | `fixed` | `range` | `while_serving`.
    pub duration: &'static str,
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
    /// Indexes (into [`RulePack::rules`]) of the rules whose findings the answer settles.
    pub resolves: Vec<usize>,
}

impl Finding {
    /// For life (no end), as opposed to an end not yet known.
    pub fn is_lifetime(&self) -> bool {
        self.duration == "lifetime"
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
    /// Index into [`RulePack::proposals`].
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

/// A date computed from a start point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    On(NaiveDate),
    /// Not known yet (a sentence without a known end).
    Unknown,
    /// Never (deprivation of political rights for life).
    Never,
}

impl When {
    fn plus(self, months: u32) -> When {
        match self {
            When::On(d) => dates::add_months(d, months).map_or(When::Unknown, When::On),
            other => other,
        }
    }
}

/// Dates derived once per conviction.
struct Timeline {
    completion: When,
    release: When,
    pr_start: When,
    pr_end: Option<When>,
}

fn timeline(c: &Conviction) -> Timeline {
    let completion = c.completion().map_or(When::Unknown, |(d, _)| When::On(d));
    let release = c.paroled_on.map_or(completion, When::On);
    // Criminal Law Arts. 55, 58: concurrent with control; from release after
    // imprisonment or detention; from the judgment when imposed alone or with a
    // suspended sentence (nothing is served before it).
    let pr_start = match c.penalty {
        Penalty::Control | Penalty::Exempted | Penalty::FineOnly => When::On(c.judgment_date),
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

fn anchor(c: &Conviction, t: &Timeline, from: Anchor) -> When {
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
fn period(
    rule: &Rule,
    c: &Conviction,
    t: &Timeline,
) -> Option<(Option<NaiveDate>, When, Option<NaiveDate>, &'static str)> {
    let on = |w: When| match w {
        When::On(d) => Some(d),
        _ => None,
    };
    Some(match rule.duration {
        Duration::Lifetime { from } => (on(anchor(c, t, from)), When::Never, None, "lifetime"),
        Duration::WhileServing => (Some(c.judgment_date), t.completion, None, "while_serving"),
        Duration::Fixed { from, months } => {
            let a = anchor(c, t, from);
            if a == When::Never {
                (None, When::Never, None, "lifetime")
            } else {
                (on(a), a.plus(months), None, "fixed")
            }
        }
        Duration::Range {
            from,
            min_months,
            max_months,
        } => {
            let a = anchor(c, t, from);
            if a == When::Never {
                (None, When::Never, None, "lifetime")
            } else {
                (on(a), a.plus(max_months), on(a.plus(min_months)), "range")
            }
        }
        Duration::FromCase {
            source: CaseMonths::PoliticalRights,
            ..
        } => match c.political_rights {
            PoliticalRights::None => return None,
            PoliticalRights::Life => (Some(c.judgment_date), When::Never, None, "lifetime"),
            PoliticalRights::Months(_) => (
                on(t.pr_start),
                t.pr_end.unwrap_or(When::Unknown),
                None,
                "fixed",
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
            (on(a), a.plus(c.occupational_ban_months), None, "fixed")
        }
    })
}

/// Resolves each conviction's charge; unknown charges are input errors naming the line.
pub fn resolve<'p>(
    pack: &'p RulePack,
    case: &Case,
    file: &str,
) -> Result<Vec<&'p Charge>, InputErrors> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (i, c) in case.convictions.iter().enumerate() {
        for fact in c.facts.keys() {
            if pack.question(fact).is_none() {
                errors.push(InputError::new(
                    file,
                    c.line(&format!("facts.{fact}")),
                    Some(format!("conviction[{}].facts", i + 1)),
                    Problem::UnknownFact {
                        name: fact.clone(),
                        known: pack.questions.iter().map(|q| q.id.clone()).collect(),
                    },
                ));
            }
        }
        match pack.charges.find(&c.charge) {
            Some(ch) => out.push(ch),
            None => errors.push(InputError::new(
                file,
                c.line("charge"),
                Some(format!("conviction[{}].charge", i + 1)),
                Problem::UnknownCharge {
                    name: c.charge.clone(),
                    suggestion: pack.charges.suggest(&c.charge).map(str::to_owned),
                },
            )),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(InputErrors(errors))
    }
}

/// Assesses a case on a day. `file` names the case in error messages.
pub fn assess(
    pack: &RulePack,
    case: &Case,
    as_of: NaiveDate,
    file: &str,
) -> Result<Assessment, InputErrors> {
    if as_of < pack.earliest_as_of {
        return Err(InputError::new(
            file,
            None,
            Some("as_of".into()),
            Problem::AsOfTooEarly {
                as_of: as_of.to_string(),
                earliest: pack.earliest_as_of.to_string(),
            },
        )
        .into());
    }
    let charges = resolve(pack, case, file)?;
    let mut assumptions = Vec::new();
    let facts: Vec<Facts<'_>> = case
        .convictions
        .iter()
        .zip(&charges)
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
                "lifetime"
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

fn record_block(
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

fn proposal(
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
