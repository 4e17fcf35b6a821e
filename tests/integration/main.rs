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

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// A scratch folder for one test, deleted when it goes out of scope. Each has a name of
/// its own (a counter), so tests running side by side never share one.
pub struct TempDir(PathBuf);

impl TempDir {
    /// A new, empty folder; `tag` makes its name readable.
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let d = std::env::temp_dir().join(format!("rr-it-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        let _ = std::fs::create_dir_all(&d);
        TempDir(d)
    }

    /// A path inside the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// Writes a file into the folder and returns its path as text.
    pub fn file(&self, name: &str, text: &[u8]) -> String {
        let p = self.path(name);
        std::fs::write(&p, text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        p.display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the command line in this process: the exit code, standard output and standard
/// error.
pub fn call(args: &[&str]) -> (i32, String, String) {
    let args: Vec<OsString> = args.iter().map(OsString::from).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = recordrights::cli::run(&args, &mut out, &mut err);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}
