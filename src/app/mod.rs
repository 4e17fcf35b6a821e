//! The desktop program: a thin egui shell over the core.
//!
//! [`App::show`] draws one frame; every screen returns [`Command`]s that are applied at
//! the end of the frame. The assessment is recomputed from the answers whenever they
//! change and is never stored. Only [`Settings`] (language, theme, text size) are
//! remembered between runs; answers are saved only when the user chooses to.
//!
//! | module | what it holds |
//! |---|---|
//! | `state` | [`App`], [`Step`]; the problems of each step; [`App::show`] |
//! | `command` | [`Command`], [`Confirm`], [`App::apply`]; moving between the screens |
//! | `bars` | the top bar with the progress, and the Back/Next bar |
//! | `questionnaire` | one module per screen (welcome, person, conviction, sentence, review), each with its `ui` and its own state ([`WelcomeScreen`], [`ChargePicker`]) |
//! | `summary`, `questions`, `timeline` | the assessment ([`SummaryScreen`], [`Filter`]), its follow-up questions, the timeline |
//! | `clients` | the legal-aid client list ([`ClientList`]) and its commands |
//! | `files`, `dialogs`, `print` | opening and saving case files, PDFs and letters; native file dialogs; printing |
//! | `settings` | [`Settings`], how they reach egui, the autosave, "forget everything" |
//! | `desktop` | the eframe wrapper, the window icon and [`run`] |
//! | `widgets`, [`fonts`] | small shared widgets; the fonts |

mod bars;
mod clients;
mod command;
mod desktop;
mod dialogs;
mod files;
pub mod fonts;
mod print;
mod questionnaire;
mod questions;
mod settings;
mod state;
mod summary;
mod timeline;
mod widgets;

pub use clients::ClientList;
pub use command::{Command, Confirm};
pub use desktop::{DesktopApp, Probe, icon, run};
pub use questionnaire::conviction::ChargePicker;
pub use questionnaire::welcome::WelcomeScreen;
pub use settings::Settings;
pub use state::{App, Step};
pub use summary::{Filter, SummaryScreen};
