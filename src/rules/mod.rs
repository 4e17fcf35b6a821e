//! The rule base: enactments, their rules, the charge catalogue and the reform proposals.
//!
//! A [`RulePack`] is parsed once from the files of `rules/` (embedded in the binary, or a
//! folder given with `--rules`) and validated as a whole: [`RulePack::load_dir`] and
//! [`RulePack::embedded`] return every problem at once, each naming the file, the rule id
//! and the line.

mod condition;
mod load;
mod questions;
mod references;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use condition::{Because, Condition, Facts};
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

/// Level of an enactment in the hierarchy of norms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Level {
    Law,
    AdministrativeRegulation,
    DepartmentalRule,
    PartyRegulation,
    JudicialInterpretation,
    LocalNorm,
}

impl Level {
    /// All levels, highest first.
    pub const ALL: [Level; 6] = [
        Level::Law,
        Level::AdministrativeRegulation,
        Level::DepartmentalRule,
        Level::PartyRegulation,
        Level::JudicialInterpretation,
        Level::LocalNorm,
    ];

    /// The snake_case key.
    pub fn key(self) -> &'static str {
        match self {
            Level::Law => "law",
            Level::AdministrativeRegulation => "administrative_regulation",
            Level::DepartmentalRule => "departmental_rule",
            Level::PartyRegulation => "party_regulation",
            Level::JudicialInterpretation => "judicial_interpretation",
            Level::LocalNorm => "local_norm",
        }
    }
}

/// What kind of local norm an enactment is (below the level of national law).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocalKind {
    /// 地方性法规: adopted by a provincial or city people's congress standing committee.
    LocalRegulation,
    /// 地方政府规章: made by a provincial or city government.
    GovernmentRule,
    /// 规范性文件: a normative document of a government or its departments.
    NormativeDocument,
}

impl LocalKind {
    /// The snake_case key.
    pub fn key(self) -> &'static str {
        match self {
            LocalKind::LocalRegulation => "local_regulation",
            LocalKind::GovernmentRule => "government_rule",
            LocalKind::NormativeDocument => "normative_document",
        }
    }
}

/// The higher law a local provision implements or repeats, and whether it goes further.
/// This is analysis recorded by the rule's author, not law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HigherLaw {
    /// Official title of the higher enactment; `None` when no higher law was found.
    pub title: Option<String>,
    /// Article of the higher enactment.
    pub article: Option<String>,
    /// Its verbatim text.
    pub text: Option<String>,
    /// The project file (`rules/texts/…`) that holds that text.
    pub text_file: Option<String>,
    /// Whether the local provision attaches a consequence the higher law does not.
    pub goes_beyond: bool,
    /// What it adds, in both languages.
    pub analysis: Bilingual,
}

/// How reliable the text of an enactment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum SourceQuality {
    VerbatimCrossChecked,
    VerbatimSingleSource,
    SecondaryQuotation,
}

/// Area of life a consequence touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Domain {
    Occupation,
    Licence,
    Benefit,
    Registration,
    Civic,
    Travel,
    Obligation,
    Record,
    Family,
}

impl Domain {
    /// All domains, in the order the summary shows them.
    pub const ALL: [Domain; 9] = [
        Domain::Occupation,
        Domain::Licence,
        Domain::Benefit,
        Domain::Registration,
        Domain::Civic,
        Domain::Travel,
        Domain::Obligation,
        Domain::Record,
        Domain::Family,
    ];

    /// The snake_case key.
    pub fn key(self) -> &'static str {
        match self {
            Domain::Occupation => "occupation",
            Domain::Licence => "licence",
            Domain::Benefit => "benefit",
            Domain::Registration => "registration",
            Domain::Civic => "civic",
            Domain::Travel => "travel",
            Domain::Obligation => "obligation",
            Domain::Record => "record",
            Domain::Family => "family",
        }
    }
}

/// Content type in the typology of the literature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentType {
    /// Restriction of a qualification, status or honour.
    Qualification,
    /// Deprivation of a benefit.
    Benefit,
    /// Imposition of a duty.
    Obligation,
}

/// Whether a provision attaches the consequence by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// The provision attaches it.
    #[default]
    Applies,
    /// An authority or employer may impose it, or the answers leave it open.
    MayApply,
}

/// Law in force or a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Law in force.
    InForce,
    /// A proposal, not law.
    Proposed,
}

/// What a record-status rule contributes to the record block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum RecordEffect {
    Sealed,
    DisclosureDuty,
    DisclosureExempt,
    RecidivismGeneral,
    RecidivismSpecial,
    ViolationRecordsSealed,
}

/// The day a period is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// Completion of the principal penalty, probation or parole period.
    Completion,
    /// Release on parole, else completion.
    Release,
    /// End of the deprivation of political rights, else completion.
    PoliticalRightsEnd,
    /// The judgment taking effect.
    Judgment,
    /// The offence.
    Offence,
    /// Revocation of the driving licence (taken as the offence date).
    LicenceRevocation,
}

/// A period whose length the judgment sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseMonths {
    /// `political_rights_months`.
    PoliticalRights,
    /// `occupational_ban_months`.
    OccupationalBan,
}

/// How long a consequence lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duration {
    /// For life, from a start point.
    Lifetime {
        /// Start point.
        from: Anchor,
    },
    /// A fixed period from a start point.
    Fixed {
        /// Start point.
        from: Anchor,
        /// Length in months.
        months: u32,
    },
    /// A fixed period set by the judgment.
    FromCase {
        /// Start point (political rights: see the engine).
        from: Anchor,
        /// Which period of the judgment.
        source: CaseMonths,
    },
    /// Between two lengths, chosen by an authority.
    Range {
        /// Start point.
        from: Anchor,
        /// Shortest length in months.
        min_months: u32,
        /// Longest length in months.
        max_months: u32,
    },
    /// While the penalty is being served.
    WhileServing,
}

impl Duration {
    /// The duration type as the assessment names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Duration::Lifetime { .. } => "lifetime",
            Duration::Fixed { .. } | Duration::FromCase { .. } => "fixed",
            Duration::Range { .. } => "range",
            Duration::WhileServing => "while_serving",
        }
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
