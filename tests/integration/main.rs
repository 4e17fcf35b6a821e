//! The one integration-test binary: worked legal cases, the command line, the rule
//! base, the locales and property tests.

mod cases;
mod cli;
mod corpus;
mod glyphs;
mod locales;
mod offline;
mod pdf;
mod props;
mod rulebase;
mod ui;

use std::path::PathBuf;

/// The first worked case of the core issue as a case file: dangerous driving, two months' detention.
pub const DANGEROUS_DRIVING: &str = r#"format = "recordrights-case/1"

[person]
birth_date = "1990-05-01"

[[conviction]]
charge = "危险驾驶罪"
article = "133-1"
offence_date = "2024-09-01"
judgment_date = "2024-11-10"
penalty = "detention"
term_months = 2
completed_on = "2025-01-10"
"#;

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped rule pack, loaded once for the whole test binary.
pub fn pack() -> &'static recordrights::rules::RulePack {
    static PACK: std::sync::OnceLock<recordrights::rules::RulePack> = std::sync::OnceLock::new();
    PACK.get_or_init(|| match recordrights::rules::RulePack::embedded() {
        Ok(p) => p,
        Err(e) => panic!("the shipped rules do not load:\n{e}"),
    })
}
