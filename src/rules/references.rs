//! Texts the program quotes that are not rules (`rules/references.toml`): the provisions
//! that give a person the right to suggest a review of a rule, quoted in the summary and
//! in review-suggestion letters. Each is verbatim in the `rules/texts/` file it names.

use serde::Deserialize;

use super::load::SourceFile;
use crate::error::{InputError, Problem, from_toml, line_of};

/// One quoted provision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Stable id (`legislation-law.110-2`).
    pub id: String,
    /// Official Chinese title of the enactment.
    pub title: String,
    /// English title.
    pub title_en: String,
    /// Article number.
    pub article: String,
    /// Paragraph, when narrower than the article.
    pub paragraph: Option<String>,
    /// Verbatim text.
    pub text: String,
    /// The project file that holds the text (`rules/texts/legislation-law.md`).
    pub text_file: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReferences {
    #[serde(default)]
    reference: Vec<RawReference>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReference {
    id: toml::Spanned<String>,
    title: String,
    title_en: String,
    article: String,
    #[serde(default)]
    paragraph: Option<String>,
    text: String,
    text_file: String,
}

/// Parses the references; every problem is pushed with its line.
pub(super) fn parse(f: &SourceFile, errors: &mut Vec<InputError>) -> Vec<Reference> {
    let raw: RawReferences = match toml::from_str(&f.text) {
        Ok(r) => r,
        Err(e) => {
            errors.push(from_toml(&f.display, &f.text, &e));
            return Vec::new();
        }
    };
    let mut out: Vec<Reference> = Vec::new();
    for r in raw.reference {
        let line = line_of(&f.text, r.id.span().start);
        let id = r.id.into_inner();
        for (field, v) in [
            ("title", &r.title),
            ("text", &r.text),
            ("text_file", &r.text_file),
        ] {
            if v.trim().is_empty() {
                errors.push(InputError::new(
                    &f.display,
                    Some(line),
                    Some(id.clone().into()),
                    Problem::Empty(field.into()),
                ));
            }
        }
        if out.iter().any(|o| o.id == id) {
            errors.push(InputError::new(
                &f.display,
                Some(line),
                Some(id.clone().into()),
                Problem::Duplicate {
                    what: id.clone(),
                    first_line: line,
                },
            ));
        }
        out.push(Reference {
            id,
            title: r.title,
            title_en: r.title_en,
            article: r.article,
            paragraph: r.paragraph,
            text: r.text,
            text_file: r.text_file,
        });
    }
    out
}
