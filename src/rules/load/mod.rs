//! Reading and validating rule packs: every problem is collected, none stops the rest.
//!
//! This file assembles the pack (`pack.toml`, the charge catalogue, the proposals, the
//! questions, the references, then one enactment per file); `raw` holds the serde shapes
//! of the files, `enactment` checks an enactment and its rules, `duration` a rule's
//! duration and `proposals` the reform proposals.

mod duration;
mod enactment;
mod proposals;
mod raw;
mod steps;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use toml::Spanned;

use enactment::parse_enactment;
use proposals::parse_proposals;
use raw::RawPack;

use crate::catalogue::{Catalogue, Tag};
use crate::error::{InputError, InputErrors, Problem, from_toml, line_of, text_from_bytes};
use crate::rules::{Bilingual, Condition, RulePack};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));
}

/// One file of a rule pack: its path relative to the pack and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the pack folder (`national/physicians-law.toml`).
    pub path: String,
    /// The name used in messages (a full path, or `<embedded>/…`).
    pub display: String,
    /// Contents.
    pub text: String,
}

/// Collects problems for one file.
pub(super) struct Sink<'a> {
    pub(super) file: &'a str,
    pub(super) errors: &'a mut Vec<InputError>,
}

impl Sink<'_> {
    pub(super) fn at(&mut self, line: usize, context: &str, problem: Problem) {
        self.errors.push(InputError::new(
            self.file,
            Some(line),
            Some(context.to_owned().into()),
            problem,
        ));
    }

    pub(super) fn date(&mut self, line: usize, context: &str, s: &str) -> Option<NaiveDate> {
        match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.at(line, context, Problem::InvalidDate(s.to_owned()));
                None
            }
        }
    }

    pub(super) fn not_empty(&mut self, line: usize, context: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.at(line, context, Problem::Empty(field.to_owned()));
        }
    }

    pub(super) fn condition(
        &mut self,
        line: usize,
        context: &str,
        c: &Condition,
        catalogue: &Catalogue,
    ) {
        for p in c.problems() {
            self.at(line, context, Problem::Contradiction(p));
        }
        let (names, tags) = c.names_and_tags();
        for n in names {
            if catalogue.find(n).is_none() {
                let suggestion = catalogue.suggest(n).map(str::to_owned);
                self.at(
                    line,
                    context,
                    Problem::UnknownCharge {
                        name: n.to_owned(),
                        suggestion,
                    },
                );
            }
        }
        for t in tags {
            if let Tag::Unknown(word) = t {
                self.at(line, context, Problem::UnknownTag(word.clone()));
            }
        }
    }
}

impl RulePack {
    /// The rule pack built into the program. It is read once per process (the window,
    /// the client list and a run of `check` over many files share the work) and cloned.
    pub fn embedded() -> Result<RulePack, InputErrors> {
        static EMBEDDED: std::sync::OnceLock<Result<RulePack, InputErrors>> =
            std::sync::OnceLock::new();
        EMBEDDED.get_or_init(Self::read_embedded).clone()
    }

    fn read_embedded() -> Result<RulePack, InputErrors> {
        let files = embedded::FILES
            .iter()
            .map(|(path, text)| SourceFile {
                path: (*path).to_owned(),
                display: format!("<embedded>/rules/{path}"),
                text: (*text).to_owned(),
            })
            .collect();
        RulePack::from_files(files)
    }

    /// Reads every `.toml` file under `dir` (recursively) as a rule pack.
    pub fn load_dir(dir: &Path) -> Result<RulePack, InputErrors> {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        read_dir_into(dir, dir, &mut files, &mut errors);
        if !errors.is_empty() {
            return Err(InputErrors(errors));
        }
        RulePack::from_files(files)
    }

    /// Parses and validates a set of files.
    pub fn from_files(mut files: Vec<SourceFile>) -> Result<RulePack, InputErrors> {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let mut errors = Vec::new();
        let find = |name: &str| files.iter().find(|f| f.path == name);
        let mut version = String::new();
        let mut current_as_of = NaiveDate::MIN;
        let mut earliest_as_of = NaiveDate::MIN;
        match find("pack.toml") {
            None => errors.push(InputError::new(
                "pack.toml",
                None,
                None,
                Problem::MissingFile("pack.toml".into()),
            )),
            Some(f) => match toml::from_str::<RawPack>(&f.text) {
                Err(e) => errors.push(from_toml(&f.display, &f.text, &e)),
                Ok(p) => {
                    let mut sink = Sink {
                        file: &f.display,
                        errors: &mut errors,
                    };
                    let line = |s: &Spanned<String>| line_of(&f.text, s.span().start);
                    current_as_of = sink
                        .date(
                            line(&p.current_as_of),
                            "current_as_of",
                            p.current_as_of.get_ref(),
                        )
                        .unwrap_or(NaiveDate::MIN);
                    earliest_as_of = sink
                        .date(
                            line(&p.earliest_as_of),
                            "earliest_as_of",
                            p.earliest_as_of.get_ref(),
                        )
                        .unwrap_or(NaiveDate::MIN);
                    version = p.version;
                }
            },
        }
        let charges = match find("charges.toml") {
            None => {
                errors.push(InputError::new(
                    "charges.toml",
                    None,
                    None,
                    Problem::MissingFile("charges.toml".into()),
                ));
                Catalogue::default()
            }
            Some(f) => Catalogue::parse(&f.display, &f.text, &mut errors),
        };
        let proposals = match find("proposals.toml") {
            None => Vec::new(),
            Some(f) => parse_proposals(f, &charges, &mut errors),
        };
        let questions = match find("questions.toml") {
            None => Vec::new(),
            Some(f) => crate::rules::questions::parse(f, &mut errors),
        };
        let steps = match find("steps.toml") {
            None => HashMap::new(),
            Some(f) => steps::parse(f, &mut errors),
        };
        let references = match find("references.toml") {
            None => Vec::new(),
            Some(f) => crate::rules::references::parse(f, &mut errors),
        };
        let mut pack = RulePack {
            version,
            current_as_of,
            earliest_as_of,
            charges,
            enactments: Vec::new(),
            rules: Vec::new(),
            proposals,
            questions,
            references,
        };
        let mut enactment_ids: HashMap<String, (String, usize)> = HashMap::new();
        let mut rule_ids: HashMap<String, (String, usize)> = HashMap::new();
        for f in &files {
            if matches!(
                f.path.as_str(),
                "pack.toml"
                    | "charges.toml"
                    | "proposals.toml"
                    | "questions.toml"
                    | "references.toml"
                    | "steps.toml"
            ) {
                continue;
            }
            parse_enactment(
                f,
                &mut pack,
                &mut enactment_ids,
                &mut rule_ids,
                &steps,
                &mut errors,
            );
        }
        if errors.is_empty() {
            Ok(pack)
        } else {
            Err(InputErrors(errors))
        }
    }
}

fn read_dir_into(
    root: &Path,
    dir: &Path,
    files: &mut Vec<SourceFile>,
    errors: &mut Vec<InputError>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError::new(
                &dir.display().to_string(),
                None,
                None,
                Problem::from_io(&e),
            ));
            return;
        }
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            read_dir_into(root, &path, files, errors);
        } else if path.extension().is_some_and(|e| e == "toml") {
            let display = path.display().to_string();
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            match std::fs::read(&path) {
                Err(e) => errors.push(InputError::new(&display, None, None, Problem::from_io(&e))),
                Ok(bytes) => match text_from_bytes(&display, bytes) {
                    Ok(text) => files.push(SourceFile {
                        path: rel,
                        display,
                        text,
                    }),
                    Err(e) => errors.push(e),
                },
            }
        }
    }
}

pub(super) fn bilingual(zh: String, en: String) -> Bilingual {
    Bilingual { zh, en }
}
