//! The places in a case file a problem can be about, typed: the window routes a problem
//! to the screen and the field that asks it by matching these, never by matching text.
//! `Display` gives the path the messages show (`conviction[2].judgment_date`).

use std::fmt;

/// A key of `[person]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum PersonKey {
    BirthDate,
    Region,
    City,
}

/// A key of a `[[conviction]]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum ConvictionKey {
    Charge,
    OffenceDate,
    JudgmentDate,
    Penalty,
    TermMonths,
    Suspended,
    ProbationMonths,
    PoliticalRightsMonths,
    OccupationalBanMonths,
    CompletedOn,
    ParoledOn,
    Facts,
}

/// A key of `[client]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum ClientKey {
    ConsultedOn,
}

/// Where in a case file (or its assessment) a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseField {
    /// The `format` line.
    Format,
    /// The as-of date of the assessment (not in the file).
    AsOf,
    /// A key of `[person]`.
    Person(PersonKey),
    /// A key of a conviction (0-based index; shown 1-based).
    Conviction(usize, ConvictionKey),
    /// A key of `[client]`.
    Client(ClientKey),
}

impl PersonKey {
    /// The key as the file writes it.
    pub fn key(self) -> &'static str {
        match self {
            PersonKey::BirthDate => "birth_date",
            PersonKey::Region => "region",
            PersonKey::City => "city",
        }
    }
}

impl ConvictionKey {
    /// The key as the file writes it.
    pub fn key(self) -> &'static str {
        use ConvictionKey::*;
        match self {
            Charge => "charge",
            OffenceDate => "offence_date",
            JudgmentDate => "judgment_date",
            Penalty => "penalty",
            TermMonths => "term_months",
            Suspended => "suspended",
            ProbationMonths => "probation_months",
            PoliticalRightsMonths => "political_rights_months",
            OccupationalBanMonths => "occupational_ban_months",
            CompletedOn => "completed_on",
            ParoledOn => "paroled_on",
            Facts => "facts",
        }
    }

    /// Whether the conviction screen asks it (the rest are on the sentence screen).
    pub fn on_conviction_screen(self) -> bool {
        matches!(
            self,
            ConvictionKey::Charge | ConvictionKey::OffenceDate | ConvictionKey::JudgmentDate
        )
    }
}

impl ClientKey {
    /// The key as the file writes it.
    pub fn key(self) -> &'static str {
        match self {
            ClientKey::ConsultedOn => "consulted_on",
        }
    }
}

impl CaseField {
    /// The last key of the path (`judgment_date`), as a problem about an empty field
    /// names it.
    pub fn key(self) -> &'static str {
        match self {
            CaseField::Format => "format",
            CaseField::AsOf => "as_of",
            CaseField::Person(k) => k.key(),
            CaseField::Conviction(_, k) => k.key(),
            CaseField::Client(k) => k.key(),
        }
    }
}

impl fmt::Display for CaseField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaseField::Format | CaseField::AsOf => f.write_str(self.key()),
            CaseField::Person(k) => write!(f, "person.{}", k.key()),
            CaseField::Conviction(i, k) => write!(f, "conviction[{}].{}", i + 1, k.key()),
            CaseField::Client(k) => write!(f, "client.{}", k.key()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paths read as the messages have always written them.
    #[test]
    fn paths_read_as_in_the_messages() {
        assert_eq!(
            CaseField::Conviction(1, ConvictionKey::JudgmentDate).to_string(),
            "conviction[2].judgment_date"
        );
        assert_eq!(
            CaseField::Person(PersonKey::BirthDate).to_string(),
            "person.birth_date"
        );
        assert_eq!(
            CaseField::Client(ClientKey::ConsultedOn).to_string(),
            "client.consulted_on"
        );
        assert_eq!(CaseField::AsOf.to_string(), "as_of");
    }
}
