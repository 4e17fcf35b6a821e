//! The Criminal Law's limits on a sentence, each with its article: the one place for the
//! numbers the case checks and the engine's severity class use.

use std::ops::RangeInclusive;

/// Public surveillance (管制): three months to two years, three years for combined
/// sentences (Arts. 38, 69).
pub const CONTROL_MONTHS: RangeInclusive<u32> = 3..=36;
/// Criminal detention (拘役): one to six months, one year for combined sentences (Arts. 42, 69).
pub const DETENTION_MONTHS: RangeInclusive<u32> = 1..=12;
/// Fixed-term imprisonment (有期徒刑): six months to fifteen years, twenty-five for
/// combined sentences (Arts. 45, 69).
pub const FIXED_TERM_MONTHS: RangeInclusive<u32> = 6..=300;
/// A sentence of fixed-term imprisonment can be suspended when it is three years or less
/// (Art. 72); the literature's "minor" class ends at the same line.
pub const SUSPENDABLE_MAX_MONTHS: u32 = 36;
/// Probation (考验期) for detention: the term up to one year, at least two months (Art. 73).
pub const DETENTION_PROBATION_MIN_MONTHS: u32 = 2;
/// Probation for detention: at most one year (Art. 73).
pub const DETENTION_PROBATION_MAX_MONTHS: u32 = 12;
/// Probation for fixed-term imprisonment: the term up to five years, at least one year (Art. 73).
pub const FIXED_TERM_PROBATION_MIN_MONTHS: u32 = 12;
/// Probation for fixed-term imprisonment: at most five years (Art. 73).
pub const FIXED_TERM_PROBATION_MAX_MONTHS: u32 = 60;
/// Deprivation of political rights: one to five years, as long as public surveillance,
/// three to ten years after a death or life sentence is commuted (Arts. 55, 57).
pub const POLITICAL_RIGHTS_MONTHS: RangeInclusive<i64> = 1..=120;
/// Deprivation of political rights imposed alone: one to five years (Arts. 55, 56 para. 2).
pub const POLITICAL_RIGHTS_ALONE_MONTHS: RangeInclusive<i64> = 12..=60;
/// Occupational ban (从业禁止): three to five years (Art. 37-1).
pub const OCCUPATIONAL_BAN_MONTHS: RangeInclusive<i64> = 36..=60;
/// Below this age at the offence nobody bears criminal responsibility (Art. 17).
pub const MIN_CRIMINAL_AGE: u32 = 12;
