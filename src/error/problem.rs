//! What can be wrong with an input file ([`Problem`]) and the Fluent message of each,
//! with the nearest allowed word as a suggestion for a misspelt one.

use super::TomlSlip;
use crate::i18n::Args;

/// What is wrong with an input file. Each variant has a message in `errors.ftl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read (for a reason other than those below): the system's
    /// error number, when it gave one (its English text is never shown).
    Io(Option<i32>),
    /// There is no file of that name.
    NotFound,
    /// The user may not read the file.
    NoPermission,
    /// The name is a folder, not a file.
    IsFolder,
    /// The file is not UTF-8 text.
    NotUtf8,
    /// A rule file's own structure is wrong (a rule author's message).
    Syntax(String),
    /// The text does not follow TOML's syntax: what kind of slip it is, in plain words
    /// (the parser's own English description is never shown).
    Toml(TomlSlip),
    /// A key the format does not have (a misspelling is never ignored).
    UnknownKey {
        /// The key as written.
        key: String,
        /// The keys allowed in that table.
        expected: Vec<String>,
    },
    /// A required key is missing.
    MissingKey(String),
    /// A value that is not one of the allowed words.
    UnknownValue {
        /// The value as written.
        value: String,
        /// The allowed values.
        expected: Vec<String>,
    },
    /// A value of the wrong kind (text where a number belongs, …).
    WrongType {
        /// What was written: `text`, `integer`, `decimal`, `boolean`, `list`, `table`, `date`.
        found: &'static str,
        /// What belongs there, in the same words.
        expected: &'static str,
    },
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
    /// Deprivation of political rights imposed alone without a length of one to five
    /// years (Criminal Law Arts. 55, 56 para. 2).
    PoliticalRightsAloneOutOfRange,
    /// Occupational-ban months outside 0 or 36 to 60 (Criminal Law Art. 37-1).
    OccupationalBanOutOfRange,
    /// The charge is not in the catalogue.
    UnknownCharge {
        name: String,
        suggestion: Option<String>,
    },
    /// `region` is not an ISO 3166-2:CN code.
    BadRegion(String),
    /// A fact id that the question catalogue does not define.
    UnknownFact {
        /// The id as written.
        name: String,
        /// The ids the catalogue defines.
        known: Vec<String>,
    },
    /// `city` is not a province code followed by a city code.
    BadCity(String),
    /// `city` lies in another province than `region`.
    CityOutsideRegion {
        /// The city code.
        city: String,
        /// The region's numeric code.
        region: String,
    },
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
    /// Why a file could not be read, in plain words where the reason is a common one.
    pub fn from_io(e: &std::io::Error) -> Problem {
        match e.kind() {
            std::io::ErrorKind::NotFound => Problem::NotFound,
            std::io::ErrorKind::PermissionDenied => Problem::NoPermission,
            std::io::ErrorKind::IsADirectory => Problem::IsFolder,
            _ => Problem::Io(e.raw_os_error()),
        }
    }

    /// The Fluent message id and its arguments.
    pub fn message(&self) -> (&'static str, Args) {
        use Problem::*;
        let mut a = Args::new();
        let id = match self {
            Io(Some(code)) => {
                a.set("code", code.to_string());
                "error-io"
            }
            Io(None) => "error-io-no-code",
            NotFound => "error-not-found",
            NoPermission => "error-no-permission",
            IsFolder => "error-is-folder",
            NotUtf8 => "error-not-utf8",
            Syntax(e) => {
                a.set("detail", e);
                "error-syntax"
            }
            Toml(slip) => slip.message_id(),
            UnknownKey { key, expected } if expected.is_empty() => {
                a.set("key", shorten(key));
                "error-unknown-key-none"
            }
            UnknownKey { key, expected } => suggest(
                &mut a,
                ("key", key),
                expected,
                ["error-unknown-key-suggest", "error-unknown-key"],
            ),
            MissingKey(k) => {
                a.set("key", k);
                "error-missing-key"
            }
            UnknownValue { value, expected } => suggest(
                &mut a,
                ("value", value),
                expected,
                ["error-unknown-value-suggest", "error-unknown-value"],
            ),
            WrongType { found, expected } => {
                a.set("found", *found);
                a.set("expected", *expected);
                "error-wrong-type"
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
            PoliticalRightsAloneOutOfRange => "error-political-rights-alone-out-of-range",
            OccupationalBanOutOfRange => "error-occupational-ban-out-of-range",
            BadRegion(r) => {
                a.set("value", shorten(r));
                "error-bad-region"
            }
            UnknownFact { name, known } => {
                a.set("name", shorten(name));
                a.set("known", known.join(", "));
                "error-unknown-fact"
            }
            BadCity(c) => {
                a.set("value", shorten(c));
                "error-bad-city"
            }
            CityOutsideRegion { city, region } => {
                a.set("city", shorten(city));
                a.set("region", region.clone());
                "error-city-outside-region"
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

/// `"a", "b", "c"`: the allowed keys or values, as they are written in a file.
fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Sets the word as written (under `name`) and the allowed words, and picks the first
/// message id, with the nearest allowed word as `suggestion`, when one is near enough;
/// the second otherwise.
fn suggest(
    a: &mut Args,
    (name, word): (&'static str, &str),
    expected: &[String],
    [with_suggestion, without]: [&'static str; 2],
) -> &'static str {
    a.set(name, shorten(word));
    a.set("expected", quoted_list(expected));
    match closest(word, expected) {
        Some(near) => {
            a.set("suggestion", near);
            with_suggestion
        }
        None => without,
    }
}

/// The allowed word closest to a misspelt one (at most two edits, or a different case or
/// separator), if any.
fn closest(word: &str, allowed: &[String]) -> Option<String> {
    fn squash(s: &str) -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    }
    // Edits between two words: insertions, deletions, substitutions and swaps of two
    // neighbours ("domian" → "domain" is one).
    fn edits(a: &[char], b: &[char]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        d[a.len()][b.len()]
    }
    let w: Vec<char> = squash(word).chars().collect();
    if w.len() > 64 {
        return None;
    }
    allowed
        .iter()
        .map(|a| (edits(&w, &squash(a).chars().collect::<Vec<_>>()), a))
        .filter(|(d, a)| *d <= if a.chars().count() >= 8 { 2 } else { 1 })
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a.clone())
}

/// A value as it is quoted in a message: at most 60 characters.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_near_words_are_suggested() {
        let allowed: Vec<String> = ["charge", "penalty", "term_months"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            closest("term_month", &allowed).as_deref(),
            Some("term_months")
        );
        assert_eq!(closest("Penalty", &allowed).as_deref(), Some("penalty"));
        assert_eq!(closest("penatly", &allowed).as_deref(), Some("penalty"));
        assert_eq!(closest("prison", &allowed), None);
        let tables: Vec<String> = ["format", "person", "conviction"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            closest("version", &tables),
            None,
            "two edits in a short word is a guess"
        );
        assert_eq!(
            closest("convictions", &tables).as_deref(),
            Some("conviction")
        );
        assert_eq!(closest("", &allowed), None);
    }
}
