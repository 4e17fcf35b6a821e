//! The small texts every view shares: article and title labels, penalty and role names,
//! the "because you answered…" trace, assumptions, proposal reasons, time until a date.

use chrono::NaiveDate;

use crate::case::{Fault, Penalty, Role};
use crate::dates;
use crate::engine::{Assumption, Ineligible};
use crate::i18n::{Args, Lang, Texts};
use crate::rules::{Because, RulePack};

/// "Art. 37-1" / "第37条之一".
pub fn article_label(article: &str, lang: Lang) -> String {
    let (main, sub) = match article.split_once('-') {
        Some((m, s)) => (m, Some(s)),
        None => (article, None),
    };
    let t = Texts::get(lang);
    let mut args = Args::new().with("main", main);
    // A number, so that the Chinese selector can pick 一, 二, 三 …
    match sub.map(|s| s.parse::<i64>()) {
        Some(Ok(n)) => args.set("sub", n),
        _ => args.set("sub", sub.unwrap_or("")),
    };
    if sub.is_some() {
        t.msg("article-sub", &args)
    } else {
        t.msg("article", &args)
    }
}

/// The name of a penalty in plain words.
pub fn penalty_name(p: Penalty, lang: Lang) -> String {
    Texts::get(lang).plain(&format!("penalty-{}", p.key().replace('_', "-")))
}

/// The name of a role.
pub fn role_name(r: Role, lang: Lang) -> String {
    Texts::get(lang).plain(&format!("role-{}", r.key().replace('_', "-")))
}

/// One "because you answered…" item.
pub fn because_text(b: &Because, lang: Lang) -> String {
    let t = Texts::get(lang);
    let fault = |f: Fault| t.plain(&format!("fault-{}", f.key()));
    match b {
        Because::Penalty(p) => t.msg(
            "because-penalty",
            &Args::new().with("penalty", penalty_name(*p, lang)),
        ),
        Because::TermAtLeast { term, min } => t.msg(
            "because-term-at-least",
            &Args::new().with("term", *term).with("limit", *min),
        ),
        Because::TermAtMost { term, max } => t.msg(
            "because-term-at-most",
            &Args::new().with("term", *term).with("limit", *max),
        ),
        Because::Suspended(s) => t.plain(if *s {
            "because-suspended"
        } else {
            "because-not-suspended"
        }),
        Because::Fault(f) => t.msg("because-fault", &Args::new().with("fault", fault(*f))),
        Because::Professional(p) => t.plain(if *p {
            "because-professional"
        } else {
            "because-not-professional"
        }),
        Because::Charge(c) => t.msg("because-charge", &Args::new().with("charge", c)),
        Because::Tag { charge, tag } => t.msg(
            "because-tag",
            &Args::new().with("charge", charge).with(
                "tag",
                t.plain(&format!("tag-{}", tag.key().replace('_', "-"))),
            ),
        ),
        Because::Chapter(ch) => t.msg(
            "because-chapter",
            &Args::new().with("chapter", u32::from(*ch)),
        ),
        Because::Section { chapter, section } => t.msg(
            "because-section",
            &Args::new()
                .with("chapter", u32::from(*chapter))
                .with("section", u32::from(*section)),
        ),
        Because::PoliticalRightsLife(life) => t.plain(if *life {
            "because-political-rights-life"
        } else {
            "because-not-political-rights-life"
        }),
        Because::Article(a) => t.msg(
            "because-article",
            &Args::new().with("article", article_label(a, lang)),
        ),
        Because::AgeBelow { age, limit } => t.msg(
            "because-age-below",
            &Args::new().with("age", *age).with("limit", *limit),
        ),
        Because::AgeAtLeast { age, limit } => t.msg(
            "because-age-at-least",
            &Args::new().with("age", *age).with("limit", *limit),
        ),
        Because::Role(r) => t.msg(
            "because-role",
            &Args::new().with("role", role_name(*r, lang)),
        ),
        Because::PoliticalRights(d) => t.plain(if *d {
            "because-political-rights"
        } else {
            "because-no-political-rights"
        }),
        Because::OccupationalBan => t.plain("because-occupational-ban"),
        Because::Paroled(p) => t.plain(if *p {
            "because-paroled"
        } else {
            "because-not-paroled"
        }),
        Because::Convicted(c) => t.msg("because-convicted", &Args::new().with("charge", c)),
    }
}

/// An assumption in plain words.
pub fn assumption_text(a: &Assumption, charges: &[String], lang: Lang) -> String {
    let t = Texts::get(lang);
    let conv = |i: usize| charges.get(i).cloned().unwrap_or_default();
    match a {
        Assumption::CompletionComputed { conviction, date } => t.msg(
            "assumption-completion-computed",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction))
                .with("date", date.to_string()),
        ),
        Assumption::CompletionUnknown { conviction } => t.msg(
            "assumption-completion-unknown",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction)),
        ),
        Assumption::LicenceRevocationAtOffence { conviction, date } => t.msg(
            "assumption-licence-revocation",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction))
                .with("date", date.to_string()),
        ),
        Assumption::ArticleDiffers {
            conviction,
            given,
            catalogue,
        } => t.msg(
            "assumption-article-differs",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction))
                .with("given", article_label(given, lang))
                .with("catalogue", article_label(catalogue, lang)),
        ),
        Assumption::RecordRuleOpen {
            conviction,
            article,
            law,
            reason,
        } => t.msg(
            "assumption-record-rule-open",
            &Args::new()
                .with("n", *conviction + 1)
                .with("charge", conv(*conviction))
                .with("law", law.clone())
                .with("article", article_label(article, lang))
                .with("reason", reason.get(lang)),
        ),
    }
}

/// Why a proposal would not help, in plain words.
pub fn ineligible_text(
    pack: &RulePack,
    proposal: usize,
    why: &Ineligible,
    charges: &[String],
    lang: Lang,
) -> String {
    let t = Texts::get(lang);
    let p = &pack.proposals[proposal];
    let conv = |i: usize| charges.get(i).cloned().unwrap_or_default();
    match why {
        Ineligible::Excluded(ci, xi) => t.msg(
            "proposal-excluded",
            &Args::new().with("charge", conv(*ci)).with(
                "reason",
                p.exclusions
                    .get(*xi)
                    .map(|x| x.reason.get(lang).to_owned())
                    .unwrap_or_default(),
            ),
        ),
        Ineligible::NoTier(ci) => t.msg("proposal-no-tier", &Args::new().with("charge", conv(*ci))),
        Ineligible::StartUnknown(ci) => t.msg(
            "proposal-start-unknown",
            &Args::new().with("charge", conv(*ci)),
        ),
    }
}

/// "in 3 months" / "in 12 days" from `today` to `day`.
pub fn time_until(today: NaiveDate, day: NaiveDate, lang: Lang) -> String {
    let t = Texts::get(lang);
    let months = dates::months_between(today, day);
    if months >= 1 {
        t.msg("time-in-months", &Args::new().with("n", months))
    } else {
        let days = (day - today).num_days().max(0);
        t.msg("time-in-days", &Args::new().with("n", days))
    }
}

/// "中华人民共和国医师法 第16条" / "中华人民共和国医师法 Art. 16".
pub fn basis_label(pack: &RulePack, rule: usize, lang: Lang) -> String {
    let r = &pack.rules[rule];
    let e = pack.enactment_of(r);
    match lang {
        Lang::ZhCn => format!("{} {}", e.title, article_label(&r.article, lang)),
        // The English title first, with the official Chinese one (the one to look up).
        Lang::EnUs => format!(
            "{} ({}), {}",
            e.title_en,
            e.title,
            article_label(&r.article, lang)
        ),
    }
}
