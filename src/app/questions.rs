//! "Answer N questions to narrow this down": the follow-up questions still open for the
//! case, each with Yes / No / I don't know and how many findings its answer settles; the
//! answers given can be changed or taken back. Answers go into the case (its
//! `[conviction.facts]`), so they are saved with it.

use egui::{RichText, Ui};

use super::Command;
use crate::engine::Assessment;
use crate::i18n::{Args, Lang, Texts};
use crate::rules::RulePack;

/// The questions block of the summary.
pub(super) fn questions_ui(
    pack: &RulePack,
    a: &Assessment,
    lang: Lang,
    ui: &mut Ui,
    commands: &mut Vec<Command>,
    jump: &mut bool,
) {
    let t = Texts::get(lang);
    if a.open_questions.is_empty() && a.answers.is_empty() {
        return;
    }
    let charge = |ci: usize| a.charges.get(ci).cloned().unwrap_or_default();
    let several = a.charges.len() > 1;
    let title = ui.label(
        RichText::new(t.msg(
            "questions-title",
            &Args::new().with("n", a.open_questions.len()),
        ))
        .heading(),
    );
    if std::mem::take(jump) {
        title.scroll_to_me(Some(egui::Align::TOP));
    }
    if !a.open_questions.is_empty() {
        ui.label(RichText::new(t.plain("questions-help")).weak());
    }
    for q in &a.open_questions {
        let Some(question) = pack.question(&q.fact) else {
            continue;
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            if several {
                ui.label(
                    RichText::new(
                        t.msg(
                            "questions-about",
                            &Args::new()
                                .with("n", q.conviction + 1)
                                .with("charge", charge(q.conviction)),
                        ),
                    )
                    .weak(),
                );
            }
            ui.label(RichText::new(question.text.get(lang)).strong());
            ui.label(question.why.get(lang));
            ui.horizontal_wrapped(|ui| {
                for (label, answer) in
                    [("questions-yes", Some(true)), ("questions-no", Some(false))]
                {
                    let button = ui.button(t.plain(label));
                    if button.clicked() {
                        commands.push(Command::AnswerFact {
                            conviction: q.conviction,
                            fact: q.fact.clone(),
                            answer,
                        });
                    }
                }
                ui.label(
                    RichText::new(t.msg(
                        "questions-settles",
                        &Args::new().with("n", q.resolves.len()),
                    ))
                    .weak(),
                );
            });
        });
    }
    if !a.answers.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new(t.plain("report-answers")).strong());
        for (ci, fact, v) in &a.answers {
            let Some(question) = pack.question(fact) else {
                continue;
            };
            ui.horizontal_wrapped(|ui| {
                let answer = t.plain(if *v { "answer-yes" } else { "answer-no" });
                ui.label(format!("{} {answer}", question.text.get(lang)));
                if ui.button(t.plain("questions-dont-know")).clicked() {
                    commands.push(Command::AnswerFact {
                        conviction: *ci,
                        fact: fact.clone(),
                        answer: None,
                    });
                }
            });
        }
    }
}
