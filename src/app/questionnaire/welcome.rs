//! The welcome screen (purpose, privacy, start, open a case file, what is stored) and the
//! dialog that says why a case file could not be opened.

use egui::{RichText, Ui};

use crate::app::widgets::{error_line, long_date};
use crate::app::{App, Command};
use crate::error::InputErrors;
use crate::i18n::{Args, Texts};

/// The welcome screen's own state.
#[derive(Debug, Default)]
pub struct WelcomeScreen {
    /// The path typed in "open a case file".
    pub open_path: String,
    /// Why the case file given to open could not be used.
    pub open_error: Option<InputErrors>,
    /// The dialog showing `open_error` is up (closing it leaves the message on the
    /// welcome screen).
    pub open_error_dialog: bool,
}

/// The welcome screen.
pub(in crate::app) fn ui(app: &mut App, ui: &mut Ui, commands: &mut Vec<Command>) {
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
    if let (false, Some(e)) = (app.welcome.open_error_dialog, &app.welcome.open_error) {
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
                egui::TextEdit::singleline(&mut app.welcome.open_path)
                    .hint_text(t.plain("welcome-open-hint"))
                    .desired_width(320.0),
            )
            .labelled_by(l.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t.plain("welcome-open")).clicked() || enter)
            && !app.welcome.open_path.trim().is_empty()
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

/// The dialog that says why a case file could not be opened (file, line, problem), and
/// offers to open another; Esc or "Close" leaves the message on the welcome screen.
pub(in crate::app) fn open_error_ui(app: &App, ctx: &egui::Context, commands: &mut Vec<Command>) {
    let (true, Some(e)) = (app.welcome.open_error_dialog, &app.welcome.open_error) else {
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
