//! A calm look: light background, soft accents, large readable text.

use egui::{Color32, FontFamily, FontId, TextStyle};

/// Soft blue used for the one primary action on a screen.
pub const ACCENT: Color32 = Color32::from_rgb(46, 102, 153);
/// Muted text for secondary information.
pub const MUTED: Color32 = Color32::from_rgb(96, 104, 112);
/// Warm amber for content warnings: noticeable, not alarming.
pub const WARNING: Color32 = Color32::from_rgb(150, 95, 20);

pub fn apply(ctx: &egui::Context) {
    ctx.set_visuals(egui::Visuals::light());
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(24.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(16.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(13.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(15.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.visuals.panel_fill = Color32::from_rgb(248, 247, 244);
        style.visuals.selection.bg_fill = Color32::from_rgb(206, 224, 240);
        style.visuals.selection.stroke.color = ACCENT;
    });
}

/// The one primary action of a screen: larger, filled with the accent colour.
pub fn primary_button(text: &str) -> egui::Button<'static> {
    egui::Button::new(
        egui::RichText::new(text.to_string())
            .strong()
            .color(Color32::WHITE),
    )
    .fill(ACCENT)
    .min_size(egui::vec2(200.0, 40.0))
}

/// Applies the large-text option on top of the theme.
pub fn set_large_text(ctx: &egui::Context, large: bool) {
    ctx.set_zoom_factor(if large { 1.3 } else { 1.0 });
}
