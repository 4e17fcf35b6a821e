//! The flow: drawing operations, rows of known height and the helpers that turn
//! paragraphs, headings, boxes and form lines into rows.

use super::style::{BODY, BULLET_W, CONTENT_W, MARGIN_X, PAD, RULE, Rgb, SMALL, Style};
use super::wrap::Measure;

/// One drawing operation, in points; `y` is relative to the row (then to the page).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Op {
    /// Text from `x` on the baseline `y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        color: Rgb,
        text: String,
    },
    /// A filled rectangle.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
    },
    /// A straight line.
    Line {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
        color: Rgb,
    },
    /// A filled polygon.
    Polygon { points: Vec<(f32, f32)>, color: Rgb },
}

impl Op {
    pub(super) fn moved(&self, dy: f32) -> Op {
        match self {
            Op::Text {
                x,
                y,
                size,
                color,
                text,
            } => Op::Text {
                x: *x,
                y: y + dy,
                size: *size,
                color: *color,
                text: text.clone(),
            },
            Op::Rect { x, y, w, h, color } => Op::Rect {
                x: *x,
                y: y + dy,
                w: *w,
                h: *h,
                color: *color,
            },
            Op::Line {
                from,
                to,
                width,
                color,
            } => Op::Line {
                from: (from.0, from.1 + dy),
                to: (to.0, to.1 + dy),
                width: *width,
                color: *color,
            },
            Op::Polygon { points, color } => Op::Polygon {
                points: points.iter().map(|&(x, y)| (x, y + dy)).collect(),
                color: *color,
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RowKind {
    /// Something to draw.
    Content,
    /// Vertical space, dropped at the top of a page.
    Gap,
    /// The next row starts a new page.
    PageBreak,
}

/// The border of a framed box that a row belongs to.
#[derive(Debug, Clone, Copy)]
pub(super) struct Frame {
    pub(super) color: Rgb,
    pub(super) first: bool,
    pub(super) last: bool,
}

/// A horizontal slice of the flow: the unit of pagination.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) kind: RowKind,
    pub(super) height: f32,
    pub(super) ops: Vec<Op>,
    /// Keep on the same page as the next content row.
    pub(super) keep: bool,
    pub(super) frame: Option<Frame>,
}

/// Rows in reading order, and the helpers that make them.
pub(super) struct Flow<'m> {
    pub(super) m: &'m Measure,
    pub(super) rows: Vec<Row>,
    /// Left inset of the frame being built (added to every x).
    inset: f32,
    /// Where the frame being built started, and its colour.
    frame: Option<(usize, Rgb)>,
}

impl<'m> Flow<'m> {
    pub(super) fn new(m: &'m Measure) -> Flow<'m> {
        Flow {
            m,
            rows: Vec::new(),
            inset: 0.0,
            frame: None,
        }
    }

    fn push(&mut self, kind: RowKind, height: f32, ops: Vec<Op>, keep: bool) {
        self.rows.push(Row {
            kind,
            height,
            ops,
            keep,
            frame: None,
        });
    }

    pub(super) fn gap(&mut self, h: f32) {
        if self.frame.is_some() {
            // Inside a box the space is part of the box.
            self.push(RowKind::Content, h, Vec::new(), false);
        } else {
            self.push(RowKind::Gap, h, Vec::new(), false);
        }
    }

    pub(super) fn page_break(&mut self) {
        self.push(RowKind::PageBreak, 0.0, Vec::new(), false);
    }

    /// Lets a page break follow the last row (the end of a card kept together).
    pub(super) fn release_last(&mut self) {
        if let Some(r) = self
            .rows
            .iter_mut()
            .rev()
            .find(|r| r.kind == RowKind::Content)
        {
            r.keep = false;
        }
    }

    pub(super) fn begin_frame(&mut self, color: Rgb) {
        self.frame = Some((self.rows.len(), color));
        self.inset = PAD;
        self.gap(PAD * 0.6);
    }

    /// Closes the box; it stays on one page unless it is taller than a page.
    pub(super) fn end_frame(&mut self) {
        self.gap(PAD * 0.6);
        if let Some((start, color)) = self.frame.take() {
            let end = self.rows.len();
            for (i, row) in self.rows[start..end].iter_mut().enumerate() {
                let last = start + i + 1 == end;
                row.keep = !last;
                row.frame = Some(Frame {
                    color,
                    first: i == 0,
                    last,
                });
            }
        }
        self.inset = 0.0;
    }

    /// A paragraph from `x` (points from the left margin), with an optional lead in the
    /// first line (a bullet, a date) and the text wrapped `lead_w` further right.
    /// `keep`: keep every line with the next row (headings, cards); otherwise a page
    /// may break inside the paragraph but leaves no single line alone.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn lead_para(
        &mut self,
        lead: &str,
        lead_style: Style,
        lead_w: f32,
        text: &str,
        style: Style,
        x: f32,
        keep: bool,
    ) {
        let left = MARGIN_X + self.inset + x;
        let avail = CONTENT_W - 2.0 * self.inset - x - lead_w;
        let lines = self.m.wrap(text, style.size, avail);
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let blank = line.is_empty() && i > 0;
            let h = if blank {
                style.line_height() * 0.45
            } else {
                style.line_height()
            };
            let mut ops = Vec::new();
            if i == 0 && !lead.is_empty() {
                ops.push(Op::Text {
                    x: left,
                    y: lead_style.baseline(h),
                    size: lead_style.size,
                    color: lead_style.color,
                    text: lead.to_owned(),
                });
            }
            if !line.is_empty() {
                ops.push(Op::Text {
                    x: left + lead_w,
                    y: style.baseline(h),
                    size: style.size,
                    color: style.color,
                    text: line,
                });
            }
            let orphan_or_widow = n > 1 && (i == 0 || i + 2 == n);
            self.push(
                RowKind::Content,
                h,
                ops,
                keep || orphan_or_widow || (blank && i + 1 < n),
            );
        }
    }

    pub(super) fn para(&mut self, text: &str, style: Style, x: f32) {
        self.lead_para("", style, 0.0, text, style, x, false);
    }

    pub(super) fn bullet(&mut self, text: &str, style: Style, x: f32, keep: bool) {
        self.lead_para("•", style, BULLET_W, text, style, x, keep);
    }

    /// A heading: space before, kept with what follows.
    pub(super) fn heading(&mut self, text: &str, style: Style) {
        self.gap(style.size * 0.9);
        self.lead_para("", style, 0.0, text, style, 0.0, true);
    }

    /// A label followed by a value, or by a line to write on when there is no value.
    pub(super) fn form_line(&mut self, label: &str, label_w: f32, value: Option<&str>) {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            Some(v) => self.lead_para(label, BODY, label_w, v, BODY, 0.0, false),
            None => {
                let h = BODY.line_height() * 1.3;
                let left = MARGIN_X + self.inset;
                let ops = vec![
                    Op::Text {
                        x: left,
                        y: BODY.baseline(h),
                        size: BODY.size,
                        color: BODY.color,
                        text: label.to_owned(),
                    },
                    Op::Line {
                        from: (left + label_w, h - 3.0),
                        to: (left + CONTENT_W * 0.75, h - 3.0),
                        width: 0.6,
                        color: RULE,
                    },
                ];
                self.push(RowKind::Content, h, ops, false);
            }
        }
    }

    /// An empty ruled line inside a box, to write on.
    pub(super) fn ruled_line(&mut self) {
        let h = BODY.line_height() * 1.5;
        let left = MARGIN_X + self.inset;
        let ops = vec![Op::Line {
            from: (left, h - 3.0),
            to: (MARGIN_X + CONTENT_W - self.inset, h - 3.0),
            width: 0.4,
            color: RULE,
        }];
        self.push(RowKind::Content, h, ops, false);
    }

    /// A coloured label with white text, like the badge of the summary screen.
    pub(super) fn badge(&mut self, text: &str, color: Rgb) {
        let style = SMALL;
        let h = style.line_height() + 2.0;
        let w = self.m.width(text, style.size) + 8.0;
        let left = MARGIN_X + self.inset;
        let ops = vec![
            Op::Rect {
                x: left,
                y: 1.0,
                w,
                h: h - 2.0,
                color,
            },
            Op::Text {
                x: left + 4.0,
                y: style.baseline(h),
                size: style.size,
                color: (255, 255, 255),
                text: text.to_owned(),
            },
        ];
        self.push(RowKind::Content, h, ops, true);
    }
}
