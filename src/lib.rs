//! # Record Rights
//!
//! Tells a person with a criminal conviction in the PRC, in plain language, what the
//! conviction still restricts, on which legal basis and until when, and whether the
//! record is or may be sealed.
//!
//! ## Bird's-eye view
//!
//! ```text
//! rules/ ──RulePack::embedded──▶ RulePack ─┐
//! case file ──Case::parse_resolved(pack)──▶ Resolved ──engine::assess(case, as_of)──▶ Assessment ─▶ report::{text, json}
//!                                                                                              └─▶ pdf::render (PDF)
//! ```
//!
//! The rule files become a validated [`rules::RulePack`]; answers or a case file become a
//! validated [`case::Case`], whose charges and follow-up answers are then resolved
//! against the pack ([`case::Resolved`]: the engine cannot fail on a name). The engine
//! evaluates every rule in force on the as-of date against every conviction and returns
//! an [`engine::Assessment`] (findings with dates,
//! the record block, the reform proposals, the assumptions it made). Views render that
//! one assessment; they never decide anything themselves, and the screen, the PDF and the
//! text report take the answer-first block from one place (`report::view`).
//!
//! ## Codemap
//!
//! | module | what it holds |
//! |---|---|
//! | [`case`] | the case model and the `recordrights-case/1` file format (strict, with lines), typed field paths for messages (`CaseField`), the case resolved against a pack (`Resolved`), follow-up answers (`facts`), the Criminal Law's sentence limits in one place (`limits`) |
//! | [`catalogue`] | the charge catalogue (罪名) with articles, chapters, fault and tags |
//! | [`regions`] | provinces (ISO 3166-2:CN, both forms) and the cities whose own rules the pack may hold |
//! | [`rules`] | enactments, rules, conditions, durations (`kinds`), questions, shared next steps, references, proposals; the loader |
//! | [`engine`] | the assessment: dates, certainty, answers to questions, record block, proposals |
//! | [`dates`] | calendar arithmetic: anniversaries, month ends, 29 February, ages |
//! | [`report`] | the answer-first view (`glance`: the at-a-glance block; `view`: what is closed now and in which order and groups, what is listed apart: a status the person may not hold, a future case), the search, what the two timeline pictures share (`timeline`), the plain-text report, the JSON of the spec, the review-suggestion letter |
//! | [`pdf`] | A4 PDFs: the printed summary and the letter (wrapping, kinsoku, pages, timeline) |
//! | [`font`] | the bundled CJK font, embedded once for the window and the PDF |
//! | [`i18n`] | languages and the Fluent files of `locales/` |
//! | [`error`] | input errors that name the file, the line, the field and the problem; why the system refused a file operation, in plain words |
//! | [`store`] | atomic, private file writes with a backup |
//! | [`clients`] | the legal-aid client list: case files plus a rebuildable index; the data folder |
//! | [`cli`] | the headless commands `check`, `report` (PDF), `letter` (PDF) and `rules` |
//! | [`answers`] | the questionnaire's answers as typed, turned into a case by the case parser |
//! | `app` | the eframe/egui desktop shell (cargo feature `gui`, on by default) |
//!
//! `rules/` is data a lawyer can review (see `rules/README.md`); it is embedded at build
//! time by `src/build.rs`, and `--rules DIR` loads a folder of the same shape instead.
//!
//! ## Invariants
//!
//! - The engine does no IO and keeps no state: the same pack, case and date give the
//!   same assessment. The assessment is always recomputed, never stored.
//! - Only `app` imports egui, eframe or rfd, and only with the `gui` feature: the core
//!   (case, rules, engine, report, PDF) builds without them and is driven headless by the
//!   command line and the tests.
//! - A local rule binds only a person registered in its province (and, for a city's own
//!   rules, living there); a follow-up answer can only settle or remove a finding, never
//!   add one.
//! - No input panics: loaders return every problem at once, with file and line.
//! - Findings cite only law in force on the as-of date; proposals never appear among
//!   the findings.
//! - Nothing opens a network connection: no crate in the tree speaks HTTP, TLS or DNS,
//!   and the offline tests watch the report and the window under strace.
//! - No user-facing words live in Rust source: they come from `locales/` or from the
//!   bilingual fields of the rule files.

pub mod answers;
#[cfg(feature = "gui")]
pub mod app;
pub mod case;
pub mod catalogue;
pub mod cli;
pub mod clients;
pub mod dates;
pub mod engine;
pub mod error;
pub mod font;
pub mod i18n;
pub mod pdf;
pub mod regions;
pub mod report;
pub mod rules;
pub mod store;
