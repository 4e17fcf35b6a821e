//! `recordrights letter`: a review-suggestion letter about a local rule, read back from
//! the PDF (addressee, the provision challenged, the higher law, the legal basis of the
//! suggestion); refusals for a national law and for a rule that is not a finding.

use crate::{TempDir, call};

const BEIJING: &str = "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1990-07-15\"\nregion = \"CN-11\"\n[[conviction]]\ncharge = \"诈骗罪\"\noffence_date = \"2023-05-10\"\njudgment_date = \"2023-12-29\"\npenalty = \"fixed_term\"\nterm_months = 18\ncompleted_on = \"2025-06-30\"\n";
const STATE_SECRETS: &str = "cn-11.beijing-state-secrets-regulations.21";

/// A scratch folder holding the Beijing case, and the case's path.
fn scratch(tag: &str) -> (TempDir, String) {
    let dir = TempDir::new(&format!("letter-{tag}"));
    let case = dir.file("bj.case.toml", BEIJING.as_bytes());
    (dir, case)
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn a_letter_about_a_local_regulation_names_the_body_the_rule_and_the_basis() {
    let (dir, case) = scratch("ok");
    let pdf = dir.path("letter.pdf");
    let pdf_s = pdf.display().to_string();
    let (code, out, err) = call(&[
        "letter",
        &case,
        "--rule",
        STATE_SECRETS,
        "--pdf",
        &pdf_s,
        "--today",
        "2026-12-03",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&pdf_s), "{out}");
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    let pages =
        pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        (1..=2).contains(&pages.len()),
        "a one- or two-page letter: {} pages",
        pages.len()
    );
    let text = squash(&pages.concat());
    let pack = crate::pack();
    let rule = pack
        .rules
        .iter()
        .find(|r| r.id == STATE_SECRETS)
        .unwrap_or_else(|| panic!("no rule {STATE_SECRETS}"));
    // The addressee (Legislation Law Art. 110 para. 2 names the NPC Standing Committee).
    assert!(
        text.contains("全国人民代表大会常务委员会法制工作委员会"),
        "addressee"
    );
    // The legal basis of the suggestion, quoted verbatim.
    let basis = pack
        .reference("legislation-law.110-2")
        .unwrap_or_else(|| panic!("no reference"));
    assert!(text.contains("《中华人民共和国立法法》"), "basis cited");
    assert!(text.contains(&squash(&basis.text)), "basis quoted");
    // The provision challenged, verbatim, and the higher law it is measured against.
    assert!(text.contains(&squash(&pack.enactment_of(rule).title)));
    assert!(text.contains(&squash(&rule.text)), "challenged text");
    let higher = rule
        .higher_law
        .as_ref()
        .unwrap_or_else(|| panic!("no higher law"));
    if let (Some(title), Some(quote)) = (&higher.title, &higher.text) {
        assert!(text.contains(&squash(title)), "higher law title");
        assert!(text.contains(&squash(quote)), "higher law text");
    }
    // Blanks to fill in, and the reasons marked as argument.
    assert!(text.contains("建议人（姓名）："));
    assert!(text.contains("不是法律规定"));
    // Nothing of the case beyond what the letter needs.
    assert!(!text.contains("诈骗罪"), "the charge is not in the letter");
}

#[test]
fn the_english_letter_adds_a_marked_translation_and_the_name_given() {
    let (dir, case) = scratch("en");
    let pdf = dir.path("letter.pdf").display().to_string();
    let args = [
        "letter",
        &case,
        "--rule",
        STATE_SECRETS,
        "--pdf",
        &pdf,
        "--lang",
        "en-US",
        "--by",
        "Zhang San",
    ];
    let (code, _, err) = call(&args);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap_or_default();
    assert!(
        text.contains("建议人：Zhang San"),
        "the Chinese letter comes first"
    );
    assert!(text.contains("English translation, for the reader."));
    assert!(text.contains("To the Legislative Affairs Commission"));
}

#[test]
fn no_letter_for_a_national_law_or_a_rule_that_is_not_a_finding() {
    let (dir, case) = scratch("refused");
    let pdf = dir.path("letter.pdf");
    let pdf_s = pdf.display().to_string();
    for (rule, words) in [
        ("cn.criminal-law.100", "is a national law"),
        ("cn.physicians-law.17", "is not among this case's findings"),
        ("cn.no-such.1", "has no rule"),
    ] {
        let (code, _, err) = call(&[
            "letter", &case, "--rule", rule, "--pdf", &pdf_s, "--lang", "en-US",
        ]);
        assert_eq!(code, 2, "{rule}");
        assert!(err.contains(words), "{rule}: {err}");
        assert!(!pdf.exists(), "{rule}: nothing written");
    }
    let (code, _, err) = call(&["letter", &case, "--pdf", &pdf_s, "--lang", "en-US"]);
    assert_eq!(code, 2);
    assert!(err.contains("--rule"), "{err}");
}
