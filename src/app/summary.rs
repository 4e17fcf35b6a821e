//! The summary screen: what is closed now, what reopens when, what is closed for life,
//! the record, the proposals (marked as not law), what is not restricted, the timeline.

use egui::{Color32, RichText, Ui};

use super::widgets::{badge, error_line, long_date};
use super::{App, Command, timeline};
use crate::engine::{Assessment, Finding};
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::{basis_label, because_text, proposal_status, record_lines, time_until};
use crate::rules::{Certainty, ContentType, Domain, RulePack};

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
    glance_ui(pack, &assessment, lang, ui);
    ui.add_space(6.0);
    search_ui(pack, &assessment, lang, ui);
    ui.add_space(6.0);
    filter_ui(&mut app.filter, lang, ui, commands);
    ui.add_space(6.0);

    let keep = |f: &&Finding| {
        let rule = &pack.rules[f.rule];
        app.filter.domain.is_none_or(|d| d == rule.domain)
            && (!app.filter.only_active || f.active)
            && (!app.filter.only_lifetime || f.is_lifetime())
    };
    // What certainly applies first; within that, the longest restrictions first.
    let mut active: Vec<&Finding> = assessment
        .findings
        .iter()
        .filter(|f| f.active)
        .filter(keep)
        .collect();
    active.sort_by_key(|f| {
        (
            f.certainty == Certainty::MayApply,
            !f.is_lifetime(),
            std::cmp::Reverse(f.ends_on),
        )
    });
    ui.label(
        RichText::new(t.msg("report-closed-now", &Args::new().with("n", active.len()))).heading(),
    );
    if active.is_empty() {
        ui.label(t.plain("report-nothing-closed"));
    }
    for domain in Domain::ALL {
        let in_domain: Vec<&&Finding> = active
            .iter()
            .filter(|f| pack.rules[f.rule].domain == domain)
            .collect();
        if in_domain.is_empty() {
            continue;
        }
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

    let mut dated: Vec<&Finding> = assessment
        .findings
        .iter()
        .filter(|f| f.active && f.ends_on.is_some())
        .filter(keep)
        .collect();
    dated.sort_by_key(|f| f.ends_on);
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

    ui.add_space(8.0);
    super::questions::questions_ui(pack, &assessment, lang, ui, commands);
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
    timeline::timeline_ui(pack, &assessment, lang, ui, |f| keep(&f));
}

fn filter_ui(filter: &mut super::Filter, lang: Lang, ui: &mut Ui, commands: &mut Vec<Command>) {
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
        if ui
            .button(t.plain("pdf-save"))
            .on_hover_text(t.plain("pdf-save-hint"))
            .clicked()
        {
            commands.push(Command::SavePdfDialog);
        }
        if ui
            .button(t.plain("print"))
            .on_hover_text(t.plain("print-hint"))
            .clicked()
        {
            commands.push(Command::Print);
        }
        if ui
            .button(t.plain("print-client"))
            .on_hover_text(t.plain("print-client-hint"))
            .clicked()
        {
            commands.push(Command::PrintClient);
        }
    });
}

/// Badge colours by duration type.
fn duration_color(f: &Finding) -> Color32 {
    match f.duration {
        "lifetime" => Color32::from_rgb(200, 60, 60),
        "range" => Color32::from_rgb(200, 140, 40),
        "while_serving" => Color32::from_rgb(120, 120, 200),
        _ => Color32::from_rgb(60, 140, 200),
    }
}

/// The words of a finding's duration badge.
pub(super) fn duration_words(f: &Finding, lang: Lang) -> String {
    let t = Texts::get(lang);
    match (f.duration, f.ends_on, f.ends_on_earliest) {
        ("lifetime", _, _) => t.plain("duration-lifetime"),
        ("range", Some(hi), Some(lo)) => t.msg(
            "badge-between",
            &Args::new()
                .with("from", long_date(lo, lang))
                .with("to", long_date(hi, lang)),
        ),
        (_, Some(end), _) => t.msg(
            "badge-until",
            &Args::new().with("date", long_date(end, lang)),
        ),
        ("while_serving", None, _) => t.plain("duration-while-serving"),
        _ => t.plain("badge-end-unknown"),
    }
}

/// One finding as a card: sentence, badges, basis, verbatim text a click away, why.
pub(super) fn card_ui(
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
fn ended_ui(
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

/// One line that opens on a click (→ / ↓) and wraps to the window's width, unlike a
/// collapsing header's title. Returns whether it is open.
fn expandable_line(ui: &mut Ui, salt: impl std::hash::Hash + std::fmt::Debug, text: &str) -> bool {
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

/// The answer first: the person's record, the key dates, what concerns a role they hold,
/// the counts (the same block as the top of the text report and page 1 of the PDF).
fn glance_ui(pack: &RulePack, a: &Assessment, lang: Lang, ui: &mut Ui) {
    let t = Texts::get(lang);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width() - 12.0);
        ui.label(RichText::new(t.plain("glance-title")).heading());
        for (heading, lines) in crate::report::view::glance_sections(pack, a, lang) {
            ui.label(RichText::new(heading).strong());
            for line in lines {
                ui.label(format!("• {line}"));
            }
        }
    });
}

/// "Can I work as …?": a search over the whole rule base, answered for this case. The
/// query lives in egui's memory for the window (it is not part of the case).
fn search_ui(pack: &RulePack, a: &Assessment, lang: Lang, ui: &mut Ui) {
    let t = Texts::get(lang);
    let id = egui::Id::unique("summary-search-query");
    let mut query: String = ui.data_mut(|d| d.get_temp(id).unwrap_or_default());
    super::widgets::text_field(
        ui,
        &t.plain("search-label"),
        &mut query,
        &t.plain("search-hint"),
        260.0,
    );
    ui.data_mut(|d| d.insert_temp(id, query.clone()));
    let query = query.trim();
    if query.is_empty() {
        return;
    }
    let hits = crate::report::view::search(pack, a, query);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width() - 12.0);
        if hits.is_empty() {
            ui.label(t.msg("search-none", &Args::new().with("query", query)));
            return;
        }
        ui.label(
            RichText::new(t.msg(
                "search-count",
                &Args::new().with("n", hits.len()).with("query", query),
            ))
            .strong(),
        );
        for hit in hits.iter().take(12) {
            let line = crate::report::view::hit_words(pack, a, hit, lang);
            let color = match hit.finding.map(|i| &a.findings[i]) {
                Some(f) if f.active && f.is_lifetime() => Color32::from_rgb(200, 70, 70),
                Some(f) if f.active => Color32::from_rgb(60, 130, 200),
                _ => Color32::from_rgb(60, 150, 90),
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("●").color(color));
                ui.label(line);
            });
            ui.label(RichText::new(basis_label(pack, hit.rule, lang)).weak());
        }
    });
}

fn record_ui(pack: &RulePack, a: &Assessment, lang: Lang, ui: &mut Ui) {
    let t = Texts::get(lang);
    ui.label(RichText::new(t.plain("report-record")).heading());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width() - 12.0);
        for (i, line) in record_lines(pack, a, lang).into_iter().enumerate() {
            ui.label(format!("• {line}"));
            if i == 0 && a.record.sealed {
                ui.label(format!("  {}", t.plain("record-certificate")));
            }
        }
        for step in crate::report::text::record_steps(pack, a, lang) {
            ui.label(format!("{} {step}", t.plain("report-next-step")));
        }
    });
}

fn proposals_ui(pack: &RulePack, a: &Assessment, lang: Lang, ui: &mut Ui) {
    let t = Texts::get(lang);
    ui.label(RichText::new(t.plain("report-proposals")).heading());
    ui.label(
        RichText::new(t.plain("report-proposals-note"))
            .strong()
            .color(Color32::from_rgb(200, 120, 30)),
    );
    for p in &a.proposals {
        let prop = &pack.proposals[p.proposal];
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width() - 12.0);
            ui.horizontal_wrapped(|ui| {
                badge(
                    ui,
                    &t.plain("proposal-badge"),
                    Color32::from_rgb(200, 120, 30),
                );
                ui.label(RichText::new(prop.title.get(lang)).strong());
            });
            let line = proposal_status(pack, a, p, lang);
            ui.label(line);
            ui.label(RichText::new(prop.summary.get(lang)).weak());
            ui.label(
                RichText::new(format!("{} {}", t.plain("report-source"), prop.source))
                    .small()
                    .weak(),
            );
        });
    }
}

/// The verbatim text of a rule in a modal; Esc or the button closes it.
pub(super) fn text_modal_ui(app: &App, ctx: &egui::Context, commands: &mut Vec<Command>) {
    let Some(r) = app.text_open else { return };
    let Ok(pack) = &app.pack else { return };
    let Some(rule) = pack.rules.get(r) else {
        return;
    };
    let lang = app.lang();
    let t = Texts::get(lang);
    let e = pack.enactment_of(rule);
    let modal = egui::Modal::new(egui::Id::unique("rule-text")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(basis_label(pack, r, lang));
        if let Some(p) = &rule.paragraph {
            ui.label(t.msg("text-paragraph", &Args::new().with("paragraph", p.clone())));
        }
        egui::ScrollArea::vertical()
            .max_height(380.0)
            .show(ui, |ui| {
                ui.label(&rule.text);
            });
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!("{} {}", t.plain("report-source"), e.source))
                .small()
                .weak(),
        );
        ui.label(
            RichText::new(t.msg(
                "text-verified",
                &Args::new().with("date", e.last_verified.to_string()),
            ))
            .small()
            .weak(),
        );
        if ui.button(t.plain("text-close")).clicked() {
            commands.push(Command::CloseText);
        }
    });
    if modal.should_close() {
        commands.push(Command::CloseText);
    }
}
