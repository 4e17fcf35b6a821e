//! Opening and saving: case files (with the list of recent ones), the printed summary,
//! review-suggestion letters, printing, and copying the summary as text.

use super::{App, Step, print};
use crate::answers::Answers;
use crate::case::{Case, Resolved};
use crate::error::{InputErrors, io_words};
use crate::i18n::Args;

/// How many recent files are remembered.
const RECENT_MAX: usize = 8;

impl App {
    /// Loads a case file into the answers and shows its summary; a file that cannot be
    /// used leaves the answers as they were and says why in a dialog (and then on the
    /// welcome screen).
    pub fn open_case_file(&mut self, path: &std::path::Path) {
        let file = path.display().to_string();
        // The same checks as `recordrights check`: the file, then its charges against
        // the catalogue, so the window names the same file, line and problem.
        let loaded = crate::error::read_text(path)
            .map_err(InputErrors::from)
            .and_then(|text| Case::parse(&file, &text))
            .and_then(|case| match &self.pack {
                Ok(pack) => case.resolve(pack, &file).map(Resolved::into_case),
                Err(_) => Ok(case),
            });
        match loaded {
            Ok(case) => {
                self.answers = Answers::from_case(&case);
                self.current = 0;
                self.welcome.open_error = None;
                self.welcome.open_error_dialog = false;
                self.step = Step::Summary;
                self.remember(path);
            }
            Err(e) => {
                self.welcome.open_error = Some(e);
                self.welcome.open_error_dialog = true;
                self.step = Step::Welcome;
            }
        }
    }

    /// Puts a case file at the top of the recent files.
    pub(super) fn remember(&mut self, path: &std::path::Path) {
        let p = path.display().to_string();
        self.settings.recent.retain(|r| *r != p);
        self.settings.recent.insert(0, p);
        self.settings.recent.truncate(RECENT_MAX);
    }

    /// Saves the answers as a case file (atomically, keeping the previous version, readable
    /// only by the user). Incomplete answers are not saved: the reason comes back.
    pub fn save_to(&mut self, path: &std::path::Path) -> Result<(), String> {
        let t = self.t();
        let case = self
            .answers
            .to_case()
            .map_err(|_| t.plain("file-save-incomplete"))?;
        crate::store::save_atomic(path, case.to_toml().as_bytes()).map_err(|e| {
            t.msg(
                "file-save-failed",
                &Args::new()
                    .with("file", path.display().to_string())
                    .with("detail", io_words(&e, self.settings.lang)),
            )
        })?;
        self.remember(path);
        Ok(())
    }

    /// The rule pack and the assessment of the current answers, or the message to show
    /// when the answers are incomplete or the rules do not load.
    fn assessed(&self) -> Result<(&crate::rules::RulePack, crate::engine::Assessment), String> {
        let (_, a) = self
            .evaluate()
            .map_err(|_| self.t().plain("file-save-incomplete"))?;
        let pack = self
            .pack
            .as_ref()
            .map_err(|e| e.render(self.settings.lang))?;
        Ok((pack, a))
    }

    /// The printed summary of the current answers as PDF bytes (the full report).
    pub fn pdf_bytes(&self) -> Result<Vec<u8>, String> {
        self.pdf_bytes_of(false)
    }

    /// The full report, or with `client_only` the client's pages only.
    pub fn pdf_bytes_of(&self, client_only: bool) -> Result<Vec<u8>, String> {
        let (pack, a) = self.assessed()?;
        let client = self.answers.client.as_ref();
        let options = crate::pdf::PdfOptions {
            lang: self.settings.lang,
            prepared_for: client
                .map(|c| c.label.clone())
                .filter(|l| !l.trim().is_empty()),
            prepared_by: None,
            notes: client
                .map(|c| c.notes.clone())
                .filter(|n| !n.trim().is_empty()),
            client_only,
        };
        crate::pdf::render(pack, &a, &options).map_err(|e| e.words(self.settings.lang))
    }

    /// Writes a review-suggestion letter about the finding of `rule` to `path`: the same
    /// letter as `recordrights letter`, with the client's label as the sender if any.
    pub fn save_letter(&self, rule: usize, path: &std::path::Path) -> Result<(), String> {
        let t = self.t();
        let (pack, a) = self.assessed()?;
        let id = pack
            .rules
            .get(rule)
            .map(|r| r.id.clone())
            .unwrap_or_default();
        let letters = crate::report::letter::letters(pack, &a, &id, None, self.settings.lang)
            .map_err(|why| t.msg(why.message_id(), &Args::new().with("rule", id.clone())))?;
        let bytes = crate::pdf::render_letters(&letters, self.settings.lang)
            .map_err(|e| e.words(self.settings.lang))?;
        crate::store::save_atomic(path, &bytes).map_err(|e| {
            t.msg(
                "file-save-failed",
                &Args::new()
                    .with("file", path.display().to_string())
                    .with("detail", io_words(&e, self.settings.lang)),
            )
        })
    }

    /// Writes the printed summary to `path` (atomically, readable only by the user).
    pub fn save_pdf(&self, path: &std::path::Path) -> Result<(), String> {
        self.save_pdf_of(path, false)
    }

    /// Writes the full report or, with `client_only`, the client's pages to `path`.
    pub fn save_pdf_of(&self, path: &std::path::Path, client_only: bool) -> Result<(), String> {
        let bytes = self.pdf_bytes_of(client_only)?;
        crate::store::save_atomic(path, &bytes).map_err(|e| {
            self.t().msg(
                "file-save-failed",
                &Args::new()
                    .with("file", path.display().to_string())
                    .with("detail", io_words(&e, self.settings.lang)),
            )
        })
    }

    /// Opens the case file named in the welcome screen's path field.
    pub(super) fn open_typed_path(&mut self) {
        let path = std::path::PathBuf::from(self.welcome.open_path.trim());
        self.open_case_file(&path);
    }

    /// Sends the printed summary (or only the client's pages) to the printer, or opens it
    /// in the PDF viewer.
    pub(super) fn print(&mut self, ctx: &egui::Context, client_only: bool) {
        let path = print::temporary_path();
        self.notice = Some(match self.save_pdf_of(&path, client_only) {
            Ok(()) => {
                let ctx = ctx.clone();
                self.printing = Some(print::print_or_open(path, move || ctx.request_repaint()));
                self.t().plain("print-sending")
            }
            Err(e) => e,
        });
    }

    /// Says what became of the print request once the outcome has come.
    pub(super) fn poll_printing(&mut self) {
        let Some(rx) = &self.printing else {
            return;
        };
        let outcome = match rx.try_recv() {
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
            Ok(o) => Some(o),
        };
        self.printing = None;
        let t = self.t();
        self.notice = Some(match outcome {
            Some(print::PrintOutcome::Printed) => t.plain("print-sent"),
            Some(print::PrintOutcome::Opened) => t.plain("print-opened"),
            Some(print::PrintOutcome::Failed) | None => t.msg(
                "print-failed",
                &Args::new().with("file", print::temporary_path().display().to_string()),
            ),
        });
    }

    /// Copies the summary as plain text.
    pub(super) fn copy_summary(&mut self, ctx: &egui::Context) {
        if let (Ok(pack), Ok((_, a))) = (&self.pack, self.evaluate()) {
            ctx.copy_text(crate::report::text::report(pack, &a, self.settings.lang));
            self.notice = Some(self.t().plain("summary-copied"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Settings;
    use crate::i18n::Lang;
    use print::PrintOutcome;

    fn app() -> App {
        let settings = Settings {
            lang: Lang::EnUs,
            ..Settings::default()
        };
        App::new(settings, chrono::NaiveDate::MIN)
    }

    /// The notice waits for the outcome, then says what became of the print request:
    /// printed, opened in the viewer, or neither (with the file to open by hand).
    #[test]
    fn the_print_notice_says_what_happened() {
        let mut a = app();
        let (tx, rx) = std::sync::mpsc::channel();
        a.printing = Some(rx);
        a.notice = Some("sending".into());
        a.poll_printing();
        assert_eq!(a.notice.as_deref(), Some("sending"), "nothing has come yet");
        assert!(a.printing.is_some());
        tx.send(PrintOutcome::Opened).unwrap_or_default();
        a.poll_printing();
        assert_eq!(a.notice, Some(a.t().plain("print-opened")));
        assert!(a.printing.is_none(), "the request is done");

        let (tx, rx) = std::sync::mpsc::channel::<PrintOutcome>();
        a.printing = Some(rx);
        drop(tx);
        a.poll_printing();
        let said = a.notice.clone().unwrap_or_default();
        assert!(
            said.starts_with("The summary could not be printed or opened"),
            "{said}"
        );
        assert!(said.contains(&print::temporary_path().display().to_string()));
    }
}
