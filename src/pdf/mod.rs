//! The printed summary: one [`Assessment`] as an A4 PDF, in Chinese or English, for the
//! person and for the legal-aid worker who goes through it with them.
//!
//! The sections are those of the summary screen: a header (as-of date, rules version,
//! "prepared for" and "prepared by" lines and a notes box), what is closed now, what
//! reopens on which date, what is closed for life, the record, the reform proposals
//! (marked as not law), what is not restricted and the timeline figure; then an appendix
//! with the verbatim text of every cited article, the assumptions the program made and a
//! disclaimer. Every page has a footer "page N of M".
//!
//! How it is made, in three steps, all in this module and without a layout engine:
//!
//! 1. **Wrapping.** Text is broken into lines at the opportunities of the Unicode
//!    line-breaking algorithm (UAX #14, `unicode-linebreak`), so Chinese, which has no
//!    spaces, breaks between characters and English between words. On top of that the
//!    kinsoku rules apply: no line starts with closing punctuation such as `，。、；：？！）`
//!    and no line ends with opening punctuation such as `（「『`. Widths come from the
//!    font's own shaped advances (rustybuzz, the shaper krilla itself uses), so a
//!    measured line is exactly as wide as the drawn one.
//! 2. **Pagination.** Lines, gaps, framed boxes and the figure become rows of known
//!    height; headings and short cards are kept with what follows them, paragraphs keep
//!    at least two lines together at a page break. This gives the page count before
//!    anything is drawn, so the footers can say "page N of M" (the second pass).
//! 3. **Drawing** with krilla: text as real text in the bundled font (a subset of which
//!    krilla embeds, with a ToUnicode map so the text can be selected and extracted), the
//!    boxes and the timeline as paths.
//!
//! Like every view, this one decides nothing: the words come from `locales/` (`pdf.ftl`
//! and the shared ids of `report.ftl`) and the sentences from [`crate::report::text`].

use chrono::{Datelike, NaiveDate};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::engine::{Assessment, Finding};
use crate::i18n::{Args, Lang, Texts};
use crate::report::text::{
    article_label, assumption_text, basis_label, because_text, beyond_lines, local_coverage,
    local_label, proposal_status, question_lines, record_lines, time_until,
};
use crate::rules::{Certainty, Domain, RulePack};

use crate::font::CJK_FONT as FONT;

mod letter;
pub use letter::render_letters;

/// What the printed summary says besides the assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfOptions {
    /// The language of the summary.
    pub lang: Lang,
    /// "Prepared for": the person (a name, initials, a file number); a blank line if `None`.
    pub prepared_for: Option<String>,
    /// "Prepared by": the legal-aid worker or office; a blank line if `None`.
    pub prepared_by: Option<String>,
    /// Text for the notes box; an empty ruled box to write in if `None`.
    pub notes: Option<String>,
    /// Only the client summary (the at-a-glance page, the dates, the record, the open
    /// questions and the disclaimer), not the full catalogue and the statute texts.
    pub client_only: bool,
}

/// Why no PDF could be made. Neither happens with the shipped font; the command line
/// shows the message inside a translated sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// The bundled font could not be read.
    #[error("the bundled font cannot be read")]
    Font,
    /// krilla could not write the document.
    #[error("the PDF cannot be written: {0}")]
    Write(String),
}

// ---------------------------------------------------------------------------------------
// Page geometry (PDF points, origin at the top left, y downwards as in krilla).

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 56.0;
const MARGIN_TOP: f32 = 54.0;
const MARGIN_BOTTOM: f32 = 62.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
const FOOTER_BASELINE: f32 = PAGE_H - 34.0;
/// Inner padding of a framed box.
const PAD: f32 = 8.0;
/// Width of the bullet column.
const BULLET_W: f32 = 11.0;

type Rgb = (u8, u8, u8);

const INK: Rgb = (25, 25, 30);
const GREY: Rgb = (95, 95, 105);
const HEAD: Rgb = (20, 55, 105);
const RULE: Rgb = (170, 170, 180);
const PROPOSAL: Rgb = (190, 105, 20);
const LIFE: Rgb = (200, 60, 60);
const MAYBE: Rgb = (210, 160, 40);
const DATED: Rgb = (60, 140, 200);
const SEALED: Rgb = (60, 160, 90);

/// Size, colour and line height (as a multiple of the size) of a kind of text.
#[derive(Debug, Clone, Copy)]
struct Style {
    size: f32,
    color: Rgb,
    lead: f32,
}

const TITLE: Style = Style {
    size: 18.0,
    color: HEAD,
    lead: 1.5,
};
const H1: Style = Style {
    size: 12.5,
    color: HEAD,
    lead: 1.6,
};
const H2: Style = Style {
    size: 10.5,
    color: HEAD,
    lead: 1.55,
};
const BODY: Style = Style {
    size: 10.0,
    color: INK,
    lead: 1.55,
};
const SMALL: Style = Style {
    size: 8.5,
    color: GREY,
    lead: 1.5,
};
const TINY: Style = Style {
    size: 7.5,
    color: GREY,
    lead: 1.45,
};

impl Style {
    fn with_color(self, color: Rgb) -> Style {
        Style { color, ..self }
    }

    fn line_height(self) -> f32 {
        self.size * self.lead
    }

    /// The baseline in a row of height `h`: the ideographic em box (0.88 above and 0.12
    /// below the baseline in this font) centred in the row.
    fn baseline(self, h: f32) -> f32 {
        h / 2.0 + 0.38 * self.size
    }
}

// ---------------------------------------------------------------------------------------
// Measuring and wrapping.

/// Characters that may not start a line (closing punctuation; 行首禁则).
const NO_LINE_START: &[char] = &[
    '，', '。', '、', '；', '：', '？', '！', '）', '」', '』', '】', '〕', '》', '〉', '”', '’',
    '．', '…', '·', '〗', '｝', '］', '%', ',', '.', ';', ':', '?', '!', ')', ']', '}',
];
/// Characters that may not end a line (opening punctuation; 行尾禁则).
const NO_LINE_END: &[char] = &[
    '（', '「', '『', '【', '〔', '《', '〈', '“', '‘', '〖', '｛', '［', '(', '[', '{',
];

/// Widths of text in the bundled font, from rustybuzz's shaping (kerning included).
struct Measure {
    face: rustybuzz::Face<'static>,
    upem: f32,
}

impl Measure {
    fn new() -> Result<Measure, PdfError> {
        let face = rustybuzz::Face::from_slice(FONT, 0).ok_or(PdfError::Font)?;
        let upem = face.units_per_em() as f32;
        Ok(Measure { face, upem })
    }

    /// `prefix[i]` is the advance, in em, of `text[..i]` (for every byte index `i`).
    fn prefix(&self, text: &str) -> Vec<f32> {
        let mut advances = vec![0.0_f32; text.len() + 1];
        if !text.is_empty() {
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(text);
            buffer.set_direction(rustybuzz::Direction::LeftToRight);
            buffer.guess_segment_properties();
            let shaped = rustybuzz::shape(&self.face, &[], buffer);
            for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
                if let Some(a) = advances.get_mut(info.cluster as usize) {
                    *a += pos.x_advance as f32 / self.upem;
                }
            }
        }
        let mut sum = 0.0;
        for a in &mut advances {
            let here = *a;
            *a = sum;
            sum += here;
        }
        advances
    }

    /// The width of `text` at `size` points.
    fn width(&self, text: &str, size: f32) -> f32 {
        self.prefix(text).last().copied().unwrap_or(0.0) * size
    }

    /// `text` cut to fit `max` points, with an ellipsis when cut.
    fn fit(&self, text: &str, size: f32, max: f32) -> String {
        if self.width(text, size) <= max {
            return text.to_owned();
        }
        let mut s: String = text.to_owned();
        while s.pop().is_some() {
            let candidate = format!("{}…", s.trim_end());
            if self.width(&candidate, size) <= max {
                return candidate;
            }
        }
        String::new()
    }

    /// Breaks `text` into lines no wider than `max` points at `size`: at the line-break
    /// opportunities of UAX #14, never before closing or after opening punctuation, and
    /// inside a word only when the word alone is wider than the line. A newline always
    /// breaks; an empty line stays an empty line.
    fn wrap(&self, text: &str, size: f32, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for piece in text.split('\n') {
            self.wrap_piece(piece.trim_end(), size, max, &mut lines);
        }
        lines
    }

    fn wrap_piece(&self, text: &str, size: f32, max: f32, out: &mut Vec<String>) {
        if text.is_empty() {
            out.push(String::new());
            return;
        }
        let prefix = self.prefix(text);
        let max_em = max / size;
        let width = |a: usize, b: usize| prefix[b] - prefix[a];
        let trim = |a: usize, b: usize| a + text[a..b].trim_end().len();
        let opportunities: Vec<usize> = unicode_linebreak::linebreaks(text)
            .map(|(i, _)| i)
            .filter(|&i| i == text.len() || may_break_at(text, i))
            .collect();
        let mut start = 0;
        let mut fitting: Option<usize> = None;
        let mut k = 0;
        while k < opportunities.len() {
            let b = opportunities[k];
            if b <= start {
                k += 1;
                continue;
            }
            if width(start, trim(start, b)) <= max_em + 1e-4 {
                fitting = Some(b);
                k += 1;
                continue;
            }
            let end = match fitting.take() {
                Some(f) => f,
                None => force_break(text, start, b, |c| width(start, c) <= max_em + 1e-4),
            };
            out.push(text[start..trim(start, end)].to_owned());
            start = end;
        }
        if start < text.len() {
            out.push(text[start..trim(start, text.len())].to_owned());
        }
    }
}

/// Whether a line may break before byte `i` under the kinsoku rules.
fn may_break_at(text: &str, i: usize) -> bool {
    let next = text[i..].chars().next();
    let prev = text[..i].trim_end().chars().next_back();
    !next.is_some_and(|c| NO_LINE_START.contains(&c))
        && !prev.is_some_and(|c| NO_LINE_END.contains(&c))
}

/// Where to cut a run with no break opportunity that is wider than the line (a long
/// word or number): after as many characters as fit (at least one), moved back where the
/// cut would break the kinsoku rules. Where no allowed cut fits at all (a line only a
/// few characters wide), the run overflows to the first allowed cut instead: the
/// punctuation rules win over the width, as in CJK typesetting.
fn force_break(text: &str, start: usize, end: usize, fits: impl Fn(usize) -> bool) -> usize {
    let bounds: Vec<usize> = text[start..end]
        .char_indices()
        .skip(1)
        .map(|(i, _)| start + i)
        .chain(std::iter::once(end))
        .collect();
    let allowed = |c: usize| c == end || may_break_at(text, c);
    let fit = bounds
        .iter()
        .copied()
        .take_while(|&c| fits(c))
        .last()
        .unwrap_or(bounds[0]);
    bounds
        .iter()
        .rev()
        .copied()
        .find(|&c| c <= fit && allowed(c))
        .or_else(|| bounds.iter().copied().find(|&c| c > fit && allowed(c)))
        .unwrap_or(end)
}

// ---------------------------------------------------------------------------------------
// Rows and pages.

/// One drawing operation, in points; `y` is relative to the row (then to the page).
#[derive(Debug, Clone, PartialEq)]
enum Op {
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
    fn moved(&self, dy: f32) -> Op {
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
enum RowKind {
    /// Something to draw.
    Content,
    /// Vertical space, dropped at the top of a page.
    Gap,
    /// The next row starts a new page.
    PageBreak,
}

/// The border of a framed box that a row belongs to.
#[derive(Debug, Clone, Copy)]
struct Frame {
    color: Rgb,
    first: bool,
    last: bool,
}

/// A horizontal slice of the flow: the unit of pagination.
#[derive(Debug, Clone)]
struct Row {
    kind: RowKind,
    height: f32,
    ops: Vec<Op>,
    /// Keep on the same page as the next content row.
    keep: bool,
    frame: Option<Frame>,
}

/// Rows in reading order, and the helpers that make them.
struct Flow<'m> {
    m: &'m Measure,
    rows: Vec<Row>,
    /// Left inset of the frame being built (added to every x).
    inset: f32,
    /// Where the frame being built started, and its colour.
    frame: Option<(usize, Rgb)>,
}

impl<'m> Flow<'m> {
    fn new(m: &'m Measure) -> Flow<'m> {
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

    fn gap(&mut self, h: f32) {
        if self.frame.is_some() {
            // Inside a box the space is part of the box.
            self.push(RowKind::Content, h, Vec::new(), false);
        } else {
            self.push(RowKind::Gap, h, Vec::new(), false);
        }
    }

    fn page_break(&mut self) {
        self.push(RowKind::PageBreak, 0.0, Vec::new(), false);
    }

    /// Lets a page break follow the last row (the end of a card kept together).
    fn release_last(&mut self) {
        if let Some(r) = self
            .rows
            .iter_mut()
            .rev()
            .find(|r| r.kind == RowKind::Content)
        {
            r.keep = false;
        }
    }

    fn begin_frame(&mut self, color: Rgb) {
        self.frame = Some((self.rows.len(), color));
        self.inset = PAD;
        self.gap(PAD * 0.6);
    }

    /// Closes the box; it stays on one page unless it is taller than a page.
    fn end_frame(&mut self) {
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
    fn lead_para(
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

    fn para(&mut self, text: &str, style: Style, x: f32) {
        self.lead_para("", style, 0.0, text, style, x, false);
    }

    fn bullet(&mut self, text: &str, style: Style, x: f32, keep: bool) {
        self.lead_para("•", style, BULLET_W, text, style, x, keep);
    }

    /// A heading: space before, kept with what follows.
    fn heading(&mut self, text: &str, style: Style) {
        self.gap(style.size * 0.9);
        self.lead_para("", style, 0.0, text, style, 0.0, true);
    }

    /// A label followed by a value, or by a line to write on when there is no value.
    fn form_line(&mut self, label: &str, label_w: f32, value: Option<&str>) {
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
    fn ruled_line(&mut self) {
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
    fn badge(&mut self, text: &str, color: Rgb) {
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
fn lay_out(rows: &[Row], m: &Measure, footer_left: &str, lang: Lang) -> Vec<Vec<Op>> {
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

// ---------------------------------------------------------------------------------------
// The sections.

fn start_of(f: &Finding) -> NaiveDate {
    f.starts_on
        .map_or(f.applies_from, |s| s.min(f.applies_from))
}

/// "Until 2027-01-10 (in 2 months)", "for life", "ends between … and …".
fn duration_text(a: &Assessment, f: &Finding, lang: Lang) -> String {
    let t = Texts::get(lang);
    match (f.duration, f.ends_on, f.ends_on_earliest) {
        ("lifetime", _, _) => t.plain("duration-lifetime"),
        ("range", Some(hi), Some(lo)) => t.msg(
            "pdf-between",
            &Args::new()
                .with("from", lo.to_string())
                .with("to", hi.to_string()),
        ),
        (_, Some(end), _) => t.msg(
            "pdf-until",
            &Args::new()
                .with("date", end.to_string())
                .with("when", time_until(a.as_of, end, lang)),
        ),
        ("while_serving", None, _) => t.plain("duration-while-serving"),
        _ => t.plain("pdf-end-unknown"),
    }
}

fn certainty_text(c: Certainty, lang: Lang) -> String {
    Texts::get(lang).plain(match c {
        Certainty::Applies => "certainty-applies",
        Certainty::MayApply => "certainty-may-apply",
    })
}

/// The active findings in the order of the summary screen: what certainly applies
/// first, then lifetime before dated, the latest end first.
fn active_findings(a: &Assessment) -> Vec<&Finding> {
    let mut active: Vec<&Finding> = a.findings.iter().filter(|f| f.active).collect();
    active.sort_by_key(|f| {
        (
            f.certainty == Certainty::MayApply,
            !f.is_lifetime(),
            std::cmp::Reverse(f.ends_on),
        )
    });
    active
}

fn header(flow: &mut Flow, pack: &RulePack, a: &Assessment, options: &PdfOptions) {
    let lang = options.lang;
    let t = Texts::get(lang);
    flow.lead_para("", TITLE, 0.0, &t.plain("pdf-title"), TITLE, 0.0, true);
    flow.para(
        &t.msg(
            "pdf-as-of",
            &Args::new()
                .with("date", a.as_of.to_string())
                .with("version", pack.version.clone()),
        ),
        BODY,
        0.0,
    );
    flow.para(&t.plain("report-not-advice"), BODY.with_color(GREY), 0.0);
    if let Some(line) = local_coverage(pack, a, options.lang) {
        flow.para(&line, BODY.with_color(GREY), 0.0);
    }
    flow.heading(&t.plain("glance-title"), H1);
    for (heading, lines) in crate::report::view::glance_sections(pack, a, lang) {
        flow.lead_para("", H2, 0.0, &heading, H2, 0.0, true);
        for line in lines {
            flow.bullet(&line, SMALL.with_color(INK), 0.0, false);
        }
    }
    flow.para(
        &t.msg(
            "report-severity",
            &Args::new().with(
                "class",
                t.plain(&format!("severity-{}", a.record.severity.key())),
            ),
        ),
        BODY,
        0.0,
    );
    flow.gap(8.0);
    let labels = [t.plain("pdf-prepared-for"), t.plain("pdf-prepared-by")];
    let label_w = labels
        .iter()
        .map(|l| flow.m.width(l, BODY.size))
        .fold(0.0, f32::max)
        + 8.0;
    flow.form_line(&labels[0], label_w, options.prepared_for.as_deref());
    flow.form_line(&labels[1], label_w, options.prepared_by.as_deref());
    flow.gap(6.0);
    flow.lead_para("", BODY, 0.0, &t.plain("pdf-notes"), BODY, 0.0, true);
    flow.begin_frame(RULE);
    match options
        .notes
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        Some(notes) => flow.para(notes, BODY, 0.0),
        None => {
            for _ in 0..4 {
                flow.ruled_line();
            }
        }
    }
    flow.end_frame();
}

/// One active finding as a card: sentence, duration and certainty, basis, why only
/// "may apply", and the answers that triggered it.
fn card(flow: &mut Flow, pack: &RulePack, a: &Assessment, f: &Finding, lang: Lang) {
    let t = Texts::get(lang);
    let rule = &pack.rules[f.rule];
    let sub = BULLET_W;
    flow.bullet(rule.summary.get(lang), BODY, 0.0, true);
    flow.lead_para(
        "",
        SMALL,
        0.0,
        &format!(
            "{} · {} · {} {}",
            duration_text(a, f, lang),
            certainty_text(f.certainty, lang),
            t.plain("report-basis"),
            basis_label(pack, f.rule, lang)
        ),
        SMALL.with_color(INK),
        sub,
        true,
    );
    if f.certainty == Certainty::MayApply {
        let mut why: Vec<String> = rule
            .certainty_note
            .iter()
            .map(|n| n.get(lang).to_owned())
            .collect();
        why.extend(
            f.doubts
                .iter()
                .map(|&d| rule.doubts[d].reason.get(lang).to_owned()),
        );
        for w in why {
            flow.lead_para(
                "",
                SMALL,
                0.0,
                &format!("{} {}", t.plain("report-why-may"), w),
                SMALL.with_color(INK),
                sub,
                true,
            );
        }
    }
    let local = local_label(pack, f.rule, lang).into_iter();
    for line in local.chain(beyond_lines(pack, f.rule, lang)) {
        flow.lead_para("", SMALL, 0.0, &line, SMALL.with_color(INK), sub, true);
    }
    let settles = f.questions.iter().filter_map(|(_, q)| pack.question(q));
    for q in settles {
        let line = format!("{} {}", t.plain("report-settled-by"), q.text.get(lang));
        flow.lead_para("", SMALL, 0.0, &line, SMALL.with_color(INK), sub, true);
    }
    for n in &rule.next_steps {
        let line = format!(
            "{} {} ({})",
            t.plain("report-next-step"),
            n.text.get(lang),
            n.cite
        );
        flow.lead_para("", SMALL, 0.0, &line, SMALL.with_color(INK), sub, true);
    }
    for (ci, items) in &f.trace {
        let answers: Vec<String> = items.iter().map(|b| because_text(b, lang)).collect();
        let line = t.msg(
            "report-because",
            &Args::new()
                .with("n", *ci + 1)
                .with("charge", a.charges.get(*ci).cloned().unwrap_or_default())
                .with("answers", answers.join(&t.plain("list-separator"))),
        );
        flow.lead_para("", SMALL, 0.0, &line, SMALL, sub, true);
    }
    flow.release_last();
    flow.gap(5.0);
}

fn closed_now(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let active = active_findings(a);
    flow.heading(
        &t.msg("report-closed-now", &Args::new().with("n", active.len())),
        H1,
    );
    if active.is_empty() {
        flow.para(&t.plain("report-nothing-closed"), BODY, 0.0);
    }
    for domain in Domain::ALL {
        let in_domain: Vec<&&Finding> = active
            .iter()
            .filter(|f| pack.rules[f.rule].domain == domain)
            .collect();
        if in_domain.is_empty() {
            continue;
        }
        flow.gap(3.0);
        flow.lead_para(
            "",
            H2,
            0.0,
            &format!(
                "{} ({})",
                t.plain(&format!("domain-{}", domain.key())),
                in_domain.len()
            ),
            H2,
            0.0,
            true,
        );
        for f in in_domain {
            card(flow, pack, a, f, lang);
        }
    }
}

fn reopening(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let mut dated: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| f.active && f.ends_on.is_some())
        .collect();
    dated.sort_by_key(|f| f.ends_on);
    flow.heading(&t.plain("report-reopening"), H1);
    if dated.is_empty() {
        flow.para(&t.plain("pdf-nothing-reopens"), BODY, 0.0);
    }
    let date_w = flow.m.width("0000-00-00", BODY.size) + 12.0;
    for f in dated {
        let Some(end) = f.ends_on else { continue };
        let rule = &pack.rules[f.rule];
        flow.lead_para(
            &end.to_string(),
            BODY,
            date_w,
            rule.summary.get(lang),
            BODY,
            0.0,
            true,
        );
        flow.lead_para(
            "",
            SMALL,
            0.0,
            &format!(
                "{} · {}",
                time_until(a.as_of, end, lang),
                basis_label(pack, f.rule, lang)
            ),
            SMALL,
            date_w,
            false,
        );
        flow.gap(3.0);
    }
}

fn for_life(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let life: Vec<&Finding> = active_findings(a)
        .into_iter()
        .filter(|f| f.is_lifetime())
        .collect();
    flow.heading(&t.plain("report-for-life"), H1);
    if life.is_empty() {
        flow.para(&t.plain("pdf-nothing-for-life"), BODY, 0.0);
    }
    for f in life {
        flow.bullet(pack.rules[f.rule].summary.get(lang), BODY, 0.0, true);
        flow.lead_para(
            "",
            SMALL,
            0.0,
            &format!(
                "{} · {}",
                basis_label(pack, f.rule, lang),
                certainty_text(f.certainty, lang)
            ),
            SMALL,
            BULLET_W,
            false,
        );
        flow.gap(3.0);
    }
}

/// Restrictions that have ended (or are not yet in effect): good news the person came for.
fn ended(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let done = crate::report::view::ended_findings(a);
    if done.is_empty() {
        return;
    }
    flow.heading(&t.plain("report-ended"), H1);
    for f in done {
        let lead = crate::report::view::ended_lead(a, f, lang, |d| d.to_string());
        flow.bullet(
            &format!("{lead} {}", pack.rules[f.rule].summary.get(lang)),
            BODY,
            0.0,
            true,
        );
        flow.lead_para(
            "",
            SMALL,
            0.0,
            &basis_label(pack, f.rule, lang),
            SMALL,
            BULLET_W,
            false,
        );
        flow.gap(3.0);
    }
}

fn record(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    flow.heading(&t.plain("report-record"), H1);
    for (i, line) in record_lines(pack, a, lang).into_iter().enumerate() {
        flow.bullet(&line, BODY, 0.0, false);
        if i == 0 && a.record.sealed {
            flow.para(&t.plain("record-certificate"), SMALL, BULLET_W);
        }
        flow.gap(2.0);
    }
    for step in crate::report::text::record_steps(pack, a, lang) {
        let line = format!("{} {step}", t.plain("report-next-step"));
        flow.para(&line, SMALL, BULLET_W);
    }
}

/// The follow-up questions still open and the answers the case gives.
fn questions(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    let (answered, open) = question_lines(pack, a, lang);
    if !open.is_empty() {
        flow.heading(
            &t.msg("report-open-questions", &Args::new().with("n", open.len())),
            H1,
        );
        for q in &open {
            flow.bullet(q, BODY, 0.0, false);
        }
    }
    if !answered.is_empty() {
        flow.heading(&t.plain("report-answers"), H1);
        for q in &answered {
            flow.bullet(q, BODY, 0.0, false);
        }
    }
}

fn proposals(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    if a.proposals.is_empty() {
        return;
    }
    let t = Texts::get(lang);
    flow.heading(&t.plain("report-proposals"), H1);
    flow.lead_para(
        "",
        BODY,
        0.0,
        &t.plain("report-proposals-note"),
        BODY.with_color(PROPOSAL),
        0.0,
        true,
    );
    for p in &a.proposals {
        let prop = &pack.proposals[p.proposal];
        flow.gap(4.0);
        flow.begin_frame(PROPOSAL);
        flow.badge(&t.plain("pdf-proposal-badge"), PROPOSAL);
        flow.lead_para("", BODY, 0.0, prop.title.get(lang), BODY, 0.0, true);
        flow.para(&proposal_status(pack, a, p, lang), BODY, 0.0);
        flow.para(prop.summary.get(lang), SMALL, 0.0);
        flow.para(
            &format!("{} {}", t.plain("report-source"), prop.source),
            TINY,
            0.0,
        );
        flow.end_frame();
    }
}

fn not_restricted(flow: &mut Flow, lang: Lang) {
    let t = Texts::get(lang);
    flow.heading(&t.plain("report-not-restricted"), H1);
    flow.para(&t.plain("report-not-restricted-body"), BODY, 0.0);
}

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
    let mut rows: Vec<&Finding> = a.findings.iter().collect();
    if rows.is_empty() {
        return None;
    }
    rows.sort_by_key(|f| (f.is_lifetime(), f.ends_on, start_of(f)));
    let first = rows
        .iter()
        .map(|f| start_of(f))
        .min()
        .unwrap_or(a.as_of)
        .min(a.as_of);
    let mut last = rows
        .iter()
        .filter_map(|f| f.ends_on)
        .max()
        .unwrap_or(a.as_of)
        .max(a.as_of);
    for p in &a.proposals {
        if let Some(d) = p.earliest_on {
            last = last.max(d);
        }
    }
    let (first_year, last_year) = (first.year(), last.year() + 2);
    let x0 = NaiveDate::from_ymd_opt(first_year, 1, 1).unwrap_or(first);
    let x1 = NaiveDate::from_ymd_opt(last_year, 1, 1).unwrap_or(last);
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

fn timeline_section(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
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

/// Every rule the summary cites, in the order it first cites them: the active findings,
/// the record's bases, then the findings shown only in the timeline. Rules that quote the
/// same article with the same text appear once.
fn cited_rules(pack: &RulePack, a: &Assessment) -> Vec<usize> {
    let r = &a.record;
    let order = active_findings(a)
        .into_iter()
        .map(|f| f.rule)
        .chain(r.sealing_basis.iter().copied())
        .chain(r.disclosure_basis.iter().copied())
        .chain(r.recidivism_basis.iter().copied())
        .chain(r.violation_records_basis.iter().copied())
        .chain(a.findings.iter().map(|f| f.rule));
    let mut seen: Vec<(usize, &str, &Option<String>, &str)> = Vec::new();
    let mut out = Vec::new();
    for i in order {
        let Some(rule) = pack.rules.get(i) else {
            continue;
        };
        let key = (
            rule.enactment,
            rule.article.as_str(),
            &rule.paragraph,
            rule.text.as_str(),
        );
        if !seen.contains(&key) {
            seen.push(key);
            out.push(i);
        }
    }
    out
}

fn appendix(flow: &mut Flow, pack: &RulePack, a: &Assessment, lang: Lang) {
    let t = Texts::get(lang);
    flow.page_break();
    flow.lead_para("", TITLE, 0.0, &t.plain("pdf-appendix"), TITLE, 0.0, true);
    flow.heading(&t.plain("pdf-articles"), H1);
    flow.para(&t.plain("pdf-articles-note"), SMALL, 0.0);
    for i in cited_rules(pack, a) {
        let rule = &pack.rules[i];
        let e = pack.enactment_of(rule);
        flow.gap(6.0);
        flow.lead_para("", H2, 0.0, &basis_label(pack, i, lang), H2, 0.0, true);
        if lang == Lang::EnUs && !e.title_en.is_empty() {
            flow.lead_para("", SMALL, 0.0, &e.title_en, SMALL, 0.0, true);
        }
        if let Some(p) = &rule.paragraph {
            flow.lead_para(
                "",
                SMALL,
                0.0,
                &t.msg("pdf-paragraph", &Args::new().with("paragraph", p.clone())),
                SMALL,
                0.0,
                true,
            );
        }
        flow.para(&rule.text, BODY, 0.0);
        flow.para(
            &format!("{} {}", t.plain("report-source"), e.source),
            TINY,
            0.0,
        );
        flow.para(
            &t.msg(
                "pdf-verified",
                &Args::new().with("date", e.last_verified.to_string()),
            ),
            TINY,
            0.0,
        );
    }

    flow.heading(&t.plain("report-assumptions"), H1);
    if a.assumptions.is_empty() {
        flow.para(&t.plain("pdf-no-assumptions"), BODY, 0.0);
    }
    for x in &a.assumptions {
        flow.bullet(&assumption_text(x, &a.charges, lang), BODY, 0.0, false);
    }

    disclaimer(flow, lang);
}

fn disclaimer(flow: &mut Flow, lang: Lang) {
    let t = Texts::get(lang);
    flow.heading(&t.plain("pdf-disclaimer-title"), H1);
    flow.para(&t.plain("pdf-disclaimer"), BODY, 0.0);
}

/// The whole summary as rows, in reading order.
fn build<'m>(m: &'m Measure, pack: &RulePack, a: &Assessment, options: &PdfOptions) -> Flow<'m> {
    let lang = options.lang;
    let mut flow = Flow::new(m);
    header(&mut flow, pack, a, options);
    if options.client_only {
        record(&mut flow, pack, a, lang);
        questions(&mut flow, pack, a, lang);
        disclaimer(&mut flow, lang);
        return flow;
    }
    closed_now(&mut flow, pack, a, lang);
    reopening(&mut flow, pack, a, lang);
    for_life(&mut flow, pack, a, lang);
    ended(&mut flow, pack, a, lang);
    record(&mut flow, pack, a, lang);
    questions(&mut flow, pack, a, lang);
    proposals(&mut flow, pack, a, lang);
    not_restricted(&mut flow, lang);
    timeline_section(&mut flow, pack, a, lang);
    appendix(&mut flow, pack, a, lang);
    flow
}

// ---------------------------------------------------------------------------------------
// Drawing.

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn draw(surface: &mut Surface, font: &Font, op: &Op) {
    match op {
        Op::Text {
            x,
            y,
            size,
            color,
            text,
        } => {
            if text.is_empty() {
                return;
            }
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*color)));
            surface.draw_text(
                Point::from_xy(*x, *y),
                font.clone(),
                *size,
                text,
                false,
                TextDirection::LeftToRight,
            );
        }
        Op::Rect { x, y, w, h, color } => {
            let mut pb = PathBuilder::new();
            if let Some(r) = Rect::from_xywh(*x, *y, *w, *h) {
                pb.push_rect(r);
            }
            if let Some(path) = pb.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*color)));
                surface.draw_path(&path);
            }
        }
        Op::Line {
            from,
            to,
            width,
            color,
        } => {
            let mut pb = PathBuilder::new();
            pb.move_to(from.0, from.1);
            pb.line_to(to.0, to.1);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(color.0, color.1, color.2).into(),
                    width: *width,
                    ..Default::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Op::Polygon { points, color } => {
            let mut pb = PathBuilder::new();
            for (i, &(x, y)) in points.iter().enumerate() {
                if i == 0 {
                    pb.move_to(x, y);
                } else {
                    pb.line_to(x, y);
                }
            }
            pb.close();
            if let Some(path) = pb.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*color)));
                surface.draw_path(&path);
            }
        }
    }
}

/// The pages' drawing operations (layout only; used by [`render`] and the tests).
fn pages(pack: &RulePack, a: &Assessment, options: &PdfOptions) -> Result<Vec<Vec<Op>>, PdfError> {
    let m = Measure::new()?;
    let flow = build(&m, pack, a, options);
    let t = Texts::get(options.lang);
    let footer = t.msg("pdf-footer", &Args::new().with("date", a.as_of.to_string()));
    Ok(lay_out(&flow.rows, &m, &footer, options.lang))
}

/// The printed summary of `assessment` as the bytes of an A4 PDF: the sections of the
/// summary screen, then an appendix with the verbatim text of every cited article, the
/// assumptions and a disclaimer; "page N of M" on every page. The font is embedded as a
/// subset and all text is real text (selectable, extractable). Pure: no IO, and the same
/// input gives the same bytes.
pub fn render(
    pack: &RulePack,
    assessment: &Assessment,
    options: &PdfOptions,
) -> Result<Vec<u8>, PdfError> {
    let lang = options.lang;
    let t = Texts::get(lang);
    let pages = pages(pack, assessment, options)?;
    let title = t.msg(
        "pdf-doc-title",
        &Args::new().with("date", assessment.as_of.to_string()),
    );
    write(&pages, title, lang)
}

/// Pages of drawing operations as the bytes of an A4 PDF with the font embedded.
fn write(pages: &[Vec<Op>], title: String, lang: Lang) -> Result<Vec<u8>, PdfError> {
    let font = Font::new(FONT.into(), 0).ok_or(PdfError::Font)?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title)
            .language(lang.tag().to_owned())
            .creator(format!("recordrights {}", env!("CARGO_PKG_VERSION"))),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
        .ok_or_else(|| PdfError::Write(format!("no page of {PAGE_W} × {PAGE_H} pt")))?;
    for ops in pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, &font, op);
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| PdfError::Write(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;

    use crate::case::EXAMPLE as DANGEROUS_DRIVING;

    fn assessment() -> (RulePack, Assessment) {
        let pack = RulePack::embedded().unwrap_or_else(|e| panic!("{e}"));
        let case = Case::parse("dd.case.toml", DANGEROUS_DRIVING).unwrap_or_else(|e| panic!("{e}"));
        let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let a = crate::engine::assess(&pack, &case, day, "dd.case.toml")
            .unwrap_or_else(|e| panic!("{e}"));
        (pack, a)
    }

    fn measure() -> Measure {
        Measure::new().unwrap_or_else(|e| panic!("{e}"))
    }

    /// Text dense with the punctuation that may not start or end a line.
    fn chinese_samples() -> Vec<String> {
        let t = Texts::get(Lang::ZhCn);
        let mut v: Vec<String> = [
            "report-not-restricted-body",
            "pdf-disclaimer",
            "pdf-timeline-help",
        ]
        .iter()
        .map(|id| t.plain(id))
        .collect();
        v.push("甲，乙。丙、丁；戊：己？庚！（辛）「壬」『癸』，。".repeat(12));
        v.push("下列人员不得录用为公务员：（一）因犯罪受过刑事处罚的；（二）被开除中国共产党党籍的；（三）被开除公职的。".repeat(3));
        v
    }

    /// A missing message shows as `[its-id]`.
    fn names_a_missing_id(text: &str) -> bool {
        text.split('[').skip(1).any(|rest| {
            rest.split_once(']').is_some_and(|(id, _)| {
                !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            })
        })
    }

    #[test]
    fn no_wrapped_line_starts_with_closing_punctuation() {
        let m = measure();
        let samples = chinese_samples();
        let n = samples.len();
        for (k, text) in samples.into_iter().enumerate() {
            let adversarial = k + 2 >= n;
            let mut width = 40.0;
            while width < 420.0 {
                let lines = m.wrap(&text, 10.0, width);
                for (i, line) in lines.iter().enumerate() {
                    let first = line.chars().next();
                    assert!(
                        i == 0 || !first.is_some_and(|c| NO_LINE_START.contains(&c)),
                        "width {width}: line {i} starts with closing punctuation: {line:?}"
                    );
                    assert!(
                        !line.starts_with('，') && !line.starts_with('。') || i == 0,
                        "{line:?}"
                    );
                    let last = line.chars().next_back();
                    assert!(
                        i + 1 == lines.len() || !last.is_some_and(|c| NO_LINE_END.contains(&c)),
                        "width {width}: line {i} ends with opening punctuation: {line:?}"
                    );
                    // Only runs locked by the punctuation rules may overflow.
                    assert!(
                        adversarial || m.width(line, 10.0) <= width + 0.01,
                        "width {width}: line too wide: {line:?}"
                    );
                }
                assert_eq!(
                    lines.concat(),
                    text,
                    "nothing lost or added at width {width}"
                );
                width += 7.0;
            }
        }
    }

    #[test]
    fn english_breaks_between_words_and_newlines_always_break() {
        let m = measure();
        let text = "Most private employment has no legal bar: only the jobs listed above are closed.\n\nSecond paragraph.";
        let lines = m.wrap(text, 10.0, 150.0);
        let words: Vec<&str> = text.split_whitespace().collect();
        for line in &lines {
            for w in line.split_whitespace() {
                assert!(words.contains(&w), "a word was split: {w:?} in {lines:?}");
            }
        }
        assert!(
            lines.contains(&String::new()),
            "the blank line stays: {lines:?}"
        );
        assert_eq!(lines.last().map(String::as_str), Some("Second paragraph."));
        // A run without any break opportunity is cut rather than overflowing.
        let long = "x".repeat(200);
        let cut = m.wrap(&long, 10.0, 100.0);
        assert!(cut.len() > 1 && cut.concat() == long);
    }

    #[test]
    fn the_summary_has_no_line_starting_with_closing_punctuation_and_fits_the_page() {
        let (pack, a) = assessment();
        let m = measure();
        for lang in Lang::ALL {
            let options = PdfOptions {
                lang,
                notes: Some("当事人希望报考医师资格；请核实吊销驾驶证的日期。".repeat(4)),
                ..PdfOptions::default()
            };
            let pages = pages(&pack, &a, &options).unwrap_or_else(|e| panic!("{e}"));
            assert!(pages.len() >= 2, "{lang}: {} pages", pages.len());
            for (p, ops) in pages.iter().enumerate() {
                for op in ops {
                    if let Op::Text {
                        x, y, size, text, ..
                    } = op
                    {
                        let first = text.chars().next();
                        assert!(
                            !first.is_some_and(|c| NO_LINE_START.contains(&c)),
                            "{lang} page {}: {text:?}",
                            p + 1
                        );
                        assert!(
                            !names_a_missing_id(text),
                            "{lang}: a message is missing: {text:?}"
                        );
                        let right = x + m.width(text, *size);
                        assert!(
                            *x >= MARGIN_X - 0.01 && right <= MARGIN_X + CONTENT_W + 0.5,
                            "{lang} page {}: outside the margins: {text:?} ({x}..{right})",
                            p + 1
                        );
                        let in_body = *y > MARGIN_TOP && *y <= PAGE_H - MARGIN_BOTTOM;
                        assert!(
                            in_body || (*y - FOOTER_BASELINE).abs() < 0.01,
                            "{lang} page {}: {text:?} at y = {y}",
                            p + 1
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn notes_longer_than_a_page_flow_over_pages() {
        let (pack, a) = assessment();
        let short = PdfOptions::default();
        let long = PdfOptions {
            notes: Some("A note for the file that goes on and on.\n".repeat(150)),
            ..PdfOptions::default()
        };
        let n_short = pages(&pack, &a, &short).map(|p| p.len()).unwrap_or(0);
        let laid = pages(&pack, &a, &long).unwrap_or_else(|e| panic!("{e}"));
        assert!(laid.len() >= n_short + 2, "{} vs {n_short}", laid.len());
        let notes_lines: usize = laid
            .iter()
            .flatten()
            .filter(|op| matches!(op, Op::Text { text, .. } if text.starts_with("A note for")))
            .count();
        assert_eq!(notes_lines, 150, "every line of the notes is printed once");
    }

    #[test]
    fn render_is_deterministic_and_starts_like_a_pdf() {
        let (pack, a) = assessment();
        let options = PdfOptions::default();
        let one = render(&pack, &a, &options).unwrap_or_else(|e| panic!("{e}"));
        let two = render(&pack, &a, &options).unwrap_or_else(|e| panic!("{e}"));
        assert!(one.starts_with(b"%PDF-"));
        assert_eq!(one, two);
    }
}
