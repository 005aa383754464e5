//! Closed classes of English function words the attribution rules read (grammar, not
//! world knowledge: world knowledge lives in `assets/lexicons/`).

use crate::lexicon::lexicon;
use std::borrow::Cow;

/// Lower-cased, allocating only when there is something to lower.
pub fn lower(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Call `f` with `s` lower-cased, on the stack for short ASCII words (the common case in
/// the hot loops) and on the heap otherwise.
pub fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    if s.len() <= buf.len() && s.is_ascii() {
        let b = &mut buf[..s.len()];
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        // ASCII in, ASCII out.
        f(std::str::from_utf8(b).unwrap_or(s))
    } else {
        f(&s.to_lowercase())
    }
}

pub fn is_capitalized(s: &str) -> bool {
    match s.chars().next() {
        Some(c) if c.is_uppercase() => true,
        Some('a' | 'e' | 'u') => is_article_prefixed_name(s),
        _ => false,
    }
}

/// `al-Kuwari`, `el-Sisi`, `ash-Shara`: an Arabic surname keeps its article in lower case,
/// yet is a capitalised name.
pub fn is_article_prefixed_name(word: &str) -> bool {
    let b = word.as_bytes();
    let hyphen = match (b.get(2), b.get(3)) {
        (Some(b'-'), _) => 2,
        (_, Some(b'-')) => 3,
        _ => return false,
    };
    matches!(
        &word[..hyphen],
        "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an" | "ud" | "ul"
    ) && word[hyphen + 1..].starts_with(char::is_uppercase)
}

pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "The"
            | "a"
            | "A"
            | "an"
            | "An"
            | "this"
            | "This"
            | "that"
            | "That"
            | "its"
            | "Its"
            | "his"
            | "His"
            | "her"
            | "Her"
            | "their"
            | "Their"
            | "our"
            | "Our"
            | "some"
            | "Some"
            | "many"
            | "Many"
            | "several"
            | "Several"
            | "other"
            | "Other"
            | "two"
            | "Two"
            | "three"
            | "Three"
            | "four"
            | "Four"
            | "five"
            | "Five"
            | "one"
            | "One"
    )
}

/// Third-person pronouns that can stand for a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
    /// `Many said …`, `Others told …`: part of the group in focus.
    SomeOfThem,
}

/// `according to him`: a pronoun as an object, standing for a speaker.
pub fn object_pronoun(w: &str) -> Option<Pronoun> {
    match w {
        "him" => Some(Pronoun::He),
        "her" => Some(Pronoun::She),
        "them" => Some(Pronoun::They),
        _ => None,
    }
}

pub fn pronoun(w: &str) -> Option<Pronoun> {
    match w {
        "he" | "He" => Some(Pronoun::He),
        "she" | "She" => Some(Pronoun::She),
        "they" | "They" => Some(Pronoun::They),
        "it" | "It" => Some(Pronoun::It),
        _ => None,
    }
}

/// A part of the group in focus as the subject right before a cue: `Many said …`.
pub fn partitive_pronoun(w: &str) -> Option<Pronoun> {
    matches!(
        w,
        "many"
            | "Many"
            | "some"
            | "Some"
            | "most"
            | "Most"
            | "others"
            | "Others"
            | "several"
            | "Several"
    )
    .then_some(Pronoun::SomeOfThem)
}

/// `One firefighter`, `a nurse`: one person described by a lower-case title (`word`), the
/// determiner `before` it.
/// `a`, `an` or `one`, in either case: what opens a phrase describing one unnamed person
/// (`One deputy head at …`, `an engineer at the plant`).
pub fn is_one_or_indefinite(w: &str) -> bool {
    matches!(w, "One" | "one" | "A" | "a" | "An" | "an")
}

/// `exporter`, `supplier`, `vendor`, `florist`: a lower-case noun whose ending names
/// someone by what they do. (Not a measure: `a number of`, `a quarter of`.)
pub fn is_agent_noun(w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase())
        && ["er", "or", "ist", "ian", "ant"]
            .iter()
            .any(|s| w.ends_with(s))
        && !matches!(
            w,
            "number" | "quarter" | "matter" | "order" | "letter" | "layer"
        )
}

pub fn is_one_titled(before: &str, word: &str) -> bool {
    is_one_or_indefinite(before) && !is_capitalized(word) && lexicon().titles.contains_key(word)
}

/// `One of them`, `two of those`, `some of them`: part of the group in focus, in three
/// words.
pub fn is_part_of_them(words: [&str; 3]) -> bool {
    let [part, of, them] = words;
    of == "of"
        && matches!(them, "them" | "those")
        && (partitive_pronoun(part).is_some() || with_lower(part, is_count_word))
}

/// Possessive pronouns that stand for a speaker whose words follow (`Her advice was
/// blunt: “…”`).
pub fn possessive_pronoun(w: &str) -> Option<Pronoun> {
    match w {
        "His" => Some(Pronoun::He),
        "Her" => Some(Pronoun::She),
        "Their" => Some(Pronoun::They),
        _ => None,
    }
}

/// Object pronouns after `told`.
pub fn is_object_pronoun(w: &str) -> bool {
    matches!(
        w,
        "him" | "her" | "them" | "us" | "me" | "you" | "it" | "reporters" | "journalists"
    )
}

/// Words between a subject and its verb that do not change who speaks.
pub fn is_verb_filler(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            // `have been warning`
            | "been"
            | "was"
            | "is"
            | "were"
            | "are"
            | "also"
            | "then"
            | "later"
            | "previously"
            | "recently"
            | "further"
            | "again"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "earlier"
            | "once"
            | "reportedly"
            | "would"
            | "will"
            | "could"
            | "may"
            | "might"
            | "must"
            | "can"
            | "should"
            | "already"
            | "still"
            | "often"
            | "always"
            | "frequently"
            | "separately"
            | "simply"
            | "flatly"
            | "first"
            | "last"
            | "told"
            | "just"
            | "now"
            | "today"
            | "yesterday"
            | "subsequently"
            | "clearly"
            | "openly"
            | "angrily"
            | "quietly"
            | "insisted"
            | "even"
    )
}

pub fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

pub fn is_month(w: &str) -> bool {
    matches!(
        w,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// Words that negate a following verb of saying (`did not say`, `declined to comment`).
pub fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "not"
            | "n't"
            | "never"
            | "no"
            | "declined"
            | "refused"
            | "without"
            | "neither"
            | "nor"
            | "didn't"
            | "doesn't"
            | "don't"
            | "hasn't"
            | "haven't"
            | "won't"
            | "wouldn't"
            | "cannot"
            | "can't"
    )
}

pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "at" | "in"
            | "on"
            | "during"
            | "after"
            | "before"
            | "to"
            | "from"
            | "with"
            | "by"
            | "via"
            | "through"
            | "over"
            | "under"
            | "into"
            | "for"
            | "about"
            | "of"
            | "as"
            | "like"
            | "near"
            | "across"
            | "amid"
            | "among"
            | "outside"
            | "inside"
            | "within"
            | "without"
            | "toward"
            | "towards"
            | "upon"
            | "around"
            | "following"
            | "despite"
            | "since"
            | "until"
            | "against"
            | "between"
            | "behind"
            | "beside"
            | "below"
            | "above"
            | "beyond"
            | "throughout"
            | "alongside"
    )
}

/// Prepositions after which a capital city is a place, not its government.
pub fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "from"
            | "to"
            | "into"
            | "near"
            | "outside"
            | "inside"
            | "around"
            | "across"
            | "via"
            | "toward"
            | "towards"
            | "through"
            | "throughout"
            | "within"
            | "visited"
            | "visiting"
            | "visit"
            | "In"
            | "At"
            | "From"
            | "To"
            | "Near"
            | "Outside"
            | "Inside"
            | "Across"
            | "Via"
            | "Through"
            | "Throughout"
            | "Within"
            | "Around"
            | "reached"
            | "arrived"
            | "left"
            | "leaving"
            | "flew"
            | "fled"
            | "entered"
            | "streets"
            | "downtown"
            | "central"
            | "Central"
    )
}

/// Words that end a noun phrase scanned leftwards or open a clause.
pub fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "when"
            | "while"
            | "because"
            | "if"
            | "although"
            | "though"
            | "since"
            | "where"
            | "whether"
            | "than"
            | "so"
            | "yet"
            | "nor"
            | "And"
            | "But"
            | "Or"
            | "So"
            | "Yet"
            | "As"
            | "as"
            | "When"
            | "While"
            | "If"
            | "Although"
            | "Though"
            | "Because"
            | "Since"
            | "Where"
            | "Whether"
    )
}

/// Words that open a reported question after `ask` (`asked officials how …`).
pub fn is_wh_word(w: &str) -> bool {
    matches!(
        w,
        "how" | "why" | "whether" | "if" | "what" | "when" | "where" | "who" | "which"
    )
}

/// A word that leaves the words before a quotation unfinished (`the sides had “…”`):
/// articles, prepositions, auxiliaries, copulas, conjunctions.
pub fn leaves_clause_open(w: &str) -> bool {
    is_determiner(w)
        || is_preposition(w)
        || is_verb_filler(w)
        || is_clause_word(w)
        || matches!(
            w,
            "be" | "been"
                | "being"
                | "do"
                | "does"
                | "did"
                | "not"
                // (`said the turbidity was only “the visible part of the problem”`)
                | "only"
                | "merely"
                | "very"
                | "so"
                | "too"
                | "more"
                | "most"
                | "less"
                | "least"
                | "become"
                | "became"
                | "remain"
                | "remains"
                | "remained"
                | "seem"
                | "seems"
                | "seemed"
                | "called"
                | "described"
                | "these"
                | "those"
                | "such"
                | "quite"
                | "rather"
                | "how"
                | "what"
                | "is"
                | "are"
                | "was"
                | "were"
                | "am"
                | "get"
                | "gets"
                | "got"
                | "keep"
                | "kept"
                | "make"
                | "makes"
                | "made"
                | "find"
                | "found"
                | "look"
                | "looks"
                | "looked"
                | "sound"
                | "sounds"
                | "sounded"
                | "feel"
                | "feels"
                | "felt"
                | "there"
        )
        || (w.len() > 4 && w.ends_with("ing"))
}

/// `state-run`, `Kremlin-backed`, `London-based`: a compound that describes who runs or
/// owns a body.
pub fn is_compound_modifier(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(_, tail)| {
        matches!(
            tail,
            "run"
                | "owned"
                | "based"
                | "backed"
                | "funded"
                | "controlled"
                | "affiliated"
                | "linked"
                | "led"
        )
    })
}

/// `state-run`, `state-owned`: run by the state itself.
pub fn is_state_run(w: &str) -> bool {
    is_compound_modifier(w) && with_lower(w, |l| l.starts_with("state-"))
}

/// Words that start a count (`about one in five`, `nearly half`).
pub fn is_count_word(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "half"
            | "a"
            | "an"
            | "twice"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
    )
}

/// `citing`, `saying`, `calling`: a lower-case -ing word opening a participle phrase.
pub fn is_participle_phrase_start(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Auxiliaries, copulas and modals: a finite clause has one of these, or a past tense.
pub fn is_finite_marker(w: &str) -> bool {
    is_auxiliary(w)
        || (w.len() > 4 && w.ends_with("ed"))
        || (w.len() > 2 && lexicon().past_tense.contains(w))
}

/// What an organisation or a team speaks through: `the statement said`, `according to the
/// memo`, `the study found`.
pub fn is_document_noun(w: &str) -> bool {
    is_finding_noun(w)
        || is_record_noun(w)
        || matches!(
            w,
            "statement"
                | "memo"
                | "draft"
                | "letter"
                | "release"
                | "filing"
                | "email"
                | "post"
                | "notice"
                | "note"
                // a forecaster's (`the authority’s seasonal outlook`)
                | "outlook"
                | "forecast"
                | "bulletin"
                // a regulator's instructions (`according to a circular sent to schools`)
                | "circular"
                | "directive"
                | "advisory"
                // a regulator's or a court's (`the order stated`, `according to the order`)
                | "order"
        )
        || is_court_filing(w)
}

/// Filings in a court case, which speak as themselves: `the criminal complaint says`.
pub fn is_court_filing(w: &str) -> bool {
    matches!(w, "complaint" | "indictment" | "affidavit" | "lawsuit")
}

/// A part of a body that speaks for it: `The EPA's regional office said`, `the Emergency
/// Situations Ministry’s Sverdlovsk region branch said`.
pub fn is_branch_noun(w: &str) -> bool {
    matches!(
        w,
        "office" | "branch" | "division" | "unit" | "wing" | "chapter"
    )
}

/// Records that speak in the plural: `according to court documents`, `the documents state`.
pub fn is_record_noun(w: &str) -> bool {
    matches!(w, "documents" | "filings" | "records")
}

/// A document that speaks as research does when nobody is said to have issued it
/// (`according to a study published Wednesday`).
pub fn is_finding_noun(w: &str) -> bool {
    matches!(w, "study" | "report" | "survey" | "paper" | "analysis")
}

/// Forms of be, have, do and the modals: a finite verb wherever they stand.
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "am"
            | "'s"
            | "’s"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
    ) || is_modal(w)
}

/// The modal auxiliaries: `residents should expect`, `customers could expect`.
pub fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "can" | "could" | "may" | "might" | "should" | "must" | "shall"
    )
}

/// Words that, right before a quotation, make it a name or a title rather than speech.
pub fn names_what_follows(w: &str) -> bool {
    matches!(
        w,
        "named"
            // a grade (`schools rated “Weak” or “Very Weak”`)
            | "rated"
            | "graded"
            | "so-called"
            | "self-styled"
            | "self-described"
            | "dubbed"
            | "titled"
            | "entitled"
            | "nicknamed"
            | "words"
            | "word"
            | "phrase"
            | "term"
            | "slogan"
            | "headline"
            | "label"
            | "labelled"
            | "labeled"
            | "branded"
            | "website"
            | "site"
            | "campaign"
            | "book"
            | "film"
            | "song"
            | "album"
            | "show"
            | "series"
            | "programme"
            | "program"
            | "hashtag"
            | "motto"
    )
}

/// An honorific before the word `next`: any of [`is_honorific`], or a Burmese one (`U
/// Myint Thein`, `Daw Sandar Oo`, `Ko Thura`), which is a letter or a surname elsewhere
/// (`Lydia Ko`, `Ko Wen-je`) and so counts only before a name word that is no East Asian
/// hyphenated given name; or siSwati `Make` and `Babe` (Mrs, Mr: `Make Thandiwe
/// Shongwe`), English words elsewhere, so only before a given name the lexicon knows; and
/// Bhutanese `Aum` (Mrs) before a capitalised word.
///
/// `prev` is the word before: a father's `Haji` after `bin` is part of the name
/// (`Khairul Anuar bin Haji Mahmud`), and the words of a Malay or Bruneian honour of
/// several are honorifics only after its first (`Dato Seri Setia`, `Yang Berhormat`).
pub fn is_honorific_between(prev: &str, w: &str, next: &str) -> bool {
    if matches!(prev, "bin" | "binti" | "binte" | "bte" | "bt") {
        return false;
    }
    let honour_goes_on = matches!(
        w,
        "Sri" | "Seri" | "Setia" | "Paduka" | "Laila" | "Utama" | "Puan" | "Berhormat" | "Mulia"
    ) && matches!(
        prev,
        "Datuk" | "Dato" | "Tan" | "Toh" | "Pehin" | "Yang" | "Sri" | "Seri" | "Setia" | "Paduka"
    );
    // Bruneian `Awang` and `Dayang` (Mr, Ms) before `Haji`; elsewhere they may be part of a
    // name (Sarawak's `Awang Razali Awang Ahmad`).
    honour_goes_on
        || matches!(w, "Awang" | "Dayang") && matches!(next, "Haji" | "Hajah")
        // Cook Islands and Pacific elders (`Papa Tangi Mateariki`, `Mama Teina`); Setswana
        // Mrs and Mr (`Mma Onkemetse Dintwa`, `Rra Kgosi`); Brazilian `Dona` before a
        // woman's given name (`Dona Marlene`)
        || matches!(w, "Papa" | "Mama" | "Mma" | "Rra" | "Dona")
            && is_capitalized(next)
            && !is_capitalized_function_word(next)
        || w == "Yang" && matches!(next, "Berhormat" | "Mulia")
        || is_honorific(w)
        || matches!(w, "U" | "Daw" | "Ko") && is_capitalized(next) && !next.contains('-')
        // (Bhutanese `Aum`, Mrs: `Aum Dechen Wangmo`.)
        || w == "Aum" && is_capitalized(next)
        || matches!(w, "Make" | "Babe") && lexicon().given_names.contains(next)
}

/// Words of a Balinese name that mark gender, caste or birth order rather than name the
/// person (`I Gusti Ngurah Wiradana`, `Ni Luh Putu Sekarini`): part of the name as written,
/// but no given name of their own. `I` and `Ni` open it.
pub fn is_balinese_name_marker(w: &str) -> bool {
    matches!(
        w,
        "I" | "Ni" | "Luh" | "Gusti" | "Ngurah" | "Anak" | "Agung" | "Ayu" | "Bagus" | "Dewa"
    )
}

/// `Jr.`, `Sr.`: after a name, they close it (`Antonio B. Reyes Jr.`) and open no other.
pub fn is_generational_suffix(w: &str) -> bool {
    matches!(w, "Jr" | "Jr." | "Sr" | "Sr.")
}

/// Honorifics dropped from a name (`Mr. Toccafondi` → `Toccafondi`).
pub fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            // Nigerian and Hausa (`Alhaji Bashir Tafida`, `Chief Ochoche Agbo`; a post
            // that starts with `Chief` is a title, read before this), Igbo and Yoruba rulers
            // (`Igwe Benedict Nnaji`, `Oba …`)
            | "Chief"
            | "Igwe"
            | "Oba"
            // Ghanaian chiefs and queen mothers (`Nana Ekow Amoako II`, `Togbe Afede`),
            // and `Madam` before a woman's name in West African English
            | "Nana"
            | "Togbe"
            | "Madam"
            // (and Singapore's and Malaysia's `Mdm Goh`)
            | "Mdm"
            // Tswana chiefs (`Kgosi Modiri Ramalepa`) and Zulu kings and chiefs (`Inkosi`)
            | "Kgosi"
            | "Inkosi"
            // Nigerian union leaders (`Comrade Ifeanyi Okorie`)
            | "Comrade"
            | "Comr"
            // His Excellency, His Highness (`HE al-Najjar`) in Gulf and South Asian papers
            | "HE"
            | "HH"
            // Comrade in Zimbabwe's papers (`Cde Tinashe Mhuri`)
            | "Cde"
            // Indian (`Shri`, `Smt`), Thai (`Khun`), Malay and Indonesian (`Ustaz`, `Bapak`,
            // `YB` for Yang Berhormat) honorifics; `Hon` for Honourable, `Adv` for advocate
            | "Shri"
            | "Shrimati"
            | "Smt"
            | "Smt."
            | "Khun"
            | "Ustaz"
            | "Ustazah"
            | "Bapak"
            | "YB"
            | "Hon"
            | "Hon."
            | "Adv"
            | "Adv."
            | "Alhaji"
            | "Alhaja"
            | "Mallam"
            | "Malam"
            // Cambodian (`Oknha Meas Sokhom`, `Samdech`) and Bhutanese (`Dasho`) honours
            | "Oknha"
            | "Samdech"
            | "Dasho"
            // Malay and Indonesian (`Datuk`, `Pak Suparman`)
            | "Datuk"
            | "Dato"
            | "Datin"
            | "Tun"
            | "Pak"
            | "Bu"
            | "Ibu"
            | "Haji"
            | "Hajjah"
            | "Hajah"
            // a Bruneian noble's title
            | "Pehin"
            | "Puan"
            | "Encik"
            | "Ms"
            // engineers in the Gulf and Nigeria (`Eng. Abdulaziz Al-Shammari`, `Engr. Musa`)
            | "Eng"
            | "Eng."
            | "Engr"
            | "Engr."
            // and in Malaysia and Indonesia (`Ir Mohd Faizal Hashim`), Nepal and India
            // (`Er. Sushil Prasad Ghimire`)
            | "Ir"
            | "Ir."
            | "Er"
            | "Er."
            // British councillors (`Cllr Pellow`)
            | "Cllr"
            | "Cllr."
            | "Miss"
            | "Mx"
            | "Dr"
            | "Prof"
            | "Sir"
            | "Dame"
            | "Lord"
            | "Lady"
            | "Mr."
            | "Mrs."
            | "Ms."
            | "Dr."
            | "Prof."
            | "Rev"
            | "Rev."
            | "Fr"
            | "Fr."
            | "Sr"
            | "Sr."
            | "Jr"
            | "Jr."
            | "QC"
            | "SC"
            | "KC"
            | "MP"
            // members of the Scottish Parliament, of a legislative assembly, of the Dáil
            | "MSP"
            | "MLA"
            | "TD"
            | "PhD"
            | "MD"
    )
}

/// A word in a script without capitals, as a name may follow in brackets in its own
/// script (`Kuo Wen-hsiang (郭文祥)`).
pub fn is_uncased_script(w: &str) -> bool {
    !w.is_ascii() && !w.chars().any(|c| c.is_uppercase() || c.is_lowercase())
}

/// Lower-case name particles that may sit inside a person's or organisation's name.
pub fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "di"
            | "do"
            | "dos"
            | "das"
            | "du"
            | "del"
            | "della"
            // (French `des`: `Union des Entreprises Luxembourgeoises`)
            | "des"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "la"
            | "le"
            | "es"
            // Irish (`Tomás Ó Riain`, then `Ó Riain`; `Aoife Ní Bhriain`, `Mac Lochlainn`)
            | "ó"
            | "ní"
            | "nic"
            | "uí"
            | "mac"
            | "bin"
            | "bint"
            // Malay and Bruneian daughters (`Siti Aminah binti Haji Osman`)
            | "binti"
            | "binte"
            | "bte"
            | "ibn"
            | "al"
            | "el"
            | "y"
            | "zu"
            | "af"
            | "ben"
            // Filipino (`Samahan ng Mangingisda sa Zambales`)
            | "ng"
            | "sa"
            | "mga"
            // Kalenjin, `son of` (`Kipkemboi arap Too`)
            | "arap"
    ) || is_elided_french_word(w)
}

/// `l’eau` of `Agence de l’eau Adour-Garonne`, `d’Ivoire`: a French article or preposition
/// elided onto the word after it, inside a name.
fn is_elided_french_word(w: &str) -> bool {
    ["l’", "l'", "d’", "d'"]
        .iter()
        .any(|p| w.len() > p.len() + 1 && w.starts_with(p))
}

/// Lower-case connectors inside institution names and titles (`Secretary of State`,
/// `Center for Strategic and International Studies`, `Ambassador to the United States`).
pub fn is_name_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "the" | "on" | "to" | "at" | "&")
}

/// Capitalised words that are never a name by themselves: sentence openers and the like.
pub fn is_capitalized_function_word(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "For"
            | "From"
            | "With"
            | "By"
            | "As"
            | "But"
            | "And"
            | "Or"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "Since"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "You"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Our"
            | "There"
            | "Here"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "No"
            | "Not"
            | "Also"
            | "However"
            | "Yet"
            | "Still"
            | "So"
            | "Then"
            | "Now"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Meanwhile"
            | "Last"
            | "Next"
            | "Both"
            | "Each"
            | "Every"
            | "Such"
            | "What"
            | "Who"
            | "Why"
            | "How"
            | "Where"
            | "Which"
            | "Although"
            | "Though"
            | "Because"
            | "Despite"
            | "During"
            | "Under"
            | "Over"
            | "Amid"
            | "About"
            | "Once"
            | "Even"
            | "Only"
            | "Just"
            | "Instead"
            | "Indeed"
            | "Finally"
            | "Allegedly"
            | "Several"
            | "Other"
            // (`Rival Hokuto Electric said`, `Shares of Norvale Semiconductor tumbled`)
            | "Rival"
            | "Shares"
            | "Another"
            | "Few"
            | "More"
            | "Less"
            | "Much"
            | "Any"
            | "Two"
            | "Three"
            | "One"
            | "Speaking"
            | "Asked"
            | "According"
            | "Citing"
            | "Discussing"
            | "Looking"
            | "Like"
            | "Unlike"
            | "Until"
            | "Whether"
            | "Thus"
            | "Hence"
            | "Moreover"
            | "Furthermore"
            | "Additionally"
            | "Separately"
            | "Likewise"
            | "Similarly"
            | "Besides"
            | "Otherwise"
            | "Nonetheless"
            | "Nevertheless"
            | "Therefore"
            | "Consequently"
            | "Conversely"
            | "Elsewhere"
            | "Earlier"
            | "Later"
            | "Recently"
            | "Currently"
            | "Perhaps"
            | "Maybe"
            | "Already"
            | "Again"
            | "Yes"
            | "Oh"
            | "Well"
            | "Please"
            | "Thank"
            | "Thanks"
            | "Image"
            | "Photo"
            | "Group"
            | "Sources"
            | "Categories"
            | "Read"
            | "Watch"
            | "Listen"
            | "Share"
            | "Related"
            | "Toggle"
            | "Hide"
            | "Close"
    )
}
