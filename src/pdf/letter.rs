//! The review-suggestion letter as an A4 PDF: the Chinese letter, and the English
//! translation after it on a page of its own when asked for. The flow, the wrapping and
//! the pagination are the summary's.

use super::flow::Flow;
use super::paginate::lay_out;
use super::style::{BODY, H1, INK, SMALL, TITLE};
use super::wrap::Measure;
use super::{PdfError, write};
use crate::i18n::{Args, Lang, Texts};
use crate::report::letter::{Letter, Part};

/// Width of the label column of a line to fill in.
const LABEL_W: f32 = 150.0;

/// The letters as the bytes of one PDF. `lang` is the language of the document's
/// metadata; the footer is Chinese, like the letter.
pub fn render_letters(letters: &[Letter], lang: Lang) -> Result<Vec<u8>, PdfError> {
    let m = Measure::new()?;
    let mut flow = Flow::new(&m);
    for (i, letter) in letters.iter().enumerate() {
        if i > 0 {
            flow.page_break();
        }
        for part in &letter.parts {
            match part {
                Part::Heading(text) if is_title(letter, text) => {
                    flow.lead_para("", TITLE, 0.0, text, TITLE, 0.0, true);
                    flow.gap(6.0);
                }
                Part::Heading(text) => flow.heading(text, H1),
                Part::Para(text) => {
                    flow.para(text, BODY, 0.0);
                    flow.gap(3.0);
                }
                Part::Quote(text) => {
                    flow.begin_frame(INK);
                    flow.para(text, SMALL.with_color(INK), 0.0);
                    flow.end_frame();
                    flow.gap(3.0);
                }
                Part::Blank(label) => flow.form_line(label, LABEL_W, None),
            }
        }
    }
    // The letter is Chinese: so are its footer and page numbers.
    let footer = Texts::get(Lang::ZhCn).plain("letter-footer");
    let pages = lay_out(&flow.rows, &m, &footer, Lang::ZhCn);
    let t = Texts::get(lang);
    let title = letters
        .iter()
        .flat_map(|l| &l.parts)
        .find_map(|p| match p {
            Part::Heading(h) => Some(h.clone()),
            _ => None,
        })
        .unwrap_or_else(|| t.msg("letter-title", &Args::new().with("provision", "")));
    write(&pages, title, lang)
}

/// Whether `text` is the letter's own title (its first heading).
fn is_title(letter: &Letter, text: &str) -> bool {
    letter
        .parts
        .iter()
        .find_map(|p| match p {
            Part::Heading(h) => Some(h.as_str()),
            _ => None,
        })
        .is_some_and(|h| h == text)
}
