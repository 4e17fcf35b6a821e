//! The headless commands: exit codes, JSON per the spec, and clear errors for broken
//! case files (file, line, field, problem) — never a panic.

use std::process::Command;

use crate::{DANGEROUS_DRIVING, TempDir, call};

#[test]
fn check_json_follows_the_spec() {
    let dir = TempDir::new("json");
    let case = dir.file("dd.case.toml", DANGEROUS_DRIVING.as_bytes());
    let (code, out, err) = call(&["check", &case, "--json", "--today", "2026-11-22"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
    assert_eq!(v["format"], "recordrights-assessment/1");
    assert_eq!(v["as_of"], "2026-11-22");
    assert!(v["rules_version"].is_string());
    let findings = v["findings"].as_array().cloned().unwrap_or_default();
    let physician = findings
        .iter()
        .find(|f| f["rule"] == "cn.physicians-law.16")
        .cloned()
        .unwrap_or_default();
    for key in [
        "rule",
        "law",
        "article",
        "status",
        "domain",
        "content_type",
        "certainty",
        "duration",
        "starts_on",
        "ends_on",
        "ends_on_earliest",
        "active",
        "summary",
    ] {
        assert!(
            physician.get(key).is_some(),
            "finding lacks {key}: {physician}"
        );
    }
    assert_eq!(physician["law"], "中华人民共和国医师法");
    assert_eq!(physician["ends_on"], "2027-01-10");
    assert_eq!(physician["ends_on_earliest"], serde_json::Value::Null);
    assert!(findings.iter().all(|f| f["status"] == "in_force"));
    // zh-CN is the default language.
    assert!(
        physician["summary"]
            .as_str()
            .is_some_and(|s| s.contains("医师")),
        "{}",
        physician["summary"]
    );
    for key in [
        "severity_class",
        "sealed",
        "sealing_basis",
        "must_disclose",
        "recidivism_window_ends",
    ] {
        assert!(v["record"].get(key).is_some(), "record lacks {key}");
    }
    let p = &v["proposals"][0];
    for key in ["id", "title", "eligible", "earliest_on"] {
        assert!(p.get(key).is_some(), "proposal lacks {key}");
    }
}

#[test]
fn check_text_in_both_languages() {
    let dir = TempDir::new("text");
    let case = dir.file("dd.case.toml", DANGEROUS_DRIVING.as_bytes());
    let (code, en, _) = call(&["check", &case, "--today", "2026-11-22", "--lang", "en-US"]);
    assert_eq!(code, 0);
    assert!(en.contains("CLOSED FOR LIFE"), "{en}");
    assert!(en.contains("Until 2027-01-10"), "{en}");
    assert!(
        en.contains(
            "Civil Servant Law of the People's Republic of China (中华人民共和国公务员法), Art. 26"
        ),
        "the English title first, with the Chinese one: {en}"
    );
    assert!(en.contains("IF THE PROPOSED REFORMS BECAME LAW"));
    let (code, zh, _) = call(&["check", &case, "--today", "2026-11-22", "--lang", "zh-CN"]);
    assert_eq!(code, 0);
    assert!(zh.contains("终身关闭"), "{zh}");
    assert!(zh.contains("至 2027-01-10"), "{zh}");
    assert!(zh.contains("中华人民共和国公务员法 第26条"), "{zh}");
}

/// Worked case 082: a sentence served in 2005. The head of the report says that nothing
/// ends on a date any more, and that the recidivism window has closed (it used to say "if
/// you commit a new crime before 2010-06-20", a date long past).
#[test]
fn a_case_whose_dated_restrictions_all_ended_says_so_first() {
    let dir = TempDir::new("ended");
    let case = dir.file(
        "old.case.toml",
        b"format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1975-04-02\"\n\
          [[conviction]]\ncharge = \"\xe7\x9b\x97\xe7\xaa\x83\xe7\xbd\xaa\"\n\
          offence_date = \"2004-05-01\"\njudgment_date = \"2004-09-01\"\n\
          penalty = \"fixed_term\"\nterm_months = 10\ncompleted_on = \"2005-06-20\"\n",
    );
    let (code, en, err) = call(&["check", &case, "--today", "2026-12-03", "--lang", "en-US"]);
    assert_eq!(code, 0, "{err}");
    let glance = &en[..en.find("CLOSED TO YOU NOW").unwrap_or(en.len())];
    assert!(
        glance.contains("Nothing you face ends on a date any more: 36 restrictions have ended, the last on 2015-06-20; the law sets no end date for the 41 that remain."),
        "{glance}"
    );
    // Rules for someone who holds a position, title, licence or benefit the questionnaire
    // does not ask about (a deputy's seat, a veteran's benefits) are not counted there.
    assert!(
        glance.contains("Not counted above: 16 rules concern only someone who now holds a particular position, title, licence or benefit"),
        "{glance}"
    );
    assert!(
        en.contains("IF YOU HOLD ONE OF THESE NOW: 16 RULES"),
        "{en}"
    );
    assert!(
        glance.contains("The five-year recidivism window closed on 2010-06-20"),
        "{glance}"
    );
    assert!(!en.contains("before 2010-06-20"), "{en}");
    let (_, zh, _) = call(&["check", &case, "--today", "2026-12-03"]);
    assert!(zh.contains("已经没有会在某个日期结束的了"), "{zh}");
    assert!(zh.contains("五年的累犯期限已于 2010-06-20 届满"), "{zh}");
}

#[test]
fn completion_is_computed_and_said() {
    let dir = TempDir::new("computed");
    let text = DANGEROUS_DRIVING.replace("completed_on = \"2025-01-10\"\n", "");
    let case = dir.file("c.case.toml", text.as_bytes());
    let (code, out, _) = call(&[
        "check",
        &case,
        "--json",
        "--today",
        "2026-11-22",
        "--lang",
        "en-US",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
    let physician = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["rule"] == "cn.physicians-law.16");
    // 2024-11-10 + 2 months = 2025-01-10; + 2 years = 2027-01-10.
    assert_eq!(
        physician.map(|f| f["ends_on"].clone()),
        Some(serde_json::json!("2027-01-10"))
    );
    let assumptions = v["assumptions"].to_string();
    assert!(
        assumptions.contains("computed") && assumptions.contains("2025-01-10"),
        "{assumptions}"
    );
}

#[test]
fn rules_json_has_the_summary_keys() {
    let (code, out, err) = call(&["rules", "--json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
    for key in [
        "provisions",
        "rules",
        "charges",
        "by_level",
        "by_domain",
        "by_duration",
    ] {
        assert!(v.get(key).is_some(), "lacks {key}");
    }
    assert_eq!(v["charges"], 483);
    assert!(v["provisions"].as_u64().unwrap_or(0) >= 80);
    let sum: u64 = v["by_duration"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(_, n)| n.as_u64())
        .sum();
    assert_eq!(Some(sum), v["rules"].as_u64());
    let (code, text, _) = call(&["rules", "--lang", "en-US"]);
    assert_eq!(code, 0);
    assert!(text.contains("483 charges"), "{text}");
}

#[test]
fn rules_dir_loads_a_folder_and_reports_a_broken_one() {
    let rules = crate::root().join("rules").display().to_string();
    assert_eq!(call(&["rules", "--dir", &rules]).0, 0);
    let dir = TempDir::new("badrules");
    let (code, _, err) = call(&[
        "rules",
        "--dir",
        &dir.0.display().to_string(),
        "--lang",
        "en-US",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("has no pack.toml") && err.contains("has no charges.toml"),
        "{err}"
    );
    // --rules works on check too.
    let case = dir.file("dd.case.toml", DANGEROUS_DRIVING.as_bytes());
    assert_eq!(
        call(&["check", &case, "--rules", &rules, "--today", "2026-11-22"]).0,
        0
    );
    assert_eq!(
        call(&["check", &case, "--rules", &dir.0.display().to_string()]).0,
        2
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["check"],
        vec!["check", "a", "b"],
        vec!["frobnicate"],
        vec!["check", "x.toml", "--today", "2026-02-30"],
        vec!["check", "x.toml", "--lang", "fr"],
        vec!["rules", "--bogus"],
        vec!["check", "x.toml", "--today"],
    ] {
        let (code, _, err) = call(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains("错误") || err.contains("error"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(call(&["--help"]).0, 0);
    assert_eq!(call(&["check", "/nonexistent/x.case.toml"]).0, 2);
}

/// (what to change in the good file, expected line, expected words)
fn broken_cases() -> Vec<(String, usize, &'static str)> {
    let good = DANGEROUS_DRIVING;
    vec![
        (
            good.replace(
                "judgment_date = \"2024-11-10\"",
                "judgment_date = \"2024-08-10\"",
            ),
            10,
            "the judgment date is before the offence date",
        ),
        (
            good.replace(
                "completed_on = \"2025-01-10\"",
                "completed_on = \"2024-10-10\"",
            ),
            13,
            "the completion date is before the judgment date",
        ),
        (
            good.replace("term_months = 2\n", ""),
            11,
            "this penalty needs its length: add term_months",
        ),
        (
            good.replace("term_months = 2\n", "term_months = 2\nsuspended = true\n"),
            13,
            "probation period is missing",
        ),
        (
            good.replace("birth_date = \"1990-05-01\"", "birth_date = \"2025-05-01\""),
            4,
            "the date of birth is after the offence date",
        ),
        (
            good.replace(
                "offence_date = \"2024-09-01\"",
                "offence_date = \"2024-02-30\"",
            ),
            9,
            "\"2024-02-30\" is not a real date",
        ),
        (
            good.replace("penalty = \"detention\"", "penalty = \"prison\""),
            11,
            "\"prison\" is not one of the allowed values: \"exempted\", \"fine_only\"",
        ),
        (
            good.replace("term_months = 2", "term_months = \"two\""),
            12,
            "this value is text, but it must be a whole number, for example 2",
        ),
        (
            good.replace("term_months = 2", "term_month = 2"),
            12,
            "\"term_month\" is not a field of this part of the file; did you mean \"term_months\"?",
        ),
        (
            good.replace("term_months = 2", "term_months = 99999999999"),
            12,
            "between 1 and 12 months",
        ),
        (
            good.replace("charge = \"危险驾驶罪\"", "charge = \"危险架驶罪\""),
            7,
            "is not a charge in the catalogue (closest: 危险驾驶罪)",
        ),
        (
            good.replace("recordrights-case/1", "recordrights-case/2"),
            1,
            "this file has format \"recordrights-case/2\"",
        ),
        (
            good.replace("[[conviction]]", "[[convictions]]"),
            6,
            "\"convictions\" is not a field of this part of the file; did you mean \"conviction\"?",
        ),
        (
            good[..60].to_owned(),
            4,
            "a quotation mark or a bracket is opened here but never closed",
        ),
        (
            good.replace(
                "penalty = \"detention\"",
                "penalty = \"detention\"\nparoled_on = \"2024-12-01\"",
            ),
            12,
            "parole is only possible",
        ),
    ]
}

#[test]
fn broken_case_files_name_file_line_and_problem() {
    let dir = TempDir::new("broken");
    for (i, (text, line, words)) in broken_cases().into_iter().enumerate() {
        let path = dir.file(&format!("b{i}.case.toml"), text.as_bytes());
        let (code, out, err) = call(&["check", &path, "--lang", "en-US", "--today", "2026-11-22"]);
        assert_eq!(code, 2, "case {i}: {err}");
        assert!(out.is_empty(), "case {i}: nothing on stdout");
        assert!(
            err.contains(&format!("{path}:{line}:")),
            "case {i}: expected line {line}: {err}"
        );
        assert!(err.contains(words), "case {i}: expected {words:?}: {err}");
    }
    // Chinese messages too.
    let path = dir.file("zh.case.toml", broken_cases()[0].0.as_bytes());
    let (_, _, err) = call(&["check", &path, "--lang", "zh-CN"]);
    assert!(err.contains("判决日期早于犯罪日期"), "{err}");
}

#[test]
fn invalid_utf8_and_empty_files() {
    let dir = TempDir::new("bytes");
    let bad = dir.file(
        "bad.case.toml",
        b"format = \"recordrights-case/1\"\n\xff\xfe\n",
    );
    let (code, _, err) = call(&["check", &bad, "--lang", "en-US"]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{bad}:2:")) && err.contains("not UTF-8"),
        "{err}"
    );
    let empty = dir.file("empty.case.toml", b"");
    let (code, _, err) = call(&["check", &empty, "--lang", "en-US"]);
    assert_eq!(code, 2);
    assert!(err.contains("the field \"format\" is missing"), "{err}");
}

#[test]
fn the_binary_runs_from_any_folder() {
    let dir = TempDir::new("bin");
    let case = dir.file("dd.case.toml", DANGEROUS_DRIVING.as_bytes());
    let out = Command::new(env!("CARGO_BIN_EXE_recordrights"))
        .args(["check", &case, "--json", "--today", "2026-11-22"])
        .current_dir(&dir.0)
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => panic!("cannot run the binary: {e}"),
    };
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"cn.physicians-law.16\""));
    let bad = dir.file("bad.case.toml", b"format = 1");
    let out = Command::new(env!("CARGO_BIN_EXE_recordrights"))
        .args(["check", &bad])
        .output();
    assert_eq!(out.ok().and_then(|o| o.status.code()), Some(2));
}

#[test]
fn dates_before_the_encoded_law_are_refused() {
    let dir = TempDir::new("early");
    let case = dir.file("dd.case.toml", DANGEROUS_DRIVING.as_bytes());
    let (code, out, err) = call(&["check", &case, "--today", "2025-12-31", "--lang", "en-US"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("the rules encode the law in force from 2026-01-01 on; they cannot answer for 2025-12-31"), "{err}");
    assert_eq!(call(&["check", &case, "--today", "2026-01-01"]).0, 0);
}

#[test]
fn a_missing_file_or_a_folder_is_named_in_plain_words() {
    let dir = TempDir::new("missing");
    let missing = dir.0.join("no-such.case.toml").display().to_string();
    let (code, _, err) = call(&["check", &missing, "--lang", "en-US"]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{missing}: there is no file of this name")),
        "{err}"
    );
    let (_, _, err) = call(&["check", &missing]);
    assert!(err.contains("找不到这个文件"), "{err}");
    let folder = dir.0.display().to_string();
    let (code, _, err) = call(&["check", &folder, "--lang", "en-US"]);
    assert_eq!(code, 2);
    assert!(err.contains("this is a folder, not a file"), "{err}");
}
