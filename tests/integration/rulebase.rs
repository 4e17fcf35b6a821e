//! The shipped rule base: it loads with no problem, its texts are verbatim from the
//! statute texts kept in `rules/texts/`, the charge catalogue is complete; broken rule
//! files are reported with file, rule and line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use recordrights::rules::{RulePack, SourceFile, Status};

/// The folder of statute texts, relative to the crate root.
const TEXTS: &str = "rules/texts/";

/// The full Criminal Law, read by the charge-catalogue test (no enactment names it).
const CRIMINAL_LAW_FULL: &str = "rules/texts/criminal-law-full.md";

/// The `rules/texts/…md` files a `source` field names, e.g.
/// "rules/texts/physicians-law.md; GitHub ImCa0/just-laws … @ 5c000d28…".
fn text_files(source: &str) -> Vec<&str> {
    source
        .split(|c: char| c == ';' || c == ',' || c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| matches!(c, '`' | '(' | ')' | '"' | '\'')))
        .filter(|w| w.starts_with(TEXTS) && w.ends_with(".md"))
        .collect()
}

/// A statute text named by a rule file: only a plain file directly in `rules/texts/`.
fn read_text(path: &str) -> Result<String, String> {
    let name = path.strip_prefix(TEXTS).unwrap_or_default();
    if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
        return Err(format!("{path} is not a file directly in {TEXTS}"));
    }
    std::fs::read_to_string(crate::root().join(path))
        .map_err(|e| format!("{path} cannot be read: {e}"))
}

#[test]
fn source_fields_name_their_text_files() {
    assert_eq!(
        text_files(
            "rules/texts/a.md; GitHub x/y p.md @ 0123, `rules/texts/b-c.md` other/statutes/d.md"
        ),
        vec!["rules/texts/a.md", "rules/texts/b-c.md"]
    );
    assert!(text_files("other/statutes/physicians-law.md; GitHub x/y p.md @ 0123").is_empty());
    assert!(read_text("rules/texts/../../Cargo.toml").is_err());
    assert!(read_text("rules/texts/").is_err());
    assert!(read_text("rules/texts/no-such-text.md").is_err());
    assert!(read_text(CRIMINAL_LAW_FULL).is_ok());
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
    let law = read_text(CRIMINAL_LAW_FULL).unwrap_or_else(|e| panic!("{e}"));
    // The whole law, not a part: its first and last articles, and the end of Part II.
    for article in ["第一条", "第四百五十二条", "第四百五十一条"] {
        assert!(law.contains(article), "{CRIMINAL_LAW_FULL} lacks {article}");
    }
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
    // Each text file read once, whitespace removed; or why it cannot be read.
    let mut cache: BTreeMap<String, Result<String, String>> = BTreeMap::new();
    let mut text_of = |path: &str| {
        cache
            .entry(path.to_string())
            .or_insert_with(|| read_text(path).map(|t| squeeze(&t)))
            .clone()
    };
    let mut problems = Vec::new();
    let mut checked = 0;
    for r in &pack.rules {
        let e = pack.enactment_of(r);
        let at = format!("{} ({}:{})", r.id, r.file, r.line);
        let files = text_files(&e.source);
        if files.is_empty() {
            problems.push(format!(
                "{at}: the source of enactment {} names no {TEXTS}…md file: {:?}",
                e.id, e.source
            ));
            continue;
        }
        let mut texts = Vec::new();
        for f in &files {
            match text_of(f) {
                Ok(t) => texts.push(t),
                Err(why) => problems.push(format!("{at}: {why}")),
            }
        }
        if texts.len() < files.len() {
            continue;
        }
        let want = squeeze(&r.text);
        if want.is_empty() || !texts.iter().any(|t| t.contains(&want)) {
            problems.push(format!("{at}: text is not verbatim in {files:?}"));
        }
        checked += 1;
        // A local rule's higher law is quoted too: verbatim in the file it names.
        if let Some(h) = &r.higher_law
            && let Some(text) = &h.text
        {
            match h.text_file.as_deref().map(|f| (f, text_of(f))) {
                Some((f, Ok(t))) => {
                    if !t.contains(&squeeze(text)) {
                        problems.push(format!("{at}: higher_law text is not verbatim in {f}"));
                    }
                }
                Some((_, Err(why))) => problems.push(format!("{at}: higher_law: {why}")),
                None => problems.push(format!("{at}: higher_law text names no text_file")),
            }
        }
    }
    assert!(checked >= 80, "only {checked} rules checked");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_statute_text_is_named_by_an_enactment() {
    let pack = crate::pack();
    let mut named: BTreeSet<String> = BTreeSet::from([CRIMINAL_LAW_FULL.to_string()]);
    for e in &pack.enactments {
        named.extend(text_files(&e.source).into_iter().map(String::from));
    }
    for r in &pack.rules {
        if let Some(f) = r.higher_law.as_ref().and_then(|h| h.text_file.as_ref()) {
            named.insert(f.clone());
        }
    }
    for r in &pack.references {
        named.insert(r.text_file.clone());
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(crate::root().join(TEXTS)).expect("rules/texts/ is missing") {
        let entry = entry.expect("rules/texts/ cannot be listed");
        files.push(format!("{TEXTS}{}", entry.file_name().to_string_lossy()));
    }
    assert!(files.len() >= 80, "only {} statute texts", files.len());
    let orphans: Vec<&String> = files.iter().filter(|f| !named.contains(*f)).collect();
    assert!(
        orphans.is_empty(),
        "files in {TEXTS} that no enactment's source (or higher_law text_file) names: {orphans:#?}"
    );
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
        (GOOD.replace("[rule.duration]", "[rule.question]\nid = \"drunk\"\n[rule.duration]").replace("status = \"in_force\"", "status = \"in_force\"\ncertainty = \"may_apply\"\ncertainty_note_zh = \"测试。\"\ncertainty_note_en = \"Test.\""), "broken/national/test-law.toml:12: cn.test-law.1: \"drunk\" is not a question this program asks"),
        (GOOD.replace("[rule.duration]", "[[rule.doubt]]\ntags = [\"violent\"]\nquestion = \"violnt\"\nreason_zh = \"测试。\"\nreason_en = \"Test.\"\n[rule.duration]"), "\"violnt\" is not a question this program asks"),
        (GOOD.replace("[rule.duration]", "[rule.question]\nid = \"violent\"\n[rule.duration]"), "a rule settled by a question has certainty = \"may_apply\""),
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

/// The day each version came into force, not the day it was adopted (issue 11): Criminal
/// Law Amendment VIII (2011-05-01) and IX (2015-11-01); the 2017 amendments of the
/// Lawyers and Notarization Laws (2018-01-01); Accounting Law (2024-07-01); Labour
/// Contract Law (2013-07-01); Cybersecurity Law (2026-01-01).
#[test]
fn effective_dates_are_the_days_the_versions_came_into_force() {
    let pack = crate::pack();
    let from = |id: &str| {
        pack.rules
            .iter()
            .find(|r| r.id == id)
            .and_then(|r| r.effective_from)
            .map(|d| d.to_string())
            .unwrap_or_else(|| panic!("{id}: no rule or no effective_from"))
    };
    for (id, day) in [
        ("cn.criminal-law.37-1", "2015-11-01"),
        ("cn.criminal-law.65", "2011-05-01"),
        ("cn.criminal-law.66", "2011-05-01"),
        ("cn.criminal-law.100", "2011-05-01"),
        ("cn.criminal-law.100-2", "2011-05-01"),
        ("cn.lawyers-law.7", "2018-01-01"),
        ("cn.lawyers-law.49-2", "2018-01-01"),
        ("cn.notarization-law.20", "2018-01-01"),
        ("cn.notarization-law.42", "2018-01-01"),
        ("cn.accounting-law.38", "2024-07-01"),
        ("cn.labor-contract-law.39", "2013-07-01"),
        ("cn.cybersecurity-law.66", "2026-01-01"),
    ] {
        assert_eq!(from(id), day, "{id}");
    }
}

/// The texts quoted outside the rules (the right to suggest a review) are verbatim in the
/// project files they name.
#[test]
fn every_reference_is_verbatim_in_its_text_file() {
    let pack = crate::pack();
    assert!(pack.reference("legislation-law.110-2").is_some());
    assert!(pack.reference("filing-review-regulations.12").is_some());
    for r in &pack.references {
        let text = std::fs::read_to_string(crate::root().join(&r.text_file))
            .unwrap_or_else(|e| panic!("{}: {}: {e}", r.id, r.text_file));
        assert!(
            squeeze(&text).contains(&squeeze(&r.text)),
            "{}: not verbatim in {}",
            r.id,
            r.text_file
        );
    }
}

/// The articles a citation names: "第二百五十二条、第二百五十三条" or "第三十七条之一".
fn cited_articles(arts: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = arts;
    while let Some(start) = rest.find('第') {
        let after = &rest[start..];
        let Some(end) = after.find('条') else { break };
        let mut article = after[..end + '条'.len_utf8()].to_string();
        let tail = &after[end + '条'.len_utf8()..];
        if let Some(sub) = tail.strip_prefix('之') {
            let n: String = sub
                .chars()
                .take_while(|c| "一二三四五六七八九十".contains(*c))
                .collect();
            article.push('之');
            article.push_str(&n);
        }
        out.push(article);
        rest = tail;
    }
    out
}

#[test]
fn cited_articles_are_read_from_a_citation() {
    assert_eq!(
        cited_articles("第二百五十二条、第二百五十三条"),
        ["第二百五十二条", "第二百五十三条"]
    );
    assert_eq!(cited_articles("第三十七条之一"), ["第三十七条之一"]);
}

/// Every next step cites "TITLE 第…条" (parts joined by "；"), and each article it names is
/// kept, verbatim, in a file of `rules/texts/` whose title is that TITLE: the sentences
/// rest on texts a reader can check.
#[test]
fn every_next_step_cites_articles_kept_in_the_texts() {
    let pack = crate::pack();
    let mut by_title: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in std::fs::read_dir(crate::root().join(TEXTS)).expect("rules/texts/ is missing") {
        let path = entry.expect("rules/texts/ cannot be listed").path();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let title = text
            .lines()
            .next()
            .unwrap_or_default()
            .trim_start_matches('#')
            .split(" (")
            .next()
            .unwrap_or_default()
            .trim()
            .to_string();
        by_title.entry(title).or_default().push(text);
    }
    let mut problems = Vec::new();
    let mut checked = 0;
    for r in &pack.rules {
        for step in &r.next_steps {
            for part in step.cite.split(['；', ';']) {
                let part = part.trim();
                let Some(at) = part.find(" 第") else {
                    problems.push(format!("{}: cite {part:?} is not \"TITLE 第…条\"", r.id));
                    continue;
                };
                let (title, arts) = (part[..at].trim(), &part[at..]);
                let Some(texts) = by_title.get(title) else {
                    problems.push(format!(
                        "{}: no file in {TEXTS} has the title {title}",
                        r.id
                    ));
                    continue;
                };
                for article in cited_articles(arts) {
                    let kept = texts.iter().any(|t| {
                        t.lines().any(|l| {
                            let l = l.trim_start_matches("## ");
                            l.strip_prefix(article.as_str())
                                .is_some_and(|rest| !rest.starts_with('之'))
                        })
                    });
                    if !kept {
                        problems.push(format!("{}: {title} {article} is not in {TEXTS}", r.id));
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 150, "only {checked} cited articles checked");
    assert!(problems.is_empty(), "{problems:#?}");
}
