//! Worked legal cases as data (`tests/cases/*.toml`), run by one harness.
//!
//! Each file holds a name, the as-of date, the case (in the case-file format), the
//! findings expected (by rule id, or by law and article) with their dates, the rules
//! that must not fire, the record block and the proposals. The harness checks the
//! public JSON, so it tests what tools and the acceptance suite see.

use std::fmt::Write as _;

use recordrights::case::Case;
use recordrights::engine::assess;
use recordrights::i18n::Lang;
use recordrights::report::json;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkedCase {
    name: String,
    today: String,
    #[serde(default)]
    note: Option<String>,
    case: toml::Table,
    #[serde(default)]
    expect: Vec<Expect>,
    #[serde(default)]
    absent: Vec<Expect>,
    #[serde(default)]
    fired: Option<Vec<String>>,
    #[serde(default)]
    record: Option<RecordExpect>,
    #[serde(default)]
    proposal: Vec<ProposalExpect>,
    #[serde(default)]
    assumptions: Option<usize>,
    /// The ids of the follow-up questions still open, in the JSON's order.
    #[serde(default)]
    open_questions: Option<Vec<String>>,
    /// The at-a-glance block.
    #[serde(default)]
    glance: Option<GlanceExpect>,
}

/// The at-a-glance block: its key dates as `"DATE KIND"` or `"DATE KIND IDS"` (ids joined
/// by `,`; the kinds are `ends`, `proposal`, `recidivism_window_ends`), the rules that
/// concern a role the person holds, and counts.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlanceExpect {
    #[serde(default)]
    key_dates: Option<Vec<String>>,
    #[serde(default)]
    roles: Option<Vec<String>>,
    #[serde(default)]
    ended: Option<usize>,
    #[serde(default)]
    local: Option<usize>,
    /// Restrictions in force that end on a date.
    #[serde(default)]
    until_date: Option<usize>,
    /// The day the last ended restriction ended (`"null"` when none has).
    #[serde(default)]
    last_ended_on: Option<String>,
    /// Restrictions in force for life (without those listed apart).
    #[serde(default)]
    lifetime: Option<usize>,
    /// Restrictions in force only for someone who holds a position, title, licence or
    /// benefit the questionnaire does not ask about (listed apart).
    #[serde(default)]
    if_you_hold: Option<usize>,
}

/// A finding, found by `rule` or by `law` + `article`; every other key given must match
/// (dates as `YYYY-MM-DD`, or `"null"`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    #[serde(default)]
    rule: Option<String>,
    #[serde(default)]
    law: Option<String>,
    #[serde(default)]
    article: Option<String>,
    #[serde(default)]
    starts_on: Option<String>,
    #[serde(default)]
    ends_on: Option<String>,
    #[serde(default)]
    ends_on_earliest: Option<String>,
    #[serde(default)]
    duration: Option<String>,
    #[serde(default)]
    active: Option<bool>,
    #[serde(default)]
    certainty: Option<String>,
    #[serde(default)]
    domain: Option<String>,
    /// The "because" trace, in English: every answer that made the rule fire, for every
    /// conviction that triggered it, in order.
    #[serde(default)]
    because: Option<Vec<String>>,
    /// The citations of the finding's next steps, in order.
    #[serde(default)]
    next_steps: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordExpect {
    #[serde(default)]
    severity_class: Option<String>,
    #[serde(default)]
    sealed: Option<bool>,
    #[serde(default)]
    must_disclose: Option<bool>,
    /// A date, `"never"` or `"null"`.
    #[serde(default)]
    recidivism_window_ends: Option<String>,
    #[serde(default)]
    sealing_articles: Option<Vec<String>>,
    /// Citations that the record block's next steps must include.
    #[serde(default)]
    next_step_cites: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProposalExpect {
    id: String,
    eligible: bool,
    #[serde(default)]
    earliest_on: Option<String>,
}

fn as_text(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn matches(f: &Value, e: &Expect) -> bool {
    e.rule.as_ref().is_none_or(|r| f["rule"] == *r.as_str())
        && e.law.as_ref().is_none_or(|l| f["law"] == *l.as_str())
        && e.article
            .as_ref()
            .is_none_or(|a| f["article"] == *a.as_str())
}

fn label(e: &Expect) -> String {
    match (&e.rule, &e.law, &e.article) {
        (Some(r), _, _) => r.clone(),
        (None, l, a) => format!(
            "{} Art. {}",
            l.as_deref().unwrap_or("?"),
            a.as_deref().unwrap_or("?")
        ),
    }
}

/// Runs one worked case and returns every mismatch.
fn check(path: &std::path::Path, pack: &recordrights::rules::RulePack) -> Vec<String> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let wc: WorkedCase = match toml::from_str(&text) {
        Ok(w) => w,
        Err(e) => return vec![format!("{file}: not a worked case: {e}")],
    };
    let _ = &wc.note;
    let mut problems = Vec::new();
    let case_text = toml::to_string(&wc.case).unwrap_or_default();
    let case = match Case::parse(&file, &case_text) {
        Ok(c) => c,
        Err(e) => return vec![format!("{} ({file}): case does not parse: {e}", wc.name)],
    };
    let Ok(today) = chrono::NaiveDate::parse_from_str(&wc.today, "%Y-%m-%d") else {
        return vec![format!("{file}: bad today")];
    };
    let assessment = match case
        .clone()
        .resolve(pack, &file)
        .and_then(|c| assess(&c, today))
    {
        Ok(a) => a,
        Err(e) => return vec![format!("{} ({file}): {e}", wc.name)],
    };
    // Saving the case and reading it back gives the identical assessment.
    match Case::parse_resolved(pack, &file, &case.to_toml()).and_then(|again| assess(&again, today))
    {
        Ok(again) if again == assessment => {}
        _ => problems.push(format!(
            "{}: the case does not survive a save and reopen:\n{}",
            wc.name,
            case.to_toml()
        )),
    }
    let out = json::assessment(pack, &assessment, Lang::EnUs);
    let findings = out["findings"].as_array().cloned().unwrap_or_default();
    for e in &wc.expect {
        let hits: Vec<&Value> = findings.iter().filter(|f| matches(f, e)).collect();
        let Some(f) = hits.first() else {
            problems.push(format!(
                "{}: expected finding {} is missing",
                wc.name,
                label(e)
            ));
            continue;
        };
        let mut want = |key: &str, value: Option<String>| {
            if let Some(v) = value {
                let any = hits.iter().any(|h| as_text(&h[key]) == v);
                if !any {
                    problems.push(format!(
                        "{}: {} {key}: expected {v}, got {}",
                        wc.name,
                        label(e),
                        as_text(&f[key])
                    ));
                }
            }
        };
        want("starts_on", e.starts_on.clone());
        want("ends_on", e.ends_on.clone());
        want("ends_on_earliest", e.ends_on_earliest.clone());
        want("duration", e.duration.clone());
        want("active", e.active.map(|b| b.to_string()));
        want("certainty", e.certainty.clone());
        want("domain", e.domain.clone());
        if let Some(cites) = &e.next_steps {
            let got: Vec<String> = f["next_steps"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|n| as_text(&n["cite"]))
                .collect();
            if got != *cites {
                problems.push(format!(
                    "{}: {} next steps: expected {cites:?}, got {got:?}",
                    wc.name,
                    label(e)
                ));
            }
        }
        if let Some(trace) = &e.because {
            let got: Vec<String> = f["because"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|c| c["answers"].as_array().cloned().unwrap_or_default())
                .map(|a| as_text(&a))
                .collect();
            if got != *trace {
                problems.push(format!(
                    "{}: {} because: expected {trace:?}, got {got:?}",
                    wc.name,
                    label(e)
                ));
            }
        }
    }
    for e in &wc.absent {
        if let Some(f) = findings.iter().find(|f| matches(f, e)) {
            problems.push(format!(
                "{}: {} must not apply, but fired as {}",
                wc.name,
                label(e),
                f["rule"]
            ));
        }
    }
    if let Some(fired) = &wc.fired {
        let mut got: Vec<String> = findings.iter().map(|f| as_text(&f["rule"])).collect();
        got.sort();
        let mut want = fired.clone();
        want.sort();
        if got != want {
            problems.push(format!("{}: fired {got:?}, expected {want:?}", wc.name));
        }
    }
    if let Some(r) = &wc.record {
        let rec = &out["record"];
        let mut want = |key: &str, value: Option<String>| {
            if let Some(v) = value
                && as_text(&rec[key]) != v
            {
                problems.push(format!(
                    "{}: record.{key}: expected {v}, got {}",
                    wc.name,
                    as_text(&rec[key])
                ));
            }
        };
        want("severity_class", r.severity_class.clone());
        want("sealed", r.sealed.map(|b| b.to_string()));
        want("must_disclose", r.must_disclose.map(|b| b.to_string()));
        want("recidivism_window_ends", r.recidivism_window_ends.clone());
        if let Some(arts) = &r.sealing_articles {
            let got: Vec<String> = rec["sealing_basis"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|b| as_text(&b["article"]))
                .collect();
            if got != *arts {
                problems.push(format!(
                    "{}: sealing articles {got:?}, expected {arts:?}",
                    wc.name
                ));
            }
        }
        if let Some(cites) = &r.next_step_cites {
            let steps: Vec<String> = rec["next_steps"]
                .as_array()
                .into_iter()
                .flatten()
                .map(as_text)
                .collect();
            for cite in cites {
                if !steps.iter().any(|s| s.ends_with(&format!("({cite})"))) {
                    problems.push(format!(
                        "{}: no record next step cites {cite}: {steps:?}",
                        wc.name
                    ));
                }
            }
        }
    }
    for p in &wc.proposal {
        let Some(got) = out["proposals"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|x| x["id"] == *p.id.as_str())
        else {
            problems.push(format!("{}: proposal {} missing", wc.name, p.id));
            continue;
        };
        if got["eligible"] != p.eligible {
            problems.push(format!(
                "{}: proposal {} eligible: expected {}",
                wc.name, p.id, p.eligible
            ));
        }
        if let Some(d) = &p.earliest_on
            && as_text(&got["earliest_on"]) != *d
        {
            problems.push(format!(
                "{}: proposal {} earliest_on: expected {d}, got {}",
                wc.name, p.id, got["earliest_on"]
            ));
        }
    }
    if let Some(g) = &wc.glance {
        let block = &out["at_a_glance"];
        if let Some(want) = &g.key_dates {
            let got: Vec<String> = block["key_dates"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|k| {
                    let ids: Vec<String> = k["ids"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(as_text)
                        .collect();
                    format!(
                        "{} {} {}",
                        as_text(&k["date"]),
                        as_text(&k["kind"]),
                        ids.join(",")
                    )
                    .trim_end()
                    .to_owned()
                })
                .collect();
            // "DATE KIND" pins the date and kind only; "DATE KIND IDS" the ids too.
            let same = got.len() == want.len()
                && got.iter().zip(want).all(|(g, w)| {
                    if w.split(' ').count() == 2 {
                        g.split(' ').take(2).collect::<Vec<_>>().join(" ") == *w
                    } else {
                        g == w
                    }
                });
            if !same {
                problems.push(format!(
                    "{}: key dates {got:#?}, expected {want:#?}",
                    wc.name
                ));
            }
        }
        if let Some(want) = &g.roles {
            let got: Vec<String> = block["roles"]
                .as_array()
                .into_iter()
                .flatten()
                .map(as_text)
                .collect();
            if got != *want {
                problems.push(format!(
                    "{}: role findings {got:?}, expected {want:?}",
                    wc.name
                ));
            }
        }
        if let Some(want) = &g.last_ended_on {
            let got = as_text(&block["last_ended_on"]);
            if got != *want {
                problems.push(format!("{}: last_ended_on {got}, expected {want}", wc.name));
            }
        }
        for (key, want) in [
            ("ended", g.ended),
            ("local", g.local),
            ("until_date", g.until_date),
            ("lifetime", g.lifetime),
            ("if_you_hold", g.if_you_hold),
        ] {
            if let Some(n) = want {
                let got = block["counts"][key].as_u64().unwrap_or(u64::MAX);
                if got != n as u64 {
                    problems.push(format!("{}: {key} count {got}, expected {n}", wc.name));
                }
            }
        }
    }
    if let Some(want) = &wc.open_questions {
        let got: Vec<&str> = out["open_questions"]
            .as_array()
            .map(|a| a.iter().filter_map(|q| q["id"].as_str()).collect())
            .unwrap_or_default();
        if got != *want {
            problems.push(format!(
                "{}: open questions {got:?}, expected {want:?}",
                wc.name
            ));
        }
    }
    if let Some(n) = wc.assumptions {
        let got = out["assumptions"].as_array().map_or(0, Vec::len);
        if got != n {
            problems.push(format!(
                "{}: {got} assumptions, expected {n}: {}",
                wc.name, out["assumptions"]
            ));
        }
    }
    problems
}

#[test]
fn worked_cases() {
    let pack = crate::pack();
    let dir = crate::root().join("tests/cases");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    let mut report = String::new();
    for p in &paths {
        for problem in check(p, pack) {
            let _ = writeln!(report, "- {problem}");
        }
    }
    assert!(report.is_empty(), "worked cases that fail:\n{report}");
    assert!(
        paths.len() >= 30,
        "at least 30 worked cases are required, found {}",
        paths.len()
    );
}

/// The harness itself must catch a wrong expectation.
#[test]
fn harness_catches_a_wrong_date() {
    let pack = crate::pack();
    let dir = std::env::temp_dir().join(format!("rr-harness-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("wrong.toml");
    let text = r#"
name = "wrong on purpose"
today = "2026-11-22"
[case]
format = "recordrights-case/1"
[case.person]
birth_date = "1990-05-01"
[[case.conviction]]
charge = "危险驾驶罪"
offence_date = "2024-09-01"
judgment_date = "2024-11-10"
penalty = "detention"
term_months = 2
completed_on = "2025-01-10"
[[expect]]
rule = "cn.physicians-law.16"
ends_on = "2027-01-11"
[[absent]]
rule = "cn.civil-servant-law.26"
"#;
    std::fs::write(&path, text).unwrap_or_default();
    let problems = check(&path, pack);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains("expected 2027-01-11, got 2027-01-10"),
        "{problems:?}"
    );
    assert!(problems[1].contains("must not apply"), "{problems:?}");
}
