//! A parsed `.tmTheme` resolved into a [`Styles`] table for one colour depth: each
//! category's scope stack matched against the theme once, so drawing is table look-ups.

use ratatui::style::{Modifier, Style};
use syntect::highlighting::{Color as ThemeColor, FontStyle, Highlighter, Theme};
use syntect::parsing::Scope;

use super::palette::terminal_color;
use super::{Category, ColorDepth, Styles};

/// The style table of `theme` at `depth`, named `name`. Without colour it is
/// [`Styles::plain`]: the theme's colours cannot be shown, and its font styles alone
/// might not keep the categories apart.
pub fn resolve(name: &str, theme: &Theme, depth: ColorDepth) -> Styles {
    let plain = Styles::plain();
    if depth == ColorDepth::NoColor {
        return Styles {
            name: name.to_owned(),
            ..plain
        };
    }
    let color = |c: Option<ThemeColor>| c.and_then(|c| terminal_color(c, depth));
    let settings = &theme.settings;
    // The theme's default style, without syntect's stand-in black-on-white for a theme
    // that leaves foreground or background unset: the terminal's own colours are better.
    let text = Style {
        fg: color(settings.foreground),
        bg: color(settings.background),
        ..Style::new()
    };
    let highlighter = Highlighter::new(theme);
    let categories = Category::ALL.map(|category| {
        let scopes = scope_stack(category);
        let modifier = highlighter.style_mod_for_stack(&scopes);
        let mut style = text;
        if let Some(fg) = color(modifier.foreground) {
            style.fg = Some(fg);
        }
        if let Some(bg) = color(modifier.background) {
            style.bg = Some(bg);
        }
        style.add_modifier(modifiers(modifier.font_style.unwrap_or(FontStyle::empty())))
    });
    // Highlights that would vanish against the text background at this depth fall back to
    // the colour-free ones (reverse video), so the reader never loses its cursor.
    let highlight =
        |fg: Option<ThemeColor>, bg: Option<ThemeColor>, fallback: Style| match color(bg) {
            Some(bg) if Some(bg) != text.bg => Style {
                fg: color(fg),
                bg: Some(bg),
                ..Style::new()
            },
            _ => fallback,
        };
    let dim = match color(settings.gutter_foreground) {
        Some(fg) if Some(fg) != text.fg => Style::new().fg(fg),
        _ => plain.dim,
    };
    Styles::new(
        name,
        text,
        categories,
        highlight(
            settings.selection_foreground,
            settings.selection,
            plain.selection,
        ),
        highlight(
            settings.find_highlight_foreground,
            settings.find_highlight,
            plain.search,
        ),
        highlight(None, settings.line_highlight, plain.line_highlight),
        dim,
    )
}

/// A category's scope stack (see [`Category::scopes`]) as syntect scopes.
fn scope_stack(category: Category) -> Vec<Scope> {
    category
        .scopes()
        .split_whitespace()
        .map(|s| Scope::new(s).expect("category scopes are valid scope names"))
        .collect()
}

fn modifiers(font: FontStyle) -> Modifier {
    let mut m = Modifier::empty();
    for (flag, modifier) in [
        (FontStyle::BOLD, Modifier::BOLD),
        (FontStyle::ITALIC, Modifier::ITALIC),
        (FontStyle::UNDERLINE, Modifier::UNDERLINED),
    ] {
        if font.contains(flag) {
            m |= modifier;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use syntect::highlighting::ThemeSet;

    use ratatui::style::Color;

    const THEME: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict><key>settings</key><array>
  <dict><key>settings</key><dict>
    <key>foreground</key><string>#E0E0E0</string>
    <key>background</key><string>#101010</string>
    <key>selection</key><string>#101010</string>
    <key>findHighlight</key><string>#FFD866</string>
  </dict></dict>
  <dict><key>scope</key><string>entity.name.function</string><key>settings</key><dict>
    <key>foreground</key><string>#FF0000</string></dict></dict>
  <dict><key>scope</key><string>meta.speaker.official.whosaid</string><key>settings</key><dict>
    <key>foreground</key><string>#FFA657</string><key>fontStyle</key><string>bold</string>
  </dict></dict>
  <dict><key>scope</key><string>comment</string><key>settings</key><dict>
    <key>foreground</key><string>#02000000</string><key>fontStyle</key><string>italic underline</string>
  </dict></dict>
</array></dict></plist>"##;

    fn theme() -> Theme {
        ThemeSet::load_from_reader(&mut Cursor::new(THEME)).unwrap()
    }

    #[test]
    fn the_whosaid_scope_beats_the_conventional_one() {
        let s = resolve("t", &theme(), ColorDepth::TrueColor);
        assert_eq!(
            s.category(Category::Official),
            Style::new()
                .fg(Color::Rgb(0xFF, 0xA6, 0x57))
                .bg(Color::Rgb(0x10, 0x10, 0x10))
                .add_modifier(Modifier::BOLD)
        );
    }

    #[test]
    fn unmatched_categories_get_the_text_style() {
        let s = resolve("t", &theme(), ColorDepth::TrueColor);
        assert_eq!(s.category(Category::Country), s.text);
        assert_eq!(s.text.fg, Some(Color::Rgb(0xE0, 0xE0, 0xE0)));
    }

    #[test]
    fn font_styles_and_palette_colours_carry_over() {
        let s = resolve("t", &theme(), ColorDepth::Ansi256);
        let caption = s.category(Category::Caption);
        assert_eq!(caption.fg, Some(Color::Green));
        assert_eq!(
            caption.add_modifier,
            Modifier::ITALIC | Modifier::UNDERLINED
        );
    }

    #[test]
    fn invisible_or_missing_highlights_fall_back_to_reverse_video() {
        let s = resolve("t", &theme(), ColorDepth::TrueColor);
        // The selection colour equals the background; lineHighlight is missing.
        assert_eq!(s.selection, Styles::plain().selection);
        assert_eq!(s.line_highlight, Styles::plain().line_highlight);
        assert_eq!(s.search.bg, Some(Color::Rgb(0xFF, 0xD8, 0x66)));
    }

    #[test]
    fn no_colour_is_the_plain_table_under_the_theme_name() {
        let s = resolve("t", &theme(), ColorDepth::NoColor);
        assert_eq!(s.name, "t");
        assert_eq!(
            s.category(Category::Official),
            Styles::plain().category(Category::Official)
        );
    }
}
