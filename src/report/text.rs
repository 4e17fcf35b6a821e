//! The plain-language report of `recordrights check`. The small texts every view shares
//! (`words`: labels, the "because you answered…" trace, assumptions) and the shared
//! sentence blocks (`blocks`: local rules, questions, the record) are re-exported here.

use crate::engine::{Assessment, Finding};
use crate::i18n::{Args, Lang, Texts};
use crate::rules::{Certainty, RulePack};

pub use super::blocks::*;
pub use super::words::*;

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
    for (heading, lines) in super::glance::glance_sections(pack, a, lang) {
        out.push_str(&format!("  {heading}\n"));
        for line in lines {
            out.push_str(&format!("    • {line}\n"));
        }
    }
    out.push('\n');

    let active = super::view::closed_now(pack, a);
    let life: Vec<&&Finding> = active.iter().filter(|f| f.is_lifetime()).collect();
    let dated = super::view::reopening(&active);
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
    for why in super::view::Apart::ALL {
        let apart = super::view::listed_apart(pack, a, why);
        if apart.is_empty() {
            continue;
        }
        heading(&mut out, &format!("report-{}", why.key()), apart.len());
        let note = t.plain(&format!("report-{}-note", why.key()));
        out.push_str(&format!("  {note}\n"));
        for f in &apart {
            let lead = super::view::state_words(a, f, lang);
            finding_block(
                &mut out,
                pack,
                a,
                f,
                lang,
                &format!("{lead}{} ", t.plain("lead-colon").trim_end()),
            );
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
