//! UI flows through the real app with `egui_kittest`, driven by visible labels.

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use recordrights::app::{App, Settings, Step, fonts};
use recordrights::i18n::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

fn harness(lang: Lang) -> Harness<'static, App> {
    let settings = Settings {
        lang,
        ..Settings::default()
    };
    Harness::builder()
        .with_size([1000.0, 900.0])
        .with_context_setup(fonts::install)
        .build_ui_state(
            |ui, app: &mut App| app.show(ui),
            App::new(settings, today()),
        )
}

fn type_into(h: &mut Harness<'static, App>, label: &str, text: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Fills the dangerous-driving case of the core issue through the screens.
fn fill_dangerous_driving(h: &mut Harness<'static, App>) {
    click(h, "Start");
    assert_eq!(h.state().step, Step::Person);
    type_into(h, "Date of birth", "1990-05-01");
    click(h, "Next →");
    assert_eq!(h.state().step, Step::Conviction);
    type_into(h, "Search", "133-1");
    click(h, "危险驾驶罪 — Art. 133-1, chapter 2");
    type_into(h, "Date of the offence", "2024-09-01");
    type_into(h, "Date the judgment took effect", "2024-11-10");
    click(h, "Next →");
    assert_eq!(h.state().step, Step::Sentence);
    click(h, "criminal detention (拘役)");
    h.get_by_label("months").set_value_accesskit(2.0);
    h.run();
    type_into(h, "Day the sentence (or probation) ended", "2025-01-10");
    click(h, "Next →");
    assert_eq!(
        h.state().step,
        Step::Review,
        "{:?}",
        h.state().step_problems(Step::Sentence)
    );
    click(h, "See what applies to me →");
    assert_eq!(h.state().step, Step::Summary);
}

#[test]
fn dangerous_driving_through_the_screens() {
    let mut h = harness(Lang::EnUs);
    fill_dangerous_driving(&mut h);
    let physician = "You cannot register as a physician until two years after your sentence has been completed.";
    assert!(h.query_all_by_label(physician).count() >= 1);
    assert!(
        h.query_all_by_label("until 10 January 2027").count() >= 1,
        "the physician bar ends on 2027-01-10"
    );
    let ends = h.state().evaluate().ok().and_then(|(_, a)| {
        let pack = h.state().pack.as_ref().ok()?;
        a.findings
            .iter()
            .find(|f| pack.rules[f.rule].id == "cn.physicians-law.16")
            .and_then(|f| f.ends_on)
    });
    assert_eq!(ends, NaiveDate::from_ymd_opt(2027, 1, 10));
    // Restrictions for life are one line each, opened into the card on a click.
    let line = "for life · You can never be recruited as a civil servant.";
    assert!(h.query_by_label(line).is_some());
    assert!(
        h.query_by_label("You can never be recruited as a civil servant.")
            .is_none(),
        "the card is closed"
    );
    click(&mut h, line);
    assert!(
        h.query_by_label("You can never be recruited as a civil servant.")
            .is_some(),
        "the card opens"
    );
    assert!(h.query_all_by_label("PROPOSAL — NOT LAW").count() >= 1);
    assert_eq!(h.state().answers.convictions[0].term(), 2);
    // A rule for a status the questionnaire does not ask about (a Hong Kong legislator's
    // seat) is listed apart, in a section that starts closed.
    let legco = "If you are a member of the Hong Kong Legislative Council";
    assert!(
        h.query_by_label_contains(legco).is_none(),
        "listed apart, closed"
    );
    let header = "If you hold one of these now (";
    h.get_by_label_contains(header).scroll_to_me();
    h.run();
    h.get_by_label_contains(header).click();
    h.run();
    assert!(
        h.query_by_label_contains(legco).is_some(),
        "the section opens"
    );
}

#[test]
fn back_keeps_the_answers() {
    let mut h = harness(Lang::EnUs);
    click(&mut h, "Start");
    type_into(&mut h, "Date of birth", "1990-05-01");
    click(&mut h, "Next →");
    type_into(&mut h, "Search", "危险");
    click(&mut h, "危险驾驶罪 — Art. 133-1, chapter 2");
    click(&mut h, "← Back");
    assert_eq!(h.state().step, Step::Person);
    click(&mut h, "Next →");
    assert_eq!(h.state().answers.birth_date, "1990-05-01");
    assert_eq!(h.state().answers.convictions[0].charge, "危险驾驶罪");
    assert!(
        h.query_by_label("Chosen: 危险驾驶罪 (Criminal Law Art. 133-1, chapter 2)")
            .is_some()
    );
}

#[test]
fn invalid_dates_block_next_with_the_reason() {
    let mut h = harness(Lang::EnUs);
    click(&mut h, "Start");
    type_into(&mut h, "Date of birth", "1990-05-01");
    click(&mut h, "Next →");
    type_into(&mut h, "Search", "盗窃");
    click(&mut h, "盗窃罪 — Art. 264, chapter 5");
    type_into(&mut h, "Date of the offence", "2024-09-01");
    type_into(&mut h, "Date the judgment took effect", "2024-08-01");
    click(&mut h, "Next →");
    assert_eq!(h.state().step, Step::Conviction, "Next must be refused");
    assert!(
        h.query_by_label("⚠ the judgment date is before the offence date")
            .is_some()
    );
    assert!(
        h.query_by_label("⚠ Please fix the problem shown above before going on.")
            .is_some()
    );
}

#[test]
fn switching_language_changes_the_text() {
    let mut h = harness(Lang::EnUs);
    assert!(h.query_by_label("Start").is_some());
    click(&mut h, "中文");
    assert_eq!(h.state().settings.lang, Lang::ZhCn);
    assert!(h.query_by_label("开始").is_some());
    assert!(h.query_by_label("Start").is_none());
    click(&mut h, "English");
    assert!(h.query_by_label("Start").is_some());
}

#[test]
fn the_charge_picker_finds_by_article_and_by_name() {
    let mut h = harness(Lang::ZhCn);
    click(&mut h, "开始");
    type_into(&mut h, "出生日期", "1990-05-01");
    click(&mut h, "下一步 →");
    type_into(&mut h, "搜索", "133-1");
    assert!(
        h.query_by_label("危险驾驶罪 — 第133条之一，第2章")
            .is_some()
    );
    assert!(h.query_by_label("盗窃罪 — 第264条，第5章").is_none());
}

#[test]
fn idle_means_idle() {
    let mut h = harness(Lang::EnUs);
    fill_dangerous_driving(&mut h);
    h.step();
    assert!(
        !h.ctx.has_requested_repaint(),
        "the summary asks for repaints while nothing changes"
    );
}

#[test]
fn a_saved_case_opens_from_the_welcome_screen_and_a_bad_one_is_refused() {
    let dir = std::env::temp_dir().join(format!("rr-ui-open-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let good = dir.join("good.case.toml");
    let bad = dir.join("bad.case.toml");
    let case = "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1990-05-01\"\n[[conviction]]\ncharge = \"危险驾驶罪\"\noffence_date = \"2024-09-01\"\njudgment_date = \"2024-11-10\"\npenalty = \"detention\"\nterm_months = 2\n";
    let _ = std::fs::write(&good, case);
    let _ = std::fs::write(&bad, case.replace("2024-11-10", "2024-08-10"));
    let mut h = harness(Lang::EnUs);
    type_into(&mut h, "Case file", &bad.display().to_string());
    click(&mut h, "Open");
    assert_eq!(h.state().step, Step::Welcome);
    let message = format!(
        "⚠ {}:7: conviction[1].judgment_date: the judgment date is before the offence date",
        bad.display()
    );
    assert!(
        h.query_by_label(&message).is_some(),
        "the dialog names the file, line and problem"
    );
    assert!(h.query_by_label("Open another file…").is_some());
    assert!(
        h.state().answers.convictions[0].charge.is_empty(),
        "nothing was changed"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        !h.state().welcome.open_error_dialog,
        "Esc closes the dialog"
    );
    assert!(
        h.query_by_label(&message).is_some(),
        "the message stays on the welcome screen"
    );
    h.state_mut().welcome.open_path = good.display().to_string();
    click(&mut h, "Open");
    assert_eq!(h.state().step, Step::Summary);
    assert_eq!(h.state().answers.convictions[0].charge, "危险驾驶罪");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_text_of_the_law_opens_and_escape_closes_it() {
    let mut h = harness(Lang::EnUs);
    fill_dangerous_driving(&mut h);
    click(
        &mut h,
        "for life · You can never be recruited as a civil servant.",
    );
    click(
        &mut h,
        "Civil Servant Law of the People's Republic of China (中华人民共和国公务员法), Art. 26",
    );
    assert!(h.state().summary.text_open.is_some());
    assert!(
        h.query_all_by_label_contains("（一）因犯罪受过刑事处罚的；")
            .count()
            >= 1,
        "the verbatim text is shown"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().summary.text_open.is_none(), "Esc closes the text");
}

#[test]
fn text_size_and_theme_buttons() {
    let mut h = harness(Lang::EnUs);
    let before = h.state().settings.zoom;
    click(&mut h, "A+");
    assert!(h.state().settings.zoom > before);
    click(&mut h, "A−");
    assert!((h.state().settings.zoom - before).abs() < 1e-3);
    let dark = h.ctx.theme() == egui::Theme::Dark;
    click(&mut h, if dark { "Light theme" } else { "Dark theme" });
    assert_eq!(h.state().settings.dark, Some(!dark));
}

#[test]
fn a_saved_case_reopens_with_the_same_assessment() {
    let dir = std::env::temp_dir().join(format!("rr-ui-save-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("client.case.toml");
    let mut h = harness(Lang::EnUs);
    assert!(
        h.state_mut().save_to(&path).is_err(),
        "incomplete answers are not saved"
    );
    assert!(!path.exists());
    fill_dangerous_driving(&mut h);
    let before = h.state().evaluate().ok().map(|(_, a)| a);
    assert_eq!(h.state_mut().save_to(&path), Ok(()));
    let mut again = harness(Lang::EnUs);
    again.state_mut().welcome.open_path = path.display().to_string();
    again.run();
    click(&mut again, "Open");
    assert_eq!(again.state().step, Step::Summary);
    assert_eq!(again.state().evaluate().ok().map(|(_, a)| a), before);
    assert_eq!(
        again.state().settings.recent.first(),
        Some(&path.display().to_string())
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn data_dir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("rr-ui-data-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn the_client_list_saves_opens_duplicates_and_deletes_with_confirmation() {
    let dir = data_dir("clients");
    let mut h = harness(Lang::EnUs);
    h.state_mut().data_dir = Some(dir.clone());
    h.run();
    fill_dangerous_driving(&mut h);
    type_into(&mut h, "Client label", "2026-117");
    type_into(&mut h, "Notes", "first consultation");
    click(&mut h, "Save to the client list");
    assert_eq!(
        h.state().notice.as_deref(),
        Some("Saved 2026-117 to the client list.")
    );
    click(&mut h, "Start again");
    click(&mut h, "Client list…");
    assert!(h.query_by_label("first consultation").is_some());
    click(&mut h, "Duplicate 2026-117");
    assert!(h.query_by_label("Open 2026-117 (copy)").is_some());
    click(&mut h, "Delete 2026-117 (copy)");
    assert!(h.state().confirm.is_some(), "deleting asks first");
    click(&mut h, "Cancel");
    assert!(
        h.query_by_label("Open 2026-117 (copy)").is_some(),
        "cancel deletes nothing"
    );
    click(&mut h, "Delete 2026-117 (copy)");
    click(&mut h, "Delete");
    assert!(h.query_by_label("Open 2026-117 (copy)").is_none());
    click(&mut h, "Open 2026-117");
    assert_eq!(h.state().step, Step::Summary);
    assert_eq!(h.state().answers.convictions[0].charge, "危险驾驶罪");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The client entry typed on the summary is the case's own: "Save…" writes it, and a
/// case nobody typed an entry for gets none.
#[test]
fn the_client_entry_typed_on_the_summary_is_saved_with_the_case() {
    let dir = data_dir("client-entry");
    let _ = std::fs::create_dir_all(&dir);
    let mut h = harness(Lang::EnUs);
    h.state_mut().data_dir = Some(dir.clone());
    h.run();
    fill_dangerous_driving(&mut h);
    let plain = dir.join("plain.case.toml");
    assert_eq!(h.state_mut().save_to(&plain), Ok(()));
    let text = std::fs::read_to_string(&plain).unwrap_or_default();
    assert!(!text.contains("[client]"), "no entry was typed:\n{text}");
    type_into(&mut h, "Client label", "2026-119");
    type_into(&mut h, "Notes", "came with her sister");
    let saved = dir.join("saved.case.toml");
    assert_eq!(h.state_mut().save_to(&saved), Ok(()));
    let text = std::fs::read_to_string(&saved).unwrap_or_default();
    for line in [
        "[client]\n",
        "label = \"2026-119\"\n",
        "notes = \"came with her sister\"\n",
    ] {
        assert!(text.contains(line), "{line:?} is missing from\n{text}");
    }
    click(&mut h, "Save to the client list");
    assert_eq!(h.state().client_id.as_deref(), Some("c0001"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn remembered_answers_are_offered_back_and_forget_everything_deletes_them() {
    let dir = data_dir("autosave");
    let mut h = harness(Lang::EnUs);
    h.state_mut().data_dir = Some(dir.clone());
    h.run();
    click(&mut h, "Remember my answers on this computer");
    click(&mut h, "Start");
    type_into(&mut h, "Date of birth", "1990-05-01");
    assert!(
        dir.join("autosave.toml").exists(),
        "the answers are kept once the user opted in"
    );
    let mut next = harness(Lang::EnUs);
    next.state_mut().data_dir = Some(dir.clone());
    next.state_mut().settings.remember_answers = true;
    next.state_mut().check_autosave();
    next.run();
    click(&mut next, "Restore my answers");
    assert_eq!(next.state().answers.birth_date, "1990-05-01");
    click(&mut next, "← Back");
    click(&mut next, "← Back");
    click(&mut next, "← Back");
    click(&mut next, "← Back");
    assert_eq!(next.state().step, Step::Welcome);
    click(&mut next, "Forget everything…");
    click(&mut next, "Delete everything");
    assert!(!dir.exists(), "everything stored was deleted");
    assert!(!next.state().settings.remember_answers);
}

/// An autosave that cannot be written is said in plain words above Back and Next, and
/// the answers stay on the screen.
#[test]
fn an_autosave_that_fails_is_said_and_keeps_the_answers() {
    let dir = data_dir("autosave-fails");
    // A file where the data folder should be: the folder cannot be made.
    std::fs::write(&dir, "not a folder").unwrap_or_else(|e| panic!("{e}"));
    let mut h = harness(Lang::EnUs);
    h.state_mut().data_dir = Some(dir.join("inside"));
    h.run();
    click(&mut h, "Remember my answers on this computer");
    click(&mut h, "Start");
    type_into(&mut h, "Date of birth", "1990-05-01");
    let said = h.state().autosave_error.clone().unwrap_or_default();
    assert!(
        said.starts_with("Your answers could not be remembered"),
        "{said}"
    );
    assert!(!said.contains("os error"), "no system text: {said}");
    assert!(
        h.query_by_label_contains("could not be remembered")
            .is_some(),
        "shown in the window"
    );
    assert_eq!(h.state().answers.birth_date, "1990-05-01");
    let _ = std::fs::remove_file(&dir);
}

#[test]
fn nothing_is_written_without_opting_in() {
    let dir = data_dir("optin");
    let mut h = harness(Lang::EnUs);
    h.state_mut().data_dir = Some(dir.clone());
    h.run();
    fill_dangerous_driving(&mut h);
    assert!(!dir.exists(), "no file is written unless the user chooses");
}

#[test]
fn the_summary_saves_a_pdf() {
    let dir = data_dir("pdf");
    let _ = std::fs::create_dir_all(&dir);
    let mut h = harness(Lang::EnUs);
    fill_dangerous_driving(&mut h);
    assert!(h.query_by_label("Save PDF…").is_some() && h.query_by_label("Print…").is_some());
    let path = dir.join("summary.pdf");
    assert_eq!(h.state().save_pdf(&path), Ok(()));
    let bytes = std::fs::read(&path).unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF was written");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every broken case file of the corpus: the window refuses it with a dialog that shows
/// the same messages as `recordrights check`, and keeps the answers it had.
#[test]
fn every_broken_case_file_is_refused_in_a_dialog_with_the_cli_message() {
    let dir = crate::root().join("tests/corpus/bad");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.to_string_lossy().ends_with(".case.toml"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 100,
        "the corpus has {} case files",
        files.len()
    );
    let mut app = App::new(Settings::default(), today());
    app.settings.lang = Lang::EnUs;
    let mut wrong = Vec::new();
    for path in &files {
        app.open_case_file(path);
        let gui = match (
            &app.welcome.open_error,
            app.welcome.open_error_dialog,
            app.step,
        ) {
            (Some(e), true, Step::Welcome) => e.render(Lang::EnUs),
            _ => {
                wrong.push(format!("{}: opened, or no dialog", path.display()));
                continue;
            }
        };
        let args: Vec<std::ffi::OsString> = [
            "check",
            &path.to_string_lossy(),
            "--today",
            "2026-11-22",
            "--lang",
            "en-US",
        ]
        .iter()
        .map(Into::into)
        .collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = recordrights::cli::run(&args, &mut out, &mut err);
        let cli = String::from_utf8_lossy(&err);
        let cli: Vec<&str> = cli
            .lines()
            .filter_map(|l| l.strip_prefix("error: "))
            .collect();
        if code != 2 || cli != gui.lines().collect::<Vec<_>>() {
            wrong.push(format!(
                "{}:\n  window: {gui}\n  check:  {cli:?}",
                path.display()
            ));
        }
        assert!(
            app.answers.convictions[0].charge.is_empty(),
            "answers changed"
        );
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A case file with what the window used to lose (issue 14): eight months of political
/// rights (public surveillance with deprivation of political rights, Criminal Law Art. 55
/// para 2: as long as the surveillance), an article, a city and a client entry.
const EIGHT_MONTHS: &str = "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1969-06-30\"\nregion = \"CN-44\"\ncity = \"CN-44-SZ\"\n[[conviction]]\ncharge = \"聚众扰乱社会秩序罪\"\narticle = \"290\"\noffence_date = \"2024-10-08\"\njudgment_date = \"2025-03-20\"\npenalty = \"control\"\nterm_months = 8\npolitical_rights_months = 8\n[client]\nlabel = \"2026-118\"\nnotes = \"referred by the district office\"\nconsulted_on = \"2026-11-02\"\n";

#[test]
fn a_case_file_opened_and_saved_in_the_window_keeps_every_answer() {
    let dir = data_dir("eight-months");
    let _ = std::fs::create_dir_all(&dir);
    // The file as the program writes it, so the saved file can be compared byte for byte.
    let original = match recordrights::case::Case::parse("eight-months.case.toml", EIGHT_MONTHS) {
        Ok(case) => case.to_toml(),
        Err(e) => panic!("{e}"),
    };
    let opened = dir.join("opened.case.toml");
    let saved = dir.join("saved.case.toml");
    let _ = std::fs::write(&opened, &original);

    let mut h = harness(Lang::EnUs);
    type_into(&mut h, "Case file", &opened.display().to_string());
    click(&mut h, "Open");
    assert_eq!(
        h.state().step,
        Step::Summary,
        "{:?}",
        h.state().welcome.open_error
    );

    // Through the screens that show the sentence: nothing is rounded on the way.
    click(&mut h, "Change my answers");
    assert_eq!(h.state().step, Step::Review);
    assert!(
        h.query_by_label("8 months").is_some(),
        "the review shows eight months of political rights"
    );
    click(&mut h, "Edit sentence 1");
    assert_eq!(h.state().step, Step::Sentence);
    let months: Vec<Option<f64>> = h
        .query_all_by_label("months")
        .map(|n| n.accesskit_node().numeric_value())
        .collect();
    assert_eq!(
        months,
        [Some(8.0), Some(8.0)],
        "the term and the political rights both read 0 years 8 months"
    );
    click(&mut h, "Next →");
    assert_eq!(h.state().step, Step::Review);

    // Save… asks for a path in a native dialog, whose answer goes to `save_to`.
    assert_eq!(h.state_mut().save_to(&saved), Ok(()));
    let text = std::fs::read_to_string(&saved).unwrap_or_default();
    for line in [
        "political_rights_months = 8\n",
        "article = \"290\"\n",
        "city = \"CN-44-SZ\"\n",
        "label = \"2026-118\"\n",
        "notes = \"referred by the district office\"\n",
        "consulted_on = \"2026-11-02\"\n",
    ] {
        assert!(text.contains(line), "{line:?} is missing from\n{text}");
    }
    assert_eq!(text, original, "the saved file differs from the one opened");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn restored_answers_without_a_conviction_do_not_crash_the_sentence_screen() {
    let dir = data_dir("no-conviction");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(
        dir.join("autosave.toml"),
        "birth_date = \"1990-05-01\"\nconvictions = []\n",
    );
    let mut h = harness(Lang::EnUs);
    h.state_mut().data_dir = Some(dir.clone());
    h.state_mut().settings.remember_answers = true;
    h.state_mut().check_autosave();
    h.run();
    click(&mut h, "Restore my answers");
    assert_eq!(h.state().step, Step::Review);
    assert!(h.state().answers.convictions.is_empty());
    assert!(
        h.query_by_label("⚠ add the conviction you want to know about")
            .is_some(),
        "the review says what is missing, in words"
    );
    click(&mut h, "← Back");
    assert_eq!(h.state().step, Step::Sentence);
    assert_eq!(
        h.state().answers.convictions.len(),
        1,
        "an empty conviction to fill in"
    );
    click(&mut h, "← Back");
    assert_eq!(h.state().step, Step::Conviction);
    h.state_mut().answers.convictions.clear();
    h.run();
    assert_eq!(h.state().answers.convictions.len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The window's messages never name a key of the case file (`term_months`): those mean
/// something in a file, nothing on a screen.
#[test]
fn the_screens_name_no_keys_of_the_case_file() {
    use recordrights::answers::{ConvictionAnswers, PoliticalRightsAnswer};
    for lang in [Lang::EnUs, Lang::ZhCn] {
        let mut h = harness(lang);
        let a = &mut h.state_mut().answers;
        a.region = "CN-11".into();
        a.city = "CN-44-SZ".into();
        let c = &mut a.convictions[0];
        c.article = "290".into();
        c.penalty = Some(recordrights::case::Penalty::Detention);
        c.suspended = true;
        c.political_rights = PoliticalRightsAnswer::Months;
        c.political_rights_years = 0;
        c.occupational_ban_years = 5;
        c.occupational_ban_months = 6;
        a.convictions.push(ConvictionAnswers {
            political_rights: PoliticalRightsAnswer::Months,
            political_rights_years: 10,
            political_rights_months: 1,
            ..Default::default()
        });
        h.state_mut().step = Step::Review;
        h.run();
        let problems = h.state().step_problems(Step::Review);
        assert!(problems.len() >= 10, "{problems:?}");
        let shown: Vec<String> = h
            .query_all_by_label_contains("⚠")
            .filter_map(|n| n.value())
            .collect();
        assert!(shown.len() >= problems.len(), "{shown:?}");
        for message in problems.iter().map(|(_, m)| m).chain(&shown) {
            assert!(!message.contains(['_', '[', '=']), "{message}");
        }
    }
}

/// Deprivation of political rights as the only penalty: the sentence screen asks only its
/// length (one year by default) and the case it makes carries it.
#[test]
fn political_rights_alone_is_a_penalty_of_the_sentence_screen() {
    let mut h = harness(Lang::EnUs);
    click(&mut h, "Start");
    type_into(&mut h, "Date of birth", "1980-02-14");
    click(&mut h, "Next →");
    type_into(&mut h, "Search", "246");
    click(&mut h, "侮辱罪 — Art. 246, chapter 4");
    type_into(&mut h, "Date of the offence", "2024-03-01");
    type_into(&mut h, "Date the judgment took effect", "2024-09-10");
    click(&mut h, "Next →");
    assert_eq!(h.state().step, Step::Sentence);
    click(&mut h, "deprivation of political rights alone");
    click(&mut h, "Next →");
    assert_eq!(
        h.state().step,
        Step::Review,
        "{:?}",
        h.state().step_problems(Step::Sentence)
    );
    let case = h
        .state()
        .answers
        .to_case()
        .unwrap_or_else(|e| panic!("{e:?}"));
    let c = &case.convictions[0];
    assert_eq!(c.penalty, recordrights::case::Penalty::PoliticalRightsOnly);
    assert_eq!(
        c.political_rights,
        recordrights::case::PoliticalRights::Months(12)
    );
    assert_eq!(
        c.completion().map(|(d, _)| d.to_string()),
        Some("2025-09-10".to_string())
    );
}
