//! Property tests: the date arithmetic, the engine and the loaders never panic and
//! keep their promises on generated input.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use recordrights::case::Case;
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
        let case = match Case::parse("gen.toml", &text) {
            Ok(c) => c,
            Err(e) => return Err(TestCaseError::fail(format!("generated case rejected: {e}\n{text}"))),
        };
        let a = assess(pack, &case, today, "gen.toml");
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
        let again = assess(pack, &case, today, "gen.toml");
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
