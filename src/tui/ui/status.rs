//! The status bar: the current attribution (`3/28 Antony Blinken (official)`), search and
//! notes on the left; the position in the article and key hints on the right.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::tui::action::Action;
use crate::tui::app::{plural, Model, Progress};
use crate::tui::keymap::keys_for;

/// Draw the bar; returns where the cursor goes while a search is typed.
pub fn render(m: &Model, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let styles = m.styles();
    let width = usize::from(area.width);
    if let Some(typed) = &m.search.typing {
        let prompt = fit(&format!("/{typed}"), width.saturating_sub(1));
        buf.set_stringn(area.x, area.y, &prompt, width, styles.text);
        return Some(Position::new(area.x + prompt.width() as u16, area.y));
    }
    let left = left(m);
    let position = position(m);
    let hints = hints(m);
    let right = if left.width() + position.width() + hints.width() + 4 <= width {
        format!("{position}  {hints}")
    } else {
        position
    };
    let left = fit(&left, width.saturating_sub(right.width() + 2));
    buf.set_stringn(
        area.x,
        area.y,
        &left,
        width,
        styles.text.add_modifier(Modifier::BOLD),
    );
    let x = area.right().saturating_sub(right.width() as u16);
    if x > area.x + left.width() as u16 {
        buf.set_stringn(x, area.y, &right, width, styles.dim);
    }
    None
}

/// Who said the current attribution, and anything else worth saying now.
fn left(m: &Model) -> String {
    let a = &m.analysis;
    let mut parts: Vec<String> = Vec::new();
    match (m.current, &m.progress) {
        (Some(q), _) => {
            let who = match a.quotes[q].speaker.map(|s| &a.speakers[s]) {
                Some(s) if s.anonymous => format!("{} ({}, anonymous)", s.name, s.role.as_str()),
                Some(s) => format!("{} ({})", s.name, s.role.as_str()),
                None => "unknown speaker".to_string(),
            };
            // While results still arrive the count is only a lower bound.
            let more = if m.analysing() { "+" } else { "" };
            parts.push(format!("{}/{}{more} {who}", q + 1, a.quotes.len()));
        }
        (None, Progress::Reading) => parts.push("reading…".into()),
        (None, Progress::Analysing(_)) => parts.push(m.analysing_note()),
        (None, Progress::Failed(_)) => parts.push("analysis failed".into()),
        (None, Progress::Done) => parts.push(format!(
            "{} attribution{}: {} next",
            a.quotes.len(),
            plural(a.quotes.len()),
            keys_for(&Action::NextAttribution)
        )),
    }
    if let Some(s) = m.chosen {
        let theirs = &a.speakers[s].quotes;
        match m.current.and_then(|q| theirs.iter().position(|&t| t == q)) {
            Some(k) => parts.push(format!("{} of their {}", k + 1, theirs.len())),
            None => parts.push(format!("only {}", a.speakers[s].name)),
        }
    }
    if let Some(i) = m.search.current {
        let n = m.search.matches.len();
        parts.push(format!("/{} {}/{n}", m.search.pattern, i + 1));
    }
    parts.extend(m.message.clone());
    parts.join(" · ")
}

/// Like less: `Top`, `Bot`, `All`, or how far in the top row is.
fn position(m: &Model) -> String {
    let at_top = m.top_offset == 0 || m.top == Default::default();
    match (at_top, m.at_end) {
        (true, true) => "All".into(),
        (true, false) => "Top".into(),
        (false, true) => "Bot".into(),
        (false, false) => {
            let len = m.article.text.len().max(1);
            format!("{}%", m.top_offset * 100 / len)
        }
    }
}

fn hints(m: &Model) -> String {
    let mut hints = vec![format!("{} help", keys_for(&Action::ToggleHelp))];
    if m.areas().panel.is_none() {
        hints.push(format!("{} speakers", keys_for(&Action::TogglePanel)));
    }
    hints.push(format!("{} quit", keys_for(&Action::Quit)));
    hints.join("  ")
}
