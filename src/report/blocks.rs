//! Sentence blocks every view shares: whose local rule a finding is and whether it goes
//! beyond national law, the follow-up questions, the record in plain sentences and what
//! can be done about it, a proposal's status.

use crate::engine::{Assessment, ProposalResult, Recidivism};
use crate::i18n::{Args, Lang, Texts};
use crate::rules::RulePack;

use super::words::{article_label, basis_label, ineligible_text};

/// Whether the summary shows local rules for the person's region: a plain line when the
/// region was not given, or when the rule base has no local rules for it; `None` when
/// it does.
pub fn local_coverage(pack: &RulePack, a: &Assessment, lang: Lang) -> Option<String> {
    let t = Texts::get(lang);
    let Some(province) = a.province.and_then(crate::regions::province) else {
        return Some(t.plain("local-none-given"));
    };
    if pack
        .enactments
        .iter()
        .any(|e| e.jurisdiction == province.numeric)
    {
        return None;
    }
    Some(t.msg(
        "local-not-covered",
        &Args::new().with("place", lang.pick(province.zh, province.en)),
    ))
}

/// For a local rule: whose rule it is and what kind of norm ("A rule of Shanghai (local
/// regulation)"); `None` for national rules.
pub fn local_label(pack: &RulePack, rule: usize, lang: Lang) -> Option<String> {
    let t = Texts::get(lang);
    let e = pack.enactment_of(&pack.rules[rule]);
    let kind = e.local_kind?;
    let place = match e.city.as_deref().and_then(crate::regions::city) {
        Some(c) => lang.pick(c.zh, c.en).to_owned(),
        None => crate::regions::province(&e.jurisdiction).map_or_else(
            || e.jurisdiction.clone(),
            |p| lang.pick(p.zh, p.en).to_owned(),
        ),
    };
    Some(
        t.msg(
            "local-rule-of",
            &Args::new()
                .with("place", place)
                .with("kind", t.plain(&format!("local-kind-{}", kind.key()))),
        ),
    )
}

/// For a local rule that goes beyond national law: the analysis and the higher provision
/// it is measured against (title, article), marked as analysis rather than law.
pub fn beyond_lines(pack: &RulePack, rule: usize, lang: Lang) -> Vec<String> {
    let t = Texts::get(lang);
    let Some(h) = pack.rules[rule]
        .higher_law
        .as_ref()
        .filter(|h| h.goes_beyond)
    else {
        return Vec::new();
    };
    let mut out = vec![format!(
        "{} {}",
        t.plain("beyond-national-law"),
        h.analysis.get(lang)
    )];
    match (&h.title, &h.article) {
        (Some(title), Some(article)) => out.push(
            t.msg(
                "beyond-compared-with",
                &Args::new()
                    .with("law", title.clone())
                    .with("article", article_label(article, lang)),
            ),
        ),
        _ => out.push(t.plain("beyond-no-higher-law")),
    }
    out.push(t.plain("beyond-is-analysis"));
    out
}

/// The follow-up questions in plain sentences: the answers the case gives, and the
/// questions still open with how many findings each would settle.
pub fn question_lines(pack: &RulePack, a: &Assessment, lang: Lang) -> (Vec<String>, Vec<String>) {
    let t = Texts::get(lang);
    let charge = |ci: usize| a.charges.get(ci).cloned().unwrap_or_default();
    let answered = a
        .answers
        .iter()
        .filter_map(|(ci, fact, v)| {
            let q = pack.question(fact)?;
            Some(
                t.msg(
                    "report-answer",
                    &Args::new()
                        .with("n", *ci + 1)
                        .with("charge", charge(*ci))
                        .with("question", q.text.get(lang))
                        .with(
                            "answer",
                            t.plain(if *v { "answer-yes" } else { "answer-no" }),
                        ),
                ),
            )
        })
        .collect();
    let open = a
        .open_questions
        .iter()
        .filter_map(|oq| {
            let q = pack.question(&oq.fact)?;
            Some(
                t.msg(
                    "report-open-question",
                    &Args::new()
                        .with("n", oq.conviction + 1)
                        .with("charge", charge(oq.conviction))
                        .with("question", q.text.get(lang))
                        .with("count", oq.resolves.len()),
                ),
            )
        })
        .collect();
    (answered, open)
}

/// The record block in plain sentences: sealing, the duty to report, the recidivism
/// window and, where it applies, the sealing of public-security violation records.
pub fn record_lines(pack: &RulePack, a: &Assessment, lang: Lang) -> Vec<String> {
    let t = Texts::get(lang);
    let r = &a.record;
    let with_basis = |id: &str, rules: &[usize]| {
        let mut v: Vec<String> = rules.iter().map(|&x| basis_label(pack, x, lang)).collect();
        v.dedup();
        t.msg(
            id,
            &Args::new().with("basis", v.join(&t.plain("list-separator"))),
        )
    };
    let mut lines = vec![
        if r.sealed {
            with_basis("record-sealed", &r.sealing_basis)
        } else if r.partly_sealed {
            with_basis("record-partly-sealed", &r.sealing_basis)
        } else {
            t.plain("record-not-sealed")
        },
        if r.must_disclose {
            with_basis("record-must-disclose", &r.disclosure_basis)
        } else if r.disclosure_basis.is_empty() {
            t.plain("record-no-disclosure-rule")
        } else {
            with_basis("record-no-disclosure", &r.disclosure_basis)
        },
        match r.recidivism {
            Recidivism::None => t.plain("record-recidivism-none"),
            Recidivism::NotYetStarted => {
                with_basis("record-recidivism-not-started", &r.recidivism_basis)
            }
            Recidivism::Until(d) => {
                let mut v: Vec<String> = r
                    .recidivism_basis
                    .iter()
                    .map(|&x| basis_label(pack, x, lang))
                    .collect();
                v.dedup();
                // The window has closed: say so, not "before DATE" in the past.
                let key = if d <= a.as_of {
                    "record-recidivism-closed"
                } else {
                    "record-recidivism-until"
                };
                t.msg(
                    key,
                    &Args::new()
                        .with("date", d.to_string())
                        .with("basis", v.join(&t.plain("list-separator"))),
                )
            }
            Recidivism::Never => with_basis("record-recidivism-never", &r.recidivism_basis),
        },
    ];
    if !r.violation_records_basis.is_empty() {
        lines.push(with_basis(
            "record-violations-sealed",
            &r.violation_records_basis,
        ));
    }
    lines
}

/// Whether and from when a proposal would help, in one sentence.
pub fn proposal_status(pack: &RulePack, a: &Assessment, p: &ProposalResult, lang: Lang) -> String {
    let t = Texts::get(lang);
    match (p.eligible, p.earliest_on, &p.ineligible) {
        (true, Some(d), _) => {
            let id = if p.automatic {
                "proposal-eligible-automatic"
            } else {
                "proposal-eligible-application"
            };
            t.msg(id, &Args::new().with("date", d.to_string()))
        }
        (_, _, Some(why)) => ineligible_text(pack, p.proposal, why, &a.charges, lang),
        _ => t.plain("proposal-not-eligible"),
    }
}

/// What the person can do about the record itself: the next steps of the rules the
/// record block rests on (sealing, the duty to report, the recidivism window), each once,
/// with its citation.
pub fn record_steps(pack: &RulePack, a: &Assessment, lang: Lang) -> Vec<String> {
    let r = &a.record;
    let mut out: Vec<String> = Vec::new();
    for &rule in r
        .sealing_basis
        .iter()
        .chain(&r.disclosure_basis)
        .chain(&r.recidivism_basis)
    {
        for n in &pack.rules[rule].next_steps {
            let line = format!("{} ({})", n.text.get(lang), n.cite);
            if !out.contains(&line) {
                out.push(line);
            }
        }
    }
    out
}
