//! Benchmarks of the core (divan): loading and validating the shipped rule base, one
//! assessment with the shipped rules and with generated packs of 100 to 10,000 rules
//! (to show how the time grows), and the printed summary (PDF) of a typical case.
//!
//! Run with `cargo bench --bench core`. Targets (README, "Performance"): rule base
//! ≤ 20 ms, one assessment ≤ 1 ms (shipped) and ≤ 20 ms (10,000 rules), PDF ≤ 300 ms.

use std::path::Path;

use chrono::NaiveDate;
use recordrights::case::{Case, Resolved};
use recordrights::engine::{Assessment, assess};
use recordrights::i18n::Lang;
use recordrights::pdf::{PdfOptions, render};
use recordrights::rules::RulePack;
use recordrights::rules::SourceFile;

fn main() {
    divan::main();
}

/// The dangerous-driving case of the core issue: the typical case of the summary.
const TYPICAL: &str = r#"format = "recordrights-case/1"

[person]
birth_date = "1990-05-01"
roles = ["public_servant", "physician", "driver"]

[[conviction]]
charge = "危险驾驶罪"
offence_date = "2024-09-01"
judgment_date = "2024-11-10"
penalty = "detention"
term_months = 2
completed_on = "2025-01-10"

[[conviction]]
charge = "诈骗罪"
offence_date = "2018-03-01"
judgment_date = "2018-09-01"
penalty = "fixed_term"
term_months = 48
completed_on = "2022-06-30"
"#;

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

fn shipped() -> RulePack {
    RulePack::embedded().unwrap_or_else(|e| panic!("the shipped rules do not load:\n{e}"))
}

fn typical() -> Case {
    Case::parse("typical.case.toml", TYPICAL).unwrap_or_else(|e| panic!("{e}"))
}

fn resolved(pack: &RulePack) -> Resolved<'_> {
    typical()
        .resolve(pack, "typical.case.toml")
        .unwrap_or_else(|e| panic!("{e}"))
}

fn assessment(pack: &RulePack) -> Assessment {
    assess(&resolved(pack), as_of()).unwrap_or_else(|e| panic!("{e}"))
}

/// The files of `rules/` as the loader reads them.
fn rule_files() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let mut files = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let rel = path.strip_prefix(&root).unwrap_or(&path);
                let rel = rel.to_string_lossy().replace('\\', "/");
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                files.push(SourceFile {
                    display: rel.clone(),
                    path: rel,
                    text,
                });
            }
        }
    }
    files
}

/// A valid pack of exactly `n` enactment rules: the shipped catalogue and proposals, and
/// the shipped rules copied under new enactment and rule ids (`…-g3`) until there are `n`.
/// The copies keep the shipped conditions, so the generated pack is as selective as the real one.
fn generated(n: usize) -> RulePack {
    let files = rule_files();
    let (enactments, mut out): (Vec<SourceFile>, Vec<SourceFile>) = files
        .into_iter()
        .partition(|f| f.path.starts_with("national/"));
    // Each enactment file: its header (up to the first rule) and its rules, one chunk each.
    let split: Vec<(String, String, Vec<String>)> = enactments
        .iter()
        .filter_map(|f| {
            let id = f
                .text
                .lines()
                .find_map(|l| l.strip_prefix("id = \""))?
                .trim_end_matches('"')
                .to_owned();
            let mut parts = f.text.split("\n[[rule]]\n");
            let head = parts.next()?.to_owned();
            Some((id, head, parts.map(str::to_owned).collect::<Vec<_>>()))
        })
        .filter(|(_, _, rules)| !rules.is_empty())
        .collect();
    let mut made = 0;
    'copies: for copy in 0.. {
        for (id, head, rules) in &split {
            if made == n {
                break 'copies;
            }
            let new_id = format!("{id}-g{copy}");
            let take = rules.len().min(n - made);
            let mut text =
                head.replacen(&format!("id = \"{id}\""), &format!("id = \"{new_id}\""), 1);
            for rule in &rules[..take] {
                text.push_str("\n[[rule]]\n");
                text.push_str(&rule.replace(&format!("cn.{id}."), &format!("cn.{new_id}.")));
            }
            made += take;
            let path = format!("national/{new_id}.toml");
            out.push(SourceFile {
                display: path.clone(),
                path,
                text,
            });
        }
    }
    let pack = RulePack::from_files(out).unwrap_or_else(|e| panic!("generated pack:\n{e}"));
    assert_eq!(pack.rules.len(), n, "the generated pack has {n} rules");
    pack
}

/// Parse and validate the rule base built into the program.
#[divan::bench]
fn load_shipped_rules() -> RulePack {
    shipped()
}

/// One assessment of the typical case with the shipped rules.
#[divan::bench]
fn assess_shipped(bencher: divan::Bencher) {
    let pack = shipped();
    let case = resolved(&pack);
    bencher.bench(|| assess(&case, as_of()));
}

/// One assessment of the typical case with generated packs of `n` rules.
#[divan::bench(args = [100, 300, 1_000, 3_000, 10_000])]
fn assess_generated(bencher: divan::Bencher, n: usize) {
    let pack = generated(n);
    let case = resolved(&pack);
    bencher.bench(|| assess(&case, as_of()));
}

/// The printed summary (A4 PDF) of the typical case, in both languages.
#[divan::bench(args = ["zh-CN", "en-US"], sample_count = 20)]
fn pdf_typical(bencher: divan::Bencher, lang: &str) {
    let pack = shipped();
    let a = assessment(&pack);
    let options = PdfOptions {
        lang: Lang::parse(lang).unwrap_or_default(),
        ..PdfOptions::default()
    };
    bencher.bench(|| render(&pack, &a, &options));
}
