//! The answers written as a case file (`recordrights-case/1`), the text the case parser
//! validates.

use super::{Answers, PoliticalRightsAnswer, parse_date};
use crate::case::Penalty;

/// A date field as it goes into the case file: the parsed date, or the text as typed
/// (so the parser reports it as not a real date).
fn date_value(s: &str) -> String {
    parse_date(s).map_or_else(|| s.trim().to_owned(), |d| d.to_string())
}

fn quote(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// Writes `key = "value"` when the trimmed value is not empty.
fn optional(out: &mut String, key: &str, value: &str) {
    if !value.trim().is_empty() {
        out.push_str(&format!("{key} = {}\n", quote(value.trim())));
    }
}

impl Answers {
    /// The answers as a case file (`recordrights-case/1`). Empty fields are left out, so
    /// the parser names what is missing.
    pub fn to_toml(&self) -> String {
        self.write_toml(false)
    }

    /// With `placeholder`, a conviction without a penalty is written as exempted so that
    /// every other problem is still found; [`Answers::to_case`] then reports the penalty.
    pub(super) fn write_toml(&self, placeholder: bool) -> String {
        let mut out = String::from("format = \"recordrights-case/1\"\n\n[person]\n");
        out.push_str(&format!(
            "birth_date = {}\n",
            quote(&date_value(&self.birth_date))
        ));
        optional(&mut out, "region", &self.region);
        optional(&mut out, "city", &self.city);
        if !self.roles.is_empty() {
            let roles: Vec<String> = self.roles.iter().map(|r| quote(r.key())).collect();
            out.push_str(&format!("roles = [{}]\n", roles.join(", ")));
        }
        for c in &self.convictions {
            out.push_str("\n[[conviction]]\n");
            out.push_str(&format!("charge = {}\n", quote(&c.charge)));
            optional(&mut out, "article", &c.article);
            out.push_str(&format!(
                "offence_date = {}\n",
                quote(&date_value(&c.offence_date))
            ));
            out.push_str(&format!(
                "judgment_date = {}\n",
                quote(&date_value(&c.judgment_date))
            ));
            if let Some(f) = c.fault {
                out.push_str(&format!("fault = \"{}\"\n", f.key()));
            }
            if c.professional {
                out.push_str("professional = true\n");
            }
            if let Some(p) = c.penalty.or(placeholder.then_some(Penalty::Exempted)) {
                out.push_str(&format!("penalty = \"{}\"\n", p.key()));
                if p.has_term() && c.term() > 0 {
                    out.push_str(&format!("term_months = {}\n", c.term()));
                }
                if c.suspended && matches!(p, Penalty::Detention | Penalty::FixedTerm) {
                    out.push_str("suspended = true\n");
                    if c.probation() > 0 {
                        out.push_str(&format!("probation_months = {}\n", c.probation()));
                    }
                }
            }
            match c.political_rights {
                PoliticalRightsAnswer::None => {}
                PoliticalRightsAnswer::Life => out.push_str("political_rights_months = -1\n"),
                // Zero months is reported by `to_case`, not read as "not deprived".
                PoliticalRightsAnswer::Months if c.political_rights_total() == 0 => {}
                PoliticalRightsAnswer::Months => {
                    out.push_str(&format!(
                        "political_rights_months = {}\n",
                        c.political_rights_total()
                    ));
                }
            }
            if c.occupational_ban() > 0 {
                out.push_str(&format!(
                    "occupational_ban_months = {}\n",
                    c.occupational_ban()
                ));
            }
            // The parole date is asked only for a penalty that allows parole; one left
            // over from another penalty is not part of the answers.
            if c.paroled && c.parole_possible() {
                optional(&mut out, "paroled_on", &date_value(&c.paroled_on));
            }
            optional(&mut out, "completed_on", &date_value(&c.completed_on));
            if !c.facts.is_empty() {
                out.push_str("\n[conviction.facts]\n");
                for (id, v) in &c.facts {
                    out.push_str(&format!("{} = {v}\n", crate::case::bare_key(id)));
                }
            }
        }
        if let Some(client) = &self.client {
            out.push_str("\n[client]\n");
            out.push_str(&format!("label = {}\n", quote(&client.label)));
            if !client.notes.is_empty() {
                out.push_str(&format!("notes = {}\n", quote(&client.notes)));
            }
            optional(&mut out, "consulted_on", &date_value(&client.consulted_on));
        }
        out
    }
}
