//! Pagination: rows placed on pages, then the pages' drawing operations with the frames
//! of boxes and the footer "page N of M".

use super::flow::{Op, Row, RowKind};
use super::style::{
    CONTENT_W, FOOTER_BASELINE, GREY, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H, RULE, TINY,
};
use super::wrap::Measure;
use crate::i18n::{Args, Lang, Texts};

/// Rows placed on pages: `pages[p]` holds (top of the row, row).
fn paginate(rows: &[Row]) -> Vec<Vec<(f32, &Row)>> {
    let top = MARGIN_TOP;
    let bottom = PAGE_H - MARGIN_BOTTOM;
    let mut pages: Vec<Vec<(f32, &Row)>> = vec![Vec::new()];
    let mut y = top;
    for (i, row) in rows.iter().enumerate() {
        let empty = pages.last().is_none_or(Vec::is_empty);
        match row.kind {
            RowKind::PageBreak => {
                if !empty {
                    pages.push(Vec::new());
                    y = top;
                }
            }
            RowKind::Gap => {
                if empty {
                    continue;
                }
                if y + row.height > bottom {
                    pages.push(Vec::new());
                    y = top;
                } else {
                    y += row.height;
                }
            }
            RowKind::Content => {
                // The height of this row and of every row it is kept with.
                let mut chain = 0.0;
                for r in &rows[i..] {
                    if r.kind == RowKind::PageBreak {
                        break;
                    }
                    chain += r.height;
                    if r.kind == RowKind::Content && !r.keep {
                        break;
                    }
                }
                let too_tall = chain > bottom - top;
                let needs = if too_tall { row.height } else { chain };
                if !empty && y + needs > bottom {
                    pages.push(Vec::new());
                    y = top;
                }
                if let Some(page) = pages.last_mut() {
                    page.push((y, row));
                }
                y += row.height;
            }
        }
    }
    if pages.len() > 1 && pages.last().is_some_and(Vec::is_empty) {
        pages.pop();
    }
    pages
}

/// The drawing operations of every page, footers included.
pub(super) fn lay_out(rows: &[Row], m: &Measure, footer_left: &str, lang: Lang) -> Vec<Vec<Op>> {
    let t = Texts::get(lang);
    let pages = paginate(rows);
    let total = pages.len();
    pages
        .iter()
        .enumerate()
        .map(|(p, placed)| {
            let mut ops = Vec::new();
            for (j, (y, row)) in placed.iter().enumerate() {
                ops.extend(row.ops.iter().map(|o| o.moved(*y)));
                if let Some(f) = row.frame {
                    let (l, r) = (MARGIN_X, MARGIN_X + CONTENT_W);
                    let (top, bottom) = (*y, y + row.height);
                    let line = |from, to| Op::Line {
                        from,
                        to,
                        width: 0.8,
                        color: f.color,
                    };
                    ops.push(line((l, top), (l, bottom)));
                    ops.push(line((r, top), (r, bottom)));
                    let first_here = j == 0 || placed[j - 1].1.frame.is_none();
                    let last_here = j + 1 == placed.len() || placed[j + 1].1.frame.is_none();
                    if f.first || first_here {
                        ops.push(line((l, top), (r, top)));
                    }
                    if f.last || last_here {
                        ops.push(line((l, bottom), (r, bottom)));
                    }
                }
            }
            ops.push(Op::Line {
                from: (MARGIN_X, FOOTER_BASELINE - 12.0),
                to: (MARGIN_X + CONTENT_W, FOOTER_BASELINE - 12.0),
                width: 0.4,
                color: RULE,
            });
            ops.push(Op::Text {
                x: MARGIN_X,
                y: FOOTER_BASELINE,
                size: TINY.size,
                color: GREY,
                text: footer_left.to_owned(),
            });
            let page = t.msg(
                "pdf-page",
                &Args::new().with("n", p + 1).with("total", total),
            );
            ops.push(Op::Text {
                x: MARGIN_X + CONTENT_W - m.width(&page, TINY.size),
                y: FOOTER_BASELINE,
                size: TINY.size,
                color: GREY,
                text: page,
            });
            ops
        })
        .collect()
}
