//! Languages and the Fluent message files in `locales/`.
//!
//! All user-facing words live in `locales/<lang>/<screen>.ftl`, embedded at build time.
//! `Texts::get(lang).msg(id, &args)` formats one message; a missing message shows its id
//! in brackets rather than panicking (and a test makes sure none is missing).

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The languages the program speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    /// Simplified Chinese, the default.
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// English.
    #[serde(rename = "en-US")]
    EnUs,
}

impl Lang {
    /// Both languages, Chinese first.
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::EnUs];

    /// The BCP 47 tag (`zh-CN`, `en-US`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::EnUs => "en-US",
        }
    }

    /// Parses `zh-CN` / `en-US` (also `zh`, `en`, any case).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "zh-cn" | "zh" | "zh-hans" | "zh_cn" => Some(Lang::ZhCn),
            "en-us" | "en" | "en_us" => Some(Lang::EnUs),
            _ => None,
        }
    }

    /// Picks one of two texts.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::ZhCn => zh,
            Lang::EnUs => en,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The Fluent files, one per screen, in the same order for each language.
pub const FILES: &[&str] = &[
    "common",
    "errors",
    "report",
    "app",
    "welcome",
    "person",
    "conviction",
    "sentence",
    "review",
    "summary",
    "pdf",
    "letter",
];

macro_rules! ftl_sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../locales/", $lang, "/app.ftl")),
            include_str!(concat!("../locales/", $lang, "/welcome.ftl")),
            include_str!(concat!("../locales/", $lang, "/person.ftl")),
            include_str!(concat!("../locales/", $lang, "/conviction.ftl")),
            include_str!(concat!("../locales/", $lang, "/sentence.ftl")),
            include_str!(concat!("../locales/", $lang, "/review.ftl")),
            include_str!(concat!("../locales/", $lang, "/summary.ftl")),
            include_str!(concat!("../locales/", $lang, "/pdf.ftl")),
            include_str!(concat!("../locales/", $lang, "/letter.ftl")),
        ]
    };
}

/// The raw text of every Fluent file of a language, in the order of [`FILES`].
pub fn sources(lang: Lang) -> [&'static str; FILES.len()] {
    match lang {
        Lang::ZhCn => ftl_sources!("zh-CN"),
        Lang::EnUs => ftl_sources!("en-US"),
    }
}

/// Arguments for a message: names with string or number values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Args(Vec<(&'static str, ArgValue)>);

/// One argument value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgValue {
    /// Text, shown as is.
    Str(String),
    /// A whole number (selects plural forms).
    Num(i64),
}

impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue::Str(s.to_owned())
    }
}
impl From<&String> for ArgValue {
    fn from(s: &String) -> Self {
        ArgValue::Str(s.clone())
    }
}
impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue::Str(s)
    }
}
impl From<u32> for ArgValue {
    fn from(n: u32) -> Self {
        ArgValue::Num(i64::from(n))
    }
}
impl From<usize> for ArgValue {
    fn from(n: usize) -> Self {
        ArgValue::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<i64> for ArgValue {
    fn from(n: i64) -> Self {
        ArgValue::Num(n)
    }
}

impl Args {
    /// No arguments.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets one argument.
    pub fn set(&mut self, name: &'static str, value: impl Into<ArgValue>) -> &mut Self {
        self.0.push((name, value.into()));
        self
    }

    /// Builder form of [`Args::set`].
    pub fn with(mut self, name: &'static str, value: impl Into<ArgValue>) -> Self {
        self.set(name, value);
        self
    }
}

/// The formatted messages of one language.
pub struct Texts {
    bundle: FluentBundle<FluentResource>,
}

impl Texts {
    fn build(lang: Lang) -> Texts {
        let langid = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        for src in sources(lang) {
            // The files are part of the program and checked by tests; a broken one
            // loses its bad entries only.
            let res = match FluentResource::try_new(src.to_owned()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(res);
        }
        Texts { bundle }
    }

    /// The texts of a language, built once.
    pub fn get(lang: Lang) -> &'static Texts {
        static ZH: OnceLock<Texts> = OnceLock::new();
        static EN: OnceLock<Texts> = OnceLock::new();
        match lang {
            Lang::ZhCn => ZH.get_or_init(|| Texts::build(Lang::ZhCn)),
            Lang::EnUs => EN.get_or_init(|| Texts::build(Lang::EnUs)),
        }
    }

    /// Whether a message exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats a message; an unknown id comes back as `[id]`.
    pub fn msg(&self, id: &str, args: &Args) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("[{id}]");
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in &args.0 {
            let value = match v {
                ArgValue::Str(s) => FluentValue::String(Cow::Owned(s.clone())),
                // Parsed like a variant key, so `[1]` matches the number 1.
                ArgValue::Num(n) => n
                    .to_string()
                    .parse::<fluent_bundle::types::FluentNumber>()
                    .map_or_else(|_| FluentValue::from(*n), FluentValue::Number),
            };
            fargs.set(*k, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// Formats a message without arguments.
    pub fn plain(&self, id: &str) -> String {
        self.msg(id, &Args::new())
    }
}
