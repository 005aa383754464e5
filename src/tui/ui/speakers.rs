//! The side panel: speakers by group with their quote counts, the chosen speaker's
//! quotes, countries with their mention counts, and what each colour means.

use ratatui::buffer::Buffer;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span as Piece};
use unicode_width::UnicodeWidthStr;

use super::{fit, row, visible};
use crate::analysis::{QuoteKind, Role};
use crate::highlight::Category;
use crate::tui::app::{Areas, Entry, Focus, Model};

pub fn render(m: &Model, areas: &Areas, buf: &mut Buffer) {
    let styles = m.styles();
    let (Some(panel), rows) = (areas.panel, areas.panel_rows) else {
        return;
    };
    let focused = m.focus == Focus::Panel;
    if areas.article_shown {
        // Beside the article: a border, brighter while the panel has the focus.
        let border = if focused {
            styles.text.add_modifier(Modifier::BOLD)
        } else {
            styles.dim
        };
        for y in panel.y..panel.bottom() {
            buf.set_string(panel.x, y, "│", border);
        }
    }
    let cursor = m.cursor_speaker();
    let width = usize::from(rows.width);
    let entries = m.panel_entries(rows.width);
    for (y, entry) in (rows.y..rows.bottom()).zip(entries.iter().skip(m.panel_top)) {
        let line = match entry {
            Entry::Heading(h) => {
                Line::styled(fit(h, width), styles.text.add_modifier(Modifier::BOLD))
            }
            Entry::Note(n) => Line::styled(fit(n, width), styles.dim),
            Entry::Blank => Line::default(),
            &Entry::Speaker(s) => speaker(m, s, width),
            &Entry::Quote(q) => quote(m, q, width),
            &Entry::Country(name, count) => counted(
                name,
                styles.category(Category::Country),
                count,
                styles.dim,
                width,
            ),
            Entry::Legend(categories) => {
                let mut pieces = Vec::new();
                for &c in categories {
                    pieces.push(Piece::raw("  "));
                    pieces.push(Piece::styled(c.label(), styles.category(c)));
                }
                Line::from(pieces)
            }
        };
        buf.set_line(rows.x, y, &line, rows.width);
        if focused && cursor.is_some_and(|c| *entry == Entry::Speaker(c)) {
            buf.set_style(row(rows, y), styles.line_highlight);
        }
    }
}

/// `  name ……… count`, the count right-aligned.
fn counted<'a>(name: &str, style: Style, count: usize, dim: Style, width: usize) -> Line<'a> {
    let count = count.to_string();
    let room = width.saturating_sub(count.len() + 3);
    let name = fit(name, room);
    let pad = width.saturating_sub(name.width() + count.len() + 2);
    Line::from(vec![
        Piece::raw("  "),
        Piece::styled(name, style),
        Piece::raw(" ".repeat(pad)),
        Piece::styled(count, dim),
    ])
}

fn speaker<'a>(m: &Model, s: usize, width: usize) -> Line<'a> {
    let styles = m.styles();
    let speaker = &m.analysis.speakers[s];
    let category = match (speaker.anonymous, speaker.role) {
        (true, _) => Category::Anonymous,
        (false, Role::Official) => Category::Official,
        (false, Role::Expert) => Category::Expert,
        (false, Role::Other) => Category::OtherPerson,
    };
    let mut style = styles.text.patch(styles.category(category));
    let current = m.current.and_then(|q| m.analysis.quotes[q].speaker);
    if current == Some(s) {
        style = style.patch(styles.selection);
    }
    let mut line = counted(
        &speaker.name,
        style,
        speaker.quotes.len(),
        styles.dim,
        width,
    );
    if m.chosen == Some(s) {
        line.spans[0] = Piece::raw("▸ ");
    }
    line
}

/// `  12 “the quote…”`: its number among all attributions, and as much text as fits;
/// reported speech goes without quotation marks.
fn quote<'a>(m: &'a Model, q: usize, width: usize) -> Line<'a> {
    let styles = m.styles();
    let quote = &m.analysis.quotes[q];
    let number = format!("  {} ", q + 1);
    let text = visible(quote.span.of(&m.article.text));
    let text = match quote.kind {
        QuoteKind::Direct => format!("“{text}”"),
        QuoteKind::Indirect => text.into_owned(),
    };
    let text = fit(&text, width.saturating_sub(number.len()));
    let style = if m.current == Some(q) {
        styles.text.patch(styles.selection)
    } else {
        styles.text
    };
    Line::from(vec![
        Piece::styled(number, styles.dim),
        Piece::styled(text, style),
    ])
}
