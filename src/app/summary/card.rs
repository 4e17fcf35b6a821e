//! One finding as a card (badges, dates, the legal text, next steps, the letter button),
//! the expandable one-line form of the lifetime list, and the ended section.

use egui::{Color32, RichText, Ui};

use super::super::Command;
use super::super::widgets::{badge, long_date};
use crate::engine::{Assessment, Finding};
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::{basis_label, because_text};
use crate::report::view::Apart;
use crate::rules::{Certainty, ContentType, DurationKind, RulePack};

/// Badge colours by duration type.
pub(super) fn duration_color(f: &Finding) -> Color32 {
    match f.duration {
        DurationKind::Lifetime => Color32::from_rgb(200, 60, 60),
        DurationKind::Range => Color32::from_rgb(200, 140, 40),
        DurationKind::WhileServing => Color32::from_rgb(120, 120, 200),
        _ => Color32::from_rgb(60, 140, 200),
    }
}

/// The words of a finding's duration badge.
pub(in crate::app) fn duration_words(f: &Finding, lang: Lang) -> String {
    let t = Texts::get(lang);
    match (f.duration, f.ends_on, f.ends_on_earliest) {
        (DurationKind::Lifetime, _, _) => t.plain("duration-lifetime"),
        (DurationKind::Range, Some(hi), Some(lo)) => t.msg(
            "badge-between",
            &Args::new()
                .with("from", long_date(lo, lang))
                .with("to", long_date(hi, lang)),
        ),
        (_, Some(end), _) => t.msg(
            "badge-until",
            &Args::new().with("date", long_date(end, lang)),
        ),
        (DurationKind::WhileServing, None, _) => t.plain("duration-while-serving"),
        _ => t.plain("badge-end-unknown"),
    }
}

/// One finding as a card: sentence, badges, basis, verbatim text a click away, why.
pub(in crate::app) fn card_ui(
    pack: &RulePack,
    a: &Assessment,
    f: &Finding,
    lang: Lang,
    ui: &mut Ui,
    commands: &mut Vec<Command>,
) {
    let t = Texts::get(lang);
    let rule = &pack.rules[f.rule];
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width() - 12.0);
        ui.label(RichText::new(rule.summary.get(lang)).strong());
        ui.horizontal_wrapped(|ui| {
            badge(ui, &duration_words(f, lang), duration_color(f));
            let content = match rule.content_type {
                ContentType::Qualification => "content-qualification",
                ContentType::Benefit => "content-benefit",
                ContentType::Obligation => "content-obligation",
            };
            badge(ui, &t.plain(content), Color32::GRAY);
            match f.certainty {
                Certainty::Applies => badge(
                    ui,
                    &t.plain("certainty-applies"),
                    Color32::from_rgb(60, 150, 90),
                ),
                Certainty::MayApply => badge(
                    ui,
                    &t.plain("certainty-may-apply"),
                    Color32::from_rgb(210, 160, 40),
                ),
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(t.plain("report-basis"));
            let basis = basis_label(pack, f.rule, lang);
            if ui
                .link(basis.clone())
                .on_hover_text(t.plain("card-show-text"))
                .clicked()
            {
                commands.push(Command::ShowText(f.rule));
            }
        });
        if let Some(local) = crate::report::text::local_label(pack, f.rule, lang) {
            ui.label(RichText::new(local).color(Color32::from_rgb(70, 110, 170)));
        }
        let beyond = crate::report::text::beyond_lines(pack, f.rule, lang);
        if !beyond.is_empty() {
            badge(ui, &t.plain("beyond-badge"), Color32::from_rgb(170, 90, 40));
            for line in &beyond {
                ui.label(line);
            }
            if let Some(h) = &rule.higher_law
                && let Some(text) = &h.text
            {
                egui::CollapsingHeader::new(t.plain("beyond-side-by-side"))
                    .id_salt(("beyond", f.rule))
                    .show(ui, |ui| {
                        ui.columns(2, |cols| {
                            cols[0].label(RichText::new(basis_label(pack, f.rule, lang)).strong());
                            cols[0].label(&rule.text);
                            cols[1].label(
                                RichText::new(format!(
                                    "{} {}",
                                    h.title.as_deref().unwrap_or_default(),
                                    h.article
                                        .as_deref()
                                        .map(|a| crate::report::text::article_label(a, lang))
                                        .unwrap_or_default()
                                ))
                                .strong(),
                            );
                            cols[1].label(text);
                        });
                    });
            }
        }
        if crate::report::letter::can_draft(pack, f.rule)
            && ui
                .button(t.plain("letter-draft-button"))
                .on_hover_text(t.plain("letter-draft-hover"))
                .clicked()
        {
            commands.push(Command::LetterDialog(f.rule));
        }
        for n in &rule.next_steps {
            ui.label(format!(
                "{} {} ({})",
                t.plain("report-next-step"),
                n.text.get(lang),
                n.cite
            ));
        }
        if f.certainty == Certainty::MayApply {
            if let Some(note) = &rule.certainty_note {
                ui.label(format!("{} {}", t.plain("report-why-may"), note.get(lang)));
            }
            for &d in &f.doubts {
                ui.label(format!(
                    "{} {}",
                    t.plain("report-why-may"),
                    rule.doubts[d].reason.get(lang)
                ));
            }
        }
        for (ci, items) in &f.trace {
            let answers: Vec<String> = items.iter().map(|b| because_text(b, lang)).collect();
            ui.label(
                RichText::new(
                    t.msg(
                        "report-because",
                        &Args::new()
                            .with("n", *ci + 1)
                            .with("charge", a.charges.get(*ci).cloned().unwrap_or_default())
                            .with("answers", answers.join(&t.plain("list-separator"))),
                    ),
                )
                .weak(),
            );
        }
    });
}

/// Restrictions that have ended (or are not yet in effect), latest first: the good news
/// has a section of its own.
pub(super) fn ended_ui(
    pack: &RulePack,
    a: &Assessment,
    lang: Lang,
    ui: &mut Ui,
    keep: impl Fn(&Finding) -> bool,
) {
    let t = Texts::get(lang);
    let done: Vec<&Finding> = crate::report::view::ended_findings(a)
        .into_iter()
        .filter(|f| keep(f))
        .collect();
    if done.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new(t.plain("report-ended")).heading());
    for f in done {
        let lead = crate::report::view::ended_lead(a, f, lang, |d| long_date(d, lang));
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(lead)
                    .strong()
                    .color(Color32::from_rgb(60, 150, 90)),
            );
            ui.label(pack.rules[f.rule].summary.get(lang));
        });
    }
}

/// The rules listed apart (a status the person may not hold, a future case): closed by
/// default, one line each (state and summary), opened into the card on a click.
pub(super) fn listed_apart_ui(
    pack: &RulePack,
    a: &Assessment,
    why: Apart,
    lang: Lang,
    ui: &mut Ui,
    commands: &mut Vec<Command>,
) {
    let t = Texts::get(lang);
    let apart = crate::report::view::listed_apart(pack, a, why);
    if apart.is_empty() {
        return;
    }
    ui.add_space(8.0);
    let title = t.msg(
        &format!("summary-{}", why.key()),
        &Args::new().with("n", apart.len()),
    );
    egui::CollapsingHeader::new(RichText::new(title).heading())
        .id_salt(why.key())
        .default_open(false)
        .show(ui, |ui| {
            ui.label(RichText::new(t.plain(&format!("report-{}-note", why.key()))).weak());
            for f in apart {
                let text = format!(
                    "{} · {}",
                    crate::report::view::state_words(a, f, lang),
                    pack.rules[f.rule].summary.get(lang)
                );
                if expandable_line(ui, (why.key(), f.rule), &text) {
                    card_ui(pack, a, f, lang, ui, commands);
                }
            }
        });
}

/// One line that opens on a click (→ / ↓) and wraps to the window's width, unlike a
/// collapsing header's title. Returns whether it is open.
pub(super) fn expandable_line(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    text: &str,
) -> bool {
    let id = ui.make_persistent_id(salt);
    let mut open = ui.data_mut(|d| d.get_temp::<bool>(id).unwrap_or(false));
    let clicked = ui
        .horizontal_top(|ui| {
            let arrow = ui.add(
                egui::Label::new(if open { "↓" } else { "→" })
                    .selectable(false)
                    .sense(egui::Sense::click()),
            );
            let line = ui.add(
                egui::Label::new(text)
                    .wrap()
                    .selectable(false)
                    .sense(egui::Sense::click()),
            );
            arrow.clicked() || line.clicked()
        })
        .inner;
    if clicked {
        open = !open;
        ui.data_mut(|d| d.insert_temp(id, open));
    }
    open
}
