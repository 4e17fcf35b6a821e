//! Writing a case back in the `recordrights-case/1` format: [`Case::to_toml`].

use super::{CASE_FORMAT, Case, PoliticalRights};

impl Case {
    /// Writes the case in the `recordrights-case/1` format.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("format = \"{CASE_FORMAT}\"\n\n[person]\n"));
        out.push_str(&format!("birth_date = \"{}\"\n", self.person.birth_date));
        if let Some(r) = &self.person.region {
            out.push_str(&format!("region = {}\n", quote(r)));
        }
        if let Some(c) = &self.person.city {
            out.push_str(&format!("city = {}\n", quote(c)));
        }
        if !self.person.roles.is_empty() {
            let roles: Vec<String> = self.person.roles.iter().map(|r| quote(r.key())).collect();
            out.push_str(&format!("roles = [{}]\n", roles.join(", ")));
        }
        for c in &self.convictions {
            out.push_str("\n[[conviction]]\n");
            out.push_str(&format!("charge = {}\n", quote(&c.charge)));
            if let Some(a) = &c.article {
                out.push_str(&format!("article = {}\n", quote(a)));
            }
            out.push_str(&format!("offence_date = \"{}\"\n", c.offence_date));
            out.push_str(&format!("judgment_date = \"{}\"\n", c.judgment_date));
            if let Some(f) = c.fault {
                out.push_str(&format!("fault = \"{}\"\n", f.key()));
            }
            if c.professional {
                out.push_str("professional = true\n");
            }
            out.push_str(&format!("penalty = \"{}\"\n", c.penalty.key()));
            if let Some(t) = c.term_months {
                out.push_str(&format!("term_months = {t}\n"));
            }
            if c.suspended {
                out.push_str("suspended = true\n");
            }
            if let Some(p) = c.probation_months {
                out.push_str(&format!("probation_months = {p}\n"));
            }
            match c.political_rights {
                PoliticalRights::None => {}
                PoliticalRights::Months(m) => {
                    out.push_str(&format!("political_rights_months = {m}\n"))
                }
                PoliticalRights::Life => out.push_str("political_rights_months = -1\n"),
            }
            if c.occupational_ban_months > 0 {
                out.push_str(&format!(
                    "occupational_ban_months = {}\n",
                    c.occupational_ban_months
                ));
            }
            if let Some(d) = c.completed_on {
                out.push_str(&format!("completed_on = \"{d}\"\n"));
            }
            if let Some(d) = c.paroled_on {
                out.push_str(&format!("paroled_on = \"{d}\"\n"));
            }
            if !c.facts.is_empty() {
                out.push_str("\n[conviction.facts]\n");
                for (id, v) in &c.facts {
                    out.push_str(&format!("{} = {v}\n", bare_key(id)));
                }
            }
        }
        if let Some(client) = &self.client {
            out.push_str("\n[client]\n");
            out.push_str(&format!("label = {}\n", quote(&client.label)));
            if !client.notes.is_empty() {
                out.push_str(&format!("notes = {}\n", quote(&client.notes)));
            }
            if let Some(d) = client.consulted_on {
                out.push_str(&format!("consulted_on = \"{d}\"\n"));
            }
        }
        out
    }
}

/// A TOML key: bare when it can be, else a one-line basic string (not [`quote`], which
/// may choose a multi-line string, and a key cannot be one).
pub(crate) fn bare_key(k: &str) -> String {
    if !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return k.to_owned();
    }
    let mut out = String::from("\"");
    for ch in k.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}
