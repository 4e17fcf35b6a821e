//! Unit tests of the printed summary: wrapping under the kinsoku rules, the margins and
//! the page body, notes flowing over pages, deterministic output.

use chrono::NaiveDate;

use super::style::{CONTENT_W, FOOTER_BASELINE, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H};
use super::wrap::{NO_LINE_END, NO_LINE_START};
use super::*;
use crate::case::Case;

use crate::case::EXAMPLE as DANGEROUS_DRIVING;

fn assessment() -> (RulePack, Assessment) {
    let pack = RulePack::embedded().unwrap_or_else(|e| panic!("{e}"));
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    let a = Case::parse_resolved(&pack, "dd.case.toml", DANGEROUS_DRIVING)
        .and_then(|case| crate::engine::assess(&case, day))
        .unwrap_or_else(|e| panic!("{e}"));
    (pack, a)
}

fn measure() -> Measure {
    Measure::new().unwrap_or_else(|e| panic!("{e}"))
}

/// Text dense with the punctuation that may not start or end a line.
fn chinese_samples() -> Vec<String> {
    let t = Texts::get(Lang::ZhCn);
    let mut v: Vec<String> = [
        "report-not-restricted-body",
        "pdf-disclaimer",
        "pdf-timeline-help",
    ]
    .iter()
    .map(|id| t.plain(id))
    .collect();
    v.push("甲，乙。丙、丁；戊：己？庚！（辛）「壬」『癸』，。".repeat(12));
    v.push("下列人员不得录用为公务员：（一）因犯罪受过刑事处罚的；（二）被开除中国共产党党籍的；（三）被开除公职的。".repeat(3));
    v
}

/// A missing message shows as `[its-id]`.
fn names_a_missing_id(text: &str) -> bool {
    text.split('[').skip(1).any(|rest| {
        rest.split_once(']').is_some_and(|(id, _)| {
            !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
    })
}

#[test]
fn no_wrapped_line_starts_with_closing_punctuation() {
    let m = measure();
    let samples = chinese_samples();
    let n = samples.len();
    for (k, text) in samples.into_iter().enumerate() {
        let adversarial = k + 2 >= n;
        let mut width = 40.0;
        while width < 420.0 {
            let lines = m.wrap(&text, 10.0, width);
            for (i, line) in lines.iter().enumerate() {
                let first = line.chars().next();
                assert!(
                    i == 0 || !first.is_some_and(|c| NO_LINE_START.contains(&c)),
                    "width {width}: line {i} starts with closing punctuation: {line:?}"
                );
                assert!(
                    !line.starts_with('，') && !line.starts_with('。') || i == 0,
                    "{line:?}"
                );
                let last = line.chars().next_back();
                assert!(
                    i + 1 == lines.len() || !last.is_some_and(|c| NO_LINE_END.contains(&c)),
                    "width {width}: line {i} ends with opening punctuation: {line:?}"
                );
                // Only runs locked by the punctuation rules may overflow.
                assert!(
                    adversarial || m.width(line, 10.0) <= width + 0.01,
                    "width {width}: line too wide: {line:?}"
                );
            }
            assert_eq!(
                lines.concat(),
                text,
                "nothing lost or added at width {width}"
            );
            width += 7.0;
        }
    }
}

#[test]
fn english_breaks_between_words_and_newlines_always_break() {
    let m = measure();
    let text = "Most private employment has no legal bar: only the jobs listed above are closed.\n\nSecond paragraph.";
    let lines = m.wrap(text, 10.0, 150.0);
    let words: Vec<&str> = text.split_whitespace().collect();
    for line in &lines {
        for w in line.split_whitespace() {
            assert!(words.contains(&w), "a word was split: {w:?} in {lines:?}");
        }
    }
    assert!(
        lines.contains(&String::new()),
        "the blank line stays: {lines:?}"
    );
    assert_eq!(lines.last().map(String::as_str), Some("Second paragraph."));
    // A run without any break opportunity is cut rather than overflowing.
    let long = "x".repeat(200);
    let cut = m.wrap(&long, 10.0, 100.0);
    assert!(cut.len() > 1 && cut.concat() == long);
}

#[test]
fn the_summary_has_no_line_starting_with_closing_punctuation_and_fits_the_page() {
    let (pack, a) = assessment();
    let m = measure();
    for lang in Lang::ALL {
        let options = PdfOptions {
            lang,
            notes: Some("当事人希望报考医师资格；请核实吊销驾驶证的日期。".repeat(4)),
            ..PdfOptions::default()
        };
        let pages = pages(&pack, &a, &options).unwrap_or_else(|e| panic!("{e}"));
        assert!(pages.len() >= 2, "{lang}: {} pages", pages.len());
        for (p, ops) in pages.iter().enumerate() {
            for op in ops {
                if let Op::Text {
                    x, y, size, text, ..
                } = op
                {
                    let first = text.chars().next();
                    assert!(
                        !first.is_some_and(|c| NO_LINE_START.contains(&c)),
                        "{lang} page {}: {text:?}",
                        p + 1
                    );
                    assert!(
                        !names_a_missing_id(text),
                        "{lang}: a message is missing: {text:?}"
                    );
                    let right = x + m.width(text, *size);
                    assert!(
                        *x >= MARGIN_X - 0.01 && right <= MARGIN_X + CONTENT_W + 0.5,
                        "{lang} page {}: outside the margins: {text:?} ({x}..{right})",
                        p + 1
                    );
                    let in_body = *y > MARGIN_TOP && *y <= PAGE_H - MARGIN_BOTTOM;
                    assert!(
                        in_body || (*y - FOOTER_BASELINE).abs() < 0.01,
                        "{lang} page {}: {text:?} at y = {y}",
                        p + 1
                    );
                }
            }
        }
    }
}

#[test]
fn notes_longer_than_a_page_flow_over_pages() {
    let (pack, a) = assessment();
    let short = PdfOptions::default();
    let long = PdfOptions {
        notes: Some("A note for the file that goes on and on.\n".repeat(150)),
        ..PdfOptions::default()
    };
    let n_short = pages(&pack, &a, &short).map(|p| p.len()).unwrap_or(0);
    let laid = pages(&pack, &a, &long).unwrap_or_else(|e| panic!("{e}"));
    assert!(laid.len() >= n_short + 2, "{} vs {n_short}", laid.len());
    let notes_lines: usize = laid
        .iter()
        .flatten()
        .filter(|op| matches!(op, Op::Text { text, .. } if text.starts_with("A note for")))
        .count();
    assert_eq!(notes_lines, 150, "every line of the notes is printed once");
}

#[test]
fn render_is_deterministic_and_starts_like_a_pdf() {
    let (pack, a) = assessment();
    let options = PdfOptions::default();
    let one = render(&pack, &a, &options).unwrap_or_else(|e| panic!("{e}"));
    let two = render(&pack, &a, &options).unwrap_or_else(|e| panic!("{e}"));
    assert!(one.starts_with(b"%PDF-"));
    assert_eq!(one, two);
}
