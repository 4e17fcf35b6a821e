//! The timeline picture: one bar per finding that ends (or may end) on a date, from its
//! start to its end, a faded segment for a range; the restrictions for life as one band
//! ("N restrictions for life") with an arrow; a line for today, and markers for the
//! milestones: the end of the recidivism window, sealing and the proposals' dates.
//! Hovering a bar shows its sentence and dates.

use chrono::{Datelike, NaiveDate};
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, Vec2};

use super::summary::duration_words;
use super::widgets::long_date;
use crate::engine::{Assessment, Finding};
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::article_label;
use crate::report::timeline::start_of;
use crate::rules::{Certainty, RulePack};

pub(super) fn timeline_ui(
    pack: &RulePack,
    a: &Assessment,
    lang: Lang,
    ui: &mut Ui,
    keep: impl Fn(&Finding) -> bool,
) {
    let t = Texts::get(lang);
    let kept: Vec<&Finding> = a.findings.iter().filter(|f| keep(f)).collect();
    if kept.is_empty() {
        ui.label(t.plain("timeline-empty"));
        return;
    }
    let life: Vec<&Finding> = kept.iter().copied().filter(|f| f.is_lifetime()).collect();
    let mut rows: Vec<&Finding> = kept.iter().copied().filter(|f| !f.is_lifetime()).collect();
    rows.sort_by_key(|f| (f.ends_on.is_none(), f.ends_on, start_of(f)));
    let band = usize::from(!life.is_empty());
    let (x0, x1) = crate::report::timeline::span(a, &kept);
    let (first_year, last_year) = (x0.year(), x1.year());
    let span = (x1 - x0).num_days().max(1) as f32;

    let row_h = 22.0;
    let axis_h = 40.0;
    let width = (ui.available_width() - 12.0).max(300.0);
    let label_w = (width * 0.32).clamp(120.0, 280.0);
    let (response, painter) = ui.allocate_painter(
        Vec2::new(width, (rows.len() + band) as f32 * row_h + axis_h),
        Sense::hover(),
    );
    let rect = response.rect;
    let plot = Rect::from_min_max(
        Pos2::new(rect.left() + label_w, rect.top()),
        Pos2::new(rect.right() - 16.0, rect.bottom() - axis_h),
    );
    let x_of = |d: NaiveDate| plot.left() + plot.width() * ((d - x0).num_days() as f32 / span);
    let visuals = ui.visuals().clone();
    let text_color = visuals.text_color();
    let weak = visuals.weak_text_color();
    let font = FontId::proportional(12.0);

    // Year grid.
    let step = ((last_year - first_year) / 8).max(1);
    let mut y = first_year;
    while y <= last_year {
        if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
            let x = x_of(d);
            painter.line_segment(
                [Pos2::new(x, plot.top()), Pos2::new(x, plot.bottom())],
                Stroke::new(0.5, weak.gamma_multiply(0.4)),
            );
            painter.text(
                Pos2::new(x, plot.bottom() + 4.0),
                Align2::CENTER_TOP,
                y.to_string(),
                font.clone(),
                weak,
            );
        }
        y += step;
    }

    let hover = response.hover_pos();
    let mut hovered: Option<&Finding> = None;
    for (i, f) in rows.iter().enumerate() {
        let top = plot.top() + i as f32 * row_h;
        let rule = &pack.rules[f.rule];
        let label = format!(
            "{} {}",
            short_title(&pack.enactment_of(rule).title),
            article_label(&rule.article, lang)
        );
        let label_rect =
            Rect::from_min_size(Pos2::new(rect.left(), top), Vec2::new(label_w - 6.0, row_h));
        painter.with_clip_rect(label_rect).text(
            label_rect.left_center(),
            Align2::LEFT_CENTER,
            label,
            font.clone(),
            text_color,
        );
        let base = match (f.certainty, f.is_lifetime()) {
            (_, true) => Color32::from_rgb(200, 60, 60),
            (Certainty::MayApply, _) => Color32::from_rgb(210, 160, 40),
            _ => Color32::from_rgb(60, 140, 200),
        };
        let color = if f.active {
            base
        } else {
            base.gamma_multiply(0.35)
        };
        let xs = x_of(start_of(f));
        let bar = |from: f32, to: f32, c: Color32| {
            let r = Rect::from_min_max(
                Pos2::new(from, top + 5.0),
                Pos2::new(to.max(from + 2.0), top + row_h - 5.0),
            );
            painter.rect_filled(r, 3.0, c);
        };
        match (f.is_lifetime(), f.ends_on, f.ends_on_earliest) {
            (true, _, _) | (false, None, _) => {
                let xe = plot.right();
                bar(xs, xe - 8.0, color);
                arrow(&painter, xe, top + row_h / 2.0, color);
            }
            (false, Some(end), Some(earliest)) => {
                bar(xs, x_of(earliest), color);
                bar(x_of(earliest), x_of(end), color.gamma_multiply(0.4));
            }
            (false, Some(end), None) => bar(xs, x_of(end), color),
        }
        let row_rect = Rect::from_min_max(
            Pos2::new(rect.left(), top),
            Pos2::new(rect.right(), top + row_h),
        );
        if hover.is_some_and(|p| row_rect.contains(p)) {
            painter.rect_stroke(
                row_rect,
                2.0,
                Stroke::new(1.0, text_color),
                egui::StrokeKind::Inside,
            );
            hovered = Some(f);
        }
    }

    // The restrictions for life: one band, from the earliest start, with an arrow.
    if let Some(from) = life.iter().map(|f| start_of(f)).min() {
        let top = plot.top() + rows.len() as f32 * row_h;
        let label = t.msg("timeline-life-band", &Args::new().with("n", life.len()));
        let label_rect =
            Rect::from_min_size(Pos2::new(rect.left(), top), Vec2::new(label_w - 6.0, row_h));
        painter.with_clip_rect(label_rect).text(
            label_rect.left_center(),
            Align2::LEFT_CENTER,
            label,
            FontId::proportional(12.0),
            text_color,
        );
        let color = Color32::from_rgb(200, 60, 60);
        let (xs, xe) = (x_of(from), plot.right());
        painter.rect_filled(
            Rect::from_min_max(
                Pos2::new(xs, top + 5.0),
                Pos2::new((xe - 8.0).max(xs + 2.0), top + row_h - 5.0),
            ),
            3.0,
            color,
        );
        arrow(&painter, xe, top + row_h / 2.0, color);
    }

    // The end of the general recidivism window (Criminal Law Art. 65).
    if let crate::engine::Recidivism::Until(d) = a.record.recidivism {
        let x = x_of(d);
        let c = Color32::from_rgb(120, 90, 170);
        painter.line_segment(
            [Pos2::new(x, plot.top()), Pos2::new(x, plot.bottom())],
            Stroke::new(1.5, c),
        );
        painter.text(
            Pos2::new(x, plot.top()),
            Align2::LEFT_TOP,
            t.plain("timeline-recidivism"),
            FontId::proportional(11.0),
            c,
        );
    }

    // Today and the proposals.
    let xt = x_of(a.as_of);
    painter.line_segment(
        [
            Pos2::new(xt, plot.top() - 2.0),
            Pos2::new(xt, plot.bottom()),
        ],
        Stroke::new(2.0, text_color),
    );
    painter.text(
        Pos2::new(xt, plot.bottom() + 18.0),
        Align2::CENTER_TOP,
        t.plain("timeline-today"),
        font.clone(),
        text_color,
    );
    // The record is sealed from the judgment on (Criminal Procedure Law Art. 286).
    if a.record.sealed
        && let Some(d) = rows.iter().map(|f| f.applies_from).min()
    {
        let x = x_of(d);
        let c = Color32::from_rgb(60, 160, 90);
        painter.rect_filled(
            Rect::from_center_size(Pos2::new(x, plot.bottom() - 2.0), Vec2::splat(10.0)),
            1.0,
            c,
        );
        painter.text(
            Pos2::new(x, plot.bottom() + 20.0),
            Align2::CENTER_TOP,
            t.plain("timeline-sealed"),
            font.clone(),
            c,
        );
    }
    for p in &a.proposals {
        if let Some(d) = p.earliest_on {
            let x = x_of(d);
            let c = Color32::from_rgb(200, 120, 30);
            painter.add(egui::Shape::convex_polygon(
                vec![
                    Pos2::new(x, plot.bottom() - 8.0),
                    Pos2::new(x + 6.0, plot.bottom() - 2.0),
                    Pos2::new(x, plot.bottom() + 4.0),
                    Pos2::new(x - 6.0, plot.bottom() - 2.0),
                ],
                c,
                Stroke::NONE,
            ));
        }
    }

    if let Some(f) = hovered {
        let rule = &pack.rules[f.rule];
        response.on_hover_ui_at_pointer(|ui| {
            ui.set_max_width(420.0);
            ui.label(egui::RichText::new(rule.summary.get(lang)).strong());
            ui.label(duration_words(f, lang));
            if let Some(s) = f.starts_on {
                ui.label(t.msg(
                    "timeline-from",
                    &Args::new().with("date", long_date(s, lang)),
                ));
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(
            egui::RichText::new(t.plain("timeline-legend"))
                .small()
                .weak(),
        );
    });
}

/// The arrow head at the right end of a bar that does not end.
fn arrow(painter: &egui::Painter, xe: f32, mid: f32, color: Color32) {
    painter.add(egui::Shape::convex_polygon(
        vec![
            Pos2::new(xe - 8.0, mid - 7.0),
            Pos2::new(xe + 4.0, mid),
            Pos2::new(xe - 8.0, mid + 7.0),
        ],
        color,
        Stroke::NONE,
    ));
}

/// The title without the national prefix, so labels fit.
fn short_title(title: &str) -> &str {
    title.strip_prefix("中华人民共和国").unwrap_or(title)
}
