//! The questionnaire screens, one module each with its `ui`: welcome (with the dialog
//! when a case file cannot be opened), about you, the conviction, the sentence, review.
//! The helpers the screens share are here.

pub(super) mod conviction;
pub(super) mod person;
pub(super) mod review;
pub(super) mod sentence;
pub(super) mod welcome;

use egui::Ui;

use super::App;
use super::widgets::error_line;
use crate::case::CaseField;
use crate::error::Problem;
use crate::i18n::Args;

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
        Problem::PoliticalRightsAloneOutOfRange => "sentence-political-rights-alone-range",
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

/// Shows the problems of a step for one field (after Next was tried, or once the field
/// has content).
fn field_errors(
    app: &App,
    ui: &mut Ui,
    problems: &[(Option<CaseField>, String)],
    field: CaseField,
    touched: bool,
) {
    if !(touched || app.tried.contains(&app.step)) {
        return;
    }
    for (f, msg) in problems {
        if *f == Some(field) {
            error_line(ui, msg);
        }
    }
}
