//! The review-suggestion letter (审查建议): a letter the person or their lawyer can sign
//! and send, asking the body the law names to review a rule below the level of a
//! national law that restricts the person. The letter is in Chinese, the authorities'
//! language; an English version is a translation for the reader, marked as such.
//!
//! It quotes the provision that gives the right to suggest a review, the provision
//! challenged and the higher law it is measured against, all verbatim; the reasons are the
//! rule file's analysis and the relevance argument, both marked as argument. It carries
//! nothing of the case beyond what it needs: no charge, no dates of the conviction.

use chrono::NaiveDate;

use super::text::article_label;
use crate::engine::Assessment;
use crate::i18n::{Args, Lang, Texts};
use crate::rules::{Level, LocalKind, Reference, RulePack};

/// One block of the letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A title or heading.
    Heading(String),
    /// A paragraph.
    Para(String),
    /// A verbatim quotation.
    Quote(String),
    /// A line to fill in by hand: its label.
    Blank(String),
}

/// A letter in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// Its language.
    pub lang: Lang,
    /// The blocks, in order.
    pub parts: Vec<Part>,
}

/// Why no letter can be drafted for a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No rule has this id.
    UnknownRule,
    /// The rule is not among the case's findings.
    NotAFinding,
    /// The rule is a national law: a review suggestion is not the way to challenge it.
    NationalLaw,
    /// The program has no text naming the body that reviews this kind of norm.
    NoReviewBody,
}

impl Refusal {
    /// The Fluent id of the message.
    pub fn message_id(&self) -> &'static str {
        match self {
            Refusal::UnknownRule => "letter-unknown-rule",
            Refusal::NotAFinding => "letter-not-a-finding",
            Refusal::NationalLaw => "letter-national-law",
            Refusal::NoReviewBody => "letter-no-review-body",
        }
    }
}

/// The body the law names and the provision that names it.
fn addressee(
    pack: &RulePack,
    level: Level,
    kind: Option<LocalKind>,
) -> Option<(&'static str, &Reference)> {
    match (level, kind) {
        (Level::AdministrativeRegulation, _)
        | (Level::LocalNorm, Some(LocalKind::LocalRegulation)) => {
            Some(("letter-to-npcsc", pack.reference("legislation-law.110-2")?))
        }
        (Level::DepartmentalRule, _)
        | (Level::LocalNorm, Some(LocalKind::GovernmentRule | LocalKind::NormativeDocument)) => {
            Some((
                "letter-to-state-council",
                pack.reference("filing-review-regulations.12")?,
            ))
        }
        _ => None,
    }
}

fn cite(r: &Reference, lang: Lang) -> String {
    let mut s = format!("《{}》{}", r.title, article_label(&r.article, lang));
    if let Some(p) = &r.paragraph {
        s.push_str(&Texts::get(lang).msg("letter-paragraph", &Args::new().with("n", p.clone())));
    }
    s
}

/// Whether a review suggestion can be drafted about rule `index` (below the level of a
/// national law, and of a kind whose reviewing body the program can name).
pub fn can_draft(pack: &RulePack, index: usize) -> bool {
    pack.rules.get(index).is_some_and(|r| {
        let e = pack.enactment_of(r);
        addressee(pack, e.level, e.local_kind).is_some()
    })
}

/// The letter about `rule_id` for this assessment: the Chinese letter, and with
/// `en-US` its English translation after it.
pub fn letters(
    pack: &RulePack,
    a: &Assessment,
    rule_id: &str,
    by: Option<&str>,
    lang: Lang,
) -> Result<Vec<Letter>, Refusal> {
    let index = pack
        .rules
        .iter()
        .position(|r| r.id == rule_id)
        .ok_or(Refusal::UnknownRule)?;
    if !a.findings.iter().any(|f| f.rule == index) {
        return Err(Refusal::NotAFinding);
    }
    let rule = &pack.rules[index];
    let e = pack.enactment_of(rule);
    if e.level == Level::Law {
        return Err(Refusal::NationalLaw);
    }
    let (to, basis) = addressee(pack, e.level, e.local_kind).ok_or(Refusal::NoReviewBody)?;
    let feedback = pack.reference("legislation-law.113");
    // The Chinese letter to send, and with en-US its translation after it.
    let langs: &[Lang] = match lang {
        Lang::ZhCn => &[Lang::ZhCn],
        Lang::EnUs => &[Lang::ZhCn, Lang::EnUs],
    };
    let out = langs
        .iter()
        .map(|&l| letter(pack, a.as_of, index, to, basis, feedback, by, l))
        .collect();
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn letter(
    pack: &RulePack,
    today: NaiveDate,
    index: usize,
    to: &str,
    basis: &Reference,
    feedback: Option<&Reference>,
    by: Option<&str>,
    lang: Lang,
) -> Letter {
    let t = Texts::get(lang);
    let rule = &pack.rules[index];
    let e = pack.enactment_of(rule);
    let challenged = format!("《{}》{}", e.title, article_label(&rule.article, lang));
    let mut parts = Vec::new();
    if lang == Lang::EnUs {
        parts.push(Part::Para(t.plain("letter-translation-note")));
    }
    parts.push(Part::Heading(t.msg(
        "letter-title",
        &Args::new().with("provision", challenged.clone()),
    )));
    parts.push(Part::Para(t.plain(to)));
    match by {
        Some(name) if !name.trim().is_empty() => parts.push(Part::Para(
            t.msg("letter-from", &Args::new().with("name", name.trim())),
        )),
        _ => parts.push(Part::Blank(t.plain("letter-from-blank"))),
    }
    parts.push(Part::Blank(t.plain("letter-contact-blank")));
    parts.push(Part::Para(t.msg(
        "letter-basis",
        &Args::new().with("basis", cite(basis, lang)),
    )));
    parts.push(Part::Quote(basis.text.clone()));
    parts.push(Part::Heading(t.plain("letter-challenged-heading")));
    parts.push(Part::Para(challenged.clone()));
    parts.push(Part::Quote(rule.text.clone()));
    parts.push(Part::Heading(t.plain("letter-higher-heading")));
    let higher = rule
        .higher_law
        .as_ref()
        .and_then(|h| Some((h.title.as_ref()?, h.article.as_ref()?, h.text.as_ref()?)));
    match higher {
        Some((title, article, text)) => {
            parts.push(Part::Para(format!(
                "《{title}》{}",
                article_label(article, lang)
            )));
            parts.push(Part::Quote(text.clone()));
        }
        None => parts.push(Part::Para(t.plain("letter-no-higher-law"))),
    }
    parts.push(Part::Heading(t.plain("letter-reasons-heading")));
    if let Some(h) = &rule.higher_law {
        parts.push(Part::Para(h.analysis.get(lang).to_owned()));
    }
    parts.push(Part::Para(t.plain("letter-relevance-argument")));
    parts.push(Part::Para(t.plain("letter-argument-note")));
    parts.push(Part::Heading(t.plain("letter-request-heading")));
    parts.push(Part::Para(
        t.msg("letter-request", &Args::new().with("provision", challenged)),
    ));
    if let Some(f) = feedback {
        parts.push(Part::Para(
            t.msg("letter-feedback", &Args::new().with("basis", cite(f, lang))),
        ));
        parts.push(Part::Quote(f.text.clone()));
    }
    parts.push(Part::Blank(t.plain("letter-signature-blank")));
    let date = match lang {
        Lang::ZhCn => today.format("%Y年%-m月%-d日").to_string(),
        Lang::EnUs => today.format("%-d %B %Y").to_string(),
    };
    parts.push(Part::Para(
        t.msg("letter-date", &Args::new().with("date", date)),
    ));
    Letter { lang, parts }
}
