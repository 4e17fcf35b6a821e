//! Reading and validating rule packs: every problem is collected, none stops the rest.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::{
    Anchor, Bilingual, CaseMonths, Certainty, Condition, ContentType, Domain, Doubt, Duration,
    Enactment, Exclusion, HigherLaw, Level, LocalKind, NextStep, Proposal, RecordEffect, Rule,
    RulePack, Settle, SourceQuality, Status, Tier,
};
use crate::catalogue::{Catalogue, TAGS};
use crate::error::{
    InputError, InputErrors, LineIndex, Problem, from_toml, line_of, text_from_bytes,
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));
}

/// One file of a rule pack: its path relative to the pack and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the pack folder (`national/physicians-law.toml`).
    pub path: String,
    /// The name used in messages (a full path, or `<embedded>/…`).
    pub display: String,
    /// Contents.
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    version: String,
    current_as_of: Spanned<String>,
    earliest_as_of: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnactmentFile {
    enactment: RawEnactment,
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnactment {
    id: Spanned<String>,
    title: String,
    title_en: String,
    level: Level,
    jurisdiction: String,
    #[serde(default)]
    city: Option<String>,
    #[serde(default)]
    local_kind: Option<LocalKind>,
    source: String,
    source_quality: SourceQuality,
    last_verified: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    article: String,
    #[serde(default)]
    paragraph: Option<String>,
    text: String,
    #[serde(default)]
    effective_from: Option<String>,
    #[serde(default)]
    effective_until: Option<String>,
    status: Status,
    domain: Domain,
    content_type: ContentType,
    #[serde(default)]
    certainty: Certainty,
    #[serde(default)]
    certainty_note_zh: Option<String>,
    #[serde(default)]
    certainty_note_en: Option<String>,
    summary_zh: String,
    summary_en: String,
    #[serde(default)]
    finding: Option<bool>,
    #[serde(default)]
    record_effect: Option<RecordEffect>,
    #[serde(default)]
    when: Condition,
    #[serde(default)]
    doubt: Vec<toml::Table>,
    duration: RawDuration,
    #[serde(default)]
    higher_law: Option<RawHigherLaw>,
    #[serde(default)]
    question: Option<RawSettle>,
    #[serde(default)]
    next_step: Vec<RawNextStep>,
    #[serde(default)]
    keywords: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettle {
    id: String,
    #[serde(default = "yes")]
    applies_when: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNextStep {
    zh: String,
    en: String,
    cite: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHigherLaw {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    article: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    text_file: Option<String>,
    goes_beyond: bool,
    analysis_zh: String,
    analysis_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDuration {
    kind: String,
    #[serde(default)]
    from: Option<Anchor>,
    #[serde(default)]
    years: Option<u32>,
    #[serde(default)]
    months: Option<u32>,
    #[serde(default)]
    min_years: Option<u32>,
    #[serde(default)]
    min_months: Option<u32>,
    #[serde(default)]
    max_years: Option<u32>,
    #[serde(default)]
    max_months: Option<u32>,
    #[serde(default)]
    months_from_case: Option<CaseMonths>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProposals {
    #[serde(default)]
    proposal: Vec<RawProposal>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProposal {
    id: Spanned<String>,
    title_zh: String,
    title_en: String,
    source: String,
    quote: String,
    summary_zh: String,
    summary_en: String,
    #[serde(default)]
    interrupted_by_new_offence: bool,
    #[serde(default)]
    tier: Vec<RawTier>,
    #[serde(default)]
    exclude: Vec<RawExclude>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    when: Condition,
    wait_months: u32,
    from: Anchor,
    #[serde(default)]
    automatic: bool,
    label_zh: String,
    label_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExclude {
    when: Condition,
    reason_zh: String,
    reason_en: String,
}

/// Collects problems for one file.
struct Sink<'a> {
    file: &'a str,
    errors: &'a mut Vec<InputError>,
}

impl Sink<'_> {
    fn at(&mut self, line: usize, context: &str, problem: Problem) {
        self.errors.push(InputError::new(
            self.file,
            Some(line),
            Some(context.to_owned()),
            problem,
        ));
    }

    fn date(&mut self, line: usize, context: &str, s: &str) -> Option<NaiveDate> {
        match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.at(line, context, Problem::InvalidDate(s.to_owned()));
                None
            }
        }
    }

    fn not_empty(&mut self, line: usize, context: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.at(line, context, Problem::Empty(field.to_owned()));
        }
    }

    fn condition(&mut self, line: usize, context: &str, c: &Condition, catalogue: &Catalogue) {
        for p in c.problems() {
            self.at(line, context, Problem::Contradiction(p));
        }
        let (names, tags) = c.names_and_tags();
        for n in names {
            if catalogue.find(n).is_none() {
                let suggestion = catalogue.suggest(n).map(str::to_owned);
                self.at(
                    line,
                    context,
                    Problem::UnknownCharge {
                        name: n.to_owned(),
                        suggestion,
                    },
                );
            }
        }
        for t in tags {
            if !TAGS.contains(&t) {
                self.at(line, context, Problem::UnknownTag(t.to_owned()));
            }
        }
    }
}

impl RulePack {
    /// The rule pack built into the program.
    pub fn embedded() -> Result<RulePack, InputErrors> {
        let files = embedded::FILES
            .iter()
            .map(|(path, text)| SourceFile {
                path: (*path).to_owned(),
                display: format!("<embedded>/rules/{path}"),
                text: (*text).to_owned(),
            })
            .collect();
        RulePack::from_files(files)
    }

    /// Reads every `.toml` file under `dir` (recursively) as a rule pack.
    pub fn load_dir(dir: &Path) -> Result<RulePack, InputErrors> {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        read_dir_into(dir, dir, &mut files, &mut errors);
        if !errors.is_empty() {
            return Err(InputErrors(errors));
        }
        RulePack::from_files(files)
    }

    /// Parses and validates a set of files.
    pub fn from_files(mut files: Vec<SourceFile>) -> Result<RulePack, InputErrors> {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let mut errors = Vec::new();
        let find = |name: &str| files.iter().find(|f| f.path == name);
        let mut version = String::new();
        let mut current_as_of = NaiveDate::MIN;
        let mut earliest_as_of = NaiveDate::MIN;
        match find("pack.toml") {
            None => errors.push(InputError::new(
                "pack.toml",
                None,
                None,
                Problem::MissingFile("pack.toml".into()),
            )),
            Some(f) => match toml::from_str::<RawPack>(&f.text) {
                Err(e) => errors.push(from_toml(&f.display, &f.text, &e)),
                Ok(p) => {
                    let mut sink = Sink {
                        file: &f.display,
                        errors: &mut errors,
                    };
                    let line = |s: &Spanned<String>| line_of(&f.text, s.span().start);
                    current_as_of = sink
                        .date(
                            line(&p.current_as_of),
                            "current_as_of",
                            p.current_as_of.get_ref(),
                        )
                        .unwrap_or(NaiveDate::MIN);
                    earliest_as_of = sink
                        .date(
                            line(&p.earliest_as_of),
                            "earliest_as_of",
                            p.earliest_as_of.get_ref(),
                        )
                        .unwrap_or(NaiveDate::MIN);
                    version = p.version;
                }
            },
        }
        let charges = match find("charges.toml") {
            None => {
                errors.push(InputError::new(
                    "charges.toml",
                    None,
                    None,
                    Problem::MissingFile("charges.toml".into()),
                ));
                Catalogue::default()
            }
            Some(f) => Catalogue::parse(&f.display, &f.text, &mut errors),
        };
        let proposals = match find("proposals.toml") {
            None => Vec::new(),
            Some(f) => parse_proposals(f, &charges, &mut errors),
        };
        let questions = match find("questions.toml") {
            None => Vec::new(),
            Some(f) => super::questions::parse(f, &mut errors),
        };
        let references = match find("references.toml") {
            None => Vec::new(),
            Some(f) => super::references::parse(f, &mut errors),
        };
        let mut pack = RulePack {
            version,
            current_as_of,
            earliest_as_of,
            charges,
            enactments: Vec::new(),
            rules: Vec::new(),
            proposals,
            questions,
            references,
        };
        let mut enactment_ids: HashMap<String, (String, usize)> = HashMap::new();
        let mut rule_ids: HashMap<String, (String, usize)> = HashMap::new();
        for f in &files {
            if matches!(
                f.path.as_str(),
                "pack.toml"
                    | "charges.toml"
                    | "proposals.toml"
                    | "questions.toml"
                    | "references.toml"
            ) {
                continue;
            }
            parse_enactment(f, &mut pack, &mut enactment_ids, &mut rule_ids, &mut errors);
        }
        if errors.is_empty() {
            Ok(pack)
        } else {
            Err(InputErrors(errors))
        }
    }
}

fn read_dir_into(
    root: &Path,
    dir: &Path,
    files: &mut Vec<SourceFile>,
    errors: &mut Vec<InputError>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError::new(
                &dir.display().to_string(),
                None,
                None,
                Problem::from_io(&e),
            ));
            return;
        }
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            read_dir_into(root, &path, files, errors);
        } else if path.extension().is_some_and(|e| e == "toml") {
            let display = path.display().to_string();
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            match std::fs::read(&path) {
                Err(e) => errors.push(InputError::new(&display, None, None, Problem::from_io(&e))),
                Ok(bytes) => match text_from_bytes(&display, bytes) {
                    Ok(text) => files.push(SourceFile {
                        path: rel,
                        display,
                        text,
                    }),
                    Err(e) => errors.push(e),
                },
            }
        }
    }
}

fn bilingual(zh: String, en: String) -> Bilingual {
    Bilingual { zh, en }
}

fn parse_proposals(
    f: &SourceFile,
    charges: &Catalogue,
    errors: &mut Vec<InputError>,
) -> Vec<Proposal> {
    let raw: RawProposals = match toml::from_str(&f.text) {
        Ok(r) => r,
        Err(e) => {
            errors.push(from_toml(&f.display, &f.text, &e));
            return Vec::new();
        }
    };
    let mut sink = Sink {
        file: &f.display,
        errors,
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    let lines = LineIndex::new(&f.text);
    for p in raw.proposal {
        let line = lines.line(p.id.span().start);
        let id = p.id.into_inner();
        if let Some(&first_line) = seen.get(&id) {
            sink.at(
                line,
                &id,
                Problem::Duplicate {
                    what: id.clone(),
                    first_line,
                },
            );
        }
        seen.insert(id.clone(), line);
        for (field, value) in [
            ("title_zh", &p.title_zh),
            ("title_en", &p.title_en),
            ("quote", &p.quote),
        ] {
            sink.not_empty(line, &id, field, value);
        }
        for t in &p.tier {
            sink.condition(line, &id, &t.when, charges);
        }
        for x in &p.exclude {
            sink.condition(line, &id, &x.when, charges);
        }
        out.push(Proposal {
            id,
            title: bilingual(p.title_zh, p.title_en),
            source: p.source,
            quote: p.quote,
            summary: bilingual(p.summary_zh, p.summary_en),
            interrupted_by_new_offence: p.interrupted_by_new_offence,
            tiers: p
                .tier
                .into_iter()
                .map(|t| Tier {
                    when: t.when,
                    wait_months: t.wait_months,
                    from: t.from,
                    automatic: t.automatic,
                    label: bilingual(t.label_zh, t.label_en),
                })
                .collect(),
            exclusions: p
                .exclude
                .into_iter()
                .map(|x| Exclusion {
                    when: x.when,
                    reason: bilingual(x.reason_zh, x.reason_en),
                })
                .collect(),
        });
    }
    out
}

fn parse_enactment(
    f: &SourceFile,
    pack: &mut RulePack,
    enactment_ids: &mut HashMap<String, (String, usize)>,
    rule_ids: &mut HashMap<String, (String, usize)>,
    errors: &mut Vec<InputError>,
) {
    let raw: RawEnactmentFile = match toml::from_str(&f.text) {
        Ok(r) => r,
        Err(e) => {
            errors.push(from_toml(&f.display, &f.text, &e));
            return;
        }
    };
    let mut sink = Sink {
        file: &f.display,
        errors,
    };
    let e = raw.enactment;
    let e_line = line_of(&f.text, e.id.span().start);
    let e_id = e.id.get_ref().clone();
    if let Some((file, first_line)) = enactment_ids.get(&e_id) {
        let what = format!("enactment {e_id} ({file})");
        sink.at(
            e_line,
            &e_id,
            Problem::Duplicate {
                what,
                first_line: *first_line,
            },
        );
    }
    enactment_ids.insert(e_id.clone(), (f.display.clone(), e_line));
    sink.not_empty(e_line, &e_id, "title", &e.title);
    let last_verified = sink
        .date(e_line, &e_id, &e.last_verified)
        .unwrap_or(NaiveDate::MIN);
    check_jurisdiction(&mut sink, e_line, &e_id, &e);
    let local = e.jurisdiction != "CN";
    let prefix = format!("{}.{}.", e.jurisdiction.to_ascii_lowercase(), e_id);
    let index = pack.enactments.len();
    pack.enactments.push(Enactment {
        id: e_id,
        title: e.title,
        title_en: e.title_en,
        level: e.level,
        jurisdiction: e.jurisdiction,
        city: e.city,
        local_kind: e.local_kind,
        source: e.source,
        source_quality: e.source_quality,
        last_verified,
        file: f.display.clone(),
    });
    let lines = LineIndex::new(&f.text);
    for r in raw.rule {
        let line = lines.line(r.id.span().start);
        let id = r.id.into_inner();
        if let Some((file, first_line)) = rule_ids.get(&id) {
            let what = format!("rule {id} ({file})");
            sink.at(
                line,
                &id,
                Problem::Duplicate {
                    what,
                    first_line: *first_line,
                },
            );
        }
        rule_ids.insert(id.clone(), (f.display.clone(), line));
        if !id.starts_with(&prefix) {
            sink.at(
                line,
                &id,
                Problem::Contradiction(format!("rule id must start with {prefix}")),
            );
        }
        for (field, value) in [
            ("article", &r.article),
            ("text", &r.text),
            ("summary_zh", &r.summary_zh),
            ("summary_en", &r.summary_en),
        ] {
            sink.not_empty(line, &id, field, value);
        }
        let effective_from = r
            .effective_from
            .as_deref()
            .and_then(|d| sink.date(line, &id, d));
        let effective_until = r
            .effective_until
            .as_deref()
            .and_then(|d| sink.date(line, &id, d));
        if let (Some(a), Some(b)) = (effective_from, effective_until)
            && a >= b
        {
            sink.at(line, &id, Problem::BadEffectiveDates);
        }
        let certainty_note = match (r.certainty_note_zh, r.certainty_note_en) {
            (Some(zh), Some(en)) if !zh.trim().is_empty() && !en.trim().is_empty() => {
                Some(bilingual(zh, en))
            }
            _ => None,
        };
        if r.certainty == Certainty::MayApply && certainty_note.is_none() {
            sink.at(line, &id, Problem::MissingCertaintyNote);
        }
        sink.condition(line, &id, &r.when, &pack.charges);
        let mut doubts = Vec::new();
        for d in r.doubt {
            let mut rest = d;
            let zh = take_string(&mut rest, "reason_zh");
            let en = take_string(&mut rest, "reason_en");
            let question = match rest.remove("question") {
                None => None,
                Some(toml::Value::String(fact)) => {
                    let applies_when = match rest.remove("applies_when") {
                        Some(toml::Value::Boolean(b)) => b,
                        _ => true,
                    };
                    settle(&mut sink, line, &id, pack, fact, applies_when)
                }
                Some(_) => {
                    sink.at(
                        line,
                        &id,
                        Problem::Syntax("doubt: question is a fact id".into()),
                    );
                    None
                }
            };
            match Condition::deserialize(toml::Value::Table(rest)) {
                Ok(when) => {
                    sink.condition(line, &id, &when, &pack.charges);
                    match (zh, en) {
                        (Some(zh), Some(en)) => doubts.push(Doubt {
                            when,
                            reason: bilingual(zh, en),
                            question,
                        }),
                        _ => sink.at(
                            line,
                            &id,
                            Problem::Empty("doubt reason_zh / reason_en".into()),
                        ),
                    }
                }
                Err(err) => sink.at(
                    line,
                    &id,
                    Problem::Syntax(format!("doubt: {}", err.message().trim())),
                ),
            }
        }
        let question = r
            .question
            .and_then(|q| settle(&mut sink, line, &id, pack, q.id, q.applies_when));
        if question.is_some() && r.certainty != Certainty::MayApply {
            sink.at(
                line,
                &id,
                Problem::Contradiction(
                    "a rule settled by a question has certainty = \"may_apply\" until it is answered".into(),
                ),
            );
        }
        let mut next_steps = Vec::new();
        for n in r.next_step {
            if [&n.zh, &n.en, &n.cite].iter().any(|v| v.trim().is_empty()) {
                sink.at(line, &id, Problem::Empty("next_step zh / en / cite".into()));
            }
            next_steps.push(NextStep {
                text: bilingual(n.zh, n.en),
                cite: n.cite,
            });
        }
        let higher_law = match r.higher_law {
            Some(h) => higher_law(&mut sink, line, &id, h),
            None if local => {
                sink.at(line, &id, Problem::MissingKey("higher_law".into()));
                None
            }
            None => None,
        };
        let duration = match duration(&r.duration) {
            Ok(d) => d,
            Err(msg) => {
                sink.at(line, &id, Problem::BadDuration(msg));
                Duration::WhileServing
            }
        };
        pack.rules.push(Rule {
            id,
            enactment: index,
            article: r.article,
            paragraph: r.paragraph,
            text: r.text,
            effective_from,
            effective_until,
            status: r.status,
            domain: r.domain,
            content_type: r.content_type,
            certainty: r.certainty,
            certainty_note,
            summary: bilingual(r.summary_zh, r.summary_en),
            finding: r.finding.unwrap_or(true),
            record_effect: r.record_effect,
            when: r.when,
            doubts,
            duration,
            higher_law,
            question,
            next_steps,
            keywords: r.keywords,
            file: f.display.clone(),
            line,
        });
    }
}

/// `CN`, or a province code `CN-NN` with the level `local_norm` and its kind; a city
/// code `CN-NN-XX` only under its own province.
fn check_jurisdiction(sink: &mut Sink<'_>, line: usize, id: &str, e: &RawEnactment) {
    let province = |j: &str| {
        j.strip_prefix("CN-")
            .is_some_and(|n| n.len() == 2 && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut bad = |msg: String| sink.at(line, id, Problem::Contradiction(msg));
    if e.jurisdiction == "CN" {
        if e.level == Level::LocalNorm || e.local_kind.is_some() || e.city.is_some() {
            bad("a national enactment (jurisdiction = \"CN\") has no local_kind or city and is not a local_norm".into());
        }
        return;
    }
    if !province(&e.jurisdiction) {
        bad(format!(
            "jurisdiction {:?} is neither \"CN\" nor a province code such as \"CN-31\"",
            e.jurisdiction
        ));
    }
    if e.level != Level::LocalNorm || e.local_kind.is_none() {
        bad("a local enactment needs level = \"local_norm\" and a local_kind".into());
    }
    if let Some(city) = &e.city {
        let ok = city
            .strip_prefix(&format!("{}-", e.jurisdiction))
            .is_some_and(|c| {
                (2..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_uppercase())
            });
        if !ok {
            bad(format!(
                "city {city:?} must be the province code and a city code, e.g. \"{}-SZ\"",
                e.jurisdiction
            ));
        }
    }
}

/// The higher-law analysis of a local rule: a text needs its title, article and file.
fn higher_law(sink: &mut Sink<'_>, line: usize, id: &str, h: RawHigherLaw) -> Option<HigherLaw> {
    let present = [&h.title, &h.article, &h.text, &h.text_file]
        .iter()
        .filter(|v| v.as_ref().is_some_and(|s| !s.trim().is_empty()))
        .count();
    if present != 0 && present != 4 {
        sink.at(
            line,
            id,
            Problem::Contradiction(
                "higher_law needs all of title, article, text and text_file, or none of them"
                    .into(),
            ),
        );
    }
    if h.analysis_zh.trim().is_empty() || h.analysis_en.trim().is_empty() {
        sink.at(
            line,
            id,
            Problem::Empty("higher_law analysis_zh / analysis_en".into()),
        );
    }
    if present == 0 && !h.goes_beyond {
        sink.at(
            line,
            id,
            Problem::Contradiction("a local rule with no higher law goes beyond it".into()),
        );
    }
    Some(HigherLaw {
        title: h.title,
        article: h.article,
        text: h.text,
        text_file: h.text_file,
        goes_beyond: h.goes_beyond,
        analysis: bilingual(h.analysis_zh, h.analysis_en),
    })
}

/// A reference to a fact of the question catalogue; an id the catalogue does not define
/// is an error in the rule file.
fn settle(
    sink: &mut Sink<'_>,
    line: usize,
    id: &str,
    pack: &RulePack,
    fact: String,
    applies_when: bool,
) -> Option<Settle> {
    if pack.question(&fact).is_none() {
        let known: Vec<String> = pack.questions.iter().map(|q| q.id.clone()).collect();
        sink.at(line, id, Problem::UnknownFact { name: fact, known });
        return None;
    }
    Some(Settle { fact, applies_when })
}

fn take_string(t: &mut toml::Table, key: &str) -> Option<String> {
    match t.remove(key) {
        Some(toml::Value::String(s)) if !s.trim().is_empty() => Some(s),
        _ => None,
    }
}

fn duration(d: &RawDuration) -> Result<Duration, String> {
    let from = d.from.unwrap_or(Anchor::Completion);
    let total = |y: Option<u32>, m: Option<u32>| -> Option<u32> {
        if y.is_none() && m.is_none() {
            return None;
        }
        y.unwrap_or(0).checked_mul(12)?.checked_add(m.unwrap_or(0))
    };
    let fixed = total(d.years, d.months);
    let min = total(d.min_years, d.min_months);
    let max = total(d.max_years, d.max_months);
    let no_range = min.is_none() && max.is_none();
    match d.kind.as_str() {
        "lifetime" if fixed.is_none() && no_range && d.months_from_case.is_none() => {
            Ok(Duration::Lifetime { from })
        }
        "while_serving" if fixed.is_none() && no_range && d.months_from_case.is_none() => {
            Ok(Duration::WhileServing)
        }
        "fixed" if no_range => match (fixed, d.months_from_case) {
            (Some(0), None) => Err("a fixed period of 0 months".into()),
            (Some(months), None) => Ok(Duration::Fixed { from, months }),
            (None, Some(source)) => Ok(Duration::FromCase { from, source }),
            (Some(_), Some(_)) => Err("both a period and months_from_case".into()),
            (None, None) => Err("kind = \"fixed\" needs years/months or months_from_case".into()),
        },
        "range" if fixed.is_none() && d.months_from_case.is_none() => match (min, max) {
            (Some(a), Some(b)) if a < b => Ok(Duration::Range {
                from,
                min_months: a,
                max_months: b,
            }),
            _ => Err("kind = \"range\" needs min < max".into()),
        },
        "lifetime" | "while_serving" | "fixed" | "range" => {
            Err(format!("fields that do not fit kind = {:?}", d.kind))
        }
        other => Err(format!(
            "unknown kind {other:?} (lifetime | fixed | range | while_serving)"
        )),
    }
}
