//! The corpus of broken inputs (`tests/corpus/bad`): every broken case file and every
//! broken rule folder must give exit code 2, nothing on stdout, and a message naming the
//! file and the line — never a panic, never a hang.
//!
//! `tests/corpus/bad/expected-lines.txt` gives, for most case files, the line the defect is
//! on; the message must name that line. `tests/corpus/bad/rules/expected.txt` gives, for
//! every rule folder, the file (relative to the folder) and line the message must name.
//!
//! Each input runs on its own thread (with the 8 MiB stack of a program's main thread)
//! inside `catch_unwind`, so a panic fails the test naming the input, and an input that
//! does not finish within [`HANG_LIMIT`] is reported as a hang instead of stopping the suite.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use recordrights::cli::run;

/// Inputs that expose a known defect of the program. The test still runs them but does
/// not fail on them; it fails instead when one of them starts passing, so that the entry
/// is removed once the program is fixed. Found by the corpus on 2026-11-22.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

/// Inputs that give the right answer but too slowly: exempt from [`SLOW_LIMIT`] only (they
/// must still finish within [`HANG_LIMIT`] and give exit 2 with file and line).
const KNOWN_SLOW: &[(&str, &str)] = &[];

/// An input that takes longer than this fails as too slow.
const SLOW_LIMIT: Duration = Duration::from_secs(10);
/// An input that takes longer than this is reported as a hang and no longer waited for.
const HANG_LIMIT: Duration = Duration::from_secs(300);

/// What running one input gave.
enum Outcome {
    Finished {
        code: i32,
        out: String,
        err: String,
        took: Duration,
    },
    Panicked(String),
    Hung,
}

/// Runs `recordrights::cli::run` on each argument list, a few at a time, each on its own
/// thread inside `catch_unwind`. Returns the outcomes keyed by input name.
fn run_all(jobs: Vec<(String, Vec<OsString>)>) -> BTreeMap<String, Outcome> {
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 4);
    let (tx, rx) = mpsc::channel::<(String, Outcome)>();
    let mut pending = jobs.into_iter();
    let mut running: BTreeMap<String, Instant> = BTreeMap::new();
    let mut done = BTreeMap::new();
    loop {
        while running.len() < workers {
            let Some((name, args)) = pending.next() else {
                break;
            };
            let tx = tx.clone();
            let key = name.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("corpus {name}"))
                .stack_size(8 << 20)
                .spawn(move || {
                    let start = Instant::now();
                    let result = catch_unwind(AssertUnwindSafe(|| {
                        let (mut out, mut err) = (Vec::new(), Vec::new());
                        let code = run(&args, &mut out, &mut err);
                        (code, out, err)
                    }));
                    let outcome = match result {
                        Ok((code, out, err)) => Outcome::Finished {
                            code,
                            out: String::from_utf8_lossy(&out).into_owned(),
                            err: String::from_utf8_lossy(&err).into_owned(),
                            took: start.elapsed(),
                        },
                        Err(payload) => Outcome::Panicked(
                            payload
                                .downcast_ref::<&str>()
                                .map(|s| (*s).to_owned())
                                .or_else(|| payload.downcast_ref::<String>().cloned())
                                .unwrap_or_else(|| "(no message)".to_owned()),
                        ),
                    };
                    let _ = tx.send((name, outcome));
                });
            match spawned {
                Ok(_) => {
                    running.insert(key, Instant::now());
                }
                Err(e) => {
                    done.insert(key, Outcome::Panicked(format!("could not start: {e}")));
                }
            }
        }
        if running.is_empty() {
            break;
        }
        match rx.recv_timeout(Duration::from_secs(1)) {
            Ok((name, outcome)) => {
                running.remove(&name);
                done.insert(name, outcome);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        let hung: Vec<String> = running
            .iter()
            .filter(|(_, start)| start.elapsed() > HANG_LIMIT)
            .map(|(name, _)| name.clone())
            .collect();
        for name in hung {
            // The thread keeps running; the test process ends it when the suite is done.
            running.remove(&name);
            done.insert(name, Outcome::Hung);
        }
    }
    done
}

/// `text` shortened for a failure message.
fn clip(text: &str) -> String {
    const MAX: usize = 400;
    let t = text.trim_end();
    if t.len() <= MAX {
        return t.to_owned();
    }
    let mut end = MAX;
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &t[..end], t.len())
}

/// Whether `err` holds `path:` followed by a line number and `:`.
fn names_some_line(err: &str, path: &str) -> bool {
    let prefix = format!("{path}:");
    err.match_indices(&prefix).any(|(at, _)| {
        let rest = &err[at + prefix.len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with(':')
    })
}

/// Lines of a manifest, without comments and blank lines, split at tabs.
fn manifest(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn args(words: &[&str]) -> Vec<OsString> {
    words.iter().map(OsString::from).collect()
}

/// Checks one outcome; returns what is wrong with it (empty when nothing is). Messages
/// start with `error: ` (the tests run with `--lang en-US`).
fn problems(
    name: &str,
    outcome: &Outcome,
    want_in_err: &dyn Fn(&str) -> Result<(), String>,
) -> Vec<String> {
    let known_slow = KNOWN_SLOW.iter().any(|(n, _)| *n == name);
    match outcome {
        Outcome::Panicked(msg) => vec![format!("PANIC: {msg}")],
        Outcome::Hung => vec![format!("HANG: no answer within {HANG_LIMIT:?}")],
        Outcome::Finished {
            code,
            out,
            err,
            took,
        } => {
            let mut p = Vec::new();
            if *code != 2 {
                p.push(format!("exit code {code}, want 2"));
            }
            if !out.is_empty() {
                p.push(format!("stdout not empty: {}", clip(out)));
            }
            if let Err(e) = want_in_err(err) {
                p.push(e);
            }
            // Each input is broken in exactly one way (the rule folders are complete packs
            // but for their defect), so exactly one error is expected.
            let errors = err.lines().filter(|l| l.starts_with("error: ")).count();
            if *code == 2 && errors != 1 {
                p.push(format!("{errors} errors reported, want exactly 1"));
            }
            if *took > SLOW_LIMIT && !known_slow {
                p.push(format!("took {took:?} (limit {SLOW_LIMIT:?})"));
            }
            if !p.is_empty() {
                p.push(format!("stderr: {}", clip(err)));
            }
            p
        }
    }
}

/// Fails with every problem, separating known failures from new ones.
fn verdict(what: &str, results: Vec<(String, Vec<String>)>) {
    let mut failures = Vec::new();
    for (name, problems) in &results {
        let known = KNOWN_FAILURES.iter().find(|(n, _)| n == name);
        match (known, problems.is_empty()) {
            (None, false) => failures.push(format!("{name}:\n    {}", problems.join("\n    "))),
            (Some((_, why)), true) => failures.push(format!(
                "{name}: listed in KNOWN_FAILURES ({why}) but passes now: remove it from the list"
            )),
            (Some((_, why)), false) => {
                eprintln!(
                    "known failure {name} ({why}):\n    {}",
                    problems.join("\n    ")
                )
            }
            (None, true) => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} {what} fail:\n{}",
        failures.len(),
        results.len(),
        failures.join("\n")
    );
}

fn corpus_dir() -> PathBuf {
    crate::root().join("tests/corpus/bad")
}

#[test]
fn corpus_every_broken_case_file_is_refused_with_file_and_line() {
    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".case.toml"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 110,
        "only {} broken case files in {}",
        files.len(),
        dir.display()
    );
    let name_of = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let names: Vec<String> = files.iter().map(|p| name_of(p)).collect();
    let mut lines: BTreeMap<String, usize> = BTreeMap::new();
    for row in manifest(&dir.join("expected-lines.txt")) {
        let [file, line] = row.as_slice() else {
            panic!("expected-lines.txt: bad row {row:?}");
        };
        assert!(
            names.contains(file),
            "expected-lines.txt names {file}, not in the corpus"
        );
        let line = line
            .parse()
            .unwrap_or_else(|_| panic!("expected-lines.txt: bad line {line:?} for {file}"));
        lines.insert(file.clone(), line);
    }
    for (name, _) in KNOWN_FAILURES.iter().chain(KNOWN_SLOW) {
        assert!(
            names.iter().any(|n| n == name) || dir.join("rules").join(name).is_dir(),
            "KNOWN_FAILURES / KNOWN_SLOW names {name}, which is not in the corpus"
        );
    }

    let jobs = files
        .iter()
        .map(|p| {
            let path = p.display().to_string();
            (
                name_of(p),
                args(&["check", &path, "--lang", "en-US", "--today", "2026-11-22"]),
            )
        })
        .collect();
    let outcomes = run_all(jobs);
    let results = files
        .iter()
        .map(|p| {
            let name = name_of(p);
            let path = p.display().to_string();
            let want_line = lines.get(&name).copied();
            let check = |err: &str| match want_line {
                Some(line) if err.contains(&format!("{path}:{line}:")) => Ok(()),
                Some(line) if names_some_line(err, &path) => {
                    Err(format!("the message names another line than {line}"))
                }
                Some(line) => Err(format!("the message does not name {path}:{line}:")),
                None if names_some_line(err, &path) => Ok(()),
                None => Err(format!("the message does not name {path}:<line>:")),
            };
            let p = match outcomes.get(&name) {
                Some(o) => problems(&name, o, &check),
                None => vec!["never ran".to_owned()],
            };
            (name, p)
        })
        .collect();
    verdict("broken case files", results);
}

#[test]
fn corpus_every_broken_rule_folder_is_refused_with_file_and_line() {
    let dir = corpus_dir().join("rules");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    assert!(
        folders.len() >= 15,
        "only {} broken rule folders in {}",
        folders.len(),
        dir.display()
    );
    let mut expected: BTreeMap<String, (String, Option<usize>)> = BTreeMap::new();
    for row in manifest(&dir.join("expected.txt")) {
        let [folder, file, line] = row.as_slice() else {
            panic!("rules/expected.txt: bad row {row:?}");
        };
        assert!(
            dir.join(folder).is_dir(),
            "rules/expected.txt names {folder}, not in the corpus"
        );
        let line = match line.as_str() {
            "-" => None,
            l => Some(
                l.parse()
                    .unwrap_or_else(|_| panic!("rules/expected.txt: bad line {l:?}")),
            ),
        };
        expected.insert(folder.clone(), (file.clone(), line));
    }
    let name_of = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    for f in &folders {
        assert!(
            expected.contains_key(&name_of(f)),
            "rules/expected.txt has no row for {}",
            f.display()
        );
    }

    let jobs = folders
        .iter()
        .map(|f| {
            let path = f.display().to_string();
            (
                name_of(f),
                args(&["rules", "--dir", &path, "--lang", "en-US"]),
            )
        })
        .collect();
    let outcomes = run_all(jobs);
    let results = folders
        .iter()
        .map(|f| {
            let name = name_of(f);
            let (file, line) = expected[&name].clone();
            let path = f.join(&file).display().to_string();
            let check = |err: &str| match line {
                Some(line) if err.contains(&format!("{path}:{line}:")) => Ok(()),
                Some(line) if names_some_line(err, &path) => Err(format!(
                    "the message names another line of {file} than {line}"
                )),
                Some(line) => Err(format!("the message does not name {path}:{line}:")),
                // A missing file has no line: the message must name the file.
                None if err.contains(&format!("{file}:")) => Ok(()),
                None => Err(format!("the message does not name the missing {file}")),
            };
            let p = match outcomes.get(&name) {
                Some(o) => problems(&name, o, &check),
                None => vec!["never ran".to_owned()],
            };
            (name, p)
        })
        .collect();
    verdict("broken rule folders", results);
}
