//! Countries: names, aliases, demonyms, capitals and seats of power from
//! `assets/lexicons/countries.tsv`, matched over a block's tokens in one pass (parts of a
//! hyphenated word count too: `US-China`).
//!
//! The rule for capitals and seats of power (`Beijing`, `the Kremlin`): they stand for
//! their country unless the context makes them a place. A place is
//! * after a locative word (`in`, `at`, `from`, `to`, `visited`, …): `the embassy in Washington`;
//! * the first word of a longer name (`Beijing Normal University`, `Washington Dulles`);
//! * followed by `D.C.` or a suffix like `-based`, or part of `City, State` (`Seattle, Washington`);
//! * the jurisdiction of a title (`Governor of Washington`, `Mayor of Moscow`).
//!
//! Otherwise it acts for the country: `Beijing has remained calm`, `Moscow’s war`, `an ally
//! of Pyongyang`, `help the Kremlin`. Datelines are never analysed, so `WASHINGTON –` is a place.
//!
//! Forms marked ambiguous in the lexicon (`Jordan`, `Georgia`, `Chad`) count only when no
//! capitalised word runs into them (`Michael Jordan`), no comma-separated place precedes
//! them (`Atlanta, Georgia`) and no verb of saying follows (`Jordan said`).
//! Phrases in `not-countries.txt` (`Mexico City`, `New Mexico`, `Indian Ocean`) match first
//! and count as nothing.

use super::lookup::{country_form, Flag};
use super::phrases::{Case, PhraseTable};
use super::tokens::{tokenize, Kind, Token};
use super::words::{
    is_capitalized, is_capitalized_function_word, is_locative, is_month, is_weekday,
};
use crate::article::Span;
use crate::lexicon::{lexicon, Lexicon};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    Name,
    Demonym,
    Capital,
    Seat,
}

#[derive(Clone, Copy, Debug)]
struct Pattern {
    /// Index into the lexicon's countries; `None` for a not-a-country phrase.
    country: Option<usize>,
    kind: FormKind,
    ambiguous: bool,
}

/// A country named in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountryHit {
    pub span: Span,
    pub country: &'static str,
    pub kind: FormKind,
}

pub struct CountryMatcher {
    table: PhraseTable<Pattern>,
}

impl CountryMatcher {
    pub fn new(lex: &'static Lexicon) -> CountryMatcher {
        let mut table = PhraseTable::new(Case::Sensitive, Flag::CountryStart);
        for (i, c) in lex.countries.iter().enumerate() {
            let mut add = |text: &str, kind, ambiguous| {
                let text = country_form(text);
                table.insert(
                    text,
                    Pattern {
                        country: Some(i),
                        kind,
                        ambiguous,
                    },
                )
            };
            // A name marked ambiguous among the aliases (`?Jordan`) replaces the plain one.
            if !c.aliases.iter().any(|f| f.ambiguous && f.text == c.name) {
                add(c.name, FormKind::Name, false);
            }
            for f in &c.aliases {
                add(f.text, FormKind::Name, f.ambiguous);
            }
            for f in &c.demonyms {
                add(f.text, FormKind::Demonym, f.ambiguous);
            }
            for f in &c.capitals {
                add(f.text, FormKind::Capital, f.ambiguous);
            }
            for f in &c.seats {
                add(f.text, FormKind::Seat, f.ambiguous);
            }
        }
        // Inserted last, a not-a-country phrase wins only by being longer (`Mexico City`).
        for &phrase in &lex.not_countries {
            table.insert(
                phrase,
                Pattern {
                    country: None,
                    kind: FormKind::Name,
                    ambiguous: false,
                },
            );
        }
        CountryMatcher { table }
    }

    /// The shared matcher for the compiled-in lexicon.
    pub fn get() -> &'static CountryMatcher {
        static MATCHER: std::sync::OnceLock<CountryMatcher> = std::sync::OnceLock::new();
        MATCHER.get_or_init(|| CountryMatcher::new(lexicon()))
    }

    /// Countries named in a block, given its tokens, after the context rules.
    pub fn find(&self, text: &str, block: Span, tokens: &[Token], out: &mut Vec<CountryHit>) {
        let lex = lexicon();
        let mut keep = |span: Span, p: Pattern| {
            let Some(ci) = p.country else { return };
            let before = &text[block.start..span.start];
            let after = &text[span.end..block.end];
            let ok = match p.kind {
                FormKind::Capital | FormKind::Seat => acts_for_country(before, after, p.kind),
                _ => true,
            } && (!p.ambiguous || ambiguous_ok(before, after, lex));
            if ok {
                out.push(CountryHit {
                    span,
                    country: lex.countries[ci].name,
                    kind: p.kind,
                });
            }
        };
        let mut i = 0;
        while i < tokens.len() {
            // Only a word that starts a form, or holds one after a hyphen, can match.
            if tokens[i].flags & (Flag::CountryStart as u32 | Flag::Hyphenated as u32) == 0 {
                i += 1;
                continue;
            }
            if let Some((len, p)) = self.table.longest_at(text, tokens, i) {
                keep(
                    Span::new(tokens[i].span.start, tokens[i + len - 1].span.end),
                    p,
                );
                i += len;
                continue;
            }
            let part_token = |span: Span| Token {
                kind: Kind::Word,
                span,
                space_before: true,
                flags: super::lookup::index().flags(span.of(text)),
            };
            // `South Korea-U.S.`: a form's last word as the first part of a hyphenated word.
            let mut first_part_read = false;
            let next_hyphenated = tokens
                .get(i + 1)
                .filter(|n| n.flags & Flag::Hyphenated as u32 != 0 && n.space_before);
            if let Some(next) =
                next_hyphenated.filter(|_| tokens[i].flags & Flag::CountryStart as u32 != 0)
            {
                let first = next.text(text).split('-').next().unwrap_or("");
                let pair = [
                    tokens[i],
                    part_token(Span::new(next.span.start, next.span.start + first.len())),
                ];
                if let Some((2, p)) = self.table.longest_at(text, &pair, 0) {
                    keep(Span::new(tokens[i].span.start, pair[1].span.end), p);
                    // The rest of the hyphenated word is read on its own below.
                    i += 1;
                    first_part_read = true;
                }
            }
            // `US-China`, `Russia-Ukraine`: each part of a hyphenated word on its own.
            let t = tokens[i].text(text);
            if t.contains('-') {
                let mut at = tokens[i].span.start;
                for (n, part) in t.split('-').enumerate() {
                    let span = Span::new(at, at + part.len());
                    at += part.len() + 1;
                    if part.is_empty() || n == 0 && first_part_read {
                        continue;
                    }
                    if let Some((1, p)) = self.table.longest_at(text, &[part_token(span)], 0) {
                        keep(span, p);
                    }
                }
            }
            i += 1;
        }
    }

    /// How many tokens from `i` a capital city's name takes (`New Delhi`, `Hà Nội`), if
    /// one starts there: a place, whether or not it stands for its country here.
    pub fn capital_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
        self.table
            .longest_at(text, tokens, i)
            .filter(|(_, p)| p.kind == FormKind::Capital && p.country.is_some())
            .map(|(len, _)| len)
    }

    /// Countries named in a short free-standing text (a title or description).
    pub fn find_in(&self, s: &str, out: &mut Vec<CountryHit>) {
        let mut tokens = Vec::new();
        let span = Span::new(0, s.len());
        tokenize(s, span, &mut tokens);
        self.find(s, span, &tokens, out);
    }
}

/// The last few words before a match, nearest first, with a nearest `the` skipped.
fn previous_words(before: &str) -> Vec<&str> {
    let mut words: Vec<&str> = before
        .split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .collect();
    if matches!(words.first(), Some(&("the" | "The"))) {
        words.remove(0);
    }
    words
}

fn acts_for_country(before: &str, after: &str, kind: FormKind) -> bool {
    let words = previous_words(before);
    let w1 = words.first().copied();
    if w1.is_some_and(is_locative) {
        return false;
    }
    // `Governor of Washington`, `Mayor of Moscow`: the city or state as a jurisdiction.
    if kind == FormKind::Capital && w1 == Some("of") {
        if let Some(title) = words.get(1) {
            if lexicon().titles.contains_key(&title.to_lowercase()) {
                return false;
            }
        }
    }
    // `Seattle, Washington`: a place after a comma — not when a verb follows (`Across the
    // Pyrenees, Madrid declared`).
    let verb_after = after.split_whitespace().next().is_some_and(|w| {
        w.len() > 3 && w.ends_with("ed") || matches!(w, "says" | "said" | "has" | "is")
    });
    if kind == FormKind::Capital
        && w1.is_some_and(|w| w.ends_with(',') && is_capitalized(w))
        && !verb_after
    {
        return false;
    }
    let next = after.trim_start();
    if after.starts_with('-')
        || after.starts_with(", D.C")
        || next.starts_with("D.C")
        || next.starts_with("DC")
    {
        return false;
    }
    // First word of a longer name: `Beijing Normal University`, `Washington Dulles`.
    if kind == FormKind::Capital && after.starts_with(' ') {
        let w = next.split_whitespace().next().unwrap_or("");
        if is_capitalized(w) && !is_capitalized_function_word(w) && !is_weekday(w) && !is_month(w) {
            return false;
        }
    }
    true
}

fn ambiguous_ok(before: &str, after: &str, lex: &Lexicon) -> bool {
    if before.ends_with(' ') {
        if let Some(w) = before.split_whitespace().next_back() {
            // `Michael Jordan`, `Atlanta, Georgia`
            if is_capitalized(w)
                && !w.ends_with(['.', ':', ';'])
                && !is_capitalized_function_word(w)
            {
                return false;
            }
        }
    }
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches([',', '.', ';']);
    if lex.verbs.contains_key(next) {
        return false;
    }
    // `Jordan Peterson`: a capitalised word runs on.
    !(after.starts_with(' ') && is_capitalized(next) && !is_capitalized_function_word(next))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn countries(s: &str) -> Vec<(&str, &'static str)> {
        let mut out = Vec::new();
        CountryMatcher::get().find_in(s, &mut out);
        out.iter().map(|h| (h.span.of(s), h.country)).collect()
    }

    #[test]
    fn names_aliases_demonyms() {
        assert_eq!(
            countries("The US and U.S. officials met Chinese and North Korean envoys in Finland."),
            vec![
                ("US", "United States"),
                ("U.S.", "United States"),
                ("Chinese", "China"),
                ("North Korean", "North Korea"),
                ("Finland", "Finland")
            ]
        );
    }

    #[test]
    fn capitals_act_for_countries_unless_they_are_places() {
        assert_eq!(
            countries("Beijing has remained calm."),
            vec![("Beijing", "China")]
        );
        assert_eq!(countries("Moscow’s war"), vec![("Moscow", "Russia")]);
        assert_eq!(
            countries("an ally of Pyongyang"),
            vec![("Pyongyang", "North Korea")]
        );
        assert_eq!(
            countries("to help the Kremlin fight"),
            vec![("Kremlin", "Russia")]
        );
        assert!(countries("the embassy in Washington").is_empty());
        assert!(countries("at the Kremlin on Monday").is_empty());
        assert!(countries("Seattle, Washington").is_empty());
        assert!(countries("Governor of Washington Chris Gregoire").is_empty());
        assert!(countries("Washington Dulles International Airport").is_empty());
        assert!(countries("in Washington D.C.").is_empty());
    }

    #[test]
    fn not_countries_and_word_boundaries() {
        assert!(countries("Next year in Mexico City.").is_empty());
        assert!(countries("Nacer Chadli replaced him; Indiana won").is_empty());
        assert!(countries("North America Published").is_empty());
        assert_eq!(
            countries("the US-China Dialogue"),
            vec![("US", "United States"), ("China", "China")]
        );
        // A two-word form whose last word opens a hyphenated word.
        assert_eq!(
            countries("the South Korea-U.S. alliance"),
            vec![("South Korea", "South Korea"), ("U.S.", "United States")]
        );
        assert!(countries("a Moscow-based group").is_empty());
    }

    #[test]
    fn ambiguous_forms_need_context() {
        assert!(countries("Michael Jordan scored").is_empty());
        assert_eq!(countries("troops in Jordan."), vec![("Jordan", "Jordan")]);
    }
}
