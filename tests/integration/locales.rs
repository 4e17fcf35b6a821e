//! Every message exists in every language with the same variables, and every message
//! id the program builds from its enums exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use recordrights::i18n::{FILES, Lang, Texts, sources};

fn variables_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => variables_of_inline(i, out),
    }
}

fn variables_of_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        _ => {}
    }
}

/// Message id → variables, for one file of one language.
fn messages(src: &str, what: &str) -> BTreeMap<String, BTreeSet<String>> {
    let res = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((_, errs)) => panic!("{what} does not parse: {errs:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                variables_of_pattern(v, &mut vars);
            }
            assert!(
                out.insert(m.id.name.to_owned(), vars).is_none(),
                "{what}: {} defined twice",
                m.id.name
            );
        }
    }
    out
}

#[test]
fn every_message_in_both_languages_with_the_same_variables() {
    let zh = sources(Lang::ZhCn);
    let en = sources(Lang::EnUs);
    let mut problems = Vec::new();
    for (i, file) in FILES.iter().enumerate() {
        let z = messages(zh[i], &format!("zh-CN/{file}.ftl"));
        let e = messages(en[i], &format!("en-US/{file}.ftl"));
        assert!(!z.is_empty() && !e.is_empty(), "{file}.ftl is empty");
        for (id, vars) in &e {
            match z.get(id) {
                None => problems.push(format!("zh-CN/{file}.ftl lacks {id}")),
                Some(zv) if zv != vars => problems.push(format!(
                    "{file}.ftl {id}: en-US uses {vars:?}, zh-CN {zv:?}"
                )),
                _ => {}
            }
        }
        for id in z.keys().filter(|id| !e.contains_key(*id)) {
            problems.push(format!("en-US/{file}.ftl lacks {id}"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_locale_folders_hold_exactly_the_embedded_files() {
    for lang in Lang::ALL {
        let dir = crate::root().join("locales").join(lang.tag());
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        on_disk.sort();
        let mut embedded: Vec<String> = FILES.iter().map(|f| format!("{f}.ftl")).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded, "{}", dir.display());
    }
}

#[test]
fn ids_built_from_enums_exist() {
    use recordrights::case::{Penalty, Role};
    use recordrights::catalogue::Tag;
    use recordrights::error::TomlSlip;
    use recordrights::report::view::Apart;
    use recordrights::rules::{Domain, DurationKind, Level};
    let mut ids: Vec<String> = Vec::new();
    ids.extend(
        Penalty::ALL
            .iter()
            .map(|p| format!("penalty-{}", p.key().replace('_', "-"))),
    );
    ids.extend(
        Role::ALL
            .iter()
            .map(|r| format!("role-{}", r.key().replace('_', "-"))),
    );
    ids.extend(
        Tag::ALL
            .iter()
            .map(|t| format!("tag-{}", t.key().replace('_', "-"))),
    );
    ids.extend(Domain::ALL.iter().map(|d| format!("domain-{}", d.key())));
    ids.extend(
        Level::ALL
            .iter()
            .map(|l| format!("level-{}", l.key().replace('_', "-"))),
    );
    ids.extend(
        DurationKind::ALL
            .iter()
            .map(|d| format!("duration-{}", d.key().replace('_', "-"))),
    );
    ids.extend(TomlSlip::ALL.iter().map(|s| s.message_id().to_owned()));
    for why in Apart::ALL {
        let k = why.key();
        ids.extend([
            format!("report-{k}"),
            format!("report-{k}-note"),
            format!("summary-{k}"),
            format!("glance-counts-{k}"),
        ]);
    }
    ids.extend(
        ["petty", "minor", "serious"]
            .iter()
            .map(|s| format!("severity-{s}")),
    );
    ids.extend(
        ["intentional", "negligent"]
            .iter()
            .map(|f| format!("fault-{f}")),
    );
    for lang in Lang::ALL {
        let t = Texts::get(lang);
        let missing: Vec<&String> = ids.iter().filter(|id| !t.has(id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn ids_named_in_the_source_exist() {
    // Every literal that looks like a message id ("report-…", "error-…") in src/.
    let mut missing = Vec::new();
    let mut stack = vec![crate::root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for piece in text.split('"').skip(1).step_by(2) {
                let prefixes = [
                    "report-",
                    "record-",
                    "proposal-",
                    "assumption-",
                    "cli-",
                    "rules-",
                    "error-",
                    "because-",
                    "certainty-",
                    "time-",
                    "article",
                ];
                let looks_like_id = prefixes.iter().any(|p| piece.starts_with(p))
                    && piece.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && !piece.ends_with('-');
                if looks_like_id {
                    for lang in Lang::ALL {
                        if !Texts::get(lang).has(piece) {
                            missing.push(format!("{lang}: {piece} ({})", path.display()));
                        }
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
