//! The search of the summary ("can I work as …?"): the rules in force whose words
//! contain the query, with the case's finding when there is one, and the answer in one
//! line for each.

use super::view::state_words;
use crate::engine::Assessment;
use crate::i18n::{Args, Lang, Texts};
use crate::rules::{Certainty, RulePack};

/// The answer to "can I work as …?" for one rule the query found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// Index of the rule in [`RulePack::rules`].
    pub rule: usize,
    /// Index of its finding in [`Assessment::findings`], when it applies to the case.
    pub finding: Option<usize>,
}

/// What a search found: the rules (in force on the as-of date and binding the person)
/// whose keywords, summary or enactment title contain the query, with the case's finding
/// when there is one. Findings first (in force, then ended), then the rules that do not
/// restrict this person. An empty list means no rule of the rule base concerns the words.
pub fn search(pack: &RulePack, a: &Assessment, query: &str) -> Vec<SearchHit> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let has = |s: &str| s.to_lowercase().contains(&q);
    let mut hits: Vec<SearchHit> = pack
        .rules
        .iter()
        .enumerate()
        .filter(|(_, r)| r.finding && r.in_force_on(a.as_of))
        .filter(|(_, r)| {
            let e = pack.enactment_of(r);
            r.keywords.iter().any(|k| has(k))
                || has(&r.summary.zh)
                || has(&r.summary.en)
                || has(&e.title)
                || has(&e.title_en)
        })
        .filter(|(_, r)| {
            let e = pack.enactment_of(r);
            e.jurisdiction == "CN" || a.province == Some(e.jurisdiction.as_str())
        })
        .map(|(i, _)| SearchHit {
            rule: i,
            finding: a.findings.iter().position(|f| f.rule == i),
        })
        .collect();
    hits.sort_by_key(|h| match h.finding {
        Some(f) if a.findings[f].active => (0, !a.findings[f].is_lifetime()),
        Some(_) => (1, false),
        None => (2, false),
    });
    hits
}

/// The answer in one line for a hit: closed for life / closed until DATE / may apply
/// (why) / ended on DATE / does not restrict you.
pub fn hit_words(pack: &RulePack, a: &Assessment, hit: &SearchHit, lang: Lang) -> String {
    let t = Texts::get(lang);
    let rule = &pack.rules[hit.rule];
    let Some(i) = hit.finding else {
        return t.msg(
            "search-not-restricted",
            &Args::new().with("what", rule.summary.get(lang)),
        );
    };
    let f = &a.findings[i];
    let state = state_words(a, f, lang);
    let mut line = t.msg(
        "search-restricted",
        &Args::new()
            .with("state", state)
            .with("what", rule.summary.get(lang)),
    );
    if f.certainty == Certainty::MayApply {
        let why = rule
            .certainty_note
            .iter()
            .map(|n| n.get(lang).to_owned())
            .chain(
                f.doubts
                    .iter()
                    .map(|&d| rule.doubts[d].reason.get(lang).to_owned()),
            )
            .next();
        if let Some(why) = why {
            line.push_str(&t.msg("search-may-apply", &Args::new().with("why", why)));
        }
    }
    line
}
