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
//! How it is made, in three steps and without a layout engine; the sections are in
//! `sections.rs`, `findings.rs`, `figure.rs` (the timeline) and `appendix.rs`, the page
//! geometry and the styles of text in `style.rs`:
//!
//! 1. **Wrapping** (`wrap.rs`). Text is broken into lines at the opportunities of the
//!    Unicode line-breaking algorithm (UAX #14, `unicode-linebreak`), so Chinese, which
//!    has no spaces, breaks between characters and English between words. On top of that
//!    the kinsoku rules apply: no line starts with closing punctuation such as
//!    `，。、；：？！）` and no line ends with opening punctuation such as `（「『`. Widths
//!    come from the font's own shaped advances (rustybuzz, the shaper krilla itself uses),
//!    so a measured line is exactly as wide as the drawn one.
//! 2. **Pagination** (`flow.rs`, `paginate.rs`). Lines, gaps, framed boxes and the figure
//!    become rows of known height; headings and short cards are kept with what follows
//!    them, paragraphs keep at least two lines together at a page break. This gives the
//!    page count before anything is drawn, so the footers can say "page N of M" (the
//!    second pass).
//! 3. **Drawing** (this file) with krilla: text as real text in the bundled font (a
//!    subset of which krilla embeds, with a ToUnicode map so the text can be selected and
//!    extracted), the boxes and the timeline as paths.
//!
//! Like every view, this one decides nothing: the words come from `locales/` (`pdf.ftl`
//! and the shared ids of `report.ftl`) and the sentences from [`crate::report::text`].

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::engine::Assessment;
use crate::i18n::{Args, Lang, Texts};
use crate::rules::RulePack;

use crate::font::CJK_FONT as FONT;

mod appendix;
mod figure;
mod findings;
mod flow;
mod paginate;
mod sections;
mod style;
mod wrap;

use flow::Op;
use paginate::lay_out;
use sections::build;
use style::{PAGE_H, PAGE_W, Rgb};
use wrap::Measure;

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

impl PdfError {
    /// What went wrong in the words of `lang` (krilla's own English detail stays in the
    /// `Display` text, for a bug report, and is not shown).
    pub fn words(&self, lang: Lang) -> String {
        Texts::get(lang).plain(match self {
            PdfError::Font => "pdf-error-font",
            PdfError::Write(_) => "pdf-error-write",
        })
    }
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
mod tests;
