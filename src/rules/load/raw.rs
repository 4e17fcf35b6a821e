//! The files of a rule pack as serde reads them, before any check: `pack.toml`, an
//! enactment file with its rules, `proposals.toml`.

use serde::Deserialize;
use toml::Spanned;

use crate::rules::{
    Anchor, CaseMonths, Certainty, Condition, ContentType, Domain, Level, LocalKind, RecordEffect,
    SourceQuality, Status,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPack {
    pub(super) version: String,
    pub(super) current_as_of: Spanned<String>,
    pub(super) earliest_as_of: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEnactmentFile {
    pub(super) enactment: RawEnactment,
    #[serde(default)]
    pub(super) rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEnactment {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    pub(super) title_en: String,
    pub(super) level: Level,
    pub(super) jurisdiction: String,
    #[serde(default)]
    pub(super) city: Option<String>,
    #[serde(default)]
    pub(super) local_kind: Option<LocalKind>,
    pub(super) source: String,
    pub(super) source_quality: SourceQuality,
    pub(super) last_verified: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRule {
    pub(super) id: Spanned<String>,
    pub(super) article: String,
    #[serde(default)]
    pub(super) paragraph: Option<String>,
    pub(super) text: String,
    #[serde(default)]
    pub(super) effective_from: Option<String>,
    #[serde(default)]
    pub(super) effective_until: Option<String>,
    pub(super) status: Status,
    pub(super) domain: Domain,
    pub(super) content_type: ContentType,
    #[serde(default)]
    pub(super) certainty: Certainty,
    #[serde(default)]
    pub(super) certainty_note_zh: Option<String>,
    #[serde(default)]
    pub(super) certainty_note_en: Option<String>,
    pub(super) summary_zh: String,
    pub(super) summary_en: String,
    #[serde(default)]
    pub(super) finding: Option<bool>,
    #[serde(default)]
    pub(super) future_case: bool,
    #[serde(default)]
    pub(super) holder_only: bool,
    #[serde(default)]
    pub(super) record_effect: Option<RecordEffect>,
    #[serde(default)]
    pub(super) when: Condition,
    #[serde(default)]
    pub(super) doubt: Vec<toml::Table>,
    pub(super) duration: RawDuration,
    #[serde(default)]
    pub(super) higher_law: Option<RawHigherLaw>,
    #[serde(default)]
    pub(super) question: Option<RawSettle>,
    #[serde(default)]
    pub(super) next_step: Vec<RawNextStep>,
    #[serde(default)]
    pub(super) keywords: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSettle {
    pub(super) id: String,
    #[serde(default = "yes")]
    pub(super) applies_when: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNextStep {
    /// A shared step of `steps.toml`, instead of `zh`, `en` and `cite`.
    #[serde(default)]
    pub(super) step: Option<String>,
    #[serde(default)]
    pub(super) zh: Option<String>,
    #[serde(default)]
    pub(super) en: Option<String>,
    #[serde(default)]
    pub(super) cite: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHigherLaw {
    #[serde(default)]
    pub(super) title: Option<String>,
    #[serde(default)]
    pub(super) article: Option<String>,
    #[serde(default)]
    pub(super) text: Option<String>,
    #[serde(default)]
    pub(super) text_file: Option<String>,
    pub(super) goes_beyond: bool,
    pub(super) analysis_zh: String,
    pub(super) analysis_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDuration {
    pub(super) kind: String,
    #[serde(default)]
    pub(super) from: Option<Anchor>,
    #[serde(default)]
    pub(super) years: Option<u32>,
    #[serde(default)]
    pub(super) months: Option<u32>,
    #[serde(default)]
    pub(super) min_years: Option<u32>,
    #[serde(default)]
    pub(super) min_months: Option<u32>,
    #[serde(default)]
    pub(super) max_years: Option<u32>,
    #[serde(default)]
    pub(super) max_months: Option<u32>,
    #[serde(default)]
    pub(super) months_from_case: Option<CaseMonths>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProposals {
    #[serde(default)]
    pub(super) proposal: Vec<RawProposal>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProposal {
    pub(super) id: Spanned<String>,
    pub(super) title_zh: String,
    pub(super) title_en: String,
    pub(super) source: String,
    pub(super) quote: String,
    pub(super) summary_zh: String,
    pub(super) summary_en: String,
    #[serde(default)]
    pub(super) interrupted_by_new_offence: bool,
    #[serde(default)]
    pub(super) tier: Vec<RawTier>,
    #[serde(default)]
    pub(super) exclude: Vec<RawExclude>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTier {
    pub(super) when: Condition,
    pub(super) wait_months: u32,
    pub(super) from: Anchor,
    #[serde(default)]
    pub(super) automatic: bool,
    pub(super) label_zh: String,
    pub(super) label_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawExclude {
    pub(super) when: Condition,
    pub(super) reason_zh: String,
    pub(super) reason_en: String,
}
