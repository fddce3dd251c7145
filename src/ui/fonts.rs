//! Fonts for the scripts of the supported languages. egui's built-in fonts
//! cover Latin, Greek and Cyrillic; Arabic, Ethiopic (Amharic, Tigrinya),
//! Devanagari (Hindi, Nepali), Gurmukhi (Punjabi) and CJK come from the
//! system's Noto fonts (Debian: fonts-noto-core, fonts-noto-cjk), read on a
//! worker thread at start so the first frame never waits for them.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// Font files tried, by script.
const CANDIDATES: &[(&str, &[&str])] = &[
    (
        "arabic",
        &[
            "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
        ],
    ),
    (
        "ethiopic",
        &["/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf"],
    ),
    (
        "devanagari",
        &["/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"],
    ),
    (
        "gurmukhi",
        &["/usr/share/fonts/truetype/noto/NotoSansGurmukhi-Regular.ttf"],
    ),
    (
        "cjk",
        &[
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
        ],
    ),
];

/// egui's fonts with every script font found on this system added as a
/// fallback, and the names of the scripts that were found.
pub fn load() -> (FontDefinitions, Vec<&'static str>) {
    let mut fonts = FontDefinitions::default();
    let mut found = Vec::new();
    for (script, paths) in CANDIDATES {
        let Some(bytes) = paths.iter().find_map(|p| std::fs::read(p).ok()) else {
            continue;
        };
        fonts
            .font_data
            .insert((*script).to_string(), Arc::new(FontData::from_owned(bytes)));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push((*script).to_string());
        }
        found.push(*script);
    }
    (fonts, found)
}
