//! The wrapped-line cache: the one authority for byte offset ↔ screen row in the article
//! pane.
//!
//! The article is drawn as *units*: its blocks in reading order, with a dateline joined to
//! the paragraph it opens (`WASHINGTON – The United States …`) and very long blocks cut into
//! chunks, so no single wrap is expensive. A unit is wrapped only when a row of it is needed,
//! with textwrap's Unicode line breaking and display widths (CJK, emoji, combining marks):
//! the first frame of a 50 MB article wraps what is on screen and nothing else. Wrapped units
//! are kept for the last few widths, so resizing back costs nothing.
//!
//! A position is a unit and a row inside it, never a global row number, so the rows above a
//! position need not be wrapped to know where it is.

use std::borrow::Cow;

use textwrap::core::break_words;
use textwrap::wrap_algorithms::wrap_first_fit;
use textwrap::WordSeparator;

use crate::article::{Block, BlockKind, Span};

/// The longest stretch of a block wrapped at once; longer blocks are cut at a space.
const CHUNK: usize = 16 * 1024;
/// How many widths keep their wrapped lines.
const WIDTHS_KEPT: usize = 3;
/// Columns a caption or credit is indented by: the bar that sets it apart from the body.
pub const BAR_WIDTH: u16 = 2;

/// A drawn stretch of the article: a block, a dateline with its paragraph, or a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    pub span: Span,
    pub kind: BlockKind,
    /// Blank rows after it: none between a caption and its credit, between the chunks of
    /// one block, or after the last unit.
    pub gap: usize,
}

/// A screen row of the article: a unit and a row inside it (its lines, then its gap).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub unit: usize,
    pub row: usize,
}

/// What one screen row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// A wrapped line: the bytes of the text it shows (trailing spaces left out).
    Text {
        kind: BlockKind,
        span: Span,
    },
    Blank,
}

/// Each unit's lines at one width, for the units wrapped so far.
type Wrapped = Vec<Option<Box<[Span]>>>;

pub struct Layout {
    units: Vec<Unit>,
    width: u16,
    /// Wrapped lines for each kept width, the width in force first.
    wrapped: Vec<(u16, Wrapped)>,
}

impl Layout {
    pub fn new(text: &str, blocks: &[Block]) -> Layout {
        let units = units(text, blocks);
        let empty = vec![None; units.len()];
        Layout {
            units,
            width: 0,
            wrapped: vec![(0, empty)],
        }
    }

    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    pub fn width(&self) -> u16 {
        self.width
    }

    /// Wrap at `width` columns from now on.
    pub fn set_width(&mut self, width: u16) {
        if width == self.width {
            return;
        }
        self.width = width;
        let entry = match self.wrapped.iter().position(|(w, _)| *w == width) {
            Some(i) => self.wrapped.remove(i),
            None => (width, vec![None; self.units.len()]),
        };
        self.wrapped.insert(0, entry);
        self.wrapped.truncate(WIDTHS_KEPT);
    }

    /// A unit's lines, wrapping it now if it has not been at this width.
    fn lines_mut(&mut self, text: &str, u: usize) -> &[Span] {
        let unit = self.units[u];
        let width = text_width(unit.kind, self.width);
        self.wrapped[0].1[u].get_or_insert_with(|| wrap(text, unit, width))
    }

    fn height(&mut self, text: &str, u: usize) -> usize {
        let gap = self.units[u].gap;
        self.lines_mut(text, u).len() + gap
    }

    /// The last row of the article.
    pub fn last(&mut self, text: &str) -> Pos {
        let unit = self.units.len() - 1;
        let row = self.height(text, unit) - 1;
        Pos { unit, row }
    }

    /// The row `delta` rows below (or above, when negative) `pos`, stopping at either end.
    /// Wraps every unit it passes.
    pub fn advance(&mut self, text: &str, pos: Pos, delta: isize) -> Pos {
        let mut p = pos;
        p.row = p.row.min(self.height(text, p.unit) - 1);
        let mut n = delta.unsigned_abs();
        if delta >= 0 {
            loop {
                let room = self.height(text, p.unit) - 1 - p.row;
                if n <= room {
                    p.row += n;
                    return p;
                }
                if p.unit + 1 == self.units.len() {
                    p.row += room;
                    return p;
                }
                n -= room + 1;
                p = Pos {
                    unit: p.unit + 1,
                    row: 0,
                };
            }
        }
        loop {
            if n <= p.row {
                p.row -= n;
                return p;
            }
            if p.unit == 0 {
                p.row = 0;
                return p;
            }
            n -= p.row + 1;
            p.unit -= 1;
            p.row = self.height(text, p.unit) - 1;
        }
    }

    /// The row showing byte `offset` (or, between units, the next unit's first row).
    pub fn locate(&mut self, text: &str, offset: usize) -> Pos {
        let unit = self
            .units
            .partition_point(|u| u.span.end <= offset)
            .min(self.units.len() - 1);
        let lines = self.lines_mut(text, unit);
        let row = lines
            .partition_point(|l| l.start <= offset)
            .saturating_sub(1);
        Pos { unit, row }
    }

    /// The byte offset a row starts at (a blank row: the end of the unit above it).
    pub fn offset(&mut self, text: &str, pos: Pos) -> usize {
        let end = self.units[pos.unit].span.end;
        self.lines_mut(text, pos.unit)
            .get(pos.row)
            .map_or(end, |l| l.start)
    }

    /// The rows from `from` on, for drawing: only as far as units have been wrapped, so
    /// call [`Layout::advance`] over the rows first.
    pub fn rows(&self, from: Pos) -> impl Iterator<Item = Row> + '_ {
        let wrapped = &self.wrapped[0].1;
        self.units[from.unit..]
            .iter()
            .zip(&wrapped[from.unit..])
            .map_while(|(unit, lines)| Some((unit, lines.as_deref()?)))
            .flat_map(|(unit, lines)| {
                let text = lines.iter().map(|&span| Row::Text {
                    kind: unit.kind,
                    span,
                });
                text.chain(std::iter::repeat_n(Row::Blank, unit.gap))
            })
            .skip(from.row)
    }
}

/// Columns for a unit's text: captions and credits give some to their bar.
fn text_width(kind: BlockKind, width: u16) -> usize {
    let bar = match kind {
        BlockKind::Caption | BlockKind::Credit => BAR_WIDTH,
        _ => 0,
    };
    usize::from(width.saturating_sub(bar).max(1))
}

fn units(text: &str, blocks: &[Block]) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(blocks.len());
    let mut i = 0;
    while i < blocks.len() {
        let Block { mut span, mut kind } = blocks[i];
        i += 1;
        if kind == BlockKind::Dateline {
            if let Some(next) = blocks.get(i) {
                if next.span.start >= span.end && !text[span.end..next.span.start].contains('\n') {
                    span.end = next.span.end;
                    kind = next.kind;
                    i += 1;
                }
            }
        }
        let mut start = span.start;
        while span.end - start > CHUNK {
            let cut = chunk_end(text, start);
            out.push(Unit {
                span: Span::new(start, cut),
                kind,
                gap: 0,
            });
            start = cut;
        }
        out.push(Unit {
            span: Span::new(start, span.end),
            kind,
            gap: 1,
        });
    }
    if out.is_empty() {
        // An article with nothing kept still has one (empty) row, so every position is valid.
        out.push(Unit {
            span: Span::default(),
            kind: BlockKind::Paragraph,
            gap: 0,
        });
    }
    for i in 0..out.len() {
        let caption_then_credit = out[i].kind == BlockKind::Caption
            && out.get(i + 1).is_some_and(|n| n.kind == BlockKind::Credit);
        if caption_then_credit || i + 1 == out.len() {
            out[i].gap = 0;
        }
    }
    out
}

/// Where a chunk starting at `start` ends: after the last space in its second half, else at
/// a character boundary.
fn chunk_end(text: &str, start: usize) -> usize {
    let mut limit = start + CHUNK;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    match text[start..limit].rfind(' ') {
        Some(p) if p > CHUNK / 2 => start + p + 1,
        _ => limit,
    }
}

/// A unit's lines at `width` columns, as byte spans of the text.
fn wrap(text: &str, unit: Unit, width: usize) -> Box<[Span]> {
    let s = unit.span.of(text);
    // A line break inside a block is a hard wrap the structure joined, and a tab shows as a
    // space; both are one byte, as a space is, so offsets stay put.
    let flat: Cow<str> = if s.contains(['\n', '\t']) {
        s.replace(['\n', '\t'], " ").into()
    } else {
        s.into()
    };
    let words = break_words(
        WordSeparator::UnicodeBreakProperties.find_words(&flat),
        width,
    );
    let mut at = unit.span.start;
    let mut out: Vec<Span> = wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .map(|line| {
            // Words are contiguous: each is its text and the spaces after it.
            let len: usize = line.iter().map(|w| w.word.len() + w.whitespace.len()).sum();
            let trailing = line.last().map_or(0, |w| w.whitespace.len());
            let span = Span::new(at, at + len - trailing);
            at += len;
            span
        })
        .collect();
    if out.is_empty() {
        out.push(Span::new(unit.span.start, unit.span.start));
    }
    out.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn layout(text: &str, width: u16) -> Layout {
        let mut blocks = Vec::new();
        let mut at = 0;
        for para in text.split("\n\n") {
            blocks.push(Block {
                kind: BlockKind::Paragraph,
                span: Span::new(at, at + para.len()),
            });
            at += para.len() + 2;
        }
        let mut l = Layout::new(text, &blocks);
        l.set_width(width);
        l
    }

    fn all_rows(l: &mut Layout, text: &str) -> Vec<Row> {
        let last = l.last(text);
        l.advance(text, Pos::default(), isize::MAX);
        let rows: Vec<Row> = l.rows(Pos::default()).collect();
        assert_eq!(
            l.advance(text, Pos::default(), rows.len() as isize - 1),
            last
        );
        rows
    }

    #[test]
    fn lines_fit_the_width_in_display_columns() {
        let text = "東京都は日本の首都であり、人口は約一千四百万人です。\
                    Emoji 👩‍🔬🧪 and cafe\u{301} combining marks wrap by width too.\n\n\
                    Short.";
        for width in [1, 5, 12, 30, 80] {
            let mut l = layout(text, width);
            for row in all_rows(&mut l, text) {
                if let Row::Text { span, .. } = row {
                    let w = span.of(text).width();
                    assert!(w <= usize::from(width).max(2), "{w} > {width}: {span:?}");
                }
            }
        }
    }

    #[test]
    fn every_word_is_on_exactly_one_row() {
        let text = "one two three four five six seven eight nine ten\n\neleven twelve";
        let mut l = layout(text, 10);
        let shown: Vec<&str> = all_rows(&mut l, text)
            .into_iter()
            .filter_map(|r| match r {
                Row::Text { span, .. } => Some(span.of(text)),
                Row::Blank => None,
            })
            .collect();
        assert_eq!(shown.join(" ").split(' ').count(), 12);
        assert_eq!(shown[0], "one two");
        assert!(shown.contains(&"eleven"));
    }

    #[test]
    fn offsets_and_rows_agree() {
        let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa\n\nlambda mu nu";
        let mut l = layout(text, 12);
        for (offset, _) in text.char_indices().filter(|(_, c)| !c.is_whitespace()) {
            let pos = l.locate(text, offset);
            let start = l.offset(text, pos);
            assert!(start <= offset, "{offset} at {pos:?} starting {start}");
            let next = l.advance(text, pos, 1);
            if next != pos {
                assert!(l.offset(text, next) > offset);
            }
        }
    }

    #[test]
    fn advance_stops_at_both_ends() {
        let text = "a b c d e f g h\n\ni j";
        let mut l = layout(text, 3);
        let last = l.last(text);
        assert_eq!(l.advance(text, Pos::default(), 1000), last);
        assert_eq!(l.advance(text, last, -1000), Pos::default());
        let one = l.advance(text, Pos::default(), 1);
        assert_eq!(l.advance(text, one, -1), Pos::default());
    }

    #[test]
    fn long_blocks_are_wrapped_in_chunks_without_losing_text() {
        let text = "word ".repeat(CHUNK / 2);
        let text = text.trim_end();
        let mut l = layout(text, 40);
        assert!(l.units.len() > 1);
        let words: usize = all_rows(&mut l, text)
            .into_iter()
            .map(|r| match r {
                Row::Text { span, .. } => span.of(text).split_whitespace().count(),
                Row::Blank => 0,
            })
            .sum();
        assert_eq!(words, CHUNK / 2);
    }

    #[test]
    fn widths_are_kept_and_dropped() {
        let text = "a b c";
        let mut l = layout(text, 3);
        l.advance(text, Pos::default(), 10);
        l.set_width(5);
        l.set_width(3);
        assert!(l.wrapped[0].1[0].is_some(), "width 3 kept its lines");
        for w in 10..20 {
            l.set_width(w);
        }
        assert_eq!(l.wrapped.len(), WIDTHS_KEPT);
    }

    #[test]
    fn a_dateline_is_drawn_with_its_paragraph() {
        let text = "Title\n\nWASHINGTON – The sides met.";
        let blocks = [
            Block {
                kind: BlockKind::Title,
                span: Span::new(0, 5),
            },
            Block {
                kind: BlockKind::Dateline,
                span: Span::new(7, 17),
            },
            Block {
                kind: BlockKind::Paragraph,
                span: Span::new(22, text.len()),
            },
        ];
        let l = Layout::new(text, &blocks);
        assert_eq!(l.units.len(), 2);
        assert_eq!(l.units[1].span.of(text), "WASHINGTON – The sides met.");
    }
}
