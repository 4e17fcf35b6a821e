//! The questionnaire screens: welcome, about you, the conviction, the sentence, review.

use egui::{RichText, Ui};

use super::widgets::{date_field, error_line, long_date, text_field, years_months};
use super::{App, Command, Step};
use crate::answers::{PoliticalRightsAnswer, parse_date};
use crate::case::{Fault, Penalty, Role};
use crate::error::Problem;
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::{article_label, penalty_name, role_name};

/// The message the screens show for a problem: the case parser's own, except where that
/// names a key of the case file (`term_months`), which means nothing on a screen.
pub(super) fn screen_message(problem: &Problem) -> (&'static str, Args) {
    let id = match problem {
        Problem::Empty(_) => "answer-missing",
        Problem::NoConvictions => "answer-no-conviction",
        Problem::MissingTerm => "sentence-term-missing",
        Problem::TermNotAllowed => "sentence-term-not-allowed",
        Problem::SuspendedWithoutProbation => "sentence-probation-missing",
        Problem::ProbationWithoutSuspension => "sentence-probation-not-suspended",
        Problem::PoliticalRightsOutOfRange => "sentence-political-rights-range",
        Problem::OccupationalBanOutOfRange => "sentence-ban-range",
        _ => return problem.message(),
    };
    (id, Args::new())
}

/// The conviction the conviction and sentence screens edit. Answers without any
/// conviction (an old or hand-edited autosave) get an empty one to fill in, so no
/// screen indexes past the end.
fn current_conviction(app: &mut App) -> usize {
    if app.answers.convictions.is_empty() {
        app.answers.convictions.push(Default::default());
    }
    app.current.min(app.answers.convictions.len() - 1)
}

/// A length as years and months, with the years kept in `years_range` (the occupational
/// ban is at least three years, so its years never go below that).
fn years_months_in(
    ui: &mut Ui,
    lang: Lang,
    label: &str,
    years: &mut u32,
    months: &mut u32,
    years_range: std::ops::RangeInclusive<u32>,
) {
    let t = Texts::get(lang);
    ui.horizontal(|ui| {
        ui.label(label);
        let yl = ui.label(t.plain("unit-years"));
        ui.add(egui::DragValue::new(years).range(years_range))
            .labelled_by(yl.id);
        let ml = ui.label(t.plain("unit-months"));
        ui.add(egui::DragValue::new(months).range(0..=11))
            .labelled_by(ml.id);
    });
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

/// Shows the problems of a step for one field (after Next was tried, or once the field
/// has content).
fn field_errors(app: &App, ui: &mut Ui, problems: &[(String, String)], field: &str, touched: bool) {
    if !(touched || app.tried.contains(&app.step)) {
        return;
    }
    for (f, msg) in problems {
        if f.ends_with(field) {
            error_line(ui, msg);
        }
    }
}

pub(super) fn welcome_ui(app: &mut App, ui: &mut Ui, commands: &mut Vec<Command>) {
    let t = Texts::get(app.lang());
    ui.add_space(8.0);
    ui.heading(t.plain("welcome-title"));
    ui.add_space(6.0);
    ui.label(t.plain("welcome-what"));
    ui.add_space(4.0);
    ui.label(t.plain("welcome-what-not"));
    ui.add_space(8.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(t.plain("welcome-privacy-title")).strong());
        ui.label(t.plain("welcome-privacy"));
    });
    ui.add_space(8.0);
    match &app.pack {
        Ok(pack) => {
            ui.label(
                t.msg(
                    "welcome-rules-current",
                    &Args::new()
                        .with("date", long_date(pack.current_as_of, app.lang()))
                        .with("provisions", pack.provisions())
                        .with("charges", pack.charges.len()),
                ),
            );
        }
        Err(e) => error_line(ui, &e.render(app.lang())),
    }
    if app.restore_offer.is_some() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(t.plain("autosave-found")).strong());
            ui.horizontal(|ui| {
                if ui.button(t.plain("autosave-restore")).clicked() {
                    commands.push(Command::RestoreAutosave);
                }
                if ui.button(t.plain("autosave-discard")).clicked() {
                    commands.push(Command::DiscardAutosave);
                }
            });
        });
        ui.add_space(6.0);
    }
    if let (false, Some(e)) = (app.open_error_dialog, &app.open_error) {
        ui.add_space(8.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(t.plain("welcome-open-failed")).strong());
            for line in e.render(app.lang()).lines() {
                error_line(ui, line);
            }
        });
    }
    ui.add_space(12.0);
    let start = ui.add(egui::Button::new(
        RichText::new(t.plain("welcome-start")).heading(),
    ));
    if start.clicked() {
        commands.push(Command::Next);
    }
    ui.add_space(10.0);
    ui.label(RichText::new(t.plain("welcome-open-title")).strong());
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t.plain("welcome-open-path"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut app.open_path)
                    .hint_text(t.plain("welcome-open-hint"))
                    .desired_width(320.0),
            )
            .labelled_by(l.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t.plain("welcome-open")).clicked() || enter)
            && !app.open_path.trim().is_empty()
        {
            commands.push(Command::OpenPath);
        }
    });
    if !app.settings.recent.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(t.plain("welcome-recent")).strong());
        for r in &app.settings.recent {
            if ui.link(r).clicked() {
                commands.push(Command::OpenFile(std::path::PathBuf::from(r)));
            }
        }
    }
    ui.add_space(10.0);
    if app.data_dir.is_some() {
        ui.label(RichText::new(t.plain("welcome-storage-title")).strong());
        ui.checkbox(
            &mut app.settings.remember_answers,
            t.plain("autosave-remember"),
        );
        ui.label(RichText::new(t.plain("autosave-remember-why")).weak());
        ui.horizontal_wrapped(|ui| {
            if ui.button(t.plain("clients-show")).clicked() {
                commands.push(Command::ToggleClients);
            }
            if ui.button(t.plain("forget-button")).clicked() {
                commands.push(Command::AskForget);
            }
        });
    }
    ui.add_space(4.0);
    ui.label(RichText::new(t.plain("welcome-keyboard")).weak());
}

pub(super) fn person_ui(app: &mut App, ui: &mut Ui, _commands: &mut Vec<Command>) {
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
    field_errors(app, ui, &problems, ".birth_date", touched);
    ui.label(RichText::new(t.plain("person-birth-date-why")).weak());
    ui.add_space(8.0);
    region_ui(app, ui, lang);
    let touched = !app.answers.region.trim().is_empty();
    field_errors(app, ui, &problems, ".region", touched);
    field_errors(app, ui, &problems, ".city", touched);
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

pub(super) fn conviction_ui(app: &mut App, ui: &mut Ui, commands: &mut Vec<Command>) {
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
            &mut app.charge_query,
            &t.plain("conviction-charge-search-hint"),
            260.0,
        );
        let _ = search;
        let hits = pack.charges.search(&app.charge_query);
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
    field_errors(app, ui, &problems, ".charge", false);
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
    field_errors(app, ui, &problems, ".offence_date", touched);
    let c = &mut app.answers.convictions[i];
    date_field(
        ui,
        lang,
        &t.plain("conviction-judgment-date"),
        &mut c.judgment_date,
        "judgment",
    );
    ui.label(RichText::new(t.plain("conviction-judgment-date-why")).weak());
    field_errors(app, ui, &problems, ".judgment_date", c_judgment_touched);
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

pub(super) fn sentence_ui(app: &mut App, ui: &mut Ui, _commands: &mut Vec<Command>) {
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
    let show = |ui: &mut Ui, field: &str| {
        if tried {
            for (f, msg) in &problems {
                if f.ends_with(field) {
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
    show(ui, ".penalty");
    if let Some(p) = c.penalty {
        if p.has_term() {
            ui.add_space(6.0);
            years_months(
                ui,
                lang,
                &t.plain("sentence-term"),
                &mut c.term_years,
                &mut c.term_months,
                25,
            );
            show(ui, ".term_months");
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
                    5,
                );
            }
            show(ui, ".suspended");
            show(ui, ".probation_months");
        }
    }
    ui.add_space(6.0);
    ui.label(RichText::new(t.plain("sentence-political-rights")).strong());
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
    });
    if c.political_rights == PoliticalRightsAnswer::Months {
        // The law's ranges (1 to 5 years, as long as public surveillance, 3 to 10 years
        // after a commuted sentence) are the case parser's to check: up to ten years.
        years_months_in(
            ui,
            lang,
            &t.plain("sentence-political-rights-length"),
            &mut c.political_rights_years,
            &mut c.political_rights_months,
            0..=10,
        );
        ui.label(RichText::new(t.plain("sentence-political-rights-length-why")).weak());
    }
    show(ui, ".political_rights_months");
    ui.add_space(6.0);
    let mut ban = c.occupational_ban() > 0;
    if ui.checkbox(&mut ban, t.plain("sentence-ban")).changed() {
        (c.occupational_ban_years, c.occupational_ban_months) = if ban { (3, 0) } else { (0, 0) };
    }
    ui.label(RichText::new(t.plain("sentence-ban-why")).weak());
    if ban {
        years_months_in(
            ui,
            lang,
            &t.plain("sentence-ban-length"),
            &mut c.occupational_ban_years,
            &mut c.occupational_ban_months,
            3..=5,
        );
    }
    show(ui, ".occupational_ban_months");
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
        show(ui, ".paroled_on");
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
    show(ui, ".completed_on");
    // Answers to follow-up questions come from a case file; one the rule base does not
    // know is named here rather than blocking Next without a reason.
    show(ui, ".facts");
}

pub(super) fn review_ui(app: &mut App, ui: &mut Ui, commands: &mut Vec<Command>) {
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
            match field_label(&field, t) {
                label if label.is_empty() => error_line(ui, &msg),
                label => error_line(ui, &format!("{label}: {msg}")),
            }
        }
    }
}

/// A field of the case (`conviction[2].judgment_date`) in the words of the screens; never
/// the key itself.
fn field_label(field: &str, t: &Texts) -> String {
    let (prefix, key) = field.split_once('.').unwrap_or(("", field));
    let key = if key.starts_with("facts") {
        "facts"
    } else {
        key
    };
    let n = prefix
        .strip_prefix("conviction[")
        .and_then(|r| r.strip_suffix(']'))
        .and_then(|n| n.parse::<usize>().ok());
    let id = match key {
        "birth_date" => "person-birth-date",
        "region" => "person-region",
        "city" => "person-city",
        "article" => "conviction-article",
        "facts" => "conviction-facts",
        "label" => "clients-label",
        "notes" => "clients-notes",
        "consulted_on" => "clients-consulted-on",
        "charge" => "conviction-charge",
        "offence_date" => "conviction-offence-date",
        "judgment_date" => "conviction-judgment-date",
        "penalty" => "sentence-penalty",
        "term_months" => "sentence-term",
        "suspended" => "sentence-suspended",
        "probation_months" => "sentence-probation",
        "political_rights_months" => "sentence-political-rights",
        "occupational_ban_months" => "sentence-ban",
        "paroled_on" => "sentence-paroled-on",
        "completed_on" => "sentence-completed-on",
        _ => {
            return n.map_or_else(String::new, |n| {
                t.msg("review-conviction", &Args::new().with("n", n))
            });
        }
    };
    let label = t.plain(id);
    match n {
        Some(n) => format!(
            "{} · {}",
            t.msg("review-conviction", &Args::new().with("n", n)),
            label.trim_end_matches([':', '：'])
        ),
        None => label,
    }
}

/// The dialog that says why a case file could not be opened (file, line, problem), and
/// offers to open another; Esc or "Close" leaves the message on the welcome screen.
pub(super) fn open_error_ui(app: &App, ctx: &egui::Context, commands: &mut Vec<Command>) {
    let (true, Some(e)) = (app.open_error_dialog, &app.open_error) else {
        return;
    };
    let t = Texts::get(app.lang());
    let modal = egui::Modal::new(egui::Id::unique("open-error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(RichText::new(t.plain("welcome-open-failed")).strong());
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                for line in e.render(app.lang()).lines() {
                    error_line(ui, line);
                }
            });
        ui.horizontal(|ui| {
            if ui.button(t.plain("open-error-another")).clicked() {
                commands.push(Command::CloseOpenError);
                commands.push(Command::OpenDialog);
            }
            if ui.button(t.plain("open-error-close")).clicked() {
                commands.push(Command::CloseOpenError);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CloseOpenError);
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
