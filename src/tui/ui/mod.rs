//! The views: pure functions from the [`Model`] to a frame.

mod article;
mod help;
mod speakers;
mod status;

use std::borrow::Cow;

use ratatui::layout::Rect;
use ratatui::Frame;
use unicode_width::UnicodeWidthChar;

use super::app::Model;

pub fn draw(frame: &mut Frame, m: &Model) {
    let area = frame.area();
    let styles = m.styles();
    frame.buffer_mut().set_style(area, styles.text);
    if (area.width, area.height) != m.size {
        // The terminal changed size after the model last heard of it; the resize event is
        // on its way, and drawing for the old size could reach past the buffer.
        return;
    }
    let areas = m.areas();
    if areas.too_small {
        let message = if area.width >= 18 {
            "terminal too small"
        } else {
            "too small"
        };
        let y = area.height / 2;
        frame
            .buffer_mut()
            .set_stringn(0, y, message, usize::from(area.width), styles.dim);
        return;
    }
    if areas.article_shown {
        article::render(m, areas.text, frame.buffer_mut());
    }
    if areas.panel.is_some() {
        speakers::render(m, &areas, frame.buffer_mut());
    }
    if let Some(cursor) = status::render(m, areas.status, frame.buffer_mut()) {
        frame.set_cursor_position(cursor);
    }
    if m.help.is_some() {
        help::render(m, areas.help, frame.buffer_mut());
    }
}

/// Article text as it may reach the terminal: tabs and joined line breaks as spaces, and
/// any control character that got this far as U+FFFD, never raw.
fn visible(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_control) {
        s.chars()
            .map(|c| match c {
                '\t' | '\n' => ' ',
                c if c.is_control() => '\u{FFFD}',
                c => c,
            })
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// `s` cut to `width` display columns, ending in `…` when something was cut.
fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let total: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return s.to_string();
    }
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A one-row rectangle.
fn row(area: Rect, y: u16) -> Rect {
    Rect::new(area.x, y, area.width, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn nothing_raw_reaches_the_terminal() {
        assert_eq!(visible("a\tb\nc\u{1b}d\u{9b}e"), "a b c\u{FFFD}d\u{FFFD}e");
        assert!(matches!(visible("plain “text”"), Cow::Borrowed(_)));
    }

    #[test]
    fn fit_cuts_by_display_width() {
        assert_eq!(fit("Antony Blinken", 20), "Antony Blinken");
        assert_eq!(fit("Antony Blinken", 8), "Antony …");
        assert_eq!(fit("東京都庁", 5).width(), 5);
        assert_eq!(fit("abc", 0), "");
    }
}
