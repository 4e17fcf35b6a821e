//! The bundled font, embedded once and shared by the window and the PDF, so Chinese
//! renders on machines without Chinese fonts.

/// Noto Sans CJK SC, subset to GB2312 plus Latin and punctuation (SIL OFL 1.1; the
/// recipe and the licence are in `assets/fonts/`). The PDF embeds only the glyphs it uses.
pub static CJK_FONT: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-subset.otf");
