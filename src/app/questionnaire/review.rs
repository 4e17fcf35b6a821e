//! Review: every answer on one page, with Edit buttons, and the problems left, each
//! named in the words of the screens.

use egui::{RichText, Ui};

use crate::answers::{PoliticalRightsAnswer, parse_date};
use crate::app::widgets::{error_line, long_date};
use crate::app::{App, Command, Step};
use crate::case::{CaseField, ClientKey, ConvictionKey, PersonKey};
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::{penalty_name, role_name};

/// The review screen.
pub(in crate::app) fn ui(app: &mut App, ui: &mut Ui, commands: &mut Vec<Command>) {
    let lang = app.lang();
    let t = Texts::get(lang);
    ui.heading(t.plain("review-title"));
    ui.label(t.plain("review-intro"));
    ui.add_space(8.0);
    let none = t.plain("review-none");
    let a = &app.answers;
    let row = |ui: &mut Ui, label: String, value: String| {
        ui.label(RichText::new(label).strong());
        ui.label(value);
        ui.end_row();
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(t.plain("step-person")).heading());
            if ui.button(t.plain("review-edit")).clicked() {
                commands.push(Command::Goto(Step::Person));
            }
        });
        egui::Grid::new("grid-person")
            .num_columns(2)
            .show(ui, |ui| {
                row(
                    ui,
                    t.plain("person-birth-date"),
                    parse_date(&a.birth_date).map_or(a.birth_date.clone(), |d| long_date(d, lang)),
                );
                row(
                    ui,
                    t.plain("person-region"),
                    if a.region.is_empty() {
                        none.clone()
                    } else {
                        place_name(&a.region, &a.city, lang)
                    },
                );
                let roles: Vec<String> = a.roles.iter().map(|r| role_name(*r, lang)).collect();
                row(
                    ui,
                    t.plain("person-roles"),
                    if roles.is_empty() {
                        none.clone()
                    } else {
                        roles.join(&t.plain("list-separator"))
                    },
                );
            });
    });
    for (i, c) in a.convictions.iter().enumerate() {
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(t.msg("review-conviction", &Args::new().with("n", i + 1)))
                        .heading(),
                );
                if ui
                    .button(t.msg("review-edit-conviction", &Args::new().with("n", i + 1)))
                    .clicked()
                {
                    commands.push(Command::EditConviction(Step::Conviction, i));
                }
                if ui
                    .button(t.msg("review-edit-sentence", &Args::new().with("n", i + 1)))
                    .clicked()
                {
                    commands.push(Command::EditConviction(Step::Sentence, i));
                }
            });
            egui::Grid::new(("grid-conviction", i))
                .num_columns(2)
                .show(ui, |ui| {
                    let date = |s: &str| parse_date(s).map_or(s.to_owned(), |d| long_date(d, lang));
                    row(
                        ui,
                        t.plain("conviction-charge"),
                        if c.charge.is_empty() {
                            none.clone()
                        } else {
                            c.charge.clone()
                        },
                    );
                    row(
                        ui,
                        t.plain("conviction-offence-date"),
                        date(&c.offence_date),
                    );
                    row(
                        ui,
                        t.plain("conviction-judgment-date"),
                        date(&c.judgment_date),
                    );
                    let fault = c.fault.map_or(t.plain("conviction-fault-as-charge"), |f| {
                        t.plain(&format!("fault-{}", f.key()))
                    });
                    row(ui, t.plain("conviction-fault"), fault);
                    let penalty = c.penalty.map_or(none.clone(), |p| {
                        let mut s = penalty_name(p, lang);
                        if p.has_term() {
                            s.push_str(&format!(
                                " · {}",
                                t.msg("review-months", &Args::new().with("n", c.term()))
                            ));
                        }
                        if c.suspended {
                            s.push_str(&format!(
                                " · {}",
                                t.msg("review-suspended", &Args::new().with("n", c.probation()))
                            ));
                        }
                        s
                    });
                    row(ui, t.plain("sentence-penalty"), penalty);
                    let pr = match c.political_rights {
                        PoliticalRightsAnswer::None => t.plain("sentence-political-rights-none"),
                        PoliticalRightsAnswer::Life => t.plain("sentence-political-rights-life"),
                        PoliticalRightsAnswer::Months => length_text(t, c.political_rights_total()),
                    };
                    row(ui, t.plain("sentence-political-rights"), pr);
                    if c.occupational_ban() > 0 {
                        row(
                            ui,
                            t.plain("sentence-ban"),
                            length_text(t, c.occupational_ban()),
                        );
                    }
                    if c.paroled && c.parole_possible() {
                        row(ui, t.plain("sentence-paroled-on"), date(&c.paroled_on));
                    }
                    row(
                        ui,
                        t.plain("sentence-completed-on"),
                        if c.completed_on.is_empty() {
                            t.plain("review-computed")
                        } else {
                            date(&c.completed_on)
                        },
                    );
                });
        });
    }
    let problems = app.step_problems(Step::Review);
    if !problems.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(t.plain("review-problems")).strong());
        for (field, msg) in problems {
            match field_label(field, t) {
                label if label.is_empty() => error_line(ui, &msg),
                label => error_line(ui, &format!("{label}: {msg}")),
            }
        }
    }
}

/// "2 years 8 months" / "2年 8个月" (a part that is zero is left out).
fn length_text(t: &Texts, months: u32) -> String {
    let (y, m) = (months / 12, months % 12);
    let mut parts = Vec::new();
    if y > 0 {
        parts.push(t.msg("review-years", &Args::new().with("n", y)));
    }
    if m > 0 || y == 0 {
        parts.push(t.msg("review-months", &Args::new().with("n", m)));
    }
    parts.join(" ")
}

/// A field of the case (`conviction[2].judgment_date`) in the words of the screens; never
/// the key itself. Empty for a problem of the whole file.
fn field_label(field: Option<CaseField>, t: &Texts) -> String {
    let conviction = |n: usize| t.msg("review-conviction", &Args::new().with("n", n + 1));
    let label = |id: &str| t.plain(id).trim_end_matches([':', '：']).to_owned();
    match field {
        None | Some(CaseField::Format | CaseField::AsOf) => String::new(),
        Some(CaseField::Person(k)) => t.plain(match k {
            PersonKey::BirthDate => "person-birth-date",
            PersonKey::Region => "person-region",
            PersonKey::City => "person-city",
        }),
        Some(CaseField::Client(ClientKey::ConsultedOn)) => t.plain("clients-consulted-on"),
        Some(CaseField::Conviction(n, k)) => {
            use ConvictionKey::*;
            let id = match k {
                Charge => "conviction-charge",
                OffenceDate => "conviction-offence-date",
                JudgmentDate => "conviction-judgment-date",
                Facts => "conviction-facts",
                Penalty => "sentence-penalty",
                TermMonths => "sentence-term",
                Suspended => "sentence-suspended",
                ProbationMonths => "sentence-probation",
                PoliticalRightsMonths => "sentence-political-rights",
                OccupationalBanMonths => "sentence-ban",
                ParoledOn => "sentence-paroled-on",
                CompletedOn => "sentence-completed-on",
            };
            format!("{} · {}", conviction(n), label(id))
        }
    }
}

/// A province (and city) in words, or the code as written when it names none.
fn place_name(region: &str, city: &str, lang: Lang) -> String {
    let province = crate::regions::province(region).map_or_else(
        || region.trim().to_owned(),
        |p| lang.pick(p.zh, p.en).to_owned(),
    );
    match crate::regions::city(city) {
        Some(c) => format!("{province} · {}", lang.pick(c.zh, c.en)),
        None => province,
    }
}
