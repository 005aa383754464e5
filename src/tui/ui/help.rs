//! The help overlay: every binding of the keymap table, as the table says it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span as Piece};
use ratatui::widgets::{Block, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::{fit, row};
use crate::tui::app::Model;
use crate::tui::keymap;

pub fn render(m: &Model, area: Rect, buf: &mut Buffer) {
    let styles = m.styles();
    // A wide character just left of the box would spill over its border: blank it.
    if area.x > 0 {
        for y in area.y..area.bottom() {
            let cell = &mut buf[(area.x - 1, y)];
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    Clear.render(area, buf);
    let block = Block::bordered()
        .title(" keys · Esc closes ")
        .style(styles.text)
        .border_style(styles.dim);
    let inner = block.inner(area);
    // A column of air inside the border.
    let inner = Rect::new(
        inner.x + 1,
        inner.y,
        inner.width.saturating_sub(2),
        inner.height,
    );
    block.render(area, buf);
    let help = keymap::help();
    let keys_width = help.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let width = usize::from(inner.width);
    let skip = m.help.unwrap_or(0);
    for (y, (keys, what)) in (inner.y..inner.bottom()).zip(help.iter().skip(skip)) {
        let keys = fit(keys, width);
        let pad = (keys_width + 2).saturating_sub(keys.width());
        let what = fit(what, width.saturating_sub(keys.width() + pad));
        let line = Line::from(vec![
            Piece::styled(keys, styles.text.add_modifier(Modifier::BOLD)),
            Piece::raw(" ".repeat(pad)),
            Piece::raw(what),
        ]);
        buf.set_line(inner.x, y, &line, inner.width);
        buf.set_style(row(inner, y), styles.text);
    }
}
