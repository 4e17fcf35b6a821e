//! The appendix: the verbatim text of every cited article, the assumptions the program
//! made, and the disclaimer.

use super::findings::active_findings;
use super::flow::Flow;
use super::style::{BODY, H1, H2, SMALL, TINY, TITLE};
use crate::engine::Assessment;
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::{assumption_text, basis_label};
use crate::rules::RulePack;

/// Every rule the summary cites, in the order it first cites them: the active findings,
/// the record's bases, then the findings shown only in the timeline. Rules that quote the
/// same article with the same text appear once.
fn cited_rules(pack: &RulePack, a: &Assessment) -> Vec<usize> {
    let r = &a.record;
    let order = active_findings(pack, a)
        .into_iter()
        .map(|f| f.rule)
        .chain(r.sealing_basis.iter().copied())
        .chain(r.disclosure_basis.iter().copied())
        .chain(r.recidivism_basis.iter().copied())
        .chain(r.violation_records_basis.iter().copied())
        .chain(a.findings.iter().map(|f| f.rule));
    let mut seen: Vec<(usize, &str, &Option<String>, &str)> = Vec::new();
    let mut out = Vec::new();
    for i in order {
        let Some(rule) = pack.rules.get(i) else {
            continue;
        };
        let key = (
            rule.enactment,
            rule.article.as_str(),
            &rule.paragraph,
            rule.text.as_str(),
        );
        if !seen.contains(&key) {
            seen.push(key);
            out.push(i);
        }
    }
    out
}

pub(super) fn appendix(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    flow.page_break();
    flow.lead_para("", TITLE, 0.0, &t.plain("pdf-appendix"), TITLE, 0.0, true);
    flow.heading(&t.plain("pdf-articles"), H1);
    flow.para(&t.plain("pdf-articles-note"), SMALL, 0.0);
    for i in cited_rules(pack, a) {
        let rule = &pack.rules[i];
        let e = pack.enactment_of(rule);
        flow.gap(6.0);
        flow.lead_para("", H2, 0.0, &basis_label(pack, i, lang), H2, 0.0, true);
        if lang == Lang::EnUs && !e.title_en.is_empty() {
            flow.lead_para("", SMALL, 0.0, &e.title_en, SMALL, 0.0, true);
        }
        if let Some(p) = &rule.paragraph {
            flow.lead_para(
                "",
                SMALL,
                0.0,
                &t.msg("pdf-paragraph", &Args::new().with("paragraph", p.clone())),
                SMALL,
                0.0,
                true,
            );
        }
        flow.para(&rule.text, BODY, 0.0);
        flow.para(
            &format!("{} {}", t.plain("report-source"), e.source),
            TINY,
            0.0,
        );
        flow.para(
            &t.msg(
                "pdf-verified",
                &Args::new().with("date", e.last_verified.to_string()),
            ),
            TINY,
            0.0,
        );
    }

    flow.heading(&t.plain("report-assumptions"), H1);
    if a.assumptions.is_empty() {
        flow.para(&t.plain("pdf-no-assumptions"), BODY, 0.0);
    }
    for x in &a.assumptions {
        flow.bullet(&assumption_text(x, &a.charges, lang), BODY, 0.0, false);
    }

    disclaimer(flow, lang);
}

pub(super) fn disclaimer(flow: &mut Flow, lang: Lang) {
    let t = Texts::get(lang);
    flow.heading(&t.plain("pdf-disclaimer-title"), H1);
    flow.para(&t.plain("pdf-disclaimer"), BODY, 0.0);
}
