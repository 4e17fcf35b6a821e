//! The legal-aid client list, the "save to the client list" form, the confirmations
//! before anything is deleted, and the commands that act on the list.

use egui::{RichText, Ui};

use super::widgets::{date_field, error_line, long_date, text_field};
use super::{App, Command, Confirm, Step};
use crate::answers::Answers;
use crate::error::io_words;
use crate::i18n::{Args, Texts};

/// The client list's own state.
#[derive(Debug, Default)]
pub struct ClientList {
    /// The list is shown instead of the questionnaire.
    pub open: bool,
    /// Its search text.
    pub query: String,
}

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
        &mut app.client_list.query,
        &t.plain("clients-search-hint"),
        240.0,
    );
    let clients = match store.search(&app.client_list.query) {
        Ok(c) => c,
        Err(e) => {
            error_line(ui, &io_words(&e, app.lang()));
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
    // The entry is part of the case ("Save…" writes the same [client] table); a case
    // gets one only once something is typed here.
    let mut entry = app.answers.client.clone().unwrap_or_default();
    let info = &mut entry;
    text_field(
        ui,
        &t.plain("clients-label"),
        &mut info.label,
        &t.plain("clients-label-hint"),
        200.0,
    );
    date_field(
        ui,
        lang,
        &t.plain("clients-consulted-on"),
        &mut info.consulted_on,
        "consulted",
    );
    ui.horizontal(|ui| {
        let l = ui.label(t.plain("clients-notes"));
        ui.add(
            egui::TextEdit::multiline(&mut info.notes)
                .desired_rows(3)
                .desired_width(400.0),
        )
        .labelled_by(l.id);
    });
    if app.answers.client.is_some() || entry != Default::default() {
        app.answers.client = Some(entry);
    }
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

impl App {
    /// The client list in the data folder.
    pub fn client_store(&self) -> Option<crate::clients::ClientStore> {
        self.data_dir
            .as_ref()
            .map(|d| crate::clients::ClientStore::new(d.join("clients")))
    }

    /// Opens a client's case and shows its summary.
    pub(super) fn open_client(&mut self, id: String) {
        if let Some(store) = self.client_store() {
            match store.load(&id) {
                Ok(case) => {
                    self.answers = Answers::from_case(&case);
                    self.client_id = Some(id);
                    self.current = 0;
                    self.client_list.open = false;
                    self.step = Step::Summary;
                }
                Err(e) => self.notice = Some(e.render(self.settings.lang)),
            }
        }
    }

    /// Copies a client's case under a label that says it is a copy.
    pub(super) fn duplicate_client(&mut self, id: &str) {
        if let Some(store) = self.client_store() {
            let label = self.t().msg(
                "clients-copy-label",
                &Args::new().with("label", id.to_owned()),
            );
            let label = store
                .list()
                .ok()
                .and_then(|l| l.into_iter().find(|c| c.id == id))
                .map(|c| {
                    self.t()
                        .msg("clients-copy-label", &Args::new().with("label", c.label))
                })
                .unwrap_or(label);
            if let Err(e) = store.duplicate(id, &label) {
                self.notice = Some(io_words(&e, self.settings.lang));
            }
        }
    }

    /// Deletes the client whose deletion was confirmed.
    pub(super) fn confirm_delete_client(&mut self) {
        if let (Some(Confirm::DeleteClient(id)), Some(store)) =
            (self.confirm.take(), self.client_store())
        {
            if let Err(e) = store.delete(&id) {
                self.notice = Some(io_words(&e, self.settings.lang));
            }
            if self.client_id.as_deref() == Some(id.as_str()) {
                self.client_id = None;
            }
        }
    }

    /// Saves the current case in the client list (it needs complete answers and a label).
    pub(super) fn save_client(&mut self) {
        let t = self.t();
        let case = self.answers.to_case();
        let info = case.as_ref().ok().and_then(|c| c.client.clone());
        match (self.client_store(), &case, info) {
            (Some(store), Ok(case), Some(info)) if !info.label.trim().is_empty() => {
                match store.save(self.client_id.as_deref(), case, &info) {
                    Ok(new_id) => {
                        self.notice = Some(t.msg(
                            "clients-saved",
                            &Args::new().with("label", info.label.clone()),
                        ));
                        self.client_id = Some(new_id);
                    }
                    Err(e) => self.notice = Some(io_words(&e, self.settings.lang)),
                }
            }
            (None, _, _) => self.notice = Some(t.plain("clients-no-folder")),
            (_, Err(_), _) => self.notice = Some(t.plain("file-save-incomplete")),
            _ => self.notice = Some(t.plain("clients-label-needed")),
        }
    }
}
