//! The desktop program: a thin egui shell over the core.
//!
//! [`App::show`] draws one frame; every screen returns [`Command`]s that are applied at
//! the end of the frame. The assessment is recomputed from the answers whenever they
//! change and is never stored. Only [`Settings`] (language, theme, text size) are
//! remembered between runs; answers are saved only when the user chooses to.

mod clients;
pub mod fonts;
mod print;
mod questionnaire;
mod questions;
mod summary;
mod timeline;
mod widgets;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::case::Case;
use crate::engine::{Assessment, assess};
use crate::error::InputErrors;
use crate::i18n::{Args, Lang, Texts};
use crate::rules::{Domain, RulePack};

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

/// The screens, in questionnaire order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// Language, purpose, privacy, start.
    Welcome,
    /// Date of birth, region, roles.
    Person,
    /// Charge, dates, fault.
    Conviction,
    /// Penalty, term, probation, political rights, ban, parole, completion.
    Sentence,
    /// Every answer on one page.
    Review,
    /// The assessment.
    Summary,
}

impl Step {
    /// All steps.
    pub const ALL: [Step; 6] = [
        Step::Welcome,
        Step::Person,
        Step::Conviction,
        Step::Sentence,
        Step::Review,
        Step::Summary,
    ];

    fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn next(self) -> Step {
        Step::ALL.get(self.index() + 1).copied().unwrap_or(self)
    }

    fn prev(self) -> Step {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
            .unwrap_or(self)
    }

    /// The Fluent id of the step's name.
    pub fn title_id(self) -> &'static str {
        match self {
            Step::Welcome => "step-welcome",
            Step::Person => "step-person",
            Step::Conviction => "step-conviction",
            Step::Sentence => "step-sentence",
            Step::Review => "step-review",
            Step::Summary => "step-summary",
        }
    }
}

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

/// What a native file dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DialogKind {
    SaveCase,
    OpenCase,
    SavePdf,
    /// A review-suggestion letter about the finding of this rule (index in the pack).
    SaveLetter(usize),
}

/// A native file dialog running on its own thread, and its answer when it comes.
type PendingDialog = (
    DialogKind,
    std::sync::mpsc::Receiver<Option<std::path::PathBuf>>,
);

/// How many recent files are remembered.
const RECENT_MAX: usize = 8;

/// Filters of the summary for the legal-aid worker.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Only this domain.
    pub domain: Option<Domain>,
    /// Only restrictions active today.
    pub only_active: bool,
    /// Only lifetime restrictions.
    pub only_lifetime: bool,
}

/// The whole program state.
pub struct App {
    /// Remembered settings.
    pub settings: Settings,
    /// The answers.
    pub answers: Answers,
    /// The current screen.
    pub step: Step,
    /// Which conviction the conviction and sentence screens edit.
    pub current: usize,
    /// The rule pack (or why it could not be loaded).
    pub pack: Result<RulePack, InputErrors>,
    /// The as-of date.
    pub today: NaiveDate,
    /// Steps on which Next was tried (their errors are shown).
    pub tried: Vec<Step>,
    /// The charge picker's search text.
    pub charge_query: String,
    /// Summary filters.
    pub filter: Filter,
    /// Rule whose verbatim text is open.
    pub text_open: Option<usize>,
    /// A short message (e.g. "copied").
    pub notice: Option<String>,
    /// Why the case file given to open could not be used.
    pub open_error: Option<InputErrors>,
    /// The dialog showing `open_error` is up (closing it leaves the message on the
    /// welcome screen).
    pub open_error_dialog: bool,
    /// The path typed on the welcome screen.
    pub open_path: String,
    /// The per-user data folder (autosave, client list); `None`: nothing can be stored.
    pub data_dir: Option<std::path::PathBuf>,
    /// The client list is shown instead of the questionnaire.
    pub clients_open: bool,
    /// The client list's search text.
    pub client_query: String,
    /// The client whose case is being edited, and its list entry.
    pub client: Option<(Option<String>, crate::case::ClientInfo)>,
    /// Answers found in the autosave at start, offered for restoring.
    pub restore_offer: Option<Answers>,
    /// A confirmation being asked.
    pub confirm: Option<Confirm>,
    last_autosave: Option<Answers>,
    dialog: Option<PendingDialog>,
    applied_zoom: Option<f32>,
    applied_dark: Option<Option<bool>>,
}

impl Default for App {
    fn default() -> Self {
        App::new(Settings::default(), chrono::Local::now().date_naive())
    }
}

impl App {
    /// A new session with the embedded rules.
    pub fn new(settings: Settings, today: NaiveDate) -> App {
        App {
            settings,
            answers: Answers::default(),
            step: Step::Welcome,
            current: 0,
            pack: RulePack::embedded(),
            today,
            tried: Vec::new(),
            charge_query: String::new(),
            filter: Filter::default(),
            text_open: None,
            notice: None,
            open_error: None,
            open_error_dialog: false,
            open_path: String::new(),
            data_dir: None,
            clients_open: false,
            client_query: String::new(),
            client: None,
            restore_offer: None,
            confirm: None,
            last_autosave: None,
            dialog: None,
            applied_zoom: None,
            applied_dark: None,
        }
    }

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
                Ok(pack) => crate::engine::resolve(pack, &case, &file).map(|_| case),
                Err(_) => Ok(case),
            });
        match loaded {
            Ok(case) => {
                self.answers = Answers::from_case(&case);
                self.current = 0;
                self.open_error = None;
                self.open_error_dialog = false;
                self.step = Step::Summary;
                self.remember(path);
            }
            Err(e) => {
                self.open_error = Some(e);
                self.open_error_dialog = true;
                self.step = Step::Welcome;
            }
        }
    }

    /// The client list in the data folder.
    pub fn client_store(&self) -> Option<crate::clients::ClientStore> {
        self.data_dir
            .as_ref()
            .map(|d| crate::clients::ClientStore::new(d.join("clients")))
    }

    fn autosave_path(&self) -> Option<std::path::PathBuf> {
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
    fn autosave(&mut self) {
        if !self.settings.remember_answers || self.restore_offer.is_some() {
            return;
        }
        if self.last_autosave.as_ref() == Some(&self.answers) {
            return;
        }
        if let (Some(path), Ok(text)) = (self.autosave_path(), toml::to_string(&self.answers)) {
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            if crate::store::save_atomic(&path, text.as_bytes()).is_ok() {
                self.last_autosave = Some(self.answers.clone());
            }
        }
    }

    fn remember(&mut self, path: &std::path::Path) {
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
                    .with("detail", e.to_string()),
            )
        })?;
        self.remember(path);
        Ok(())
    }

    fn spawn_dialog(&mut self, ctx: &egui::Context, kind: DialogKind) {
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

    fn poll_dialog(&mut self) {
        let Some((kind, rx)) = &self.dialog else {
            return;
        };
        let kind = *kind;
        match rx.try_recv() {
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) | Ok(None) => self.dialog = None,
            Ok(Some(path)) => {
                self.dialog = None;
                match kind {
                    DialogKind::SaveCase => {
                        self.notice = Some(match self.save_to(&path) {
                            Ok(()) => self.t().msg(
                                "file-saved",
                                &Args::new().with("file", path.display().to_string()),
                            ),
                            Err(e) => e,
                        });
                    }
                    DialogKind::OpenCase => self.open_case_file(&path),
                    DialogKind::SaveLetter(rule) => {
                        self.notice = Some(match self.save_letter(rule, &path) {
                            Ok(()) => self.t().msg(
                                "file-saved",
                                &Args::new().with("file", path.display().to_string()),
                            ),
                            Err(e) => e,
                        });
                    }
                    DialogKind::SavePdf => {
                        self.notice = Some(match self.save_pdf(&path) {
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
    }

    /// The printed summary of the current answers as PDF bytes.
    pub fn pdf_bytes(&self) -> Result<Vec<u8>, String> {
        let t = self.t();
        let (_, a) = self
            .evaluate()
            .map_err(|_| t.plain("file-save-incomplete"))?;
        let pack = self
            .pack
            .as_ref()
            .map_err(|e| e.render(self.settings.lang))?;
        let client = self.client.as_ref().map(|(_, info)| info);
        let options = crate::pdf::PdfOptions {
            lang: self.settings.lang,
            prepared_for: client
                .map(|c| c.label.clone())
                .filter(|l| !l.trim().is_empty()),
            prepared_by: None,
            notes: client
                .map(|c| c.notes.clone())
                .filter(|n| !n.trim().is_empty()),
            client_only: false,
        };
        crate::pdf::render(pack, &a, &options).map_err(|e| e.to_string())
    }

    /// Writes a review-suggestion letter about the finding of `rule` to `path`: the same
    /// letter as `recordrights letter`, with the client's label as the sender if any.
    pub fn save_letter(&self, rule: usize, path: &std::path::Path) -> Result<(), String> {
        let t = self.t();
        let (_, a) = self
            .evaluate()
            .map_err(|_| t.plain("file-save-incomplete"))?;
        let pack = self
            .pack
            .as_ref()
            .map_err(|e| e.render(self.settings.lang))?;
        let id = pack
            .rules
            .get(rule)
            .map(|r| r.id.clone())
            .unwrap_or_default();
        let letters = crate::report::letter::letters(pack, &a, &id, None, self.settings.lang)
            .map_err(|why| t.msg(why.message_id(), &Args::new().with("rule", id.clone())))?;
        let bytes =
            crate::pdf::render_letters(&letters, self.settings.lang).map_err(|e| e.to_string())?;
        crate::store::save_atomic(path, &bytes).map_err(|e| {
            t.msg(
                "file-save-failed",
                &Args::new()
                    .with("file", path.display().to_string())
                    .with("detail", e.to_string()),
            )
        })
    }

    /// Writes the printed summary to `path` (atomically, readable only by the user).
    pub fn save_pdf(&self, path: &std::path::Path) -> Result<(), String> {
        let bytes = self.pdf_bytes()?;
        crate::store::save_atomic(path, &bytes).map_err(|e| {
            self.t().msg(
                "file-save-failed",
                &Args::new()
                    .with("file", path.display().to_string())
                    .with("detail", e.to_string()),
            )
        })
    }

    /// The language of the interface.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    fn t(&self) -> &'static Texts {
        Texts::get(self.settings.lang)
    }

    /// The case and its assessment, recomputed from the answers.
    pub fn evaluate(&self) -> Result<(Case, Assessment), InputErrors> {
        let pack = self.pack.as_ref().map_err(Clone::clone)?;
        let case = self.answers.to_case()?;
        let a = assess(pack, &case, self.today, "answers")?;
        Ok((case, a))
    }

    /// The problems of the answers that belong to a step, as (field, message).
    pub fn step_problems(&self, step: Step) -> Vec<(String, String)> {
        let errors = match self.answers.to_case() {
            Ok(case) => match &self.pack {
                Ok(pack) => crate::engine::resolve(pack, &case, "answers")
                    .err()
                    .map(|e| e.0)
                    .unwrap_or_default(),
                Err(_) => Vec::new(),
            },
            Err(e) => e.0,
        };
        let t = self.t();
        errors
            .into_iter()
            .filter_map(|e| {
                let field = e.context.clone().unwrap_or_default();
                let belongs = match step {
                    Step::Person => field.starts_with("person."),
                    Step::Conviction => {
                        field.starts_with(&format!("conviction[{}].", self.current + 1))
                            && CONVICTION_FIELDS.iter().any(|f| field.ends_with(f))
                    }
                    Step::Sentence => {
                        field.starts_with(&format!("conviction[{}].", self.current + 1))
                            && !CONVICTION_FIELDS.iter().any(|f| field.ends_with(f))
                    }
                    Step::Review => true,
                    _ => false,
                };
                belongs.then(|| {
                    let (id, args) = questionnaire::screen_message(&e.problem);
                    (field, t.msg(id, &args))
                })
            })
            .collect()
    }

    /// Draws one frame into `ui` and applies what the screens asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.apply_settings(ui.ctx());
        self.poll_dialog();
        let dropped: Vec<std::path::PathBuf> = ui.ctx().input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        let mut commands = Vec::new();
        self.keyboard(ui, &mut commands);
        egui::Panel::top("top").show(ui, |ui| self.top_bar_ui(ui, &mut commands));
        if self.step != Step::Welcome && !self.clients_open {
            egui::Panel::bottom("nav").show(ui, |ui| self.nav_ui(ui, &mut commands));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(ui.available_width().min(900.0));
                    if self.clients_open {
                        clients::clients_ui(self, ui, &mut commands);
                        return;
                    }
                    match self.step {
                        Step::Welcome => questionnaire::welcome_ui(self, ui, &mut commands),
                        Step::Person => questionnaire::person_ui(self, ui, &mut commands),
                        Step::Conviction => questionnaire::conviction_ui(self, ui, &mut commands),
                        Step::Sentence => questionnaire::sentence_ui(self, ui, &mut commands),
                        Step::Review => questionnaire::review_ui(self, ui, &mut commands),
                        Step::Summary => {
                            summary::summary_ui(self, ui, &mut commands);
                            if self.data_dir.is_some() {
                                ui.add_space(12.0);
                                clients::save_client_ui(self, ui, &mut commands);
                            }
                        }
                    }
                });
        });
        summary::text_modal_ui(self, ui.ctx(), &mut commands);
        clients::confirm_ui(self, ui.ctx(), &mut commands);
        questionnaire::open_error_ui(self, ui.ctx(), &mut commands);
        if let Some(path) = dropped.first() {
            commands.push(Command::OpenFile(path.clone()));
        }
        for c in commands {
            self.apply(c, ui.ctx());
        }
        self.autosave();
    }

    fn apply_settings(&mut self, ctx: &egui::Context) {
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

    fn keyboard(&self, ui: &egui::Ui, commands: &mut Vec<Command>) {
        if self.text_open.is_some()
            || self.confirm.is_some()
            || self.clients_open
            || self.open_error_dialog
        {
            return;
        }
        let (enter, alt_left, alt_right) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::Enter) && i.modifiers.is_none(),
                i.modifiers.alt && i.key_pressed(egui::Key::ArrowLeft),
                i.modifiers.alt && i.key_pressed(egui::Key::ArrowRight),
            )
        });
        let typing_path = self.step == Step::Welcome && !self.open_path.is_empty();
        if (enter && !typing_path || alt_right) && self.step != Step::Summary {
            commands.push(Command::Next);
        }
        if alt_left {
            commands.push(Command::Back);
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let t = self.t();
        ui.horizontal_wrapped(|ui| {
            ui.heading(t.plain("app-title"));
            ui.separator();
            let lang = self.settings.lang;
            if ui
                .selectable_label(lang == Lang::ZhCn, "中文")
                .on_hover_text(t.plain("lang-switch-zh"))
                .clicked()
            {
                commands.push(Command::SetLang(Lang::ZhCn));
            }
            if ui
                .selectable_label(lang == Lang::EnUs, "English")
                .on_hover_text(t.plain("lang-switch-en"))
                .clicked()
            {
                commands.push(Command::SetLang(Lang::EnUs));
            }
            ui.separator();
            if ui
                .button(t.plain("text-smaller"))
                .on_hover_text(t.plain("text-smaller-hint"))
                .clicked()
            {
                egui::gui_zoom::zoom_out(ui.ctx());
            }
            if ui
                .button(t.plain("text-larger"))
                .on_hover_text(t.plain("text-larger-hint"))
                .clicked()
            {
                egui::gui_zoom::zoom_in(ui.ctx());
            }
            ui.separator();
            if ui
                .button(t.plain("file-open"))
                .on_hover_text(t.plain("file-open-hint"))
                .clicked()
            {
                commands.push(Command::OpenDialog);
            }
            if self.step != Step::Welcome
                && ui
                    .button(t.plain("file-save"))
                    .on_hover_text(t.plain("file-save-hint"))
                    .clicked()
            {
                commands.push(Command::SaveDialog);
            }
            let dark = ui.visuals().dark_mode;
            let theme_label = if dark {
                t.plain("theme-light")
            } else {
                t.plain("theme-dark")
            };
            if ui.button(theme_label).clicked() {
                self.settings.dark = Some(!dark);
            }
        });
        if self.step != Step::Welcome {
            self.progress_ui(ui);
        }
        ui.add_space(2.0);
    }

    fn progress_ui(&self, ui: &mut egui::Ui) {
        let t = self.t();
        let steps = &Step::ALL[1..];
        let at = steps.iter().position(|s| *s == self.step).unwrap_or(0);
        ui.horizontal_wrapped(|ui| {
            ui.label(t.msg(
                "progress",
                &Args::new().with("n", at + 1).with("total", steps.len()),
            ));
            for (i, s) in steps.iter().enumerate() {
                let text = egui::RichText::new(format!("{}. {}", i + 1, t.plain(s.title_id())));
                let text = if i == at {
                    text.strong().underline()
                } else if i < at {
                    text
                } else {
                    text.weak()
                };
                ui.label(text);
                if i + 1 < steps.len() {
                    ui.label("›");
                }
            }
        });
        ui.add(egui::ProgressBar::new((at + 1) as f32 / steps.len() as f32).desired_height(4.0));
    }

    fn nav_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let t = self.t();
        ui.add_space(4.0);
        if self.tried.contains(&self.step) {
            let problems = self.step_problems(self.step);
            if !problems.is_empty() {
                widgets::error_line(
                    ui,
                    &t.msg("nav-fix-first", &Args::new().with("n", problems.len())),
                );
            }
        }
        ui.horizontal(|ui| {
            if ui
                .button(t.plain("nav-back"))
                .on_hover_text(t.plain("nav-back-hint"))
                .clicked()
            {
                commands.push(Command::Back);
            }
            if self.step == Step::Summary {
                if ui.button(t.plain("nav-edit-answers")).clicked() {
                    commands.push(Command::Goto(Step::Review));
                }
                if ui.button(t.plain("nav-restart")).clicked() {
                    commands.push(Command::Restart);
                }
            } else {
                let label = if self.step == Step::Review {
                    t.plain("nav-see-summary")
                } else {
                    t.plain("nav-next")
                };
                if ui
                    .button(label)
                    .on_hover_text(t.plain("nav-next-hint"))
                    .clicked()
                {
                    commands.push(Command::Next);
                }
            }
            if let Some(n) = &self.notice {
                ui.label(egui::RichText::new(n).weak());
            }
        });
        ui.add_space(4.0);
    }

    /// Applies one command.
    pub fn apply(&mut self, c: Command, ctx: &egui::Context) {
        self.notice = None;
        match c {
            Command::Next => {
                if self.step == Step::Welcome || self.step_problems(self.step).is_empty() {
                    self.tried.retain(|s| *s != self.step);
                    // After the sentence of one conviction, the next conviction's screens.
                    if self.step == Step::Sentence
                        && self.current + 1 < self.answers.convictions.len()
                    {
                        self.current += 1;
                        self.step = Step::Conviction;
                    } else {
                        self.step = self.step.next();
                    }
                } else if !self.tried.contains(&self.step) {
                    self.tried.push(self.step);
                }
            }
            Command::Back => {
                if self.step == Step::Conviction && self.current > 0 {
                    self.current -= 1;
                    self.step = Step::Sentence;
                } else {
                    self.step = self.step.prev();
                }
            }
            Command::Goto(s) => self.step = s,
            Command::EditConviction(s, i) => {
                self.current = i.min(self.answers.convictions.len().saturating_sub(1));
                self.step = s;
            }
            Command::SetLang(l) => self.settings.lang = l,
            Command::AddConviction => {
                self.answers.convictions.push(Default::default());
                self.current = self.answers.convictions.len() - 1;
                self.charge_query.clear();
                self.step = Step::Conviction;
            }
            Command::RemoveConviction(i) => {
                if self.answers.convictions.len() > 1 && i < self.answers.convictions.len() {
                    self.answers.convictions.remove(i);
                    self.current = self.current.min(self.answers.convictions.len() - 1);
                }
            }
            Command::AnswerFact {
                conviction,
                fact,
                answer,
            } => {
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
            Command::Restart => {
                self.answers = Answers::default();
                self.current = 0;
                self.tried.clear();
                self.charge_query.clear();
                self.step = Step::Welcome;
            }
            Command::ShowText(r) => self.text_open = Some(r),
            Command::CloseText => self.text_open = None,
            Command::OpenFile(path) => {
                self.clients_open = false;
                self.open_case_file(&path);
            }
            Command::ToggleClients => self.clients_open = !self.clients_open,
            Command::OpenClient(id) => {
                if let Some(store) = self.client_store() {
                    match store.load(&id) {
                        Ok(case) => {
                            self.answers = Answers::from_case(&case);
                            self.client = Some((Some(id), case.client.clone().unwrap_or_default()));
                            self.current = 0;
                            self.clients_open = false;
                            self.step = Step::Summary;
                        }
                        Err(e) => self.notice = Some(e.render(self.settings.lang)),
                    }
                }
            }
            Command::DuplicateClient(id) => {
                if let Some(store) = self.client_store() {
                    let label = self
                        .t()
                        .msg("clients-copy-label", &Args::new().with("label", id.clone()));
                    let label = store
                        .list()
                        .ok()
                        .and_then(|l| l.into_iter().find(|c| c.id == id))
                        .map(|c| {
                            self.t()
                                .msg("clients-copy-label", &Args::new().with("label", c.label))
                        })
                        .unwrap_or(label);
                    if let Err(e) = store.duplicate(&id, &label) {
                        self.notice = Some(e.to_string());
                    }
                }
            }
            Command::AskDeleteClient(id) => self.confirm = Some(Confirm::DeleteClient(id)),
            Command::ConfirmDeleteClient => {
                if let (Some(Confirm::DeleteClient(id)), Some(store)) =
                    (self.confirm.take(), self.client_store())
                {
                    if let Err(e) = store.delete(&id) {
                        self.notice = Some(e.to_string());
                    }
                    if self.client.as_ref().and_then(|(i, _)| i.as_deref()) == Some(id.as_str()) {
                        self.client = None;
                    }
                }
            }
            Command::SaveClient => {
                let t = self.t();
                match (
                    self.client_store(),
                    self.answers.to_case(),
                    self.client.clone(),
                ) {
                    (Some(store), Ok(case), Some((id, info))) if !info.label.trim().is_empty() => {
                        match store.save(id.as_deref(), &case, &info) {
                            Ok(new_id) => {
                                self.notice = Some(t.msg(
                                    "clients-saved",
                                    &Args::new().with("label", info.label.clone()),
                                ));
                                self.client = Some((Some(new_id), info));
                            }
                            Err(e) => self.notice = Some(e.to_string()),
                        }
                    }
                    (None, _, _) => self.notice = Some(t.plain("clients-no-folder")),
                    (_, Err(_), _) => self.notice = Some(t.plain("file-save-incomplete")),
                    _ => self.notice = Some(t.plain("clients-label-needed")),
                }
            }
            Command::RestoreAutosave => {
                if let Some(a) = self.restore_offer.take() {
                    self.answers = a;
                    self.step = Step::Review;
                }
            }
            Command::DiscardAutosave => {
                self.restore_offer = None;
                self.last_autosave = None;
                if let Some(p) = self.autosave_path()
                    && let Err(e) = std::fs::remove_file(&p)
                    && e.kind() != std::io::ErrorKind::NotFound
                {
                    let (id, args) = crate::error::Problem::from_io(&e).message();
                    let detail = self.t().msg(id, &args);
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
            Command::AskForget => self.confirm = Some(Confirm::Forget),
            Command::ConfirmForget => {
                self.confirm = None;
                if let Some(dir) = &self.data_dir {
                    match crate::clients::forget_everything(dir) {
                        Ok(()) => {
                            self.settings.recent.clear();
                            self.settings.remember_answers = false;
                            self.answers = Answers::default();
                            self.client = None;
                            self.restore_offer = None;
                            self.last_autosave = None;
                            self.step = Step::Welcome;
                            self.notice = Some(self.t().plain("forget-done"));
                        }
                        Err(e) => self.notice = Some(e.to_string()),
                    }
                }
            }
            Command::CancelConfirm => self.confirm = None,
            Command::CloseOpenError => self.open_error_dialog = false,
            Command::SaveDialog => {
                if self.answers.to_case().is_err() {
                    self.notice = Some(self.t().plain("file-save-incomplete"));
                } else {
                    self.spawn_dialog(ctx, DialogKind::SaveCase);
                }
            }
            Command::OpenDialog => self.spawn_dialog(ctx, DialogKind::OpenCase),
            Command::SavePdfDialog => self.spawn_dialog(ctx, DialogKind::SavePdf),
            Command::LetterDialog(rule) => self.spawn_dialog(ctx, DialogKind::SaveLetter(rule)),
            Command::Print => {
                let path = print::temporary_path();
                self.notice = Some(match self.save_pdf(&path) {
                    Ok(()) => {
                        print::print_or_open(path);
                        self.t().plain("print-sent")
                    }
                    Err(e) => e,
                });
            }
            Command::OpenPath => {
                let path = std::path::PathBuf::from(self.open_path.trim());
                self.open_case_file(&path);
            }
            Command::CopySummary => {
                if let (Ok(pack), Ok((_, a))) = (&self.pack, self.evaluate()) {
                    ctx.copy_text(crate::report::text::report(pack, &a, self.settings.lang));
                    self.notice = Some(self.t().plain("summary-copied"));
                }
            }
        }
    }
}

/// Fields asked on the conviction screen (the rest of a conviction is the sentence).
const CONVICTION_FIELDS: [&str; 6] = [
    ".charge",
    ".article",
    ".offence_date",
    ".judgment_date",
    ".fault",
    ".professional",
];

/// The eframe application: settings are loaded and saved by eframe's storage.
pub struct DesktopApp {
    /// The state.
    pub app: App,
    title: String,
    probe: Probe,
}

/// Switches for the whole-process measurements (`tests/benches/whole-process.sh`), read
/// from the environment: `RECORDRIGHTS_EXIT_AFTER_FIRST_FRAME=1` closes the window once the
/// first frame is drawn; `RECORDRIGHTS_TRACE_FRAMES=1` prints a line on stderr for every
/// frame, so idle frames can be counted. Both off by default.
#[derive(Debug, Clone, Copy)]
pub struct Probe {
    exit_after_first_frame: bool,
    trace_frames: bool,
    started: std::time::Instant,
    frames: u64,
}

impl Probe {
    /// Reads the switches; `started` is when the program began.
    pub fn from_env(started: std::time::Instant) -> Probe {
        let on = |name: &str| std::env::var_os(name).is_some_and(|v| v == "1");
        Probe {
            exit_after_first_frame: on("RECORDRIGHTS_EXIT_AFTER_FIRST_FRAME"),
            trace_frames: on("RECORDRIGHTS_TRACE_FRAMES"),
            started,
            frames: 0,
        }
    }

    /// Counts one frame, reports it when asked to, and closes the window after the first
    /// one when asked to.
    pub fn frame(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        let ms = self.started.elapsed().as_secs_f64() * 1000.0;
        if self.trace_frames || self.exit_after_first_frame && self.frames == 1 {
            eprintln!("recordrights: frame {} at {ms:.1} ms", self.frames);
        }
        if self.exit_after_first_frame && self.frames == 1 {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

const SETTINGS_KEY: &str = "recordrights-settings";

impl DesktopApp {
    /// Creates the app, installs the fonts and restores the settings.
    pub fn new(cc: &eframe::CreationContext<'_>, probe: Probe) -> DesktopApp {
        fonts::install(&cc.egui_ctx);
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        let mut app = App::new(settings, chrono::Local::now().date_naive());
        app.data_dir = crate::clients::data_dir();
        app.check_autosave();
        DesktopApp {
            app,
            title: String::new(),
            probe,
        }
    }
}

impl eframe::App for DesktopApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.show(ui);
        let title = format!(
            "{} — {}",
            self.app.t().plain("app-title"),
            self.app.t().plain(self.app.step.title_id())
        );
        if title != self.title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        self.probe.frame(ui.ctx());
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.app.settings);
    }

    fn persist_egui_memory(&self) -> bool {
        false
    }

    /// The temporary PDF made for printing is deleted when the window closes (a PDF
    /// viewer may still have needed it until then).
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        print::remove_temporary(&print::temporary_path());
    }
}

/// A small generated window icon (a document with a check mark), so no image file is needed.
pub fn icon() -> egui::IconData {
    let size = 64u32;
    let mut rgba = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let page = (12..52).contains(&x) && (6..58).contains(&y);
            let border = page && (!(15..=48).contains(&x) || !(9..=54).contains(&y));
            let line =
                page && (16..46).contains(&x) && [18, 26, 34].contains(&(y / 2 * 2)) && y % 8 < 2;
            let check = {
                let (fx, fy) = (x as i32, y as i32);
                (fy - (44 + (fx - 24))).abs() <= 2 && (20..=28).contains(&fx)
                    || (fy - (52 - (fx - 28))).abs() <= 2 && (28..=44).contains(&fx)
            };
            let px: [u8; 4] = if check {
                [30, 140, 70, 255]
            } else if border {
                [40, 70, 120, 255]
            } else if line {
                [150, 160, 180, 255]
            } else if page {
                [250, 250, 245, 255]
            } else {
                [0, 0, 0, 0]
            };
            rgba.extend_from_slice(&px);
        }
    }
    egui::IconData {
        rgba,
        width: size,
        height: size,
    }
}

/// Opens the window (with a case file, if given) and runs until it is closed.
pub fn run(case: Option<std::path::PathBuf>) -> eframe::Result {
    let probe = Probe::from_env(std::time::Instant::now());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(Texts::get(Lang::ZhCn).plain("app-window-title"))
            .with_app_id("recordrights")
            .with_inner_size([1000.0, 760.0])
            .with_min_inner_size([640.0, 480.0])
            .with_icon(icon()),
        ..Default::default()
    };
    eframe::run_native(
        "recordrights",
        options,
        Box::new(move |cc| {
            let mut app = DesktopApp::new(cc, probe);
            if let Some(path) = case {
                app.app.open_case_file(&path);
            }
            Ok(Box::new(app))
        }),
    )
}
