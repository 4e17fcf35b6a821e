//! Any bytes as one enactment file of a rule pack (beside the shipped pack.toml and
//! charges.toml): the loader gives a pack or errors that each name the file and a line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recordrights::error::text_from_bytes;
use recordrights::rules::{RulePack, SourceFile};

const PACK: &str = include_str!("../../../rules/pack.toml");
const CHARGES: &str = include_str!("../../../rules/charges.toml");

fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.to_owned(),
        display: path.to_owned(),
        text: text.to_owned(),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = text_from_bytes("national/fuzz.toml", data.to_vec()) else {
        return;
    };
    let files = vec![
        file("pack.toml", PACK),
        file("charges.toml", CHARGES),
        file("national/fuzz.toml", &text),
    ];
    if let Err(errors) = RulePack::from_files(files) {
        assert!(!errors.0.is_empty());
        for e in &errors.0 {
            assert_eq!(e.file, "national/fuzz.toml", "{e}");
            assert!(e.line.is_some(), "{e}");
        }
    }
});
