//! The one integration-test binary: worked legal cases, the command line, the rule
//! base, the locales and property tests.

mod cases;
mod cli;
mod corpus;
mod glyphs;
mod letter;
mod locales;
mod offline;
mod pdf;
mod props;
mod rulebase;
#[cfg(feature = "gui")]
mod ui;
#[cfg(feature = "gui")]
mod ui_questions;

use std::path::PathBuf;

pub use recordrights::case::EXAMPLE as DANGEROUS_DRIVING;

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
