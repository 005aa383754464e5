//! Theme colours as a terminal can show them: syntect's RGBA downgraded to the colour depth
//! the terminal has.
//!
//! Following bat, a colour whose alpha is 0 (`#RR000000`) names palette entry `RR` of the
//! terminal (0–255) instead of an RGB value, and alpha 1 (`#00000001`) means the terminal's
//! own default colour; that lets a theme follow the user's terminal palette.

use ratatui::style::Color;
use syntect::highlighting::Color as ThemeColor;

use super::ColorDepth;

/// The terminal colour for a theme colour, or `None` when the depth allows no colour.
pub fn terminal_color(color: ThemeColor, depth: ColorDepth) -> Option<Color> {
    let rgb = (color.r, color.g, color.b);
    let color = match (color.a, depth) {
        (_, ColorDepth::NoColor) => return None,
        (0, ColorDepth::Ansi16) if color.r >= 16 => palette(nearest_16(xterm_rgb(color.r))),
        (0, _) => palette(color.r),
        (1, _) => Color::Reset,
        (_, ColorDepth::TrueColor) => Color::Rgb(rgb.0, rgb.1, rgb.2),
        (_, ColorDepth::Ansi256) => palette(nearest_256(rgb)),
        (_, ColorDepth::Ansi16) => palette(nearest_16(rgb)),
    };
    Some(color)
}

/// A palette index as a ratatui colour; the 16 basic colours by name, so they come out as
/// the classic SGR codes (30–37, 90–97) every terminal knows.
fn palette(index: u8) -> Color {
    const BASIC: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    BASIC
        .get(usize::from(index))
        .copied()
        .unwrap_or(Color::Indexed(index))
}

/// The 6×6×6 colour cube's channel levels (palette entries 16–231).
const CUBE_LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// xterm's RGB for a palette entry; the first 16 are xterm's defaults, which terminals
/// commonly change, so they only serve to downgrade alpha-0 colours above 15.
fn xterm_rgb(index: u8) -> (u8, u8, u8) {
    const BASIC: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    match index {
        0..=15 => BASIC[usize::from(index)],
        16..=231 => {
            let i = index - 16;
            let level = |n: u8| CUBE_LEVELS[usize::from(n % 6)];
            (level(i / 36), level(i / 6), level(i))
        }
        _ => {
            let grey = 8 + 10 * (index - 232);
            (grey, grey, grey)
        }
    }
}

/// The nearest entry of the xterm-256 palette, from the colour cube or the grey ramp —
/// never the first 16, whose RGB values differ from terminal to terminal.
pub fn nearest_256(rgb: (u8, u8, u8)) -> u8 {
    let nearest_level = |v: u8| {
        (0..CUBE_LEVELS.len())
            .min_by_key(|&i| CUBE_LEVELS[i].abs_diff(v))
            .unwrap_or(0) as u8
    };
    let cube = 16 + 36 * nearest_level(rgb.0) + 6 * nearest_level(rgb.1) + nearest_level(rgb.2);
    let mean = (u16::from(rgb.0) + u16::from(rgb.1) + u16::from(rgb.2)) / 3;
    let grey = 232 + ((mean.saturating_sub(3)) / 10).min(23) as u8;
    if distance(rgb, xterm_rgb(grey)) < distance(rgb, xterm_rgb(cube)) {
        grey
    } else {
        cube
    }
}

fn distance(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    let d = |x: u8, y: u8| u32::from(x.abs_diff(y)).pow(2);
    d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)
}

/// The nearest of the 16 basic colours, by hue rather than RGB distance: terminals show
/// those 16 in their own shades, so what survives is "a green" or "a bright magenta".
/// Nearest-RGB would turn most pastel theme colours into white and lose the differences
/// between categories.
pub fn nearest_16(rgb: (u8, u8, u8)) -> u8 {
    let (r, g, b) = (i32::from(rgb.0), i32::from(rgb.1), i32::from(rgb.2));
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    let chroma = max - min;
    let lightness = (max + min) / 2;
    if chroma < 40 {
        return match lightness {
            0..48 => 0,    // black
            48..128 => 8,  // dark grey
            128..208 => 7, // light grey
            _ => 15,       // white
        };
    }
    let hue = if max == r {
        60 * (g - b) / chroma
    } else if max == g {
        60 * (b - r) / chroma + 120
    } else {
        60 * (r - g) / chroma + 240
    }
    .rem_euclid(360);
    // Sector edges follow where common terminal palettes put their six hues, so an
    // orange stays apart from a yellow and a sky blue from a teal.
    let base = match hue {
        30..75 => 3,   // yellow
        75..160 => 2,  // green
        160..195 => 6, // cyan
        195..255 => 4, // blue
        255..340 => 5, // magenta
        _ => 1,        // red
    };
    if lightness >= 128 {
        base + 8
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: u32) -> ThemeColor {
        ThemeColor {
            r: (hex >> 16) as u8,
            g: (hex >> 8) as u8,
            b: hex as u8,
            a: 0xFF,
        }
    }

    #[test]
    fn truecolor_keeps_rgb() {
        assert_eq!(
            terminal_color(rgb(0xFFA657), ColorDepth::TrueColor),
            Some(Color::Rgb(0xFF, 0xA6, 0x57))
        );
    }

    #[test]
    fn rgb_downgrades_to_the_nearest_256_colour() {
        // Exact cube and grey-ramp entries map to themselves.
        assert_eq!(nearest_256((0xFF, 0x87, 0x00)), 208);
        assert_eq!(nearest_256((0x00, 0x00, 0x00)), 16);
        assert_eq!(nearest_256((0x80, 0x80, 0x80)), 244);
        assert_eq!(nearest_256((0xEE, 0xEE, 0xEE)), 255);
        // Near misses land on the closest one.
        assert_eq!(nearest_256((0xFF, 0xA6, 0x57)), 215);
        assert_eq!(nearest_256((0x1E, 0x20, 0x29)), 235);
        assert_eq!(
            terminal_color(rgb(0xFFA657), ColorDepth::Ansi256),
            Some(Color::Indexed(215))
        );
    }

    #[test]
    fn every_palette_entry_above_15_is_its_own_nearest() {
        for i in 16..=255u8 {
            assert_eq!(
                distance(xterm_rgb(i), xterm_rgb(nearest_256(xterm_rgb(i)))),
                0,
                "{i}"
            );
        }
    }

    #[test]
    fn rgb_downgrades_to_16_colours_by_hue() {
        let cases = [
            (0xFF0000, Color::Red),
            (0xFF7B72, Color::LightRed),
            (0xAD4E00, Color::Red),    // dark orange
            (0xE69F00, Color::Yellow), // amber
            (0xB4E07A, Color::LightGreen),
            (0x4DD6C8, Color::LightCyan),
            (0x56B4E9, Color::LightBlue),
            (0xC49BFF, Color::LightMagenta),
            (0x1E2029, Color::Black),
            (0x5F6475, Color::DarkGray),
            (0xA9B7CF, Color::Gray),
            (0xFFFFFF, Color::White),
        ];
        for (hex, want) in cases {
            assert_eq!(
                terminal_color(rgb(hex), ColorDepth::Ansi16),
                Some(want),
                "#{hex:06X}"
            );
        }
    }

    #[test]
    fn alpha_zero_names_a_palette_entry() {
        let entry = |index: u8| ThemeColor {
            r: index,
            g: 0,
            b: 0,
            a: 0,
        };
        for depth in [ColorDepth::TrueColor, ColorDepth::Ansi256] {
            assert_eq!(terminal_color(entry(2), depth), Some(Color::Green));
            assert_eq!(terminal_color(entry(208), depth), Some(Color::Indexed(208)));
        }
        assert_eq!(
            terminal_color(entry(2), ColorDepth::Ansi16),
            Some(Color::Green)
        );
        // 208 is orange (#FF8700): a basic terminal gets the nearest of its 16.
        assert_eq!(
            terminal_color(entry(208), ColorDepth::Ansi16),
            Some(Color::Yellow)
        );
    }

    #[test]
    fn alpha_one_is_the_terminal_default() {
        let default = ThemeColor {
            r: 0,
            g: 0,
            b: 0,
            a: 1,
        };
        assert_eq!(
            terminal_color(default, ColorDepth::TrueColor),
            Some(Color::Reset)
        );
    }

    #[test]
    fn no_colour_means_none() {
        assert_eq!(terminal_color(rgb(0xFF0000), ColorDepth::NoColor), None);
    }
}
