//! Property tests: the date arithmetic, the engine and the loaders never panic and
//! keep their promises on generated input.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use recordrights::answers::Answers;
use recordrights::case::{
    Case, ClientInfo, Conviction, Fault, Penalty, Person, PoliticalRights, Role,
};
use recordrights::dates::{add_months, add_years, age_on};
use recordrights::engine::assess;

fn date() -> impl Strategy<Value = NaiveDate> {
    (1950i32..2090, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        NaiveDate::from_ymd_opt(y, m, d)
            .or_else(|| NaiveDate::from_ymd_opt(y, m, 28))
            .unwrap_or(NaiveDate::MIN)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn anniversaries(start in date(), years in 0u32..60) {
        let end = add_years(start, years).unwrap_or(NaiveDate::MAX);
        prop_assert!(end >= start);
        prop_assert_eq!(end.year(), start.year() + years as i32);
        prop_assert_eq!(end.month(), start.month());
        if (start.month(), start.day()) == (2, 29) && end.leap_year() || (start.month(), start.day()) != (2, 29) {
            prop_assert_eq!(end.day(), start.day());
        } else {
            prop_assert_eq!(end.day(), 28);
        }
        prop_assert_eq!(age_on(start, end), Some(if end.day() == start.day() { years } else { years.saturating_sub(1) }));
    }

    #[test]
    fn month_ends(start in date(), months in 0u32..400) {
        let end = add_months(start, months).unwrap_or(NaiveDate::MAX);
        prop_assert!(end >= start);
        prop_assert!(end.day() <= start.day());
        let total = start.month0() + months;
        prop_assert_eq!(end.month0(), total % 12);
    }

    #[test]
    fn the_line_index_counts_lines_like_line_of(text in "[a-z\n中]{0,200}", at in 0usize..260) {
        let index = recordrights::error::LineIndex::new(&text);
        prop_assert_eq!(index.line(at), recordrights::error::line_of(&text, at));
    }

    #[test]
    fn any_text_gives_a_case_or_an_error(s in ".{0,400}") {
        let _ = Case::parse("fuzz.toml", &s);
    }
}

const GOOD: &str = "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1990-05-01\"\nroles = [\"teacher\", \"physician\"]\n[[conviction]]\ncharge = \"诈骗罪\"\noffence_date = \"2017-05-03\"\njudgment_date = \"2018-06-30\"\npenalty = \"fixed_term\"\nterm_months = 48\npolitical_rights_months = 24\nparoled_on = \"2021-01-01\"\ncompleted_on = \"2022-06-30\"\n";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn mutated_case_files_never_panic(at in 0usize..GOOD.len(), len in 0usize..20, insert in "[\\[\\]=\"a-z0-9 \\n-]{0,12}") {
        let mut s = GOOD.to_owned();
        let start = (0..=at).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0);
        let end = (start + len..=s.len()).find(|i| s.is_char_boundary(*i)).unwrap_or(s.len());
        s.replace_range(start..end, &insert);
        if let Err(e) = Case::parse("mutated.toml", &s) {
            prop_assert!(e.0.iter().all(|x| x.file == "mutated.toml"));
        }
    }
}

fn penalty_case() -> impl Strategy<Value = String> {
    let penalty = prop_oneof![
        Just(("exempted", 0u32, false)),
        Just(("fine_only", 0, false)),
        (3u32..=24).prop_map(|t| ("control", t, false)),
        (1u32..=6).prop_map(|t| ("detention", t, false)),
        (1u32..=6).prop_map(|t| ("detention", t, true)),
        (6u32..=180).prop_map(|t| ("fixed_term", t, false)),
        (6u32..=36).prop_map(|t| ("fixed_term", t, true)),
        Just(("life", 0, false)),
        Just(("death_suspended", 0, false)),
    ];
    let charge = prop_oneof![
        Just("危险驾驶罪"),
        Just("盗窃罪"),
        Just("诈骗罪"),
        Just("重大责任事故罪"),
        Just("强奸罪"),
        Just("贪污罪"),
        Just("组织、领导、参加恐怖组织罪"),
        Just("交通肇事罪"),
        Just("故意杀人罪"),
        Just("组织、领导、参加黑社会性质组织罪"),
        Just("走私、贩卖、运输、制造毒品罪"),
    ];
    (date(), 13u32..80, 0u32..400, 0u32..40, penalty, charge, any::<bool>(), prop_oneof![Just(0i64), Just(-1), 12i64..60], any::<bool>())
        .prop_map(|(offence, age, judgment_after, _, (p, term, susp), charge, prof, pr, ban)| {
            let birth = add_years(offence, age).map_or(offence, |_| {
                NaiveDate::from_ymd_opt(offence.year() - age as i32, 1, 1).unwrap_or(offence)
            });
            let judgment = add_months(offence, judgment_after / 10).unwrap_or(offence);
            let mut s = format!(
                "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"{birth}\"\nroles = [\"physician\", \"lawyer\"]\n[[conviction]]\ncharge = \"{charge}\"\noffence_date = \"{offence}\"\njudgment_date = \"{judgment}\"\npenalty = \"{p}\"\nprofessional = {prof}\npolitical_rights_months = {pr}\n"
            );
            if term > 0 {
                s.push_str(&format!("term_months = {term}\n"));
            }
            if susp {
                s.push_str(&format!("suspended = true\nprobation_months = {}\n", if p == "detention" { term.max(2) } else { term.max(12) }));
            }
            if ban {
                s.push_str("occupational_ban_months = 36\n");
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn the_engine_keeps_its_promises(text in penalty_case(), today in prop_oneof![date(), (2026i32..2090, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN))]) {
        let pack = crate::pack();
        let case = match Case::parse_resolved(pack, "gen.toml", &text) {
            Ok(c) => c,
            Err(e) => return Err(TestCaseError::fail(format!("generated case rejected: {e}\n{text}"))),
        };
        let a = assess(&case, today);
        if today < pack.earliest_as_of {
            prop_assert!(a.is_err(), "dates before the encoded law must be refused");
            return Ok(());
        }
        prop_assert!(a.is_ok());
        let a = a.unwrap_or_else(|_| unreachable!());
        for f in &a.findings {
            if let (Some(s), Some(e)) = (f.starts_on, f.ends_on) {
                prop_assert!(e >= s, "{} ends before it starts", pack.rules[f.rule].id);
            }
            if let (Some(lo), Some(hi)) = (f.ends_on_earliest, f.ends_on) {
                prop_assert!(lo <= hi);
            }
            let expected = today >= f.applies_from && f.ends_on.is_none_or(|e| today < e);
            prop_assert_eq!(f.active, expected, "{}", pack.rules[f.rule].id);
            prop_assert!(pack.rules[f.rule].in_force_on(today));
        }
        let again = assess(&case, today);
        prop_assert_eq!(Some(&a), again.as_ref().ok());
    }
}

fn physicians_rule_file() -> String {
    std::fs::read_to_string(crate::root().join("rules/national/physicians-law.toml"))
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn mutated_rule_files_never_panic(at in 0usize..3000, len in 0usize..30, insert in "[\\[\\]=\"a-z0-9_ \\n.-]{0,16}") {
        let mut s = physicians_rule_file();
        prop_assume!(!s.is_empty());
        let at = at % s.len();
        let start = (0..=at).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0);
        let end = (start + len..=s.len()).find(|i| s.is_char_boundary(*i)).unwrap_or(s.len());
        s.replace_range(start..end, &insert);
        let files = vec![
            recordrights::rules::SourceFile { path: "pack.toml".into(), display: "pack.toml".into(), text: "version = \"t\"\ncurrent_as_of = \"2026-11-22\"\nearliest_as_of = \"2026-01-01\"\n".into() },
            recordrights::rules::SourceFile { path: "charges.toml".into(), display: "charges.toml".into(), text: std::fs::read_to_string(crate::root().join("rules/charges.toml")).unwrap_or_default() },
            recordrights::rules::SourceFile { path: "national/x.toml".into(), display: "x.toml".into(), text: s },
        ];
        if let Err(e) = recordrights::rules::RulePack::from_files(files) {
            prop_assert!(e.0.iter().all(|x| x.file == "x.toml" && x.line.is_some()), "{e}");
        }
    }
}

// The window's answers and the case file lose nothing (issue 14): every valid case, with
// lengths that are not whole years, several convictions, every optional field, answers
// to follow-up questions, a client entry and a city, survives both.

/// Text as the case parser keeps it: trimmed and not empty.
fn trimmed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9 ._-]{1,12}",
        "\\PC{1,12}",
        "(?s).{1,16}",
        Just("133-1".to_owned()),
        Just("第二百九十条 \"之一\"".to_owned()),
    ]
    .prop_map(|s| s.trim().to_owned())
    .prop_filter("not empty once trimmed", |s| !s.is_empty())
}

/// Any text at all (client labels and notes are kept as written).
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof!["[a-zA-Z0-9 -]{0,12}", "\\PC{0,16}", "(?s).{0,24}"]
}

fn days_after(d: NaiveDate, days: u32) -> NaiveDate {
    d.checked_add_days(chrono::Days::new(days.into()))
        .unwrap_or(d)
}

/// Where the person is registered and lives: a province in either form, a city in it
/// (in either form, known or not), or a city alone.
fn place() -> impl Strategy<Value = (Option<String>, Option<String>)> {
    use recordrights::regions::PROVINCES;
    let province = (0..PROVINCES.len(), any::<bool>()).prop_map(|(i, letters)| {
        let p = PROVINCES[i];
        (p, if letters { p.letters } else { p.numeric })
    });
    let city =
        (province.clone(), "[A-Z]{2,3}", any::<bool>()).prop_map(|((p, _), code, letters)| {
            format!("{}-{code}", if letters { p.letters } else { p.numeric })
        });
    prop_oneof![
        Just((None, None)),
        province
            .clone()
            .prop_map(|(_, r)| (Some(r.to_owned()), None)),
        city.clone().prop_map(|c| (None, Some(c))),
        (province, "[A-Z]{2,3}", any::<bool>()).prop_map(|((p, r), code, letters)| {
            let c = format!("{}-{code}", if letters { p.letters } else { p.numeric });
            (Some(r.to_owned()), Some(c))
        }),
        Just((Some("CN-44".to_owned()), Some("CN-44-SZ".to_owned()))),
        Just((Some("CN-GD".to_owned()), Some("CN-44-GZ".to_owned()))),
    ]
}

/// Penalty, term, suspension and probation as the Criminal Law allows them.
fn sentence() -> impl Strategy<Value = (Penalty, Option<u32>, bool, Option<u32>)> {
    prop_oneof![
        Just((Penalty::Exempted, None, false, None)),
        Just((Penalty::FineOnly, None, false, None)),
        (3u32..=36).prop_map(|t| (Penalty::Control, Some(t), false, None)),
        (1u32..=12).prop_map(|t| (Penalty::Detention, Some(t), false, None)),
        (1u32..=12, 0u32..=10).prop_map(|(t, p)| {
            let min = t.max(2);
            (
                Penalty::Detention,
                Some(t),
                true,
                Some(min + p % (13 - min)),
            )
        }),
        (6u32..=300).prop_map(|t| (Penalty::FixedTerm, Some(t), false, None)),
        (6u32..=36, 0u32..=60).prop_map(|(t, p)| {
            let min = t.max(12);
            (
                Penalty::FixedTerm,
                Some(t),
                true,
                Some(min + p % (61 - min)),
            )
        }),
        Just((Penalty::Life, None, false, None)),
        Just((Penalty::DeathSuspended, None, false, None)),
    ]
}

fn conviction(birth: NaiveDate) -> impl Strategy<Value = Conviction> {
    let political_rights = prop_oneof![
        Just(PoliticalRights::None),
        Just(PoliticalRights::Life),
        (1u32..=120).prop_map(PoliticalRights::Months),
        // Lengths that are not whole years, which the window used to round.
        (0u32..=9, 1u32..=11).prop_map(|(y, m)| PoliticalRights::Months(y * 12 + m)),
    ];
    let ban = prop_oneof![Just(0u32), 36u32..=60];
    let fault = prop_oneof![
        Just(None),
        Just(Some(Fault::Intentional)),
        Just(Some(Fault::Negligent))
    ];
    let facts = prop::collection::btree_map(
        prop_oneof!["[a-z][a-z0-9_-]{0,16}", "\\PC{0,8}"],
        any::<bool>(),
        0..4,
    );
    let charge = prop_oneof![
        Just("危险驾驶罪".to_owned()),
        Just("聚众扰乱社会秩序罪".to_owned()),
        Just("组织、领导、参加黑社会性质组织罪".to_owned()),
        trimmed_text(),
    ];
    (
        (
            charge,
            prop::option::of(trimmed_text()),
            13u32..70,
            1u32..3000,
            0u32..1500,
        ),
        (fault, any::<bool>(), sentence(), political_rights, ban),
        (
            prop::option::of(0u32..4000),
            any::<bool>(),
            0u32..4000,
            facts,
        ),
    )
        .prop_map(
            move |(
                (charge, article, age, offence_days, judgment_days),
                (
                    fault,
                    professional,
                    (penalty, term_months, suspended, probation_months),
                    political_rights,
                    ban,
                ),
                (completed_days, paroled, parole_days, facts),
            )| {
                let offence_date = days_after(add_years(birth, age).unwrap_or(birth), offence_days);
                let judgment_date = days_after(offence_date, judgment_days);
                let completed_on = completed_days.map(|d| days_after(judgment_date, d));
                let can_parole = matches!(
                    penalty,
                    Penalty::FixedTerm | Penalty::Life | Penalty::DeathSuspended
                ) && !suspended;
                let paroled_on = (paroled && can_parole).then(|| {
                    let room =
                        completed_on.map_or(4000, |c| (c - judgment_date).num_days().max(0) as u32);
                    days_after(judgment_date, parole_days % (room + 1))
                });
                Conviction {
                    charge,
                    article,
                    offence_date,
                    judgment_date,
                    fault,
                    professional,
                    penalty,
                    term_months,
                    suspended,
                    probation_months,
                    political_rights,
                    occupational_ban_months: ban,
                    completed_on,
                    paroled_on,
                    facts,
                    lines: Default::default(),
                }
            },
        )
}

/// A valid case with every field the format has.
fn valid_case() -> impl Strategy<Value = Case> {
    let roles = prop::collection::btree_set(prop::sample::select(Role::ALL.to_vec()), 0..4);
    let client = prop::option::of((any_text(), any_text(), prop::option::of(date())).prop_map(
        |(label, notes, consulted_on)| ClientInfo {
            label,
            notes,
            consulted_on,
        },
    ));
    (1930i32..2000, 1u32..=366, place(), roles, client)
        .prop_flat_map(|(year, day, (region, city), roles, client)| {
            let birth = NaiveDate::from_yo_opt(year, day)
                .or_else(|| NaiveDate::from_yo_opt(year, 365))
                .unwrap_or(NaiveDate::MIN);
            let person = Person {
                birth_date: birth,
                region,
                city,
                roles: roles.into_iter().collect(),
            };
            (
                Just(person),
                prop::collection::vec(conviction(birth), 1..4),
                Just(client),
            )
        })
        .prop_map(|(person, convictions, client)| Case {
            person,
            convictions,
            client,
        })
}

/// The case without the line numbers, which say where each key was in the file read.
fn without_lines(mut case: Case) -> Case {
    for c in &mut case.convictions {
        c.lines.clear();
    }
    case
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn a_case_survives_the_file_and_the_window(case in valid_case()) {
        let text = case.to_toml();
        let read = Case::parse("gen.toml", &text).map(without_lines);
        prop_assert_eq!(read, Ok(case.clone()), "the case file:\n{}", text);
        let answers = Answers::from_case(&case);
        let back = answers.to_case().map(without_lines);
        prop_assert_eq!(back, Ok(case.clone()), "the answers as a case file:\n{}", answers.to_toml());
        // The autosave is the answers written with serde: it keeps them too.
        let saved = toml::to_string(&answers).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(toml::from_str::<Answers>(&saved).ok(), Some(answers), "the autosave:\n{}", saved);
    }
}
