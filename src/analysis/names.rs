//! Names in a block: people (with the title before them and the appositive after them)
//! and organisations, found from runs of capitalised words.
//!
//! A run (`Secretary of State Antony Blinken`, `Center for Strategic and International
//! Studies`) is split into a title part and a name part: the name is what follows the last
//! title word, country or organisation word, narrowed to start at a given name when the
//! tail is long (`…for East Asian and Pacific Affairs Dan Kritenbrink`). A name is a
//! person's when something says so: a title before it (`President`, `envoy`, `coach`), an
//! appositive after it (`, an expert at …`, `, 42,`), a given name from
//! `given-names.txt`, an East Asian hyphenated given name (`Park Joo-Ho`), or a person
//! already known. A run holding an organisation word (`Ministry`, `University`) or a known
//! institution or outlet is an organisation. Words from `not-person-words.txt` (`Stadium`,
//! `Act`, `Shuttle`) keep places and things from being taken for people.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::countries::CountryHit;
use super::lookup::Flag;
use super::phrases::{Case, PhraseTable};
use super::roles::{self, RoleEvidence};
use super::tokens::{Kind, Token};
use super::words::{
    is_auxiliary, is_balinese_name_marker, is_capitalized, is_capitalized_function_word,
    is_compound_modifier, is_determiner, is_finite_marker, is_generational_suffix, is_honorific,
    is_honorific_between, is_month, is_name_connector, is_name_particle, is_preposition,
    is_uncased_script, is_weekday, with_lower,
};
use super::Role;
use crate::article::Span;
use crate::lexicon::{lexicon, InstitutionMatch, TitleRole};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Person,
    Organization,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    pub kind: NameKind,
    /// Token range of the name proper (`Antony Blinken`, `State Department`).
    pub tokens: (usize, usize),
    pub span: Span,
    /// A title or description before the name (`Secretary of State`, `the Crown prosecutor`).
    pub title: Option<Span>,
    /// An appositive after the name (`an international relations expert at …`).
    pub appositive: Option<Span>,
    /// Role evidence from the title and the appositive.
    pub role: Option<super::Role>,
}

/// The lexicon's titles and institutions as token phrase tables.
pub struct Tables {
    /// Every title (`president`, `Secretary of State`, `Sen.`), any case.
    /// Each title's role, and whether it is a seat held or sought by election.
    pub titles: PhraseTable<(TitleRole, bool)>,
    /// Institution heads written capitalised (`Ministry`, `Center for`): they occur in names.
    pub heads: PhraseTable<Role>,
    /// Every institution entry, heads and names, any case: for descriptions.
    pub institutions: PhraseTable<Role>,
    /// Phrases that mark an unnamed source (`people familiar with`), any case.
    pub anonymity: PhraseTable<()>,
    /// Lower-cased single-word capitalised heads (`ministry`, `university`).
    head_words: HashSet<String>,
    /// Every single-word head, lower-cased, those of descriptions too (`firm`, `charity`).
    kind_words: HashSet<String>,
    /// Lower-cased institution names (`nasa`, `state department`).
    names: HashMap<String, Role>,
    /// Words that head a name only as its last word (`Water` of `Thames Water`), as
    /// written, with their role.
    last_heads: HashMap<&'static str, Role>,
}

/// Whether an unnamed source's description starts at token `k`: a phrase of
/// `anonymity.txt` (`people familiar with`, `a source close to`), or any title or group
/// word followed by how they know (`an investigator familiar with the inquiry`, `aides
/// close to the minister`).
pub fn unnamed_source_at(text: &str, tokens: &[Token], k: usize) -> bool {
    if tables().anonymity.longest_at(text, tokens, k).is_some() {
        return true;
    }
    let w = |j: usize| tokens.get(j).map_or("", |t| t.text(text));
    let knowing = matches!(
        (w(k + 1), w(k + 2), w(k + 3)),
        ("familiar" | "close", "with" | "to", _)
            | ("with", "knowledge", "of")
            | ("briefed", "on", _)
    );
    knowing
        && with_lower(w(k), |l| {
            lexicon().titles.contains_key(l) || lexicon().groups.contains_key(l)
        })
}

/// Whether the clause set off by the comma at `comma` says whom it describes is not named
/// (`, who asked not to be named,`): a phrase of `anonymity.txt` before the next comma.
pub fn unnamed_after(text: &str, tokens: &[Token], comma: usize) -> bool {
    if tokens.get(comma).is_none_or(|t| t.text(text) != ",") {
        return false;
    }
    tokens[comma + 1..]
        .iter()
        .take(12)
        .take_while(|t| t.kind == Kind::Word)
        .enumerate()
        .any(|(i, t)| {
            t.flags & Flag::AnonymityStart as u32 != 0
                && tables()
                    .anonymity
                    .longest_at(text, tokens, comma + 1 + i)
                    .is_some()
        })
}

pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let lex = lexicon();
        let mut titles = PhraseTable::new(Case::Insensitive, Flag::TitleStart);
        for (t, r) in &lex.titles {
            titles.insert(t, (*r, lex.office_titles.contains(t)));
        }
        let mut heads = PhraseTable::new(Case::Insensitive, Flag::HeadStart);
        let mut institutions = PhraseTable::new(Case::Insensitive, Flag::InstitutionStart);
        let mut head_words = HashSet::default();
        let mut kind_words = HashSet::default();
        let mut names = HashMap::default();
        let mut last_heads = HashMap::default();
        for i in &lex.institutions {
            // (Not in descriptions: `Water Resources Commission` is a commission.)
            if i.matching == InstitutionMatch::Last {
                last_heads.insert(i.phrase, i.role);
                continue;
            }
            institutions.insert(i.phrase, i.role);
            if i.matching == InstitutionMatch::Head && !i.phrase.contains(' ') {
                kind_words.insert(i.phrase.to_lowercase());
            }
            match i.matching {
                // Lower-case heads (`military`, `think tank`) describe; they are not names.
                InstitutionMatch::Head if is_capitalized(i.phrase) => {
                    heads.insert(i.phrase, i.role);
                    if !i.phrase.contains(' ') {
                        head_words.insert(i.phrase.to_lowercase());
                    }
                }
                InstitutionMatch::Head | InstitutionMatch::Last => {}
                InstitutionMatch::Name => {
                    names.insert(i.phrase.to_lowercase(), i.role);
                }
            }
        }
        let mut anonymity = PhraseTable::new(Case::Insensitive, Flag::AnonymityStart);
        for &phrase in &lex.anonymity {
            anonymity.insert(phrase, ());
        }
        Tables {
            titles,
            heads,
            institutions,
            anonymity,
            head_words,
            kind_words,
            last_heads,
            names,
        }
    })
}

/// Longest title starting at token `i`: its token length.
pub fn title_at(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    tables()
        .titles
        .longest_at(text, tokens, i)
        .map(|(len, _)| len)
}

/// Token length of an institution head phrase at `i` (`Ministry`, `Center for`).
pub fn head_at(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if !is_capitalized(tokens[i].text(text)) {
        return None;
    }
    tables()
        .heads
        .longest_at(text, tokens, i)
        .map(|(len, _)| len)
}

/// A single capitalised word that heads institution names (`Ministry`, `University`).
pub fn is_institution_head(word: &str) -> bool {
    is_capitalized(word) && is_head_word(word)
}

/// A word that, capitalised, heads institution names, in any case (`ministry`).
pub fn is_head_word(word: &str) -> bool {
    with_lower(word, |l| tables().head_words.contains(l))
}

/// A lower-case word for a kind of body that is no part of names (`firm`, `insurer`,
/// `utility`).
pub fn is_kind_word(word: &str) -> bool {
    with_lower(word, |l| tables().kind_words.contains(l))
}

pub fn institution_name_role(name: &str) -> Option<super::Role> {
    with_lower(name, |l| tables().names.get(l).copied())
}

/// Whether the full stop at `i` closes an abbreviation rather than a sentence: after an
/// honorific (`Mr.`), an initial (`F.`), or as part of a title (`Sen.`, `Ald.`).
pub fn abbreviation_dot(text: &str, tokens: &[Token], i: usize) -> bool {
    if i == 0 || tokens[i].text(text) != "." || tokens[i].space_before {
        return false;
    }
    let prev = tokens[i - 1].text(text);
    is_honorific(prev)
        || (prev.chars().count() == 1 && is_capitalized(prev))
        // (a firm's legal form: `The Nunavut Housing Corp. says`)
        || i >= 2
            && matches!(prev, "Inc" | "Corp" | "Co" | "Ltd")
            && cap(tokens[i - 2])
            && tokens.get(i + 1).is_some_and(|t| !is_capitalized(t.text(text)))
        || title_at(text, tokens, i - 1) == Some(2)
        || is_given_name_abbreviation(text, tokens, i)
}

/// The dot at `dot` closes a given name's abbreviation (`Ma.` of `Ma. Cristina Avelino`).
fn is_given_name_abbreviation(text: &str, tokens: &[Token], dot: usize) -> bool {
    dot > 0
        && cap(tokens[dot - 1])
        && !tokens[dot].space_before
        && lexicon()
            .given_name_abbreviations
            .contains(Span::new(tokens[dot - 1].span.start, tokens[dot].span.end).of(text))
}

fn cap(t: Token) -> bool {
    t.kind == Kind::Word && t.flags & Flag::Capitalized as u32 != 0
}

/// Runs of capitalised words, with connectors (`of`, `for`, `de`) that lead on to
/// another capitalised word, and the dot of an honorific or initial (`Mr.`, `F.`).
fn runs<'a>(
    text: &'a str,
    tokens: &'a [Token],
    countries: &'a [CountryHit],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    // `and` joins names of institutions (`Center for Strategic and International Studies`)
    // but not lists: it stops before a country, a title or a given name.
    let starts_new_name = |k: usize| {
        country_in(countries, tokens[k].span)
            || title_at(text, tokens, k).is_some()
            || is_given_name(text, tokens[k])
    };
    let n = tokens.len();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < n && !cap(tokens[i]) {
            i += 1;
        }
        if i >= n {
            return None;
        }
        let mut j = i + 1;
        while j < n {
            let t = tokens[j];
            if cap(t) && t.space_before {
                j += 1;
                continue;
            }
            // `Marcus “Tank” Okafor`: a nickname in quotation marks inside a name.
            if let Some(len) = nickname_at(tokens, j) {
                j += len;
                continue;
            }
            let w = t.text(text);
            let dot_of_abbrev =
                abbreviation_dot(text, tokens, j) && tokens.get(j + 1).is_some_and(|n| cap(*n));
            if dot_of_abbrev {
                j += 1;
                continue;
            }
            // `Summit Power & Light`, `Procter & Gamble`
            let ampersand = w == "&" && tokens.get(j + 1).is_some_and(|n| cap(*n));
            if ampersand
                || plural_possessive_in_name(text, tokens, j)
                || titled_office_in_name(text, tokens, j)
            {
                j += 2;
                continue;
            }
            // `Department for Environment, Food and Rural Affairs`: an institution's name may
            // list what it is for.
            if w == "," && heads_for(text, &tokens[i..j]) {
                if let Some(end) = listed_to(text, tokens, j) {
                    j = end;
                    continue;
                }
            }
            // `Minister of Economic Inclusion, Small Business, Employment and Skills Hicham
            // Belghiti`: so may a post, its holder's name following the last field (found
            // in the run as after any post).
            if w == "," && titled_field(text, &tokens[i..j]) {
                if let Some(end) = listed_to(text, tokens, j) {
                    j = end;
                    continue;
                }
            }
            if t.kind == Kind::Word && (is_name_connector(w) || is_name_particle(w)) {
                // `of the United States`, `van der Berg`: up to two connectors or
                // particles before a capital.
                let mut k = j + 1;
                while k < n
                    && k < j + 2
                    && tokens[k].kind == Kind::Word
                    && (is_name_connector(tokens[k].text(text))
                        || is_name_particle(tokens[k].text(text)))
                {
                    k += 1;
                }
                let list = w == "and" && k < n && starts_new_name(k);
                // `at`, `on` and `to` join only inside institutions' names (`Institute …
                // at Liaoning University`) and titles (`Ambassador to the United States`),
                // never a person to a place (`Alexander Stubb at the Great Hall`).
                // Inside an institution's name, `at` and `on` lead to another institution
                // (`at Liaoning University`), not a place (`Udvar-Hazy Center at Washington
                // Dulles International Airport`); `to` only follows a title.
                let next_run = tokens[k..]
                    .iter()
                    .take_while(|t| cap(**t) || is_name_connector(t.text(text)))
                    .count();
                // (`Opposition Spokesman on Agriculture Horace Blagrove`: `on` leads a title
                // to its portfolio.)
                let title_on_portfolio = w == "on"
                    && title_at(text, tokens, j - 1).is_some()
                    && is_portfolio_word(tokens[k].text(text));
                let place_link = match w {
                    "at" | "on" => {
                        !(title_on_portfolio
                            || has_head(&tokens[i..j]) && has_head(&tokens[k..k + next_run]))
                    }
                    "to" => title_at(text, tokens, j - 1).is_none(),
                    _ => false,
                };
                // `James Whitfield of the University of Cambridge`, `Professor Helen Marsh
                // of King’s College`: a person's name does not run on into the institution
                // they belong to. Titles and honorifics before the name do not count; a title
                // after the given name does (`Minister of Education`).
                let mut f = i;
                while f < j {
                    let t = tokens[f].text(text);
                    // `Assistant Commissioner`, `Chief Inspector`: a rank before a title.
                    let ranked_title = || {
                        is_rank(t) && title_at(text, tokens, f + 1).is_some_and(|l| f + 1 + l < j)
                    };
                    if is_honorific(t) || t == "." || ranked_title() {
                        f += 1;
                    } else if let Some(len) = title_at(text, tokens, f).filter(|&l| f + l < j) {
                        f += len;
                    } else {
                        break;
                    }
                }
                // A given name the lexicon does not know still heads a person's name when
                // an institution's follows (`Shalini Menon of the Centre for Ecological
                // Sciences`).
                // (Four words too: `Ni Luh Putu Sekarini of the Indonesian Democratic Party
                // of Struggle`.)
                let person_words = f + 2 == j
                    || (f + 3..=f + 4).contains(&j)
                        && !tokens[f + 1..j].iter().any(|t| t.text(text).ends_with('.'));
                let of_person = matches!(w, "of" | "for")
                    && j - f >= 2
                    && (is_given_name(text, tokens[f])
                        || w == "of"
                            && person_words
                            && has_head(&tokens[k..k + next_run])
                            && tokens[f..j].iter().all(|t| {
                                cap(*t)
                                    && !is_capitalized_function_word(t.text(text))
                                    && !country_in(countries, t.span)
                            }))
                    && !tokens[f..j]
                        .iter()
                        .any(|t| t.flags & (Flag::HeadStart as u32 | Flag::TitleStart as u32) != 0);
                if k < n
                    && cap(tokens[k])
                    && !is_capitalized_function_word(tokens[k].text(text))
                    && !list
                    && !place_link
                    && !of_person
                {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        let run = (i, j);
        i = j;
        Some(run)
    })
}

/// The length of a one- or two-word nickname in quotation marks at `j`, between a given
/// name and a surname (`Marcus “Tank” Okafor`).
pub fn nickname_at(tokens: &[Token], j: usize) -> Option<usize> {
    let mark = |k: usize, space: bool| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Quote && t.space_before == space)
    };
    if j == 0 || !cap(tokens[j - 1]) || !mark(j, true) {
        return None;
    }
    let words = (1..=2).find(|&n| {
        (j + 1..=j + n).all(|k| tokens.get(k).is_some_and(|t| cap(*t)))
            && mark(j + n + 1, false)
            && tokens
                .get(j + n + 2)
                .is_some_and(|t| cap(*t) && t.space_before)
    })?;
    Some(words + 2)
}

/// A word that ranks the title after it (`Assistant Commissioner`, `Acting Director`).
fn is_rank(word: &str) -> bool {
    with_lower(word, |l| {
        matches!(
            l,
            "assistant"
                | "associate"
                | "acting"
                | "chief"
                | "deputy"
                | "detective"
                | "interim"
                | "senior"
        )
    })
}

/// `United Rail Workers’ Union`, `Veterans' Affairs`: the apostrophe at `j` closes a
/// capitalised plural inside a name, and a capitalised word follows. Not a country's
/// (`the Netherlands’ Authority for Consumers and Markets`): that is its owner.
/// (So does the `’s` of a plural not made with `s`: `Maldives Fishermen’s Association`,
/// `Cambodian People’s Party`, `Rural Women’s Association`.)
pub fn plural_possessive_in_name(text: &str, tokens: &[Token], j: usize) -> bool {
    let t = tokens[j];
    if j == 0
        || !cap(tokens[j - 1])
        || !tokens.get(j + 1).is_some_and(|n| cap(*n) && n.space_before)
    {
        return false;
    }
    let owner = tokens[j - 1].text(text);
    let plural_in_s = t.kind == Kind::Quote
        && !t.space_before
        && matches!(t.text(text), "’" | "'")
        && owner.ends_with('s');
    let plural_in_men = t.kind == Kind::Possessive
        && (owner.ends_with("men") || matches!(owner, "People" | "Children"));
    (plural_in_s || plural_in_men) && !country_last_words().contains(owner)
}

/// `Juniper County Sheriff’s Office`, `the District Attorney’s Office`: the owner's `’s`
/// at `j` closes a title, and `Office` follows; the office is named after the post.
pub fn titled_office_in_name(text: &str, tokens: &[Token], j: usize) -> bool {
    tokens[j].kind == Kind::Possessive
        && j > 0
        && cap(tokens[j - 1])
        && tokens.get(j + 1).is_some_and(|n| n.text(text) == "Office")
        && (j.saturating_sub(3)..j).any(|k| title_at(text, tokens, k).is_some_and(|l| k + l == j))
}

/// The last words of countries' names (`Netherlands`, `States`, `Yemen`).
fn country_last_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        lexicon()
            .countries
            .iter()
            .flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().map(|f| f.text)))
            .filter_map(|name| name.rsplit(' ').next())
            .collect()
    })
}

/// A head word then `for` or `of` (`Department for Environment`, `Ministry of Agriculture`):
/// the start of a name that may go on with a list.
pub fn heads_for(text: &str, run: &[Token]) -> bool {
    field_after(text, run, Flag::HeadStart)
}

/// Whether `run` holds a post and the field it is of or for (`Minister of Economic
/// Inclusion`).
fn titled_field(text: &str, run: &[Token]) -> bool {
    field_after(text, run, Flag::TitleStart)
}

/// Whether a word of `run` with `flag` (a body's head, a post) has `for` or `of` after it.
fn field_after(text: &str, run: &[Token], flag: Flag) -> bool {
    run.iter()
        .position(|t| t.flags & flag as u32 != 0)
        .is_some_and(|h| {
            run[h + 1..]
                .iter()
                .any(|t| matches!(t.text(text), "for" | "of"))
        })
}

/// From the comma at `comma`, a list of capitalised words closed by `and` and one more
/// (`, Food and Rural Affairs`): where it ends, if it is one.
pub fn listed_to(text: &str, tokens: &[Token], comma: usize) -> Option<usize> {
    let mut k = comma;
    let limit = (comma + 12).min(tokens.len());
    loop {
        // After `,` (or `and`): one or more capitalised words.
        let from = k + 1;
        k = from;
        while k < limit && cap(tokens[k]) {
            k += 1;
        }
        if k == from {
            return None;
        }
        // (`, Great Lakes, and Energy`: a serial comma before the `and` too.)
        if k + 1 < limit && tokens[k].text(text) == "," && tokens[k + 1].text(text) == "and" {
            k += 1;
        }
        match tokens.get(k).map(|t| t.text(text)) {
            Some(",") if k < limit => {}
            Some("and") if k < limit => {
                let from = k + 1;
                let mut end = from;
                while end < limit && cap(tokens[end]) {
                    end += 1;
                }
                return (end > from).then_some(end);
            }
            _ => return None,
        }
    }
}

/// A short form in brackets starting at token `at`: `(FURT)`, `(RBI)`.
pub fn short_form_at<'t>(text: &'t str, tokens: &[Token], at: usize) -> Option<&'t str> {
    let [open, short, close] = tokens.get(at..at + 3)? else {
        return None;
    };
    // Brackets are single bytes: compare spans' lengths before their text.
    if open.span.len() != 1 || close.span.len() != 1 {
        return None;
    }
    let short_text = short.text(text);
    // `(KMPDU)`, and with lower-case letters inside (`(CoG)`, `(IISc)`), or written as a
    // word (`(Daera)`, `(Defra)`).
    let capitals = short_text.bytes().filter(u8::is_ascii_uppercase).count();
    (open.text(text) == "("
        && close.text(text) == ")"
        && (2..=6).contains(&short_text.len())
        && short_text.starts_with(|c: char| c.is_ascii_uppercase())
        && short_text.bytes().all(|b| b.is_ascii_alphabetic())
        && (capitals >= 2 || short_text.len() >= 4))
        .then_some(short_text)
}

/// `the rebel Front for Unity and Renewal in Chad (FURT)`: where the name whose short form
/// follows `end` in brackets starts — capitalised words joined by lower-case function
/// words, opening with the short form's first letter.
pub fn defined_by_short_form(text: &str, tokens: &[Token], end: usize) -> Option<usize> {
    let short_text = short_form_at(text, tokens, end)?;
    let mut start = end;
    let mut words = 0;
    let capitals = short_text.bytes().filter(u8::is_ascii_uppercase).count();
    // (A short form written as a word spells its letters in lower case: `Daera`.)
    let letters = if capitals >= 2 {
        capitals
    } else {
        short_text.len()
    };
    let initial = short_text.as_bytes()[0];
    let mut initial_met = false;
    while start > 0 {
        let t = tokens[start - 1];
        let w = t.text(text);
        // `Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)`: a list
        // inside the name, while the short form still has letters to spell, or its first
        // letter is still to come (`Ministry of Electricity, Water and Renewable Energy
        // (MEW)`).
        let listed =
            w == "," && (words < letters || !initial_met) && start >= 2 && cap(tokens[start - 2]);
        if t.kind != Kind::Word && !listed {
            break;
        }
        if listed {
            start -= 1;
            continue;
        }
        if is_capitalized(w) {
            words += 1;
            initial_met |= w.as_bytes()[0] == initial && !is_capitalized_function_word(w);
        } else if !(is_name_connector(w) || is_name_particle(w) || matches!(w, "in" | "and")) {
            // (`Electricite du Liban (EDL)`: a particle inside the name.)
            break;
        }
        start -= 1;
    }
    // Back to the first capitalised word that gives the short form's first letter.
    // (Not `The`: `The Tanzania Meteorological Authority (TMA)`.)
    let start = (start..end).find(|&k| {
        let w = tokens[k].text(text);
        is_capitalized(w) && w.as_bytes()[0] == initial && !is_capitalized_function_word(w)
    })?;
    // `The Costa Rican Institute of Aqueducts and Sewers (AyA)`: letters that spell only
    // what the body is for (a short form in another language) leave its head out; the
    // name starts where the head's run does.
    let start = if start >= 2
        && matches!(tokens[start - 1].text(text), "of" | "for")
        && cap(tokens[start - 2])
        && is_head_word(tokens[start - 2].text(text))
    {
        let mut s = start - 2;
        while s > 0 && cap(tokens[s - 1]) && !is_capitalized_function_word(tokens[s - 1].text(text))
        {
            s -= 1;
        }
        s
    } else if is_head_word(tokens[start].text(text))
        && (start..end)
            .filter(|&k| cap(tokens[k]) && !is_capitalized_function_word(tokens[k].text(text)))
            .count()
            != letters
    {
        // `The Mozambique Institute of Nuts (IAM)`: letters of another language that do not
        // spell the name from its head leave out what comes before the head; the name
        // starts where its run does (`Disaster and Emergency Management Authority (AFAD)`).
        let name_word =
            |k: usize| cap(tokens[k]) && !is_capitalized_function_word(tokens[k].text(text));
        let mut s = start;
        while s > 0 && name_word(s - 1)
            || s > 1 && matches!(tokens[s - 1].text(text), "and" | "&") && name_word(s - 2)
        {
            s -= 1;
        }
        s
    } else {
        start
    };
    // `Social Democratic MP Juha Pietikäinen (SDP)`: a title, then a person's name right
    // after it, is a person and their party's short form, whatever the letters spell.
    let person_after_title = (start..end).any(|k| {
        title_at(text, tokens, k).is_some_and(|len| {
            let name = k + len..end;
            (2..=4).contains(&name.len())
                && name
                    .clone()
                    .all(|j| cap(tokens[j]) && tokens[j].flags & Flag::HeadStart as u32 == 0)
        })
    });
    (words >= 2 && end - start >= 2 && !person_after_title).then_some(start)
}

/// Whether the token range holds a country form. `hits` are in text order and do not
/// overlap (as the matcher finds them), so a binary search finds the one candidate: a
/// paragraph of a million words costs no more per look-up than a short one.
fn country_in(hits: &[CountryHit], span: Span) -> bool {
    debug_assert!(hits.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    let first_not_before = hits.partition_point(|h| h.span.end <= span.start);
    hits.get(first_not_before)
        .is_some_and(|h| span.overlaps(h.span))
}

/// A name found in one block, before the rest of the article is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub name: Name,
    /// Nothing in the block makes this a person's name: it is one only if the article has
    /// named that person before (a surname alone, say).
    pub only_if_known: bool,
}

/// An organisation named by tokens `from..to`, its role read from `role_from..to` (which
/// may take in what it is: `payments company Kontora`).
fn organization(
    text: &str,
    tokens: &[Token],
    (from, to): (usize, usize),
    role_from: usize,
) -> Candidate {
    Candidate {
        name: Name {
            kind: NameKind::Organization,
            tokens: (from, to),
            span: Span::new(tokens[from].span.start, tokens[to - 1].span.end),
            title: None,
            appositive: None,
            role: org_role(text, &tokens[role_from..to]),
        },
        only_if_known: false,
    }
}

/// People and organisations named in one block, appended to `out`. Looks at nothing
/// outside the block, so blocks can be read in any order; [`Candidate::only_if_known`]
/// leaves the rest to the caller.
pub fn find_names(
    text: &str,
    tokens: &[Token],
    countries: &[CountryHit],
    out: &mut Vec<Candidate>,
) {
    let sp = |a: usize, b: usize| Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    let first = out.len();
    // Names given a short form in brackets are organisations, whatever their words.
    let defined: Vec<(usize, usize)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == Kind::Punct && t.text(text) == "(")
        .filter_map(|(end, _)| Some((defined_by_short_form(text, tokens, end)?, end)))
        .collect();
    // Both in text order: one pointer walks the definitions as the runs go by.
    let mut next_defined = 0;
    for (from, mut to) in runs(text, tokens, countries) {
        while defined
            .get(next_defined)
            .is_some_and(|&(_, end)| end <= from)
        {
            next_defined += 1;
        }
        if let Some(&(start, end)) = defined.get(next_defined).filter(|(s, _)| to > *s) {
            if to == end {
                out.push(organization(text, tokens, (start, end), start));
            }
            // `Shalini Menon of the Indian Institute of Science (IISc)`: who belongs to it
            // is read as any run is.
            let mut before = start;
            while before > from && is_name_connector(tokens[before - 1].text(text)) {
                before -= 1;
            }
            if before == start || before <= from {
                continue;
            }
            to = before;
        }
        // `“Walk Easy, Brother”`: a title of a work in quotation marks names nobody.
        if in_quoted_title(tokens, from, to) {
            continue;
        }
        // `Élhető Nyolcker (Liveable Eighth)`: a name's translation in brackets names no
        // one else.
        let translation = to >= from + 2
            && from >= 2
            && tokens[from - 1].text(text) == "("
            && tokens.get(to).is_some_and(|t| t.text(text) == ")")
            && cap(tokens[from - 2]);
        if translation {
            // (A body's, though: `Conferenza Episcopale Italiana (Italian Episcopal
            // Conference)`.)
            if has_head(&tokens[from..to]) {
                out.push(organization(text, tokens, (from, to), from));
            }
            continue;
        }
        // `Gary, Indiana`: a state or province, and the town before it, are places.
        let town = to - from <= 3
            && !has_head(&tokens[from..to])
            && tokens.get(to).is_some_and(|t| t.text(text) == ",")
            && region_at(text, tokens, to + 1).is_some();
        if town || region_at(text, tokens, from).is_some_and(|len| from + len == to) {
            continue;
        }
        let mut a = from;
        // (`I` opens a Balinese name: `I Gusti Ngurah Wiradana`.)
        let balinese = |k: usize| {
            tokens[k].text(text) == "I"
                && k + 2 < to
                && is_balinese_name_marker(tokens[k + 1].text(text))
        };
        // (and `Dubai-based`, `Japanese-owned`: what describes a name is no part of it)
        while a < to
            && !balinese(a)
            && (is_capitalized_function_word(tokens[a].text(text))
                || tokens[a].flags & Flag::Hyphenated as u32 != 0
                    && is_compound_modifier(tokens[a].text(text)))
        {
            a += 1;
        }
        // (`Phnom Penh-based`: a place of several words before `-based` names no one.)
        if to > a
            && tokens[to - 1].flags & Flag::Hyphenated as u32 != 0
            && is_compound_modifier(tokens[to - 1].text(text))
        {
            continue;
        }
        // (`Shares of Norvale Semiconductor`: nor the `of` after such a word.)
        while a > from && a < to && is_name_connector(tokens[a].text(text)) {
            a += 1;
        }
        if a >= to {
            continue;
        }
        // `Economy, Trade and Industry Minister …`: the post's first fields, no one's name.
        // (Short runs before a comma only: the look-up is not paid on every run.)
        let before_comma = to <= a + 2 && tokens.get(to).is_some_and(|t| t.text(text) == ",");
        if before_comma {
            // (A place may come first: `Kandahar Agriculture, Irrigation and Livestock
            // Director …`.)
            let first_field = (a..to)
                .filter(|&k| !country_in(countries, tokens[k].span))
                .find(|&k| fields_before_title(text, tokens, k).is_some_and(|t| t > to));
            if first_field.is_some() {
                continue;
            }
        }
        // Mark the tokens that cannot be part of a person's name.
        let mut name_start = a;
        let mut title_end: Option<usize> = None;
        let mut k = a;
        let mut org = false;
        // Where the first head after a title is (`Northwest Tenant Law Center`), and
        // whether a head came before any title (`Labour MP …`).
        let mut head_after_title: Option<usize> = None;
        let mut head_before_title = false;
        // Inside a post's field (`Cabinet Secretary for Investments, Trade and Industry`),
        // where words that head firms' names (`Investments`) name the portfolio.
        let mut in_field = false;
        // `Graham Buchanan MSP`: a seat written after the name is no part of it.
        let seat_after = to >= a + 3
            && matches!(
                tokens[to - 1].text(text),
                "MP" | "MSP" | "MLA" | "TD" | "MEP"
            )
            && (a..to - 1).all(|j| cap(tokens[j]) && title_at(text, tokens, j).is_none());
        if seat_after {
            to -= 1;
        }
        while k < to {
            let w = tokens[k].text(text);
            in_field = if title_end == Some(k) {
                matches!(w, "for" | "of" | "on")
            } else {
                in_field && (matches!(w, "," | "and") || is_portfolio_word(w))
            };
            // `spokesperson Fan Jiewen`: right after a post in lower case, a capitalised
            // word that is also a post of no office (`fan`) is the first of a name of two
            // words (not `Sister` of `secretary Sister Rosalind Kaupa`).
            let surname_not_post = k == a
                && k > 0
                && to == a + 2
                && title_at(text, tokens, k) == Some(1)
                && title_at(text, tokens, k - 1).is_some()
                && !is_capitalized(tokens[k - 1].text(text))
                && with_lower(w, |l| lexicon().titles.get(l).copied())
                    .is_some_and(|r| r == Some(super::Role::Other));
            if let Some(len) = title_at(text, tokens, k).filter(|_| !surname_not_post) {
                // `Sheriff’s Office`: the post names the office, and no one holds it here.
                if k + len < to && titled_office_in_name(text, tokens, k + len) {
                    org = true;
                    k += len + 2;
                    name_start = k;
                    continue;
                }
                k += len;
                name_start = k;
                title_end = Some(k);
                continue;
            }
            let tok_span = tokens[k].span;
            if let Some(len) = head_at(text, tokens, k).filter(|_| !in_field) {
                org = true;
                // `Northwest Tenant Law Center`: a head after a title word makes the title
                // part of the name.
                if title_end.is_none() {
                    head_before_title = true;
                } else if head_after_title.is_none() {
                    head_after_title = Some(k);
                }
                k += len;
                name_start = k;
                continue;
            } else if country_in(countries, tok_span)
                || is_name_connector(w)
                || w == "."
                    && !middle_initial(text, tokens, name_start, k)
                    && !leading_initial(text, tokens, name_start, k)
                || is_honorific_between(
                    if k > 0 { tokens[k - 1].text(text) } else { "" },
                    w,
                    tokens.get(k + 1).map_or("", |t| t.text(text)),
                ) && !(k > name_start && is_generational_suffix(w))
                // (`Ketua Kampung Sinaut Awang Mohd Rizal bin Haji Abdullah`: a Bruneian
                // Mr before a name with its father's.)
                || matches!(w, "Awang" | "Dayang")
                    && (k + 2..to).any(|j| matches!(tokens[j].text(text), "bin" | "binti"))
            {
                name_start = k + 1;
            }
            k += 1;
        }
        // `Thames Water`, `Johannesburg Water`: a word that heads a name where it ends one.
        let last_head = !org
            && title_end.is_none()
            && to >= a + 2
            && tokens[to - 1].flags & Flag::InstitutionStart as u32 != 0
            && tables().last_heads.contains_key(tokens[to - 1].text(text))
            // (Not the first of fields listed: `Public Works, Transport, Energy and Water
            // Committee`.)
            && !(tokens.get(to).is_some_and(|t| t.text(text) == ",")
                && listed_to(text, tokens, to).is_some());
        if last_head {
            org = true;
            name_start = to;
        }
        // `Kildare South TD Martina Delaney of Fine Gael`: a title, a person's name, then
        // `of` and where they belong; the person is named before `of`.
        // (A head after `of` names where they belong, `Opposition MP Raimonds Zvaigzne of
        // the National Alliance`, and makes no title part of a body's name.)
        if let Some(t) = title_end.filter(|&t| name_start > t) {
            let of = (t + 2..(t + 5).min(to)).find(|&k| tokens[k].text(text) == "of");
            let of = of.filter(|&o| {
                (t..o).all(|k| cap(tokens[k])) && (!org || head_after_title.is_some_and(|h| h > o))
            });
            if let Some(of) = of {
                name_start = t;
                to = of;
                org = head_before_title;
                head_after_title = None;
            }
        }
        // A name the lexicons know is one whole, titles in it or not (`Premier League`).
        let known = known_org_role(text, &tokens[a..to]).is_some();
        if known {
            org = true;
            name_start = to;
        }
        // The holder named at the end of a body's run, without a title between (`… for
        // the Office of Public Works Colm Hennessy`).
        // (Or any two words right after the body's head, when a title led to the body:
        // `Director of the Agricultural Risk Management Fund Basem Tarawneh`.)
        // (Two last words that start no body, post, country or thing.)
        let not_a_name = Flag::HeadStart as u32
            | Flag::TitleStart as u32
            | Flag::CountryStart as u32
            | Flag::NotPerson as u32;
        let two_plain_words =
            |k: usize| to - k == 2 && (k..to).all(|j| tokens[j].flags & not_a_name == 0);
        let after_titled_head = |k: usize| {
            title_end.is_some()
                && two_plain_words(k)
                && tokens[k - 1].flags & Flag::HeadStart as u32 != 0
        };
        // (Or two words after a body's `of` and its country: `the Ecological Party of
        // Uzbekistan Bobur Sharipov`.)
        let after_country = |k: usize| {
            k >= a + 3
                && two_plain_words(k)
                && tokens[k - 1].flags & Flag::CountryStart as u32 != 0
                && tokens[k - 2].text(text) == "of"
        };
        let holder_start = (name_start.max(a + 1)..to).filter(|_| org).find(|&k| {
            (2..=3).contains(&(to - k))
                && (is_given_name(text, tokens[k]) || after_titled_head(k) || after_country(k))
                && (k..to).all(|j| cap(tokens[j]))
        });
        // (A given name before may belong to it too: `Tarek Abdel Salam Mansour`.)
        let holder_start = holder_start.map(|mut k| {
            while k > name_start.max(a + 1) && to - k < 4 && is_given_name(text, tokens[k - 1]) {
                k -= 1;
            }
            k
        });
        let holder_named = holder_start.is_some();
        if let Some(k) = holder_start {
            name_start = k;
        }
        // An organisation: the run up to the title, if any (`NASA Administrator …`).
        if org {
            let org_end = title_end
                .filter(|_| !known && head_after_title.is_none())
                .map_or(to, |t| {
                    // the title's first token
                    let mut s = a;
                    while s < t && title_at(text, tokens, s).is_none() {
                        s += 1;
                    }
                    // Not `Office of the Auditor General`: a title after `of` that ends the
                    // run names the post the office is, no one holding it.
                    let of_the_post = t == to
                        && s >= a + 2
                        && (tokens[s - 1].text(text) == "of"
                            || tokens[s - 1].text(text) == "the"
                                && tokens[s - 2].text(text) == "of");
                    if of_the_post {
                        to
                    } else {
                        s
                    }
                });
            // (The holder named after the body is no part of it, whatever title came
            // first: `State Secretary of the Ministry of Agriculture Zoltán Balogh`.)
            let org_end = if holder_named && (title_end.is_none() || org_end > name_start) {
                name_start
            } else {
                org_end
            };
            // (`Environmental NGO Reef Guardians Maldives`: what the body is, in capitals, is
            // no part of its name; nor is the opposition a party is in, `The Opposition United
            // Workers Party`.)
            let opposition_party = org_end >= a + 4
                && tokens[a].text(text) == "Opposition"
                && tokens[org_end - 1].text(text) == "Party";
            // (Nor the post of its head: `Head of Sumy Oblast Military Administration`.)
            let post_of = title_at(text, tokens, a)
                .map(|len| a + len)
                .filter(|&t| head_after_title.is_some() && t + 1 < org_end)
                .filter(|&t| tokens[t].text(text) == "of")
                .map(|t| t + 1 + usize::from(tokens[t + 1].text(text) == "the"));
            let named_from = (a..org_end.saturating_sub(1))
                .rfind(|&k| tokens[k].text(text) == "NGO")
                .map_or(a + usize::from(opposition_party), |k| k + 1);
            let named_from = post_of.filter(|&f| f < org_end).unwrap_or(named_from);
            if org_end > named_from {
                out.push(organization(text, tokens, (named_from, org_end), a));
            }
        }
        if name_start >= to {
            continue;
        }
        // `the Minister for Health conceded`: one word after a title's `for` or `of` is
        // the field of the post, and no one is named.
        // Nor do field words only (`Minister for Industry and Trade, Dr …`).
        let field_words = (name_start..to).all(|k| {
            let w = tokens[k].text(text);
            w == "and" || is_portfolio_word(w)
        });
        let after_connector = |k: usize| matches!(tokens[k - 1].text(text), "for" | "of");
        let one_field_word = title_end.is_some_and(|t| t + 1 == name_start)
            && to - name_start == 1
            && after_connector(name_start);
        // (`Industry and` may stand between the title and the run: all field words too.)
        let field_list = field_words
            && title_end.is_some_and(|t| {
                t < name_start
                    && after_connector(t + 1)
                    && (t + 1..name_start).all(|k| {
                        let w = tokens[k].text(text);
                        matches!(w, "for" | "of" | "and") || is_portfolio_word(w)
                    })
            });
        let field_of_title = one_field_word || field_list;
        if field_of_title {
            continue;
        }
        // `Parents for Safer Screens, an advocacy group founded by …`, `the Handel Vereint
        // retail workers’ union`: what the name is said to be makes it an organisation,
        // whatever its words.
        if !org
            && (is_institution_appositive(text, tokens, to)
                || kind_follows(text, tokens, a, to)
                || (title_end.is_none() && kind_before(text, tokens, a))
                || masthead_after_the(text, tokens, a, to)
                || plural_after_the(text, tokens, a, to)
                || spoken_for(text, tokens, a)
                || calls_itself(text, tokens, a))
        {
            out.push(organization(text, tokens, (a, to), a));
            continue;
        }
        // In an organisation's run, only a title after the organisation leads to a person
        // (`NASA Administrator Charles Bolden`, not `…and International Studies`) — or a
        // given name opening two or three words at its end (`… for the Office of Public
        // Works Colm Hennessy`).
        // (An honorific may stand between: `Hospital Director Dr Rafiqul Haque Bhuiyan`.)
        let honorifics_only = |t: usize| {
            (t..name_start).all(|k| {
                let w = tokens[k].text(text);
                is_honorific(w) || w == "."
            })
        };
        if org && title_end.is_none_or(|t| t < name_start && !honorifics_only(t)) && !holder_named {
            continue;
        }
        let after_connector =
            name_start > a && is_name_connector(tokens[name_start - 1].text(text));
        let (ns, ne) = narrow_to_given_name(text, tokens, name_start, to, after_connector);
        // (Words only: not the marks of a nickname nor an initial's dot, `Joaquin “Kin” T.
        // Mesa`.)
        if tokens[ns..ne]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .count()
            > 5
        {
            continue;
        }
        // `payments company Kontora`, `the services union Verdi`: what an institution is,
        // then its name.
        let before = ns.checked_sub(1).map(|k| tokens[k]);
        if before.is_some_and(|t| {
            t.kind == Kind::Word && !is_capitalized(t.text(text)) && is_head_word(t.text(text))
        }) {
            out.push(organization(text, tokens, (ns, ne), ns - 1));
            continue;
        }
        if !plausible_person(text, &tokens[ns..ne]) {
            continue;
        }
        // Title: in the run, or lower-case title words right before it.
        let mut title_from = if title_end.is_some() || ns > a {
            Some(a)
        } else {
            None
        };
        if let Some(lead) = title_before(text, tokens, a) {
            title_from = Some(lead);
        }
        // Up to the name, without the comma of `the Crown prosecutor, Mark Tedeschi`.
        let title_end = if ns > 0 && tokens[ns - 1].text(text) == "," {
            ns - 1
        } else {
            ns
        };
        // (`former housing minister Joe Kanayuk`: a post held before keeps its `former`,
        // and the fields between, so no one takes him for the post's holder now.)
        let title_from = title_from.map(|f| {
            let mut g = f;
            while g > 0 && !cap(tokens[g - 1]) && is_portfolio_word(tokens[g - 1].text(text)) {
                g -= 1;
            }
            match g.checked_sub(1).map(|b| tokens[b].text(text)) {
                Some("former" | "then" | "outgoing") => g - 1,
                _ => f,
            }
        });
        let title = title_from
            .filter(|&f| f < title_end)
            .map(|f| sp(f, title_end));
        let appositive = appositive_after(text, tokens, ne, countries);
        let age = age_after(text, tokens, ne);
        let government = tokens
            .get(ne)
            .is_some_and(|t| matches!(t.text(text), "government" | "administration" | "cabinet"));
        // (After a Malay hereditary title too: `Wan Hafiz Wan Ismail`.)
        let given = is_given_name(text, tokens[ns])
            || ne - ns >= 2
                && matches!(
                    tokens[ns].text(text),
                    "Wan" | "Nik" | "Tengku" | "Syed" | "Megat"
                )
                && is_given_name(text, tokens[ns + 1]);
        // `Mohd Rizal bin Haji Abdullah`: a father's name after `bin` or `binti` marks a
        // person's name, whatever its words.
        let patronymic = ne - ns >= 3
            && tokens[ns + 1..ne - 1].iter().any(|t| {
                matches!(
                    t.text(text),
                    "bin" | "binti" | "binte" | "bte" | "bint" | "ibn"
                )
            });
        // `Mr. Khamphanh Sivongsa`: an honorific says a person is named, at a sentence's
        // start too.
        let honorific_before = ns >= 1 && is_honorific(tokens[ns - 1].text(text))
            || ns >= 2
                && tokens[ns - 1].text(text) == "."
                && is_honorific(tokens[ns - 2].text(text));
        // `a 48-year-old steel fixer surnamed Wong`, `a farmer named Sok`: a person, even
        // with one name (not `was named Person of the Year`).
        let introduced = ns >= 2
            && match tokens[ns - 1].text(text) {
                "surnamed" => true,
                "named" => {
                    let before = tokens[ns - 2].text(text);
                    tokens[ns - 2].kind == Kind::Word
                        && before.starts_with(|c: char| c.is_lowercase())
                        && !is_finite_marker(before)
                        && !matches!(before, "be" | "been" | "being")
                }
                _ => false,
            };
        let east_asian = tokens[ns + 1..ne].iter().any(|t| {
            let w = t.text(text);
            w.contains('-') && is_capitalized(w)
        });
        let ev = title_from
            .filter(|&f| f < ns)
            .map_or(RoleEvidence::default(), |f| {
                evidence_with(text, &tokens[f..ns], countries)
            });
        let titled = ev.title.is_some();
        // `a paper by AS Heagle`, `a study by Jane Roe`: an author of research.
        let author = ns >= 2
            && tokens[ns - 1].text(text) == "by"
            && matches!(
                tokens[ns - 2].text(text),
                "paper"
                    | "study"
                    | "report"
                    | "research"
                    | "article"
                    | "book"
                    | "analysis"
                    | "survey"
            );
        // `According to the PCG, the Bureau … vessel`: one word in capitals is a short form,
        // no one's name, whatever describes it.
        let short_form = ne == ns + 1 && {
            let w = tokens[ns].text(text);
            w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())
        };
        if short_form {
            continue;
        }
        let member_of = member_of_institution(text, tokens, ns, ne);
        let accepted = titled
            || appositive.is_some()
            || member_of.is_some()
            || age
            || government
            || author
            // A lone given name counts inside a sentence, but not as a place (`in Charlotte`).
            || (given
                && (ne - ns >= 2
                    || !is_sentence_start(text, tokens, ns) && !after_place_preposition(text, tokens, ns)))
            || east_asian
            || patronymic
            || introduced
            || honorific_before
            || plain_full_name(text, tokens, ns, ne);
        let mut role = ev.role();
        if let Some((_, ap_ev)) = appositive {
            if let Some(r) = ap_ev.role() {
                role = Some(r);
            }
        }
        let appositive = appositive.map(|(span, _)| span);
        if government {
            role = Some(super::Role::Official);
        }
        if author && role.is_none() {
            role = Some(super::Role::Expert);
        }
        // `Maxime Bernier was forced to resign as Foreign Affairs minister`
        if role.is_none() {
            role = role_after_as(text, tokens, ne);
        }
        if role.is_none() {
            role = member_of.and_then(|i| super::roles::institution_role(i.of(text)));
        }
        // `Commerce Chair Lorraine Beckett (R-Neb.)`, `Sen. Ron Wyden, D-Ore.,`: a party
        // and state's tag marks a lawmaker, whatever the title says.
        if party_tag_after(text, tokens, ne) || seat_after {
            role = Some(super::Role::Official);
        }
        out.push(Candidate {
            name: Name {
                kind: NameKind::Person,
                tokens: (ns, ne),
                span: sp(ns, ne),
                title,
                appositive,
                role,
            },
            only_if_known: !accepted,
        });
    }
    with_mission_towns(text, tokens, &mut out[first..]);
}

/// `the Russian Embassy in Oslo`, `the US Consulate General in Erbil`: an embassy is named
/// with the town or country it is in; the place is then no name of its own.
fn with_mission_towns(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for i in 0..found.len() {
        let (from, to) = found[i].name.tokens;
        if found[i].name.kind != NameKind::Organization || !is_diplomatic_mission(text, tokens, to)
        {
            continue;
        }
        if tokens.get(to).is_none_or(|t| t.text(text) != "in") {
            continue;
        }
        let place_end = (to + 1..tokens.len().min(to + 4))
            .take_while(|&k| tokens[k].kind == Kind::Word && cap(tokens[k]))
            .last()
            .map(|k| k + 1);
        let Some(end) = place_end else { continue };
        found[i].name.tokens = (from, end);
        found[i].name.span = Span::new(tokens[from].span.start, tokens[end - 1].span.end);
        // (The place's own run, read as a name, is part of this one now.)
        for other in &mut found[i + 1..] {
            if other.name.tokens.0 < end {
                other.only_if_known = true;
            }
        }
    }
}

/// `Embassy` or `Consulate General` ending before `end`: a mission named with where it is
/// (`the Chinese Embassy in Jakarta`). Annotators name a High Commission or a consulate
/// without the town (`The Australian High Commission in Honiara` is the `Australian High
/// Commission`).
pub fn is_diplomatic_mission(text: &str, tokens: &[Token], end: usize) -> bool {
    let w = |k: usize| tokens[k].text(text);
    match end.checked_sub(1).map(w) {
        Some("Embassy") => true,
        Some("General") => end >= 2 && w(end - 2) == "Consulate",
        _ => false,
    }
}

/// `Shalini Menon of the Centre for Ecological Sciences`: two or three capitalised words,
/// then `of` and an institution's name, are someone who belongs to it: the institution.
fn member_of_institution(text: &str, tokens: &[Token], ns: usize, ne: usize) -> Option<Span> {
    if !(2..=3).contains(&(ne - ns)) || tokens.get(ne).is_none_or(|t| t.text(text) != "of") {
        return None;
    }
    let mut k = ne + 1;
    if tokens.get(k).is_some_and(|t| t.text(text) == "the") {
        k += 1;
    }
    let run = tokens[k.min(tokens.len())..]
        .iter()
        .take_while(|t| cap(**t) || is_name_connector(t.text(text)))
        .count();
    let named = tokens[k..k + run].iter().rposition(|t| cap(*t))?;
    let run = &tokens[k..=k + named];
    has_head(run).then(|| Span::new(run[0].span.start, run[named].span.end))
}

/// A US party and state's tag right after a name: `(R-Neb.)`, `, D-Ore.,`.
fn party_tag_after(text: &str, tokens: &[Token], ne: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let tag = |t: &str| {
        matches!(t.get(..2), Some("D-" | "R-" | "I-"))
            && t.len() >= 4
            && t[2..].starts_with(|c: char| c.is_ascii_uppercase())
    };
    matches!(w(ne), "(" | ",") && tag(w(ne + 1))
}

/// The dot at `dot` closes an initial that opens a name (`K. Anbarasan`, `P. Murugesan`,
/// as South Indian names are written), not a title's abbreviation (`Gov.`).
fn leading_initial(text: &str, tokens: &[Token], name_start: usize, dot: usize) -> bool {
    dot == name_start + 1
        && (tokens[name_start].text(text).len() == 1
            || is_given_name_abbreviation(text, tokens, dot))
        && cap(tokens[name_start])
        && !tokens[dot].space_before
        && tokens
            .get(dot + 1)
            .is_some_and(|t| cap(*t) && t.text(text).len() > 1)
}

/// The dot at `dot` closes a middle initial inside the name begun at `name_start`
/// (`Margaret L. Okafor`), not an honorific or a title's abbreviation before it.
fn middle_initial(text: &str, tokens: &[Token], name_start: usize, dot: usize) -> bool {
    dot >= name_start + 2 && tokens[dot - 1].text(text).len() == 1 && cap(tokens[dot - 1])
}

/// Whether the run `[from, to)` opens a quotation that holds nothing but capitalised
/// words and punctuation up to its close (`“Walk Easy, Brother”`, `“Osaka Nights”`).
fn in_quoted_title(tokens: &[Token], from: usize, to: usize) -> bool {
    if from == 0 || tokens[from - 1].kind != Kind::Quote {
        return false;
    }
    tokens[to..]
        .iter()
        .take(4)
        .take_while(|t| t.kind != Kind::Quote)
        .all(|t| t.kind == Kind::Punct || cap(*t))
        && tokens[to..].iter().take(4).any(|t| t.kind == Kind::Quote)
}

fn is_sentence_start(text: &str, tokens: &[Token], i: usize) -> bool {
    i == 0 || matches!(tokens[i - 1].text(text), "." | "!" | "?" | "“" | "\"" | ":")
}

/// Narrow a long name tail to the part starting at a given name:
/// `Pacific Affairs Dan Kritenbrink` → `Dan Kritenbrink`.
/// After `Minister of` the first words still belong to the title (`Minister of Education
/// Stefania Giannini`), so the name is narrowed from three words on.
fn narrow_to_given_name(
    text: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    after_connector: bool,
) -> (usize, usize) {
    let mut from = from;
    // Drop leading honorifics and their dots (`Mr. Toccafondi`), Malay ones of several
    // words too (`Datuk Seri`, `Tan Sri`, `Dato Seri Setia`).
    while from + 1 < to {
        let w = tokens[from].text(text);
        let next = tokens[from + 1].text(text);
        let prev = if from > 0 {
            tokens[from - 1].text(text)
        } else {
            ""
        };
        let tan_sri = matches!(w, "Tan" | "Toh") && matches!(next, "Sri" | "Seri" | "Puan");
        if tan_sri || is_honorific_between(prev, w, next) || w == "." {
            from += 1;
        } else {
            break;
        }
    }
    let longest = if after_connector { 2 } else { 3 };
    // Middle initials and their dots do not count (`Margaret L. Okafor`), nor do particles
    // (`Hazza bin Rashid Al Mualla`) or the short forms of Muhammad that open South Asian
    // and Malay names (`Md Shafiqul Islam Bhuiyan`).
    // So does a Malay hereditary title inside the name (`Wan Hafiz Wan Ismail`), and
    // Vietnamese `Thi`, and the first word of an Arabic name of two (`Abdel Salam`).
    let words = tokens[from..to]
        .iter()
        .enumerate()
        .filter(|&(i, t)| {
            let w = t.text(text);
            t.kind == Kind::Word
                && w.len() > 1
                && !with_lower(w, is_name_particle)
                && !matches!(w, "Md" | "Mohd" | "Muhd")
                && !(i > 0 && matches!(w, "Wan" | "Nik" | "Tengku" | "Syed" | "Megat"))
                // (Nor the Vietnamese middle name of women: `Nguyen Thi Thu Huong`.)
                && !(i > 0 && matches!(w, "Thi" | "Thị"))
                // (Nor the markers of a Balinese name: `Ni Luh Putu Sekarini`.)
                && !(i + 1 < to - from && is_balinese_name_marker(w))
                // (Nor a father's `Haji` after `bin`: `Khairul Anuar bin Haji Mahmud`.)
                && !(i > 0
                    && matches!(w, "Haji" | "Hajah" | "Hajjah")
                    && matches!(tokens[from + i - 1].text(text), "bin" | "binti" | "binte" | "bte"))
                // (Nor `Abdel` of an Arabic name's `Abdel Salam`: one name of two words.)
                && !(i + 1 < to - from && matches!(w, "Abdel" | "Abdul" | "Abd" | "Abu" | "Abou"))
        })
        .count();
    // `Minister of Light Industry Kh.Tserenbaljir`: a field's words, then a name of one
    // word that its joined initial shows to be a name.
    let field_end = (from..to)
        .find(|&k| !is_portfolio_word(tokens[k].text(text)))
        .unwrap_or(to);
    if field_end > from && field_end + 1 == to && is_initial_joined(tokens[field_end].text(text)) {
        return (field_end, to);
    }
    if words > longest {
        // `Minister for National Development Leong Kah Wai`: the field's words, then the
        // holder's name, whole though it holds a given name (`… Irrigation Hem Raj
        // Dhungana`).
        // (A word the lexicon lacks goes on the field when it ends as fields' names do and
        // is no given name: `Minister of Environmental Protection Dragana Lukic`.)
        if after_connector {
            let mut k = from;
            while k < to && {
                let w = tokens[k].text(text);
                is_portfolio_word(w)
                    || w == "and"
                    || has_field_ending(w) && !is_given_name(text, tokens[k])
            } {
                k += 1;
            }
            if k > from && (2..=3).contains(&(to - k)) && tokens[k].text(text) != "and" {
                return (k, to);
            }
        }
        if let Some(g) = (from..to - 1)
            .rev()
            .find(|&t| is_given_name(text, tokens[t]))
        {
            return (g, to);
        }
        return (to - 2, to);
    }
    (from, to)
}

/// `Protection`, `Utilities`, `Fisheries`, `Sanitation`: an ending of the nouns that name a
/// field of government.
fn has_field_ending(w: &str) -> bool {
    [
        "tion", "sion", "ment", "ies", "ity", "ure", "ance", "ence", "ism", "ics",
    ]
    .iter()
    .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// `G.Naranbaatar`, `Kh.Tserenbaljir`: a patronymic's initial joined by its dot to the
/// given name, as Mongolian names are written.
pub fn is_initial_joined(w: &str) -> bool {
    w.split_once('.').is_some_and(|(initial, name)| {
        (1..=2).contains(&initial.len())
            && initial.starts_with(|c: char| c.is_ascii_uppercase())
            && name.len() > 2
            && name.starts_with(|c: char| c.is_uppercase())
            && !name.contains('.')
    })
}

fn plausible_person(text: &str, name: &[Token]) -> bool {
    let lex = lexicon();
    if name.is_empty() || name.iter().filter(|t| t.kind == Kind::Word).count() > 5 {
        return false;
    }
    let not_person = |t: &Token, words: &HashSet<&str>| {
        t.flags & Flag::NotPerson as u32 != 0 && words.contains(t.text(text))
    };
    // A lone word that ends place and thing names is not a surname (`Complex`, `Road`).
    if name.len() == 1 && not_person(&name[0], &lex.not_person_after_first) {
        return false;
    }
    let words = || name.iter().map(|t| t.text(text));
    // `Oh Jae-kyung`: a surname that is also a word, before a Korean given name.
    let korean_given_name = name.len() == 2 && {
        let given = name[1].text(text);
        name[1].flags & Flag::Hyphenated as u32 != 0
            && given
                .split_once('-')
                .is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase()))
    };
    // A plural of an abbreviation is a group (`MPs`, `CEOs`), never a name.
    let plural_acronym = |w: &str| {
        w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].chars().all(|c| c.is_ascii_uppercase())
    };
    // `I Gusti Ngurah Wiradana`: `I` opens a Balinese name.
    let balinese =
        name.len() > 2 && name[0].text(text) == "I" && is_balinese_name_marker(name[1].text(text));
    if words().any(plural_acronym) {
        return false;
    }
    if words().all(|w| w.len() <= 1) {
        return false;
    }
    if not_person(&name[0], &lex.not_person_first) {
        return false;
    }
    !name.iter().enumerate().any(|(i, t)| {
        let w = t.text(text);
        // (`Dam` ends place names, but `van Dam` is a surname.)
        (i > 0
            && not_person(t, &lex.not_person_after_first)
            && !is_name_particle(name[i - 1].text(text)))
            || is_month(w)
            || is_weekday(w)
            || is_capitalized_function_word(w) && i == 0 && !korean_given_name && !balinese
            || w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                && w.chars().count() > 3
                && !is_dotted_initials(w)
            || w.chars().any(|c| c.is_ascii_digit())
    })
}

/// `K.S.`, `A.P.J.`: two or more initials written together, each with its dot.
fn is_dotted_initials(w: &str) -> bool {
    let w = w.as_bytes();
    w.len() >= 4
        && w.len() % 2 == 0
        && w.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

pub fn is_portfolio_word(word: &str) -> bool {
    with_lower(word, |l| lexicon().portfolio_words.contains(l))
}

/// `Economy, Trade and Industry Minister`: capitalised fields of a post listed with commas
/// and `and` from token `from`, right before the post's title: where the title starts.
pub fn fields_before_title(text: &str, tokens: &[Token], from: usize) -> Option<usize> {
    let end = tokens.len();
    let field = |k: usize| {
        k < end
            && tokens[k].kind == Kind::Word
            && cap(tokens[k])
            && is_portfolio_word(tokens[k].text(text))
    };
    let mut k = from;
    let mut joined = false;
    while k < end.min(from + 12) {
        if field(k) {
            k += 1;
        } else if matches!(tokens[k].text(text), "," | "and" | "&") && field(k + 1) {
            joined = true;
            k += 1;
        } else {
            break;
        }
    }
    (joined && k > from && k < end && title_at(text, tokens, k).is_some()).then_some(k)
}

/// A given name from `given-names.txt`; the word index rules most words out unhashed.
fn is_given_name(text: &str, t: Token) -> bool {
    t.flags & Flag::GivenName as u32 != 0 && lexicon().given_names.contains(t.text(text))
}

/// Lower-case title words right before a capitalised run, with what they hang on:
/// `spokeswoman` in `Environment Canada spokeswoman Sujata Raisinghani`, `envoy` in
/// `Chinese envoy Xie Feng`, `the Afghan team's coach` before `, Alireza Mehraban`.
fn title_before(text: &str, tokens: &[Token], run_start: usize) -> Option<usize> {
    let mut i = run_start;
    let mut found = None;
    // Allow one comma: `the Crown prosecutor, Mark Tedeschi`, `Malaysia's Prime Minister, Najib Razak`.
    if i >= 2 && tokens[i - 1].text(text) == "," {
        let mut j = i - 1;
        let mut title_seen = false;
        let limit = j.saturating_sub(12);
        while j > limit {
            let t = tokens[j - 1];
            let w = t.text(text);
            // A full stop ends the description unless it closes an abbreviation (`Sen.`);
            // so does a comma, unless it lists a post's fields (`minister for energy, water
            // resources and irrigation`).
            let field_comma = w == ","
                && j >= 2
                && is_portfolio_word(tokens[j - 2].text(text))
                && is_portfolio_word(tokens[j].text(text));
            if t.kind == Kind::Punct
                && w != "("
                && w != ")"
                && !abbreviation_dot(text, tokens, j - 1)
                && !field_comma
                || t.kind == Kind::Quote
            {
                break;
            }
            if title_at(text, tokens, j - 1).is_some() {
                title_seen = true;
            }
            j -= 1;
        }
        // The description must end on its title or institution, not on a name of its own
        // (`U.S. Senator John Cornyn, Republican from Texas` is not a title for `Texas`).
        // A title followed by `for`/`of`/`at` ends on its institution's name, which is fine
        // (`A spokeswoman for the Chicago Public Library, Elena Ruiz`).
        let last = tokens[i - 2].text(text);
        let complement =
            (j..i - 1).any(|k| matches!(tokens[k].text(text), "for" | "of" | "at" | "with"));
        let ends_on_name = is_capitalized(last)
            && !complement
            && title_at(text, tokens, i - 2).is_none()
            && head_at(text, tokens, i - 2).is_none();
        if title_seen && !ends_on_name {
            // Skip words that introduce rather than describe: `in the words of`, `according to`.
            let mut s = j;
            while s < i - 1 {
                let w = tokens[s].text(text);
                if matches!(
                    w,
                    "of" | "to"
                        | "According"
                        | "according"
                        | "in"
                        | "In"
                        | "words"
                        | "As"
                        | "as"
                        | "Also"
                        | "also"
                ) || is_capitalized_function_word(w) && !is_determiner(w)
                {
                    s += 1;
                } else {
                    break;
                }
            }
            if s < i - 1 {
                return Some(s);
            }
        }
        return None;
    }
    // `Additional advocate general (AAG) Ramesh Chandra Hosamani`: the title's short form
    // in brackets between it and the name.
    let short_form = i >= 4
        && tokens[i - 1].text(text) == ")"
        && tokens[i - 3].text(text) == "("
        && tokens[i - 2].text(text).len() >= 2
        && tokens[i - 2]
            .text(text)
            .bytes()
            .all(|b| b.is_ascii_uppercase());
    if short_form && title_at(text, tokens, i - 4).is_some() {
        i -= 3;
    }
    let mut body = false;
    while i > 0 {
        let t = tokens[i - 1];
        let w = t.text(text);
        let is_title = title_at(text, tokens, i - 1).is_some();
        let modifier = matches!(
            w,
            "senior"
                | "former"
                | "deputy"
                | "chief"
                | "acting"
                | "top"
                | "then"
                | "team's"
                | "shadow"
        );
        if t.kind == Kind::Word && (is_title || modifier) && !is_capitalized(w) {
            i -= 1;
            if is_title {
                found = Some(i);
            }
            continue;
        }
        // `external affairs ministry spokesperson Arvind Sethi`: the body, in lower case,
        // and its field.
        let body_word = found.is_some()
            && t.kind == Kind::Word
            && !is_capitalized(w)
            && (is_head_word(w) && (found == Some(i) || body) || body && is_portfolio_word(w));
        if body_word {
            body = true;
            i -= 1;
            continue;
        }
        // What the lower-case title hangs on: `Environment Canada`, `the Afghan team's`,
        // `Ministry of Commerce`.
        let connects_names = matches!(w, "of" | "for")
            && i >= 2
            && cap(tokens[i - 2])
            && tokens.get(i).is_some_and(|&n| cap(n));
        if found.is_some()
            && (t.kind == Kind::Possessive
                || t.kind == Kind::Word
                    && (is_capitalized(w) && !is_capitalized_function_word(w)
                        || w == "the"
                        || connects_names))
        {
            i -= 1;
            continue;
        }
        // `Sinn Féin health spokesman`: a lower-case field between the body and the title.
        let field = found == Some(i)
            && t.kind == Kind::Word
            && !is_capitalized(w)
            && !matches!(w, "and" | "or" | "but" | "who" | "as")
            && !is_determiner(w)
            && !is_preposition(w)
            && i >= 2
            && cap(tokens[i - 2]);
        if field {
            i -= 1;
            continue;
        }
        break;
    }
    found.map(|_| i)
}

/// `the Handel Vereint retail workers’ union`, `the Unite union`, `whose Democratic Future
/// party`: a name after `the` or an owner, then what kind of body it is. Only kinds that
/// follow a body's own name: a company or a committee follows a place as often (`the San
/// Francisco company`, `the Commons work and pensions committee`), a government a person
/// (`the Biden administration`).
fn kind_follows(text: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let owned = matches!(
        w(from.wrapping_sub(1)),
        "the" | "The" | "whose" | "its" | "his" | "her" | "their"
    );
    if from == 0 || !owned || w(to - 1).ends_with("-based") {
        return false;
    }
    let mut k = to;
    while k < to + 4 && k < tokens.len() {
        let word = w(k);
        let lower_word = tokens[k].kind == Kind::Word && !cap(tokens[k]);
        if lower_word && is_head_word(word) {
            return matches!(
                word,
                "union"
                    | "party"
                    | "charity"
                    | "movement"
                    | "coalition"
                    | "association"
                    | "alliance"
                    | "federation"
                    | "foundation"
            );
        }
        // `workers’`: a plural's apostrophe among the words describing it.
        let apostrophe = tokens[k].kind == Kind::Quote && !tokens[k].space_before;
        if !(lower_word || apostrophe) || is_preposition(word) {
            return false;
        }
        k += 1;
    }
    false
}

/// `e-bike maker Velora Mobility`, `law firm Rao Whitfield`, `consumer group Safer Homes
/// Alliance`: a name right after a lower-case word for a kind of body.
fn kind_before(text: &str, tokens: &[Token], name: usize) -> bool {
    name > 0 && {
        let t = tokens[name - 1];
        let word = t.text(text);
        // The flag first: most words before a name start no institution entry.
        t.flags & Flag::InstitutionStart as u32 != 0
            && t.kind == Kind::Word
            && !cap(t)
            && (is_kind_word(word) || is_head_word(word))
    }
}

/// `a spokesperson for Network Rail`: what a spokesperson speaks for is a body.
fn spoken_for(text: &str, tokens: &[Token], name: usize) -> bool {
    name >= 2
        && tokens[name - 1].text(text) == "for"
        && matches!(
            tokens[name - 2].text(text),
            "spokesperson" | "spokesman" | "spokeswoman" | "spokespeople" | "spokesmen"
        )
}

/// `The Fleurieu Ledger`: a name after `the` that ends as newspapers' names do.
fn masthead_after_the(text: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    from > 0
        && matches!(tokens[from - 1].text(text), "the" | "The")
        && lexicon().masthead_words.contains(tokens[to - 1].text(text))
}

/// `the Portland Pioneers`, `the Kansas City Chiefs`: after `the`, a name that ends on a
/// plural is a team or a band, not a person.
fn plural_after_the(text: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    let last = tokens[to - 1].text(text);
    from > 0
        && (2..=4).contains(&(to - from))
        && matches!(tokens[from - 1].text(text), "the" | "The")
        && last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
        && !is_place_plural(last)
        && tokens[from..to].iter().all(|t| cap(*t))
}

/// Plurals that end the names of places (`the Balearic Islands`, `the Auburn Hills`).
fn is_place_plural(word: &str) -> bool {
    matches!(
        word,
        "Islands"
            | "Isles"
            | "Hills"
            | "Falls"
            | "Mountains"
            | "Heights"
            | "Springs"
            | "Highlands"
            | "Lakes"
            | "Woods"
            | "Fairgrounds"
            | "Grounds"
            | "Gardens"
            | "Keys"
            | "Plains"
            | "Rapids"
            | "Flats"
            | "Sands"
            | "Downs"
            | "Fields"
            | "Meadows"
            | "Estates"
            | "Dunes"
            | "Narrows"
            | "Straits"
            | "Waters"
            | "Territories"
            | "Emirates"
            | "States"
            | "Netherlands"
            | "Philippines"
            | "Bahamas"
            | "Maldives"
            | "Seychelles"
            | "Comoros"
    )
}

/// The token length of a state or province named at `i` (`Indiana`, `Nova Scotia`).
pub fn region_at(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let region_start = Flag::Capitalized as u32 | Flag::RegionStart as u32;
    if tokens.get(i)?.flags & region_start != region_start {
        return None;
    }
    (1..=3).rev().find(|&len| {
        i + len <= tokens.len()
            && lexicon()
                .regions
                .contains(Span::new(tokens[i].span.start, tokens[i + len - 1].span.end).of(text))
    })
}

/// Whether a word of `run` starts an institution's capitalised head (`University`).
fn has_head(run: &[Token]) -> bool {
    run.iter().any(|t| t.flags & Flag::HeadStart as u32 != 0)
}

/// `a ransomware gang calling itself KarmaLock`: a body that names itself.
fn calls_itself(text: &str, tokens: &[Token], name: usize) -> bool {
    name >= 2
        && matches!(tokens[name - 1].text(text), "itself" | "themselves")
        && tokens[name - 2].text(text) == "calling"
}

/// `, an advocacy group founded by …`, `, the Manhattan firm representing …`: after `end`,
/// an appositive whose head noun, lower-case, is an institution's.
fn is_institution_appositive(text: &str, tokens: &[Token], end: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    if w(end) != "," || !matches!(w(end + 1), "a" | "an" | "the") {
        return false;
    }
    // The head is the last of the plain words after the article, unless an owner's `’s`
    // follows it (`the commission’s director`).
    let after = tokens.get(end + 2..).unwrap_or_default();
    let plain = after
        .iter()
        .take(5)
        .take_while(|t| {
            let word = t.text(text);
            t.kind == Kind::Word
                && !is_preposition(word)
                && !matches!(word, "that" | "which" | "who" | "whose")
                // (`an emergency physician and health systems researcher`: the first of
                // two nouns joined is the head.)
                && !matches!(word, "and" | "or")
                && !(word.len() > 4 && (word.ends_with("ed") || word.ends_with("ing")))
        })
        .count();
    let owned = after
        .get(plain)
        .is_some_and(|t| t.kind == Kind::Possessive || t.kind == Kind::Quote);
    plain > 0 && !owned && {
        let head = after[plain - 1];
        !cap(head) && with_lower(head.text(text), |l| tables().kind_words.contains(l))
    }
}

/// What the words of `tokens` (a stretch of the block) say of a role, with the block's
/// countries.
fn evidence_with(text: &str, tokens: &[Token], countries: &[CountryHit]) -> RoleEvidence {
    let mut ev = roles::words_evidence_in(text, tokens);
    if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
        ev.country = country_in(countries, Span::new(first.span.start, last.span.end));
    }
    ev
}

/// `, an international relations expert at China’s Renmin University,` after a name:
/// the words up to the next comma or the sentence end, when they describe a role.
fn appositive_after(
    text: &str,
    tokens: &[Token],
    end: usize,
    countries: &[CountryHit],
) -> Option<(Span, RoleEvidence)> {
    // `Lin Chia-hao (林家豪), an associate research fellow at …`: past the name in its own
    // script.
    let own_script = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| is_uncased_script(t.text(text)))
    };
    let end = if tokens.get(end).is_some_and(|t| t.text(text) == "(")
        && own_script(end + 1)
        && tokens.get(end + 2).is_some_and(|t| t.text(text) == ")")
    {
        end + 3
    } else {
        end
    };
    if tokens.get(end).is_none_or(|t| t.text(text) != ",") {
        return None;
    }
    let from = end + 1;
    let mut to = from;
    while to < tokens.len() && to < from + 25 {
        let t = tokens[to];
        if t.kind == Kind::Quote
            || t.kind == Kind::Punct && matches!(t.text(text), "," | "." | ";" | ":" | "?" | "!")
        {
            break;
        }
        to += 1;
    }
    if to == from {
        return None;
    }
    let span = Span::new(tokens[from].span.start, tokens[to - 1].span.end);
    let first = tokens[from].text(text);
    if to - from <= 2 && is_honorific(first) {
        return Some((span, RoleEvidence::default()));
    }
    // Only a chunk naming a title or an institution can describe; most commas after a
    // name lead elsewhere, and need no closer look.
    let lexical = Flag::TitleStart as u32 | Flag::InstitutionStart as u32;
    if !tokens[from..to].iter().any(|t| t.flags & lexical != 0) {
        return None;
    }
    // `, who teaches South Asian studies at Jawaharlal Nehru University`: a scholar's work
    // said as a clause, where a place of learning makes an expert.
    let scholar = first == "who"
        && tokens.get(from + 1).is_some_and(|t| {
            matches!(
                t.text(text),
                "teaches" | "taught" | "lectures" | "lectured" | "studies" | "researches"
            )
        });
    if scholar {
        let ev = evidence_with(text, &tokens[from + 2..to], countries);
        if ev.institution == Some(Role::Expert) {
            return Some((span, ev));
        }
    }
    // The role is in the description itself, not in a relative clause after it (`a city
    // council member who has voted against the fund`).
    let described_to = (from + 1..to)
        .find(|&k| matches!(tokens[k].text(text), "who" | "which" | "whose"))
        .unwrap_or(to);
    let ev = evidence_with(text, &tokens[from..described_to], countries);
    // A description opens with an article, a name or a title (`an expert at …`, `NASA
    // Administrator`, `senior fellow at …`), never with a verb (`, accused the
    // government`): a title word followed by an article is a verb.
    // `, of the University of Bristol,`: where the person works.
    let works_at = matches!(first, "of" | "from" | "at") && ev.institution.is_some();
    let verb_like = !is_capitalized(first)
        && !works_at
        && tokens
            .get(from + 1)
            .is_some_and(|t| is_determiner(t.text(text)))
        // A clause is not a description (`, I am disappointed with NASA`).
        || tokens[from..to]
            .iter()
            .take_while(|t| t.flags & lexical == 0)
            .any(|t| is_finite_marker(t.text(text)))
        // (Nor one with an auxiliary past the title: `, a 57-year-old substation employee
        // in Shostka suffered shrapnel wounds and was taken to hospital`.)
        || tokens[from..described_to]
            .iter()
            .any(|t| t.kind == Kind::Word && is_auxiliary(t.text(text)))
        || matches!(first, "I" | "We" | "You" | "He" | "She" | "They" | "It");
    // `, senior economist at the Sakura Research Institute,`: a title after a rank.
    let ranked = (is_rank(first) || matches!(first, "former" | "lead" | "principal"))
        && title_at(text, tokens, from + 1).is_some();
    let opens = is_determiner(first)
        || is_capitalized(first)
        || works_at
        || ranked
        || title_at(text, tokens, from).is_some();
    let describes = !ev.is_empty()
        && opens
        && !verb_like
        && (is_determiner(first)
            || (from..to.min(from + 5)).any(|k| title_at(text, tokens, k).is_some())
            || ev.institution.is_some());
    describes.then_some((span, ev))
}

/// An organisation's role from its own words: a known name, a news outlet, a head word.
fn org_role(text: &str, tokens: &[Token]) -> Option<Role> {
    if tokens.is_empty() {
        return None;
    }
    known_org_role(text, tokens)
        .or_else(|| roles::words_evidence_in(text, tokens).institution)
        .or_else(|| {
            let last = tokens.last()?.text(text);
            tables().last_heads.get(last).copied()
        })
}

/// The role of the outlet (other) or institution the lexicons know by exactly these
/// words. The first word's flags rule out most runs without lower-casing or hashing them.
fn known_org_role(text: &str, tokens: &[Token]) -> Option<Role> {
    let (first, last) = (tokens.first()?, tokens.last()?);
    let name = Span::new(first.span.start, last.span.end).of(text);
    if first.flags & Flag::OutletStart as u32 != 0
        && with_lower(name, |l| lexicon().outlets_lower.contains(l))
    {
        return Some(Role::Other);
    }
    if first.flags & Flag::InstitutionStart as u32 == 0 {
        return None;
    }
    institution_name_role(name)
}

/// Two or three Titlecase words that no lexicon knows, inside a sentence and not after a
/// place preposition: most often a person the given-name list lacks (`Romelu Lukaku`,
/// `Ferjani Sassi`). Places and things are kept out by `not-person-words.txt` and by the
/// lexicons (a country, a title or an institution word anywhere rules it out).
fn plain_full_name(text: &str, tokens: &[Token], ns: usize, ne: usize) -> bool {
    let known = Flag::TitleStart as u32 | Flag::InstitutionStart as u32 | Flag::CountryStart as u32;
    let titlecase = |t: &Token| {
        let w = t.text(text);
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 2
            && cs.all(|c| {
                c.is_lowercase()
                    || c == '-'
                    || c == '\''
                    || c == '’'
                    || c.is_uppercase() && w.contains('-')
            })
    };
    // `K.S. Balamurugan`, `A.P.J. Kalam`: initials written together open a person's name,
    // at a sentence's start too.
    if (2..=3).contains(&(ne - ns))
        && is_dotted_initials(tokens[ns].text(text))
        && tokens[ns + 1..ne]
            .iter()
            .all(|t| titlecase(t) && t.flags & known == 0)
    {
        return true;
    }
    // (At a sentence's start, only three words with their verb right after: `Ratna Ram
    // Meghwal walked`; two, `Kingsbridge Athletic beat`, are as often a club or a firm.)
    let verb_after = ne - ns == 3
        && tokens.get(ne).is_some_and(|t| {
            let w = t.text(text);
            t.kind == Kind::Word
                && !is_capitalized(w)
                && (is_finite_marker(w) || matches!(w, "says" | "said" | "told" | "tells"))
        });
    (2..=3).contains(&(ne - ns))
        && (!is_sentence_start(text, tokens, ns) || verb_after)
        && !(ns > 0
            && matches!(
                tokens[ns - 1].text(text),
                "in" | "at" | "near" | "outside" | "across" | "into" | "inside"
            ))
        && tokens[ns..ne]
            .iter()
            .all(|t| titlecase(t) && t.flags & known == 0)
}

fn after_place_preposition(text: &str, tokens: &[Token], i: usize) -> bool {
    // (A point of the compass may stand between: `in north Kerry`.)
    let i = if i > 1
        && matches!(
            tokens[i - 1].text(text),
            "north" | "south" | "east" | "west" | "northern" | "southern" | "eastern" | "western"
        ) {
        i - 1
    } else {
        i
    };
    i > 0
        && matches!(
            tokens[i - 1].text(text),
            "in" | "at" | "near" | "outside" | "across" | "into" | "inside" | "from"
        )
}

/// A role given later in the clause with `as`: `… resigned as Foreign Affairs minister`,
/// `… who served as ambassador`.
fn role_after_as(text: &str, tokens: &[Token], from: usize) -> Option<Role> {
    let end = tokens.len().min(from + 10);
    for k in from..end {
        let w = tokens[k].text(text);
        if matches!(w, "." | ";" | "“" | "”" | "\"" | "!" | "?")
            || (k > from && is_capitalized(w) && tokens[k - 1].text(text) == ",")
        {
            return None;
        }
        if w == "as" {
            // The title may follow a few capitalised words (`as Foreign Affairs minister`).
            for t in k + 1..tokens.len().min(k + 5) {
                if title_at(text, tokens, t).is_some() {
                    let (a, b) = (tokens[k + 1].span.start, tokens[t].span.end);
                    return roles::role_of(&text[a..b]);
                }
            }
            return None;
        }
    }
    None
}

/// `Thomas Sam, 42,`: an age after the name.
fn age_after(text: &str, tokens: &[Token], end: usize) -> bool {
    matches!(
        (tokens.get(end), tokens.get(end + 1), tokens.get(end + 2)),
        (Some(c), Some(n), Some(c2)) if c.text(text) == "," && n.kind == Kind::Number && n.text(text).len() <= 3 && matches!(c2.text(text), "," | ")")
    )
}

#[cfg(test)]
mod tests {
    use super::super::countries::CountryMatcher;
    use super::super::tokens::tokenize;
    use super::*;

    fn names(s: &str) -> Vec<(NameKind, String, Option<String>, Option<super::super::Role>)> {
        let mut toks = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut toks);
        let mut hits = Vec::new();
        CountryMatcher::get().find_in(s, &mut hits);
        let mut found = Vec::new();
        find_names(s, &toks, &hits, &mut found);
        found
            .into_iter()
            .filter(|c| !c.only_if_known)
            .map(|c| c.name)
            .map(|n| {
                (
                    n.kind,
                    n.span.of(s).to_string(),
                    n.title.map(|t| t.of(s).to_string()),
                    n.role,
                )
            })
            .collect()
    }

    use super::super::Role;
    use NameKind::*;

    #[test]
    fn titles_before_names() {
        assert_eq!(
            names("Secretary of State Antony Blinken said it."),
            vec![(
                Person,
                "Antony Blinken".into(),
                Some("Secretary of State".into()),
                Some(Role::Official)
            )]
        );
        assert_eq!(
            names("with Chinese President Xi Jinping and Chinese envoy Xie Feng."),
            vec![
                (
                    Person,
                    "Xi Jinping".into(),
                    Some("Chinese President".into()),
                    Some(Role::Official)
                ),
                (
                    Person,
                    "Xie Feng".into(),
                    Some("Chinese envoy".into()),
                    Some(Role::Official)
                ),
            ]
        );
        let n = names("Environment Canada spokeswoman Sujata Raisinghani told CBC News");
        assert_eq!(n[0].1, "Sujata Raisinghani");
        assert_eq!(n[0].2.as_deref(), Some("Environment Canada spokeswoman"));
    }

    #[test]
    fn appositives_give_the_role() {
        let n = names("Victor Cha, Korean chairman at the Center for Strategic and International Studies, said");
        assert_eq!(n[0].1, "Victor Cha");
        assert_eq!(n[0].3, Some(Role::Expert));
        assert!(n.iter().any(
            |x| x.0 == Organization && x.1 == "Center for Strategic and International Studies"
        ));
    }

    #[test]
    fn a_relative_clause_after_the_description_gives_no_role() {
        let n =
            names("Marcus Hale, a city council member who has voted against the fund twice, said");
        assert_eq!(n[0].1, "Marcus Hale");
        assert_eq!(n[0].3, Some(Role::Official));
    }

    #[test]
    fn a_description_may_open_on_a_rank_before_the_title() {
        let n = names("Yuko Shimizu, senior economist at the Sakura Research Institute, said");
        assert_eq!(n[0].1, "Yuko Shimizu");
        assert_eq!(n[0].3, Some(Role::Expert));
    }

    #[test]
    fn where_someone_works_is_an_appositive_too() {
        let n = names("Dr Sarah Jones, of the University of Bristol, said it was striking.");
        assert_eq!(n[0].1, "Sarah Jones");
        assert_eq!(n[0].3, Some(Role::Expert));
    }

    #[test]
    fn an_institution_runs_on_to_another_not_to_a_place_or_a_day() {
        let orgs = |text: &str| -> Vec<String> {
            names(text)
                .into_iter()
                .filter(|n| n.0 == Organization)
                .map(|n| n.1)
                .collect()
        };
        assert_eq!(
            orgs("He spoke at the Reserve Bank of India on Tuesday."),
            ["Reserve Bank of India"]
        );
        assert_eq!(
            orgs("It moved from the Udvar-Hazy Center at Washington Dulles International Airport to the Intrepid Museum."),
            ["Udvar-Hazy Center"]
        );
        assert_eq!(
            orgs("She worked at the Northwest Tenant Law Center in Tacoma."),
            ["Northwest Tenant Law Center"]
        );
        assert_eq!(
            orgs("He is at the Institute of Modern History at Liaoning University."),
            ["Institute of Modern History at Liaoning University"]
        );
    }

    #[test]
    fn states_and_the_towns_before_them_are_places() {
        assert!(names("She was mayor of Gary, Indiana, for a decade.").is_empty());
        assert!(names("The plant in Halifax, Nova Scotia, closed.").is_empty());
        let n = names("Brightline Education Group of Columbus, Ohio, wrote the report.");
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].0, Organization);
    }

    #[test]
    fn a_name_after_a_word_for_a_kind_of_body_is_an_organisation() {
        for (text, name) in [
            (
                "Dutch e-bike maker Velora Mobility is recalling bikes.",
                "Velora Mobility",
            ),
            (
                "It hired law firm Rao Whitfield last year.",
                "Rao Whitfield",
            ),
        ] {
            let n = names(text);
            assert_eq!((n[0].0, n[0].1.as_str()), (Organization, name), "{text}");
        }
        // A title between them: the person the company employs.
        let n = names("The company chief executive Maarten Wilde said it.");
        assert_eq!((n[0].0, n[0].1.as_str()), (Person, "Maarten Wilde"));
    }

    #[test]
    fn a_titled_name_stops_before_where_they_work() {
        let n = names("Professor Helen Marsh of King’s College London said it was hard.");
        assert_eq!(n[0].0, Person);
        assert_eq!(n[0].1, "Helen Marsh");
        assert_eq!(n[0].2.as_deref(), Some("Professor"));
        assert_eq!(n[0].3, Some(Role::Expert));
        // A rank before the title (`Assistant Commissioner`, `Chief Inspector`).
        let n = names("Assistant Commissioner Paul Grady of the London Fire Brigade said it.");
        assert_eq!(n[0].0, Person);
        assert_eq!(n[0].1, "Paul Grady");
        assert_eq!(n[0].2.as_deref(), Some("Assistant Commissioner"));
        // A title after the given name still runs on: `Minister of …` is the title.
        let n = names("Minister of Education Stefania Giannini said it.");
        assert_eq!(n[0].1, "Stefania Giannini");
        assert_eq!(n[0].2.as_deref(), Some("Minister of Education"));
    }

    #[test]
    fn long_title_runs_narrow_to_the_given_name() {
        let n = names(
            "Assistant Secretary of State for East Asian and Pacific Affairs Dan Kritenbrink met",
        );
        assert_eq!(n[0].1, "Dan Kritenbrink");
        assert_eq!(n[0].3, Some(Role::Official));
    }

    #[test]
    fn places_and_things_are_not_people() {
        assert!(names("at the Nizhny Novgorod Stadium.")
            .iter()
            .all(|n| n.0 != Person));
        assert!(names("Space Shuttle Columbia lifted off")
            .iter()
            .all(|n| n.0 != Person));
    }

    #[test]
    fn given_names_and_east_asian_names() {
        assert_eq!(
            names("In the 20th minute, Marcus Berg missed.")[0].1,
            "Marcus Berg"
        );
        assert_eq!(
            names("Korea substituted Park Joo-Ho in the 28th minute")[0].1,
            "Park Joo-Ho"
        );
        // A surname that is also a word (`Oh`), before a given name of two parts.
        let n = names("Rep. Oh Jae-kyung, the party's floor spokesperson, said");
        assert_eq!((n[0].0, n[0].1.as_str()), (Person, "Oh Jae-kyung"));
    }

    #[test]
    fn the_field_of_a_post_then_the_holder_s_name() {
        let n = names("Minister for National Development Leong Kah Wai announced it.");
        assert_eq!(n[0].1, "Leong Kah Wai");
        assert_eq!(n[0].2.as_deref(), Some("Minister for National Development"));
        let n = names("Secretary of State for Health and Social Care Wes Okafor said.");
        assert_eq!(n[0].1, "Wes Okafor");
        // A given name the lexicon knows still shows where the name starts.
        let n = names("Minister of State for Home Affairs Rajesh Kumar Sinha told reporters.");
        assert_eq!(n[0].1, "Rajesh Kumar Sinha");
        for (sentence, name) in [
            // A name of three words after the field, though its second is a given name.
            (
                "Minister for Energy, Water Resources and Irrigation Hem Raj Dhungana said.",
                "Hem Raj Dhungana",
            ),
            // A field word the lexicon lacks, known by its ending.
            (
                "Minister of Environmental Protection Dragana Lukic said.",
                "Dragana Lukic",
            ),
            (
                "Minister of Public Utilities Alvin Pigott said.",
                "Alvin Pigott",
            ),
            // An engineer's honorific in Nepal and India.
            (
                "NEA Managing Director Er. Sushil Prasad Ghimire said.",
                "Sushil Prasad Ghimire",
            ),
        ] {
            assert_eq!(names(sentence)[0].1, name, "{sentence}");
        }
    }

    #[test]
    fn a_plural_s_possessive_inside_an_organisation_s_name() {
        for name in [
            "Maldives Fishermen's Association",
            "Cambodian People's Party",
            "Kenya Farmers' Association",
        ] {
            let n = names(&format!("The {name} said it would appeal."));
            assert_eq!((n[0].0, n[0].1.as_str()), (Organization, name));
        }
        // A country's is its owner.
        let n = names("Yemen's Health Ministry said it would appeal.");
        assert!(n.iter().all(|n| !n.1.starts_with("Yemen")), "{n:?}");
    }

    #[test]
    fn name_before_government_is_an_official() {
        let n = names("changed by the Monti government.");
        assert_eq!((n[0].1.as_str(), n[0].3), ("Monti", Some(Role::Official)));
    }
}
