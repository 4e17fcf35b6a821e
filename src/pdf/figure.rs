//! The timeline figure: a bar per finding, the as-of date, the sealing of the record and
//! the proposals' dates, drawn as one row of the flow.

use chrono::{Datelike, NaiveDate};

use super::flow::{Flow, Op, Row, RowKind};
use super::style::{
    BODY, CONTENT_W, DATED, GREY, H1, INK, LIFE, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MAYBE,
    PAGE_H, PROPOSAL, RULE, Rgb, SEALED, SMALL, TINY,
};
use super::wrap::Measure;
use crate::engine::{Assessment, Finding};
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::article_label;
use crate::report::timeline::start_of;
use crate::rules::{Certainty, RulePack};

/// The title without the national prefix, so labels fit.
fn short_title(title: &str) -> &str {
    title.strip_prefix("中华人民共和国").unwrap_or(title)
}

/// `c` mixed with white: `keep` of the colour remains.
fn pale(c: Rgb, keep: f32) -> Rgb {
    let mix = |v: u8| {
        (255.0 - (255.0 - f32::from(v)) * keep)
            .round()
            .clamp(0.0, 255.0) as u8
    };
    (mix(c.0), mix(c.1), mix(c.2))
}

/// The timeline as one row: a bar per finding from its start to its end (an arrow when
/// it has no end, a faded part for a range), a line for the as-of date, a square where
/// the record is sealed and a diamond at each proposal's date. `None` if nothing to draw.
fn timeline(m: &Measure, pack: &RulePack, a: &Assessment, lang: Lang) -> Option<Row> {
    let t = Texts::get(lang);
    let mut rows: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| crate::report::view::apart(pack, f).is_none())
        .collect();
    if rows.is_empty() {
        return None;
    }
    rows.sort_by_key(|f| (f.is_lifetime(), f.ends_on, start_of(f)));
    let (x0, x1) = crate::report::timeline::span(a, &rows);
    let (first_year, last_year) = (x0.year(), x1.year());
    let span = (x1 - x0).num_days().max(1) as f32;

    let axis_h = 36.0;
    let max_h = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - 80.0;
    let row_h = ((max_h - axis_h) / rows.len() as f32).min(15.0);
    let label_w = CONTENT_W * 0.30;
    let (left, right) = (MARGIN_X + label_w, MARGIN_X + CONTENT_W - 12.0);
    let (top, bottom) = (4.0, 4.0 + rows.len() as f32 * row_h);
    let x_of = |d: NaiveDate| left + (right - left) * ((d - x0).num_days() as f32 / span);
    let label_size = TINY.size.min(row_h * 0.6);
    let mut ops = Vec::new();
    let text = |ops: &mut Vec<Op>, x: f32, y: f32, color: Rgb, s: String| {
        ops.push(Op::Text {
            x,
            y,
            size: label_size,
            color,
            text: s,
        });
    };
    let centred = |s: &str| (m.width(s, label_size) / 2.0, s.to_owned());

    // Year grid.
    let step = ((last_year - first_year) / 8).max(1);
    let mut y = first_year;
    while y <= last_year {
        if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
            let x = x_of(d);
            ops.push(Op::Line {
                from: (x, top),
                to: (x, bottom),
                width: 0.3,
                color: RULE,
            });
            let (half, s) = centred(&y.to_string());
            text(&mut ops, x - half, bottom + 9.0, GREY, s);
        }
        y += step;
    }

    for (i, f) in rows.iter().enumerate() {
        let row_top = top + i as f32 * row_h;
        let rule = &pack.rules[f.rule];
        let label = format!(
            "{} {}",
            short_title(&pack.enactment_of(rule).title),
            article_label(&rule.article, lang)
        );
        let label = m.fit(&label, label_size, label_w - 8.0);
        text(
            &mut ops,
            MARGIN_X,
            row_top + row_h / 2.0 + 0.38 * label_size,
            INK,
            label,
        );
        let base = match (f.certainty, f.is_lifetime()) {
            (_, true) => LIFE,
            (Certainty::MayApply, _) => MAYBE,
            _ => DATED,
        };
        let color = if f.active { base } else { pale(base, 0.35) };
        let (bar_top, bar_h) = (row_top + row_h * 0.2, row_h * 0.6);
        let mut bar = |from: f32, to: f32, c: Rgb| {
            ops.push(Op::Rect {
                x: from,
                y: bar_top,
                w: (to - from).max(1.5),
                h: bar_h,
                color: c,
            });
        };
        let xs = x_of(start_of(f));
        match (f.is_lifetime(), f.ends_on, f.ends_on_earliest) {
            (true, _, _) | (false, None, _) => {
                bar(xs, right - 6.0, color);
                let mid = row_top + row_h / 2.0;
                ops.push(Op::Polygon {
                    points: vec![
                        (right - 6.0, mid - row_h * 0.42),
                        (right + 5.0, mid),
                        (right - 6.0, mid + row_h * 0.42),
                    ],
                    color,
                });
            }
            (false, Some(end), Some(earliest)) => {
                bar(xs, x_of(earliest), color);
                bar(x_of(earliest), x_of(end), pale(color, 0.4));
            }
            (false, Some(end), None) => bar(xs, x_of(end), color),
        }
    }

    // The as-of date.
    let xt = x_of(a.as_of);
    ops.push(Op::Line {
        from: (xt, top - 3.0),
        to: (xt, bottom + 2.0),
        width: 1.2,
        color: INK,
    });
    let (half, s) = centred(&t.msg(
        "pdf-timeline-as-of",
        &Args::new().with("date", a.as_of.to_string()),
    ));
    text(
        &mut ops,
        (xt - half).clamp(left, right - 2.0 * half),
        bottom + 19.0,
        INK,
        s,
    );
    // The record is sealed from the judgment on.
    if a.record.sealed
        && let Some(d) = rows.iter().map(|f| f.applies_from).min()
    {
        let x = x_of(d);
        ops.push(Op::Rect {
            x: x - 4.0,
            y: bottom - 6.0,
            w: 8.0,
            h: 8.0,
            color: SEALED,
        });
        let (half, s) = centred(&t.plain("pdf-timeline-sealed"));
        text(
            &mut ops,
            (x - half).clamp(left, right - 2.0 * half),
            bottom + 29.0,
            SEALED,
            s,
        );
    }
    for p in &a.proposals {
        if let Some(d) = p.earliest_on {
            let x = x_of(d);
            ops.push(Op::Polygon {
                points: vec![
                    (x, bottom - 7.0),
                    (x + 5.0, bottom - 2.0),
                    (x, bottom + 3.0),
                    (x - 5.0, bottom - 2.0),
                ],
                color: PROPOSAL,
            });
        }
    }
    Some(Row {
        kind: RowKind::Content,
        height: bottom + axis_h,
        ops,
        keep: true,
        frame: None,
    })
}

pub(super) fn timeline_section(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    flow.heading(&t.plain("pdf-timeline-title"), H1);
    flow.lead_para(
        "",
        SMALL,
        0.0,
        &t.plain("pdf-timeline-help"),
        SMALL,
        0.0,
        true,
    );
    match timeline(flow.m, pack, a, lang) {
        Some(row) => {
            flow.rows.push(row);
            flow.para(&t.plain("pdf-timeline-legend"), TINY, 0.0);
        }
        None => flow.para(&t.plain("pdf-timeline-empty"), BODY, 0.0),
    }
}
