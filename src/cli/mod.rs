//! The headless commands: `recordrights check`, `recordrights report` (the printed
//! summary as PDF), `recordrights letter` (a review-suggestion letter as PDF) and
//! `recordrights rules`.
//!
//! Arguments are parsed into a [`Command`] first; running it returns the exit code
//! (0 success, 2 bad input or bad usage). Output goes to the writers given, so tests
//! drive the commands in-process. Nothing here panics on input.

use std::ffi::OsString;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::error::InputErrors;
use crate::i18n::{Args, Lang};
use crate::rules::RulePack;

mod run;
pub use run::run;

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Print usage.
    Help,
    /// Print the version.
    Version,
    /// Assess a case file.
    Check {
        /// The case file.
        case: PathBuf,
        /// JSON instead of text.
        json: bool,
        /// Reference date (default: today).
        today: Option<NaiveDate>,
    },
    /// Write the printed summary of a case file as PDF.
    Report {
        /// The case file.
        case: PathBuf,
        /// The PDF to write.
        pdf: PathBuf,
        /// Reference date (default: today).
        today: Option<NaiveDate>,
        /// "Prepared for" (`--for`).
        prepared_for: Option<String>,
        /// "Prepared by" (`--by`).
        prepared_by: Option<String>,
        /// The notes box (`--notes`).
        notes: Option<String>,
        /// Only the client summary (`--client-summary`).
        client_only: bool,
    },
    /// Write a review-suggestion letter about one finding of a case file as PDF.
    Letter {
        /// The case file.
        case: PathBuf,
        /// The rule id of the finding.
        rule: String,
        /// The PDF to write.
        pdf: PathBuf,
        /// Reference date (default: today).
        today: Option<NaiveDate>,
        /// The person's name for the letter (`--by`); a blank line to fill in if `None`.
        by: Option<String>,
    },
    /// Validate and summarise a rule pack.
    Rules {
        /// JSON instead of text.
        json: bool,
    },
}

/// Options shared by every command.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// Output language.
    pub lang: Lang,
    /// A rule folder to use instead of the embedded rules.
    pub rules: Option<PathBuf>,
}

/// A command-line mistake, as a Fluent id and arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub &'static str, pub Args);

/// Parses the arguments after the program name.
pub fn parse(args: &[OsString]) -> Result<(Command, Options), UsageError> {
    let mut opts = Options::default();
    let mut words: Vec<String> = Vec::new();
    let mut json = false;
    let mut today = None;
    let mut pdf_out: Option<PathBuf> = None;
    let (mut prepared_for, mut prepared_by, mut notes) = (None, None, None);
    let mut rule: Option<String> = None;
    let mut client_only = false;
    let mut it = args.iter();
    while let Some(raw) = it.next() {
        let Some(arg) = raw.to_str() else {
            return Err(UsageError(
                "cli-not-unicode",
                Args::new().with("arg", raw.to_string_lossy().into_owned()),
            ));
        };
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg, None),
        };
        let mut value = |name: &str| -> Result<OsString, UsageError> {
            match &inline {
                Some(v) => Ok(OsString::from(v)),
                None => it.next().cloned().ok_or(UsageError(
                    "cli-missing-value",
                    Args::new().with("flag", name),
                )),
            }
        };
        match flag {
            "-h" | "--help" | "help" if words.is_empty() || flag != "help" => {
                return Ok((Command::Help, opts));
            }
            "-V" | "--version" => return Ok((Command::Version, opts)),
            "--json" => json = true,
            "--client-summary" => client_only = true,
            "--today" => {
                let v = value("--today")?;
                let s = v.to_string_lossy();
                today = Some(NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|_| {
                    UsageError("cli-bad-date", Args::new().with("value", s.into_owned()))
                })?);
            }
            "--lang" => {
                let v = value("--lang")?;
                let s = v.to_string_lossy();
                opts.lang = Lang::parse(&s).ok_or(UsageError(
                    "cli-bad-lang",
                    Args::new().with("value", s.into_owned()),
                ))?;
            }
            "--rules" | "--dir" => opts.rules = Some(PathBuf::from(value(flag)?)),
            "--pdf" => pdf_out = Some(PathBuf::from(value(flag)?)),
            "--for" => prepared_for = Some(value(flag)?.to_string_lossy().into_owned()),
            "--by" => prepared_by = Some(value(flag)?.to_string_lossy().into_owned()),
            "--notes" => notes = Some(value(flag)?.to_string_lossy().into_owned()),
            "--rule" => rule = Some(value(flag)?.to_string_lossy().into_owned()),
            f if f.starts_with('-') && f.len() > 1 => {
                return Err(UsageError("cli-unknown-flag", Args::new().with("flag", f)));
            }
            _ => words.push(arg.to_owned()),
        }
    }
    let cmd = match words.first().map(String::as_str) {
        None | Some("help") => Command::Help,
        Some("check") => match &words[1..] {
            [case] => Command::Check {
                case: PathBuf::from(case),
                json,
                today,
            },
            [] => return Err(UsageError("cli-missing-case", Args::new())),
            [_, extra, ..] => {
                return Err(UsageError(
                    "cli-extra-argument",
                    Args::new().with("arg", extra),
                ));
            }
        },
        Some("report") => match (&words[1..], pdf_out) {
            ([case], Some(pdf)) => Command::Report {
                case: PathBuf::from(case),
                pdf,
                today,
                prepared_for,
                prepared_by,
                notes,
                client_only,
            },
            ([_], None) => return Err(UsageError("cli-missing-pdf", Args::new())),
            ([], _) => return Err(UsageError("cli-missing-case", Args::new())),
            ([_, extra, ..], _) => {
                return Err(UsageError(
                    "cli-extra-argument",
                    Args::new().with("arg", extra),
                ));
            }
        },
        Some("letter") => match (&words[1..], pdf_out, rule) {
            ([case], Some(pdf), Some(rule)) => Command::Letter {
                case: PathBuf::from(case),
                rule,
                pdf,
                today,
                by: prepared_by,
            },
            ([_], None, _) => return Err(UsageError("cli-missing-pdf", Args::new())),
            ([_], _, None) => return Err(UsageError("cli-missing-rule", Args::new())),
            ([], _, _) => return Err(UsageError("cli-missing-case", Args::new())),
            ([_, extra, ..], _, _) => {
                return Err(UsageError(
                    "cli-extra-argument",
                    Args::new().with("arg", extra),
                ));
            }
        },
        Some("rules") => match &words[1..] {
            [] => Command::Rules { json },
            [extra, ..] => {
                return Err(UsageError(
                    "cli-extra-argument",
                    Args::new().with("arg", extra),
                ));
            }
        },
        Some(other) => {
            return Err(UsageError(
                "cli-unknown-command",
                Args::new().with("command", other),
            ));
        }
    };
    Ok((cmd, opts))
}

/// Loads the rule pack the options name.
pub fn load_rules(opts: &Options) -> Result<RulePack, InputErrors> {
    match &opts.rules {
        Some(dir) => RulePack::load_dir(dir),
        None => RulePack::embedded(),
    }
}
