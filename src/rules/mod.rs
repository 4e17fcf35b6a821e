//! The rule base: enactments, their rules, the charge catalogue and the reform proposals.
//!
//! A [`RulePack`] is parsed once from the files of `rules/` (embedded in the binary, or a
//! folder given with `--rules`) and validated as a whole: [`RulePack::load_dir`] and
//! [`RulePack::embedded`] return every problem at once, each naming the file, the rule id
//! and the line.

mod condition;
mod kinds;
mod load;
mod questions;
mod references;

use chrono::NaiveDate;

pub use condition::{Because, Condition, Facts};
pub use kinds::{
    Anchor, CaseMonths, Certainty, ContentType, Domain, Duration, DurationKind, HigherLaw, Level,
    LocalKind, RecordEffect, SourceQuality, Status,
};
pub use load::SourceFile;
pub use questions::{Question, Settle};
pub use references::Reference;

use crate::catalogue::Catalogue;
use crate::i18n::Lang;

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bilingual {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }
}

/// An enactment: a law, regulation or rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enactment {
    /// Slug, e.g. `physicians-law`.
    pub id: String,
    /// Official Chinese title.
    pub title: String,
    /// English title.
    pub title_en: String,
    /// Level.
    pub level: Level,
    /// `CN` or an ISO 3166-2:CN code.
    pub jurisdiction: String,
    /// A city code (`CN-44-SZ`) for a city's own norms, which bind only its residents.
    pub city: Option<String>,
    /// The kind of local norm; `None` for national enactments.
    pub local_kind: Option<LocalKind>,
    /// Where the text comes from.
    pub source: String,
    /// How reliable that source is.
    pub source_quality: SourceQuality,
    /// When the texts were last checked.
    pub last_verified: NaiveDate,
    /// The file it was loaded from.
    pub file: String,
}

/// A case that makes a rule uncertain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doubt {
    /// When it arises.
    pub when: Condition,
    /// Why the rule may not apply.
    pub reason: Bilingual,
    /// The fact whose answer would settle the doubt, if one would.
    pub question: Option<Settle>,
}

/// What a person can do about a finding: one plain sentence and what it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    /// The sentence, in both languages.
    pub text: Bilingual,
    /// The provision it rests on (`中华人民共和国医师法 第十九条`), whose text is in the
    /// project (`rules/texts/`).
    pub cite: String,
}

/// One rule: a provision (or one version of it) and what it does to a convicted person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, e.g. `cn.physicians-law.16`.
    pub id: String,
    /// Index of its enactment in [`RulePack::enactments`].
    pub enactment: usize,
    /// Article number in the version cited (`37-1`).
    pub article: String,
    /// Paragraph and item, if narrower than the article.
    pub paragraph: Option<String>,
    /// Verbatim text.
    pub text: String,
    /// First day this version applies.
    pub effective_from: Option<NaiveDate>,
    /// First day it no longer applies.
    pub effective_until: Option<NaiveDate>,
    /// In force or proposed.
    pub status: Status,
    /// Area of life.
    pub domain: Domain,
    /// Typology.
    pub content_type: ContentType,
    /// Applies or may apply.
    pub certainty: Certainty,
    /// Why it may apply only.
    pub certainty_note: Option<Bilingual>,
    /// Plain-language sentence.
    pub summary: Bilingual,
    /// Whether it produces a finding.
    pub finding: bool,
    /// Whether it concerns only a future criminal case (bail, reconciliation, a harsher
    /// threshold if the person offends again): listed apart from what is closed now.
    pub future_case: bool,
    /// Whether it concerns only someone who holds a position, title, licence or benefit
    /// now (a deputy's seat, a veteran's benefits, a seafarer's passport) that the
    /// questionnaire does not ask about: listed apart, under "If you hold one of these".
    pub holder_only: bool,
    /// What it contributes to the record block.
    pub record_effect: Option<RecordEffect>,
    /// When it applies.
    pub when: Condition,
    /// When it may not apply.
    pub doubts: Vec<Doubt>,
    /// How long.
    pub duration: Duration,
    /// For a local provision: the higher law it implements and whether it goes further.
    pub higher_law: Option<HigherLaw>,
    /// The fact whose answer settles whether the rule applies, when one does.
    pub question: Option<Settle>,
    /// What the person can do about it.
    pub next_steps: Vec<NextStep>,
    /// Job and benefit words (both languages) a person might search for.
    pub keywords: Vec<String>,
    /// File it came from.
    pub file: String,
    /// Line of its id.
    pub line: usize,
}

impl Rule {
    /// Whether this version is in force on `day`.
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.status == Status::InForce
            && self.effective_from.is_none_or(|f| f <= day)
            && self.effective_until.is_none_or(|u| day < u)
    }
}

/// A waiting-period tier of a proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tier {
    /// Which convictions it covers.
    pub when: Condition,
    /// Waiting period in months.
    pub wait_months: u32,
    /// Start point.
    pub from: Anchor,
    /// Sealed without application.
    pub automatic: bool,
    /// Plain description.
    pub label: Bilingual,
}

/// An exclusion of a proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exclusion {
    /// Which convictions it excludes.
    pub when: Condition,
    /// Why.
    pub reason: Bilingual,
}

/// A reform proposal from the literature: never law in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Stable id.
    pub id: String,
    /// Short title.
    pub title: Bilingual,
    /// The paper and section.
    pub source: String,
    /// The passage that states it.
    pub quote: String,
    /// What it would do.
    pub summary: Bilingual,
    /// A new offence restarts the waiting period.
    pub interrupted_by_new_offence: bool,
    /// Tiers, first match applies.
    pub tiers: Vec<Tier>,
    /// Exclusions.
    pub exclusions: Vec<Exclusion>,
}

/// The whole rule base.
#[derive(Debug, Clone)]
pub struct RulePack {
    /// Version string of the pack.
    pub version: String,
    /// Date the pack is current as of.
    pub current_as_of: NaiveDate,
    /// The earliest as-of date the pack answers for: earlier versions of the law are
    /// not encoded, so earlier dates are refused rather than answered wrongly.
    pub earliest_as_of: NaiveDate,
    /// Charge catalogue.
    pub charges: Catalogue,
    /// Enactments.
    pub enactments: Vec<Enactment>,
    /// Rules, in file order.
    pub rules: Vec<Rule>,
    /// Proposals.
    pub proposals: Vec<Proposal>,
    /// The follow-up questions (`questions.toml`).
    pub questions: Vec<Question>,
    /// Quoted texts that are not rules (`references.toml`).
    pub references: Vec<Reference>,
}

impl RulePack {
    /// A quoted text by its id.
    pub fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }

    /// A question of the catalogue by its fact id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The enactment of a rule.
    pub fn enactment_of(&self, rule: &Rule) -> &Enactment {
        &self.enactments[rule.enactment]
    }

    /// The number of distinct (enactment, article) pairs of law in force.
    pub fn provisions(&self) -> usize {
        let mut pairs: Vec<(&str, &str)> = self
            .rules
            .iter()
            .filter(|r| r.status == Status::InForce)
            .map(|r| {
                (
                    self.enactments[r.enactment].title.as_str(),
                    r.article.as_str(),
                )
            })
            .collect();
        pairs.sort();
        pairs.dedup();
        pairs.len()
    }
}
