//! Errors about input files: a case file or a rule file that cannot be used.
//!
//! Every error names the file, the line (when known), the field or rule, and the problem
//! in plain words. The words come from the Fluent files (`errors.ftl`), so the same error
//! reads in Chinese or English; `Display` uses English.

use std::fmt;

use crate::i18n::{Args, Lang, Texts};

/// One problem with one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file as the user named it (or `<embedded>/…` for the shipped rules).
    pub file: String,
    /// 1-based line number, when the problem has a place in the file.
    pub line: Option<usize>,
    /// The field (`conviction[1].judgment_date`) or rule id the problem is about.
    pub context: Option<String>,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with an input file. Each variant has a message in `errors.ftl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read.
    Io(String),
    /// The file is not UTF-8 text.
    NotUtf8,
    /// TOML syntax or type error, with the parser's own description.
    Syntax(String),
    /// `format` names a version this program does not read.
    UnsupportedFormat(String),
    /// A date that is not a real `YYYY-MM-DD` date.
    InvalidDate(String),
    /// The case has no `[[conviction]]`.
    NoConvictions,
    /// The person was born after the offence.
    BirthAfterOffence,
    /// The person was younger than twelve at the offence (Criminal Law Art. 17).
    TooYoung(u32),
    /// The judgment took effect before the offence.
    JudgmentBeforeOffence,
    /// The penalty was completed before the judgment took effect.
    CompletionBeforeJudgment,
    /// Parole before the judgment or after completion.
    ParoleOutsideSentence,
    /// Parole given for a penalty without imprisonment.
    ParoleNotPossible,
    /// `term_months` is required for this penalty.
    MissingTerm,
    /// `term_months` given for a penalty that has no term.
    TermNotAllowed,
    /// `term_months` outside what the Criminal Law allows for this penalty.
    TermOutOfRange { min: u32, max: u32 },
    /// `suspended = true` without `probation_months`.
    SuspendedWithoutProbation,
    /// `probation_months` given although the sentence is not suspended.
    ProbationWithoutSuspension,
    /// A suspended sentence for a penalty that cannot be suspended.
    SuspensionNotAllowed,
    /// Probation outside the limits of Criminal Law Art. 73.
    ProbationOutOfRange { min: u32, max: u32 },
    /// Political-rights months outside -1 (life) or 0 to 120.
    PoliticalRightsOutOfRange,
    /// Occupational-ban months outside 0 or 36 to 60 (Criminal Law Art. 37-1).
    OccupationalBanOutOfRange,
    /// The charge is not in the catalogue.
    UnknownCharge {
        name: String,
        suggestion: Option<String>,
    },
    /// `region` is not an ISO 3166-2:CN code.
    BadRegion(String),
    /// A tag that is not in the tag list.
    UnknownTag(String),
    /// Two rules, charges or proposals share an id or name.
    Duplicate { what: String, first_line: usize },
    /// Conditions that can never hold together.
    Contradiction(String),
    /// A `may_apply` rule without the note that says why.
    MissingCertaintyNote,
    /// A duration that does not fit its kind.
    BadDuration(String),
    /// A field that must not be empty.
    Empty(String),
    /// A required file of the rule pack is missing.
    MissingFile(String),
    /// The effective dates are the wrong way round.
    BadEffectiveDates,
    /// The as-of date is before the law the rule pack encodes.
    AsOfTooEarly {
        /// The date asked for.
        as_of: String,
        /// The earliest date the pack answers for.
        earliest: String,
    },
}

impl Problem {
    /// The Fluent message id and its arguments.
    pub fn message(&self) -> (&'static str, Args) {
        use Problem::*;
        let mut a = Args::new();
        let id = match self {
            Io(e) => {
                a.set("detail", e);
                "error-io"
            }
            NotUtf8 => "error-not-utf8",
            Syntax(e) => {
                a.set("detail", e);
                "error-syntax"
            }
            UnsupportedFormat(f) => {
                a.set("found", f);
                "error-unsupported-format"
            }
            InvalidDate(v) => {
                a.set("value", v);
                "error-invalid-date"
            }
            NoConvictions => "error-no-convictions",
            BirthAfterOffence => "error-birth-after-offence",
            TooYoung(age) => {
                a.set("age", *age);
                "error-too-young"
            }
            JudgmentBeforeOffence => "error-judgment-before-offence",
            CompletionBeforeJudgment => "error-completion-before-judgment",
            ParoleOutsideSentence => "error-parole-outside-sentence",
            ParoleNotPossible => "error-parole-not-possible",
            MissingTerm => "error-missing-term",
            TermNotAllowed => "error-term-not-allowed",
            TermOutOfRange { min, max } => {
                a.set("min", *min);
                a.set("max", *max);
                "error-term-out-of-range"
            }
            SuspendedWithoutProbation => "error-suspended-without-probation",
            ProbationWithoutSuspension => "error-probation-without-suspension",
            SuspensionNotAllowed => "error-suspension-not-allowed",
            ProbationOutOfRange { min, max } => {
                a.set("min", *min);
                a.set("max", *max);
                "error-probation-out-of-range"
            }
            PoliticalRightsOutOfRange => "error-political-rights-out-of-range",
            OccupationalBanOutOfRange => "error-occupational-ban-out-of-range",
            BadRegion(r) => {
                a.set("value", shorten(r));
                "error-bad-region"
            }
            UnknownCharge { name, suggestion } => {
                a.set("name", shorten(name));
                match suggestion {
                    Some(sug) => {
                        a.set("suggestion", sug);
                        "error-unknown-charge-suggest"
                    }
                    None => "error-unknown-charge",
                }
            }
            UnknownTag(t) => {
                a.set("tag", t);
                "error-unknown-tag"
            }
            Duplicate { what, first_line } => {
                a.set("what", what);
                a.set("line", *first_line);
                "error-duplicate"
            }
            Contradiction(d) => {
                a.set("detail", d);
                "error-contradiction"
            }
            MissingCertaintyNote => "error-missing-certainty-note",
            BadDuration(d) => {
                a.set("detail", d);
                "error-bad-duration"
            }
            Empty(f) => {
                a.set("field", f);
                "error-empty"
            }
            MissingFile(f) => {
                a.set("file", f);
                "error-missing-file"
            }
            BadEffectiveDates => "error-bad-effective-dates",
            AsOfTooEarly { as_of, earliest } => {
                a.set("date", as_of);
                a.set("earliest", earliest);
                "error-as-of-too-early"
            }
        };
        (id, a)
    }
}

/// A value as it is quoted in a message: at most 60 characters.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

impl InputError {
    /// A problem with a place in a file.
    pub fn new(file: &str, line: Option<usize>, context: Option<String>, problem: Problem) -> Self {
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
            out.push_str(context);
            out.push_str(": ");
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

/// The line numbers of one text, counted once: for files with many entries, where
/// [`line_of`] for each entry would scan the text again and again.
#[derive(Debug, Clone)]
pub struct LineIndex {
    newlines: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line breaks of `text`.
    pub fn new(text: &str) -> LineIndex {
        LineIndex {
            newlines: text.match_indices('\n').map(|(i, _)| i).collect(),
        }
    }

    /// The 1-based line of a byte offset; the same as [`line_of`].
    pub fn line(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&nl| nl < offset) + 1
    }
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Turns a TOML parser error into an [`InputError`] with its line. A few parser errors
/// (the recursion limit on very deep keys) carry no position: the most deeply nested
/// line is named then, since that is where such a file goes wrong.
pub fn from_toml(file: &str, text: &str, err: &toml::de::Error) -> InputError {
    let deepest = || {
        text.lines()
            .enumerate()
            .max_by_key(|(_, l)| l.chars().filter(|c| matches!(c, '[' | '{' | '.')).count())
            .map(|(i, _)| i + 1)
    };
    let line = err.span().map(|s| line_of(text, s.start)).or_else(deepest);
    let detail = err.message().trim().replace('\n', " ");
    InputError::new(file, line, None, Problem::Syntax(detail))
}

/// Reads a file as UTF-8 text, naming the file in the error.
pub fn read_text(path: &std::path::Path) -> Result<String, InputError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| InputError::new(&file, None, None, Problem::Io(e.to_string())))?;
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
