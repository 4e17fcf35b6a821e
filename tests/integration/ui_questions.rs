//! The follow-up questions on the summary, driven through the real app with
//! `egui_kittest`: an answer turns a "may apply" finding into "applies" or removes it,
//! "I don't know" puts it back, and the answer is kept in the case.

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use recordrights::app::{App, Settings, Step, fonts};
use recordrights::i18n::Lang;
use recordrights::rules::Certainty;

const CASE: &str = "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1992-12-12\"\n[[conviction]]\ncharge = \"寻衅滋事罪\"\noffence_date = \"2024-04-20\"\njudgment_date = \"2024-09-01\"\npenalty = \"fixed_term\"\nterm_months = 10\ncompleted_on = \"2025-07-01\"\n";
const RIDE_HAILING: &str = "cn.ride-hailing-interim-measures.14-3";
const VIOLENT: &str =
    "Did the conduct you were convicted for involve violence (force used against a person)?";

fn harness() -> Harness<'static, App> {
    let settings = Settings {
        lang: Lang::EnUs,
        ..Settings::default()
    };
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default();
    Harness::builder()
        .with_size([1000.0, 900.0])
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new(settings, today))
}

/// A window showing the summary of the case file `text`, opened the way a person opens
/// it (typed path, Open); the folder is returned to be removed at the end.
fn opened(tag: &str, text: &str) -> (Harness<'static, App>, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("{tag}-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("opened.case.toml");
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
    let mut h = harness();
    h.state_mut().welcome.open_path = file.display().to_string();
    h.get_by_label("Open").click();
    h.run();
    assert_eq!(h.state().step, Step::Summary);
    (h, dir)
}

/// The certainty of the ride-hailing finding, `None` when it is absent.
fn ride_hailing(h: &Harness<'static, App>) -> Option<Certainty> {
    let app = h.state();
    let pack = app.pack.as_ref().ok()?;
    let (_, a) = app.evaluate().ok()?;
    a.findings
        .iter()
        .find(|f| pack.rules[f.rule].id == RIDE_HAILING)
        .map(|f| f.certainty)
}

/// Clicks the button labelled `label` that follows the question `question` on screen
/// (scrolled into view first, then found again where it now is).
fn answer(h: &mut Harness<'static, App>, question: &str, label: &str) {
    for scroll in [true, false] {
        {
            let y = h.get_by_label(question).rect().min.y;
            let node = h
                .query_all_by_label(label)
                .filter(|b| b.rect().max.y > y)
                .min_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y))
                .unwrap_or_else(|| panic!("no {label:?} button after {question:?}"));
            if scroll {
                node.scroll_to_me();
            } else {
                node.click();
            }
        }
        h.run();
    }
}

#[test]
fn answering_a_question_settles_the_finding_and_i_dont_know_reopens_it() {
    let (mut h, dir) = opened("rr-ui-questions", CASE);

    // Unanswered: the ride-hailing bar may apply, and the question says what it settles.
    assert_eq!(ride_hailing(&h), Some(Certainty::MayApply));
    assert!(h.query_by_label(VIOLENT).is_some(), "the question is asked");
    assert!(
        h.query_all_by_label_contains("Answer 2 questions to narrow this down")
            .count()
            >= 1
    );

    // Yes: it applies, the question moves to the answers, and the case keeps the answer.
    answer(&mut h, VIOLENT, "Yes");
    assert_eq!(ride_hailing(&h), Some(Certainty::Applies));
    assert_eq!(
        h.state().answers.convictions[0].facts.get("violent"),
        Some(&true)
    );
    assert!(
        h.query_by_label(&format!("{VIOLENT} Yes.")).is_some(),
        "the answer is listed"
    );

    // I don't know: back to "may apply".
    answer(&mut h, &format!("{VIOLENT} Yes."), "I don't know");
    assert_eq!(ride_hailing(&h), Some(Certainty::MayApply));
    assert!(h.state().answers.convictions[0].facts.is_empty());

    // No: the bar is gone.
    answer(&mut h, VIOLENT, "No");
    assert_eq!(ride_hailing(&h), None);
    assert_eq!(
        h.state().answers.convictions[0].facts.get("violent"),
        Some(&false)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

const BEIJING: &str = "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1990-07-15\"\nregion = \"CN-11\"\n[[conviction]]\ncharge = \"诈骗罪\"\noffence_date = \"2023-05-10\"\njudgment_date = \"2023-12-29\"\npenalty = \"fixed_term\"\nterm_months = 18\ncompleted_on = \"2025-06-30\"\n";

#[test]
fn a_local_finding_offers_a_review_suggestion_and_the_window_writes_it() {
    let (mut h, dir) = opened("rr-ui-letter", BEIJING);
    // The state-secrets bar is for life: one line, opened into its card.
    let summary = h
        .state()
        .pack
        .as_ref()
        .ok()
        .and_then(|p| {
            p.rules
                .iter()
                .find(|r| r.id == "cn-11.beijing-state-secrets-regulations.21")
        })
        .map(|r| r.summary.en.clone())
        .unwrap_or_default();
    let line = format!("for life · {summary}");
    h.get_by_label(&line).scroll_to_me();
    h.run();
    h.get_by_label(&line).click();
    h.run();
    // Local rules say whose they are; the local regulation can be challenged, national
    // law cannot (only the local cards carry the button).
    assert!(
        h.query_all_by_label_contains("A local rule of Beijing (local regulation)")
            .count()
            >= 1
    );
    let buttons = h.query_all_by_label("Draft a review suggestion…").count();
    let pack = h
        .state()
        .pack
        .as_ref()
        .ok()
        .cloned()
        .unwrap_or_else(|| panic!("no pack"));
    let (_, a) = h.state().evaluate().unwrap_or_else(|e| panic!("{e}"));
    // Local regulations, administrative regulations and departmental rules can be
    // challenged by a review suggestion; national laws cannot.
    let draftable = a
        .findings
        .iter()
        .filter(|f| recordrights::report::letter::can_draft(&pack, f.rule))
        .count();
    let laws = a
        .findings
        .iter()
        .filter(|f| pack.enactment_of(&pack.rules[f.rule]).level == recordrights::rules::Level::Law)
        .count();
    assert!(laws > 0 && draftable < a.findings.len());
    assert!(
        buttons >= 1 && buttons <= draftable,
        "{buttons} buttons, {draftable} findings that can be challenged"
    );
    let rule = pack
        .rules
        .iter()
        .position(|r| r.id == "cn-11.beijing-state-secrets-regulations.21")
        .unwrap_or_else(|| panic!("no rule"));
    let out = dir.join("letter.pdf");
    assert_eq!(h.state().save_letter(rule, &out), Ok(()));
    let bytes = std::fs::read(&out).unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF-"));
    let national = pack
        .rules
        .iter()
        .position(|r| r.id == "cn.criminal-law.100")
        .unwrap_or_else(|| panic!("no rule"));
    assert!(
        h.state()
            .save_letter(national, &dir.join("no.pdf"))
            .is_err()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_region_is_chosen_by_name_and_the_city_is_asked_where_it_matters() {
    let mut h = harness();
    h.get_by_label("Start").click();
    h.run();
    assert_eq!(h.state().step, Step::Person);
    assert!(
        h.query_by_label("City").is_none(),
        "no city question before a province with city rules is chosen"
    );
    h.get_by_label("Where your household is registered (户籍)")
        .click();
    h.run();
    h.get_by_label("Shanghai (上海市)").scroll_to_me();
    h.run();
    h.get_by_label("Shanghai (上海市)").click();
    h.run();
    assert_eq!(h.state().answers.region, "CN-31");
    assert!(
        h.query_by_label("City").is_none(),
        "Shanghai has no city rules"
    );
    h.get_by_label("Where your household is registered (户籍)")
        .click();
    h.run();
    h.get_by_label("Guangdong (广东省)").scroll_to_me();
    h.run();
    h.get_by_label("Guangdong (广东省)").click();
    h.run();
    assert_eq!(h.state().answers.region, "CN-44");
    h.get_by_label("City").click();
    h.run();
    h.get_by_label("Shenzhen").click();
    h.run();
    assert_eq!(h.state().answers.city, "CN-44-SZ");
    // Another province clears the city, which would no longer lie in it.
    h.get_by_label("Where your household is registered (户籍)")
        .click();
    h.run();
    h.get_by_label("Beijing (北京市)").scroll_to_me();
    h.run();
    h.get_by_label("Beijing (北京市)").click();
    h.run();
    assert_eq!(h.state().answers.region, "CN-11");
    assert!(h.state().answers.city.is_empty());
}

/// "Can I work as …?": the search answers for this case, from the whole rule base.
#[test]
fn the_search_box_answers_can_i_work_as() {
    let (mut h, dir) = opened("rr-ui-search", CASE);
    let label = "Can I work as …? Type a job, licence or benefit";
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text("保安");
    h.run();
    // The security-service regulations bar anyone with a criminal punishment from being a
    // security guard (保安员), for life.
    assert!(
        h.query_all_by_label_contains("rules concern \"保安\"")
            .count()
            == 1,
        "the answer says how many rules concern the word"
    );
    assert!(
        h.query_all_by_label_contains("for life: ").count() >= 1,
        "a security-guard bar is closed for life"
    );
    // A word no rule concerns is an answer too.
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(label).type_text("florist");
    h.run();
    assert!(
        h.query_all_by_label_contains("No rule in this program concerns \"florist\"")
            .count()
            == 1
    );
    let _ = std::fs::remove_dir_all(&dir);
}

const PHYSICIAN: &str = "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1980-03-03\"\nroles = [\"physician\"]\n[[conviction]]\ncharge = \"医疗事故罪\"\noffence_date = \"2022-01-10\"\njudgment_date = \"2022-07-15\"\npenalty = \"detention\"\nterm_months = 6\ncompleted_on = \"2023-01-15\"\n";

/// A physician whose two-year bar ended: the at-a-glance block at the top says so under
/// "because of what you are now", and the ended restrictions have their own section.
#[test]
fn the_summary_opens_with_the_answer_and_lists_what_has_ended() {
    let (mut h, dir) = opened("rr-ui-glance", PHYSICIAN);
    let registration = "Your existing registration as a physician is cancelled and your certificate withdrawn; you can apply again two years after your sentence has been completed.";
    for label in [
        "AT A GLANCE",
        "Your record",
        "Key dates",
        "Because of what you are now",
        "In numbers",
    ] {
        assert!(h.query_by_label(label).is_some(), "no {label:?}");
    }
    let role_line = format!("• ended on 2025-01-15 — {registration}");
    assert!(
        h.query_by_label(&role_line).is_some(),
        "the role finding, ended"
    );
    // The at-a-glance block comes before the catalogue.
    let glance_y = h.get_by_label("AT A GLANCE").rect().min.y;
    let catalogue_y = h
        .query_all_by_label_contains("CLOSED TO YOU NOW")
        .next()
        .map(|n| n.rect().min.y)
        .unwrap_or(f32::MAX);
    assert!(glance_y < catalogue_y);
    // The ended section.
    h.get_by_label("NO LONGER RESTRICTED (OR NOT YET)")
        .scroll_to_me();
    h.run();
    assert!(
        h.query_all_by_label("Ended on 15 January 2025:").count() >= 2,
        "the physician bars"
    );
    // The client's pages, as "Print client pages…" prints them: at most two pages.
    assert!(h.query_by_label("Print client pages…").is_some());
    let bytes = h
        .state()
        .pdf_bytes_of(true)
        .unwrap_or_else(|e| panic!("{e}"));
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap_or_default();
    assert!((1..=2).contains(&pages.len()), "{} pages", pages.len());
    let full = h.state().pdf_bytes().unwrap_or_default();
    assert!(full.len() > bytes.len(), "the full report is longer");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The at-a-glance block offers the open questions, and its button brings them into view
/// (they come after the restrictions, well below the first screen).
#[test]
fn the_glance_button_brings_the_questions_into_view() {
    let (mut h, dir) = opened("rr-ui-jump", CASE);
    let title = "Answer 2 questions to narrow this down";
    let before = h.get_by_label(title).rect().min.y;
    assert!(
        before > 900.0,
        "the questions start below the window: {before}"
    );
    h.get_by_label("2 questions would make this answer more certain: answer them ↓")
        .click();
    h.run();
    let after = h.get_by_label(title).rect().min.y;
    assert!(
        (0.0..900.0).contains(&after),
        "in view after the click: {after}"
    );
    assert!(
        !h.state().summary.jump_to_questions,
        "the jump is done once"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
