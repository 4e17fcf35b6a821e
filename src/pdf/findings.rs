//! The sections about the findings: what is closed now (a card per finding), what
//! reopens on which date, what is closed for life, what has ended; and the helpers that
//! order and describe findings.

use super::flow::Flow;
use super::style::{BODY, BULLET_W, H1, H2, INK, SMALL};
use crate::engine::{Assessment, Finding};
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::{basis_label, because_text, beyond_lines, local_label, time_until};
use crate::report::view::Apart;
use crate::rules::{Certainty, DurationKind, RulePack};

/// "Until 2027-01-10 (in 2 months)", "for life", "ends between … and …".
fn duration_text(a: &Assessment, f: &Finding, lang: Lang) -> String {
    let t = Texts::get(lang);
    match (f.duration, f.ends_on, f.ends_on_earliest) {
        (DurationKind::Lifetime, _, _) => t.plain("duration-lifetime"),
        (DurationKind::Range, Some(hi), Some(lo)) => t.msg(
            "pdf-between",
            &Args::new()
                .with("from", lo.to_string())
                .with("to", hi.to_string()),
        ),
        (_, Some(end), _) => t.msg(
            "pdf-until",
            &Args::new()
                .with("date", end.to_string())
                .with("when", time_until(a.as_of, end, lang)),
        ),
        (DurationKind::WhileServing, None, _) => t.plain("duration-while-serving"),
        _ => t.plain("pdf-end-unknown"),
    }
}

fn certainty_text(c: Certainty, lang: Lang) -> String {
    Texts::get(lang).plain(match c {
        Certainty::Applies => "certainty-applies",
        Certainty::MayApply => "certainty-may-apply",
    })
}

/// The active findings in the order of the summary screen: what certainly applies
/// first, then lifetime before dated, the latest end first.
/// What is closed now (without the rules about a future case), the certain ones first.
pub(super) fn active_findings<'a>(pack: &RulePack, a: &'a Assessment) -> Vec<&'a Finding> {
    crate::report::view::closed_now_sorted(pack, a, |_| true)
}

/// One active finding as a card: sentence, duration and certainty, basis, why only
/// "may apply", and the answers that triggered it.
fn card(flow: &mut Flow, pack: &RulePack, a: &Assessment, f: &Finding, lang: Lang) {
    let t = Texts::get(lang);
    let rule = &pack.rules[f.rule];
    let sub = BULLET_W;
    flow.bullet(rule.summary.get(lang), BODY, 0.0, true);
    flow.lead_para(
        "",
        SMALL,
        0.0,
        &format!(
            "{} · {} · {} {}",
            duration_text(a, f, lang),
            certainty_text(f.certainty, lang),
            t.plain("report-basis"),
            basis_label(pack, f.rule, lang)
        ),
        SMALL.with_color(INK),
        sub,
        true,
    );
    if f.certainty == Certainty::MayApply {
        let mut why: Vec<String> = rule
            .certainty_note
            .iter()
            .map(|n| n.get(lang).to_owned())
            .collect();
        why.extend(
            f.doubts
                .iter()
                .map(|&d| rule.doubts[d].reason.get(lang).to_owned()),
        );
        for w in why {
            flow.lead_para(
                "",
                SMALL,
                0.0,
                &format!("{} {}", t.plain("report-why-may"), w),
                SMALL.with_color(INK),
                sub,
                true,
            );
        }
    }
    let local = local_label(pack, f.rule, lang).into_iter();
    for line in local.chain(beyond_lines(pack, f.rule, lang)) {
        flow.lead_para("", SMALL, 0.0, &line, SMALL.with_color(INK), sub, true);
    }
    let settles = f.questions.iter().filter_map(|(_, q)| pack.question(q));
    for q in settles {
        let line = format!("{} {}", t.plain("report-settled-by"), q.text.get(lang));
        flow.lead_para("", SMALL, 0.0, &line, SMALL.with_color(INK), sub, true);
    }
    for n in &rule.next_steps {
        let line = format!(
            "{} {} ({})",
            t.plain("report-next-step"),
            n.text.get(lang),
            n.cite
        );
        flow.lead_para("", SMALL, 0.0, &line, SMALL.with_color(INK), sub, true);
    }
    for (ci, items) in &f.trace {
        let answers: Vec<String> = items.iter().map(|b| because_text(b, lang)).collect();
        let line = t.msg(
            "report-because",
            &Args::new()
                .with("n", *ci + 1)
                .with("charge", a.charges.get(*ci).cloned().unwrap_or_default())
                .with("answers", answers.join(&t.plain("list-separator"))),
        );
        flow.lead_para("", SMALL, 0.0, &line, SMALL, sub, true);
    }
    flow.release_last();
    flow.gap(5.0);
}

pub(super) fn closed_now(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let active = active_findings(pack, a);
    flow.heading(
        &t.msg("report-closed-now", &Args::new().with("n", active.len())),
        H1,
    );
    if active.is_empty() {
        flow.para(&t.plain("report-nothing-closed"), BODY, 0.0);
    }
    for (domain, in_domain) in crate::report::view::by_domain(pack, &active) {
        flow.gap(3.0);
        flow.lead_para(
            "",
            H2,
            0.0,
            &format!(
                "{} ({})",
                t.plain(&format!("domain-{}", domain.key())),
                in_domain.len()
            ),
            H2,
            0.0,
            true,
        );
        for f in in_domain {
            card(flow, pack, a, f, lang);
        }
    }
}

pub(super) fn reopening(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let dated = crate::report::view::reopening(&crate::report::view::closed_now(pack, a));
    flow.heading(&t.plain("report-reopening"), H1);
    if dated.is_empty() {
        flow.para(&t.plain("pdf-nothing-reopens"), BODY, 0.0);
    }
    let date_w = flow.m.width("0000-00-00", BODY.size) + 12.0;
    for f in dated {
        let Some(end) = f.ends_on else { continue };
        let rule = &pack.rules[f.rule];
        flow.lead_para(
            &end.to_string(),
            BODY,
            date_w,
            rule.summary.get(lang),
            BODY,
            0.0,
            true,
        );
        small_line(
            flow,
            &format!(
                "{} · {}",
                time_until(a.as_of, end, lang),
                basis_label(pack, f.rule, lang)
            ),
            date_w,
        );
        flow.gap(3.0);
    }
}

pub(super) fn for_life(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let life: Vec<&Finding> = active_findings(pack, a)
        .into_iter()
        .filter(|f| f.is_lifetime())
        .collect();
    flow.heading(&t.plain("report-for-life"), H1);
    if life.is_empty() {
        flow.para(&t.plain("pdf-nothing-for-life"), BODY, 0.0);
    }
    for f in life {
        flow.bullet(pack.rules[f.rule].summary.get(lang), BODY, 0.0, true);
        small_line(
            flow,
            &format!(
                "{} · {}",
                basis_label(pack, f.rule, lang),
                certainty_text(f.certainty, lang)
            ),
            BULLET_W,
        );
        flow.gap(3.0);
    }
}

/// A small line under the one above, indented by `indent` (a finding's basis, its dates).
fn small_line(flow: &mut Flow, text: &str, indent: f32) {
    flow.lead_para("", SMALL, 0.0, text, SMALL, indent, false);
}

/// One finding as a bullet line (`lead` and its summary) with its legal basis below.
fn line_with_basis(flow: &mut Flow, pack: &RulePack, f: &Finding, lead: &str, lang: Lang) {
    flow.bullet(
        &format!("{lead} {}", pack.rules[f.rule].summary.get(lang)),
        BODY,
        0.0,
        true,
    );
    small_line(flow, &basis_label(pack, f.rule, lang), BULLET_W);
    flow.gap(3.0);
}

/// Restrictions that have ended (or are not yet in effect): good news the person came for.
pub(super) fn ended(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let done = crate::report::view::ended_findings(a);
    if done.is_empty() {
        return;
    }
    flow.heading(&t.plain("report-ended"), H1);
    for f in done {
        let lead = crate::report::view::ended_lead(a, f, lang, |d| d.to_string());
        line_with_basis(flow, pack, f, &lead, lang);
    }
}

/// The rules listed apart (a status the person may not hold, a future case): one line
/// each, with the state ("for life", "until DATE") and the basis.
pub(super) fn listed_apart(
    flow: &mut Flow,
    pack: &RulePack,
    a: &Assessment,
    why: Apart,
    lang: Lang,
) {
    let t = Texts::get(lang);
    let apart = crate::report::view::listed_apart(pack, a, why);
    if apart.is_empty() {
        return;
    }
    flow.heading(
        &t.msg(
            &format!("report-{}", why.key()),
            &Args::new().with("n", apart.len()),
        ),
        H1,
    );
    flow.para(&t.plain(&format!("report-{}-note", why.key())), SMALL, 0.0);
    for f in apart {
        let state = crate::report::view::state_words(a, f, lang);
        let lead = format!("{state}{}", t.plain("lead-colon").trim_end());
        line_with_basis(flow, pack, f, &lead, lang);
    }
}
