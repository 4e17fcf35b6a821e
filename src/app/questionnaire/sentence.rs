//! The sentence of a conviction: penalty, term, probation, political rights, occupational
//! ban, parole, completion.

use egui::{RichText, Ui};

use super::current_conviction;
use crate::answers::{PoliticalRightsAnswer, parse_date};
use crate::app::widgets::{date_field, error_line, long_date, years_months};
use crate::app::{App, Command, Step};
use crate::case::{CaseField, ConvictionKey, Penalty, limits};
use crate::i18n::{Args, Texts};
use crate::report::text::penalty_name;

/// The screen of the sentence of the conviction being edited.
pub(in crate::app) fn ui(app: &mut App, ui: &mut Ui, _commands: &mut Vec<Command>) {
    let lang = app.lang();
    let t = Texts::get(lang);
    let i = current_conviction(app);
    let problems = app.step_problems(Step::Sentence);
    let tried = app.tried.contains(&Step::Sentence);
    let charge = app.answers.convictions[i].charge.clone();
    ui.heading(t.msg(
        "sentence-title",
        &Args::new().with("n", i + 1).with("charge", charge),
    ));
    ui.add_space(6.0);
    let show = |ui: &mut Ui, key: ConvictionKey| {
        if tried {
            for (f, msg) in &problems {
                if *f == Some(CaseField::Conviction(i, key)) {
                    error_line(ui, msg);
                }
            }
        }
    };
    let c = &mut app.answers.convictions[i];
    ui.label(RichText::new(t.plain("sentence-penalty")).strong());
    for p in Penalty::ALL {
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(&mut c.penalty, Some(p), penalty_name(p, lang));
            ui.label(
                RichText::new(t.plain(&format!(
                    "sentence-penalty-{}-explain",
                    p.key().replace('_', "-")
                )))
                .weak(),
            );
        });
    }
    show(ui, ConvictionKey::Penalty);
    if let Some(p) = c.penalty {
        if p.has_term() {
            ui.add_space(6.0);
            years_months(
                ui,
                lang,
                &t.plain("sentence-term"),
                &mut c.term_years,
                &mut c.term_months,
                0..=whole_years(*limits::FIXED_TERM_MONTHS.end()),
            );
            show(ui, ConvictionKey::TermMonths);
        }
        if matches!(p, Penalty::Detention | Penalty::FixedTerm) {
            ui.add_space(6.0);
            ui.checkbox(&mut c.suspended, t.plain("sentence-suspended"));
            ui.label(RichText::new(t.plain("sentence-suspended-why")).weak());
            if c.suspended {
                years_months(
                    ui,
                    lang,
                    &t.plain("sentence-probation"),
                    &mut c.probation_years,
                    &mut c.probation_months,
                    0..=whole_years(limits::FIXED_TERM_PROBATION_MAX_MONTHS),
                );
            }
            show(ui, ConvictionKey::Suspended);
            show(ui, ConvictionKey::ProbationMonths);
        }
    }
    ui.add_space(6.0);
    ui.label(RichText::new(t.plain("sentence-political-rights")).strong());
    // Imposed alone, the deprivation is the sentence: only its length is asked.
    let alone = c.penalty == Some(Penalty::PoliticalRightsOnly);
    if alone && c.political_rights != PoliticalRightsAnswer::Months {
        c.political_rights = PoliticalRightsAnswer::Months;
        if c.political_rights_total() == 0 {
            c.political_rights_years = whole_years(*limits::POLITICAL_RIGHTS_ALONE_MONTHS.start());
        }
    }
    ui.add_enabled_ui(!alone, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut c.political_rights,
                PoliticalRightsAnswer::None,
                t.plain("sentence-political-rights-none"),
            );
            ui.radio_value(
                &mut c.political_rights,
                PoliticalRightsAnswer::Months,
                t.plain("sentence-political-rights-years"),
            );
            ui.radio_value(
                &mut c.political_rights,
                PoliticalRightsAnswer::Life,
                t.plain("sentence-political-rights-life"),
            );
        })
    });
    if c.political_rights == PoliticalRightsAnswer::Months {
        // The law's ranges (1 to 5 years, as long as public surveillance, 3 to 10 years
        // after a commuted sentence) are the case parser's to check: up to ten years.
        years_months(
            ui,
            lang,
            &t.plain("sentence-political-rights-length"),
            &mut c.political_rights_years,
            &mut c.political_rights_months,
            0..=whole_years(*limits::POLITICAL_RIGHTS_MONTHS.end()),
        );
        ui.label(RichText::new(t.plain("sentence-political-rights-length-why")).weak());
    }
    show(ui, ConvictionKey::PoliticalRightsMonths);
    ui.add_space(6.0);
    let mut ban = c.occupational_ban() > 0;
    if ui.checkbox(&mut ban, t.plain("sentence-ban")).changed() {
        let shortest = whole_years(*limits::OCCUPATIONAL_BAN_MONTHS.start());
        (c.occupational_ban_years, c.occupational_ban_months) =
            if ban { (shortest, 0) } else { (0, 0) };
    }
    ui.label(RichText::new(t.plain("sentence-ban-why")).weak());
    if ban {
        years_months(
            ui,
            lang,
            &t.plain("sentence-ban-length"),
            &mut c.occupational_ban_years,
            &mut c.occupational_ban_months,
            whole_years(*limits::OCCUPATIONAL_BAN_MONTHS.start())
                ..=whole_years(*limits::OCCUPATIONAL_BAN_MONTHS.end()),
        );
    }
    show(ui, ConvictionKey::OccupationalBanMonths);
    if c.parole_possible() {
        ui.add_space(6.0);
        ui.checkbox(&mut c.paroled, t.plain("sentence-paroled"));
        if c.paroled {
            date_field(
                ui,
                lang,
                &t.plain("sentence-paroled-on"),
                &mut c.paroled_on,
                "parole",
            );
        }
        show(ui, ConvictionKey::ParoledOn);
    }
    ui.add_space(8.0);
    ui.label(RichText::new(t.plain("sentence-completed")).strong());
    let computed = app
        .answers
        .to_case()
        .ok()
        .and_then(|case| case.convictions.get(i).and_then(|c| c.completion()));
    let c = &mut app.answers.convictions[i];
    match computed {
        Some((d, true)) => {
            ui.label(t.msg(
                "sentence-completed-computed",
                &Args::new().with("date", long_date(d, lang)),
            ));
        }
        Some((d, false)) => {
            ui.label(t.msg(
                "sentence-completed-given",
                &Args::new().with("date", long_date(d, lang)),
            ));
        }
        None => {
            ui.label(t.plain("sentence-completed-unknown"));
        }
    }
    date_field(
        ui,
        lang,
        &t.plain("sentence-completed-on"),
        &mut c.completed_on,
        "completed",
    );
    if !c.completed_on.trim().is_empty()
        && parse_date(&c.completed_on).is_some()
        && ui.button(t.plain("sentence-completed-clear")).clicked()
    {
        c.completed_on.clear();
    }
    show(ui, ConvictionKey::CompletedOn);
    // Answers to follow-up questions come from a case file; one the rule base does not
    // know is named here rather than blocking Next without a reason.
    show(ui, ConvictionKey::Facts);
}

/// Whole years in a length in months (the law's limits are whole years).
fn whole_years(months: impl TryInto<u32>) -> u32 {
    months.try_into().map_or(0, |m| m / 12)
}
