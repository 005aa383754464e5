//! Quotation marks and the passages they enclose, paragraph by paragraph.
//!
//! Whether a mark opens or closes is read from its context first (space before and a word
//! after opens; a word or punctuation before and space after closes) and from its glyph
//! only when the context is silent, so a `“` used as a closing mark still closes. Pairing
//! is sequential and never leaves the paragraph:
//!
//! * a closing mark with nothing open is a stray and is ignored;
//! * an opening mark while one is open ends the open passage just before it;
//! * a passage still open at the paragraph's end runs to the end (journalism's rule: the
//!   quote continues into the next paragraph, which opens with a fresh mark);
//! * a paragraph after such an open end whose first mark closes is quoted up to that mark.
//!
//! Single quotes pair the same way outside double-quoted passages, so `‘…’` quotations and
//! nested quotes work while apostrophes (`parents’ defense`) stay apostrophes.

use super::tokens::{is_double_quote, is_single_quote, Kind, Token};
use crate::article::Span;

/// A quoted passage in one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passage {
    /// Token index of the opening mark; `None` when continued from the previous paragraph.
    pub open: Option<usize>,
    /// Token index of the closing mark; `None` when the passage runs to the paragraph end.
    pub close: Option<usize>,
    /// The words between the marks, trimmed.
    pub content: Span,
}

impl Passage {
    /// Token index range covered by the passage, marks included.
    pub fn token_range(&self, tokens_len: usize, first: usize) -> (usize, usize) {
        let from = self.open.unwrap_or(first);
        let to = self.close.map_or(tokens_len, |c| c + 1);
        (from, to)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

fn role(tokens: &[Token], i: usize, text: &str) -> Role {
    let t = tokens[i];
    let c = t.text(text).chars().next().unwrap_or('"');
    let prev_open = i == 0
        || t.space_before
        || matches!(tokens[i - 1].text(text), "(" | "[" | "—" | "–" | "-" | "/")
        || tokens[i - 1].kind == Kind::Quote && tokens[i - 1].space_before;
    let next = tokens.get(i + 1);
    let next_close = match next {
        None => true,
        Some(n) => {
            n.space_before
                || (n.kind == Kind::Punct
                    && matches!(n.text(text), "," | "." | ";" | ":" | "?" | "!" | ")" | "]"))
                || n.kind == Kind::Quote
        }
    };
    match (prev_open, next_close) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => match c {
            '“' | '«' | '„' | '‘' | '‹' | '‚' | '〝' => Role::Open,
            '”' | '»' | '’' | '›' | '〞' => Role::Close,
            _ if prev_open => Role::Open,
            _ if next_close => Role::Close,
            _ => Role::Either,
        },
    }
}

/// Find the quoted passages of one paragraph's tokens.
///
/// `carried` says the previous paragraph ended inside a quotation. Returns the passages in
/// order and whether this paragraph, too, ends inside one.
pub fn passages(text: &str, block: Span, tokens: &[Token], carried: bool) -> (Vec<Passage>, bool) {
    let mut out = Vec::new();
    let doubles: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].kind == Kind::Quote && is_double_quote(first(tokens[i], text)))
        .collect();
    let mut open: Option<usize> = None;
    let mut first_mark = true;
    let mut ends_open = false;
    for &i in &doubles {
        let r = role(tokens, i, text);
        if first_mark && carried && r != Role::Open {
            // The closing mark of a quotation begun in an earlier paragraph.
            push(&mut out, text, tokens, None, Some(i), block);
            first_mark = false;
            continue;
        }
        first_mark = false;
        match (open, r) {
            (None, Role::Close) => {} // stray closing mark
            (None, _) => open = Some(i),
            (Some(o), Role::Open) => {
                push(
                    &mut out,
                    text,
                    tokens,
                    Some(o),
                    None,
                    Span::new(block.start, tokens[i].span.start),
                );
                open = Some(i);
            }
            (Some(o), _) => {
                push(&mut out, text, tokens, Some(o), Some(i), block);
                open = None;
            }
        }
    }
    if let Some(o) = open {
        push(&mut out, text, tokens, Some(o), None, block);
        ends_open = true;
    }
    pair_singles(text, tokens, &mut out, block);
    out.sort_by_key(|p| p.content.start);
    (out, ends_open)
}

fn first(t: Token, text: &str) -> char {
    t.text(text).chars().next().unwrap_or(' ')
}

fn push(
    out: &mut Vec<Passage>,
    text: &str,
    tokens: &[Token],
    open: Option<usize>,
    close: Option<usize>,
    limit: Span,
) {
    let start = open.map_or(limit.start, |o| tokens[o].span.end);
    let end = close.map_or(limit.end, |c| tokens[c].span.start);
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let body = s.trim();
    if body.is_empty() {
        return;
    }
    out.push(Passage {
        open,
        close,
        content: Span::new(start + lead, start + lead + body.len()),
    });
}

/// Pair single quotation marks outside the double-quoted passages.
fn pair_singles(text: &str, tokens: &[Token], out: &mut Vec<Passage>, block: Span) {
    // Double-quoted ranges in order, walked with a cursor: linear however many marks.
    let covered: Vec<(usize, usize)> = out
        .iter()
        .map(|p| {
            let from = p.open.map_or(block.start, |o| tokens[o].span.start);
            let to = p.close.map_or(block.end, |c| tokens[c].span.end);
            (from, to)
        })
        .collect();
    let mut cursor = 0;
    let mut inside = |pos: usize| {
        while cursor < covered.len() && covered[cursor].1 <= pos {
            cursor += 1;
        }
        cursor < covered.len() && covered[cursor].0 <= pos
    };
    let mut open: Option<usize> = None;
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let t = tokens[i];
        if t.kind != Kind::Quote || !is_single_quote(first(t, text)) || inside(t.span.start) {
            continue;
        }
        let followed_by_word = tokens
            .get(i + 1)
            .is_some_and(|n| !n.space_before && matches!(n.kind, Kind::Word | Kind::Number));
        let opens =
            (i == 0 || t.space_before || tokens[i - 1].kind == Kind::Quote) && followed_by_word;
        let closes = i > 0
            && !t.space_before
            && tokens
                .get(i + 1)
                .is_none_or(|n| n.space_before || n.kind != Kind::Word);
        match open {
            None if opens => open = Some(i),
            Some(o) if closes => {
                found.push((o, i));
                open = None;
            }
            _ => {}
        }
    }
    // An opening single mark at the paragraph start with no close: a quotation in the
    // single-quote style running on to the next paragraph.
    if let Some(o) = open {
        if o == 0 {
            push(out, text, tokens, Some(o), None, block);
        }
    }
    for (o, c) in found {
        push(out, text, tokens, Some(o), Some(c), block);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn quoted(s: &str, carried: bool) -> (Vec<&str>, bool) {
        let mut toks = Vec::new();
        let block = Span::new(0, s.len());
        tokenize(s, block, &mut toks);
        let (ps, open) = passages(s, block, &toks, carried);
        (ps.iter().map(|p| p.content.of(s)).collect(), open)
    }

    #[test]
    fn curly_and_straight_pairs() {
        assert_eq!(
            quoted("“Hello, there,” Liu said. \"Bye.\"", false).0,
            vec!["Hello, there,", "Bye."]
        );
    }

    #[test]
    fn stray_closing_mark_is_ignored() {
        let s = "there is “probably a little inaction.” What to do in this situation.”";
        assert_eq!(
            quoted(s, false),
            (vec!["probably a little inaction."], false)
        );
    }

    #[test]
    fn opening_glyph_used_as_closer_still_closes() {
        let s = "added, \"There is no question.“ However, the JSC will";
        assert_eq!(quoted(s, false), (vec!["There is no question."], false));
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end_and_carries() {
        let s = "Gomez said, \"I think we have learned a lot.";
        assert_eq!(
            quoted(s, false),
            (vec!["I think we have learned a lot."], true)
        );
        let s = "It was a very emotional day. They focused better.\" After that, Kane spoke.";
        assert_eq!(
            quoted(s, true),
            (
                vec!["It was a very emotional day. They focused better."],
                false
            )
        );
    }

    #[test]
    fn two_openers_in_a_row_end_the_first() {
        let s = "“one two “three four” five";
        assert_eq!(quoted(s, false).0, vec!["one two", "three four"]);
    }

    #[test]
    fn single_quotes_and_apostrophes() {
        assert_eq!(
            quoted("honored for 'courageous achievement' at", false).0,
            vec!["courageous achievement"]
        );
        assert_eq!(
            quoted("the parents' defense was 'weak', he said", false).0,
            vec!["weak"]
        );
        assert_eq!(
            quoted("“He called it ‘nonsense’ today,” she said", false).0,
            vec!["He called it ‘nonsense’ today,"]
        );
    }

    #[test]
    fn many_unclosed_marks_stay_linear_and_local() {
        let s = "“a ".repeat(10_000);
        let (ps, open) = quoted(&s, false);
        assert_eq!(ps.len(), 10_000);
        assert!(open);
    }
}
