//! The shipped rule base: it loads with no problem, its texts are verbatim, the charge
//! catalogue is complete; broken rule files are reported with file, rule and line.

use std::path::{Path, PathBuf};

use recordrights::rules::{RulePack, SourceFile, Status};

fn shared() -> PathBuf {
    crate::root().join("../shared/statutes")
}

/// 第一百三十三条之一 for "133-1".
fn chinese_article(article: &str) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let number = |n: u32| -> String {
        let (h, t, u) = (n / 100, (n / 10) % 10, n % 10);
        let mut s = String::new();
        if h > 0 {
            s.push_str(DIGITS[h as usize]);
            s.push('百');
        }
        if t > 0 {
            if !(h == 0 && t == 1) {
                s.push_str(DIGITS[t as usize]);
            }
            s.push('十');
        } else if h > 0 && u > 0 {
            s.push('零');
        }
        if u > 0 {
            s.push_str(DIGITS[u as usize]);
        }
        s
    };
    let (main, sub) = article
        .split_once('-')
        .map_or((article, None), |(m, s)| (m, Some(s)));
    let mut out = format!("第{}条", number(main.parse().unwrap_or(0)));
    if let Some(s) = sub {
        out.push('之');
        out.push_str(&number(s.parse().unwrap_or(0)));
    }
    out
}

#[test]
fn chinese_article_numbers() {
    assert_eq!(chinese_article("133-1"), "第一百三十三条之一");
    assert_eq!(chinese_article("10"), "第十条");
    assert_eq!(chinese_article("105"), "第一百零五条");
    assert_eq!(chinese_article("17"), "第十七条");
    assert_eq!(chinese_article("120-6"), "第一百二十条之六");
}

#[test]
fn the_shipped_rules_load_without_problems() {
    let pack = crate::pack();
    assert!(
        pack.provisions() >= 80,
        "only {} provisions",
        pack.provisions()
    );
    assert!(!pack.proposals.is_empty());
    assert!(
        pack.rules.iter().all(|r| r.status == Status::InForce),
        "proposals belong in proposals.toml"
    );
}

#[test]
fn the_catalogue_has_every_charge_in_force() {
    let pack = crate::pack();
    // 413 charges of 1997, changed by supplementary provisions I–VIII to 483
    // (supplement VII, 2021: 483; supplement VIII, 2024, renames one).
    assert_eq!(pack.charges.len(), 483);
    let law = std::fs::read_to_string(shared().join("criminal-law-full.md")).unwrap_or_default();
    assert!(
        !law.is_empty(),
        "../shared/statutes/criminal-law-full.md is missing"
    );
    let mut missing = Vec::new();
    for c in pack.charges.all() {
        if !law.contains(&chinese_article(&c.article)) {
            missing.push(format!("{} {}", c.name, c.article));
        }
    }
    assert!(missing.is_empty(), "articles not in the law: {missing:?}");
    let mut names: Vec<&str> = pack.charges.all().iter().map(|c| c.name.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 483, "names are not unique");
    // Former names still resolve.
    assert_eq!(
        pack.charges
            .find("强制猥亵、侮辱妇女罪")
            .map(|c| c.name.as_str()),
        Some("强制猥亵、侮辱罪")
    );
    assert_eq!(
        pack.charges
            .find("偷越国(边)境罪")
            .map(|c| c.article.as_str()),
        Some("322")
    );
    assert!(
        pack.charges
            .search("133-1")
            .iter()
            .any(|c| c.name == "危险驾驶罪")
    );
    assert!(
        pack.charges
            .search("危险")
            .iter()
            .any(|c| c.name == "危险驾驶罪")
    );
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_rule_text_is_verbatim_from_its_source() {
    let pack = crate::pack();
    let mut problems = Vec::new();
    let mut checked = 0;
    for r in &pack.rules {
        let e = pack.enactment_of(r);
        // The shared file(s) the source names, e.g. "shared/statutes/physicians-law.md".
        let files: Vec<&str> = e
            .source
            .split(|c: char| c == ';' || c == ',' || c.is_whitespace())
            .filter(|w| w.starts_with("shared/statutes/") && w.ends_with(".md"))
            .collect();
        if files.is_empty() {
            // A text found elsewhere must name its repository, path and commit so it can
            // be checked and added to the shared texts.
            let has_commit = e
                .source
                .split(|c: char| !c.is_ascii_hexdigit())
                .any(|w| w.len() == 40);
            if !(e.source.contains("GitHub") && has_commit) {
                problems.push(format!(
                    "{}: source names neither a shared file nor a commit ({})",
                    r.id, e.source
                ));
            }
            continue;
        }
        let texts: Vec<String> = files
            .iter()
            .map(|f| {
                std::fs::read_to_string(crate::root().join("..").join(f))
                    .map(|t| squeeze(&t))
                    .unwrap_or_default()
            })
            .collect();
        assert!(
            texts.iter().any(|t| !t.is_empty()),
            "{}: cannot read {files:?}",
            r.id
        );
        if !texts.iter().any(|t| t.contains(&squeeze(&r.text))) {
            problems.push(format!(
                "{} ({}:{}): text is not verbatim in {files:?}",
                r.id, r.file, r.line
            ));
        }
        checked += 1;
    }
    assert!(checked >= 80);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn versions_of_a_provision_do_not_overlap() {
    let pack = crate::pack();
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let in_force = |id: &str, d: &str| {
        pack.rules
            .iter()
            .any(|r| r.id == id && day(d).is_some_and(|d| r.in_force_on(d)))
    };
    assert!(in_force("cn.cpa-law.10", "2026-12-31"));
    assert!(!in_force("cn.cpa-law.12", "2026-12-31"));
    assert!(!in_force("cn.cpa-law.10", "2027-01-01"));
    assert!(in_force("cn.cpa-law.12", "2027-01-01"));
    assert!(!in_force("cn.psapl.136", "2025-12-31"));
    assert!(in_force("cn.psapl.136", "2026-01-01"));
}

/// The shipped files, with one file replaced (or added) by `text`.
fn pack_with(path: &str, text: &str) -> Result<RulePack, recordrights::error::InputErrors> {
    let root = crate::root().join("rules");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.retain(|f| f.path != path);
    files.push(SourceFile {
        path: path.into(),
        display: format!("broken/{path}"),
        text: text.into(),
    });
    RulePack::from_files(files)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<SourceFile>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            let rel = p
                .strip_prefix(root)
                .map(|r| r.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            out.push(SourceFile {
                path: rel.clone(),
                display: rel,
                text,
            });
        }
    }
}

const GOOD: &str = r#"[enactment]
id = "test-law"
title = "测试法"
title_en = "Test Law"
level = "law"
jurisdiction = "CN"
source = "test"
source_quality = "verbatim_single_source"
last_verified = "2026-11-22"

[[rule]]
id = "cn.test-law.1"
article = "1"
text = "测试。"
status = "in_force"
domain = "occupation"
content_type = "qualification"
summary_zh = "测试。"
summary_en = "Test."
[rule.when]
tags = ["violent"]
[rule.duration]
kind = "lifetime"
"#;

fn errors_of(text: &str) -> Vec<String> {
    match pack_with("national/test-law.toml", text) {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(|x| x.to_string()).collect(),
    }
}

#[test]
fn a_good_extra_file_loads() {
    assert_eq!(errors_of(GOOD), Vec::<String>::new());
}

#[test]
fn broken_rule_files_name_file_rule_and_line() {
    let cases: Vec<(String, &str)> = vec![
        (GOOD.replace("tags = [\"violent\"]", "tags = [\"violnt\"]"), "broken/national/test-law.toml:12: cn.test-law.1: \"violnt\" is not a known tag"),
        (GOOD.replace("tags = [\"violent\"]", "charges = [\"不存在罪\"]"), "cn.test-law.1: \"不存在罪\" is not a charge in the catalogue"),
        (GOOD.replace("tags = [\"violent\"]", "min_term_months = 40\nmax_term_months = 12"), "the conditions contradict each other: min_term_months 40 > max_term_months 12"),
        (GOOD.replace("status = \"in_force\"", "status = \"in_force\"\ncertainty = \"may_apply\""), "certainty is \"may_apply\" but"),
        (GOOD.replace("kind = \"lifetime\"", "kind = \"fixed\""), "the duration is not valid"),
        (GOOD.replace("kind = \"lifetime\"", "kind = \"forever\""), "unknown kind \"forever\""),
        (GOOD.replace("domain = \"occupation\"", "domian = \"occupation\""), "broken/national/test-law.toml:16: \"domian\" is not a field of this part of the file; did you mean \"domain\"?"),
        (GOOD.replace("id = \"cn.test-law.1\"", "id = \"cn.physicians-law.16\""), "appears twice"),
        (GOOD.replace("last_verified = \"2026-11-22\"", "last_verified = \"2026-02-30\""), "\"2026-02-30\" is not a real date"),
        (GOOD.replace("text = \"测试。\"", "text = \"\""), "text must not be empty"),
        (GOOD.replace("status = \"in_force\"", "status = \"in_force\"\neffective_from = \"2027-01-01\"\neffective_until = \"2026-01-01\""), "effective_from must be before effective_until"),
        ("[enactment\nid = 1".into(), "broken/national/test-law.toml:1"),
        ("".into(), "broken/national/test-law.toml"),
    ];
    for (text, want) in cases {
        let errors = errors_of(&text);
        assert!(
            errors.iter().any(|e| e.contains(want)),
            "expected an error containing {want:?}, got {errors:#?}"
        );
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = GOOD
        .replace(
            "tags = [\"violent\"]",
            "tags = [\"violnt\"]\ncharges = [\"不存在罪\"]",
        )
        .replace("kind = \"lifetime\"", "kind = \"fixed\"");
    assert_eq!(errors_of(&text).len(), 3, "{:#?}", errors_of(&text));
}

#[test]
fn a_missing_catalogue_is_an_error() {
    let root = crate::root().join("rules");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.retain(|f| f.path != "charges.toml");
    let errors = RulePack::from_files(files)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        errors.contains("the rule folder has no charges.toml"),
        "{errors}"
    );
}
