//! The summary's sections in reading order ([`build`]) and those not about single
//! findings: the header, the record, the questions, the proposals, what is not restricted.

use super::PdfOptions;
use super::appendix::{appendix, disclaimer};
use super::figure::timeline_section;
use super::findings::{closed_now, ended, for_life, listed_apart, reopening};
use super::flow::Flow;
use super::style::{BODY, BULLET_W, GREY, H1, H2, INK, PROPOSAL, RULE, SMALL, TINY, TITLE};
use super::wrap::Measure;
use crate::engine::Assessment;
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::{local_coverage, proposal_status, question_lines, record_lines};
use crate::report::view::Apart;
use crate::rules::RulePack;

fn header(flow: &mut Flow, pack: &RulePack, a: &Assessment, options: &PdfOptions) {
    let lang = options.lang;
    let t = Texts::get(lang);
    flow.lead_para("", TITLE, 0.0, &t.plain("pdf-title"), TITLE, 0.0, true);
    flow.para(
        &t.msg(
            "pdf-as-of",
            &Args::new()
                .with("date", a.as_of.to_string())
                .with("version", pack.version.clone()),
        ),
        BODY,
        0.0,
    );
    flow.para(&t.plain("report-not-advice"), BODY.with_color(GREY), 0.0);
    if let Some(line) = local_coverage(pack, a, options.lang) {
        flow.para(&line, BODY.with_color(GREY), 0.0);
    }
    flow.heading(&t.plain("glance-title"), H1);
    for (heading, lines) in crate::report::glance::glance_sections(pack, a, lang) {
        flow.lead_para("", H2, 0.0, &heading, H2, 0.0, true);
        for line in lines {
            flow.bullet(&line, SMALL.with_color(INK), 0.0, false);
        }
    }
    flow.para(
        &t.msg(
            "report-severity",
            &Args::new().with(
                "class",
                t.plain(&format!("severity-{}", a.record.severity.key())),
            ),
        ),
        BODY,
        0.0,
    );
    flow.gap(8.0);
    let labels = [t.plain("pdf-prepared-for"), t.plain("pdf-prepared-by")];
    let label_w = labels
        .iter()
        .map(|l| flow.m.width(l, BODY.size))
        .fold(0.0, f32::max)
        + 8.0;
    flow.form_line(&labels[0], label_w, options.prepared_for.as_deref());
    flow.form_line(&labels[1], label_w, options.prepared_by.as_deref());
    flow.gap(6.0);
    flow.lead_para("", BODY, 0.0, &t.plain("pdf-notes"), BODY, 0.0, true);
    flow.begin_frame(RULE);
    match options
        .notes
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        Some(notes) => flow.para(notes, BODY, 0.0),
        None => {
            for _ in 0..4 {
                flow.ruled_line();
            }
        }
    }
    flow.end_frame();
}

fn record(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    flow.heading(&t.plain("report-record"), H1);
    for (i, line) in record_lines(pack, a, lang).into_iter().enumerate() {
        flow.bullet(&line, BODY, 0.0, false);
        if i == 0 && a.record.sealed {
            flow.para(&t.plain("record-certificate"), SMALL, BULLET_W);
        }
        flow.gap(2.0);
    }
    for step in crate::report::text::record_steps(pack, a, lang) {
        let line = format!("{} {step}", t.plain("report-next-step"));
        flow.para(&line, SMALL, BULLET_W);
    }
}

/// The follow-up questions still open and the answers the case gives.
fn questions(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let (answered, open) = question_lines(pack, a, lang);
    if !open.is_empty() {
        flow.heading(
            &t.msg("report-open-questions", &Args::new().with("n", open.len())),
            H1,
        );
        for q in &open {
            flow.bullet(q, BODY, 0.0, false);
        }
    }
    if !answered.is_empty() {
        flow.heading(&t.plain("report-answers"), H1);
        for q in &answered {
            flow.bullet(q, BODY, 0.0, false);
        }
    }
}

fn proposals(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    if a.proposals.is_empty() {
        return;
    }
    let t = Texts::get(lang);
    flow.heading(&t.plain("report-proposals"), H1);
    flow.lead_para(
        "",
        BODY,
        0.0,
        &t.plain("report-proposals-note"),
        BODY.with_color(PROPOSAL),
        0.0,
        true,
    );
    for p in &a.proposals {
        let prop = &pack.proposals[p.proposal];
        flow.gap(4.0);
        flow.begin_frame(PROPOSAL);
        flow.badge(&t.plain("pdf-proposal-badge"), PROPOSAL);
        flow.lead_para("", BODY, 0.0, prop.title.get(lang), BODY, 0.0, true);
        flow.para(&proposal_status(pack, a, p, lang), BODY, 0.0);
        flow.para(prop.summary.get(lang), SMALL, 0.0);
        flow.para(
            &format!("{} {}", t.plain("report-source"), prop.source),
            TINY,
            0.0,
        );
        flow.end_frame();
    }
}

fn not_restricted(flow: &mut Flow, lang: Lang) {
    let t = Texts::get(lang);
    flow.heading(&t.plain("report-not-restricted"), H1);
    flow.para(&t.plain("report-not-restricted-body"), BODY, 0.0);
}

/// The whole summary as rows, in reading order.
pub(super) fn build<'m>(
    m: &'m Measure,
    pack: &RulePack,
    a: &Assessment,
    options: &PdfOptions,
) -> Flow<'m> {
    let lang = options.lang;
    let mut flow = Flow::new(m);
    header(&mut flow, pack, a, options);
    if options.client_only {
        record(&mut flow, pack, a, lang);
        questions(&mut flow, pack, a, lang);
        disclaimer(&mut flow, lang);
        return flow;
    }
    closed_now(&mut flow, pack, a, lang);
    reopening(&mut flow, pack, a, lang);
    for_life(&mut flow, pack, a, lang);
    ended(&mut flow, pack, a, lang);
    for why in Apart::ALL {
        listed_apart(&mut flow, pack, a, why, lang);
    }
    record(&mut flow, pack, a, lang);
    questions(&mut flow, pack, a, lang);
    proposals(&mut flow, pack, a, lang);
    not_restricted(&mut flow, lang);
    timeline_section(&mut flow, pack, a, lang);
    appendix(&mut flow, pack, a, lang);
    flow
}
