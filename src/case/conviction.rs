//! Checking one `[[conviction]]` table: the sentence against the limits of the Criminal
//! Law (term, suspension, probation, political rights, occupational ban) and the dates
//! in order (age at the offence, judgment, completion, parole).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use toml::Spanned;

use super::limits::{self, SUSPENDABLE_MAX_MONTHS};
use super::parse::{Checker, RawConviction};
use super::{
    CaseField, Conviction, ConvictionKey, ConvictionLines, Penalty, PersonKey, PoliticalRights,
};
use crate::dates;
use crate::error::Problem;

/// Checks conviction `index` (0-based; `conviction[1]` in messages), pushing every
/// problem; `None` when its offence or judgment date is unusable.
pub(super) fn check_conviction(
    ck: &mut Checker<'_>,
    index: usize,
    spanned: &Spanned<RawConviction>,
    birth: Option<NaiveDate>,
    birth_line: usize,
) -> Option<Conviction> {
    let raw = spanned.get_ref();
    let f = |k: ConvictionKey| CaseField::Conviction(index, k);
    let mut lines = ConvictionLines::default();
    lines
        .keys
        .insert(ConvictionKey::Charge, ck.line(&raw.charge));
    let mut facts = BTreeMap::new();
    for (k, v) in &raw.facts {
        lines.facts.insert(k.get_ref().clone(), ck.line(k));
        facts.insert(k.get_ref().clone(), *v.get_ref());
    }
    let charge = raw.charge.get_ref().trim().to_owned();
    if charge.is_empty() {
        let line = ck.line(&raw.charge);
        ck.push(
            line,
            f(ConvictionKey::Charge),
            Problem::Empty("charge".into()),
        );
    }
    let offence = ck.date(f(ConvictionKey::OffenceDate), &raw.offence_date);
    lines
        .keys
        .insert(ConvictionKey::OffenceDate, ck.line(&raw.offence_date));
    let judgment = ck.date(f(ConvictionKey::JudgmentDate), &raw.judgment_date);
    lines
        .keys
        .insert(ConvictionKey::JudgmentDate, ck.line(&raw.judgment_date));
    let completed_on = raw.completed_on.as_ref().and_then(|s| {
        lines.keys.insert(ConvictionKey::CompletedOn, ck.line(s));
        ck.date(f(ConvictionKey::CompletedOn), s)
    });
    let paroled_on = raw.paroled_on.as_ref().and_then(|s| {
        lines.keys.insert(ConvictionKey::ParoledOn, ck.line(s));
        ck.date(f(ConvictionKey::ParoledOn), s)
    });
    let penalty = *raw.penalty.get_ref();
    let penalty_line = ck.line(&raw.penalty);
    lines.keys.insert(ConvictionKey::Penalty, penalty_line);
    let suspended = raw.suspended.as_ref().is_some_and(|s| *s.get_ref());

    // Term.
    let mut term_months = None;
    match (&raw.term_months, penalty.term_limits()) {
        (None, Some(_)) => ck.push(
            penalty_line,
            f(ConvictionKey::TermMonths),
            Problem::MissingTerm,
        ),
        (Some(t), Some((min, max))) => {
            lines.keys.insert(ConvictionKey::TermMonths, ck.line(t));
            term_months = ck
                .months(
                    f(ConvictionKey::TermMonths),
                    t,
                    min.into(),
                    max.into(),
                    Problem::TermOutOfRange { min, max },
                )
                .map(|v| v as u32);
        }
        (Some(t), None) if *t.get_ref() != 0 => {
            let line = ck.line(t);
            ck.push(line, f(ConvictionKey::TermMonths), Problem::TermNotAllowed);
        }
        _ => {}
    }

    // Suspension and probation (Criminal Law Arts. 72, 73).
    let mut probation_months = None;
    if suspended {
        let s_line = raw.suspended.as_ref().map_or(penalty_line, |s| ck.line(s));
        let can_suspend = match penalty {
            Penalty::Detention => true,
            Penalty::FixedTerm => term_months.is_none_or(|t| t <= SUSPENDABLE_MAX_MONTHS),
            _ => false,
        };
        if !can_suspend {
            ck.push(
                s_line,
                f(ConvictionKey::Suspended),
                Problem::SuspensionNotAllowed,
            );
        }
        match &raw.probation_months {
            None => ck.push(
                s_line,
                f(ConvictionKey::ProbationMonths),
                Problem::SuspendedWithoutProbation,
            ),
            Some(p) => {
                lines
                    .keys
                    .insert(ConvictionKey::ProbationMonths, ck.line(p));
                let (min, max) = match (penalty, term_months) {
                    (Penalty::Detention, Some(t)) => (
                        t.max(limits::DETENTION_PROBATION_MIN_MONTHS),
                        limits::DETENTION_PROBATION_MAX_MONTHS,
                    ),
                    (Penalty::FixedTerm, Some(t)) => (
                        t.max(limits::FIXED_TERM_PROBATION_MIN_MONTHS),
                        limits::FIXED_TERM_PROBATION_MAX_MONTHS,
                    ),
                    _ => (1, limits::FIXED_TERM_PROBATION_MAX_MONTHS),
                };
                probation_months = ck
                    .months(
                        f(ConvictionKey::ProbationMonths),
                        p,
                        min.into(),
                        max.into(),
                        Problem::ProbationOutOfRange { min, max },
                    )
                    .map(|v| v as u32);
            }
        }
    } else if let Some(p) = &raw.probation_months
        && *p.get_ref() != 0
    {
        let line = ck.line(p);
        ck.push(
            line,
            f(ConvictionKey::ProbationMonths),
            Problem::ProbationWithoutSuspension,
        );
    }

    if let Some(p) = &raw.political_rights_months {
        lines
            .keys
            .insert(ConvictionKey::PoliticalRightsMonths, ck.line(p));
    }
    // Imposed alone, the deprivation is the sentence: one to five years (Criminal Law
    // Arts. 55, 56 para. 2); for life only with death or life imprisonment (Art. 57).
    let alone_out_of_range = penalty == Penalty::PoliticalRightsOnly
        && raw
            .political_rights_months
            .as_ref()
            .is_none_or(|p| !limits::POLITICAL_RIGHTS_ALONE_MONTHS.contains(p.get_ref()));
    let political_rights = match &raw.political_rights_months {
        _ if alone_out_of_range => {
            let line = raw
                .political_rights_months
                .as_ref()
                .map_or(penalty_line, |p| ck.line(p));
            ck.push(
                line,
                f(ConvictionKey::PoliticalRightsMonths),
                Problem::PoliticalRightsAloneOutOfRange,
            );
            PoliticalRights::None
        }
        None => PoliticalRights::None,
        Some(p) => match *p.get_ref() {
            -1 => PoliticalRights::Life,
            0 => PoliticalRights::None,
            m if limits::POLITICAL_RIGHTS_MONTHS.contains(&m) => PoliticalRights::Months(m as u32),
            _ => {
                let line = ck.line(p);
                ck.push(
                    line,
                    f(ConvictionKey::PoliticalRightsMonths),
                    Problem::PoliticalRightsOutOfRange,
                );
                PoliticalRights::None
            }
        },
    };
    let occupational_ban_months = match &raw.occupational_ban_months {
        None => 0,
        Some(p) => match *p.get_ref() {
            0 => 0,
            m if limits::OCCUPATIONAL_BAN_MONTHS.contains(&m) => m as u32,
            _ => {
                let line = ck.line(p);
                ck.push(
                    line,
                    f(ConvictionKey::OccupationalBanMonths),
                    Problem::OccupationalBanOutOfRange,
                );
                0
            }
        },
    };

    // Dates in order.
    if let (Some(b), Some(o)) = (birth, offence) {
        match dates::criminal_age(b, o) {
            None => ck.push(
                birth_line,
                CaseField::Person(PersonKey::BirthDate),
                Problem::BirthAfterOffence,
            ),
            Some(age) if age < limits::MIN_CRIMINAL_AGE => {
                let line = ck.line(&raw.offence_date);
                ck.push(line, f(ConvictionKey::OffenceDate), Problem::TooYoung(age));
            }
            _ => {}
        }
    }
    if let (Some(o), Some(j)) = (offence, judgment)
        && j < o
    {
        let line = ck.line(&raw.judgment_date);
        ck.push(
            line,
            f(ConvictionKey::JudgmentDate),
            Problem::JudgmentBeforeOffence,
        );
    }
    if let (Some(j), Some(c)) = (judgment, completed_on)
        && c < j
    {
        let line = lines
            .keys
            .get(&ConvictionKey::CompletedOn)
            .copied()
            .unwrap_or(penalty_line);
        ck.push(
            line,
            f(ConvictionKey::CompletedOn),
            Problem::CompletionBeforeJudgment,
        );
    }
    if let Some(p) = paroled_on {
        let line = lines
            .keys
            .get(&ConvictionKey::ParoledOn)
            .copied()
            .unwrap_or(penalty_line);
        if !matches!(
            penalty,
            Penalty::FixedTerm | Penalty::Life | Penalty::DeathSuspended
        ) || suspended
        {
            ck.push(
                line,
                f(ConvictionKey::ParoledOn),
                Problem::ParoleNotPossible,
            );
        } else if judgment.is_some_and(|j| p < j) || completed_on.is_some_and(|c| p > c) {
            ck.push(
                line,
                f(ConvictionKey::ParoledOn),
                Problem::ParoleOutsideSentence,
            );
        }
    }

    Some(Conviction {
        charge,
        article: raw
            .article
            .as_ref()
            .map(|a| a.get_ref().trim().to_owned())
            .filter(|a| !a.is_empty()),
        offence_date: offence?,
        judgment_date: judgment?,
        fault: raw.fault,
        professional: raw.professional,
        penalty,
        term_months,
        suspended,
        probation_months,
        political_rights,
        occupational_ban_months,
        completed_on,
        paroled_on,
        facts,
        lines,
    })
}
