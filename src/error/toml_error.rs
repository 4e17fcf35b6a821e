//! TOML parser errors turned into [`InputError`]s with a line and a plain problem: the
//! common serde messages (unknown key, missing key, unknown value, wrong type) and the
//! syntax slips a person makes by hand ([`TomlSlip`]), never the parser's English.

use super::{InputError, Problem, line_of};

/// The words between backticks of a serde message: `unknown field `x`, expected `y``.
fn backticked(message: &str) -> Vec<String> {
    message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The kind of a value as serde names it (`integer `5``, `a string`, `u32`), in the words
/// of [`Problem::WrongType`].
fn value_kind(s: &str) -> Option<&'static str> {
    let s = s.trim().trim_start_matches("a ").trim_start_matches("an ");
    let kind = if s.starts_with("string") || s.starts_with("borrowed string") || s == "char" {
        "text"
    } else if s.starts_with("integer") || s.starts_with('u') || s.starts_with('i') {
        "integer"
    } else if s.starts_with("floating point") || s.starts_with('f') {
        "decimal"
    } else if s.starts_with("boolean") || s == "bool" {
        "boolean"
    } else if s.starts_with("sequence") || s.starts_with("array") {
        "list"
    } else if s.starts_with("map") || s.starts_with("struct") || s.starts_with("table") {
        "table"
    } else if s.contains("date") {
        "date"
    } else {
        return None;
    };
    Some(kind)
}

/// Reads serde's message for a TOML value into a plain problem, where it is one of the
/// common ones (unknown key, missing key, unknown value, wrong type).
fn plain_problem(message: &str) -> Option<Problem> {
    let words = backticked(message);
    if message.starts_with("unknown field `") {
        let (key, expected) = words.split_first()?;
        return Some(Problem::UnknownKey {
            key: key.clone(),
            expected: expected.to_vec(),
        });
    }
    if message.starts_with("missing field `") {
        return Some(Problem::MissingKey(words.first()?.clone()));
    }
    if message.starts_with("unknown variant `") {
        let (value, expected) = words.split_first()?;
        return Some(Problem::UnknownValue {
            value: value.clone(),
            expected: expected.to_vec(),
        });
    }
    let rest = message.strip_prefix("invalid type: ")?;
    let (found, expected) = rest.split_once(", expected ")?;
    Some(Problem::WrongType {
        found: value_kind(found)?,
        expected: value_kind(expected)?,
    })
}

/// The kinds of TOML syntax slip a person can make by hand, each with a message that
/// says how to put it right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TomlSlip {
    /// The same key twice.
    DuplicateKey,
    /// Text without quotation marks.
    Unquoted,
    /// A key without `= value`.
    NoValue,
    /// A quotation mark or bracket opened and never closed.
    Unclosed,
    /// Nested deeper than any real file.
    TooDeep,
    /// A lone carriage return.
    LineEnding,
    /// A character not allowed where it is (a control character, an empty key).
    BadCharacter,
    /// A number with a leading zero or a misplaced `_`.
    BadNumber,
    /// A backslash followed by something that is not an escape.
    BadEscape,
    /// A cut or misspelt true or false.
    BadBoolean,
    /// A number or a true/false where one of the format's words belongs.
    NotAWord,
    /// A whole number beyond any the format can hold.
    NumberTooLarge,
    /// Any other slip.
    Other,
}

impl TomlSlip {
    /// Reads the TOML parser's description of an error.
    pub fn of(parser_message: &str) -> TomlSlip {
        let m = parser_message;
        let has = |s: &str| m.contains(s);
        if has("duplicate key") {
            TomlSlip::DuplicateKey
        } else if has("recursion") || has("recurse") {
            TomlSlip::TooDeep
        } else if has("carriage return") {
            TomlSlip::LineEnding
        } else if has("key with no value") {
            TomlSlip::NoValue
        } else if has("must be quoted") || has("expected `inf`") || has("expected `nan`") {
            TomlSlip::Unquoted
        } else if has("unclosed")
            || has("expected `\"`")
            || has("expected `'`")
            || has("expected `]`")
        {
            TomlSlip::Unclosed
        } else if has("invalid boolean") {
            TomlSlip::BadBoolean
        } else if has("wanted string or table") {
            TomlSlip::NotAWord
        } else if m.starts_with("invalid value: integer") {
            TomlSlip::NumberTooLarge
        } else if has("escape") {
            TomlSlip::BadEscape
        } else if has("leading zero") || has("may only go between digits") {
            TomlSlip::BadNumber
        } else if has("character") || has("invalid unquoted key") || has("cannot be empty") {
            TomlSlip::BadCharacter
        } else {
            TomlSlip::Other
        }
    }

    /// The Fluent id of its message.
    pub fn message_id(self) -> &'static str {
        match self {
            TomlSlip::DuplicateKey => "error-toml-duplicate-key",
            TomlSlip::Unquoted => "error-toml-unquoted",
            TomlSlip::NoValue => "error-toml-no-value",
            TomlSlip::Unclosed => "error-toml-unclosed",
            TomlSlip::TooDeep => "error-toml-too-deep",
            TomlSlip::LineEnding => "error-toml-line-ending",
            TomlSlip::BadCharacter => "error-toml-bad-character",
            TomlSlip::BadNumber => "error-toml-bad-number",
            TomlSlip::BadEscape => "error-toml-bad-escape",
            TomlSlip::BadBoolean => "error-toml-bad-boolean",
            TomlSlip::NotAWord => "error-toml-not-a-word",
            TomlSlip::NumberTooLarge => "error-toml-number-too-large",
            TomlSlip::Other => "error-toml-other",
        }
    }

    /// Every kind (for the test that each has a message).
    pub const ALL: [TomlSlip; 13] = [
        TomlSlip::DuplicateKey,
        TomlSlip::Unquoted,
        TomlSlip::NoValue,
        TomlSlip::Unclosed,
        TomlSlip::TooDeep,
        TomlSlip::LineEnding,
        TomlSlip::BadCharacter,
        TomlSlip::BadNumber,
        TomlSlip::BadEscape,
        TomlSlip::BadBoolean,
        TomlSlip::NotAWord,
        TomlSlip::NumberTooLarge,
        TomlSlip::Other,
    ];
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
    let mut problem = plain_problem(&detail).unwrap_or(Problem::Toml(TomlSlip::of(&detail)));
    // serde sees a TOML date without quotes as a table: the text itself tells them apart.
    if let Problem::WrongType { found, .. } = &mut problem
        && *found == "table"
        && err
            .span()
            .and_then(|s| text.get(s.start..))
            .is_some_and(|v| v.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    {
        *found = "date";
    }
    InputError::new(file, line, None, problem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn problem_of(text: &str) -> Problem {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            offence_date: String,
            term_months: u32,
            penalty: P,
        }
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum P {
            Detention,
            FixedTerm,
        }
        match toml::from_str::<T>(text) {
            Ok(_) => panic!("{text} was accepted"),
            Err(e) => from_toml("t.toml", text, &e).problem,
        }
    }

    #[test]
    fn serde_messages_become_plain_problems_in_both_languages() {
        let p =
            problem_of("offense_date = \"2024-01-01\"\nterm_months = 2\npenalty = \"detention\"\n");
        assert!(matches!(&p, Problem::UnknownKey { key, .. } if key == "offense_date"));
        let e = InputError::new("t.toml", Some(1), None, p);
        assert!(
            e.render(Lang::ZhCn).contains("是不是想写“offence_date”"),
            "{}",
            e.render(Lang::ZhCn)
        );
        assert!(
            e.render(Lang::EnUs)
                .contains("did you mean \"offence_date\"?")
        );

        let p = problem_of("offence_date = \"2024-01-01\"\npenalty = \"detention\"\n");
        assert_eq!(p, Problem::MissingKey("term_months".into()));

        let p = problem_of(
            "offence_date = \"2024-01-01\"\nterm_months = 2\npenalty = \"fixed-term\"\n",
        );
        let e = InputError::new("t.toml", Some(3), None, p);
        assert!(
            e.render(Lang::EnUs)
                .contains("did you mean \"fixed_term\"?"),
            "{e}"
        );

        let p = problem_of("offence_date = 2024-01-01\nterm_months = 2\npenalty = \"detention\"\n");
        assert_eq!(
            p,
            Problem::WrongType {
                found: "date",
                expected: "text"
            }
        );
        let e = InputError::new("t.toml", Some(1), None, p);
        assert!(
            e.render(Lang::ZhCn).contains("没有加引号的日期"),
            "{}",
            e.render(Lang::ZhCn)
        );

        let p = problem_of(
            "offence_date = \"2024-01-01\"\nterm_months = \"2\"\npenalty = \"detention\"\n",
        );
        assert_eq!(
            p,
            Problem::WrongType {
                found: "text",
                expected: "integer"
            }
        );
    }

    /// Syntax slips get plain words in both languages, never the parser's English.
    #[test]
    fn syntax_slips_are_said_in_plain_words() {
        let cases = [
            (
                "offence_date = \"2024-01-01\"\noffence_date = \"2024-01-02\"\n",
                TomlSlip::DuplicateKey,
            ),
            ("offence_date = 2024-01-01x\n", TomlSlip::Other),
            ("penalty = detention\n", TomlSlip::Unquoted),
            ("offence_date = \"2024-01-01\n", TomlSlip::Unclosed),
            ("term_months = 012\n", TomlSlip::BadNumber),
            ("offence_date\n", TomlSlip::NoValue),
        ];
        for (text, slip) in cases {
            let p = problem_of(text);
            if slip != TomlSlip::Other {
                assert_eq!(p, Problem::Toml(slip), "{text}");
            }
            let e = InputError::new("t.toml", Some(1), None, p);
            for lang in [Lang::ZhCn, Lang::EnUs] {
                let words = e.render(lang);
                for english in ["expected", "invalid", "duplicate key", "unclosed"] {
                    assert!(!words.contains(english), "{text}: {words}");
                }
            }
        }
    }
}
