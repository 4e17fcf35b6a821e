//! The headless commands: `recordrights check`, `recordrights report` (the printed
//! summary as PDF), `recordrights letter` (a review-suggestion letter as PDF) and
//! `recordrights rules`.
//!
//! Arguments are parsed into a [`Command`] first; running it returns the exit code
//! (0 success, 2 bad input or bad usage). Output goes to the writers given, so tests
//! drive the commands in-process. Nothing here panics on input.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::case::Case;
use crate::engine;
use crate::error::{InputErrors, read_text};
use crate::i18n::{Args, Lang, Texts};
use crate::pdf::{self, PdfOptions};
use crate::report;
use crate::rules::RulePack;
use crate::store;

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

/// Runs a command line; returns the exit code.
pub fn run(args: &[OsString], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    // The language is needed for usage errors too: look for it first.
    let lang = args
        .windows(2)
        .find(|w| w[0] == "--lang")
        .and_then(|w| w[1].to_str().and_then(Lang::parse))
        .unwrap_or_default();
    let (cmd, opts) = match parse(args) {
        Ok(x) => x,
        Err(UsageError(id, a)) => {
            let t = Texts::get(lang);
            let _ = writeln!(err, "{}: {}", t.plain("cli-error"), t.msg(id, &a));
            let _ = writeln!(err, "{}", t.plain("cli-usage"));
            return 2;
        }
    };
    let t = Texts::get(opts.lang);
    let result = match cmd {
        Command::Help => writeln!(out, "{}", t.plain("cli-help")).map(|_| 0),
        Command::Version => writeln!(out, "recordrights {}", env!("CARGO_PKG_VERSION")).map(|_| 0),
        Command::Rules { json } => return run_rules(&opts, json, out, err),
        Command::Check { case, json, today } => {
            return run_check(&opts, &case, json, today, out, err);
        }
        Command::Report {
            case,
            pdf,
            today,
            prepared_for,
            prepared_by,
            notes,
            client_only,
        } => {
            let options = PdfOptions {
                lang: opts.lang,
                prepared_for,
                prepared_by,
                notes,
                client_only,
            };
            return run_report(&opts, &case, &pdf, today, &options, out, err);
        }
        Command::Letter {
            case,
            rule,
            pdf,
            today,
            by,
        } => {
            let letter = LetterArgs {
                rule: &rule,
                by: by.as_deref(),
                pdf: &pdf,
                today,
            };
            return run_letter(&opts, &case, &letter, out, err);
        }
    };
    result.unwrap_or(2)
}

fn report_errors(errors: &InputErrors, lang: Lang, err: &mut dyn Write) -> i32 {
    let t = Texts::get(lang);
    for e in &errors.0 {
        let _ = writeln!(err, "{}: {}", t.plain("cli-error"), e.render(lang));
    }
    2
}

fn run_rules(opts: &Options, json: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let pack = match load_rules(opts) {
        Ok(p) => p,
        Err(e) => {
            let code = report_errors(&e, opts.lang, err);
            let t = Texts::get(opts.lang);
            let _ = writeln!(
                err,
                "{}",
                t.msg("cli-rule-problems", &Args::new().with("n", e.0.len()))
            );
            return code;
        }
    };
    let summary = report::json::rule_summary(&pack);
    let written = if json {
        serde_json::to_string_pretty(&summary)
            .map_err(std::io::Error::other)
            .and_then(|s| writeln!(out, "{s}"))
    } else {
        writeln!(out, "{}", rules_text(&summary, opts.lang))
    };
    if written.is_ok() { 0 } else { 2 }
}

fn rules_text(summary: &serde_json::Value, lang: Lang) -> String {
    let t = Texts::get(lang);
    let n = |k: &str| summary[k].as_u64().unwrap_or(0) as usize;
    let mut s = t.msg(
        "rules-summary",
        &Args::new()
            .with(
                "version",
                summary["rules_version"].as_str().unwrap_or("").to_owned(),
            )
            .with("provisions", n("provisions"))
            .with("rules", n("rules"))
            .with("enactments", n("enactments"))
            .with("charges", n("charges"))
            .with("proposals", n("proposals")),
    );
    for (key, prefix) in [
        ("by_level", "level"),
        ("by_domain", "domain"),
        ("by_duration", "duration"),
    ] {
        s.push_str(&format!(
            "\n{}\n",
            t.plain(&format!("rules-{}", key.replace('_', "-")))
        ));
        if let Some(map) = summary[key].as_object() {
            for (k, v) in map {
                let label = t.plain(&format!("{prefix}-{}", k.replace('_', "-")));
                s.push_str(&format!("  {label}: {}\n", v.as_u64().unwrap_or(0)));
            }
        }
    }
    s
}

/// Loads the rules and the case file and assesses the case on `today` (default: the
/// system date).
fn assess_file(
    opts: &Options,
    path: &std::path::Path,
    today: Option<NaiveDate>,
) -> Result<(RulePack, engine::Assessment), InputErrors> {
    let pack = load_rules(opts)?;
    let file = path.display().to_string();
    let text = read_text(path)?;
    let case = Case::parse(&file, &text)?;
    let as_of = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let assessment = engine::assess(&pack, &case, as_of, &file)?;
    Ok((pack, assessment))
}

fn run_check(
    opts: &Options,
    path: &std::path::Path,
    json: bool,
    today: Option<NaiveDate>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let lang = opts.lang;
    let (pack, assessment) = match assess_file(opts, path, today) {
        Ok(x) => x,
        Err(e) => return report_errors(&e, lang, err),
    };
    let written = if json {
        let v = report::json::assessment(&pack, &assessment, lang);
        serde_json::to_string_pretty(&v)
            .map_err(std::io::Error::other)
            .and_then(|s| writeln!(out, "{s}"))
    } else {
        write!(out, "{}", report::text::report(&pack, &assessment, lang))
    };
    if written.is_ok() { 0 } else { 2 }
}

fn run_report(
    opts: &Options,
    path: &std::path::Path,
    pdf_path: &std::path::Path,
    today: Option<NaiveDate>,
    options: &PdfOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let lang = opts.lang;
    let t = Texts::get(lang);
    let (pack, assessment) = match assess_file(opts, path, today) {
        Ok(x) => x,
        Err(e) => return report_errors(&e, lang, err),
    };
    let bytes = match pdf::render(&pack, &assessment, options) {
        Ok(b) => b,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}: {}",
                t.plain("cli-error"),
                t.msg("cli-pdf-failed", &Args::new().with("error", e.to_string()))
            );
            return 2;
        }
    };
    let file = pdf_path.display().to_string();
    if let Err(e) = store::save_atomic(pdf_path, &bytes) {
        let _ = writeln!(
            err,
            "{}: {}",
            t.plain("cli-error"),
            t.msg(
                "cli-cannot-write",
                &Args::new().with("path", file).with("error", e.to_string()),
            )
        );
        return 2;
    }
    match writeln!(
        out,
        "{}",
        t.msg("cli-pdf-written", &Args::new().with("path", file))
    ) {
        Ok(()) => 0,
        Err(_) => 2,
    }
}

/// What `letter` was asked for.
struct LetterArgs<'a> {
    rule: &'a str,
    by: Option<&'a str>,
    pdf: &'a std::path::Path,
    today: Option<NaiveDate>,
}

fn run_letter(
    opts: &Options,
    path: &std::path::Path,
    args: &LetterArgs<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let lang = opts.lang;
    let t = Texts::get(lang);
    let (pack, assessment) = match assess_file(opts, path, args.today) {
        Ok(x) => x,
        Err(e) => return report_errors(&e, lang, err),
    };
    let fail = |err: &mut dyn Write, message: String| {
        let _ = writeln!(err, "{}: {message}", t.plain("cli-error"));
        2
    };
    let letters = match report::letter::letters(&pack, &assessment, args.rule, args.by, lang) {
        Ok(l) => l,
        Err(why) => {
            let message = t.msg(why.message_id(), &Args::new().with("rule", args.rule));
            return fail(err, message);
        }
    };
    let bytes = match pdf::render_letters(&letters, lang) {
        Ok(b) => b,
        Err(e) => {
            let message = t.msg("cli-pdf-failed", &Args::new().with("error", e.to_string()));
            return fail(err, message);
        }
    };
    let file = args.pdf.display().to_string();
    if let Err(e) = store::save_atomic(args.pdf, &bytes) {
        let message = t.msg(
            "cli-cannot-write",
            &Args::new().with("path", file).with("error", e.to_string()),
        );
        return fail(err, message);
    }
    match writeln!(
        out,
        "{}",
        t.msg("letter-written", &Args::new().with("path", file))
    ) {
        Ok(()) => 0,
        Err(_) => 2,
    }
}
