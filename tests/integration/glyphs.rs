//! Every character the program can show from `rules/` and `locales/` has a glyph in the
//! bundled CJK font (or in egui's own fonts, for the few symbols the CJK font lacks).

use skrifa::MetadataProvider as _;
use skrifa::raw::FileRef;

fn files(dir: &std::path::Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

#[test]
fn every_character_has_a_glyph() {
    let font = match FileRef::new(recordrights::font::CJK_FONT) {
        Ok(FileRef::Font(f)) => f,
        _ => panic!("the bundled font does not parse"),
    };
    let charmap = font.charmap();
    let root = crate::root();
    let mut paths = Vec::new();
    files(&root.join("rules"), "toml", &mut paths);
    files(&root.join("locales"), "ftl", &mut paths);
    assert!(paths.len() > 20);
    // Symbols drawn by egui's bundled fonts instead.
    let egui_symbols = ['←', '→', '⚠', '◆', '«', '»', '‹', '›', '▼', '▶'];
    let mut missing = Vec::new();
    for p in &paths {
        let text = std::fs::read_to_string(p).unwrap_or_default();
        for c in text.chars() {
            if c.is_control() || c.is_whitespace() || egui_symbols.contains(&c) {
                continue;
            }
            if charmap.map(c).is_none() {
                missing.push(format!("{c} (U+{:04X}) in {}", c as u32, p.display()));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "no glyph — run assets/fonts/subset.sh: {missing:#?}"
    );
}
