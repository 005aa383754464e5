//! Tokens of one block: words, numbers, punctuation and quotation marks, as absolute byte
//! spans into the article text. One pass, no allocation per token.
//!
//! Words keep inner apostrophes (`O’Brien`, `don’t`), inner hyphens (`US-China`,
//! `Joo-Ho`), dotted abbreviations (`U.S.`, `D.C.`) and domain dots (`Secunia.com`). A
//! possessive `’s` is a token of its own so that `Beijing’s` names Beijing. A `’` or `'`
//! after a word that is not followed by a letter is a [`Kind::Quote`] token: the quote
//! pairing decides whether it closes a single-quoted passage or is an apostrophe.

use super::lookup::Flag;
use crate::article::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    /// The possessive `’s` / `'s`.
    Possessive,
    /// A double (`“ ” " « » „`) or single (`‘ ’ '`) quotation mark.
    Quote,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub span: Span,
    /// Whitespace (or the block start) comes right before this token.
    pub space_before: bool,
    /// What the lexicons know of this word (see [`super::lookup`]); 0 for none.
    pub flags: u32,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }
}

/// A token's first character.
pub fn first_char(token: Token, text: &str) -> char {
    token.text(text).chars().next().unwrap_or(' ')
}

pub fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '"' | '«' | '»' | '„' | '‟' | '〝' | '〞' | '＂'
    )
}

pub fn is_single_quote(c: char) -> bool {
    matches!(c, '‘' | '’' | '\'' | '‹' | '›' | '‚' | '‛')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '’' | '\'')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Curly quotes and dashes are the commonest non-ASCII characters in English news, and
    // the General Punctuation block holds no letter: skip the Unicode tables for them.
    if matches!(c, '\u{2000}'..='\u{206F}') {
        return false;
    }
    c.is_alphanumeric() || is_combining(c)
}

/// Combining marks continue the word they follow.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Tokenize `text[span]`, appending to `out` (reused across blocks to save allocations),
/// with each word's lexicon flags looked up once.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let from = out.len();
    tokenize_raw(text, span, out);
    let index = super::lookup::index();
    for t in &mut out[from..] {
        if t.kind == Kind::Word {
            t.flags |= index.flags_at(text, t.span);
        }
    }
}

/// Tokenize without lexicon flags: for splitting the lexicons' own phrases.
pub fn tokenize_raw(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = span.of(text);
    let bytes = s.as_bytes();
    let base = span.start;
    let mut i = 0;
    let mut space_before = true;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast paths: spaces and plain words are most of any article.
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            space_before = true;
            i += 1;
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            s[i..].chars().next().unwrap_or(' ')
        };
        if c.is_whitespace() || c == '\u{feff}' {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        // `’Malineo Ramakoae`, `Dr 'Ana Lolohea`: no quotation mark, and no part of the
        // name's words either.
        if is_apostrophe(c) && (i == 0 || space_before) && name_after_mark(s, i, c) {
            i += c.len_utf8();
            continue;
        }
        let mut hyphenated = false;
        let (kind, end) = if is_word_char(c) {
            let (end, hyphen) = word_end(s, i);
            hyphenated = hyphen;
            (
                if c.is_ascii_digit() {
                    Kind::Number
                } else {
                    Kind::Word
                },
                end,
            )
        } else if is_apostrophe(c) && possessive_s(s, i) {
            (Kind::Possessive, i + c.len_utf8() + 1)
        } else if is_double_quote(c) || is_single_quote(c) {
            (Kind::Quote, i + c.len_utf8())
        } else {
            (Kind::Punct, i + c.len_utf8())
        };
        // The word's shape, known now at no cost, saves later passes re-reading the text.
        let mut flags = 0;
        if kind == Kind::Word {
            if b.is_ascii_uppercase()
                || b >= 0x80 && c.is_uppercase()
                || hyphenated && super::words::is_article_prefixed_name(&s[i..end])
            {
                flags |= Flag::Capitalized as u32;
            }
            if hyphenated {
                flags |= Flag::Hyphenated as u32;
            }
        }
        out.push(Token {
            kind,
            span: Span::new(base + i, base + end),
            space_before,
            flags,
        });
        space_before = false;
        i = end;
    }
}

/// Whether the apostrophe `c` at byte `at` opens a name rather than a quotation: a
/// Sesotho given name with its elided `Mma` (`’Malineo Ramakoae`: `’`, `Ma` and a
/// lower-case letter), or a Tongan name opening on a glottal stop after a capitalised word,
/// a title or an honorific (`Dr 'Ana Lolohea`: a capital vowel, then lower case); either
/// way a capitalised word, the surname, follows. (An opening mark before a quotation,
/// `’Make sure …’`, has no surname after its first word.)
fn name_after_mark(s: &str, at: usize, c: char) -> bool {
    let i = at + c.len_utf8();
    let rest = &s.as_bytes()[i..];
    if rest.len() < 3 || !rest[1].is_ascii_lowercase() {
        return false;
    }
    let sesotho = c == '’' && &rest[..2] == b"Ma" && rest[2].is_ascii_lowercase();
    let after_capital = s[..at]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    let tongan = matches!(rest[0], b'A' | b'E' | b'I' | b'O' | b'U') && after_capital;
    if !sesotho && !tongan {
        return false;
    }
    // (The name's word ends at the first byte that is no ASCII letter: these names are
    // ASCII, and the tokenizer's own `word_end` stays inlined where it is hot.)
    let end = i + rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let after = &s[end..];
    after.starts_with(' ') && after[1..].starts_with(|c: char| c.is_uppercase())
}

/// `’s` right after a word, followed by a non-letter: `Beijing’s`, `Moscow's`.
fn possessive_s(s: &str, i: usize) -> bool {
    let before = s[..i].chars().next_back();
    let mut after = s[i..].chars().skip(1);
    // `B.C.’s`: after an abbreviation's closing dot too.
    let abbreviation = before == Some('.')
        && s[..i - 1]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_uppercase());
    (before.is_some_and(is_word_char) || abbreviation)
        && after.next() == Some('s')
        && !after.next().is_some_and(is_word_char)
}

/// Where the word starting at `i` ends, and whether a hyphen joins parts of it.
fn word_end(s: &str, i: usize) -> (usize, bool) {
    let bytes = s.as_bytes();
    // Fast path over the plain ASCII letters and digits that start most words.
    let mut end = i;
    while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
        end += 1;
    }
    // …and most end there, at a space or a plain punctuation mark.
    match bytes.get(end) {
        None => return (end, false),
        Some(&b) if b < 0x80 && !matches!(b, b'\'' | b'-' | b',' | b'.') => return (end, false),
        _ => {}
    }
    let mut letters_since_dot = end - i;
    let mut hyphen = false;
    let mut dotted = true; // so far only single letters followed by dots: U.S.
    let from = end;
    for (off, c) in s[from..].char_indices() {
        let at = from + off;
        if is_word_char(c) {
            end = at + c.len_utf8();
            letters_since_dot += 1;
            continue;
        }
        // Most words end at a space or plain punctuation: nothing more to look at.
        if !matches!(c, '’' | '\'' | '-' | '‐' | ',' | '.') {
            break;
        }
        let next = s[at + c.len_utf8()..].chars().next();
        let next_is_word = next.is_some_and(is_word_char);
        match c {
            // O’Brien, don't — but not the possessive ’s, which is its own token.
            '’' | '\'' if next_is_word && !possessive_s(s, at) => {}
            // US-China, Joo-Ho, 10-year-old
            '-' | '‐' if next_is_word => hyphen = true,
            // 8,000 and 2.5
            ',' | '.'
                if next.is_some_and(|n| n.is_ascii_digit()) && bytes[at - 1].is_ascii_digit() => {}
            '.' => {
                // U.S. / D.C. / a.m.: single letters each followed by a dot.
                if dotted && letters_since_dot == 1 {
                    if next_is_word {
                        letters_since_dot = 0;
                        end = at + 1;
                        continue;
                    }
                    if end > i + 1 && s[i..end].contains('.') {
                        // The final dot of an abbreviation belongs to it.
                        end = at + 1;
                    }
                    break;
                }
                // `Kh.Tserenbaljir`, `Ts.Bat`: a Mongolian patronymic written with a
                // two-letter initial, joined to the given name.
                if at == i + 2
                    && matches!(
                        &s[i..at],
                        "Kh" | "Ch" | "Sh" | "Zh" | "Ts" | "Ya" | "Ye" | "Yu" | "Yo"
                    )
                    && next.is_some_and(char::is_uppercase)
                {
                    dotted = false;
                    letters_since_dot = 0;
                    end = at + 1;
                    continue;
                }
                // Secunia.com, example.org: a dot between letters with no space.
                if next.is_some_and(|n| n.is_lowercase()) && !s[i..at].contains('.') {
                    dotted = false;
                    letters_since_dot = 0;
                    continue;
                }
                // `Sermitsiaq.AG`: a name's short capital suffix after its dot.
                let suffix = s[at + 1..]
                    .bytes()
                    .take_while(u8::is_ascii_uppercase)
                    .count();
                let after = s.as_bytes().get(at + 1 + suffix);
                if (2..=3).contains(&suffix)
                    && after.is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'.')
                    && at - i >= 3
                    && s[i..at].bytes().any(|b| b.is_ascii_lowercase())
                    && !s[i..at].contains('.')
                {
                    dotted = false;
                    letters_since_dot = 0;
                    continue;
                }
                break;
            }
            _ => break,
        }
        // After a hyphen a new part starts, which may be an abbreviation (`Korea-U.S.`).
        dotted = matches!(c, '-' | '‐') || dotted && letters_since_dot <= 1;
        letters_since_dot = 0;
    }
    (end, hyphen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(Kind, &str)> {
        let mut out = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|t| (t.kind, t.text(s))).collect()
    }

    fn words(s: &str) -> Vec<&str> {
        toks(s).into_iter().map(|(_, t)| t).collect()
    }

    #[test]
    fn words_punctuation_and_quotes() {
        assert_eq!(
            words("“Peace talks,” Liu said."),
            vec!["“", "Peace", "talks", ",", "”", "Liu", "said", "."]
        );
    }

    #[test]
    fn a_sesotho_or_tongan_name_opening_on_an_apostrophe_is_no_quotation() {
        assert_eq!(
            words("secretary ’Malineo Ramakoae said"),
            vec!["secretary", "Malineo", "Ramakoae", "said"]
        );
        assert_eq!(
            words("Officer, Dr 'Ana Lolohea, said"),
            vec!["Officer", ",", "Dr", "Ana", "Lolohea", ",", "said"]
        );
        // (A mark written `’` that opens a quotation stays a mark.)
        assert_eq!(
            words("said: ’Make sure you vote.’"),
            vec!["said", ":", "’", "Make", "sure", "you", "vote", ".", "’"]
        );
    }

    #[test]
    fn possessive_is_split_but_inner_apostrophes_are_not() {
        assert_eq!(
            words("Beijing’s O’Brien don't"),
            vec!["Beijing", "’s", "O’Brien", "don't"]
        );
        assert_eq!(toks("Moscow's")[1].0, Kind::Possessive);
        assert_eq!(words("it’s"), vec!["it", "’s"]);
    }

    #[test]
    fn abbreviations_hyphens_domains_numbers() {
        assert_eq!(
            words("the U.S. and D.C."),
            vec!["the", "U.S.", "and", "D.C."]
        );
        assert_eq!(words("U.S. expectations"), vec!["U.S.", "expectations"]);
        assert_eq!(
            words("told Sermitsiaq.AG that"),
            vec!["told", "Sermitsiaq.AG", "that"]
        );
        assert_eq!(words("in the U.S. He"), vec!["in", "the", "U.S.", "He"]);
        assert_eq!(
            words("US-China Joo-Ho 10-year-old Korea-U.S. alliance"),
            vec![
                "US-China",
                "Joo-Ho",
                "10-year-old",
                "Korea-U.S.",
                "alliance"
            ]
        );
        assert_eq!(
            words("firm Secunia.com, has"),
            vec!["firm", "Secunia.com", ",", "has"]
        );
        assert_eq!(
            words("8,000 soldiers, 2.5 percent."),
            vec!["8,000", "soldiers", ",", "2.5", "percent", "."]
        );
        assert_eq!(words("Mr. Tedeschi"), vec!["Mr", ".", "Tedeschi"]);
        assert_eq!(words("end.Next"), vec!["end", ".", "Next"]);
        // A Mongolian patronymic's initial, of one letter or two, stays with the name.
        assert_eq!(
            words("G.Naranbaatar and Kh.Tserenbaljir. Ch.5 Dr.Smith"),
            vec![
                "G.Naranbaatar",
                "and",
                "Kh.Tserenbaljir",
                ".",
                "Ch",
                ".",
                "5",
                "Dr",
                ".",
                "Smith"
            ]
        );
    }

    #[test]
    fn closing_single_quote_after_a_word_is_a_quote_token() {
        assert_eq!(
            toks("‘courageous achievement’ at"),
            vec![
                (Kind::Quote, "‘"),
                (Kind::Word, "courageous"),
                (Kind::Word, "achievement"),
                (Kind::Quote, "’"),
                (Kind::Word, "at")
            ]
        );
        assert_eq!(toks("parents' defense")[1], (Kind::Quote, "'"));
    }

    #[test]
    fn an_arabic_surname_with_its_article_is_capitalised() {
        let capitalised = |s: &str| {
            let mut out = Vec::new();
            tokenize_raw(s, Span::new(0, s.len()), &mut out);
            out[0].flags & Flag::Capitalized as u32 != 0
        };
        assert!(capitalised("al-Kuwari"));
        assert!(capitalised("el-Sisi"));
        assert!(!capitalised("al-fresco"));
        assert!(!capitalised("all-Star"));
    }

    #[test]
    fn combining_marks_and_cjk_stay_in_words() {
        assert_eq!(words("Zoe\u{301} 北京"), vec!["Zoe\u{301}", "北京"]);
    }
}
