//! The closed vocabularies of the rule files: levels and local kinds of enactments, the
//! domains, content types, certainty, status and record effects of rules, and their
//! durations with the start points they count from.

use serde::{Deserialize, Serialize};

use super::Bilingual;

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
    /// The duration type of the rule (a finding's may differ: a fixed period from an
    /// anchor that never comes is for life).
    pub fn kind(&self) -> DurationKind {
        match self {
            Duration::Lifetime { .. } => DurationKind::Lifetime,
            Duration::Fixed { .. } | Duration::FromCase { .. } => DurationKind::Fixed,
            Duration::Range { .. } => DurationKind::Range,
            Duration::WhileServing => DurationKind::WhileServing,
        }
    }
}

/// The duration type of the literature's typology, as the assessment names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DurationKind {
    /// No end.
    Lifetime,
    /// A fixed number of months from a start point.
    Fixed,
    /// Between two lengths, chosen by an authority.
    Range,
    /// While the penalty is being served.
    WhileServing,
}

impl DurationKind {
    /// Every kind, in the order of the typology.
    pub const ALL: [DurationKind; 4] = [
        DurationKind::Lifetime,
        DurationKind::Fixed,
        DurationKind::Range,
        DurationKind::WhileServing,
    ];

    /// The key of the JSON (`lifetime`, `fixed`, `range`, `while_serving`).
    pub fn key(self) -> &'static str {
        match self {
            DurationKind::Lifetime => "lifetime",
            DurationKind::Fixed => "fixed",
            DurationKind::Range => "range",
            DurationKind::WhileServing => "while_serving",
        }
    }
}
