//! The program state: [`App`] with the screen it is on ([`Step`]) and each screen's own
//! state (defined beside its `ui`), the answers' problems per step, and [`App::show`],
//! which draws one frame and applies what the screens asked for.

use chrono::NaiveDate;

use super::dialogs::PendingDialog;
use super::{
    ChargePicker, ClientList, Command, Confirm, Settings, SummaryScreen, WelcomeScreen, clients,
    questionnaire, summary,
};
use crate::answers::Answers;
use crate::case::{Case, CaseField};
use crate::engine::{Assessment, assess};
use crate::error::{Context, InputErrors};
use crate::i18n::{Lang, Texts};
use crate::rules::RulePack;

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

    /// The step after this one (the last stays).
    pub(super) fn next(self) -> Step {
        Step::ALL.get(self.index() + 1).copied().unwrap_or(self)
    }

    /// The step before this one (the first stays).
    pub(super) fn prev(self) -> Step {
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
    /// The welcome screen's own state (the path typed, why a file did not open).
    pub welcome: WelcomeScreen,
    /// The conviction screen's own state (the charge picker's search).
    pub charge_picker: ChargePicker,
    /// The summary screen's own state (filters, the open legal text).
    pub summary: SummaryScreen,
    /// The client list's own state (shown or not, its search).
    pub client_list: ClientList,
    /// A short message (e.g. "copied").
    pub notice: Option<String>,
    /// The per-user data folder (autosave, client list); `None`: nothing can be stored.
    pub data_dir: Option<std::path::PathBuf>,
    /// The id in the client list of the case being edited, once it is saved there. Its
    /// list entry (label, notes, day) lives in the answers, like the rest of the case.
    pub client_id: Option<String>,
    /// Answers found in the autosave at start, offered for restoring.
    pub restore_offer: Option<Answers>,
    /// A confirmation being asked.
    pub confirm: Option<Confirm>,
    /// The answers last written to the autosave.
    pub(super) last_autosave: Option<Answers>,
    /// Why the last autosave failed, in the user's words (shown until one succeeds).
    pub autosave_error: Option<String>,
    /// The native file dialog that is open, if any.
    pub(super) dialog: Option<PendingDialog>,
    /// A print request whose outcome has not come yet.
    pub(super) printing: Option<std::sync::mpsc::Receiver<super::print::PrintOutcome>>,
    /// The text size last given to egui.
    pub(super) applied_zoom: Option<f32>,
    /// The theme last given to egui.
    pub(super) applied_dark: Option<Option<bool>>,
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
            welcome: WelcomeScreen::default(),
            charge_picker: ChargePicker::default(),
            summary: SummaryScreen::default(),
            client_list: ClientList::default(),
            notice: None,
            data_dir: None,
            client_id: None,
            restore_offer: None,
            confirm: None,
            last_autosave: None,
            autosave_error: None,
            dialog: None,
            printing: None,
            applied_zoom: None,
            applied_dark: None,
        }
    }

    /// The language of the interface.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// The interface texts in the chosen language.
    pub(super) fn t(&self) -> &'static Texts {
        Texts::get(self.settings.lang)
    }

    /// The case and its assessment, recomputed from the answers.
    pub fn evaluate(&self) -> Result<(Case, Assessment), InputErrors> {
        let pack = self.pack.as_ref().map_err(Clone::clone)?;
        let case = self.answers.to_case()?.resolve(pack, "answers")?;
        let a = assess(&case, self.today)?;
        Ok((case.into_case(), a))
    }

    /// The problems of the answers that belong to a step, as (field, message); the field
    /// is `None` for a problem of the whole file.
    pub fn step_problems(&self, step: Step) -> Vec<(Option<CaseField>, String)> {
        let errors = match self.answers.to_case() {
            Ok(case) => match &self.pack {
                Ok(pack) => case
                    .resolve(pack, "answers")
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
                let field = e.context.as_ref().and_then(Context::case_field);
                let belongs = match (step, field) {
                    (Step::Review, _) => true,
                    (Step::Person, Some(CaseField::Person(_))) => true,
                    (Step::Conviction, Some(CaseField::Conviction(i, key))) => {
                        i == self.current && key.on_conviction_screen()
                    }
                    (Step::Sentence, Some(CaseField::Conviction(i, key))) => {
                        i == self.current && !key.on_conviction_screen()
                    }
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
        self.poll_printing();
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
        if self.step != Step::Welcome && !self.client_list.open {
            egui::Panel::bottom("nav").show(ui, |ui| self.nav_ui(ui, &mut commands));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(ui.available_width().min(900.0));
                    if self.client_list.open {
                        clients::clients_ui(self, ui, &mut commands);
                        return;
                    }
                    match self.step {
                        Step::Welcome => questionnaire::welcome::ui(self, ui, &mut commands),
                        Step::Person => questionnaire::person::ui(self, ui, &mut commands),
                        Step::Conviction => questionnaire::conviction::ui(self, ui, &mut commands),
                        Step::Sentence => questionnaire::sentence::ui(self, ui, &mut commands),
                        Step::Review => questionnaire::review::ui(self, ui, &mut commands),
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
        questionnaire::welcome::open_error_ui(self, ui.ctx(), &mut commands);
        if let Some(path) = dropped.first() {
            commands.push(Command::OpenFile(path.clone()));
        }
        for c in commands {
            self.apply(c, ui.ctx());
        }
        self.autosave();
    }

    fn keyboard(&self, ui: &egui::Ui, commands: &mut Vec<Command>) {
        if self.summary.text_open.is_some()
            || self.confirm.is_some()
            || self.client_list.open
            || self.welcome.open_error_dialog
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
        let typing_path = self.step == Step::Welcome && !self.welcome.open_path.is_empty();
        if (enter && !typing_path || alt_right) && self.step != Step::Summary {
            commands.push(Command::Next);
        }
        if alt_left {
            commands.push(Command::Back);
        }
    }
}
