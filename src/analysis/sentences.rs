//! Sentences over a paragraph's tokens, with quoted passages kept whole: a quotation of
//! several sentences stays inside the sentence that attributes it (`“… . … ,” Liu said.`).
//!
//! A sentence ends at `.`, `!`, `?` or `…` outside quotation marks, or at a closing mark
//! whose passage ends that way, when the next token can start a sentence (a capital, a
//! digit, an opening quotation mark). Abbreviations from `abbreviations.txt` (`Mr.`,
//! `Gen.`) and initials (`John F. Kennedy`) do not end sentences; those that may (`U.S.`,
//! `a.m.`) do when a typical sentence opener follows.

use super::quotes::Passage;
use super::tokens::{first_char, Kind, Token};
use crate::lexicon::Lexicon;

/// Words that typically open a sentence: after `U.S.` they mean the sentence ended.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Our",
    "However",
    "Meanwhile",
    "There",
    "Some",
    "Many",
    "When",
    "While",
    "After",
    "Before",
    "Still",
    "Yet",
    "So",
    "As",
    "For",
    "If",
];

/// Token index ranges `[from, to)` of each sentence.
pub fn sentences(
    text: &str,
    tokens: &[Token],
    passages: &[Passage],
    lex: &Lexicon,
) -> Vec<(usize, usize)> {
    let n = tokens.len();
    // Per token: inside a passage (marks included), closing one that ends a sentence,
    // opening one. One buffer for the three: this runs once per paragraph.
    const QUOTED: u8 = 1;
    const CLOSES: u8 = 2;
    const OPENER: u8 = 4;
    let mut marks = vec![0u8; n];
    for p in passages {
        if let Some(o) = p.open {
            marks[o] |= OPENER;
        }
        let (from, to) = p.token_range(n, 0);
        marks[from..to].iter_mut().for_each(|m| *m |= QUOTED);
        if let Some(c) = p.close {
            let content = p.content.of(text);
            // (`“Is it over?” John Smith asked.`: a question or an exclamation whose speaker
            // and verb follow is one sentence with them.)
            let attributed_after =
                content.ends_with(['!', '?']) && speaker_and_verb_at(text, tokens, c + 1, lex);
            if content.ends_with(['.', '!', '?', '…']) && !attributed_after {
                marks[c] |= CLOSES;
            } else {
                marks[c] &= !CLOSES;
            }
        }
    }
    let quoted = |i: usize| marks[i] & QUOTED != 0;
    let opener = |i: usize| marks[i] & OPENER != 0;

    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Where a bracket opened inside a sentence closes: sentences inside it (a translation
    // after a quotation, `“…,” (Before, our tubs were full. Now, nothing.) fisherman Ramon
    // Cabatingan said`) do not end the one around it, except with the bracket itself.
    let mut bracket_closes = 0;
    while i < n {
        let t = tokens[i];
        if i > start && !quoted(i) && t.kind == Kind::Punct && t.text(text) == "(" {
            bracket_closes = closing_bracket(text, tokens, i).unwrap_or(0);
        }
        let in_bracket = i < bracket_closes && i + 1 != bracket_closes;
        let ends = if in_bracket {
            false
        } else if marks[i] & CLOSES != 0 {
            true
        } else if quoted(i) {
            false
        } else {
            match (t.kind, t.text(text)) {
                (Kind::Punct, "!" | "?" | "…") => true,
                (Kind::Punct, ".") => !abbreviation_before(text, tokens, i, lex, i + 1),
                (Kind::Word, w) if w.ends_with('.') => follows_opener(text, tokens, i + 1),
                _ => false,
            }
        };
        if ends {
            // Closing brackets and marks that are not openers go with the sentence they end.
            let mut end = i + 1;
            while end < n
                && !tokens[end].space_before
                && (matches!(tokens[end].text(text), ")" | "]" | "." | "!" | "?")
                    || (tokens[end].kind == Kind::Quote && !opener(end) && !quoted(end)))
            {
                end += 1;
            }
            if end >= n || can_start(text, tokens[end], opener(end)) {
                out.push((start, end));
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < n {
        out.push((start, n));
    }
    out
}

/// The `)` closing the bracket opened at `open`, when it comes soon and no other opens
/// before it.
fn closing_bracket(text: &str, tokens: &[Token], open: usize) -> Option<usize> {
    (open + 1..tokens.len().min(open + 60))
        .take_while(|&k| tokens[k].text(text) != "(")
        .find(|&k| tokens[k].text(text) == ")")
}

/// A `.` that belongs to an abbreviation or an initial, not to the end of a sentence.
fn abbreviation_before(
    text: &str,
    tokens: &[Token],
    dot: usize,
    lex: &Lexicon,
    next: usize,
) -> bool {
    if dot == 0 || tokens[dot].space_before {
        return false;
    }
    let word = tokens[dot - 1];
    if word.kind != Kind::Word {
        return false;
    }
    let with_dot = &text[word.span.start..tokens[dot].span.end];
    if lex.abbreviations.contains(with_dot) {
        return true;
    }
    if lex.abbreviations_may_end.contains(with_dot) {
        return !follows_opener(text, tokens, next);
    }
    // An initial: one capital letter.
    let w = word.text(text);
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

fn follows_opener(text: &str, tokens: &[Token], next: usize) -> bool {
    tokens
        .get(next)
        .is_none_or(|t| OPENERS.contains(&t.text(text)) || t.kind == Kind::Quote)
}

/// A speaker's name (a few capitalised words, or a pronoun) and then a verb of saying from
/// token `at`: `John Smith asked`, `she said`.
fn speaker_and_verb_at(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text(text))
    };
    let mut k = at;
    if matches!(
        word(k),
        Some("he" | "she" | "they" | "we" | "He" | "She" | "They" | "We")
    ) {
        k += 1;
    } else {
        while k < at + 4
            && word(k).is_some_and(|w| first_char(tokens[k], text).is_uppercase() && w.len() > 1)
        {
            k += 1;
        }
    }
    // (A description set off by commas may come between: `Kazhal Omar, a 41-year-old
    // teacher from Sulaimani's Bakrajo district, told`.)
    if k > at && tokens.get(k).is_some_and(|t| t.text(text) == ",") {
        let close = (k + 1..tokens.len().min(k + 20))
            .take_while(|&j| !matches!(tokens[j].text(text), "." | "!" | "?" | ";"))
            .find(|&j| tokens[j].text(text) == ",");
        if let Some(c) = close {
            k = c + 1;
        }
    }
    k > at
        && word(k)
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && lex.verbs.contains_key(w))
}

fn can_start(text: &str, t: Token, opens_passage: bool) -> bool {
    match t.kind {
        Kind::Word => first_char(t, text).is_uppercase() || !first_char(t, text).is_lowercase(),
        Kind::Number => true,
        Kind::Quote => opens_passage,
        Kind::Punct => matches!(t.text(text), "(" | "[" | "—" | "–"),
        Kind::Possessive => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::quotes::passages;
    use super::super::tokens::tokenize;
    use super::*;
    use crate::article::Span;
    use crate::lexicon::lexicon;

    fn split(s: &str) -> Vec<String> {
        let mut toks = Vec::new();
        let block = Span::new(0, s.len());
        tokenize(s, block, &mut toks);
        let (ps, _) = passages(s, block, &toks, false);
        sentences(s, &toks, &ps, lexicon())
            .into_iter()
            .map(|(a, b)| s[toks[a].span.start..toks[b - 1].span.end].to_string())
            .collect()
    }

    #[test]
    fn quotes_stay_whole() {
        assert_eq!(
            split("“Talks. This stays. China will,” Liu said. “I hope so.” Next one."),
            vec![
                "“Talks. This stays. China will,” Liu said.",
                "“I hope so.”",
                "Next one."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            split("Mr. Tedeschi told the court. Gen. Smith left."),
            vec!["Mr. Tedeschi told the court.", "Gen. Smith left."]
        );
        assert_eq!(
            split("John F. Kennedy spoke."),
            vec!["John F. Kennedy spoke."]
        );
        assert_eq!(
            split("It hurt the U.S. The end."),
            vec!["It hurt the U.S.", "The end."]
        );
        assert_eq!(
            split("The U.S. Department said so."),
            vec!["The U.S. Department said so."]
        );
    }

    #[test]
    fn closing_quote_ending_a_sentence() {
        assert_eq!(
            split("He called it “shocking.” He said more."),
            vec!["He called it “shocking.”", "He said more."]
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(
            split("It cost 2 p.m. prices."),
            vec!["It cost 2 p.m. prices."]
        );
    }

    #[test]
    fn sentences_inside_a_bracket_do_not_end_the_one_around_it() {
        assert_eq!(
            split("“Dati,” (Before, it was full. Now, nothing.) a fisherman said. He left."),
            vec![
                "“Dati,” (Before, it was full. Now, nothing.) a fisherman said.",
                "He left."
            ]
        );
        // A bracket that ends the sentence still does.
        assert_eq!(
            split("It rained (the first time. Ever.) Then it stopped."),
            vec!["It rained (the first time. Ever.)", "Then it stopped."]
        );
    }
}
