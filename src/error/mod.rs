//! Errors about input files: a case file or a rule file that cannot be used.
//!
//! Every error names the file, the line (when known), the field or rule, and the problem
//! in plain words. The words come from the Fluent files (`errors.ftl`), so the same error
//! reads in Chinese or English; `Display` uses English.
//!
//! `problem` holds what can be wrong and its message, `lines` counts lines, `toml_error`
//! turns the TOML parser's errors into plain problems (`TomlSlip`), and `system` says why
//! the system refused a file operation, without the system's English text.

mod lines;
mod problem;
mod system;
mod toml_error;

use std::fmt;

use crate::case::CaseField;
use crate::i18n::{Lang, Texts};

pub use lines::{LineIndex, line_of};
pub use problem::Problem;
pub use system::io_words;
pub use toml_error::{TomlSlip, from_toml};

/// What a problem is about: a field of a case file (typed, so the window can route it
/// to its screen), or the id of a rule, enactment, charge or question of a rule file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Context {
    /// A field of a case file.
    Case(CaseField),
    /// An id in a rule file.
    Named(String),
}

impl Context {
    /// The field of a case file, if that is what the problem is about.
    pub fn case_field(&self) -> Option<CaseField> {
        match self {
            Context::Case(f) => Some(*f),
            Context::Named(_) => None,
        }
    }
}

impl From<CaseField> for Context {
    fn from(f: CaseField) -> Self {
        Context::Case(f)
    }
}

impl From<String> for Context {
    fn from(s: String) -> Self {
        Context::Named(s)
    }
}

impl fmt::Display for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Context::Case(c) => c.fmt(f),
            Context::Named(s) => f.write_str(s),
        }
    }
}

/// One problem with one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file as the user named it (or `<embedded>/…` for the shipped rules).
    pub file: String,
    /// 1-based line number, when the problem has a place in the file.
    pub line: Option<usize>,
    /// The field (`conviction[1].judgment_date`) or rule id the problem is about.
    pub context: Option<Context>,
    /// What is wrong.
    pub problem: Problem,
}

impl InputError {
    /// A problem with a place in a file.
    pub fn new(
        file: &str,
        line: Option<usize>,
        context: Option<Context>,
        problem: Problem,
    ) -> Self {
        Self {
            file: file.to_owned(),
            line,
            context,
            problem,
        }
    }

    /// The whole message in one language: `file:line: context: problem`.
    pub fn render(&self, lang: Lang) -> String {
        let texts = Texts::get(lang);
        let (id, args) = self.problem.message();
        let mut out = self.file.clone();
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
        }
        out.push_str(": ");
        if let Some(context) = &self.context {
            out.push_str(&format!("{context}: "));
        }
        out.push_str(&texts.msg(id, &args));
        out
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::EnUs))
    }
}

impl std::error::Error for InputError {}

/// Every problem found in one load: the loaders report all of them at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputErrors(pub Vec<InputError>);

impl InputErrors {
    /// All messages, one per line, in one language.
    pub fn render(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|e| e.render(lang))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl fmt::Display for InputErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::EnUs))
    }
}

impl std::error::Error for InputErrors {}

impl From<InputError> for InputErrors {
    fn from(e: InputError) -> Self {
        Self(vec![e])
    }
}

/// Reads a file as UTF-8 text, naming the file in the error.
pub fn read_text(path: &std::path::Path) -> Result<String, InputError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| InputError::new(&file, None, None, Problem::from_io(&e)))?;
    text_from_bytes(&file, bytes)
}

/// Checks that bytes are UTF-8, naming the line of the first bad byte.
pub fn text_from_bytes(file: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        InputError::new(file, Some(line), None, Problem::NotUtf8)
    })
}
