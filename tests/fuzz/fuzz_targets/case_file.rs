//! Any bytes as a case file: the loader gives a case or errors that name the file, and a
//! case that loads is assessed without a panic, with dates that keep their promises.
#![no_main]

use std::sync::OnceLock;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use recordrights::case::Case;
use recordrights::error::text_from_bytes;
use recordrights::rules::RulePack;

fn pack() -> &'static RulePack {
    static PACK: OnceLock<RulePack> = OnceLock::new();
    PACK.get_or_init(|| RulePack::embedded().unwrap_or_else(|e| panic!("shipped rules: {e}")))
}

fuzz_target!(|data: &[u8]| {
    let text = match text_from_bytes("fuzz.case.toml", data.to_vec()) {
        Ok(t) => t,
        Err(e) => {
            assert_eq!(e.file, "fuzz.case.toml");
            assert!(e.line.is_some());
            return;
        }
    };
    match Case::parse("fuzz.case.toml", &text) {
        Err(errors) => {
            assert!(!errors.0.is_empty());
            assert!(errors.0.iter().all(|e| e.file == "fuzz.case.toml"));
        }
        Ok(case) => {
            let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
            let resolved = case.resolve(pack(), "fuzz.case.toml");
            if let Ok(a) = resolved.and_then(|case| recordrights::engine::assess(&case, today)) {
                for f in &a.findings {
                    if let (Some(s), Some(e)) = (f.starts_on, f.ends_on) {
                        assert!(e >= s);
                    }
                }
            }
        }
    }
});
