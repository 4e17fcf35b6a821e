//! Native file dialogs: each runs on its own thread (rfd's dialogs block), and its answer
//! is picked up at the start of a later frame.

use super::App;
use crate::i18n::Args;

/// What a native file dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DialogKind {
    SaveCase,
    OpenCase,
    SavePdf,
    /// A review-suggestion letter about the finding of this rule (index in the pack).
    SaveLetter(usize),
}

/// A native file dialog running on its own thread, and its answer when it comes.
pub(super) type PendingDialog = (
    DialogKind,
    std::sync::mpsc::Receiver<Option<std::path::PathBuf>>,
);

impl App {
    /// Asks where to save the case, unless the answers are not complete enough to save.
    pub(super) fn save_dialog(&mut self, ctx: &egui::Context) {
        if self.answers.to_case().is_err() {
            self.notice = Some(self.t().plain("file-save-incomplete"));
        } else {
            self.spawn_dialog(ctx, DialogKind::SaveCase);
        }
    }

    /// Opens a native file dialog on its own thread (none while another is open).
    pub(super) fn spawn_dialog(&mut self, ctx: &egui::Context, kind: DialogKind) {
        if self.dialog.is_some() {
            return;
        }
        let t = self.t();
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let (title, filter, ext, name) = match kind {
            DialogKind::SaveCase => (
                t.plain("file-save-title"),
                t.plain("file-filter"),
                "toml",
                "case.case.toml",
            ),
            DialogKind::OpenCase => (
                t.plain("file-open-title"),
                t.plain("file-filter"),
                "toml",
                "",
            ),
            DialogKind::SavePdf => (
                t.plain("pdf-save-title"),
                t.plain("pdf-filter"),
                "pdf",
                "summary.pdf",
            ),
            DialogKind::SaveLetter(_) => (
                t.plain("letter-save-title"),
                t.plain("pdf-filter"),
                "pdf",
                "review-suggestion.pdf",
            ),
        };
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter, &[ext]);
            let picked = match kind {
                DialogKind::OpenCase => dialog.pick_file(),
                _ => dialog.set_file_name(name).save_file(),
            };
            let _ = tx.send(picked);
            ctx.request_repaint();
        });
        self.dialog = Some((kind, rx));
    }

    /// Acts on the answer of the open file dialog once it has come.
    pub(super) fn poll_dialog(&mut self) {
        let Some((kind, rx)) = &self.dialog else {
            return;
        };
        let kind = *kind;
        match rx.try_recv() {
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) | Ok(None) => self.dialog = None,
            Ok(Some(path)) => {
                self.dialog = None;
                let saved = match kind {
                    DialogKind::OpenCase => return self.open_case_file(&path),
                    DialogKind::SaveCase => self.save_to(&path),
                    DialogKind::SaveLetter(rule) => self.save_letter(rule, &path),
                    DialogKind::SavePdf => self.save_pdf(&path),
                };
                self.notice = Some(match saved {
                    Ok(()) => self.t().msg(
                        "file-saved",
                        &Args::new().with("file", path.display().to_string()),
                    ),
                    Err(e) => e,
                });
            }
        }
    }
}
