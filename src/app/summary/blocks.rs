//! The blocks of the summary around the cards: at a glance, "Can I work as …?", the
//! record, the reform proposals, and the modal with the text report.

use egui::{Color32, RichText, Ui};

use super::super::widgets::badge;
use super::super::{App, Command};
use crate::engine::Assessment;
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::{basis_label, proposal_status, record_lines};
use crate::rules::RulePack;

/// The answer first: the person's record, the key dates, what concerns a role they hold,
/// the counts (the same block as the top of the text report and page 1 of the PDF).
/// The at-a-glance block; when follow-up questions would settle what "may apply", a
/// button under it sets `jump` to bring them into view.
pub(super) fn glance_ui(pack: &RulePack, a: &Assessment, lang: Lang, ui: &mut Ui, jump: &mut bool) {
    let t = Texts::get(lang);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width() - 12.0);
        ui.label(RichText::new(t.plain("glance-title")).heading());
        for (heading, lines) in crate::report::glance::glance_sections(pack, a, lang) {
            ui.label(RichText::new(heading).strong());
            for line in lines {
                ui.label(format!("• {line}"));
            }
        }
        let n = a.open_questions.len();
        if n > 0
            && ui
                .button(t.msg("glance-answer-questions", &Args::new().with("n", n)))
                .clicked()
        {
            *jump = true;
        }
    });
}

/// "Can I work as …?": a search over the whole rule base, answered for this case. The
/// query lives in egui's memory for the window (it is not part of the case).
pub(super) fn search_ui(pack: &RulePack, a: &Assessment, lang: Lang, ui: &mut Ui) {
    let t = Texts::get(lang);
    let id = egui::Id::unique("summary-search-query");
    let mut query: String = ui.data_mut(|d| d.get_temp(id).unwrap_or_default());
    crate::app::widgets::text_field(
        ui,
        &t.plain("search-label"),
        &mut query,
        &t.plain("search-hint"),
        260.0,
    );
    ui.data_mut(|d| d.insert_temp(id, query.clone()));
    let query = query.trim();
    if query.is_empty() {
        return;
    }
    let hits = crate::report::search::search(pack, a, query);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width() - 12.0);
        if hits.is_empty() {
            ui.label(t.msg("search-none", &Args::new().with("query", query)));
            return;
        }
        ui.label(
            RichText::new(t.msg(
                "search-count",
                &Args::new().with("n", hits.len()).with("query", query),
            ))
            .strong(),
        );
        for hit in hits.iter().take(12) {
            let line = crate::report::search::hit_words(pack, a, hit, lang);
            let color = match hit.finding.map(|i| &a.findings[i]) {
                Some(f) if f.active && f.is_lifetime() => Color32::from_rgb(200, 70, 70),
                Some(f) if f.active => Color32::from_rgb(60, 130, 200),
                _ => Color32::from_rgb(60, 150, 90),
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("●").color(color));
                ui.label(line);
            });
            ui.label(RichText::new(basis_label(pack, hit.rule, lang)).weak());
        }
    });
}

pub(super) fn record_ui(pack: &RulePack, a: &Assessment, lang: Lang, ui: &mut Ui) {
    let t = Texts::get(lang);
    ui.label(RichText::new(t.plain("report-record")).heading());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width() - 12.0);
        for (i, line) in record_lines(pack, a, lang).into_iter().enumerate() {
            ui.label(format!("• {line}"));
            if i == 0 && a.record.sealed {
                ui.label(format!("  {}", t.plain("record-certificate")));
            }
        }
        for step in crate::report::text::record_steps(pack, a, lang) {
            ui.label(format!("{} {step}", t.plain("report-next-step")));
        }
    });
}

pub(super) fn proposals_ui(pack: &RulePack, a: &Assessment, lang: Lang, ui: &mut Ui) {
    let t = Texts::get(lang);
    ui.label(RichText::new(t.plain("report-proposals")).heading());
    ui.label(
        RichText::new(t.plain("report-proposals-note"))
            .strong()
            .color(Color32::from_rgb(200, 120, 30)),
    );
    for p in &a.proposals {
        let prop = &pack.proposals[p.proposal];
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width() - 12.0);
            ui.horizontal_wrapped(|ui| {
                badge(
                    ui,
                    &t.plain("proposal-badge"),
                    Color32::from_rgb(200, 120, 30),
                );
                ui.label(RichText::new(prop.title.get(lang)).strong());
            });
            let line = proposal_status(pack, a, p, lang);
            ui.label(line);
            ui.label(RichText::new(prop.summary.get(lang)).weak());
            ui.label(
                RichText::new(format!("{} {}", t.plain("report-source"), prop.source))
                    .small()
                    .weak(),
            );
        });
    }
}

/// The verbatim text of a rule in a modal; Esc or the button closes it.
pub(in crate::app) fn text_modal_ui(app: &App, ctx: &egui::Context, commands: &mut Vec<Command>) {
    let Some(r) = app.summary.text_open else {
        return;
    };
    let Ok(pack) = &app.pack else { return };
    let Some(rule) = pack.rules.get(r) else {
        return;
    };
    let lang = app.lang();
    let t = Texts::get(lang);
    let e = pack.enactment_of(rule);
    let modal = egui::Modal::new(egui::Id::unique("rule-text")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(basis_label(pack, r, lang));
        if let Some(p) = &rule.paragraph {
            ui.label(t.msg("text-paragraph", &Args::new().with("paragraph", p.clone())));
        }
        egui::ScrollArea::vertical()
            .max_height(380.0)
            .show(ui, |ui| {
                ui.label(&rule.text);
            });
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!("{} {}", t.plain("report-source"), e.source))
                .small()
                .weak(),
        );
        ui.label(
            RichText::new(t.msg(
                "text-verified",
                &Args::new().with("date", e.last_verified.to_string()),
            ))
            .small()
            .weak(),
        );
        if ui.button(t.plain("text-close")).clicked() {
            commands.push(Command::CloseText);
        }
    });
    if modal.should_close() {
        commands.push(Command::CloseText);
    }
}
