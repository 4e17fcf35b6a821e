//! Page geometry, colours and the styles of text (size, colour, line height) of the
//! printed summary and the letter.

// Page geometry (PDF points, origin at the top left, y downwards as in krilla).

pub(super) const PAGE_W: f32 = 595.28;
pub(super) const PAGE_H: f32 = 841.89;
pub(super) const MARGIN_X: f32 = 56.0;
pub(super) const MARGIN_TOP: f32 = 54.0;
pub(super) const MARGIN_BOTTOM: f32 = 62.0;
pub(super) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
pub(super) const FOOTER_BASELINE: f32 = PAGE_H - 34.0;
/// Inner padding of a framed box.
pub(super) const PAD: f32 = 8.0;
/// Width of the bullet column.
pub(super) const BULLET_W: f32 = 11.0;

pub(super) type Rgb = (u8, u8, u8);

pub(super) const INK: Rgb = (25, 25, 30);
pub(super) const GREY: Rgb = (95, 95, 105);
const HEAD: Rgb = (20, 55, 105);
pub(super) const RULE: Rgb = (170, 170, 180);
pub(super) const PROPOSAL: Rgb = (190, 105, 20);
pub(super) const LIFE: Rgb = (200, 60, 60);
pub(super) const MAYBE: Rgb = (210, 160, 40);
pub(super) const DATED: Rgb = (60, 140, 200);
pub(super) const SEALED: Rgb = (60, 160, 90);

/// Size, colour and line height (as a multiple of the size) of a kind of text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Style {
    pub(super) size: f32,
    pub(super) color: Rgb,
    lead: f32,
}

pub(super) const TITLE: Style = Style {
    size: 18.0,
    color: HEAD,
    lead: 1.5,
};
pub(super) const H1: Style = Style {
    size: 12.5,
    color: HEAD,
    lead: 1.6,
};
pub(super) const H2: Style = Style {
    size: 10.5,
    color: HEAD,
    lead: 1.55,
};
pub(super) const BODY: Style = Style {
    size: 10.0,
    color: INK,
    lead: 1.55,
};
pub(super) const SMALL: Style = Style {
    size: 8.5,
    color: GREY,
    lead: 1.5,
};
pub(super) const TINY: Style = Style {
    size: 7.5,
    color: GREY,
    lead: 1.45,
};

impl Style {
    pub(super) fn with_color(self, color: Rgb) -> Style {
        Style { color, ..self }
    }

    pub(super) fn line_height(self) -> f32 {
        self.size * self.lead
    }

    /// The baseline in a row of height `h`: the ideographic em box (0.88 above and 0.12
    /// below the baseline in this font) centred in the row.
    pub(super) fn baseline(self, h: f32) -> f32 {
        h / 2.0 + 0.38 * self.size
    }
}
