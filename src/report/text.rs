//! The plain-language report of `recordrights check`, and the small texts (the "because
//! you answered…" trace, assumptions, proposal reasons) that every view shares.

use chrono::NaiveDate;

use crate::case::{Fault, Penalty, Role};
use crate::dates;
use crate::engine::{Assessment, Assumption, Finding, Ineligible, ProposalResult, Recidivism};
use crate::i18n::{Args, Lang, Texts};
use crate::rules::{Because, Certainty, RulePack};

/// "Art. 37-1" / "第37条之一".
pub fn article_label(article: &str, lang: Lang) -> String {
    let (main, sub) = match article.split_once('-') {
        Some((m, s)) => (m, Some(s)),
        None => (article, None),
    };
    let t = Texts::get(lang);
    let mut args = Args::new().with("main", main);
    // A number, so that the Chinese selector can pick 一, 二, 三 …
    match sub.map(|s| s.parse::<i64>()) {
        Some(Ok(n)) => args.set("sub", n),
        _ => args.set("sub", sub.unwrap_or("")),
    };
    if sub.is_some() {
        t.msg("article-sub", &args)
    } else {
        t.msg("article", &args)
    }
}

/// The name of a penalty in plain words.
pub fn penalty_name(p: Penalty, lang: Lang) -> String {
    Texts::get(lang).plain(&format!("penalty-{}", p.key().replace('_', "-")))
}

/// The name of a role.
pub fn role_name(r: Role, lang: Lang) -> String {
    Texts::get(lang).plain(&format!("role-{}", r.key().replace('_', "-")))
}

/// One "because you answered…" item.
pub fn because_text(b: &Because, lang: Lang) -> String {
    let t = Texts::get(lang);
    let fault = |f: Fault| t.plain(&format!("fault-{}", f.key()));
    match b {
        Because::Penalty(p) => t.msg(
            "because-penalty",
            &Args::new().with("penalty", penalty_name(*p, lang)),
        ),
        Because::TermAtLeast { term, min } => t.msg(
            "because-term-at-least",
            &Args::new().with("term", *term).with("limit", *min),
        ),
        Because::TermAtMost { term, max } => t.msg(
            "because-term-at-most",
            &Args::new().with("term", *term).with("limit", *max),
        ),
        Because::Suspended(s) => t.plain(if *s {
            "because-suspended"
        } else {
            "because-not-suspended"
        }),
        Because::Fault(f) => t.msg("because-fault", &Args::new().with("fault", fault(*f))),
        Because::Professional(p) => t.plain(if *p {
            "because-professional"
        } else {
            "because-not-professional"
        }),
        Because::Charge(c) => t.msg("because-charge", &Args::new().with("charge", c)),
        Because::Tag { charge, tag } => t.msg(
            "because-tag",
            &Args::new()
                .with("charge", charge)
                .with("tag", t.plain(&format!("tag-{}", tag.replace('_', "-")))),
        ),
        Because::Chapter(ch) => t.msg(
            "because-chapter",
            &Args::new().with("chapter", u32::from(*ch)),
        ),
        Because::Section { chapter, section } => t.msg(
            "because-section",
            &Args::new()
                .with("chapter", u32::from(*chapter))
                .with("section", u32::from(*section)),
        ),
        Because::PoliticalRightsLife(life) => t.plain(if *life {
            "because-political-rights-life"
        } else {
            "because-not-political-rights-life"
        }),
        Because::Article(a) => t.msg(
            "because-article",
            &Args::new().with("article", article_label(a, lang)),
        ),
        Because::AgeBelow { age, limit } => t.msg(
            "because-age-below",
            &Args::new().with("age", *age).with("limit", *limit),
        ),
        Because::AgeAtLeast { age, limit } => t.msg(
            "because-age-at-least",
            &Args::new().with("age", *age).with("limit", *limit),
        ),
        Because::Role(r) => t.msg(
            "because-role",
            &Args::new().with("role", role_name(*r, lang)),
        ),
        Because::PoliticalRights(d) => t.plain(if *d {
            "because-political-rights"
        } else {
            "because-no-political-rights"
        }),
        Because::OccupationalBan => t.plain("because-occupational-ban"),
        Because::Paroled(p) => t.plain(if *p {
            "because-paroled"
        } else {
            "because-not-paroled"
        }),
        Because::Convicted(c) => t.msg("because-convicted", &Args::new().with("charge", c)),
    }
}

/// An assumption in plain words.
pub fn assumption_text(a: &Assumption, charges: &[String], lang: Lang) -> String {
    let t = Texts::get(lang);
    let conv = |i: usize| charges.get(i).cloned().unwrap_or_default();
    match a {
        Assumption::CompletionComputed { conviction, date } => t.msg(
            "assumption-completion-computed",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction))
                .with("date", date.to_string()),
        ),
        Assumption::CompletionUnknown { conviction } => t.msg(
            "assumption-completion-unknown",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction)),
        ),
        Assumption::LicenceRevocationAtOffence { conviction, date } => t.msg(
            "assumption-licence-revocation",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction))
                .with("date", date.to_string()),
        ),
        Assumption::ArticleDiffers {
            conviction,
            given,
            catalogue,
        } => t.msg(
            "assumption-article-differs",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction))
                .with("given", article_label(given, lang))
                .with("catalogue", article_label(catalogue, lang)),
        ),
        Assumption::RecordRuleOpen {
            conviction,
            article,
            law,
            reason,
        } => t.msg(
            "assumption-record-rule-open",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction))
                .with("law", law.clone())
                .with("article", article_label(article, lang))
                .with("reason", reason.get(lang)),
        ),
    }
}

/// Why a proposal would not help, in plain words.
pub fn ineligible_text(
    pack: &RulePack,
    proposal: usize,
    why: &Ineligible,
    charges: &[String],
    lang: Lang,
) -> String {
    let t = Texts::get(lang);
    let p = &pack.proposals[proposal];
    let conv = |i: usize| charges.get(i).cloned().unwrap_or_default();
    match why {
        Ineligible::Excluded(ci, xi) => t.msg(
            "proposal-excluded",
            &Args::new().with("charge", conv(*ci)).with(
                "reason",
                p.exclusions
                    .get(*xi)
                    .map(|x| x.reason.get(lang).to_owned())
                    .unwrap_or_default(),
            ),
        ),
        Ineligible::NoTier(ci) => t.msg("proposal-no-tier", &Args::new().with("charge", conv(*ci))),
        Ineligible::StartUnknown(ci) => t.msg(
            "proposal-start-unknown",
            &Args::new().with("charge", conv(*ci)),
        ),
    }
}

/// "in 3 months" / "in 12 days" from `today` to `day`.
pub fn time_until(today: NaiveDate, day: NaiveDate, lang: Lang) -> String {
    let t = Texts::get(lang);
    let months = dates::months_between(today, day);
    if months >= 1 {
        t.msg("time-in-months", &Args::new().with("n", months))
    } else {
        let days = (day - today).num_days().max(0);
        t.msg("time-in-days", &Args::new().with("n", days))
    }
}

/// "中华人民共和国医师法 第16条" / "中华人民共和国医师法 Art. 16".
pub fn basis_label(pack: &RulePack, rule: usize, lang: Lang) -> String {
    let r = &pack.rules[rule];
    let e = pack.enactment_of(r);
    match lang {
        Lang::ZhCn => format!("{} {}", e.title, article_label(&r.article, lang)),
        // The English title first, with the official Chinese one (the one to look up).
        Lang::EnUs => format!(
            "{} ({}), {}",
            e.title_en,
            e.title,
            article_label(&r.article, lang)
        ),
    }
}

fn finding_block(
    out: &mut String,
    pack: &RulePack,
    a: &Assessment,
    f: &Finding,
    lang: Lang,
    lead: &str,
) {
    let t = Texts::get(lang);
    let rule = &pack.rules[f.rule];
    out.push_str(&format!("  • {lead}{}\n", rule.summary.get(lang)));
    let certainty = match f.certainty {
        Certainty::Applies => t.plain("certainty-applies"),
        Certainty::MayApply => t.plain("certainty-may-apply"),
    };
    out.push_str(&format!(
        "    {} {} · {}\n",
        t.plain("report-basis"),
        basis_label(pack, f.rule, lang),
        certainty
    ));
    if f.certainty == Certainty::MayApply {
        if let Some(note) = &rule.certainty_note {
            out.push_str(&format!(
                "    {} {}\n",
                t.plain("report-why-may"),
                note.get(lang)
            ));
        }
        for &d in &f.doubts {
            out.push_str(&format!(
                "    {} {}\n",
                t.plain("report-why-may"),
                rule.doubts[d].reason.get(lang)
            ));
        }
    }
    if let Some(local) = local_label(pack, f.rule, lang) {
        out.push_str(&format!("    {local}\n"));
    }
    for line in beyond_lines(pack, f.rule, lang) {
        out.push_str(&format!("    {line}\n"));
    }
    for n in &rule.next_steps {
        out.push_str(&format!(
            "    {} {} ({})\n",
            t.plain("report-next-step"),
            n.text.get(lang),
            n.cite
        ));
    }
    for (_, fact) in &f.questions {
        if let Some(q) = pack.question(fact) {
            out.push_str(&format!(
                "    {} {}\n",
                t.plain("report-settled-by"),
                q.text.get(lang)
            ));
        }
    }
    for (ci, items) in &f.trace {
        let answers: Vec<String> = items.iter().map(|b| because_text(b, lang)).collect();
        let sep = t.plain("list-separator");
        out.push_str(&format!(
            "    {}\n",
            t.msg(
                "report-because",
                &Args::new()
                    .with("n", *ci + 1)
                    .with("charge", a.charges.get(*ci).cloned().unwrap_or_default())
                    .with("answers", answers.join(&sep)),
            )
        ));
    }
}

/// The whole plain-text report.
pub fn report(pack: &RulePack, a: &Assessment, lang: Lang) -> String {
    let t = Texts::get(lang);
    let mut out = String::new();
    out.push_str(
        &t.msg(
            "report-title",
            &Args::new()
                .with("date", a.as_of.to_string())
                .with("version", pack.version.clone()),
        ),
    );
    out.push('\n');
    out.push_str(&t.plain("report-not-advice"));
    out.push('\n');
    if let Some(line) = local_coverage(pack, a, lang) {
        out.push_str(&line);
        out.push('\n');
    }

    out.push_str(&t.msg(
        "report-severity",
        &Args::new().with(
            "class",
            t.plain(&format!("severity-{}", a.record.severity.key())),
        ),
    ));
    out.push_str("\n\n");
    out.push_str(&t.plain("glance-title"));
    out.push('\n');
    for (heading, lines) in super::view::glance_sections(pack, a, lang) {
        out.push_str(&format!("  {heading}\n"));
        for line in lines {
            out.push_str(&format!("    • {line}\n"));
        }
    }
    out.push('\n');

    let active: Vec<&Finding> = a.findings.iter().filter(|f| f.active).collect();
    let life: Vec<&&Finding> = active.iter().filter(|f| f.is_lifetime()).collect();
    let mut dated: Vec<&&Finding> = active.iter().filter(|f| f.ends_on.is_some()).collect();
    dated.sort_by_key(|f| f.ends_on);
    let open: Vec<&&Finding> = active
        .iter()
        .filter(|f| !f.is_lifetime() && f.ends_on.is_none())
        .collect();
    let ended: Vec<&Finding> = a.findings.iter().filter(|f| !f.active).collect();

    let heading = |out: &mut String, id: &str, n: usize| {
        out.push_str(&t.msg(id, &Args::new().with("n", n)));
        out.push('\n');
    };
    heading(&mut out, "report-closed-now", active.len());
    if active.is_empty() {
        out.push_str(&format!("  {}\n", t.plain("report-nothing-closed")));
    }
    out.push('\n');
    if !dated.is_empty() {
        heading(&mut out, "report-reopening", dated.len());
        for f in &dated {
            let Some(end) = f.ends_on else { continue };
            let lead = t.msg(
                "report-until",
                &Args::new()
                    .with("date", end.to_string())
                    .with("when", time_until(a.as_of, end, lang)),
            );
            finding_block(&mut out, pack, a, f, lang, &format!("{lead} "));
        }
        out.push('\n');
    }
    if !life.is_empty() {
        heading(&mut out, "report-for-life", life.len());
        for f in &life {
            finding_block(&mut out, pack, a, f, lang, "");
        }
        out.push('\n');
    }
    if !open.is_empty() {
        heading(&mut out, "report-open-end", open.len());
        for f in &open {
            finding_block(&mut out, pack, a, f, lang, "");
        }
        out.push('\n');
    }
    if !ended.is_empty() {
        heading(&mut out, "report-ended", ended.len());
        for f in &ended {
            let lead = crate::report::view::ended_lead(a, f, lang, |d| d.to_string());
            finding_block(&mut out, pack, a, f, lang, &format!("{lead} "));
        }
        out.push('\n');
    }

    record_section(&mut out, pack, a, lang);
    let (answered, open) = question_lines(pack, a, lang);
    if !open.is_empty() {
        out.push_str(&t.msg("report-open-questions", &Args::new().with("n", open.len())));
        out.push('\n');
        for q in &open {
            out.push_str(&format!("  • {q}\n"));
        }
        out.push('\n');
    }
    if !answered.is_empty() {
        out.push_str(&t.plain("report-answers"));
        out.push('\n');
        for q in &answered {
            out.push_str(&format!("  • {q}\n"));
        }
        out.push('\n');
    }
    proposals_section(&mut out, pack, a, lang);

    if !a.assumptions.is_empty() {
        out.push_str(&t.plain("report-assumptions"));
        out.push('\n');
        for x in &a.assumptions {
            out.push_str(&format!("  • {}\n", assumption_text(x, &a.charges, lang)));
        }
        out.push('\n');
    }
    out.push_str(&t.plain("report-not-restricted"));
    out.push('\n');
    out.push_str(&format!("  {}\n", t.plain("report-not-restricted-body")));
    out
}

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
                t.msg(
                    "record-recidivism-until",
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

fn record_section(out: &mut String, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    out.push_str(&t.plain("report-record"));
    out.push('\n');
    for line in record_lines(pack, a, lang) {
        out.push_str(&format!("  • {line}\n"));
    }
    for step in record_steps(pack, a, lang) {
        out.push_str(&format!("    {} {step}\n", t.plain("report-next-step")));
    }
    out.push('\n');
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

fn proposals_section(out: &mut String, pack: &RulePack, a: &Assessment, lang: Lang) {
    if a.proposals.is_empty() {
        return;
    }
    let t = Texts::get(lang);
    out.push_str(&t.plain("report-proposals"));
    out.push('\n');
    out.push_str(&format!("  {}\n", t.plain("report-proposals-note")));
    for p in &a.proposals {
        let prop = &pack.proposals[p.proposal];
        out.push_str(&format!("  • {}\n", prop.title.get(lang)));
        out.push_str(&format!("    {}\n", proposal_status(pack, a, p, lang)));
        out.push_str(&format!(
            "    {} {}\n",
            t.plain("report-source"),
            prop.source
        ));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_labels() {
        assert_eq!(article_label("133-1", Lang::ZhCn), "第133条之一");
        assert_eq!(article_label("37-1", Lang::EnUs), "Art. 37-1");
        assert_eq!(article_label("26", Lang::ZhCn), "第26条");
    }
}
