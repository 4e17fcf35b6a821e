//! The conviction: the charge (picked from the catalogue), the dates, the fault, and
//! adding or removing a conviction.

use egui::{RichText, Ui};

use super::{current_conviction, field_errors};
use crate::app::widgets::{date_field, text_field};
use crate::app::{App, Command, Step};
use crate::case::{CaseField, ConvictionKey, Fault};
use crate::i18n::{Args, Texts};
use crate::report::text::article_label;

/// The conviction screen's own state.
#[derive(Debug, Default)]
pub struct ChargePicker {
    /// The charge picker's search text.
    pub query: String,
}

/// The screen of the conviction being edited.
pub(in crate::app) fn ui(app: &mut App, ui: &mut Ui, commands: &mut Vec<Command>) {
    let lang = app.lang();
    let t = Texts::get(lang);
    let i = current_conviction(app);
    let problems = app.step_problems(Step::Conviction);
    let n = app.answers.convictions.len();
    ui.heading(t.msg(
        "conviction-title",
        &Args::new().with("n", i + 1).with("total", n),
    ));
    ui.label(t.plain("conviction-intro"));
    ui.add_space(8.0);

    // The charge picker.
    let chosen = app.answers.convictions[i].charge.clone();
    ui.label(RichText::new(t.plain("conviction-charge")).strong());
    if let Ok(pack) = &app.pack {
        if let Some(c) = pack.charges.find(&chosen) {
            ui.label(
                t.msg(
                    "conviction-charge-chosen",
                    &Args::new()
                        .with("charge", c.name.clone())
                        .with("article", article_label(&c.article, lang))
                        .with("chapter", u32::from(c.chapter)),
                ),
            );
        }
        let search = text_field(
            ui,
            &t.plain("conviction-charge-search"),
            &mut app.charge_picker.query,
            &t.plain("conviction-charge-search-hint"),
            260.0,
        );
        let _ = search;
        let hits = pack.charges.search(&app.charge_picker.query);
        let shown = 40;
        egui::ScrollArea::vertical()
            .id_salt("charges")
            .max_height(180.0)
            .show(ui, |ui| {
                for c in hits.iter().take(shown) {
                    let row = t.msg(
                        "conviction-charge-row",
                        &Args::new()
                            .with("charge", c.name.clone())
                            .with("article", article_label(&c.article, lang))
                            .with("chapter", u32::from(c.chapter)),
                    );
                    if ui.selectable_label(c.name == chosen, row).clicked() {
                        app.answers.convictions[i].charge = c.name.clone();
                        app.answers.convictions[i].fault = None;
                    }
                }
            });
        if hits.len() > shown {
            ui.label(
                RichText::new(t.msg(
                    "conviction-charge-more",
                    &Args::new().with("n", hits.len() - shown),
                ))
                .weak(),
            );
        }
        if hits.is_empty() {
            ui.label(t.plain("conviction-charge-none"));
        }
    }
    field_errors(
        app,
        ui,
        &problems,
        CaseField::Conviction(i, ConvictionKey::Charge),
        false,
    );
    ui.add_space(8.0);

    let c = &mut app.answers.convictions[i];
    date_field(
        ui,
        lang,
        &t.plain("conviction-offence-date"),
        &mut c.offence_date,
        "offence",
    );
    let touched = !c.offence_date.is_empty();
    let c_judgment_touched = !c.judgment_date.is_empty();
    field_errors(
        app,
        ui,
        &problems,
        CaseField::Conviction(i, ConvictionKey::OffenceDate),
        touched,
    );
    let c = &mut app.answers.convictions[i];
    date_field(
        ui,
        lang,
        &t.plain("conviction-judgment-date"),
        &mut c.judgment_date,
        "judgment",
    );
    ui.label(RichText::new(t.plain("conviction-judgment-date-why")).weak());
    field_errors(
        app,
        ui,
        &problems,
        CaseField::Conviction(i, ConvictionKey::JudgmentDate),
        c_judgment_touched,
    );
    ui.add_space(8.0);

    // Fault, defaulted from the charge.
    let default_fault = app
        .pack
        .as_ref()
        .ok()
        .and_then(|p| p.charges.find(&app.answers.convictions[i].charge))
        .map(|c| c.fault);
    let c = &mut app.answers.convictions[i];
    ui.label(RichText::new(t.plain("conviction-fault")).strong());
    if let Some(f) = default_fault {
        ui.label(t.msg(
            "conviction-fault-default",
            &Args::new().with("fault", t.plain(&format!("fault-{}", f.key()))),
        ));
    }
    ui.horizontal(|ui| {
        ui.radio_value(&mut c.fault, None, t.plain("conviction-fault-as-charge"));
        ui.radio_value(
            &mut c.fault,
            Some(Fault::Intentional),
            t.plain("fault-intentional"),
        );
        ui.radio_value(
            &mut c.fault,
            Some(Fault::Negligent),
            t.plain("fault-negligent"),
        );
    });
    ui.checkbox(&mut c.professional, t.plain("conviction-professional"));
    ui.label(RichText::new(t.plain("conviction-professional-why")).weak());
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button(t.plain("conviction-add")).clicked() {
            commands.push(Command::AddConviction);
        }
        if n > 1 && ui.button(t.plain("conviction-remove")).clicked() {
            commands.push(Command::RemoveConviction(i));
        }
    });
}
