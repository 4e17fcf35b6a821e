//! Measuring and wrapping: text widths from the bundled font (rustybuzz) and line
//! breaking by UAX #14 with the kinsoku rules.

use super::PdfError;
use crate::font::CJK_FONT as FONT;

/// Characters that may not start a line (closing punctuation; 行首禁则).
pub(super) const NO_LINE_START: &[char] = &[
    '，', '。', '、', '；', '：', '？', '！', '）', '」', '』', '】', '〕', '》', '〉', '”', '’',
    '．', '…', '·', '〗', '｝', '］', '%', ',', '.', ';', ':', '?', '!', ')', ']', '}',
];
/// Characters that may not end a line (opening punctuation; 行尾禁则).
pub(super) const NO_LINE_END: &[char] = &[
    '（', '「', '『', '【', '〔', '《', '〈', '“', '‘', '〖', '｛', '［', '(', '[', '{',
];

/// Widths of text in the bundled font, from rustybuzz's shaping (kerning included).
pub(super) struct Measure {
    face: rustybuzz::Face<'static>,
    upem: f32,
}

impl Measure {
    pub(super) fn new() -> Result<Measure, PdfError> {
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
    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
        self.prefix(text).last().copied().unwrap_or(0.0) * size
    }

    /// `text` cut to fit `max` points, with an ellipsis when cut.
    pub(super) fn fit(&self, text: &str, size: f32, max: f32) -> String {
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
    pub(super) fn wrap(&self, text: &str, size: f32, max: f32) -> Vec<String> {
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
