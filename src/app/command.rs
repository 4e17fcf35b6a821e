//! What the screens ask for ([`Command`]) and how the app does it ([`App::apply`]), at the
//! end of the frame. The moves between screens and the changes to the list of
//! convictions are here; the commands about files, the client list and what is stored
//! are carried out in their own modules.

use super::dialogs::DialogKind;
use super::{App, Step};
use crate::answers::Answers;
use crate::i18n::Lang;

/// Something a screen asks the app to do, applied after the frame is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Go to the next step (refused with a message while the step is invalid).
    Next,
    /// Go back one step.
    Back,
    /// Jump to a step (Edit links on the review page).
    Goto(Step),
    /// Edit a given conviction on a given step.
    EditConviction(Step, usize),
    /// Switch language.
    SetLang(Lang),
    /// Add a conviction and edit it.
    AddConviction,
    /// Remove a conviction.
    RemoveConviction(usize),
    /// Answer a follow-up question about a conviction (`None`: "I don't know").
    AnswerFact {
        /// Index of the conviction.
        conviction: usize,
        /// Fact id of the question catalogue.
        fact: String,
        /// The answer.
        answer: Option<bool>,
    },
    /// Start again with empty answers.
    Restart,
    /// Show the verbatim text of a rule.
    ShowText(usize),
    /// Close the verbatim text.
    CloseText,
    /// Copy the summary as plain text.
    CopySummary,
    /// Open the case file named in the welcome screen's path field.
    OpenPath,
    /// Open a case file by path (recent files).
    OpenFile(std::path::PathBuf),
    /// Ask where to save the case (native dialog).
    SaveDialog,
    /// Ask which case to open (native dialog).
    OpenDialog,
    /// Ask where to save the printed summary (native dialog).
    SavePdfDialog,
    /// Ask where to save a review-suggestion letter about the finding of this rule.
    LetterDialog(usize),
    /// Send the printed summary to the printer (or open it in the PDF viewer).
    Print,
    /// Print only the client's pages (at a glance, record, questions, disclaimer).
    PrintClient,
    /// Show or hide the client list.
    ToggleClients,
    /// Open a client's case.
    OpenClient(String),
    /// Copy a client's case.
    DuplicateClient(String),
    /// Ask to delete a client (confirmation first).
    AskDeleteClient(String),
    /// Delete the client whose deletion was confirmed.
    ConfirmDeleteClient,
    /// Save the current case in the client list.
    SaveClient,
    /// Restore the autosaved answers.
    RestoreAutosave,
    /// Discard the autosaved answers.
    DiscardAutosave,
    /// Ask to delete everything stored (confirmation first).
    AskForget,
    /// Delete everything stored.
    ConfirmForget,
    /// Close a confirmation without doing anything.
    CancelConfirm,
    /// Close the dialog that says why a case file could not be opened.
    CloseOpenError,
}

/// A question that needs a yes before anything is deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Delete this client.
    DeleteClient(String),
    /// Delete everything stored.
    Forget,
}

impl App {
    /// Applies one command.
    pub fn apply(&mut self, c: Command, ctx: &egui::Context) {
        self.notice = None;
        match c {
            // Moving between the screens and the list of convictions.
            Command::Next => self.next_step(),
            Command::Back => self.previous_step(),
            Command::Goto(s) => self.step = s,
            Command::EditConviction(s, i) => {
                self.current = i.min(self.answers.convictions.len().saturating_sub(1));
                self.step = s;
            }
            Command::AddConviction => self.add_conviction(),
            Command::RemoveConviction(i) => self.remove_conviction(i),
            Command::AnswerFact {
                conviction,
                fact,
                answer,
            } => self.answer_fact(conviction, fact, answer),
            Command::Restart => self.restart(),
            Command::ShowText(r) => self.summary.text_open = Some(r),
            Command::CloseText => self.summary.text_open = None,
            // Files and dialogs (`files`, `dialogs`).
            Command::OpenPath => self.open_typed_path(),
            Command::OpenFile(path) => {
                self.client_list.open = false;
                self.open_case_file(&path);
            }
            Command::SaveDialog => self.save_dialog(ctx),
            Command::OpenDialog => self.spawn_dialog(ctx, DialogKind::OpenCase),
            Command::SavePdfDialog => self.spawn_dialog(ctx, DialogKind::SavePdf),
            Command::LetterDialog(rule) => self.spawn_dialog(ctx, DialogKind::SaveLetter(rule)),
            Command::Print => self.print(ctx, false),
            Command::PrintClient => self.print(ctx, true),
            Command::CopySummary => self.copy_summary(ctx),
            Command::CloseOpenError => self.welcome.open_error_dialog = false,
            // The client list (`clients`).
            Command::ToggleClients => self.client_list.open = !self.client_list.open,
            Command::OpenClient(id) => self.open_client(id),
            Command::DuplicateClient(id) => self.duplicate_client(&id),
            Command::AskDeleteClient(id) => self.confirm = Some(Confirm::DeleteClient(id)),
            Command::ConfirmDeleteClient => self.confirm_delete_client(),
            Command::SaveClient => self.save_client(),
            // Settings and what is stored (`settings`).
            Command::SetLang(l) => self.settings.lang = l,
            Command::RestoreAutosave => self.restore_autosave(),
            Command::DiscardAutosave => self.discard_autosave(),
            Command::AskForget => self.confirm = Some(Confirm::Forget),
            Command::ConfirmForget => self.confirm_forget(),
            Command::CancelConfirm => self.confirm = None,
        }
    }

    /// Next: refused (and the step's problems shown) while the step has problems; after
    /// the sentence of one conviction come the next conviction's screens.
    fn next_step(&mut self) {
        if self.step == Step::Welcome || self.step_problems(self.step).is_empty() {
            self.tried.retain(|s| *s != self.step);
            // After the sentence of one conviction, the next conviction's screens.
            if self.step == Step::Sentence && self.current + 1 < self.answers.convictions.len() {
                self.current += 1;
                self.step = Step::Conviction;
            } else {
                self.step = self.step.next();
            }
        } else if !self.tried.contains(&self.step) {
            self.tried.push(self.step);
        }
    }

    /// Back: from a conviction's first screen to the previous conviction's sentence.
    fn previous_step(&mut self) {
        if self.step == Step::Conviction && self.current > 0 {
            self.current -= 1;
            self.step = Step::Sentence;
        } else {
            self.step = self.step.prev();
        }
    }

    /// Adds an empty conviction and opens its screens.
    fn add_conviction(&mut self) {
        self.answers.convictions.push(Default::default());
        self.current = self.answers.convictions.len() - 1;
        self.charge_picker.query.clear();
        self.step = Step::Conviction;
    }

    /// Removes a conviction (never the last one).
    fn remove_conviction(&mut self, i: usize) {
        if self.answers.convictions.len() > 1 && i < self.answers.convictions.len() {
            self.answers.convictions.remove(i);
            self.current = self.current.min(self.answers.convictions.len() - 1);
        }
    }

    /// Records (or, for "I don't know", clears) the answer to a follow-up question.
    fn answer_fact(&mut self, conviction: usize, fact: String, answer: Option<bool>) {
        if let Some(c) = self.answers.convictions.get_mut(conviction) {
            match answer {
                Some(v) => {
                    c.facts.insert(fact, v);
                }
                None => {
                    c.facts.remove(&fact);
                }
            }
        }
    }

    /// Empties the answers and goes back to the welcome screen.
    fn restart(&mut self) {
        self.answers = Answers::default();
        self.current = 0;
        self.tried.clear();
        self.charge_picker.query.clear();
        self.step = Step::Welcome;
    }
}
