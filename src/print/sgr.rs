//! Styles as ANSI SGR escape sequences, for output ratatui does not draw (`print`,
//! `--list-themes`). Written here rather than through crossterm: crossterm 0.29 under
//! `NO_COLOR` turns a colour change into a full reset, which drops bold and underline —
//! the only things keeping the categories apart without colour.

use ratatui::style::{Color, Modifier, Style};

/// Back to the terminal's default style.
pub const RESET: &str = "\x1b[0m";

/// The escape sequence that sets exactly `style`: a reset, then its modifiers and colours.
pub fn sgr(style: Style) -> String {
    let mut params = vec!["0".to_string()];
    for (modifier, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::SLOW_BLINK, "5"),
        (Modifier::RAPID_BLINK, "6"),
        (Modifier::REVERSED, "7"),
        (Modifier::HIDDEN, "8"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if style.add_modifier.contains(modifier) {
            params.push(code.to_string());
        }
    }
    params.extend(style.fg.map(|c| color(c, 30)));
    params.extend(style.bg.map(|c| color(c, 40)));
    format!("\x1b[{}m", params.join(";"))
}

/// A colour's parameters; `base` is 30 for the foreground, 40 for the background.
fn color(c: Color, base: u8) -> String {
    let code = match c {
        Color::Reset => base + 9,
        Color::Black => base,
        Color::Red => base + 1,
        Color::Green => base + 2,
        Color::Yellow => base + 3,
        Color::Blue => base + 4,
        Color::Magenta => base + 5,
        Color::Cyan => base + 6,
        Color::Gray => base + 7,
        Color::DarkGray => base + 60,
        Color::LightRed => base + 61,
        Color::LightGreen => base + 62,
        Color::LightYellow => base + 63,
        Color::LightBlue => base + 64,
        Color::LightMagenta => base + 65,
        Color::LightCyan => base + 66,
        Color::White => base + 67,
        Color::Indexed(i) => return format!("{};5;{i}", base + 8),
        Color::Rgb(r, g, b) => return format!("{};2;{r};{g};{b}", base + 8),
    };
    code.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modifiers_and_colours_become_parameters() {
        let style = Style::new()
            .fg(Color::Rgb(1, 2, 3))
            .bg(Color::Indexed(208))
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        assert_eq!(sgr(style), "\x1b[0;1;4;38;2;1;2;3;48;5;208m");
        assert_eq!(sgr(Style::new().fg(Color::LightCyan)), "\x1b[0;96m");
        assert_eq!(sgr(Style::new().bg(Color::Black)), "\x1b[0;40m");
        assert_eq!(sgr(Style::new()), "\x1b[0m");
    }
}
