//! The printed summary (`recordrights report CASE --pdf OUT.pdf`): the text layer read
//! back with a PDF parser (`pdf-extract`, `lopdf`: no system tool) has every section, the
//! dates, the cited articles and their verbatim text, the proposals marked as not law, the
//! disclaimer and the page numbers, in both languages; the page count and the font (one,
//! embedded as a subset with a ToUnicode map) are read from the PDF's objects.

use std::path::{Path, PathBuf};

use recordrights::case::Case;
use recordrights::engine;
use recordrights::i18n::{Args, Lang, Texts};
use recordrights::report::view::Apart;

use crate::{DANGEROUS_DRIVING, TempDir, call};

/// The dangerous-driving case written into `dir`.
fn dd_case(dir: &TempDir) -> String {
    dir.file("dd.case.toml", DANGEROUS_DRIVING.as_bytes())
}

const TODAY: &str = "2026-11-22";

/// The text layer the program wrote, read back with a PDF parser (no system tool):
/// the pages' texts, each ended by a form feed (as pdftotext writes them).
fn text_of(pdf: &Path) -> String {
    let bytes = std::fs::read(pdf).unwrap_or_default();
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes)
        .unwrap_or_else(|e| panic!("cannot read the text of {}: {e}", pdf.display()));
    pages.iter().map(|p| format!("{p}\u{c}")).collect()
}

fn document(pdf: &Path) -> lopdf::Document {
    lopdf::Document::load(pdf).unwrap_or_else(|e| panic!("cannot parse {}: {e}", pdf.display()))
}

fn page_count(pdf: &Path) -> usize {
    document(pdf).get_pages().len()
}

/// Without any whitespace, so that a sentence wrapped over lines still matches.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Writes the dangerous-driving summary in `lang` into a folder of its own (named by
/// `tag`) and returns the folder (kept alive), the PDF's path and its text.
fn render(tag: &str, lang: Lang, extra: &[&str]) -> (TempDir, PathBuf, String) {
    let dir = TempDir::new(tag);
    let case = dd_case(&dir);
    let pdf = dir.path("summary.pdf");
    let pdf_arg = pdf.display().to_string();
    let mut args = vec![
        "report",
        case.as_str(),
        "--pdf",
        pdf_arg.as_str(),
        "--today",
        TODAY,
        "--lang",
        lang.tag(),
    ];
    args.extend_from_slice(extra);
    let (code, out, err) = call(&args);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&pdf_arg), "{out}");
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let text = text_of(&pdf);
    (dir, pdf, text)
}

/// The assessment of the dangerous-driving case on 2026-11-22.
fn dd_assessment() -> engine::Assessment {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    Case::parse_resolved(crate::pack(), "dd.case.toml", DANGEROUS_DRIVING)
        .and_then(|case| engine::assess(&case, day))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The number of rules in force that matter only if the person is accused again.
fn future_count() -> usize {
    recordrights::report::view::listed_apart(crate::pack(), &dd_assessment(), Apart::FutureCase)
        .len()
}

/// The number of restrictions in force, as the summary counts them (without the rules
/// that matter only in a future case, which have their own section).
fn active_count() -> usize {
    recordrights::report::view::closed_now(crate::pack(), &dd_assessment()).len()
}

/// Checks shared by both languages: every section in order, the footers, the appendix
/// with the verbatim text of Art. 26 of the Civil Servant Law, the disclaimer.
fn check_sections(lang: Lang, pdf: &Path, text: &str) {
    let t = Texts::get(lang);
    let flat = squash(text);
    assert!(
        !text.contains("[pdf-") && !text.contains("[report-"),
        "a message is missing"
    );
    let headings = [
        t.plain("pdf-title"),
        t.msg("report-closed-now", &Args::new().with("n", active_count())),
        t.plain("report-reopening"),
        t.plain("report-for-life"),
        t.msg("report-future-case", &Args::new().with("n", future_count())),
        t.plain("report-record"),
        t.plain("report-proposals"),
        t.plain("report-not-restricted"),
        t.plain("pdf-timeline-title"),
        t.plain("pdf-appendix"),
        t.plain("pdf-articles"),
        t.plain("report-assumptions"),
        t.plain("pdf-disclaimer-title"),
    ];
    let mut at = 0;
    for h in &headings {
        let found = flat[at..].find(&squash(h));
        assert!(found.is_some(), "{lang}: no heading {h:?} after byte {at}");
        at += found.unwrap_or(0);
    }
    for id in [
        "pdf-prepared-for",
        "pdf-prepared-by",
        "pdf-notes",
        "report-not-advice",
        "report-proposals-note",
        "pdf-proposal-badge",
        "pdf-disclaimer",
    ] {
        assert!(
            flat.contains(&squash(&t.plain(id))),
            "{lang}: {id} is missing"
        );
    }
    assert!(
        flat.contains(&squash(
            &t.msg(
                "pdf-as-of",
                &Args::new()
                    .with("date", TODAY)
                    .with("version", crate::pack().version.clone()),
            )
        )),
        "{lang}: the as-of line"
    );

    // Pages: at least two, numbered "N of M" on every page.
    let pages = page_count(pdf);
    assert!(pages >= 2, "{lang}: {pages} pages");
    for n in 1..=pages {
        let footer = t.msg("pdf-page", &Args::new().with("n", n).with("total", pages));
        assert!(text.contains(&footer), "{lang}: no footer {footer:?}");
    }
    assert_eq!(
        text.matches('\u{c}').count(),
        pages,
        "{lang}: one form feed per page"
    );

    // The appendix quotes Art. 26 of the Civil Servant Law verbatim.
    let appendix = flat
        .find(&squash(&t.plain("pdf-articles")))
        .unwrap_or(flat.len());
    let rule = crate::pack()
        .rules
        .iter()
        .find(|r| r.id == "cn.civil-servant-law.26")
        .unwrap_or_else(|| panic!("no rule cn.civil-servant-law.26"));
    assert!(rule.text.starts_with("下列人员不得录用为公务员"));
    for line in rule.text.lines().filter(|l| !l.trim().is_empty()) {
        assert!(
            flat[appendix..].contains(&squash(line)),
            "{lang}: the appendix lacks {line:?}"
        );
    }
}

/// The line of the extracted text that holds all of `parts`.
fn line_with<'a>(text: &'a str, parts: &[&str]) -> Option<&'a str> {
    text.lines().find(|l| parts.iter().all(|p| l.contains(p)))
}

#[test]
fn pdf_report_in_chinese_has_every_section_date_and_article() {
    let (_dir, pdf, text) = render(
        "zh",
        Lang::ZhCn,
        &[
            "--for",
            "张三（档案号 2026-017）",
            "--by",
            "某某县法律援助中心 李律师",
        ],
    );
    check_sections(Lang::ZhCn, &pdf, &text);
    let physician = line_with(&text, &["2027-01-10", "中华人民共和国医师法 第16条"]);
    assert!(
        physician.is_some(),
        "the physician's date and article:\n{text}"
    );
    assert!(
        line_with(&text, &["中华人民共和国公务员法 第26条"]).is_some(),
        "the Civil Servant Law"
    );
    assert!(text.contains("第1页，共"));
    assert!(text.contains("张三（档案号 2026-017）"));
    assert!(text.contains("某某县法律援助中心 李律师"));
    assert!(text.contains("建议——不是法律"));
    assert!(text.contains("免责声明"));
    // Kinsoku: no extracted line starts with closing punctuation.
    for line in text.lines() {
        let first = line.trim_start().chars().next();
        assert!(
            !matches!(
                first,
                Some('，' | '。' | '、' | '；' | '：' | '？' | '！' | '）')
            ),
            "a line starts with closing punctuation: {line:?}"
        );
    }
}

#[test]
fn pdf_report_in_english_has_every_section_date_and_article() {
    let (_dir, pdf, text) = render(
        "en",
        Lang::EnUs,
        &[
            "--notes",
            "Check the licence revocation date with the traffic police.",
        ],
    );
    check_sections(Lang::EnUs, &pdf, &text);
    // The English title first, with the official Chinese one (a label may wrap).
    assert!(
        line_with(&text, &["2027-01-10", "Physicians Law"]).is_some(),
        "{text}"
    );
    assert!(squash(&text).contains(&squash(
        "Physicians Law of the People's Republic of China (中华人民共和国医师法), Art. 16"
    )));
    assert!(squash(&text).contains(&squash(
        "Civil Servant Law of the People's Republic of China (中华人民共和国公务员法), Art. 26"
    )));
    assert!(text.contains("page 1 of "));
    assert!(text.contains("PROPOSAL — NOT LAW"));
    assert!(text.contains("DISCLAIMER"));
    assert!(squash(&text).contains(&squash(
        "Check the licence revocation date with the traffic police."
    )));
    // The English summary cites the law by its Chinese title and gives the English one
    // in the appendix.
    assert!(text.contains("Civil Servant Law of the People's Republic of China"));
}

#[test]
fn pdf_report_embeds_the_font_as_a_subset() {
    let (_dir, pdf, _) = render("fonts", Lang::ZhCn, &[]);
    let doc = document(&pdf);
    let name = |o: &lopdf::Object| o.as_name().map(|n| String::from_utf8_lossy(n).into_owned());
    let fonts: Vec<&lopdf::Dictionary> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").ok().and_then(|t| name(t).ok()).as_deref() == Some("Font"))
        .collect();
    // krilla writes a Type0 font with one CID descendant; only the Type0 is a font the
    // text uses.
    let type0: Vec<&&lopdf::Dictionary> = fonts
        .iter()
        .filter(|d| d.get(b"Subtype").ok().and_then(|t| name(t).ok()).as_deref() == Some("Type0"))
        .collect();
    assert_eq!(type0.len(), 1, "one font: {fonts:?}");
    let base = type0[0]
        .get(b"BaseFont")
        .ok()
        .and_then(|b| name(b).ok())
        .unwrap_or_default();
    assert!(base.contains("NotoSansCJKsc"), "{base}");
    // Subset fonts carry a six-letter tag before a plus sign.
    assert!(
        base.split('+')
            .next()
            .is_some_and(|tag| tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase())),
        "{base}"
    );
    assert!(type0[0].get(b"ToUnicode").is_ok(), "a ToUnicode map");
    let embedded = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .any(|d| {
            d.get(b"Type").ok().and_then(|t| name(t).ok()).as_deref() == Some("FontDescriptor")
                && ["FontFile", "FontFile2", "FontFile3"]
                    .iter()
                    .any(|k| d.get(k.as_bytes()).is_ok())
        });
    assert!(embedded, "the font program is embedded");
    let size = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
    assert!(
        size < 1_000_000,
        "the embedded font is a subset, not the whole font: {size} bytes"
    );
}

#[test]
fn pdf_report_is_private_keeps_a_backup_and_is_reproducible() {
    let dir = TempDir::new("store");
    let case = dd_case(&dir);
    let pdf = dir.path("out.pdf");
    let p = pdf.display().to_string();
    let args = ["report", &case, "--pdf", &p, "--today", TODAY];
    assert_eq!(call(&args).0, 0);
    let first = std::fs::read(&pdf).unwrap_or_default();
    assert_eq!(call(&args).0, 0);
    assert_eq!(
        std::fs::read(&pdf).unwrap_or_default(),
        first,
        "same input, same bytes"
    );
    assert!(recordrights::store::backup_path(&pdf).exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pdf)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0);
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn pdf_report_usage_and_input_errors_exit_2_and_write_nothing() {
    let dir = TempDir::new("errors");
    let case = dd_case(&dir);
    let pdf = dir.path("never.pdf");
    let p = pdf.display().to_string();
    // No --pdf.
    let (code, _, err) = call(&["report", &case, "--lang", "en-US"]);
    assert_eq!(code, 2);
    assert!(err.contains("--pdf"), "{err}");
    // No case file.
    let (code, _, _) = call(&["report", "--pdf", &p]);
    assert_eq!(code, 2);
    // A broken case file names the file and the line.
    let bad = dir.path("bad.case.toml");
    std::fs::write(&bad, DANGEROUS_DRIVING.replace("2024-11-10", "2024-13-10")).unwrap_or_default();
    let (code, _, err) = call(&["report", &bad.display().to_string(), "--pdf", &p]);
    assert_eq!(code, 2);
    assert!(err.contains("bad.case.toml"), "{err}");
    // A folder that does not exist.
    let nowhere = dir.path("no/such/folder/out.pdf").display().to_string();
    let (code, _, err) = call(&["report", &case, "--pdf", &nowhere, "--lang", "en-US"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot write"), "{err}");
    assert!(!pdf.exists());
}

/// Page 1 holds the at-a-glance block; restrictions that have ended have their own
/// section (a physician whose two-year bar ended finds that news in the PDF).
#[test]
fn page_one_is_the_answer_and_ended_restrictions_are_listed() {
    const PHYSICIAN: &str = "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1980-03-03\"\nroles = [\"physician\"]\n[[conviction]]\ncharge = \"医疗事故罪\"\noffence_date = \"2022-01-10\"\njudgment_date = \"2022-07-15\"\npenalty = \"detention\"\nterm_months = 6\ncompleted_on = \"2023-01-15\"\n";
    let dir = TempDir::new("glance");
    let case = dir.path("physician.case.toml");
    std::fs::write(&case, PHYSICIAN).unwrap_or_else(|e| panic!("{e}"));
    let pdf = dir.path("summary.pdf");
    let (case_s, pdf_s) = (case.display().to_string(), pdf.display().to_string());
    let args = [
        "report",
        &case_s,
        "--pdf",
        &pdf_s,
        "--today",
        "2026-12-03",
        "--lang",
        "en-US",
    ];
    let (code, _, err) = call(&args);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap_or_default();
    let first = squash(pages.first().map_or("", String::as_str));
    for part in [
        "ATAGLANCE",
        "Yourrecord",
        "Keydates",
        "2028-01-15",
        "Becauseofwhatyouarenow",
        "endedon2025-01-15",
        "Innumbers",
    ] {
        assert!(first.contains(part), "page 1 lacks {part:?}");
    }
    let all = squash(&pages.concat());
    assert!(all.contains("NOLONGERRESTRICTED"), "the ended section");
    assert!(all.contains(&squash(
        "Ended on 2025-01-15: Your existing registration as a physician is cancelled"
    )));
}

/// `--client-summary`: the pages to hand over (at most two, in both languages), with the
/// whole at-a-glance block on page 1 and the disclaimer, without the catalogue and the
/// statute texts.
#[test]
fn the_client_summary_is_at_most_two_pages() {
    for lang in [Lang::ZhCn, Lang::EnUs] {
        let t = Texts::get(lang);
        let (_dir, pdf, text) = render(
            &format!("client-{}", lang.tag()),
            lang,
            &["--client-summary"],
        );
        let pages = page_count(&pdf);
        assert!((1..=2).contains(&pages), "{lang}: {pages} pages");
        let first = squash(text.split('\u{c}').next().unwrap_or_default());
        for id in [
            "glance-title",
            "glance-record",
            "glance-dates",
            "glance-counts-title",
        ] {
            assert!(
                first.contains(&squash(&t.plain(id))),
                "{lang}: page 1 lacks {id}"
            );
        }
        // The full report opens with the same block, whole on page 1.
        let (_d, _p, full) = render(&format!("full-{}", lang.tag()), lang, &[]);
        let full_first = squash(full.split('\u{c}').next().unwrap_or_default());
        assert!(
            full_first.contains(&squash(&t.plain("glance-counts-title"))),
            "{lang}: the at-a-glance block ends on page 1 of the full report"
        );
        let all = squash(&text);
        assert!(all.contains(&squash(&t.plain("pdf-disclaimer-title"))));
        assert!(
            !all.contains(&squash(&t.plain("pdf-articles"))),
            "{lang}: no appendix in the client summary"
        );
    }
}
