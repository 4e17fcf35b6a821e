//! About you: date of birth, household registration (province and city), roles.

use egui::{RichText, Ui};

use super::field_errors;
use crate::app::widgets::date_field;
use crate::app::{App, Command, Step};
use crate::case::{CaseField, PersonKey, Role};
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::role_name;

/// The screen about the person.
pub(in crate::app) fn ui(app: &mut App, ui: &mut Ui, _commands: &mut Vec<Command>) {
    let lang = app.lang();
    let t = Texts::get(lang);
    let problems = app.step_problems(Step::Person);
    ui.heading(t.plain("person-title"));
    ui.label(t.plain("person-intro"));
    ui.add_space(8.0);
    date_field(
        ui,
        lang,
        &t.plain("person-birth-date"),
        &mut app.answers.birth_date,
        "birth",
    );
    let touched = !app.answers.birth_date.is_empty();
    field_errors(
        app,
        ui,
        &problems,
        CaseField::Person(PersonKey::BirthDate),
        touched,
    );
    ui.label(RichText::new(t.plain("person-birth-date-why")).weak());
    ui.add_space(8.0);
    region_ui(app, ui, lang);
    let touched = !app.answers.region.trim().is_empty();
    field_errors(
        app,
        ui,
        &problems,
        CaseField::Person(PersonKey::Region),
        touched,
    );
    field_errors(
        app,
        ui,
        &problems,
        CaseField::Person(PersonKey::City),
        touched,
    );
    ui.label(RichText::new(t.plain("person-region-why")).weak());
    ui.add_space(8.0);
    ui.label(RichText::new(t.plain("person-roles")).strong());
    ui.label(t.plain("person-roles-intro"));
    for role in Role::ALL {
        let mut on = app.answers.roles.contains(&role);
        let key = role.key().replace('_', "-");
        ui.horizontal_wrapped(|ui| {
            if ui.checkbox(&mut on, role_name(role, lang)).changed() {
                if on {
                    app.answers.roles.push(role);
                    app.answers.roles.sort();
                } else {
                    app.answers.roles.retain(|r| *r != role);
                }
            }
            ui.label(RichText::new(t.plain(&format!("role-{key}-explain"))).weak());
        });
    }
}

/// The household registration: the provinces by name in a list, and where the rule base
/// knows cities of that province with rules of their own, which city. A code typed in a
/// case file in either form (`CN-BJ`, `CN-11`) shows as its province and is kept as
/// written until another province is chosen.
fn region_ui(app: &mut App, ui: &mut Ui, lang: Lang) {
    let t = Texts::get(lang);
    let current = crate::regions::province(&app.answers.region);
    let shown = match current {
        Some(p) => lang.pick(p.zh, p.en).to_owned(),
        None if app.answers.region.trim().is_empty() => t.plain("person-region-none"),
        None => app.answers.region.trim().to_owned(),
    };
    egui::ComboBox::from_label(t.plain("person-region"))
        .selected_text(shown)
        .height(320.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(
                    app.answers.region.trim().is_empty(),
                    t.plain("person-region-none"),
                )
                .clicked()
            {
                app.answers.region.clear();
                app.answers.city.clear();
            }
            for p in &crate::regions::PROVINCES {
                let label = match lang {
                    Lang::ZhCn => p.zh.to_owned(),
                    Lang::EnUs => format!("{} ({})", p.en, p.zh),
                };
                if ui.selectable_label(current == Some(p), label).clicked() && current != Some(p) {
                    app.answers.region = p.numeric.to_owned();
                    app.answers.city.clear();
                }
            }
        });
    let Some(province) = crate::regions::province(&app.answers.region) else {
        return;
    };
    let cities: Vec<&crate::regions::City> = crate::regions::CITIES
        .iter()
        .filter(|c| crate::regions::city_province(c.code) == Some(province))
        .collect();
    if cities.is_empty() {
        return;
    }
    let chosen = crate::regions::city(&app.answers.city);
    let elsewhere = t.msg(
        "person-city-elsewhere",
        &Args::new().with("province", lang.pick(province.zh, province.en)),
    );
    egui::ComboBox::from_label(t.plain("person-city"))
        .selected_text(chosen.map_or(elsewhere.clone(), |c| lang.pick(c.zh, c.en).to_owned()))
        .show_ui(ui, |ui| {
            if ui.selectable_label(chosen.is_none(), elsewhere).clicked() {
                app.answers.city.clear();
            }
            for c in cities {
                if ui
                    .selectable_label(chosen == Some(c), lang.pick(c.zh, c.en))
                    .clicked()
                {
                    app.answers.city = c.code.to_owned();
                }
            }
        });
    ui.label(RichText::new(t.plain("person-city-why")).weak());
}
