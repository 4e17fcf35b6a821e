//! The legal-aid client list, the "save to the client list" form, and the confirmations
//! before anything is deleted.

use egui::{RichText, Ui};

use super::widgets::{date_field, error_line, long_date, text_field};
use super::{App, Command, Confirm};
use crate::answers::parse_date;
use crate::i18n::{Args, Texts};

pub(super) fn clients_ui(app: &mut App, ui: &mut Ui, commands: &mut Vec<Command>) {
    let lang = app.lang();
    let t = Texts::get(lang);
    ui.heading(t.plain("clients-title"));
    ui.label(t.plain("clients-intro"));
    if ui.button(t.plain("clients-close")).clicked() {
        commands.push(Command::ToggleClients);
    }
    let Some(store) = app.client_store() else {
        error_line(ui, &t.plain("clients-no-folder"));
        return;
    };
    ui.add_space(6.0);
    text_field(
        ui,
        &t.plain("clients-search"),
        &mut app.client_query,
        &t.plain("clients-search-hint"),
        240.0,
    );
    let clients = match store.search(&app.client_query) {
        Ok(c) => c,
        Err(e) => {
            error_line(ui, &e.to_string());
            return;
        }
    };
    if clients.is_empty() {
        ui.label(t.plain("clients-none"));
    }
    for c in clients {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width() - 12.0);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&c.label).strong());
                if let Some(d) = c.consulted_on {
                    ui.label(long_date(d, lang));
                }
            });
            if !c.notes.is_empty() {
                ui.label(RichText::new(&c.notes).weak());
            }
            ui.horizontal(|ui| {
                if ui
                    .button(t.msg("clients-open", &Args::new().with("label", c.label.clone())))
                    .clicked()
                {
                    commands.push(Command::OpenClient(c.id.clone()));
                }
                if ui
                    .button(t.msg(
                        "clients-duplicate",
                        &Args::new().with("label", c.label.clone()),
                    ))
                    .clicked()
                {
                    commands.push(Command::DuplicateClient(c.id.clone()));
                }
                if ui
                    .button(t.msg(
                        "clients-delete",
                        &Args::new().with("label", c.label.clone()),
                    ))
                    .clicked()
                {
                    commands.push(Command::AskDeleteClient(c.id.clone()));
                }
            });
        });
    }
}

/// The "save to the client list" form on the summary.
pub(super) fn save_client_ui(app: &mut App, ui: &mut Ui, commands: &mut Vec<Command>) {
    let lang = app.lang();
    let t = Texts::get(lang);
    ui.label(RichText::new(t.plain("clients-save-title")).heading());
    let (_, info) = app
        .client
        .get_or_insert_with(|| (None, crate::case::ClientInfo::default()));
    text_field(
        ui,
        &t.plain("clients-label"),
        &mut info.label,
        &t.plain("clients-label-hint"),
        200.0,
    );
    let mut day = info.consulted_on.map(|d| d.to_string()).unwrap_or_default();
    date_field(
        ui,
        lang,
        &t.plain("clients-consulted-on"),
        &mut day,
        "consulted",
    );
    info.consulted_on = parse_date(&day);
    ui.horizontal(|ui| {
        let l = ui.label(t.plain("clients-notes"));
        ui.add(
            egui::TextEdit::multiline(&mut info.notes)
                .desired_rows(3)
                .desired_width(400.0),
        )
        .labelled_by(l.id);
    });
    if ui.button(t.plain("clients-save")).clicked() {
        commands.push(Command::SaveClient);
    }
}

/// Asks before deleting; Esc or "Cancel" does nothing.
pub(super) fn confirm_ui(app: &App, ctx: &egui::Context, commands: &mut Vec<Command>) {
    let Some(confirm) = &app.confirm else { return };
    let t = Texts::get(app.lang());
    let (question, yes, then) = match confirm {
        Confirm::DeleteClient(id) => {
            let label = app
                .client_store()
                .and_then(|s| s.list().ok())
                .and_then(|l| l.into_iter().find(|c| c.id == *id))
                .map_or(id.clone(), |c| c.label);
            (
                t.msg("clients-delete-question", &Args::new().with("label", label)),
                t.plain("confirm-delete"),
                Command::ConfirmDeleteClient,
            )
        }
        Confirm::Forget => (
            t.plain("forget-question"),
            t.plain("forget-confirm"),
            Command::ConfirmForget,
        ),
    };
    let modal = egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.label(question);
        ui.horizontal(|ui| {
            if ui.button(yes).clicked() {
                commands.push(then.clone());
            }
            if ui.button(t.plain("confirm-cancel")).clicked() {
                commands.push(Command::CancelConfirm);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelConfirm);
    }
}
