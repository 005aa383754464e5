//! Lexicon phrases matched over tokens: one hash look-up per token, then a comparison of
//! the few phrases that start with that word. Linear in the text, and cheap where it
//! matters: most tokens start no phrase at all.

use rustc_hash::FxHashMap;

use super::lookup::{first_word, key, key_at, Flag};
use super::tokens::{tokenize_raw, Token};
use crate::article::Span;

/// Whether a table compares words as written or lower-cased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Sensitive,
    Insensitive,
}

/// Phrases with a value each, keyed by their first word.
pub struct PhraseTable<T> {
    case: Case,
    /// The flag every first word of this table's phrases carries in the word index: a
    /// token without it starts no phrase, and costs no hashing.
    flag: Flag,
    /// The word index's key of the first word (see [`key`]: any case, apostrophes
    /// folded) → the phrases with that first word. The key is the one tokens are looked up
    /// by already; the first word is compared too, as keys may collide and a
    /// case-sensitive table tells `US` from `us`.
    by_first: FxHashMap<u64, Vec<FirstWord<T>>>,
}

/// The phrases of a table that start with one word: (the remaining words, value),
/// longest first.
struct FirstWord<T> {
    first: String,
    phrases: Vec<(Vec<String>, T)>,
}

/// A word as the table stores it: typographic apostrophes folded, lower-cased if the
/// table ignores case.
fn fold(word: &str, case: Case) -> String {
    let w = word.replace('’', "'");
    match case {
        Case::Sensitive => w,
        Case::Insensitive => w.to_lowercase(),
    }
}

impl<T: Copy> PhraseTable<T> {
    pub fn new(case: Case, flag: Flag) -> Self {
        PhraseTable {
            case,
            flag,
            by_first: FxHashMap::default(),
        }
    }

    /// Add a phrase, split into words the way article text is tokenized. Its first word
    /// must carry this table's flag in the word index (see [`first_word`]).
    pub fn insert(&mut self, phrase: &str, value: T) {
        debug_assert!(
            super::lookup::index().flags(first_word(phrase)) & self.flag as u32 != 0,
            "{phrase}: first word not indexed"
        );
        let mut toks = Vec::new();
        tokenize_raw(phrase, Span::new(0, phrase.len()), &mut toks);
        let mut words = toks.iter().map(|t| fold(t.text(phrase), self.case));
        let Some(first) = words.next() else { return };
        let rest: Vec<String> = words.collect();
        let groups = self.by_first.entry(key(&first)).or_default();
        let at = match groups.iter().position(|g| g.first == first) {
            Some(at) => at,
            None => {
                groups.push(FirstWord {
                    first,
                    phrases: Vec::new(),
                });
                groups.len() - 1
            }
        };
        let phrases = &mut groups[at].phrases;
        phrases.push((rest, value));
        phrases.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
    }

    fn word_is(&self, word: &str, stored: &str) -> bool {
        match self.case {
            Case::Sensitive => {
                word == stored || !word.is_ascii() && word.replace('’', "'") == stored
            }
            Case::Insensitive => {
                word.len() == stored.len() && word.eq_ignore_ascii_case(stored)
                    || !word.is_ascii() && fold(word, self.case) == stored
            }
        }
    }

    /// The longest phrase starting at token `i`: its length in tokens and its value.
    pub fn longest_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, T)> {
        if tokens[i].flags & self.flag as u32 == 0 {
            return None;
        }
        let groups = self.by_first.get(&key_at(text, tokens[i].span))?;
        let first = tokens[i].text(text);
        groups
            .iter()
            .filter(|g| self.word_is(first, &g.first))
            .flat_map(|g| &g.phrases)
            .find_map(|(rest, value)| {
                let fits = i + rest.len() < tokens.len() + 1
                    && rest.iter().enumerate().all(|(k, w)| {
                        tokens
                            .get(i + 1 + k)
                            .is_some_and(|t| self.word_is(t.text(text), w))
                    });
                fits.then_some((rest.len() + 1, *value))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token> {
        let mut v = Vec::new();
        super::super::tokens::tokenize(s, Span::new(0, s.len()), &mut v);
        v
    }

    #[test]
    fn longest_phrase_wins_and_case_follows_the_table() {
        let mut t = PhraseTable::new(Case::Insensitive, Flag::TitleStart);
        t.insert("Secretary", 1);
        t.insert("Secretary of State", 2);
        let s = "the secretary of state said";
        let tk = toks(s);
        assert_eq!(t.longest_at(s, &tk, 1), Some((3, 2)));
        assert_eq!(t.longest_at(s, &tk, 0), None);
        let mut c = PhraseTable::new(Case::Sensitive, Flag::CountryStart);
        c.insert("Côte d'Ivoire", 7);
        let s = "in Côte d’Ivoire and côte d'ivoire";
        let tk = toks(s);
        let hits: Vec<_> = (0..tk.len())
            .filter_map(|i| Some((i, c.longest_at(s, &tk, i)?)))
            .collect();
        assert_eq!(hits, vec![(1, (2, 7))]);
    }
}
