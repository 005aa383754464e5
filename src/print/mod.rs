//! `whosaid print`: the cleaned article as text for a pipe or a pager, like bat. Blocks are
//! separated by blank lines; captions and their credits stand apart behind a bar; lines wrap
//! at a width if one is given; with a style table, every run of the highlighting gets its
//! style as SGR escape sequences and each line ends reset, so `less -R` shows any line alone.
//!
//! The article's text never carries a control character (loading replaced them with
//! visible symbols), so the only escape sequences in the output are the ones written here.

pub mod sgr;
mod theme_list;
mod wrap;

use std::io::{self, Write};
use std::ops::Range;

use ratatui::style::Style;
use textwrap::core::display_width;

use crate::article::{Article, BlockKind};
use crate::highlight::{self, Category, Run};
use crate::theme::Styles;

pub use theme_list::theme_list;

/// What sets captions and credits apart from the body.
const ASIDE_BAR: &str = "  │ ";

/// Write `article` to `out`, styled from `styles` (`None`: plain text, no escape sequences
/// at all), wrapped at `width` columns (`None`: only at the text's own line ends).
pub fn write_article(
    out: &mut dyn Write,
    article: &Article,
    styles: Option<&Styles>,
    width: Option<usize>,
) -> io::Result<()> {
    // A tab's width depends on its column, which would throw the wrapping off; a space has
    // the same length in bytes, so every span still points at the same text.
    let text = article.text.replace('\t', " ");
    let runs = highlight::runs(article);
    let styles = styles.map(PrintStyles::new);
    let mut previous = None;
    for block in &article.blocks {
        // A credit stays with the caption above it.
        if previous.is_some()
            && (previous, block.kind) != (Some(BlockKind::Caption), BlockKind::Credit)
        {
            out.write_all(b"\n")?;
        }
        previous = Some(block.kind);
        let aside = matches!(block.kind, BlockKind::Caption | BlockKind::Credit);
        let indent = if aside { ASIDE_BAR } else { "" };
        let width = width.map(|w| w.saturating_sub(display_width(indent)));
        let block_text = block.span.of(&text);
        for line in wrap::line_ranges(block_text, width) {
            let line = block.span.start + line.start..block.span.start + line.end;
            let mut line_out = LineWriter::new(out);
            if aside {
                line_out.write(ASIDE_BAR, styles.as_ref().map(|s| s.bar))?;
            }
            for (range, category) in segments(line, &runs) {
                let style = styles.as_ref().map(|s| s.categories[category.index()]);
                line_out.write(&text[range], style)?;
            }
            line_out.finish()?;
        }
    }
    Ok(())
}

/// The style table as `print` uses it: the theme's background only where a category asks
/// for a different one, so the article sits on the terminal's own background as in bat
/// (a painted background would stop at each line's last character).
struct PrintStyles {
    categories: [Style; Category::ALL.len()],
    bar: Style,
}

impl PrintStyles {
    fn new(styles: &Styles) -> PrintStyles {
        let on_terminal_background = |style: Style| match style.bg {
            bg if bg == styles.text.bg => Style { bg: None, ..style },
            _ => style,
        };
        PrintStyles {
            categories: Category::ALL.map(|c| on_terminal_background(styles.category(c))),
            bar: on_terminal_background(styles.dim),
        }
    }
}

/// One output line: escape sequences only where the style changes, a reset at the end if
/// anything is still set. Each line starts from the terminal's default style.
struct LineWriter<'a> {
    out: &'a mut dyn Write,
    current: Style,
}

impl<'a> LineWriter<'a> {
    fn new(out: &'a mut dyn Write) -> LineWriter<'a> {
        LineWriter {
            out,
            current: Style::new(),
        }
    }

    /// `style` is `None` when printing without styles.
    fn write(&mut self, text: &str, style: Option<Style>) -> io::Result<()> {
        if let Some(style) = style.filter(|&s| s != self.current) {
            self.out.write_all(sgr::sgr(style).as_bytes())?;
            self.current = style;
        }
        self.out.write_all(text.as_bytes())
    }

    fn finish(self) -> io::Result<()> {
        if self.current != Style::new() {
            self.out.write_all(sgr::RESET.as_bytes())?;
        }
        self.out.write_all(b"\n")
    }
}

/// `line` cut where the highlight runs begin and end, each piece with its category; text
/// outside every run is [`Category::Text`].
fn segments(
    line: Range<usize>,
    runs: &[Run],
) -> impl Iterator<Item = (Range<usize>, Category)> + '_ {
    let first = runs.partition_point(|r| r.span.end <= line.start);
    let mut runs = runs[first..].iter().peekable();
    let mut at = line.start;
    std::iter::from_fn(move || {
        if at >= line.end {
            return None;
        }
        let (end, category) = match runs.peek() {
            Some(run) if run.span.start <= at => {
                let run = runs.next()?;
                (run.span.end.min(line.end), run.category)
            }
            Some(run) if run.span.start < line.end => (run.span.start, Category::Text),
            _ => (line.end, Category::Text),
        };
        let piece = at..end;
        at = end;
        Some((piece, category))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Span;

    fn print(text: &str, styles: Option<&Styles>, width: Option<usize>) -> String {
        let article = Article::from_text("t", text.to_string());
        let mut out = Vec::new();
        write_article(&mut out, &article, styles, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn segments_fill_the_gaps_between_runs() {
        let run = |start, end, category| Run {
            span: Span::new(start, end),
            category,
        };
        let runs = [
            run(2, 4, Category::Official),
            run(6, 20, Category::DirectQuote),
        ];
        let got: Vec<_> = segments(0..10, &runs).collect();
        assert_eq!(
            got,
            [
                (0..2, Category::Text),
                (2..4, Category::Official),
                (4..6, Category::Text),
                (6..10, Category::DirectQuote),
            ]
        );
        let got: Vec<_> = segments(10..12, &runs).collect();
        assert_eq!(got, [(10..12, Category::DirectQuote)]);
    }

    #[test]
    fn plain_output_is_the_blocks_separated_by_blank_lines() {
        let text = "A title\n\nWASHINGTON —\n\n“We are ready,” Jane Smith said.\n";
        let out = print(text, None, None);
        assert!(!out.contains('\x1b'));
        assert!(out.starts_with("A title\n\n"), "{out:?}");
        assert!(
            out.ends_with("“We are ready,” Jane Smith said.\n"),
            "{out:?}"
        );
    }

    #[test]
    fn styles_change_only_where_the_category_does_and_lines_end_reset() {
        let text = "A title\n\n“We are ready to talk to anyone at all,” Secretary of State Antony Blinken said.\n";
        let plain = Styles::plain();
        let out = print(text, Some(&plain), Some(30));
        // Whatever a line sets, it leaves the terminal reset.
        for line in out.lines() {
            if let Some(last) = line.rfind('\x1b') {
                assert!(line[last..].starts_with(sgr::RESET), "{line:?}");
            }
        }
        // Plain text in the plain table is the terminal default: nothing to write for it.
        assert!(out.lines().all(|l| !l.starts_with(sgr::RESET)), "{out:?}");
        assert!(out.contains(&format!(
            "{}Antony",
            sgr::sgr(plain.category(Category::Official))
        )));
    }
}
