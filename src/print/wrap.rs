//! Where lines break: a text cut into line ranges no wider than a number of terminal
//! columns, measured by display width (CJK and emoji take two columns, combining marks
//! none), breaking where Unicode allows (between words, after hyphens, between ideographs).

use std::ops::Range;

use textwrap::core::{break_words, Word};
use textwrap::word_splitters::split_words;
use textwrap::{WordSeparator, WordSplitter, WrapAlgorithm};

/// The byte ranges of `text`'s lines: one per `\n`-separated line when `width` is `None`,
/// else wrapped to at most `width` columns (a word wider than that is cut). Spaces at a
/// break belong to no line.
pub fn line_ranges(text: &str, width: Option<usize>) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        match width {
            Some(width) if !line.is_empty() => lines.extend(
                wrap(line, width)
                    .into_iter()
                    .map(|r| start + r.start..start + r.end),
            ),
            _ => lines.push(start..start + line.len()),
        }
        start += line.len() + 1;
    }
    lines
}

/// One line without `\n`, wrapped. textwrap's own `wrap` returns strings; this keeps the
/// offsets, which is what styling by span needs.
fn wrap(line: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let words = WordSeparator::new().find_words(line);
    let words = split_words(words, &WordSplitter::HyphenSplitter);
    let words: Vec<Word> = break_words(words, width);
    let mut ranges = Vec::new();
    let mut start = 0;
    // Words are contiguous slices of `line`, so their lengths add up to offsets.
    for words in WrapAlgorithm::new().wrap(&words, &[width]) {
        let len: usize = words
            .iter()
            .map(|w| w.word.len() + w.whitespace.len())
            .sum();
        let trailing = words.last().map_or(0, |w| w.whitespace.len());
        ranges.push(start..start + len - trailing);
        start += len;
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use textwrap::core::display_width;

    fn wrapped(text: &str, width: usize) -> Vec<&str> {
        line_ranges(text, Some(width))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn words_wrap_within_the_width() {
        assert_eq!(
            wrapped("The quick brown fox jumps over the lazy dog", 12),
            ["The quick", "brown fox", "jumps over", "the lazy dog"]
        );
    }

    #[test]
    fn wide_and_combining_characters_count_by_display_width() {
        let text = "北京表示 很平静 e\u{301}e\u{301}e\u{301} 🎉🎉 end";
        for line in wrapped(text, 8) {
            assert!(display_width(line) <= 8, "{line:?}");
        }
        assert_eq!(wrapped("北京表示很平静", 6), ["北京表", "示很平", "静"]);
        assert_eq!(
            wrapped("e\u{301}e\u{301}e\u{301} x", 3),
            ["e\u{301}e\u{301}e\u{301}", "x"]
        );
    }

    #[test]
    fn long_words_are_cut_and_hyphens_are_break_points() {
        assert_eq!(wrapped("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrapped("US-China dialogue", 9), ["US-China", "dialogue"]);
        assert_eq!(wrapped("US-China", 5), ["US-", "China"]);
    }

    #[test]
    fn newlines_always_break_and_no_width_means_no_wrapping() {
        let text = "a long first line\n\nsecond";
        assert_eq!(line_ranges(text, None), [0..17, 18..18, 19..25]);
        assert_eq!(wrapped(text, 6), ["a long", "first", "line", "", "second"]);
    }
}
