//! What is remembered between runs ([`Settings`]), how they reach egui, and what the
//! program keeps in the data folder on the user's say-so: the autosave of the answers,
//! and "forget everything".

use serde::{Deserialize, Serialize};

use super::{App, Step};
use crate::answers::Answers;
use crate::error::io_words;
use crate::i18n::{Args, Lang};

/// What is remembered between runs (with the window size, which eframe keeps).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Language of the interface.
    pub lang: Lang,
    /// Dark theme (`None`: follow the system).
    pub dark: Option<bool>,
    /// Text size factor.
    pub zoom: f32,
    /// Case files opened or saved recently, newest first.
    pub recent: Vec<String>,
    /// Keep an autosave of the answers in the data folder (opt-in).
    pub remember_answers: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::ZhCn,
            dark: None,
            zoom: 1.0,
            recent: Vec::new(),
            remember_answers: false,
        }
    }
}

impl App {
    /// Gives egui the text size and theme of the settings when they changed, and keeps
    /// a zoom changed with Ctrl +/−/0.
    pub(super) fn apply_settings(&mut self, ctx: &egui::Context) {
        if self.applied_zoom != Some(self.settings.zoom) {
            ctx.set_zoom_factor(self.settings.zoom);
            self.applied_zoom = Some(self.settings.zoom);
        }
        // Ctrl +/−/0 change egui's zoom directly: remember it.
        self.settings.zoom = ctx.zoom_factor();
        self.applied_zoom = Some(self.settings.zoom);
        if self.applied_dark != Some(self.settings.dark) {
            ctx.set_theme(match self.settings.dark {
                None => egui::ThemePreference::System,
                Some(true) => egui::ThemePreference::Dark,
                Some(false) => egui::ThemePreference::Light,
            });
            self.applied_dark = Some(self.settings.dark);
        }
    }

    /// Where the autosave is kept.
    pub(super) fn autosave_path(&self) -> Option<std::path::PathBuf> {
        self.data_dir.as_ref().map(|d| d.join("autosave.toml"))
    }

    /// Looks for answers autosaved by an earlier run (only when the user opted in).
    pub fn check_autosave(&mut self) {
        if !self.settings.remember_answers {
            return;
        }
        let found = self
            .autosave_path()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|t| toml::from_str::<Answers>(&t).ok())
            .filter(|a| *a != Answers::default());
        self.last_autosave = found.clone();
        self.restore_offer = found;
    }

    /// Writes the autosave when the answers changed (opt-in only).
    pub(super) fn autosave(&mut self) {
        if !self.settings.remember_answers || self.restore_offer.is_some() {
            return;
        }
        if self.last_autosave.as_ref() == Some(&self.answers) {
            return;
        }
        if let (Some(path), Ok(text)) = (self.autosave_path(), toml::to_string(&self.answers)) {
            let saved = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| crate::store::save_atomic(&path, text.as_bytes()));
            // Tried once per change of the answers, not on every frame; the failure is
            // shown above Back and Next until an autosave succeeds.
            self.last_autosave = Some(self.answers.clone());
            self.autosave_error = saved.err().map(|e| {
                self.t().msg(
                    "autosave-failed",
                    &Args::new()
                        .with("file", path.display().to_string())
                        .with("detail", io_words(&e, self.settings.lang)),
                )
            });
        }
    }

    /// Restores the answers found in the autosave.
    pub(super) fn restore_autosave(&mut self) {
        if let Some(a) = self.restore_offer.take() {
            self.answers = a;
            self.step = Step::Review;
        }
    }

    /// Deletes the autosave and the offer to restore it.
    pub(super) fn discard_autosave(&mut self) {
        self.restore_offer = None;
        self.last_autosave = None;
        if let Some(p) = self.autosave_path()
            && let Err(e) = crate::store::remove_if_present(&p)
        {
            let detail = io_words(&e, self.settings.lang);
            self.notice = Some(
                self.t().msg(
                    "file-delete-failed",
                    &Args::new()
                        .with("file", p.display().to_string())
                        .with("detail", detail),
                ),
            );
        }
    }

    /// Deletes everything stored (the confirmation was given) and starts afresh.
    pub(super) fn confirm_forget(&mut self) {
        self.confirm = None;
        if let Some(dir) = &self.data_dir {
            match crate::clients::forget_everything(dir) {
                Ok(()) => {
                    self.settings.recent.clear();
                    self.settings.remember_answers = false;
                    self.answers = Answers::default();
                    self.client_id = None;
                    self.restore_offer = None;
                    self.last_autosave = None;
                    self.step = Step::Welcome;
                    self.notice = Some(self.t().plain("forget-done"));
                }
                Err(e) => self.notice = Some(io_words(&e, self.settings.lang)),
            }
        }
    }
}
