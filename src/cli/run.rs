//! Running a parsed command: `check`, `report`, `letter` and `rules`, each writing to the
//! writers given and returning the exit code.

use std::ffi::OsString;
use std::io::Write;

use chrono::NaiveDate;

use super::{Command, Options, UsageError, load_rules, parse};
use crate::case::Case;
use crate::engine;
use crate::error::{InputErrors, io_words, read_text};
use crate::i18n::{Args, Lang, Texts};
use crate::pdf::{self, PdfOptions};
use crate::report;
use crate::rules::RulePack;
use crate::store;

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
    let case = Case::parse_resolved(&pack, &file, &text)?;
    let as_of = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let assessment = engine::assess(&case, as_of)?;
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
                t.msg("cli-pdf-failed", &Args::new().with("error", e.words(lang)))
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
                &Args::new()
                    .with("path", file)
                    .with("error", io_words(&e, lang)),
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
            let message = t.msg("cli-pdf-failed", &Args::new().with("error", e.words(lang)));
            return fail(err, message);
        }
    };
    let file = args.pdf.display().to_string();
    if let Err(e) = store::save_atomic(args.pdf, &bytes) {
        let message = t.msg(
            "cli-cannot-write",
            &Args::new()
                .with("path", file)
                .with("error", io_words(&e, lang)),
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
