//! The summary screen: what is closed now, what reopens when, what is closed for life,
//! the record, the proposals (marked as not law), what is not restricted, the timeline.

use egui::{Color32, RichText, Ui};

use super::widgets::{error_line, long_date};
use super::{App, Command, timeline};
use crate::engine::Finding;
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::time_until;
use crate::report::view::{Apart, apart, by_domain, closed_now_sorted, reopening};
use crate::rules::{Certainty, Domain};

mod blocks;
mod card;

pub(super) use blocks::text_modal_ui;
use blocks::{glance_ui, proposals_ui, record_ui, search_ui};
pub(super) use card::{card_ui, duration_words};
use card::{ended_ui, expandable_line, listed_apart_ui};

/// The summary screen's own state.
#[derive(Debug, Default)]
pub struct SummaryScreen {
    /// The legal-aid worker's filters.
    pub filter: Filter,
    /// The rule whose verbatim text is open.
    pub text_open: Option<usize>,
    /// The follow-up questions are to be scrolled into view on the next frame.
    pub jump_to_questions: bool,
}

/// Filters of the summary for the legal-aid worker.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Only this domain.
    pub domain: Option<Domain>,
    /// Only restrictions active today.
    pub only_active: bool,
    /// Only lifetime restrictions.
    pub only_lifetime: bool,
}

pub(super) fn summary_ui(app: &mut App, ui: &mut Ui, commands: &mut Vec<Command>) {
    let lang = app.lang();
    let t = Texts::get(lang);
    let evaluated = app.evaluate();
    let (pack, assessment) = match (&app.pack, &evaluated) {
        (Ok(pack), Ok((_, a))) => (pack, a.clone()),
        (Err(e), _) | (_, Err(e)) => {
            ui.heading(t.plain("summary-cannot"));
            for line in e.render(lang).lines() {
                error_line(ui, line);
            }
            return;
        }
    };
    ui.heading(t.plain("summary-title"));
    ui.label(
        t.msg(
            "summary-as-of",
            &Args::new()
                .with("date", long_date(assessment.as_of, lang))
                .with("version", pack.version.clone()),
        ),
    );
    ui.label(RichText::new(t.plain("report-not-advice")).italics());
    if let Some(line) = crate::report::text::local_coverage(pack, &assessment, lang) {
        ui.label(RichText::new(line).color(Color32::from_rgb(70, 110, 170)));
    }
    ui.label(t.msg(
        "report-severity",
        &Args::new().with(
            "class",
            t.plain(&format!("severity-{}", assessment.record.severity.key())),
        ),
    ));
    ui.add_space(6.0);
    glance_ui(
        pack,
        &assessment,
        lang,
        ui,
        &mut app.summary.jump_to_questions,
    );
    ui.add_space(6.0);
    search_ui(pack, &assessment, lang, ui);
    ui.add_space(6.0);
    filter_ui(&mut app.summary.filter, lang, ui, commands);
    ui.add_space(6.0);

    let keep = |f: &&Finding| {
        let rule = &pack.rules[f.rule];
        app.summary.filter.domain.is_none_or(|d| d == rule.domain)
            && (!app.summary.filter.only_active || f.active)
            && (!app.summary.filter.only_lifetime || f.is_lifetime())
    };
    // What restricts the person now (the rules listed apart have sections of their own).
    let active = closed_now_sorted(pack, &assessment, |f| keep(&f));
    ui.label(
        RichText::new(t.msg("report-closed-now", &Args::new().with("n", active.len()))).heading(),
    );
    if active.is_empty() {
        ui.label(t.plain("report-nothing-closed"));
    }
    for (domain, in_domain) in by_domain(pack, &active) {
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{} ({})",
                t.plain(&format!("domain-{}", domain.key())),
                in_domain.len()
            ))
            .strong(),
        )
        .id_salt(("domain", domain.key()))
        .default_open(true)
        .show(ui, |ui| {
            // Dated and uncertain restrictions as cards; restrictions for life as one line
            // each, opened into the card (with the law) on a click.
            for f in in_domain {
                if f.is_lifetime() {
                    let marker = match f.certainty {
                        Certainty::Applies => t.plain("glance-for-life"),
                        Certainty::MayApply => t.plain("certainty-may-apply"),
                    };
                    let text = format!("{marker} · {}", pack.rules[f.rule].summary.get(lang));
                    if expandable_line(ui, ("life", f.rule), &text) {
                        card_ui(pack, &assessment, f, lang, ui, commands);
                    }
                } else {
                    card_ui(pack, &assessment, f, lang, ui, commands);
                }
            }
        });
    }

    let dated = reopening(&active);
    if !dated.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(t.plain("report-reopening")).heading());
        for f in dated {
            if let Some(end) = f.ends_on {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(long_date(end, lang)).strong());
                    ui.label(format!("({})", time_until(assessment.as_of, end, lang)));
                    ui.label(pack.rules[f.rule].summary.get(lang));
                });
            }
        }
    }

    ended_ui(pack, &assessment, lang, ui, |f| keep(&f));
    for why in Apart::ALL {
        listed_apart_ui(pack, &assessment, why, lang, ui, commands);
    }

    ui.add_space(8.0);
    super::questions::questions_ui(
        pack,
        &assessment,
        lang,
        ui,
        commands,
        &mut app.summary.jump_to_questions,
    );
    ui.add_space(8.0);
    record_ui(pack, &assessment, lang, ui);
    ui.add_space(8.0);
    proposals_ui(pack, &assessment, lang, ui);
    ui.add_space(8.0);
    ui.label(RichText::new(t.plain("report-not-restricted")).heading());
    ui.label(t.plain("report-not-restricted-body"));
    if !assessment.assumptions.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(t.plain("report-assumptions")).heading());
        for a in &assessment.assumptions {
            ui.label(format!(
                "• {}",
                crate::report::text::assumption_text(a, &assessment.charges, lang)
            ));
        }
    }
    ui.add_space(8.0);
    ui.label(RichText::new(t.plain("timeline-title")).heading());
    ui.label(RichText::new(t.plain("timeline-help")).weak());
    timeline::timeline_ui(pack, &assessment, lang, ui, |f| {
        keep(&f) && apart(pack, f).is_none()
    });
}

fn filter_ui(filter: &mut Filter, lang: Lang, ui: &mut Ui, commands: &mut Vec<Command>) {
    let t = Texts::get(lang);
    ui.horizontal_wrapped(|ui| {
        ui.label(t.plain("filter-title"));
        let current = filter.domain.map_or(t.plain("filter-all-domains"), |d| {
            t.plain(&format!("domain-{}", d.key()))
        });
        egui::ComboBox::from_label(t.plain("filter-domain"))
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.domain, None, t.plain("filter-all-domains"));
                for d in Domain::ALL {
                    ui.selectable_value(
                        &mut filter.domain,
                        Some(d),
                        t.plain(&format!("domain-{}", d.key())),
                    );
                }
            });
        ui.checkbox(&mut filter.only_active, t.plain("filter-only-active"));
        ui.checkbox(&mut filter.only_lifetime, t.plain("filter-only-lifetime"));
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.plain("summary-copy")).clicked() {
            commands.push(Command::CopySummary);
        }
        for (label, hint, command) in [
            ("pdf-save", "pdf-save-hint", Command::SavePdfDialog),
            ("print", "print-hint", Command::Print),
            ("print-client", "print-client-hint", Command::PrintClient),
        ] {
            if ui
                .button(t.plain(label))
                .on_hover_text(t.plain(hint))
                .clicked()
            {
                commands.push(command);
            }
        }
    });
}
