//! The article pane: the rows on screen, styled by category, with the current attribution
//! and search matches marked over the theme's colours.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as Piece};

use super::visible;
use crate::article::{BlockKind, Span};
use crate::highlight::Category;
use crate::tui::app::Model;
use crate::tui::layout::{Row, BAR_WIDTH};

/// What sets captions and credits apart from the body: a bar in their left margin.
const BAR: &str = "│ ";

pub fn render(m: &Model, area: Rect, buf: &mut Buffer) {
    let styles = m.styles();
    let mut marks: Vec<(Span, Style)> = Vec::new();
    if let Some(q) = m.current.map(|q| &m.analysis.quotes[q]) {
        marks.push((q.span, styles.selection));
        marks.extend(q.source.map(|s| (s, styles.selection)));
    }
    for (y, row) in (area.y..area.bottom()).zip(m.layout.rows(m.top)) {
        let Row::Text { kind, span } = row else {
            continue;
        };
        let mut x = area.x;
        if matches!(kind, BlockKind::Caption | BlockKind::Credit) {
            buf.set_stringn(x, y, BAR, usize::from(area.width), styles.dim);
            x += BAR_WIDTH.min(area.width);
        }
        let line = styled_line(m, span, &marks);
        buf.set_line(x, y, &line, area.right() - x);
    }
}

/// One row's text cut where its style changes: highlight runs, then marks over them.
fn styled_line<'a>(m: &'a Model, line: Span, marks: &[(Span, Style)]) -> Line<'a> {
    let styles = m.styles();
    let text = &m.article.text;
    let first_run = m.runs.partition_point(|r| r.span.end <= line.start);
    let runs = m.runs[first_run..]
        .iter()
        .take_while(|r| r.span.start < line.end);
    let first_match = m.search.matches.partition_point(|s| s.end <= line.start);
    let matches = m.search.matches[first_match..]
        .iter()
        .take_while(|s| s.start < line.end);

    let mut cuts = vec![line.start, line.end];
    let spans = runs
        .clone()
        .map(|r| r.span)
        .chain(matches.clone().copied())
        .chain(marks.iter().map(|(s, _)| *s));
    for s in spans {
        cuts.extend(
            [s.start, s.end]
                .into_iter()
                .filter(|&c| line.start < c && c < line.end),
        );
    }
    cuts.sort_unstable();
    cuts.dedup();

    let pieces = cuts.windows(2).map(|w| {
        let (a, b) = (w[0], w[1]);
        let inside = |s: &Span| s.start <= a && a < s.end;
        let category = runs
            .clone()
            .find(|r| inside(&r.span))
            .map_or(Category::Text, |r| r.category);
        let mut style = styles.text.patch(styles.category(category));
        for (s, mark) in marks {
            if inside(s) {
                style = style.patch(*mark);
            }
        }
        if matches.clone().any(inside) {
            style = style.patch(styles.search);
        }
        Piece::styled(visible(&text[a..b]), style)
    });
    Line::from(pieces.collect::<Vec<_>>())
}
