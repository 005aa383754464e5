//! The word index: every word a lexicon phrase starts with, lower-cased, with flags saying
//! which lexicons. Tokenization looks each word up once and keeps its flags, so the
//! matchers downstream skip the many words that start nothing without hashing again —
//! the lexicons are matched in one pass over the tokens.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::tokens::{tokenize_raw, Token};
use crate::article::Span;
use crate::lexicon::{lexicon, InstitutionMatch};

/// One lexicon's bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Flag {
    /// Starts a title (`secretary` of `Secretary of State`).
    TitleStart = 1,
    /// Starts an institution head written capitalised (`Ministry`, `Center for`).
    HeadStart = 1 << 1,
    /// Starts any institution entry (heads, lower-case heads, full names).
    InstitutionStart = 1 << 2,
    /// Starts a country form or a not-a-country phrase.
    CountryStart = 1 << 3,
    /// A one-word verb form (`said`).
    Verb = 1 << 4,
    /// Starts a multi-word verb form (`pointed` of `pointed out`).
    VerbPhraseStart = 1 << 5,
    /// A word of a phrase cue that is no verb (`according` to, in the `words` of).
    Cue = 1 << 6,
    /// Shape, not lexicon: the word starts with a capital.
    Capitalized = 1 << 7,
    /// Shape, not lexicon: the word has a hyphen inside (`US-China`).
    Hyphenated = 1 << 8,
    /// Starts a phrase that marks an unnamed source (`people familiar with`).
    AnonymityStart = 1 << 9,
    /// Starts the name of a news outlet (`New` of `New York Times`).
    OutletStart = 1 << 10,
    /// A given name (`given-names.txt`).
    GivenName = 1 << 11,
    /// A word that rules out a person's name (`not-person-words.txt`).
    NotPerson = 1 << 12,
    /// Starts the name of a state or province (`Nova` of `Nova Scotia`).
    RegionStart = 1 << 13,
}

/// Flags by the hash of the folded word. A hash collision only costs a wasted look-up
/// downstream (flags are a filter; the matchers compare the words themselves), and hashed
/// keys sit inline in the table: no pointer to chase per token.
pub struct WordIndex {
    words: FxHashMap<u64, u32>,
}

/// The hash of a word lower-cased with typographic apostrophes folded, computed without
/// building the folded word. ASCII words are hashed eight bytes at a time with the case bit
/// set (`b | 0x20`), which lower-cases letters; what it does to other bytes can only merge
/// keys, and a merged key costs a wasted look-up, never a wrong answer.
pub fn key(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    if word.is_ascii() {
        let bytes = word.as_bytes();
        // Most words: one piece, keyed as [`WordIndex::flags_at`] keys them in the text.
        if bytes.len() <= 8 {
            return short_ascii_key(little_endian(bytes), bytes.len());
        }
        for piece in bytes.chunks(8) {
            h.write_u64(little_endian(piece) | CASE);
        }
        h.write_usize(word.len());
    } else {
        let folded: String = word
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == '’' { '\'' } else { c })
            .collect();
        if folded.is_ascii() {
            return key(&folded);
        }
        h.write(folded.as_bytes());
    }
    h.finish()
}

const CASE: u64 = 0x2020_2020_2020_2020;

/// Up to eight bytes as a little-endian number, gathered without a copy call.
fn little_endian(bytes: &[u8]) -> u64 {
    bytes.iter().rev().fold(0u64, |x, &b| x << 8 | u64::from(b))
}

/// [`key`] of an ASCII word of one to eight bytes, given as a little-endian number.
fn short_ascii_key(word: u64, len: usize) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write_u64(word | CASE);
    h.write_usize(len);
    h.finish()
}

/// The first word of a phrase, as the tokenizer splits it.
pub fn first_word(phrase: &str) -> &str {
    let mut toks: Vec<Token> = Vec::with_capacity(4);
    tokenize_raw(phrase, Span::new(0, phrase.len()), &mut toks);
    toks.first().map_or("", |t| t.text(phrase))
}

impl WordIndex {
    fn build() -> WordIndex {
        let lex = lexicon();
        let mut words: FxHashMap<u64, u32> = FxHashMap::default();
        let mut mark = |phrase: &str, flag: Flag| {
            *words.entry(key(first_word(phrase))).or_default() |= flag as u32;
        };
        for title in lex.titles.keys() {
            mark(title, Flag::TitleStart);
        }
        for i in &lex.institutions {
            mark(i.phrase, Flag::InstitutionStart);
            if i.matching == InstitutionMatch::Head && i.phrase.starts_with(char::is_uppercase) {
                mark(i.phrase, Flag::HeadStart);
            }
        }
        for c in &lex.countries {
            let forms = c
                .aliases
                .iter()
                .chain(&c.demonyms)
                .chain(&c.capitals)
                .chain(&c.seats);
            for form in std::iter::once(c.name).chain(forms.map(|f| f.text)) {
                mark(country_form(form), Flag::CountryStart);
            }
        }
        for &phrase in &lex.not_countries {
            mark(phrase, Flag::CountryStart);
        }
        for form in lex.verbs.keys() {
            let flag = if form.contains(' ') {
                Flag::VerbPhraseStart
            } else {
                Flag::Verb
            };
            mark(form, flag);
        }
        for word in ["according", "words", "per"] {
            mark(word, Flag::Cue);
        }
        for &phrase in &lex.anonymity {
            mark(phrase, Flag::AnonymityStart);
        }
        for outlet in &lex.outlets {
            mark(outlet, Flag::OutletStart);
        }
        for &name in &lex.given_names {
            mark(name, Flag::GivenName);
        }
        for &word in lex
            .not_person_first
            .iter()
            .chain(&lex.not_person_after_first)
        {
            mark(word, Flag::NotPerson);
        }
        for &region in &lex.regions {
            mark(region, Flag::RegionStart);
        }
        WordIndex { words }
    }

    /// The flags of a word, in any case.
    pub fn flags(&self, word: &str) -> u32 {
        self.words.get(&key(word)).copied().unwrap_or(0)
    }

    /// The flags of the word at `span` of `text`.
    pub fn flags_at(&self, text: &str, span: Span) -> u32 {
        self.words.get(&key_at(text, span)).copied().unwrap_or(0)
    }
}

/// [`key`] of the word at `span` of `text`. Most words are short and ASCII: those are read
/// with one eight-byte load, no loop over their letters.
pub fn key_at(text: &str, span: Span) -> u64 {
    let bytes = text.as_bytes();
    let len = span.len();
    if (1..=8).contains(&len) {
        if let Some(eight) = bytes.get(span.start..span.start + 8) {
            let eight = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
            let word = eight & (u64::MAX >> (64 - 8 * len));
            if word & 0x8080_8080_8080_8080 == 0 {
                return short_ascii_key(word, len);
            }
        }
    }
    key(span.of(text))
}

/// A country form as matched: a leading `the` is not part of it (`the Netherlands`).
pub fn country_form(form: &str) -> &str {
    form.strip_prefix("the ").unwrap_or(form)
}

pub fn index() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(WordIndex::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_their_lexicons() {
        let ix = index();
        assert_ne!(ix.flags("Secretary") & Flag::TitleStart as u32, 0);
        assert_ne!(ix.flags("said") & Flag::Verb as u32, 0);
        assert_ne!(ix.flags("China") & Flag::CountryStart as u32, 0);
        assert_ne!(ix.flags("Ministry") & Flag::HeadStart as u32, 0);
        assert_ne!(ix.flags("New") & Flag::OutletStart as u32, 0);
        assert_ne!(ix.flags("John") & Flag::GivenName as u32, 0);
        assert_ne!(ix.flags("Stadium") & Flag::NotPerson as u32, 0);
        assert_eq!(ix.flags("table"), 0);
        assert_eq!(ix.flags("SECRETARY"), ix.flags("secretary"));
        assert_eq!(ix.flags("Côte"), ix.flags("côte"));
    }

    #[test]
    fn a_word_in_its_text_has_the_flags_of_the_word_alone() {
        let text = "Secretary said China’s Ministry of Côte d'Ivoire, Assemblywoman x";
        let mut tokens = Vec::new();
        tokenize_raw(text, Span::new(0, text.len()), &mut tokens);
        for t in tokens {
            assert_eq!(
                index().flags_at(text, t.span),
                index().flags(t.text(text)),
                "{}",
                t.text(text)
            );
        }
    }
}
