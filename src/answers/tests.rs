//! Unit tests of the answers: the TOML they write, old autosaves, and problems the
//! case parser cannot see (zero months of political rights).

use super::*;

#[test]
fn typed_dates() {
    let d = NaiveDate::from_ymd_opt(2024, 3, 1);
    assert_eq!(parse_date("2024-03-01"), d);
    assert_eq!(parse_date(" 2024/3/1 "), d);
    assert_eq!(parse_date("2024年3月1日"), d);
    assert_eq!(parse_date("20240301"), d);
    assert_eq!(parse_date("2024-02-30"), None);
    assert_eq!(parse_date("1/3/2024"), None);
    assert_eq!(parse_date(""), None);
}

#[test]
fn answers_become_a_case_and_back() {
    let mut a = Answers {
        birth_date: "1990/5/1".into(),
        ..Default::default()
    };
    a.convictions[0] = ConvictionAnswers {
        charge: "危险驾驶罪".into(),
        offence_date: "2024-09-01".into(),
        judgment_date: "2024年11月10日".into(),
        penalty: Some(Penalty::Detention),
        term_months: 2,
        ..Default::default()
    };
    let case = match a.to_case() {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(
        case.convictions[0]
            .completion()
            .map(|(d, computed)| (d.to_string(), computed)),
        Some(("2025-01-10".into(), true))
    );
    let back = Answers::from_case(&case);
    assert_eq!(back.convictions[0].term(), 2);
    assert_eq!(back.birth_date, "1990-05-01");
}

#[test]
fn problems_name_their_field() {
    let mut a = Answers {
        birth_date: "1990-05-01".into(),
        ..Default::default()
    };
    a.convictions[0].charge = "危险驾驶罪".into();
    a.convictions[0].offence_date = "2024-09-01".into();
    a.convictions[0].judgment_date = "2024-08-01".into();
    let errors = a.to_case().err().map(|e| e.0).unwrap_or_default();
    let fields: Vec<CaseField> = errors
        .iter()
        .filter_map(|e| e.context.as_ref()?.case_field())
        .collect();
    assert!(
        fields.contains(&CaseField::Conviction(0, ConvictionKey::JudgmentDate)),
        "{fields:?}"
    );
    assert!(
        fields.contains(&CaseField::Conviction(0, ConvictionKey::Penalty)),
        "{fields:?}"
    );
}

/// A case with everything the window does not ask, and lengths in months that are
/// not whole years.
const FULL: &str = r#"format = "recordrights-case/1"

[person]
birth_date = "1969-06-30"
region = "CN-44"
city = "CN-44-SZ"
roles = ["teacher", "driver"]

[[conviction]]
charge = "聚众扰乱社会秩序罪"
article = "290"
offence_date = "2024-10-08"
judgment_date = "2025-03-20"
penalty = "control"
term_months = 8
political_rights_months = 8

[conviction.facts]
"some.fact" = true
other = false

[[conviction]]
charge = "重大责任事故罪"
offence_date = "2010-01-05"
judgment_date = "2010-06-01"
fault = "negligent"
professional = true
penalty = "fixed_term"
term_months = 30
occupational_ban_months = 40
paroled_on = "2011-12-01"
completed_on = "2012-12-01"

[client]
label = "2026-118"
notes = "two lines\nof notes"
consulted_on = "2026-11-02"
"#;

fn without_lines(mut c: Case) -> Case {
    for conviction in &mut c.convictions {
        conviction.lines.clear();
    }
    c
}

#[test]
fn a_case_survives_the_answers() {
    let case = match Case::parse("full.toml", FULL) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    let a = Answers::from_case(&case);
    assert_eq!(
        (
            a.convictions[0].political_rights_years,
            a.convictions[0].political_rights_months
        ),
        (0, 8)
    );
    assert_eq!(a.convictions[1].occupational_ban(), 40);
    let back = a.to_case().map(without_lines);
    assert_eq!(back, Ok(without_lines(case)));
}

#[test]
fn the_autosave_keeps_everything() {
    let case = match Case::parse("full.toml", FULL) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    let mut a = Answers::from_case(&case);
    a.convictions[1].paroled_on = "2011/12/".into();
    let text = toml::to_string(&a).unwrap_or_default();
    assert_eq!(toml::from_str::<Answers>(&text).ok(), Some(a), "{text}");
}

#[test]
fn an_old_autosave_reads_whole_years() {
    let old = "birth_date = \"1990-05-01\"\n[[convictions]]\npolitical_rights = \"Months\"\npolitical_rights_years = 2\noccupational_ban_years = 3\n";
    let a = toml::from_str::<Answers>(old).unwrap_or_default();
    assert_eq!(a.convictions[0].political_rights_total(), 24);
    assert_eq!(a.convictions[0].occupational_ban(), 36);
}

#[test]
fn zero_months_of_political_rights_is_a_problem_not_none() {
    let case = match Case::parse("full.toml", FULL) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    let mut a = Answers::from_case(&case);
    a.convictions[0].political_rights_months = 0;
    let errors = a.to_case().err().map(|e| e.0).unwrap_or_default();
    let fields: Vec<String> = errors
        .iter()
        .filter_map(|e| Some(e.context.as_ref()?.to_string()))
        .collect();
    assert_eq!(fields, ["conviction[1].political_rights_months"]);
}
