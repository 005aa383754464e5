//! Attribution cues in one sentence, and what each cue attributes.
//!
//! A cue is a verb of saying or finding from `speech-verbs.tsv` (`said`, `told`, `noted`,
//! `found`), or `according to`, or `in the words of`, outside quotation marks and not
//! negated (`have not said`, `declined to comment`) or passive (`was told`). Its subject is
//! the noun phrase before it (`Secretary of State Antony Blinken said`, `Lu Chao, director
//! of …, said`) or, inverted, after it (`…,” said Shi Yinhong, an expert at …`). What it
//! attributes comes after it (`said Thursday that …`, `told CBC News the department …`,
//! `said: “…”`) or, when nothing follows but adverbials, before it (`“…,” Liu said.`,
//! `It was unclear whether …, Cha said.`).
//!
//! Inside what is attributed, quotation marks that read as speech become direct quotes;
//! the words around them become reported speech only when they form a clause of their own
//! (`said her party has supported the idea “for months”`), never when they lead into the
//! quotation (`said the sides had “an intensive conversation”`). Quotation marks that name
//! rather than quote (`a website called “…”`, `named “Better Idea”`, title-case titles,
//! `for “courageous achievement”`) are not speech.

use super::countries::CountryMatcher;
use super::lookup::Flag;
use super::quotes::Passage;
use super::tokens::{Kind, Token};
use super::words::*;
use crate::article::Span;
use crate::lexicon::{lexicon, VerbClass};

/// How many tokens a noun phrase read forward takes at most (`np_forward`).
const NP_FORWARD_TOKENS: usize = 14;

/// One paragraph, ready for cue finding.
pub struct Para<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub passages: &'a [Passage],
    /// Per token: the passage it is inside (marks included), if any.
    pub in_passage: &'a [Option<usize>],
    /// Per token: the passage it opens, if any.
    pub opens: &'a [Option<usize>],
}

/// Where paragraphs' passages lie, token by token: what a [`Para`] looks up. Holds one
/// paragraph or, appended one after another, several.
#[derive(Clone, Debug, Default)]
pub struct PassageMarks {
    pub in_passage: Vec<Option<usize>>,
    pub opens: Vec<Option<usize>>,
}

impl PassageMarks {
    pub fn new(tokens: &[Token], passages: &[Passage]) -> PassageMarks {
        let mut marks = PassageMarks::default();
        marks.append(tokens.len(), passages);
        marks
    }

    /// Append the marks of a paragraph of `n` tokens.
    pub fn append(&mut self, n: usize, passages: &[Passage]) {
        let base = self.in_passage.len();
        self.in_passage.resize(base + n, None);
        self.opens.resize(base + n, None);
        for (pi, p) in passages.iter().enumerate() {
            let (from, to) = p.token_range(n, 0);
            self.in_passage[base + from..base + to]
                .iter_mut()
                .for_each(|x| *x = Some(pi));
            if let Some(o) = p.open {
                self.opens[base + o] = Some(pi);
            }
        }
    }

    pub fn clear(&mut self) {
        self.in_passage.clear();
        self.opens.clear();
    }
}

impl<'a> Para<'a> {
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        passages: &'a [Passage],
        marks: &'a PassageMarks,
    ) -> Para<'a> {
        Para {
            text,
            tokens,
            passages,
            in_passage: &marks.in_passage,
            opens: &marks.opens,
        }
    }

    fn w(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    fn quoted(&self, i: usize) -> bool {
        self.in_passage[i].is_some()
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }

    /// Passages whose opening mark (or start) lies in `[from, to)`.
    fn passages_in(&self, from: usize, to: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for i in from..to {
            if let Some(p) = self.in_passage[i] {
                if out.last() != Some(&p) {
                    out.push(p);
                }
            }
        }
        out
    }

    fn passage_start(&self, pi: usize) -> usize {
        self.passages[pi].token_range(self.tokens.len(), 0).0
    }

    /// Whether token `k` is the closing mark of a quoted passage.
    fn closes(&self, k: usize) -> bool {
        self.in_passage[k].is_some_and(|pi| self.passages[pi].close == Some(k))
    }

    /// Whether a quoted passage reads as speech rather than naming something.
    pub fn is_speech(&self, pi: usize) -> bool {
        self.speech(pi, false)
    }

    /// Whether passage `pi` is speech; `after_preposition`: short words after a preposition
    /// count too, as after a verb that quotes (`accused Kyiv of “playing politics”`).
    fn speech(&self, pi: usize, after_preposition: bool) -> bool {
        let p = self.passages[pi];
        let content = p.content.of(self.text);
        if content.trim().is_empty() {
            return false;
        }
        // A title may have a subtitle after a colon (`Burning Early: The Shifting Fire
        // Calendar`); a sentence's full stop or semicolon makes it speech.
        let inner = content.trim_end_matches(['.', ',', '!', '?', '"', '”']);
        if !inner.contains(['.', '!', '?', ';']) && is_title_case(content) {
            return false;
        }
        let Some(open) = p.open else { return true };
        if open == 0 {
            return true;
        }
        // `Sen. Joaquin “Kin” T. Mesa`: a nickname inside a name.
        if super::names::nickname_at(self.tokens, open).is_some() {
            return false;
        }
        let before = self.w(open - 1);
        // `the Centre for Economic Analysis “Prognoza”`: one capitalised word right after a
        // name is the name it goes by.
        let one_word = !content.contains(char::is_whitespace);
        if one_word
            && inner.starts_with(char::is_uppercase)
            && self.tokens[open - 1].kind == Kind::Word
            && is_capitalized(before)
            && !is_capitalized_function_word(before)
        {
            return false;
        }
        // `the show “…”` names it; `ready to show “real flexibility”` says it.
        let as_verb = open >= 2 && (self.w(open - 2) == "to" || is_auxiliary(self.w(open - 2)));
        if names_what_follows(before) && !as_verb || self.named_by_calling(open) {
            return false;
        }
        // `author of the study “Open Gates? Gibraltar’s Frontier After Brexit”`: a capital
        // after a document's noun opens its title, whatever its marks.
        if is_document_noun(before) && content.starts_with(char::is_uppercase) {
            return false;
        }
        if self.modifies_noun(open, p.close) {
            return false;
        }
        // `86 million kilogrammes of the “golden leaf”`, `the “king of fruits”`: a few
        // words after `the` name a thing (sixty of the sixty-two so quoted in the fixtures
        // are nobody's speech).
        // (Not what a speaker calls it: `what he called the “firefighter approach”`.)
        let called = open >= 2
            && matches!(
                self.w(open - 2),
                "called" | "calls" | "calling" | "dubbed" | "termed" | "described"
            );
        if before == "the" && content.split_whitespace().nth(3).is_none() && !called {
            return false;
        }
        // (`rated “Weak” or “Very Weak”`: the second of two labels too.)
        if matches!(before, "or" | "and") && open >= 2 {
            let label_before = self.passages[..pi]
                .iter()
                .rposition(|q| q.close == Some(open - 2))
                .is_some_and(|qi| !self.speech(qi, false));
            if label_before {
                return false;
            }
        }
        // `for “courageous achievement”`, `stored in “approved security cabinets”`
        let short = content.split_whitespace().nth(4).is_none();
        after_preposition || !(short && is_preposition(before))
    }
}

impl Para<'_> {
    /// `a “borderless” partnership`, `The "do not drink" advisory`: a quotation between an
    /// article and the noun it describes is a label, not what anyone said. Not before a
    /// conjunction, a preposition or a relative (`called it a “disgrace” and left`).
    fn modifies_noun(&self, open: usize, close: Option<usize>) -> bool {
        let Some(close) = close else { return false };
        let Some(next) = self.tokens.get(close + 1) else {
            return false;
        };
        let w = next.text(self.text);
        // (Not a clause's end: `as a "reckless rehearsal for a war of aggression," vowing`.)
        let label = self.text[self.tokens[open].span.end..self.tokens[close].span.start].trim();
        // (After an article; or, a word or two long, inside a noun phrase: `a council's
        // £2.4million 'Dutch-style' cycle scheme`.)
        let before = self.tokens[open - 1];
        let b = self.w(open - 1);
        let after_article = matches!(b, "a" | "an" | "the" | "A" | "An" | "The");
        // (`Global brands' "China plus one" sourcing strategy`: a plural's owner too.)
        let plural_owner = before.kind == Kind::Quote
            && matches!(b, "’" | "'")
            && !before.space_before
            && open >= 2
            && self.w(open - 2).ends_with('s');
        let in_phrase = label.split_whitespace().nth(3).is_none()
            && (before.kind == Kind::Number
                || before.kind == Kind::Possessive
                || plural_owner
                || before.kind == Kind::Word
                    && b.starts_with(|c: char| c.is_lowercase())
                    && before.flags & Flag::Verb as u32 == 0
                    && !is_finite_marker(b)
                    // (`citing “tighter-than-expected” inventories` quotes a note)
                    && !b.ends_with("ing")
                    && !is_auxiliary(b)
                    && !is_clause_word(b)
                    && !is_preposition(b)
                    && !matches!(b, "and" | "or" | "but" | "as" | "than" | "is" | "be"));
        label.split_whitespace().nth(5).is_none()
            && !label.ends_with([',', '.', '!', '?', ';', ':'])
            && (after_article || in_phrase)
            && next.kind == Kind::Word
            && next.space_before
            && !self.quoted(close + 1)
            && w.starts_with(|c: char| c.is_lowercase())
            && !is_clause_word(w)
            && !is_preposition(w)
            && !is_auxiliary(w)
            && !is_finite_marker(w)
            // (`the president “strongly supports” the bill`: a verb with its object)
            && !is_determiner(w)
            && !matches!(
                w,
                "and" | "or" | "but" | "nor" | "so" | "yet" | "as" | "than"
            )
    }

    /// A quotation that gives a thing its name: `often called the “black boxes”`, `known
    /// as “the Squad”`, `is called “…”`. `X called the plan “reckless”` stays speech: a
    /// speaker calls something that.
    fn named_by_calling(&self, open: usize) -> bool {
        let mut k = open;
        if k > 0 && is_determiner(self.w(k - 1)) {
            k -= 1;
        }
        if k < 2 {
            return false;
        }
        let (verb, before) = (self.w(k - 1), self.w(k - 2));
        // `dubbed the “…”` (without the article, the caller has looked already).
        if k < open && names_what_follows(verb) {
            return true;
        }
        match verb {
            "called" => matches!(
                before,
                "often"
                    | "commonly"
                    | "also"
                    | "sometimes"
                    | "widely"
                    | "popularly"
                    | "informally"
                    | "now"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
            ),
            "as" => matches!(before, "known" | "referred"),
            _ => false,
        }
    }
}

/// Title Case (`The Internet Explorer 6 Countdown`), not ALL CAPS (shouting text): two
/// words or more, some lower case, and every word of four letters or more capitalised.
pub fn is_title_case(content: &str) -> bool {
    let (mut words, mut long) = (0, 0);
    for w in content.split_whitespace() {
        words += 1;
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            if !is_capitalized(w) {
                return false;
            }
            long += 1;
        }
    }
    words >= 2 && long > 0 && content.chars().any(char::is_lowercase)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The noun phrase naming the speaker, as a token range.
    Np(usize, usize),
    /// No subject of its own (`…, noting that …`): the previous cue's speaker.
    Inherit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub cue: Span,
    pub subject: Subject,
    /// Passage indices quoted directly.
    pub direct: Vec<usize>,
    pub indirect: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Verb(VerbClass, &'static str),
    AccordingTo,
    WordsOf,
}

#[derive(Clone, Copy, Debug)]
struct Cue {
    from: usize,
    to: usize,
    form: Form,
}

/// Verbs that take the hearer as an object before what is said.
fn takes_object(lemma: &str) -> bool {
    matches!(
        lemma,
        "tell"
            | "ask"
            | "assure"
            | "inform"
            | "warn"
            | "remind"
            | "brief"
            | "advise"
            | "notify"
            | "promise"
            | "reassure"
            | "caution"
            | "convince"
            | "persuade"
            | "show"
            | "teach"
            | "email"
            | "text"
            | "write"
    )
}

/// A past participle: `seen`, `obtained`, `shown`, `written`.
fn is_participle(w: &str) -> bool {
    w.len() > 3
        && !is_capitalized(w)
        && (w.ends_with("ed")
            || w.ends_with("en")
            || w.ends_with("wn")
            || lexicon().past_tense.contains(w))
}

/// `“Stuck at the Platform,” a report`: a quotation at `at` naming a work, then an article
/// and a document's noun; where the article stands.
fn document_after_title(p: &Para, at: usize, sb: usize) -> Option<usize> {
    let pi = p.opens.get(at).copied().flatten()?;
    let mut k = p.passages[pi].close? + 1;
    if k < sb && p.w(k) == "," {
        k += 1;
    }
    let document = k + 1 < sb
        && matches!(p.w(k), "a" | "an" | "the")
        && (k + 1..sb.min(k + 4)).any(|j| is_document_noun(lower(p.w(j)).as_ref()));
    document.then_some(k)
}

/// `said Mujkić for Fena`: a name of a word or three, then `for` and the outlet spoken to
/// (`for Klix.ba`, `for N1`); where `for` stands.
fn name_before_outlet(p: &Para, ns: usize, ne: usize) -> Option<usize> {
    let f = (ns + 1..ne.min(ns + 4)).find(|&k| p.w(k) == "for")?;
    let not_a_name = Flag::TitleStart as u32 | Flag::HeadStart as u32;
    let name = (ns..f).all(|k| {
        p.tokens[k].kind == Kind::Word
            && is_capitalized(p.w(k))
            && p.tokens[k].flags & not_a_name == 0
    });
    let outlet = ne - f <= 3 && (f + 1..ne).all(|k| is_capitalized(p.w(k)) && !p.quoted(k));
    (name && outlet && f + 1 < ne).then_some(f)
}

/// `published in June by the Baltic Startup Observatory,`: from `at`, a participle of
/// publishing, perhaps when, then `by` and the publisher; the index of the comma after.
fn published_by(p: &Para, at: usize, sb: usize) -> Option<usize> {
    let publishing = at < sb
        && matches!(
            p.w(at),
            "published" | "released" | "issued" | "compiled" | "prepared" | "produced"
        );
    if !publishing {
        return None;
    }
    let by = (at + 1..sb.min(at + 5)).find(|&k| p.w(k) == "by")?;
    let when = (at + 1..by).all(|k| {
        !p.quoted(k) && matches!(p.tokens[k].kind, Kind::Word | Kind::Number) && p.w(k) != "to"
    });
    if !when {
        return None;
    }
    (by + 2..sb.min(by + 14)).find(|&k| p.w(k) == "," && !p.quoted(k))
}

/// `, a nonprofit research group,`: what the name before the comma at `comma` is, set off
/// by commas; the index of the comma that closes it.
fn description_after(p: &Para, comma: usize, sb: usize) -> Option<usize> {
    if comma + 2 >= sb || !matches!(p.w(comma + 1), "a" | "an") {
        return None;
    }
    let end = (comma + 2..sb.min(comma + 9)).find(|&k| p.w(k) == ",")?;
    (comma + 2..end)
        .all(|k| {
            let w = p.w(k);
            p.tokens[k].kind == Kind::Word
                && !p.quoted(k)
                && (is_compound_modifier(w) || !is_capitalized(w) && !is_finite_marker(w))
        })
        .then_some(end)
}

/// A lower-case participle opening a phrase set off by commas between a speaker and the
/// cue (`requesting anonymity`, `speaking to reporters`), not a noun ending the same way
/// nor one relaying another source (`citing`, handled where it is met).
fn is_participle_aside(p: &Para, i: usize) -> bool {
    let w = p.w(i);
    p.tokens[i].kind == Kind::Word
        && !p.quoted(i)
        && w.len() >= 6
        && w.ends_with("ing")
        && !is_capitalized(w)
        && !matches!(
            w,
            "citing"
                | "quoting"
                | "including"
                | "according"
                | "during"
                | "regarding"
                | "concerning"
                | "morning"
                | "evening"
                | "building"
                | "meeting"
                | "funding"
                | "training"
                | "housing"
                | "spending"
                | "ruling"
                | "hearing"
                | "briefing"
                | "reporting"
        )
}

/// Words that can be part of a speaker's noun phrase besides capitalised words.
fn np_word(w: &str) -> bool {
    let lex = lexicon();
    is_determiner(w)
        || is_name_connector(w)
        || is_name_particle(w)
        || matches!(
            w,
            "senior"
                | "former"
                | "top"
                | "chief"
                | "deputy"
                | "acting"
                | "local"
                | "foreign"
                | "federal"
                | "state"
                | "regional"
                | "provincial"
                | "cantonal"
                | "municipal"
                | "prefectural"
                // (`the canton of Valais`)
                | "canton"
                | "province"
                | "municipality"
                | "military"
                | "side"
                | "government"
                | "unnamed"
                | "anonymous"
                | "other"
                | "two"
                | "three"
                | "several"
                | "some"
                | "many"
                | "most"
                | "independent"
                | "western"
                | "international"
                | "national"
                | "u.s."
                | "us"
                | "team's"
                | "research"
                | "study"
                | "news"
                | "own"
                | "new"
                | "public"
                | "lead"
                | "principal"
                | "associate"
                | "assistant"
                | "executive"
                | "managing"
                | "general"
                | "junior"
                | "veteran"
                | "longtime"
                | "outgoing"
                | "incoming"
                // What a study or report is like: `a recent study`, `the largest survey`.
                | "recent"
                | "latest"
                | "large"
                | "largest"
                | "major"
                | "separate"
                | "internal"
                | "leaked"
                | "confidential"
                | "preliminary"
                | "annual"
                | "joint"
                | "landmark"
                | "previous"
                | "earlier"
        )
        || lex.titles.contains_key(w)
        || lex.groups.contains_key(w)
        || super::names::is_head_word(w)
        || super::names::is_kind_word(w)
        || is_document_noun(w)
}

/// All attributions of one sentence, in order. `claimed` marks passages already given.
pub fn attributions(p: &Para, (sa, sb): (usize, usize), claimed: &mut [bool]) -> Vec<Attribution> {
    let cues = find_cues(p, sa, sb);
    let mut out: Vec<Attribution> = Vec::new();
    // Tokens already attributed: a cue inside them is part of what was said.
    let mut covered_until = sa;
    let mut region_start = sa;
    for (ci, cue) in cues.iter().enumerate() {
        if cue.from < covered_until {
            continue;
        }
        // `That suggests pterosaurs moved …, she told The New York Times`: a finding of
        // `That` opening the sentence is what the speaker of a later cue said.
        let that_opens = cue.from == sa + 1
            && matches!(p.w(sa), "That" | "This")
            && matches!(cue.form, Form::Verb(VerbClass::Cognition, _))
            && ci + 1 < cues.len();
        if that_opens {
            continue;
        }
        // A later cue ends this one's clause only when it starts a new attribution
        // (`…, Y added`, `… and Y said`); a cue inside the clause is part of what was said.
        // A subordinating conjunction (`…, although he acknowledged that …`) ends the
        // clause before it.
        let next_cue = cues[ci + 1..]
            .iter()
            .find_map(|c| {
                let before = np_backward(p, c.from, cue.to).map_or(c.from, |(s, _)| s);
                // `said its support was “…” and that the party expected …`: a second
                // clause of what was said, whatever verb it holds.
                if before > cue.to && p.w(before) == "that" && p.w(before - 1) == "and" {
                    return None;
                }
                if before > cue.to
                    && matches!(p.w(before - 1), "although" | "though" | "while" | "whereas")
                {
                    return Some(before - 1);
                }
                // (`…, in what the opposition Democratic Party called “…”`: the clause ends
                // before `in what`, where the naming of another speaker begins.)
                // (Not `what he called`: the same speaker's words, inside the clause.)
                if before > cue.to + 1
                    && p.w(before - 1) == "what"
                    && pronoun(p.w(before)).is_none()
                {
                    let at = before - 1;
                    return Some(if is_preposition(p.w(at - 1)) {
                        at - 1
                    } else {
                        at
                    });
                }
                // (A view with an object and no clause starts nothing: `… and the department
                // expected a similar number this year`.)
                let says_something = !matches!(c.form, Form::Verb(VerbClass::Cognition, _))
                    || c.to < sb
                        && (p.w(c.to) == "that"
                            || p.opens[c.to].is_some()
                            || p.w(c.to) == ":"
                            || clause_can_start(p, c.to) && reads_as_clause(p, c.to, c.to, sb));
                let new_speaker = before > cue.to
                    && matches!(p.w(before - 1), "," | "and" | ";" | "but")
                    && says_something;
                // The clause ends where the next speaker's phrase begins (`…, and he added`),
                // or before `, which` when a named speaker follows it (`…, which Mr Haverley
                // described as “…”`).
                if new_speaker {
                    return Some(before);
                }
                let which_named = before > cue.to + 1
                    && p.w(before - 1) == "which"
                    && p.w(before - 2) == ","
                    && is_capitalized(p.w(before))
                    && matches!(c.form, Form::Verb(..));
                if which_named {
                    return Some(before - 2);
                }
                continues_speaker(p, *c, sb).then_some(c.from)
            })
            .unwrap_or(sb);
        let Some((att, end)) = attribute(
            p,
            *cue,
            sa,
            sb,
            region_start,
            next_cue,
            !out.is_empty(),
            &cues,
        ) else {
            continue;
        };
        for &d in &att.direct {
            claimed[d] = true;
        }
        covered_until = covered_until.max(end);
        region_start = end.max(cue.to);
        out.push(att);
    }
    if out.is_empty() {
        if let Some(att) =
            owned_words_then_quotation(p, sa, sb).or_else(|| labelled_quotation(p, sa, sb))
        {
            claimed[att.direct[0]] = true;
            out.push(att);
        }
    }
    // Speech in quotation marks left in a sentence that attributes: the nearest speaker's.
    if !out.is_empty() {
        for pi in p.passages_in(sa, sb) {
            if claimed[pi] || !p.is_speech(pi) {
                continue;
            }
            let at = p.passages[pi].content.start;
            // Before every cue, only a real quotation is speech; a word or two there is a
            // scare quote (`a “borderless” partnership, … experts say`).
            let words = p.passages[pi].content.of(p.text).split_whitespace().count();
            let Some(idx) = out
                .iter()
                .rposition(|a| a.cue.start < at)
                .or((words >= 5).then_some(0))
            else {
                continue;
            };
            out[idx].direct.push(pi);
            claimed[pi] = true;
        }
    }
    out
}

/// `Her advice to parents was blunt: “Get them vaccinated now.”`: a sentence that opens on
/// a person's words or view (`His`, `Her`, `Their` …) and ends on a quotation after a
/// colon quotes that person; the colon stands for the cue.
fn owned_words_then_quotation(p: &Para, sa: usize, sb: usize) -> Option<Attribution> {
    let colon = (sa + 1..sb).find(|&k| p.w(k) == ":" && !p.quoted(k))?;
    // `Her advice was blunt: “…”`, or a subject pronoun opening the clause (`In a blog
    // post published in March, he laid out the company's position: “…”`).
    let (subject, subject_end) = if possessive_pronoun(p.w(sa)).is_some() {
        (sa, sa + 1)
    } else if let Some(np) = blunt_speaker(p, sa, colon) {
        np
    } else {
        let k = (sa..colon.saturating_sub(1)).find(|&k| {
            matches!(
                pronoun(p.w(k)),
                Some(Pronoun::He | Pronoun::She | Pronoun::They)
            ) && (k == sa || p.w(k - 1) == ",")
                && p.tokens[k + 1].kind == Kind::Word
                && !is_capitalized(p.w(k + 1))
        })?;
        (k, k + 1)
    };
    let pi = p.in_passage.get(colon + 1).copied().flatten()?;
    let (_, close) = p.passages[pi].token_range(p.tokens.len(), 0);
    let ends_sentence = (close..sb).all(|k| p.tokens[k].kind == Kind::Punct && !p.quoted(k));
    let plain = (sa..colon).all(|k| !p.quoted(k) && p.tokens[k].kind != Kind::Quote);
    (p.opens[colon + 1] == Some(pi) && ends_sentence && plain && p.is_speech(pi)).then(|| {
        Attribution {
            cue: p.span(colon, colon + 1),
            subject: Subject::Np(subject, subject_end),
            direct: vec![pi],
            indirect: Vec::new(),
        }
    })
}

/// `Quote from Dzhurenko: "…"`: a quotation labelled with its speaker, as Ukrainian
/// outlets set it out.
fn labelled_quotation(p: &Para, sa: usize, sb: usize) -> Option<Attribution> {
    if sa + 4 >= sb || p.w(sa) != "Quote" || p.w(sa + 1) != "from" {
        return None;
    }
    let colon = (sa + 3..sb.min(sa + 10)).find(|&k| p.w(k) == ":" && !p.quoted(k))?;
    let named = (sa + 2..colon).all(|k| {
        !p.quoted(k) && (is_capitalized(p.w(k)) || is_name_connector(p.w(k)) || p.w(k) == ".")
    });
    let pi = p.in_passage.get(colon + 1).copied().flatten()?;
    (named && p.opens[colon + 1] == Some(pi) && p.is_speech(pi)).then(|| Attribution {
        cue: p.span(sa, sa + 2),
        subject: Subject::Np(sa + 2, colon),
        direct: vec![pi],
        indirect: Vec::new(),
    })
}

/// `Dr. Beale was blunt: “…”`, `Stroud, who bought the club in 2019, was more succinct:
/// “…”`: a speaker, then how they put it, right before the colon.
fn blunt_speaker(p: &Para, sa: usize, colon: usize) -> Option<(usize, usize)> {
    // (`Carrillo was blunt about why: “…”`: what the manner is about may follow it.)
    let colon = if colon >= sa + 5
        && matches!(p.w(colon - 1), "why" | "it" | "this" | "that")
        && p.w(colon - 2) == "about"
    {
        colon - 2
    } else {
        colon
    };
    if colon < sa + 3 || p.tokens[colon - 1].kind != Kind::Word || p.quoted(colon - 1) {
        return None;
    }
    let manner = p.w(colon - 1);
    if !matches!(
        manner,
        "blunt"
            | "succinct"
            | "direct"
            | "emphatic"
            | "defiant"
            | "unequivocal"
            | "clear"
            | "candid"
            | "frank"
            | "brief"
            | "terse"
            | "philosophical"
            | "scathing"
    ) {
        return None;
    }
    let mut copula = colon - 2;
    if matches!(p.w(copula), "more" | "even" | "less" | "equally") {
        copula = copula.checked_sub(1)?;
    }
    if copula <= sa || !matches!(p.w(copula), "was" | "is" | "were" | "are") {
        return None;
    }
    np_backward(p, copula, sa)
}

fn find_cues(p: &Para, sa: usize, sb: usize) -> Vec<Cue> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut i = sa;
    let cue_words = Flag::Verb as u32 | Flag::VerbPhraseStart as u32 | Flag::Cue as u32;
    while i < sb {
        // Only a word the verb lexicon or a phrase cue knows can start a cue.
        if p.tokens[i].flags & cue_words == 0 || p.quoted(i) {
            i += 1;
            continue;
        }
        let w = p.w(i);
        if matches!(w, "according" | "According") && i + 1 < sb && p.w(i + 1) == "to" {
            out.push(Cue {
                from: i,
                to: i + 2,
                form: Form::AccordingTo,
            });
            i += 2;
            continue;
        }
        // `as per the notice`: Indian and Nepali English for `according to`.
        if w == "per" && i > sa && matches!(p.w(i - 1), "as" | "As") && !p.quoted(i - 1) {
            out.push(Cue {
                from: i - 1,
                to: i + 1,
                form: Form::AccordingTo,
            });
            i += 1;
            continue;
        }
        if w == "words"
            && i >= sa + 2
            && p.w(i - 1) == "the"
            && matches!(p.w(i - 2), "in" | "In")
            && i + 1 < sb
            && p.w(i + 1) == "of"
        {
            out.push(Cue {
                from: i - 2,
                to: i + 2,
                form: Form::WordsOf,
            });
            i += 2;
            continue;
        }
        let flags = p.tokens[i].flags;
        // A verb is lower-case, or upper-case in an all-caps text (`SAID`); `Says` opening
        // a sentence is a headline habit, not a cue.
        let shouting = w.len() > 1 && !w.chars().any(char::is_lowercase);
        // After an owner or an article it is a noun: `Iran’s state broadcaster`, `a report`.
        // So it is after `of` (`dozens of reports of …`), and `state` after a name (`the US
        // state of Ohio`: the bare verb would need a plural subject).
        // After a month, a bare or plural form is a noun too (`whose October report`; the
        // verb would be `in October reported`).
        let noun = i > sa
            && (p.tokens[i - 1].kind == Kind::Possessive
                || matches!(
                    p.w(i - 1),
                    "a" | "an" | "the" | "its" | "their" | "his" | "her" | "of" | "whose"
                )
                || w == "state" && is_capitalized(p.w(i - 1))
                // (`A new report on …`: an adjective of a document between, before a form
                // that is no past tense.)
                || i > sa + 1
                    && matches!(p.w(i - 2), "a" | "an" | "the" | "A" | "An" | "The")
                    && matches!(
                        p.w(i - 1),
                        "new" | "recent" | "latest" | "annual" | "separate" | "final" | "preliminary"
                            | "internal" | "joint" | "earlier" | "previous"
                    )
                    && !w.ends_with("ed")
                    && !lex.past_tense.contains(w)
                || is_month(p.w(i - 1))
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
                    && !lex.past_tense.contains(w)
                // `rose on Tuesday on reports that …`, `amid reports`
                || w.ends_with('s') && matches!(p.w(i - 1), "on" | "amid" | "after" | "despite"));
        if flags & (Flag::Verb as u32 | Flag::VerbPhraseStart as u32) != 0
            && (!is_capitalized(w) || shouting)
            && !noun
        {
            // Longest verb form first: `issued a statement`, `pointed out`, `said`.
            let mut best = with_lower(w, |l| lex.verbs.get(l)).map(|v| (i + 1, *v));
            if flags & Flag::VerbPhraseStart as u32 != 0 {
                let mut phrase = w.to_lowercase();
                for j in i + 1..sb.min(i + 4) {
                    if p.quoted(j) {
                        break;
                    }
                    phrase.push(' ');
                    phrase.push_str(&p.w(j).to_lowercase());
                    if let Some(v) = lex.verbs.get(&phrase) {
                        best = Some((j + 1, *v));
                    }
                }
            }
            if let Some((to, v)) = best {
                // `continued to shun`, `is said to be`: an infinitive follows, not speech.
                let infinitive = to + 1 < sb
                    && p.w(to) == "to"
                    && !is_capitalized(p.w(to + 1))
                    && !is_determiner(p.w(to + 1))
                    && !lex.groups.contains_key(p.w(to + 1));
                // `was quoted as saying`: passive in form, the subject is the speaker.
                let quoted_as = v.lemma.starts_with("quote");
                // `“…,” the statement read` or `read:`, never `… and read out at the
                // laboratory`: `read` is a cue only where punctuation follows it.
                // (`the statement read in part` too.)
                // So is `express`, or where a quotation follows it: `“…,” she expressed.`,
                // `expressed “serious concern”`, never `expressed frustration`; and `shared`
                // only before `that`.
                let in_part = to + 2 <= sb && p.w(to) == "in" && p.w(to + 1) == "part";
                let read_other = matches!(v.lemma, "read" | "express")
                    && to < sb
                    && !matches!(p.w(to), "." | "," | ":" | ";")
                    && !(v.lemma == "express" && p.opens[to].is_some())
                    && !in_part
                    || v.lemma == "share" && (to >= sb || p.w(to) != "that");
                // `worries about the toll`, `talked about the plan`: what it is about, not
                // what was said; but `said about one in five …` is a count.
                let about = to + 1 < sb
                    && p.w(to) == "about"
                    && p.tokens[to + 1].kind != Kind::Number
                    && !is_count_word(p.w(to + 1));
                // `A CIPR report released …`, `the UN report`: the bare form after a
                // name that follows an article is a noun, as a verb would not agree.
                let noun_after_name = to == i + 1
                    && matches!(
                        v.lemma,
                        "report" | "note" | "comment" | "claim" | "estimate" | "post"
                    )
                    && with_lower(w, |l| l == v.lemma)
                    && i > sa + 1
                    && is_capitalized(p.w(i - 1))
                    && !p.quoted(i - 1)
                    && (sa.max(i.saturating_sub(4))..i - 1)
                        .rev()
                        .take_while(|&k| is_capitalized(p.w(k)) || is_determiner(p.w(k)))
                        .any(|k| matches!(p.w(k), "a" | "A" | "an" | "An" | "the" | "The"));
                // `Slovenian forecasting models are`, `warning signs were`: a participle
                // before the plural noun it describes and that noun's verb.
                // (After an adjective or an article, not after a comma, a conjunction or a
                // preposition: `…, saying hunters can no longer keep up`.)
                let describes_noun = to == i + 1
                    && w.ends_with("ing")
                    && i > sa
                    && p.tokens[i - 1].kind == Kind::Word
                    && !is_auxiliary(p.w(i - 1))
                    && !is_preposition(p.w(i - 1))
                    && !matches!(p.w(i - 1), "and" | "but" | "or")
                    && to + 1 < sb
                    && p.tokens[to].kind == Kind::Word
                    && p.w(to).len() > 3
                    && p.w(to).ends_with('s')
                    && !is_capitalized(p.w(to))
                    && is_auxiliary(p.w(to + 1));
                // `in a brief statement posted on social media`, `a letter written to the
                // minister`: a participle after a document's noun describes it.
                let describes_document = to == i + 1
                    && i > sa
                    && to < sb
                    && is_participle(w)
                    && is_preposition(p.w(to))
                    && is_document_noun(lower(p.w(i - 1)).as_ref());
                // `has spent two years as superintendent explaining why …`: what someone
                // spends their time doing, not a statement.
                let spending_time = w.ends_with("ing")
                    && (sa.max(i.saturating_sub(10))..i)
                        .rev()
                        .take_while(|&k| !matches!(p.w(k), "," | ";" | ":") && !p.quoted(k))
                        .any(|k| matches!(p.w(k), "spent" | "spend" | "spends" | "spending"));
                // `residents should expect more outages`, `customers could expect relief`:
                // a view after a modal is what may happen, not what someone holds.
                let after_modal = v.class == VerbClass::Cognition && i > sa && {
                    let k = if i > sa + 1 && matches!(p.w(i - 1), "not" | "also" | "still") {
                        i - 2
                    } else {
                        i - 1
                    };
                    is_modal(p.w(k))
                };
                if v.class != VerbClass::NotACue
                    && !after_modal
                    && !infinitive
                    && !read_other
                    && !about
                    && !spending_time
                    && !noun_after_name
                    && !describes_document
                    && !describes_noun
                    && (quoted_as && !negated(p, sa, i) || !negated_or_passive(p, sa, i))
                {
                    out.push(Cue {
                        from: i,
                        to,
                        form: Form::Verb(v.class, v.lemma),
                    });
                }
                i = to;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// `…, adding that …`, `… and pointed out that …`: a second verb of the same speaker,
/// told apart from a verb with an object (`and added jobs`) by what follows it.
fn continues_speaker(p: &Para, c: Cue, sb: usize) -> bool {
    let after = c.from > 0 && {
        let prev = p.w(c.from - 1);
        // `would “keep it under review,” adding that …`: the comma inside the closing mark.
        let comma = prev == ","
            || p.in_passage[c.from - 1].is_some_and(|pi| {
                p.passages[pi].close == Some(c.from - 1)
                    && p.passages[pi].content.of(p.text).ends_with(',')
            });
        matches!(prev, "and" | "but") || comma && p.w(c.from).ends_with("ing")
    };
    // `…, and said research by his team had found …`: a verb of saying with its clause.
    let says_clause = matches!(c.form, Form::Verb(_, lemma) if strong(lemma))
        && c.to < sb
        && clause_can_start(p, c.to)
        && reads_as_clause(p, c.to, c.to, sb);
    after
        && c.to < sb
        && (p.w(c.to) == "that"
            || p.opens[c.to].is_some()
            || p.w(c.to) == ":" && c.to + 1 < sb && p.opens[c.to + 1].is_some()
            || says_clause)
}

/// `Shares of Norvale tumbled after the chipmaker slashed its outlook, saying …`: the
/// subject of the clause the participle follows, when a conjunction opens that clause
/// and its verb comes right after the subject.
fn clause_subject_before(p: &Para, sa: usize, comma: usize) -> Option<(usize, usize)> {
    let opener = (sa..comma).rev().take(20).find(|&k| {
        !p.quoted(k)
            && matches!(
                p.w(k),
                "after" | "when" | "as" | "because" | "since" | "while"
            )
    })?;
    let (s, e) = np_forward(p, opener + 1, comma)?;
    // (Any plain word after the subject: `cut`, `set` are past tenses too.)
    let verb = e < comma
        && p.tokens[e].kind == Kind::Word
        && !is_capitalized(p.w(e))
        && !is_preposition(p.w(e))
        && !is_determiner(p.w(e))
        && !is_clause_word(p.w(e));
    (s == opener + 1 && verb && (e..comma).all(|k| !p.quoted(k))).then_some((s, e))
}

/// After `according to`, figures and their source (`figures from the NCSI`, `data
/// compiled by the ministry`): the source's phrase.
fn figures_source(p: &Para, from: usize, sb: usize) -> Option<(usize, usize)> {
    let head = (from..sb.min(from + 3)).find(|&k| {
        matches!(
            lower(p.w(k)).as_ref(),
            "figures" | "data" | "statistics" | "numbers"
        )
    })?;
    let mut k = head + 1;
    if k < sb && matches!(p.w(k), "compiled" | "published" | "released" | "collected") {
        k += 1;
    }
    if k >= sb || !matches!(p.w(k), "from" | "by") {
        return None;
    }
    np_forward(p, k + 1, sb).filter(|&(s, _)| s == k + 1)
}

/// `did not say`, `declined to comment`.
fn negated(p: &Para, sa: usize, i: usize) -> bool {
    let lo = i.saturating_sub(3).max(sa);
    for k in (lo..i).rev() {
        let w = p.w(k);
        // A participle between them has the negation (`a review has not been completed
        // said …`).
        let participle = w.len() > 3 && w.ends_with("ed") && !is_capitalized(w);
        if w == "," || p.quoted(k) || participle {
            break;
        }
        if is_negation(w) || w.ends_with("n't") {
            return true;
        }
    }
    false
}

/// `did not say`, `declined to comment`, `was told`, `to say`, `the said report`.
/// `keen` of `are keen to stress that`: how willing the speaker is to say it.
fn is_eager(w: &str) -> bool {
    matches!(
        w,
        "keen" | "quick" | "careful" | "eager" | "anxious" | "swift" | "pains" | "happy"
    )
}

fn negated_or_passive(p: &Para, sa: usize, i: usize) -> bool {
    if negated(p, sa, i) {
        return true;
    }
    // `the 2024 report “Running Dry”`, `the group’s report`: a noun after an owner or a
    // determiner and a year.
    if i > sa && p.tokens[i - 1].kind == Kind::Possessive
        || i > sa + 1
            && p.w(i - 1).bytes().all(|b| b.is_ascii_digit())
            && (is_determiner(p.w(i - 2)) || p.tokens[i - 2].kind == Kind::Possessive)
    {
        return true;
    }
    // `was told`, `was also proposed`, `has been widely reported`, `to say`, `the said report`
    // (Not a form in `-ing` after `be` with its `that` soon after: `are warning that`,
    // `have been warning for years that`; `is recalling` products and `have been writing
    // orders by hand` say nothing.)
    let progressive = p.w(i).ends_with("ing")
        && (i + 1..p.tokens.len().min(i + 6)).any(|k| p.w(k) == "that" && !p.quoted(k));
    let mut k = i;
    while k > sa && k + 3 > i {
        let prev = p.w(k - 1);
        // (Not `keen to stress that`, `quick to point out that`: the speaker's own verb.)
        let eager = prev == "to" && k >= 2 && is_eager(p.w(k - 2));
        let be = matches!(prev, "was" | "were" | "been" | "is" | "are" | "be");
        if !eager && (be && !progressive || matches!(prev, "being" | "to" | "the" | "a")) {
            return true;
        }
        let adverb = prev == "also" || is_ly_adverb(prev);
        if !adverb {
            break;
        }
        k -= 1;
    }
    false
}

#[allow(clippy::too_many_arguments)]
fn attribute(
    p: &Para,
    cue: Cue,
    sa: usize,
    sb: usize,
    region_start: usize,
    next_cue: usize,
    has_previous: bool,
    cues: &[Cue],
) -> Option<(Attribution, usize)> {
    let cue_span = p.span(cue.from, cue.to);
    match cue.form {
        Form::AccordingTo => {
            // `according to figures from the National Centre for Statistics`, `data
            // published by the ministry`: the source of the figures.
            // (`According to “Stuck at the Platform,” a report released …`: after a title,
            // the document it names.)
            let from = document_after_title(p, cue.to, sb).unwrap_or(cue.to);
            let (ns, ne) = figures_source(p, from, sb).or_else(|| np_forward(p, from, sb))?;
            // (Not when the source ends the sentence: `At its peak in 2019 the plant
            // employed nearly 600 people, according to the Chamber of Commerce.`)
            let ends_sentence = (ne..sb).all(|k| p.tokens[k].kind == Kind::Punct && !p.quoted(k));
            if leads_sentence(p, sa, cue.from) && !ends_sentence {
                // According to X, CONTENT.
                let (mut ne, mut cs) = (ne, ne);
                // `According to a report released last month by the Chicagoland Mobility
                // Institute, a nonprofit research group, …`: a document, when it came out
                // and who published it, who speaks through it; then perhaps what the
                // publisher is.
                if let Some(comma) = published_by(p, cs, sb) {
                    (ne, cs) = (comma, comma);
                }
                if cs < sb && p.w(cs) == "," {
                    cs = description_after(p, cs, sb).unwrap_or(cs);
                }
                // `According to a draft seen by Reuters, …`: who saw the document is not
                // what it says.
                // (Nor where it went: `According to a circular sent to school operators, …`.)
                let by_or_to = cs + 2 < sb && matches!(p.w(cs + 1), "by" | "to");
                if by_or_to && is_participle(p.w(cs)) {
                    if let Some(comma) = (cs + 2..sb.min(cs + 8)).find(|&k| p.w(k) == ",") {
                        cs = comma;
                    }
                }
                // `According to two staff members who spoke on condition of anonymity
                // because …, reviewers had …`: nor is the relative clause about them.
                if cs < sb && p.w(cs) == "who" {
                    if let Some(comma) =
                        (cs + 1..sb.min(cs + 30)).find(|&k| p.w(k) == "," && !p.quoted(k))
                    {
                        cs = comma;
                    }
                }
                if cs < sb && p.w(cs) == "," {
                    cs += 1;
                }
                // A cue with its own subject inside: that one speaks (`According to ABC
                // News, Basya also believes …`).
                // (Not one inside a clause of condition or time: `… could be built if
                // member states agreed on …`.)
                let subordinate = |k: usize| {
                    (cs..k).any(|j| {
                        !p.quoted(j)
                            && matches!(p.w(j), "if" | "unless" | "when" | "once" | "until")
                    })
                };
                // (Nor a verb with an object: `more than 1,800 farmers have reported losses`.)
                let says_something = |c: &Cue| {
                    c.to < sb
                        && (p.w(c.to) == "that"
                            || p.opens[c.to].is_some()
                            || p.w(c.to) == ":"
                            || clause_can_start(p, c.to) && reads_as_clause(p, c.to, c.to, sb))
                };
                if cues.iter().any(|c| {
                    c.from > cs
                        && c.from < sb
                        && !subordinate(c.from)
                        && says_something(c)
                        && np_backward(p, c.from, cs).is_some_and(|(s, _)| s >= cs)
                }) {
                    return None;
                }
                let (direct, indirect) = content(p, cs, sb);
                Some((
                    Attribution {
                        cue: cue_span,
                        subject: Subject::Np(ns, ne),
                        direct,
                        indirect,
                    },
                    sb,
                ))
            } else {
                // CONTENT, according to X. Inside a relative clause (`… which, according
                // to AFP, …`) it qualifies that clause, and nothing is reported.
                let re = if cue.from > sa && p.w(cue.from - 1) == "," {
                    cue.from - 1
                } else {
                    cue.from
                };
                if re > sa && is_clause_word(p.w(re - 1)) {
                    return None;
                }
                let rs = skip_adverbial(p, region_start, re);
                let (direct, indirect) = content(p, rs, re);
                // (`…, according to the association, which said …`: the source is the
                // subject of the relative clause, read next.)
                let which = ne + 1 < sb && p.w(ne) == "," && p.w(ne + 1) == "which";
                Some((
                    Attribution {
                        cue: cue_span,
                        subject: Subject::Np(ns, ne),
                        direct,
                        indirect,
                    },
                    if which { ns } else { sb.min(ne + 1) },
                ))
            }
        }
        Form::WordsOf => {
            let (ns, ne) = np_forward(p, cue.to, sb)?;
            let direct: Vec<usize> = p
                .passages_in(ne, sb)
                .into_iter()
                .filter(|&pi| p.is_speech(pi))
                .collect();
            Some((
                Attribution {
                    cue: cue_span,
                    subject: Subject::Np(ns, ne),
                    direct,
                    indirect: Vec::new(),
                },
                sb,
            ))
        }
        Form::Verb(class, lemma) => verb_attribution(
            p,
            cue,
            class,
            lemma,
            sa,
            sb,
            region_start,
            next_cue,
            has_previous,
        ),
    }
}

#[allow(clippy::too_many_arguments)]
fn verb_attribution(
    p: &Para,
    cue: Cue,
    class: VerbClass,
    lemma: &'static str,
    sa: usize,
    sb: usize,
    region_start: usize,
    next_cue: usize,
    has_previous: bool,
) -> Option<(Attribution, usize)> {
    let cue_span = p.span(cue.from, cue.to);
    let prev_is_break = cue.from > sa && {
        let k = cue.from - 1;
        // `…, and accused Kyiv of “…”`: a verb joined to the last one shares its subject.
        matches!(p.w(k), "," | "and" | "but") || p.closes(k)
    };
    // `…,” said Shi Yinhong, …` / `…, said the report.` Only verbs of saying invert, and
    // only when nothing but punctuation or an adverbial follows the speaker.
    // A participle does not invert (`…, asking the government to …`).
    let participle = p.w(cue.from).ends_with("ing");
    if prev_is_break && class == VerbClass::Speech && lemma != "tell" && !participle {
        if let Some((ns, ne)) = np_forward(p, cue.to, sb) {
            let ne = name_before_outlet(p, ns, ne).unwrap_or(ne);
            let starts_np = p.tokens[ns].kind == Kind::Word
                && !matches!(p.w(ns), "that" | "this" | "on" | "in");
            // `… and asked China to use its influence`: the hearer of a request, not an
            // inverted speaker.
            // `…, said Elaine Prusik, the author of “Margins of Error,” a history …`: a
            // title the description quotes ends the phrase too.
            // (Not a subject with a place, then its verb: `argued ministers in Edinburgh
            // still had …`.)
            let verb_after_place = || {
                let Some((_, pe)) = np_forward(p, ne + 1, sb) else {
                    return false;
                };
                let mut k = pe;
                while k < sb && (matches!(p.w(k), "still" | "also" | "now") || is_ly_adverb(p.w(k)))
                {
                    k += 1;
                }
                k < sb && !p.quoted(k) && is_finite_marker(p.w(k))
            };
            // (Right after a quotation, a relative clause on the speaker ends the phrase too:
            // `…,” said a vendor who survived the attack and asked not to be named.`; not
            // `…, said workers who asked to move out were warned`.)
            let after_quotation = p.closes(cue.from - 1)
                || cue.from >= 2 && p.w(cue.from - 1) == "," && p.closes(cue.from - 2);
            let ends_clause = ne >= sb
                || matches!(p.w(ne), "," | "." | ";" | ":" | "!" | "?")
                || p.w(ne) == "who" && after_quotation
                || is_preposition(p.w(ne))
                    && !(takes_object(lemma) && p.w(ne) == "to")
                    && !verb_after_place()
                || p.in_passage[ne].is_some_and(|pi| !p.is_speech(pi));
            let re = cue.from - usize::from(p.w(cue.from - 1) == ",");
            let rs = skip_adverbial(p, region_start, re);
            // Not when what comes before the cue holds no clause and no quotation, only its
            // subject set off by commas (`Ms Saunders, a retired school cook, said her late
            // husband, Derek, had …`), nor its subject and an adverbial (`The
            // Meteorological Service, in its latest bulletin, said most of Kingston, …`).
            // (A title in quotation marks may be part of the description: `…, lead author of
            // the 2023 report "Running Dry", said farmers in the south …`.)
            let speech = |k: usize| p.in_passage[k].is_some_and(|pi| p.is_speech(pi));
            let subject_before = re > rs
                && p.w(re) == ","
                && !(rs..re).any(|k| speech(k) || !p.quoted(k) && is_auxiliary(p.w(k)))
                && np_backward(p, cue.from, region_start.max(sa)).is_some_and(|(s, e)| {
                    s == rs && (e == re || p.w(e) == "," && is_preposition(p.w(e + 1)))
                });
            if starts_np && ns == cue.to && ends_clause && !subject_before {
                let (direct, indirect) = content(p, rs, re);
                // (`…,” said a 40-year-old resident who only wanted to be known as Mdm
                // Goh.`: the name the clause gives.)
                let (ns, ne) = (ne < sb && p.w(ne) == "who")
                    .then(|| name_known_as(p, ne, sb))
                    .flatten()
                    .unwrap_or((ns, ne));
                return Some((
                    Attribution {
                        cue: cue_span,
                        subject: Subject::Np(ns, ne),
                        direct,
                        indirect,
                    },
                    ne,
                ));
            }
        }
    }
    // `Kanemori told a press conference at the office, adding that …`: a participle after
    // a comma goes on with the speaker before it, not with who was spoken to.
    let goes_on = participle && has_previous && cue.from > sa && p.w(cue.from - 1) == ",";
    // A verb joined by `and` to the one before shares its subject (`Gov. Evelyn Marchetti
    // declared an emergency and said that …`, `The Met Office has issued a warning for the
    // West Midlands on Thursday, and said …`); so does one after `but` with no comma
    // (`Osei declined to comment on the draft but said …`; not `…, but repeated episodes
    // …`, where `but` opens a clause with its own subject); and a participle after a comma
    // (`Nwachukwu spoke for an hour, telling the court that …`).
    // (`…, but said …` too: a verb of saying is no participle, unlike `…, but repeated
    // episodes …`.)
    // (An auxiliary or an adverb may stand between: `…, and has repeatedly said that`.)
    let mut join = cue.from;
    while join > sa + 1
        && cue.from - join < 3
        && (matches!(p.w(join - 1), "has" | "have" | "had" | "also") || is_ly_adverb(p.w(join - 1)))
        && !p.quoted(join - 1)
    {
        join -= 1;
    }
    // (`…, but warned that …`: a verb that takes its `that` is no noun either.)
    let takes_that = cue.to < sb && p.w(cue.to) == "that";
    let joined_verb = join > sa
        && (p.w(join - 1) == "and"
            || p.w(join - 1) == "but"
                && (join < 2 || p.w(join - 2) != "," || strong(lemma) || takes_that));
    let sentence_subject = || {
        let start = skip_adverbial(p, sa, cue.from);
        match np_forward(p, start, cue.from) {
            // (A subject longer than the phrase reads forward ends before the first verb:
            // `Head of the Hydrobiology Laboratory of … Lilit Hakobyan welcomed the
            // decision, but noted that`.)
            Some((s, e)) if s == start && e < cue.from && e - s >= NP_FORWARD_TOKENS => {
                let before_verb = (e + 1..join)
                    .find(|&k| !p.quoted(k) && is_finite_marker(p.w(k)))
                    .and_then(|verb| np_backward(p, verb, start).filter(|&(_, ne)| ne == verb));
                let (s, e) = before_verb.unwrap_or((s, e));
                Some(Subject::Np(s, e))
            }
            Some((s, e)) if s == start && e < cue.from => Some(Subject::Np(s, e)),
            _ => None,
        }
    };
    let subject = if goes_on || joined_verb && has_previous && prev_is_break {
        Subject::Inherit
    } else if joined_verb {
        sentence_subject()?
    } else {
        // `“…,” said Make Thandiwe Shongwe, a farmer from Sigcaweni, who said she was
        // owed …`: a relative pronoun's antecedent may be the speaker of the attribution
        // before, in the region it closed.
        let relative_after_speaker = region_start > sa
            && cue.from >= region_start + 2
            && p.w(cue.from - 1) == "who"
            && p.w(cue.from - 2) == ","
            && cue.from - 2 <= region_start;
        let lo = if relative_after_speaker {
            sa
        } else {
            region_start.max(sa)
        };
        // `An official, who … is not authorised to speak to the media, disputed those
        // figures, saying …`: before a participle after a comma, a phrase that a word
        // governs (`to the media`, `disputed those figures`) is an object; the sentence's
        // subject speaks.
        let participle_after_object = |(s, _): (usize, usize)| {
            participle
                && cue.from > sa + 1
                && p.w(cue.from - 1) == ","
                && s > sa
                && p.tokens[s - 1].kind == Kind::Word
                && !is_capitalized(p.w(s - 1))
        };
        let np = np_backward(p, cue.from, lo);
        let np = match np.filter(|&np| participle_after_object(np)) {
            Some(_) => sentence_subject()
                .and_then(|s| match s {
                    Subject::Np(a, b) => Some((a, b)),
                    Subject::Inherit => None,
                })
                .or(np),
            None => np,
        };
        match np {
            Some((s, e)) => Subject::Np(s, e),
            None => match possessive_product(p, cue.from, region_start.max(sa)) {
                Some(np) => Subject::Np(np.0, np.1),
                None if has_previous && prev_is_break => Subject::Inherit,
                None if cue.from > sa && participle && p.w(cue.from - 1) == "," => {
                    clause_subject_before(p, sa, cue.from - 1)
                        .map_or_else(sentence_subject, |(s, e)| Some(Subject::Np(s, e)))?
                }
                None => return None,
            },
        }
    };
    let quote_only = class == VerbClass::Quote;
    if class == VerbClass::Statement {
        // `issued a statement`: introduces what follows without a clause of its own.
        let direct = p
            .passages_in(cue.to, sb)
            .into_iter()
            .filter(|&pi| p.is_speech(pi))
            .collect();
        return Some((
            Attribution {
                cue: cue_span,
                subject,
                direct,
                indirect: Vec::new(),
            },
            sb,
        ));
    }
    // `Speaking to this paper on Wednesday, Mr Teeluck said:` ending the paragraph: the
    // quotation follows in the next one, and the speaker is the one it goes on from.
    let colon_ends_paragraph = (cue.to..p.tokens.len().min(cue.to + 8))
        .find(|&k| p.w(k) == ":")
        .is_some_and(|k| {
            k + 1 == p.tokens.len()
                && (cue.to..k).all(|j| p.tokens[j].kind == Kind::Word && !p.quoted(j))
        });
    if colon_ends_paragraph && matches!(cue.form, Form::Verb(VerbClass::Speech, _)) {
        let att = Attribution {
            cue: cue_span,
            subject,
            direct: Vec::new(),
            indirect: Vec::new(),
        };
        return Some((att, sb));
    }
    let start = match content_start(p, cue, lemma, sb) {
        // `asked consumers to “stop using these power banks immediately”`: a request
        // reports nothing, but its quoted words are the speaker's.
        After::Request => {
            let end = next_cue.max(cue.to).min(sb);
            let direct: Vec<usize> = p
                .passages_in(cue.to, end)
                .into_iter()
                .filter(|&pi| p.is_speech(pi))
                .collect();
            if direct.is_empty() {
                return None;
            }
            let att = Attribution {
                cue: cue_span,
                subject,
                direct,
                indirect: Vec::new(),
            };
            return Some((att, end));
        }
        After::Content(cs) => Some(cs),
        After::Nothing => None,
    };
    if let Some(cs) = start {
        let end = next_cue.max(cs).min(sb);
        let end = clause_end(p, cs, end);
        // Verbs that also take plain objects (`maintained a policy`, `announced the
        // locations that …`) need a clause: `that`, a quotation, or a finite verb early on.
        if !strong(lemma) && !quote_only && !reads_as_clause(p, cue.to, cs, end) {
            return None;
        }
        let (mut direct, mut indirect) = content(p, cs, end);
        // `A neighbor had sent her a video …, she said, “and then the power went out.”`:
        // the quotation carries on a clause said before the speaker.
        let carries_on = cs == cue.to + 1
            && p.w(cue.to) == ","
            && p.opens[cs].is_some_and(|pi| {
                p.passages[pi]
                    .content
                    .of(p.text)
                    .starts_with(|c: char| c.is_lowercase())
            });
        if carries_on && !quote_only {
            if let Some((_, before)) = said_before(p, subject, region_start) {
                indirect.splice(0..0, before);
            }
        }
        if quote_only {
            indirect.clear();
            for pi in p.passages_in(cs, end) {
                if !direct.contains(&pi) && p.speech(pi, true) {
                    direct.push(pi);
                }
            }
            direct.sort_unstable();
        }
        // A quotation split by its attribution: `“We will win,” Jane Doe said, “and …”`.
        if let Subject::Np(ns, _) = subject {
            let before = ns.checked_sub(1).filter(|&k| k >= region_start);
            if let Some(pi) =
                before.and_then(|k| p.in_passage[k].filter(|&pi| p.passages[pi].close == Some(k)))
            {
                if p.is_speech(pi) {
                    direct.insert(0, pi);
                }
            }
        }
        if direct.is_empty() && indirect.is_empty() {
            return None;
        }
        return Some((
            Attribution {
                cue: cue_span,
                subject,
                direct,
                indirect,
            },
            end,
        ));
    }
    if quote_only {
        return None;
    }
    if let Some(att) = parenthetical(p, cue, class, subject, sa.max(region_start), sb) {
        // `…, the company said, adding that a ship had been booked`: a participle of
        // saying after the cue is a cue of its own, read next.
        let adds = cue.to + 2 < sb
            && matches!(
                p.w(cue.to + 1),
                "adding" | "noting" | "saying" | "stressing"
            )
            && att
                .direct
                .iter()
                .all(|&d| p.passages[d].content.end <= p.tokens[cue.from].span.start);
        return Some((att, if adds { cue.to + 1 } else { sb }));
    }
    // Nothing follows but adverbials: what was said comes before the speaker.
    let (direct, indirect) = said_before(p, subject, region_start)?;
    if direct.is_empty() && indirect.is_empty() {
        return None;
    }
    Some((
        Attribution {
            cue: cue_span,
            subject,
            direct,
            indirect,
        },
        cue.to,
    ))
}

/// What was said before the speaker's phrase, from the sentence's start up to the comma or
/// closing mark right before it: `…, Whitaker said.`
fn said_before(p: &Para, subject: Subject, region_start: usize) -> Option<(Vec<usize>, Vec<Span>)> {
    let Subject::Np(ns, _) = subject else {
        return None;
    };
    let mut k = ns.checked_sub(1).filter(|&k| k >= region_start)?;
    // `“Dati, …,” (Before, our tubs were full.) fisherman Ramon Cabatingan said`: a
    // translation in brackets between the quotation and its speaker.
    if p.w(k) == ")" {
        let open = (region_start.max(k.saturating_sub(60))..k)
            .rev()
            .find(|&j| p.w(j) == "(" && !p.quoted(j));
        if let Some(j) = open.filter(|&j| j > region_start && p.closes(j - 1)) {
            k = j - 1;
        }
    }
    let closes = p.closes(k);
    if p.w(k) != "," && !closes {
        return None;
    }
    let re = if p.w(k) == "," { k } else { k + 1 };
    let rs = skip_adverbial(p, region_start, re);
    let (direct, indirect) = content(p, rs, re);
    // A clause needs a verb; a sentence of its own before `, Whitaker said.` has one even
    // when it is a bare present (`An audit … costs …`). A short one needs a word that can
    // be a present verb (`The timeline now looks unlikely`).
    let present_verb = (rs + 2..re).any(|j| {
        let w = p.w(j);
        w.len() > 3 && w.ends_with('s') && w.starts_with(|c: char| c.is_lowercase())
    });
    let sentence_like = (re - rs >= 6 || re - rs >= 4 && present_verb)
        && !is_preposition(&lower(p.w(rs)))
        && !p.w(rs).ends_with("ing")
        && (is_capitalized(p.w(rs)) || is_determiner(p.w(rs)));
    let finite = sentence_like || (rs..re).any(|j| !p.quoted(j) && is_finite_marker(p.w(j)));
    let indirect = if finite { indirect } else { Vec::new() };
    Some((direct, indirect))
}

/// `The decision, she said, was “a betrayal of savers”.`: a cue set off by commas inside
/// the sentence, which it splits. The quotations of the sentence are the speaker's; the
/// words around it are no substring of the text, so nothing is reported indirectly —
/// unless what follows only adds to a sentence said whole (`…, she said, leaving …`).
fn parenthetical(
    p: &Para,
    cue: Cue,
    class: VerbClass,
    subject: Subject,
    from: usize,
    sb: usize,
) -> Option<Attribution> {
    let Subject::Np(ns, _) = subject else {
        return None;
    };
    let set_off = class == VerbClass::Speech
        && ns > from + 1
        && p.w(ns - 1) == ","
        && !p.quoted(ns - 1)
        && cue.to + 1 < sb
        && p.w(cue.to) == ","
        && !p.quoted(cue.to);
    if !set_off {
        return None;
    }
    let direct: Vec<usize> = p
        .passages_in(from, sb)
        .into_iter()
        .filter(|&pi| p.is_speech(pi))
        .collect();
    // `Customers pulled orders forward, Raman said, leaving the half “weaker …”`: a
    // participle after the speaker adds to a sentence said whole before it.
    let participle_after = p.tokens[cue.to + 1].kind == Kind::Word
        && p.w(cue.to + 1).ends_with("ing")
        && !is_capitalized(p.w(cue.to + 1));
    // `Over the long term, he says, the region will have to decide …`: after an opening
    // adverbial, all that was said follows the cue.
    let after_adverbial = skip_adverbial(p, from, ns) == ns && ns > from;
    let indirect = if participle_after {
        said_before(p, subject, from).map_or(Vec::new(), |(_, indirect)| indirect)
    } else if after_adverbial {
        content(p, cue.to + 1, sb).1
    } else {
        Vec::new()
    };
    (!direct.is_empty() || !indirect.is_empty()).then(|| Attribution {
        cue: p.span(cue.from, cue.to),
        subject,
        direct,
        indirect,
    })
}

/// Whether only adverbials come between the sentence start and `i`.
fn leads_sentence(p: &Para, sa: usize, i: usize) -> bool {
    // (After a label: `Details: According to Dzhurenko, …`.)
    let labelled = i == sa + 2 && p.w(sa + 1) == ":" && is_capitalized(p.w(sa));
    i == sa
        || labelled
        || (i > sa && p.w(i - 1) == "," && skip_adverbial(p, sa, i) == i)
        || (sa..i).all(|k| p.tokens[k].kind != Kind::Word)
}

/// Skip an introductory adverbial ending in a comma: `At the same time, …`,
/// `In a rare meeting earlier this week, …`, `However, …`.
fn skip_adverbial(p: &Para, from: usize, to: usize) -> usize {
    if from >= to || p.quoted(from) {
        return from;
    }
    let w = p.w(from);
    // `But long-term exposure has been linked to cancers, thyroid disease …`: a
    // conjunction is one word, whatever comes before the next comma; an adverbial may
    // follow it (`But in March, …`).
    if matches!(w, "But" | "And" | "Yet") {
        let next = if p.tokens.get(from + 1).is_some_and(|_| p.w(from + 1) == ",") {
            from + 2
        } else {
            from + 1
        };
        return skip_adverbial(p, next, to);
    }
    // (After the conjunction, the opener is in lower case: `But in March, …`.)
    let after_conjunction = from > 0 && matches!(p.w(from - 1), "But" | "And" | "Yet" | ",");
    let capitalized;
    let w = match w.chars().next() {
        Some(c) if after_conjunction && c.is_lowercase() => {
            capitalized = c
                .to_uppercase()
                .chain(w[c.len_utf8()..].chars())
                .collect::<String>();
            capitalized.as_str()
        }
        _ => w,
    };
    let opener = matches!(
        w,
        "At" | "In"
            | "On"
            | "During"
            | "After"
            | "Before"
            | "However"
            | "Meanwhile"
            | "Also"
            | "So"
            | "Still"
            | "Yet"
            | "Instead"
            | "Moreover"
            | "Furthermore"
            | "Separately"
            | "Earlier"
            | "Later"
            | "Now"
            | "Today"
            | "Yesterday"
            | "Last"
            | "This"
            | "For"
            | "From"
            | "With"
            | "Under"
            | "Since"
            | "Despite"
            | "Amid"
            | "Following"
            | "By"
            | "Then"
            | "Indeed"
            | "Thus"
            | "Allegedly"
            | "Overall"
            | "Finally"
            | "Ultimately"
            | "Previously"
            | "Recently"
            | "Currently"
            | "Over"
            | "Within"
            | "Across"
            | "Throughout"
            | "Until"
            | "Through"
            | "Among"
            | "Beyond"
            | "Without"
            | "Unlike"
            | "Likewise"
            | "Besides"
            | "Otherwise"
            | "Nonetheless"
            | "Nevertheless"
            | "Therefore"
            | "Hence"
            | "Elsewhere"
    );
    if from + 1 < to && one_word_adverbial(p, from) {
        return from + 2;
    }
    if !opener {
        return from;
    }
    // `At least 3,400 persons have been displaced in the Wadata, …`: after a preposition,
    // an auxiliary before the comma shows the main clause, not an adverbial.
    let preposition = is_preposition(&w.to_ascii_lowercase());
    for k in from + 1..to.min(from + 12) {
        if p.quoted(k) || preposition && is_auxiliary(p.w(k)) {
            break;
        }
        if p.w(k) == "," {
            return k + 1;
        }
    }
    from
}

/// `Reacting, the commissioner said`, `Contacted, the officer claimed`: one participle or
/// adverb opening the sentence, set off by a comma.
/// Not a place or a name that ends the same way (`Beijing, which has …, said`).
fn one_word_adverbial(p: &Para, i: usize) -> bool {
    let w = p.w(i);
    let named = Flag::CountryStart as u32 | Flag::GivenName as u32 | Flag::OutletStart as u32;
    p.tokens[i].kind == Kind::Word
        && !p.quoted(i)
        && p.tokens[i].flags & named == 0
        && p.tokens.get(i + 1).is_some_and(|_| p.w(i + 1) == ",")
        && p.tokens
            .get(i + 2)
            .is_none_or(|_| !matches!(p.w(i + 2), "which" | "who" | "whose" | "where"))
        && w.len() > 4
        && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
}

/// Verbs of saying that need no further sign that a clause follows.
fn strong(lemma: &str) -> bool {
    matches!(lemma, "say" | "tell" | "quote as saying")
}

/// Whether what follows a verb at `[cs, end)` reads as a clause rather than an object:
/// introduced by `that` or a quotation, or a finite verb before any relative pronoun.
fn reads_as_clause(p: &Para, cue_end: usize, cs: usize, end: usize) -> bool {
    if cs > 0
        && (p.w(cs - 1) == "that"
            || p.opens[cs].is_some()
            || cs > cue_end && p.opens[cs - 1].is_some())
    {
        return true;
    }
    if p.opens[cs].is_some() || is_wh_word(p.w(cs)) || (cue_end..cs).any(|k| p.w(k) == "that") {
        return true;
    }
    // `insist she retains …`: a subject pronoun opens a clause (an object would be `her`).
    if matches!(p.w(cs), "he" | "she" | "they" | "we" | "I") {
        return true;
    }
    for k in cs..end.min(cs + 11) {
        let w = p.w(k);
        if matches!(w, "that" | "which" | "who" | "whom" | "whose") {
            return k > cs && relative_then_verb(p, k, end);
        }
        // `the company’s own handbook`: an owner's `’s`, unless it stands for `is` (`it’s`).
        let owner = p.tokens[k].kind == Kind::Possessive
            && !matches!(
                lower(p.w(k - 1)).as_ref(),
                "it" | "he" | "she" | "that" | "there" | "what" | "who" | "here"
            );
        if !p.quoted(k) && k > cs && !owner && is_finite_marker(w) {
            return true;
        }
        // `believes the whole debate over the subsidy misses the point`: a present verb
        // in `-s` between a plain noun and its object.
        let present = k > cs + 1
            && k + 1 < end
            && !p.quoted(k)
            && shaped_as_present(p, k)
            && p.tokens[k - 1].kind == Kind::Word
            && !is_capitalized(p.w(k - 1))
            && !is_determiner(p.w(k - 1))
            && !is_preposition(p.w(k - 1))
            && !p.w(k - 1).ends_with('s')
            && !matches!(p.w(k - 1), "hundred" | "thousand" | "million" | "billion")
            // (or an intransitive one and its preposition: `the real problem lies with`,
            // `the problem lies not only in`, `goes well beyond`)
            && matches!(
                p.w(k + 1),
                "the" | "its" | "their" | "his" | "her" | "no" | "with" | "not" | "well" | "far"
            );
        if present {
            return true;
        }
        // A quotation soon after the verb (`noted the findings "show …"`) is what was said;
        // not one set off by a comma (`showed jurors the handbook, “Working Safe,” which`).
        let set_off = k > cs && p.w(k - 1) == ",";
        if !set_off && p.opens[k].is_some_and(|pi| p.is_speech(pi)) {
            return true;
        }
    }
    false
}

/// `found patients who waited more than 12 hours were more likely …`: a relative clause
/// on the clause's subject, its verb, then the clause's own auxiliary — not an object
/// and its relative clause (`announced the locations that would be closed`).
fn relative_then_verb(p: &Para, relative: usize, end: usize) -> bool {
    let end = end.min(relative + 16);
    let is_verb = |k: usize| !p.quoted(k) && is_finite_marker(p.w(k));
    let Some(first) = (relative + 1..end).find(|&k| is_verb(k)) else {
        return false;
    };
    let mut k = first;
    while k < end && is_verb(k) {
        k += 1;
    }
    (k + 1..end)
        .take_while(|&j| !matches!(p.w(j), "," | ";" | ":" | "and" | "but"))
        .any(|j| {
            p.tokens[j].kind == Kind::Word
                && !p.quoted(j)
                && is_auxiliary(p.w(j))
                && !is_verb(j - 1)
        })
}

/// What follows a cue.
enum After {
    /// What was said starts at this token.
    Content(usize),
    /// A request (`asked X to …`): nothing was reported as said.
    Request,
    /// Nothing but adverbials.
    Nothing,
}

/// Where what a cue attributes begins, when it follows the cue.
fn content_start(p: &Para, cue: Cue, lemma: &str, sb: usize) -> After {
    match content_after(p, cue, lemma, sb) {
        Some(Some(cs)) => After::Content(cs),
        Some(None) => After::Nothing,
        None => After::Request,
    }
}

/// `None` for a request, `Some(None)` for nothing, `Some(Some(start))` for content.
fn content_after(p: &Para, cue: Cue, lemma: &str, sb: usize) -> Option<Option<usize>> {
    let mut i = cue.to;
    if i >= sb {
        return Some(None);
    }
    if matches!(lemma, "call") && matches!(p.w(i), "on" | "for" | "off" | "in" | "up" | "out") {
        return None;
    }
    if takes_object(lemma) {
        let after_hearer = skip_object(p, i, sb)?;
        // `backbenchers warn communities will lose their say`: where the hearer may be
        // left out, words before an auxiliary are the clause's subject, not a hearer.
        let hearer_optional = matches!(
            lemma,
            "warn" | "caution" | "promise" | "show" | "write" | "email" | "text"
        );
        let subject_of_clause = hearer_optional
            && !is_object_pronoun(p.w(i))
            && (i + 1..=after_hearer.min(sb - 1)).any(|k| is_auxiliary(p.w(k)));
        if !subject_of_clause {
            i = after_hearer;
        }
        // `told the House of Assembly today [Nov 29] that`: a date in brackets after the
        // hearer.
        if i < sb && matches!(p.w(i), "[" | "(") {
            let close = (i + 1..sb.min(i + 6)).find(|&k| matches!(p.w(k), "]" | ")"));
            if let Some(c) = close.filter(|&c| c + 1 < sb && p.w(c + 1) == "that") {
                i = c + 1;
            }
        }
        if i >= sb {
            return Some(None);
        }
    }
    Some(clause_start(p, cue, lemma, i, sb))
}

fn clause_start(p: &Para, cue: Cue, lemma: &str, i: usize, sb: usize) -> Option<usize> {
    let w = p.w(i);
    // `said, however, that …`: a sentence adverb set off by commas.
    if w == "," && i + 3 < sb && p.w(i + 2) == "," && is_sentence_adverb(p.w(i + 1)) {
        return clause_start(p, cue, lemma, i + 3, sb);
    }
    if matches!(w, ":" | ",") && i + 1 < sb && p.opens[i + 1].is_some() {
        return Some(i + 1);
    }
    // `As Heald told The Huffington Post, US surface ozone has dropped …`
    if w == "," && i + 1 < sb && clause_can_start(p, i + 1) {
        let next = p.w(i + 1);
        let leads_on = is_preposition(next)
            || is_clause_word(next)
            || next.ends_with("ing")
            || matches!(next, "adding" | "saying" | "noting");
        if !leads_on && (takes_object(lemma) || as_before_speaker(p, cue.from)) {
            return Some(i + 1);
        }
    }
    if p.opens[i].is_some() {
        return Some(i);
    }
    if w == "that" {
        return Some(i + 1);
    }
    // `said only that he wanted to …`, `noted separately that …`
    if (w == "only" || is_ly_adverb(w)) && i + 1 < sb && p.w(i + 1) == "that" {
        return Some(i + 2);
    }
    // `said at least 40 patients had been transferred`, `said about one in five schools
    // would …`: a count, not an adverbial.
    if w == "at" && i + 1 < sb && matches!(p.w(i + 1), "least" | "most") {
        return Some(i);
    }
    // `said as many as one in five people …`, `said as much as 40% of …`
    if w == "as"
        && i + 2 < sb
        && matches!(
            p.w(i + 1),
            "many" | "much" | "few" | "little" | "high" | "low"
        )
        && p.w(i + 2) == "as"
    {
        return Some(i);
    }
    if matches!(w, "about" | "around" | "nearly" | "almost" | "roughly")
        && i + 1 < sb
        && (p.tokens[i + 1].kind == Kind::Number || is_count_word(p.w(i + 1)))
    {
        return Some(i);
    }
    // `told Bernama when contacted`, `said when asked about the plan, …`, `said while
    // addressing a programme`: when, not what; what was said follows a `that` or a comma,
    // if anything does.
    let when_asked = matches!(w, "when" | "while" | "after" | "once")
        && i + 1 < sb
        && p.tokens[i + 1].kind == Kind::Word
        && !is_capitalized(p.w(i + 1))
        && (p.w(i + 1).ends_with("ed") || p.w(i + 1).ends_with("ing"));
    if when_asked {
        let end =
            (i + 2..sb).find(|&k| p.quoted(k) || matches!(p.w(k), "," | ";" | ":" | "that"))?;
        return (end + 1 < sb && clause_can_start(p, end + 1)).then_some(end + 1);
    }
    if is_wh_word(w)
        && matches!(
            lemma,
            "ask" | "wonder" | "question" | "explain" | "tell" | "know" | "reveal"
        )
    {
        return Some(i);
    }
    // `said Thursday that …`, `said at the same panel discussion that …`: only across
    // adverbials, never across an object (`announced the locations that …`).
    // `said early evidence from Ireland suggested …`, `said this policy would fail`: a
    // time word that is no adverbial when no time follows it.
    // `said this year’s fires were …`: a time that owns the subject.
    let owned_time = i + 2 < sb && p.tokens[i + 2].kind == Kind::Possessive;
    let modifies_subject = matches!(w, "early" | "late" | "this" | "last" | "next")
        && i + 1 < sb
        && p.tokens[i + 1].kind == Kind::Word
        && !is_preposition(p.w(i + 1))
        && (owned_time
            || !is_weekday(p.w(i + 1))
                && !is_month(p.w(i + 1))
                && !is_when_word(p.w(i + 1))
                && !is_time_noun(p.w(i + 1)));
    if modifies_subject && clause_can_start(p, i) {
        return Some(i);
    }
    let adverbial_start = is_preposition(w)
        || is_weekday(w)
        || is_when_word(w)
        || matches!(w, "publicly" | "privately");
    if adverbial_start {
        // `said on Tuesday the ban would stay`, `said in a statement it would present`.
        if let Some(k) = clause_after_adverbial(p, i, sb) {
            return Some(k);
        }
        // (`said in its latest review of Egypt’s $8 billion loan programme that …`)
        for k in i..sb.min(i + 16) {
            // `wrote on X: “…”`, `said in a statement, “…”` (not a title set off by commas:
            // `found in a report, “Paying for the Storm,” that …`)
            let quote_after_comma = p.w(k) == ","
                && k + 1 < sb
                && p.opens[k + 1].is_some_and(|pi| {
                    p.is_speech(pi)
                        && p.passages[pi]
                            .close
                            .is_none_or(|c| c + 1 >= sb || p.w(c + 1) != "that")
                });
            if quote_after_comma || p.w(k) == ":" && k + 1 < sb && p.opens[k + 1].is_some() {
                return Some(k + 1);
            }
            // (A date's own commas: `announced on Tuesday, March 3, that`.)
            let date_comma = p.w(k) == ","
                && k + 1 < sb
                && (is_month(p.w(k + 1))
                    || p.w(k + 1) == "that" && k > i && p.tokens[k - 1].kind == Kind::Number);
            // (A work's title is part of the adverbial: `reported in its monthly “Reporte
            // de Conflictos Sociales” that`.)
            let speech = p.quoted(k) && p.in_passage[k].is_none_or(|pi| p.is_speech(pi));
            if speech || !p.quoted(k) && matches!(p.w(k), "," | ";" | ":") && !date_comma {
                break;
            }
            // `said in a video message that was later posted online`: a `that` with a
            // verb right after it starts a relative clause, not what was said.
            if p.w(k) == "that" && k > i {
                let relative = k + 1 < sb && is_auxiliary(p.w(k + 1));
                return (!relative).then_some(k + 1);
            }
        }
    }
    if is_preposition(w) || is_weekday(w) || is_when_word(w) {
        // An adverbial, then a clause after a comma (`estimated by 2050, …`), or nothing.
        let comma = (i..sb.min(i + 9)).find(|&k| p.w(k) == "," && !p.quoted(k))?;
        // `said on Wednesday, as Moscow pressed …`: a subordinate clause, not what was said.
        // `said on Tuesday, a setback for the brand`: a phrase with no verb describes.
        let next = comma + 1;
        // Not `said Monday, disclosing for the first time …`: a participle with its
        // object or adverbial adds to what was said before (`increasing population … would`
        // is a clause).
        let participle = is_participle_phrase_start(p.w(next))
            && next + 1 < sb
            && (is_preposition(p.w(next + 1)) || is_determiner(p.w(next + 1)));
        if next < sb
            && clause_can_start(p, next)
            && !is_clause_word(p.w(next))
            && !is_preposition(p.w(next))
            && !participle
            && (next..sb).any(|k| {
                // A past form before a preposition is a participle (`a brand built on`).
                let participle = !is_auxiliary(p.w(k)) && k + 1 < sb && is_preposition(p.w(k + 1));
                !p.quoted(k) && is_finite_marker(p.w(k)) && !participle
            })
        {
            return Some(i);
        }
        return None;
    }
    if clause_can_start(p, i) {
        return Some(i);
    }
    None
}

/// Where `Her own work`, `his research`, `their findings` starts, ending at `e`.
pub fn own_work_at(p: &Para, e: usize, lo: usize) -> Option<usize> {
    if e < lo + 2 || p.quoted(e - 1) || !is_work_noun(p.w(e - 1)) {
        return None;
    }
    let owner = if p.w(e - 2) == "own" && e >= lo + 3 {
        e - 3
    } else {
        e - 2
    };
    matches!(
        p.w(owner),
        "Her" | "her" | "His" | "his" | "Their" | "their"
    )
    .then_some(owner)
}

pub fn is_work_noun(w: &str) -> bool {
    matches!(
        w,
        "work"
            | "research"
            | "study"
            | "studies"
            | "analysis"
            | "findings"
            | "paper"
            | "modelling"
            | "modeling"
    )
}

/// `As the psychologist Lucinda Farrow has argued, …`, `As Solbakken has put it, …`: the
/// sentence opens on `As`, the speaker and the cue.
fn as_before_speaker(p: &Para, cue: usize) -> bool {
    (cue.saturating_sub(10)..cue)
        .rev()
        .take_while(|&k| p.tokens[k].kind == Kind::Word && !p.quoted(k))
        .any(|k| matches!(p.w(k), "As" | "as"))
}

/// The start of a clause right after a short adverbial that begins at `i`: a subject (a
/// pronoun, or a noun phrase of a few plain words) directly followed by a finite verb.
/// A word that starts an adverbial of time after a cue: `said late on Monday that …`,
/// `said again …`.
/// A noun of time after `this`, `last`, `early` …: `this year`, `late morning`.
fn is_time_noun(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "years"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "day"
            | "days"
            | "weekend"
            | "time"
            | "season"
            | "quarter"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "decade"
            | "century"
            | "term"
            | "session"
            | "hour"
            | "hours"
            | "minute"
            | "round"
    )
}

fn is_when_word(w: &str) -> bool {
    matches!(
        w,
        "this"
            | "last"
            | "next"
            | "yesterday"
            | "today"
            | "earlier"
            | "later"
            | "late"
            | "early"
            | "overnight"
            | "recently"
            | "repeatedly"
            | "again"
    )
}

fn clause_after_adverbial(p: &Para, i: usize, sb: usize) -> Option<usize> {
    let subject_pronoun = |w: &str| matches!(w, "he" | "she" | "it" | "they" | "we" | "I");
    for k in i + 1..sb.min(i + 8) {
        let w = p.w(k);
        if p.quoted(k) || p.tokens[k].kind != Kind::Word || w == "that" {
            return None;
        }
        // `cautioned against drawing conclusions before the investigation is complete`: the
        // clause after a subordinator says when, not what.
        if matches!(
            w,
            "before"
                | "after"
                | "until"
                | "unless"
                | "because"
                | "when"
                | "while"
                | "although"
                | "though"
                | "once"
        ) {
            return None;
        }
        // An -ed form before a preposition is a participle (`a panel discussion hosted by`).
        let verb_at = |j: usize| {
            j < sb
                && !p.quoted(j)
                && p.tokens[j].kind == Kind::Word
                && is_finite_marker(p.w(j))
                && (is_auxiliary(p.w(j))
                    || !p.w(j).ends_with("ed")
                    || j + 1 < sb && !is_preposition(p.w(j + 1)))
        };
        if subject_pronoun(w) {
            return verb_at(k + 1).then_some(k);
        }
        // `asked in parliament how a plant …`: an indirect question after the adverbial
        // (not a preposition's object: `questions from MPs about how …`).
        if k > i + 1 && matches!(w, "how" | "whether" | "why") && !is_preposition(p.w(k - 1)) {
            return Some(k);
        }
        // `said on Sunday Nairobi had formally lodged a complaint`: a name after the day,
        // then its verb.
        let after_day =
            k > i && (is_weekday(p.w(k - 1)) || matches!(p.w(k - 1), "yesterday" | "today"));
        if after_day && is_capitalized(w) && !is_capitalized_function_word(w) && !is_weekday(w) {
            let mut j = k;
            while j < sb.min(k + 4) && p.tokens[j].kind == Kind::Word && is_capitalized(p.w(j)) {
                j += 1;
            }
            if verb_at(j) {
                return Some(k);
            }
        }
        // (Right after the preposition, the determiner opens its object: `in a notice
        // filed Friday`, `in a statement the ban would …`.)
        let object = k == i + 1 && is_preposition(p.w(i));
        if matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her") && !object {
            // `the ban would`: determiner, a few words, the verb.
            // (An owner among them: `the cabinet’s plans were`.)
            let mut j = k + 1;
            let owner = |j: usize| {
                p.tokens[j].kind == Kind::Possessive && p.tokens[j - 1].kind == Kind::Word
            };
            while j < sb.min(k + 5)
                && (p.tokens[j].kind == Kind::Word || owner(j))
                && !p.quoted(j)
                && (!is_finite_marker(p.w(j)) || owner(j))
                && !is_preposition(p.w(j))
                && !subject_pronoun(p.w(j))
                && !is_clause_word(p.w(j))
            {
                j += 1;
            }
            if j > k + 1 && verb_at(j) {
                return Some(k);
            }
        }
    }
    None
}

fn clause_can_start(p: &Para, i: usize) -> bool {
    let t = p.tokens[i];
    match t.kind {
        // Not a verb (`ruled was of …`) nor a conjunction; a participle may modify the
        // subject when an auxiliary follows soon (`said armed men had crossed`).
        Kind::Word | Kind::Number => {
            let w = p.w(i);
            if matches!(w, "to" | "and" | "or" | "but") {
                return false;
            }
            if is_auxiliary(w) {
                return false;
            }
            // `said so-called “night buyers” pay cash`: an adjective made with a hyphen,
            // not a verb (`re-elected` and `co-founded` are).
            let hyphen_adjective = w.split_once('-').is_some_and(|(first, _)| {
                !matches!(
                    first,
                    "re" | "co" | "pre" | "un" | "de" | "mis" | "over" | "out"
                )
            });
            !is_finite_marker(w) || hyphen_adjective || participle_then_auxiliary(p, i)
        }
        Kind::Quote => p.opens[i].is_some(),
        // `said ₹20,000 a hectare would be paid`: an amount of money.
        Kind::Punct => {
            is_currency_sign(p.w(i))
                && p.tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == Kind::Number && !t.space_before)
        }
        _ => false,
    }
}

fn is_currency_sign(w: &str) -> bool {
    let mut chars = w.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    matches!(c, '$' | '£' | '¥') || ('\u{20A0}'..='\u{20CF}').contains(&c)
}

/// `armed men had …`: an `-ed` word, a word or two, then an auxiliary, no punctuation.
/// (Or a verb of saying or finding with its `that`, a few words on: `said repeated
/// closures of Torkham show that …`.)
fn participle_then_auxiliary(p: &Para, i: usize) -> bool {
    let end = p.tokens.len().min(i + 6);
    for k in i + 1..end {
        if p.tokens[k].kind != Kind::Word || p.quoted(k) {
            return false;
        }
        let verb_then_that = p.tokens[k].flags & Flag::Verb as u32 != 0
            && p.tokens.get(k + 1).is_some_and(|_| p.w(k + 1) == "that");
        // (`said registered fishers from Dennery will receive`: a place after the noun.)
        if is_auxiliary(p.w(k)) && k <= i + 5 || verb_then_that {
            return k > i + 1;
        }
    }
    false
}

/// Skip the hearer after `told`/`asked`: `CBC News`, `the court`, `reporters`, `him`,
/// `the governments of the region`. `None` for a request (`asked X (not) to …`).
fn skip_object(p: &Para, i: usize, sb: usize) -> Option<usize> {
    let w = p.w(i);
    // `wrote in a memo that …`: an adverbial, not a hearer (`to` may start a request).
    // Nor a subject pronoun: `warned they treat the symptom`.
    if w != "to" && is_preposition(w) || matches!(w, "he" | "she" | "they" | "we" | "I") {
        return Some(i);
    }
    let mut j = i;
    // (`asked her colleagues`: `her` owning a noun, not the hearer.)
    let owner_her =
        w == "her" && p.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word) && i + 1 < sb && {
            let next = p.w(i + 1);
            next.starts_with(|c: char| c.is_lowercase())
                && next != "that"
                && next != "to"
                && !is_clause_word(next)
                && !is_preposition(next)
                && !is_finite_marker(next)
        };
    if is_object_pronoun(w) && !owner_her {
        j += 1;
    } else if is_capitalized(w) {
        // `CBC News`, `BBC Radio 4’s Today programme`
        while j < sb
            && (is_capitalized(p.w(j))
                || p.tokens[j].kind == Kind::Possessive
                || p.tokens[j].kind == Kind::Number
                || (is_name_connector(p.w(j)) && j + 1 < sb && is_capitalized(p.w(j + 1))))
        {
            j += 1;
        }
        // A plain noun closing the hearer's name at the sentence end (`… Today programme.`).
        if j + 2 >= sb && (j..sb).all(|k| p.tokens[k].kind == Kind::Word && p.w(k) != "that") {
            j = sb;
        }
        // Or before `that` (`told LTV's De Facto programme that …`).
        if j + 1 < sb
            && p.w(j + 1) == "that"
            && p.tokens[j].kind == Kind::Word
            && !p.quoted(j)
            && p.w(j).starts_with(|c: char| c.is_lowercase())
            && !is_clause_word(p.w(j))
            && !is_finite_marker(p.w(j))
            && !is_preposition(p.w(j))
        {
            j += 1;
        }
    } else if p.tokens[i].kind == Kind::Word {
        // `[the] (word)* [of [the] (word)*]`, a few words at most, before the clause.
        let mut k = i;
        let mut after_of = false;
        // `the BBC’s Today programme`: an owner's possessive stays inside the hearer.
        let in_object = |k: usize| matches!(p.tokens[k].kind, Kind::Word | Kind::Possessive);
        while k < sb && k < i + 8 && in_object(k) && !p.quoted(k) {
            let x = p.w(k);
            if x == "that" || is_wh_word(x) || x == "to" || x == "not" || is_clause_word(x) {
                break;
            }
            // `told the Star she had heard`: a subject pronoun opens the clause.
            if k > i && pronoun(x).is_some() {
                break;
            }
            if k > i && is_determiner(x) && !after_of {
                break;
            }
            // `told a news conference at his ministry`: the place is no part of the hearer.
            if k > i && x != "of" && is_preposition(x) {
                break;
            }
            after_of = x == "of";
            k += 1;
            // A plural noun or a known hearer ends the object (`reporters`, `the press`),
            // unless it only describes the next word (`a press conference`, `a media
            // briefing`).
            let describes_next = k < sb && matches!(p.w(k), "conference" | "briefing" | "call");
            if !describes_next
                && (lexicon().groups.contains_key(x) && k < sb && p.w(k) != "of"
                    || matches!(x, "press" | "court" | "media" | "reporters" | "journalists"))
            {
                break;
            }
        }
        j = k;
    }
    let request = |k: usize| k + 1 < sb && p.w(k) == "to" && !is_capitalized(p.w(k + 1));
    if j < sb && (request(j) || (p.w(j) == "not" && request(j + 1))) {
        return None;
    }
    Some(j)
}

/// Where a reported clause ends: a semicolon, `, while`, `, but`, `, according to`.
fn clause_end(p: &Para, cs: usize, end: usize) -> usize {
    for k in cs..end {
        if p.quoted(k) {
            continue;
        }
        let w = p.w(k);
        if w == ";" {
            return k;
        }
        // Not `, but that …`: a second clause the same verb reports.
        // Nor `has encouraged, but not required, companies to …`: a verb set off in commas.
        if w == ","
            && k + 1 < end
            && matches!(p.w(k + 1), "while" | "but" | "whereas" | "according")
            // (Nor `could work, but only if the money was ring-fenced`: a condition.)
            && !(p.w(k + 1) == "but"
                && k + 2 < end
                && matches!(p.w(k + 2), "that" | "not" | "only" | "also" | "if" | "with" | "without"))
        {
            return k;
        }
    }
    end
}

/// Direct and reported parts of `[from, to)`. A clause list joined by `and that` is split.
fn content(p: &Para, from: usize, to: usize) -> (Vec<usize>, Vec<Span>) {
    let mut direct = Vec::new();
    let mut indirect = Vec::new();
    let mut start = from;
    let mut k = from;
    while k <= to {
        // `… and that …`, `… but that …`: a second clause reported by the same verb.
        let split = k == to
            || (k + 1 < to
                && !p.quoted(k)
                && matches!(p.w(k), "and" | "but")
                && p.w(k + 1) == "that");
        if split {
            clause(p, start, k, &mut direct, &mut indirect);
            start = k + 2;
            k += 2;
            continue;
        }
        k += 1;
    }
    (direct, indirect)
}

fn clause(p: &Para, from: usize, to: usize, direct: &mut Vec<usize>, indirect: &mut Vec<Span>) {
    if from >= to {
        return;
    }
    let speech: Vec<usize> = p
        .passages_in(from, to)
        .into_iter()
        .filter(|&pi| {
            p.is_speech(pi) || is_all_that_was_said(p, pi, from, to) || is_quoted_phrase(p, pi)
        })
        .collect();
    let first_quote = speech.first().map_or(to, |&pi| p.passage_start(pi));
    let mut a = from;
    while a < first_quote
        && (matches!(p.w(a), "that" | "," | ":")
            || p.tokens[a].kind == Kind::Punct && p.w(a) != "(" && !is_currency_sign(p.w(a)))
    {
        a += 1;
    }
    let mut b = first_quote;
    // Trailing punctuation goes, but not a sign that belongs to the number before it (`38%`).
    while b > a
        && (p.tokens[b - 1].kind == Kind::Punct && !matches!(p.w(b - 1), "%" | "‰")
            || matches!(p.w(b - 1), "and" | "but" | "or" | "that"))
        && !p.quoted(b - 1)
    {
        b -= 1;
    }
    // An opening mark left at the end belongs to what follows.
    while b > a
        && p.quoted(b - 1)
        && p.tokens[b - 1].kind == Kind::Quote
        && p.in_passage[b - 1].is_none_or(|pi| p.passages[pi].close != Some(b - 1))
    {
        b -= 1;
    }
    if b > a {
        // `… was ready to show “real flexibility”`: an infinitive whose object is the
        // quotation right after it.
        let infinitive_into_quote =
            b == first_quote && b - a >= 2 && p.w(b - 2) == "to" && !is_capitalized(p.w(b - 1));
        // `crews had been working “around the clock”`: a quotation opening with a
        // preposition is an adverbial; the verb before it needs no object.
        let adverbial_quote = b == first_quote
            && speech.first().is_some_and(|&pi| {
                let content = p.passages[pi].content.of(p.text);
                content
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && is_preposition(w))
            });
        let open_before_adverbial = || {
            let last = lower(p.w(b - 1));
            // (`had been working`: a progressive is whole.)
            let progressive = last.ends_with("ing")
                && matches!(p.w(b - 2), "been" | "was" | "were" | "is" | "are" | "be");
            b >= a + 3
                && (!leaves_clause_open(last.as_ref()) || progressive)
                && p.tokens[b - 1].kind == Kind::Word
                // (A finite verb: an auxiliary, or a past tense after the subject, `he
                // expected the tanker to unload “before the end of the week”`.)
                && (a..b).any(|k| {
                    let w = p.w(k);
                    !p.quoted(k)
                        && (is_auxiliary(w)
                            || k > a
                                && !is_capitalized(w)
                                && (w.len() > 3 && w.ends_with("ed")
                                    || lexicon().past_tense.contains(w)))
                })
        };
        // (An infinitive before an adverbial quotation has no object to take from it: `to
        // unload “before the end of the week”`.)
        let complete = speech.is_empty()
            || is_complete_clause(p, a, b) && !infinitive_into_quote
            || adverbial_quote && open_before_adverbial();
        // `said the delay was necessary to “complete the reform”`: the clause before the
        // infinitive is complete on its own when it ends on `was` and what it was (not
        // `amounted to an attempt to “…”`).
        let before_infinitive = b == first_quote
            && b > a + 3
            && p.w(b - 1) == "to"
            && matches!(p.w(b - 3), "was" | "is" | "were" | "are" | "be" | "been")
            && is_complete_clause(p, a, b - 1);
        // (`… continues to outstrip supply, giving schools “…”`: the participle's phrase
        // leads into the quotation and is no part of the clause.)
        let into_quote = (complete && b == first_quote && !speech.is_empty())
            .then(|| {
                (a + 2..b)
                    .rev()
                    .find(|&k| p.w(k - 1) == "," && !p.quoted(k) && p.w(k).ends_with("ing"))
            })
            .flatten()
            .filter(|&k| is_complete_clause(p, a, k - 1));
        if let Some(k) = into_quote {
            indirect.push(p.span(a, k - 1));
        } else if complete && b - a >= 2 {
            indirect.push(p.span(a, b));
        } else if before_infinitive {
            indirect.push(p.span(a, b - 1));
        } else if !complete {
            // `that the company had hired too quickly and now needed to “operate …”`: a
            // clause of its own before `and`, then a verb phrase leading into the quote.
            // Or before `, citing “…”`: a participle after a comma leading into it.
            // Or before `, a practice she called “…”`: a phrase about the clause.
            // Or before `because “…”`: a subordinate clause leading into it.
            let and = (a + 1..b).rev().find(|&k| {
                !p.quoted(k)
                    && (matches!(
                        p.w(k),
                        "and"
                            | "but"
                            | "because"
                            | "although"
                            | "though"
                            | "unless"
                            | "whereas"
                            | "while"
                    ) || p.w(k - 1) == ","
                        && (is_participle_phrase_start(p.w(k))
                                || matches!(p.w(k), "a" | "an")
                                // `…, which she called “…”` (not `A letter …, which
                                // described …, was “…”`)
                                || p.w(k) == "which"
                                    && k + 1 < b
                                    && matches!(p.w(k + 1), "she" | "he" | "they" | "we")))
            });
            if let Some(k) = and {
                let mut e = k;
                while e > a && p.w(e - 1) == "," {
                    e -= 1;
                }
                if is_complete_clause(p, a, e) {
                    indirect.push(p.span(a, e));
                }
            }
        }
    }
    direct.extend(speech);
}

/// Whether passage `pi` is all of what a cue attributes (`said: “Absolutely not.”`), or
/// opens right after the cue and its comma (`answered, “I do, Your Honor,” his only
/// words`): then it is speech, even in words that could be a title's.
fn is_all_that_was_said(p: &Para, pi: usize, from: usize, to: usize) -> bool {
    let (open, close) = p.passages[pi].token_range(p.tokens.len(), 0);
    let edge = |k: usize| matches!(p.w(k), "that" | "," | ":") || p.tokens[k].kind == Kind::Punct;
    // What a speaker says runs on in the sentence with its own comma inside the marks; a
    // title's comma stands outside (British style) or the title follows no cue.
    let introduced = p.passages[pi].open == Some(from)
        && from > 0
        && matches!(p.w(from - 1), "," | ":")
        && p.passages[pi]
            .content
            .of(p.text)
            .ends_with([',', '.', '?', '!']);
    p.passages[pi].open.is_some()
        && p.passages[pi].close.is_some()
        && (from..open).all(|k| edge(k) && !p.quoted(k))
        && (introduced || (close..to).all(|k| p.tokens[k].kind == Kind::Punct && !p.quoted(k)))
}

/// Inside what someone said, a quoted noun phrase with its article after a preposition
/// (`had agreed on “the broad outlines”`, `had been in “a full-blown psychosis”`) is their
/// wording; a bare term there (`stored in “approved security cabinets”`) is a name for
/// something, nobody's speech.
fn is_quoted_phrase(p: &Para, pi: usize) -> bool {
    let content = p.passages[pi].content.of(p.text);
    let first = content.split_whitespace().next().unwrap_or("");
    matches!(
        first,
        "a" | "an" | "the" | "this" | "their" | "its" | "his" | "her" | "our"
    ) && p.speech(pi, true)
}

/// A clause of its own: a finite verb, and not ending on a word that leads on.
/// Adverbs that comment on a whole sentence and stand between commas: `said, however,
/// that …`.
fn is_sentence_adverb(w: &str) -> bool {
    matches!(
        w,
        "however"
            | "though"
            | "too"
            | "also"
            | "meanwhile"
            | "moreover"
            | "furthermore"
            | "nonetheless"
            | "nevertheless"
            | "instead"
            | "indeed"
            | "separately"
            | "privately"
            | "publicly"
            | "previously"
    )
}

fn is_complete_clause(p: &Para, from: usize, to: usize) -> bool {
    let last = p.w(to - 1);
    // `the storm’s “cone of uncertainty”`: an owner waits for what it owns.
    if leaves_clause_open(&lower(last)) || p.tokens[to - 1].kind == Kind::Possessive {
        return false;
    }
    // `said the vote marked “the end of …”`: a verb in the past waits for its object
    // (not a passive: `services would be suspended “…”`).
    let passive = to >= from + 2
        && matches!(
            p.w(to - 2),
            "be" | "been" | "being" | "was" | "were" | "is" | "are" | "not"
        );
    if last.len() > 4
        && last.ends_with("ed")
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && !p.quoted(to - 1)
        && !passive
    {
        return false;
    }
    to - from >= 3
        && (from..to).any(|k| !p.quoted(k) && (is_finite_marker(p.w(k)) || present_verb(p, k, to)))
}

/// A lower-case word shaped like a present verb in `-s` (`covers`, `misses`), not a noun
/// or word in `-ss`, `-us` or `-is`.
fn shaped_as_present(p: &Para, k: usize) -> bool {
    let w = p.w(k);
    w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && p.tokens[k].kind == Kind::Word
        && !is_capitalized(w)
}

/// `(GACC) now requires every consignment`, `demand continues to outstrip supply`: a verb
/// in the present with `-s`, told from a plural noun by what stands around it (an adverb,
/// a closing bracket or a name before it; an article, a possessive or `to` and a verb after).
fn present_verb(p: &Para, k: usize, to: usize) -> bool {
    if !shaped_as_present(p, k) || k == 0 || k + 1 >= to {
        return false;
    }
    let before = p.w(k - 1);
    let after = p.w(k + 1);
    let subject_end = matches!(before, "now" | "also" | "still" | "already" | "often" | ")")
        || is_ly_adverb(before)
        || p.tokens[k - 1].kind == Kind::Word
            && is_capitalized(before)
            && !is_capitalized_function_word(before);
    let object_start = matches!(
        after,
        "a" | "an" | "the" | "every" | "each" | "its" | "their" | "his" | "her" | "our" | "no"
    ) || after == "to"
        && k + 2 < to
        && p.tokens[k + 2].kind == Kind::Word
        && !is_capitalized(p.w(k + 2))
        && !is_determiner(p.w(k + 2));
    subject_end && object_start
}

/// Can token `i` sit inside a speaker's noun phrase?
/// A word in brackets of its own, with no Latin letter (`(郭文祥)`, `(電信管理法)`).
fn in_own_script(p: &Para, i: usize) -> bool {
    i > 0
        && p.w(i - 1) == "("
        && p.tokens.get(i + 1).is_some_and(|_| p.w(i + 1) == ")")
        && is_uncased_script(p.w(i))
}

fn np_token(p: &Para, i: usize) -> bool {
    if p.quoted(i) {
        // (But a nickname's marks and word are part of the name: `Joaquin “Kin” T. Mesa`.)
        return p.in_passage[i].is_some_and(|pi| {
            p.passages[pi]
                .open
                .is_some_and(|open| super::names::nickname_at(p.tokens, open).is_some())
        });
    }
    let t = p.tokens[i];
    let w = p.w(i);
    match t.kind {
        Kind::Possessive => true,
        // `Kuo Wen-hsiang (郭文祥)`: a name in its own script, in brackets after it.
        Kind::Word if in_own_script(p, i) => true,
        Kind::Word => {
            // `Watch`, `Group` open sentences as words, but close names (`Human Rights
            // Watch`, `Eurasia Group`).
            let in_name = i > 0
                && p.tokens[i - 1].kind == Kind::Word
                && is_capitalized(p.w(i - 1))
                && !is_capitalized_function_word(p.w(i - 1));
            (is_capitalized(w) && (!is_capitalized_function_word(w) || in_name))
                || np_word(w)
                || plural_owner(p, i)
                // `the state-run Anadolu Agency`, `a Kremlin-backed group`
                || is_compound_modifier(w)
                // `prime` of `the prime minister`: the first word of a title.
                || t.flags & Flag::TitleStart as u32 != 0 && !is_preposition(w)
                || matches!(w, "The" | "A" | "An")
                // `No 10 said`: Downing Street, not a negation.
                || w == "No" && p.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Number)
                // `a year 10 pupil`
                || matches!(w, "year" | "grade" | "class" | "form")
                    && p.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Number)
                || in_branch_phrase(p, i)
                // `the ministry’s press service`
                || w == "service" && i > 0 && p.w(i - 1) == "press"
        }
        // `No 10`, `Channel 4`: a number closing a capitalised name; `the 34-year-old`.
        Kind::Number => {
            i > 0 && p.tokens[i - 1].kind == Kind::Word && is_capitalized(p.w(i - 1))
                || w.ends_with("-year-old")
                // `a year 10 pupil`, `a grade 5 student`
                || i > 0 && matches!(p.w(i - 1), "year" | "grade" | "class" | "form")
        }
        Kind::Punct => {
            super::names::abbreviation_dot(p.text, p.tokens, i)
                || matches!(w, "(" | ")")
                // `Rep. Marisol Quintero (D-Calif.)`: a party and state's abbreviation.
                || w == "."
                    && i > 0
                    && is_capitalized(p.w(i - 1))
                    && p.tokens.get(i + 1).is_some_and(|t| t.text(p.text) == ")")
                // (`State Rep. Luis Ortega (D., Phila.)`: the party's letter and its dot.)
                || w == "." && i >= 2 && matches!(p.w(i - 1), "D" | "R" | "I") && p.w(i - 2) == "("
                || w == ","
                    && i >= 3
                    && p.w(i - 1) == "."
                    && matches!(p.w(i - 2), "D" | "R" | "I")
                    && p.w(i - 3) == "("
                // `Summit Power & Light`
                || w == "&" && i > 0 && is_capitalized(p.w(i - 1))
                // `(Greens/EFA)`: a group's tag written with a slash
                || w == "/"
                    && i > 0
                    && !p.tokens[i].space_before
                    && is_capitalized(p.w(i - 1))
                    && p.tokens.get(i + 1).is_some_and(|t| !t.space_before && t.kind == Kind::Word)
                // `OPEC+`
                || w == "+" && i > 0 && !p.tokens[i].space_before && is_capitalized(p.w(i - 1))
        }
        Kind::Quote => {
            super::names::plural_possessive_in_name(p.text, p.tokens, i)
                || i > 0 && plural_owner(p, i - 1)
        }
    }
}

/// `citizens’` in `a citizens’ group`, `farmers’` in `farmers’ organisations`: a plain
/// plural at `i`, owning the word after its apostrophe.
fn plural_owner(p: &Para, i: usize) -> bool {
    let apostrophe = i + 1;
    p.tokens[i].kind == Kind::Word
        && p.w(i).len() > 3
        && p.w(i).ends_with('s')
        && p.tokens.get(apostrophe).is_some_and(|t| {
            t.kind == Kind::Quote && !t.space_before && matches!(t.text(p.text), "’" | "'")
        })
        && p.tokens
            .get(apostrophe + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.space_before)
}

/// `IRIB`, `Tessellate`, `Inter-Services Public Relations`: capitalised words only, and
/// the dots of initials (`S. Janakiraman`).
/// `(67)` right before `end`: an age in brackets after a name.
pub(super) fn bracketed_age_before(p: &Para, end: usize) -> bool {
    end >= 3
        && p.w(end - 1) == ")"
        && p.w(end - 3) == "("
        && p.tokens[end - 2].kind == Kind::Number
        && p.w(end - 2).len() <= 3
}

fn is_short_name(p: &Para, from: usize, to: usize) -> bool {
    // (With an age in brackets after it: `Memory Gwatidzo (46)`.)
    let to = if to >= from + 4 && bracketed_age_before(p, to) {
        to - 3
    } else {
        to
    };
    (1..=5).contains(&(to - from))
        && (from..to).all(|k| {
            let word = p.tokens[k].kind == Kind::Word
                && (is_capitalized(p.w(k)) || is_name_connector(p.w(k)));
            !p.quoted(k)
                && (word || k > from && super::names::abbreviation_dot(p.text, p.tokens, k))
        })
        && is_capitalized(p.w(from))
}

/// `Iran’s state broadcaster`, `The Pakistani military’s media wing`: a few plain words
/// ending on a lower-case noun, nothing that reads as a clause.
/// `China’s ambassador to the UN in Geneva`: a title, with plain words or an owner before
/// it, and after it only the bodies and places it is of (prepositions and capitalised
/// names).
fn is_titled_description(p: &Para, from: usize, to: usize) -> bool {
    if to <= from || to - from > 12 {
        return false;
    }
    let titles = &lexicon().titles;
    // (A title of two or three words too: `The traditional ruler of Achusa`.)
    let title_len = |k: usize| {
        super::names::title_at(p.text, p.tokens, k)
            .or_else(|| with_lower(p.w(k), |l| titles.contains_key(l)).then_some(1))
    };
    let Some((title, len)) = (from..to).find_map(|k| Some((k, title_len(k)?))) else {
        return false;
    };
    let plain_before = plain_before_title(p, from, title);
    let mut k = (title + len).min(to);
    // `minister for energy, water resources and irrigation`: a field in lower case, a list
    // of them too.
    // (`the party’s spokesperson on labour`: `on` leads a post to its portfolio too.)
    if k + 1 < to && matches!(p.w(k), "for" | "of" | "on") && !is_capitalized(p.w(k + 1)) {
        let field = (k + 1..to).all(|j| {
            let w = p.w(j);
            !p.quoted(j)
                && (matches!(w, "," | "and")
                    || super::names::is_portfolio_word(w) && !is_capitalized(w))
        });
        return field && plain_before_title(p, from, title);
    }
    while k < to {
        // (`Minister for Industry and Trade`: names joined by `and` too; `at Nnamdi Azikiwe
        // University, Awka`: a campus's town after a comma.)
        let town = p.w(k) == "," && k + 1 < to && (k + 1..to).all(|j| is_capitalized(p.w(j)));
        if town {
            return plain_before_title(p, from, title);
        }
        if p.quoted(k) || !(is_preposition(p.w(k)) || p.w(k) == "and") {
            return false;
        }
        k += 1;
        if k < to && matches!(p.w(k), "the" | "The") {
            k += 1;
        }
        let name = k;
        while k < to && p.tokens[k].kind == Kind::Word && is_capitalized(p.w(k)) {
            k += 1;
        }
        if k == name {
            return false;
        }
    }
    plain_before
}

/// Only plain words or an owner before a title (`China’s ambassador`).
fn plain_before_title(p: &Para, from: usize, title: usize) -> bool {
    (from..title).all(|k| {
        let w = p.w(k);
        !p.quoted(k)
            && (p.tokens[k].kind == Kind::Possessive
                || p.tokens[k].kind == Kind::Word && !is_clause_word(w) && !is_finite_marker(w))
    })
}

fn is_description(p: &Para, from: usize, to: usize) -> bool {
    // (`The chairman of the ULS Algarve board of directors`: up to ten words.)
    to > from
        && to - from <= 10
        && !is_capitalized(p.w(to - 1))
        && p.tokens[to - 1].kind == Kind::Word
        && (from..to).all(|k| {
            let w = p.w(k);
            let plain_word = p.tokens[k].kind == Kind::Word
                && !is_clause_word(w)
                && !is_finite_marker(w)
                && (w == "of" || !is_preposition(w));
            // `a 58-year-old former miner`
            let age = w.ends_with("-year-old");
            !p.quoted(k) && (p.tokens[k].kind == Kind::Possessive || plain_word || age)
        })
}

/// `The head of the bank in Lagos`: a description, then where it is (a place of up to
/// three capitalised words after `in`, `at`, `from` or `near`).
fn is_description_in_place(p: &Para, from: usize, to: usize) -> bool {
    (to.saturating_sub(4).max(from + 2)..to.saturating_sub(1))
        .find(|&j| matches!(p.w(j), "in" | "at" | "from" | "near") && !p.quoted(j))
        .is_some_and(|j| {
            (j + 1..to).all(|k| p.tokens[k].kind == Kind::Word && is_capitalized(p.w(k)))
                && is_description(p, from, j)
        })
}

/// The noun phrase ending right before `end` (exclusive), no further left than `lo`.
fn np_ending(p: &Para, end: usize, lo: usize) -> Option<(usize, usize)> {
    let mut s = end;
    // `district leaders`, `staff members`: a group the lexicon names with two words.
    let group_of_two = end >= lo + 2 && !p.quoted(end - 2) && two_word_group(p, end - 2, end);
    if group_of_two {
        s = end - 2;
    }
    while s > lo && s + 20 > end && np_token(p, s - 1) {
        s -= 1;
    }
    // `external affairs ministry spokesperson Arvind Sethi`: a post's field, in lower case,
    // before the body or the title it is the field of.
    let heads = Flag::TitleStart as u32 | Flag::InstitutionStart as u32;
    if s < end && s > lo && p.tokens[s].flags & heads != 0 {
        while s > lo
            && s + 20 > end
            && !p.quoted(s - 1)
            && p.tokens[s - 1].kind == Kind::Word
            && !is_capitalized(p.w(s - 1))
            && super::names::is_portfolio_word(p.w(s - 1))
        {
            s -= 1;
        }
        // (and on over what comes before it: `The Commons home affairs committee`)
        while s > lo && s + 20 > end && np_token(p, s - 1) {
            s -= 1;
        }
    }
    // `the Department for Environment, Food and Rural Affairs said`: back over a name that
    // lists what its institution is for.
    if s > lo && p.w(s - 1) == "," {
        let listed = (s.saturating_sub(12).max(lo)..s)
            .find(|&c| p.w(c) == "," && super::names::listed_to(p.text, p.tokens, c) == Some(end));
        if let Some(c) = listed {
            let mut h = c;
            while h > lo && np_token(p, h - 1) {
                h -= 1;
            }
            if super::names::heads_for(p.text, &p.tokens[h..c]) {
                s = h;
            }
        }
    }
    // `Malaysian Investment, Trade and Industry Minister Ahmad Faizal Rahman said`: back
    // over the post's fields listed before its title.
    let field_first = s < end
        && s > lo
        && p.w(s - 1) == ","
        && is_capitalized(p.w(s))
        && super::names::is_portfolio_word(p.w(s));
    if field_first {
        let first = (lo.max(s.saturating_sub(10))..s - 1).find(|&f| {
            is_capitalized(p.w(f))
                && super::names::fields_before_title(p.text, &p.tokens[..end], f)
                    .is_some_and(|t| t > s)
        });
        if let Some(f) = first {
            s = f;
            // (and a word on whose the post is: `Malaysian`)
            while s > lo && s + 20 > end && np_token(p, s - 1) {
                s -= 1;
            }
        }
    }
    // `Officials from Germany, France and Italy said`: these are a list's last items; the
    // phrase starts before its first item, with the group it is said of.
    if s > lo && p.w(s - 1) == "," && (s..end).any(|k| p.w(k) == "and") {
        let mut comma = s - 1;
        loop {
            let mut j = comma;
            // (Not a day: `… on Tuesday, and Malaysia’s environment minister said`.)
            while j > lo
                && p.tokens[j - 1].kind == Kind::Word
                && is_capitalized(p.w(j - 1))
                && !is_weekday(p.w(j - 1))
                && !is_month(p.w(j - 1))
            {
                j -= 1;
            }
            if j == comma {
                break;
            }
            if j > lo && p.w(j - 1) == "," {
                comma = j - 1;
                continue;
            }
            s = j;
            if j >= lo + 2 && is_preposition(p.w(j - 1)) && np_token(p, j - 2) {
                s = j - 1;
                while s > lo && np_token(p, s - 1) {
                    s -= 1;
                }
            }
            break;
        }
    }
    // `Human rights groups said`: plain words before a group noun modify it. So they do
    // before an institution, a title or a document after an article (`the consumer
    // electronics company said`, `a longtime family friend said`, `the criminal
    // complaint says`).
    // (The phrase so far is its head, with lower-case words that head phrases too before
    // it: `electronics company`.)
    let bare = s < end
        && (s..end).all(|k| {
            p.tokens[k].kind == Kind::Word && !is_capitalized(p.w(k)) && !is_determiner(p.w(k))
        });
    if bare && end - s <= 2 {
        let head = lower(p.w(end - 1));
        let group = s + 1 == end && lexicon().groups.contains_key(head.as_ref());
        let described = !lexicon().groups.contains_key(head.as_ref())
            && (super::names::is_head_word(&head)
                || lexicon().titles.contains_key(head.as_ref())
                || is_document_noun(&head));
        // `the roughly 300 plaintiffs`: a number counts a group.
        let plain = |k: usize| {
            (p.tokens[k].kind == Kind::Word || group && p.tokens[k].kind == Kind::Number)
                && !p.quoted(k)
                && (group || !is_determiner(p.w(k)))
                && !is_clause_word(p.w(k))
                && !is_finite_marker(p.w(k))
                && !is_preposition(p.w(k))
                && !is_verb_filler(p.w(k))
        };
        let mut t = s;
        let reach = if group { 3 } else { 4 };
        while (group || described) && t > lo && t + reach > end && plain(t - 1) {
            t -= 1;
        }
        if group {
            s = t;
            // (and the article before a long one: `the Akita prefectural police said`)
            if t > lo && matches!(p.w(t - 1), "the" | "The") && !p.quoted(t - 1) {
                s = t - 1;
            }
        } else if t < s && t > lo && matches!(p.w(t - 1), "the" | "The" | "a" | "A" | "an" | "An") {
            s = t - 1;
        } else if t > lo + 1
            && p.w(t - 1).ends_with("-year-old")
            && matches!(p.w(t - 2), "the" | "The")
        {
            // `The 58-year-old camel herder said`: an age before what the person does.
            s = t - 2;
        }
    }
    while s < end
        && matches!(
            p.w(s),
            "of" | "for" | "to" | "at" | "and" | "on" | ")" | "("
        )
    {
        s += 1;
    }
    if s >= end {
        return None;
    }
    // `The 27-year-old said`: an age can head the phrase, as an epithet.
    let has_head = group_of_two
        || (s..end).any(|k| {
            let w = p.w(k);
            (is_capitalized(w) && !matches!(w, "The" | "A" | "An"))
                || np_word_head(w)
                || w.ends_with("-year-old")
        });
    has_head.then_some((s, end))
}

/// Whether the plain lower-case word at `i` modifies a head noun one or two words on
/// (`staff` of `the staff report`).
fn modifies_head(p: &Para, i: usize, sb: usize) -> bool {
    let plain = |k: usize| {
        p.tokens[k].kind == Kind::Word
            && !p.quoted(k)
            && !is_capitalized(p.w(k))
            && !is_clause_word(p.w(k))
            && !is_finite_marker(p.w(k))
            && !is_preposition(p.w(k))
            && !is_determiner(p.w(k))
    };
    plain(i)
        && (i + 1..sb.min(i + 3))
            .take_while(|&k| p.tokens[k].kind == Kind::Word && !p.quoted(k))
            .any(|k| np_word_head(lower(p.w(k)).as_ref()))
}

/// Lower-case words that can head a speaker's noun phrase.
/// A lower-case adverb in `-ly` (`recently said`, `was widely reported`), not a noun that
/// ends so (`the family said`, `the assembly said`).
fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !is_capitalized(w)
        && !np_word_head(w)
        && !matches!(
            w,
            "family" | "supply" | "reply" | "rally" | "ally" | "anomaly" | "monopoly"
        )
}

fn np_word_head(w: &str) -> bool {
    let lex = lexicon();
    lex.groups.contains_key(w)
        || lex.titles.contains_key(w)
        || super::names::is_head_word(w)
        || super::names::is_kind_word(w)
        || is_document_noun(w)
}

/// `the Emergency Situations Ministry’s Sverdlovsk region branch`: the words from a named
/// body's possessive to the part of it that speaks for it.
fn in_branch_phrase(p: &Para, i: usize) -> bool {
    let Some(owner) = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| p.tokens[k].kind == Kind::Possessive)
    else {
        return false;
    };
    let plain =
        |k: usize| p.tokens[k].kind == Kind::Word && !p.quoted(k) && !is_clause_word(p.w(k));
    owner > 0
        && is_capitalized(p.w(owner - 1))
        && (owner + 1..=i).all(plain)
        && (i..p.tokens.len().min(i + 3))
            .take_while(|&k| plain(k))
            .any(|k| is_branch_noun(p.w(k)))
}

/// The subject before a cue at `cue`, skipping `has`, `also`, `Thursday` and the like.
pub fn np_backward(p: &Para, cue: usize, lo: usize) -> Option<(usize, usize)> {
    // `a habit biologists call “flower constancy”`: a noun, then the group that names it,
    // is what is named, not who speaks.
    let naming = matches!(p.w(cue), "call" | "dub" | "term") && cue >= lo + 3 && {
        let (article, noun) = (p.w(cue - 3), p.w(cue - 2));
        matches!(article, "a" | "an" | "A" | "An")
            && p.tokens[cue - 2].kind == Kind::Word
            && noun.starts_with(|c: char| c.is_lowercase())
            && !lexicon().groups.contains_key(noun)
            && lexicon().groups.contains_key(lower(p.w(cue - 1)).as_ref())
    };
    if naming {
        return None;
    }
    document_by_publisher(p, cue, lo)
        .or_else(|| titled_document_of(p, cue, lo))
        .or_else(|| document_described(p, cue, lo))
        .or_else(|| {
            np_right_before(p, cue, lo)
                .map(|np| institution_not_its_town(p, np, lo))
                .map(|np| person_not_their_town(p, np, lo))
                .map(|np| named_in_relative(p, np, cue))
                .map(|np| not_the_province(p, np, lo))
                .map(|np| not_the_place_before(p, np))
        })
        .or_else(|| np_before_relative(p, cue, lo))
}

/// `In Tacuarembó the Rural Federation said`: a place after a preposition, with no comma
/// after it, is where; the phrase starts at its article.
fn not_the_place_before(p: &Para, (s, e): (usize, usize)) -> (usize, usize) {
    let after_preposition = s > 0 && with_lower(p.w(s - 1), is_preposition);
    let article = (s + 1..e.saturating_sub(1))
        .find(|&k| p.w(k) == "the" && is_capitalized(p.w(k - 1)) && is_capitalized(p.w(k + 1)));
    match article {
        Some(k) if after_preposition => (k, e),
        _ => (s, e),
    }
}

/// `who only wanted to be known as Mdm Goh`, `who gave his name only as Ko Aung`: the name
/// a relative clause from `who` at `who` gives its antecedent, up to the sentence's end.
fn name_known_as(p: &Para, who: usize, sb: usize) -> Option<(usize, usize)> {
    let as_at = (who + 1..sb.min(who + 12)).find(|&k| {
        p.w(k) == "as" && matches!(p.w(k - 1), "known" | "identified" | "name" | "only")
    })?;
    // (Without an honorific: `Mdm Goh` is Goh.)
    let mut from = as_at + 1;
    while from + 1 < sb
        && is_honorific_between(p.w(from - 1), p.w(from), p.w(from + 1))
        && is_capitalized(p.w(from + 1))
    {
        from += 1;
    }
    let mut to = from;
    while to < sb && p.tokens[to].kind == Kind::Word && is_capitalized(p.w(to)) {
        to += 1;
    }
    (to > from && (to == sb || matches!(p.w(to), "." | "," | ";"))).then_some((from, to))
}

/// `Fishermen in Masinloc, Zambales said`: the province after a town is no speaker; whoever
/// is in the town is. (One word, not a given name: `The mayor of Springfield, Ann Lee said`.)
fn not_the_province(p: &Para, (s, e): (usize, usize), lo: usize) -> (usize, usize) {
    let province = e == s + 1
        && s >= lo + 4
        && p.w(s - 1) == ","
        && is_capitalized(p.w(s))
        && p.tokens[s].flags & Flag::GivenName as u32 == 0;
    if !province {
        return (s, e);
    }
    let mut town = s - 1;
    while town > lo && is_capitalized(p.w(town - 1)) && s - town <= 3 {
        town -= 1;
    }
    if town == s - 1 || town <= lo || !matches!(p.w(town - 1), "in" | "of" | "from" | "near") {
        return (s, e);
    }
    // (Who is in the town: a group or a post, `Back in Bhojka Dhani, Meghwal said` being
    // a place before the subject.)
    match np_right_before(p, s - 1, lo) {
        Some((ps, pe)) if pe < s && ps < town - 1 && (ps..town).any(|k| is_listed_head(p.w(k))) => {
            (ps, pe)
        }
        _ => (s, e),
    }
}

/// `Her neighbour, who gave his name only as Attila, said`: the name the relative clause
/// gives its antecedent speaks.
fn named_in_relative(p: &Para, (s, e): (usize, usize), cue: usize) -> (usize, usize) {
    if e + 2 >= cue || p.w(e) != "," || p.w(e + 1) != "who" {
        return (s, e);
    }
    match name_known_as(p, e + 1, cue) {
        Some((f, t)) if t < cue && p.w(t) == "," => (f, t),
        _ => (s, e),
    }
}

/// `Ilse van Dam from Zandvoort said`: the person speaks, not the town they are from; the
/// phrase takes in both. So with the body they are from: `Sanja Perković from the
/// Institute for Tourism said`.
fn person_not_their_town(p: &Para, (s, e): (usize, usize), lo: usize) -> (usize, usize) {
    let body = s > 0 && p.w(s) == "the" && s + 1 < e && p.w(s - 1) == "from";
    if s < lo + 3
        || !matches!(p.w(s - 1), "from" | "in")
        || !is_capitalized(p.w(if body { s + 1 } else { s }))
    {
        return (s, e);
    }
    let mut ps = s - 1;
    while ps > lo
        && s - 1 - ps < 4
        && p.tokens[ps - 1].kind == Kind::Word
        && !p.quoted(ps - 1)
        && (is_capitalized(p.w(ps - 1)) || is_name_particle(p.w(ps - 1)))
    {
        ps -= 1;
    }
    let not_a_name =
        Flag::TitleStart as u32 | Flag::InstitutionStart as u32 | Flag::HeadStart as u32;
    // (`Dam` names no person, but `van Dam` does.)
    let not_person = |k: usize| {
        p.tokens[k].flags & Flag::NotPerson as u32 != 0 && !(k > ps && is_name_particle(p.w(k - 1)))
    };
    let person = s - 1 - ps >= 2
        && is_capitalized(p.w(ps))
        && !is_capitalized_function_word(p.w(ps))
        && (ps == lo || !is_capitalized(p.w(ps - 1)) && p.w(ps - 1) != "of")
        && (ps..s - 1).all(|k| {
            p.tokens[k].flags & not_a_name == 0
                && !not_person(k)
                && !lexicon().groups.contains_key(p.w(k))
        });
    if person {
        (ps, e)
    } else {
        (s, e)
    }
}

/// `The Institute for Agricultural Market Research in Kiel said`: the institution speaks,
/// not the town it is in.
/// (Not when the phrase goes on past the town to a name: `The Director of the Coconut
/// Research Institute in Lunuwila, Thilini Nanayakkara, said`.)
/// (The place may have its article: `The OAS Office in the Adjacency Zone said`.)
fn institution_not_its_town(p: &Para, (s, e): (usize, usize), lo: usize) -> (usize, usize) {
    let place = if p.w(s) == "the" && s + 1 < e {
        s + 1
    } else {
        s
    };
    if s < lo + 2
        || !matches!(p.w(s - 1), "in" | "near")
        || !is_capitalized(p.w(place))
        || (s..e).any(|k| {
            p.w(k) == ","
                && k + 1 < e
                && is_capitalized(p.w(k + 1))
                && !is_capitalized_function_word(p.w(k + 1))
        })
    {
        return (s, e);
    }
    match np_right_before(p, s - 1, lo) {
        // (An embassy's town is part of its name: `the Russian Embassy in Oslo`.)
        Some((is, ie))
            if ie == s - 1 && super::names::is_diplomatic_mission(p.text, p.tokens, ie) =>
        {
            (is, e)
        }
        Some((is, ie))
            if ie == s - 1 && (is..ie).any(|k| p.tokens[k].flags & Flag::HeadStart as u32 != 0) =>
        {
            (is, ie)
        }
        _ => (s, e),
    }
}

/// `A report published last week by the Institute for Agricultural Market Research in
/// Kiel found`, `A report by the Homes Policy Unit, ‘Permission Granted?’, published last
/// month, found`: a document opening the clause with its publisher, up to the verb.
fn document_by_publisher(p: &Para, cue: usize, lo: usize) -> Option<(usize, usize)> {
    // `A larger study published …`: an adjective or two before the noun.
    // (`Research by road safety institute SWOV`: research, with its publisher.)
    let doc = (lo..cue.min(lo + 3)).find(|&k| {
        let w = lower(p.w(k));
        is_document_noun(w.as_ref()) || w == "research" && k + 1 < cue && p.w(k + 1) == "by"
    })?;
    // (Or a year: `A 2023 report by …`.)
    let plain_before = (lo..doc).all(|k| {
        p.tokens[k].kind == Kind::Word && !is_capitalized(p.w(k))
            || p.tokens[k].kind == Kind::Number
            || k == lo && is_determiner(p.w(k))
    });
    if doc + 2 >= cue || !plain_before {
        return None;
    }
    // `by` right after the noun, or after its participle and a time (`published last week`).
    let by = (doc + 1..cue.min(doc + 5)).find(|&k| p.w(k) == "by")?;
    let participle = (doc + 1..by).all(|k| {
        p.tokens[k].kind == Kind::Word && !is_capitalized(p.w(k)) && !is_auxiliary(p.w(k))
    });
    if !participle || by > doc + 1 && !p.w(doc + 1).ends_with("ed") {
        return None;
    }
    // (Up to the publisher's name: not the title after it, `…, titled “Hot Metal, Cold
    // Comfort,” found`.)
    let mut end = (by + 2..cue)
        .find(|&k| p.w(k) == "," && !p.quoted(k) && p.w(k + 1) == "titled")
        .unwrap_or(cue);
    while end > by + 1 && p.w(end - 1) == "," {
        end -= 1;
    }
    // (Nor when it came out: `A report by the Vientiane Times on Friday said`, `… SWOV
    // published in January found`.)
    if end > by + 3 && p.w(end - 2) == "on" && is_weekday(p.w(end - 1)) {
        end -= 2;
    }
    if let Some(k) = (by + 2..end).find(|&k| {
        matches!(
            p.w(k),
            "published" | "released" | "issued" | "presented" | "commissioned"
        )
    }) {
        end = k;
        while end > by + 1 && p.w(end - 1) == "," {
            end -= 1;
        }
    }
    (end > by + 1).then_some((lo, end))
}

/// `The Ministry of Agriculture and Livestock’s “Farm Labour Assessment 2024”, released
/// last month, found`: a body's work named by its title in quotation marks; the body
/// speaks through it.
fn titled_document_of(p: &Para, cue: usize, lo: usize) -> Option<(usize, usize)> {
    let owner_end = (lo + 1..cue.min(lo + 12)).find(|&k| {
        p.tokens[k].kind == Kind::Possessive
            && p.opens
                .get(k + 1)
                .copied()
                .flatten()
                .is_some_and(|pi| !p.is_speech(pi))
    })?;
    let pi = p.opens[owner_end + 1]?;
    let close = p.passages[pi].close?;
    // Right before the verb, or with a participle's phrase set off by commas between.
    let described = close + 3 < cue
        && p.w(close + 1) == ","
        && p.w(cue - 1) == ","
        && p.w(close + 2).ends_with("ed")
        && (close + 2..cue - 1)
            .all(|k| p.tokens[k].kind == Kind::Word && !p.quoted(k) && !is_auxiliary(p.w(k)));
    let named = (lo..owner_end).all(|k| {
        p.tokens[k].kind == Kind::Word && (is_capitalized(p.w(k)) || is_name_connector(p.w(k)))
    });
    (named && (close + 1 == cue || described)).then_some((lo, owner_end))
}

/// `A CIPR report released in February estimated`, `The ministry’s report, titled “…”,
/// found`, `A World Food Programme report released in April, titled “…”, found`: a
/// document opening the clause with a participle's phrase or its title after it,
/// up to the verb. The phrase is the document's (`A CIPR report`), not the month's.
fn document_described(p: &Para, cue: usize, lo: usize) -> Option<(usize, usize)> {
    // (A publisher's name of a few words may come first: `A World Food Programme report`.)
    let doc = (lo..cue.min(lo + 7))
        .find(|&k| !p.quoted(k) && is_document_noun(lower(p.w(k)).as_ref()))?;
    // (The subject: not `In a statement released Friday, the ministry said`.)
    let before = |k: usize| {
        p.quoted(k) || p.tokens[k].kind == Kind::Punct || is_preposition(lower(p.w(k)).as_ref())
    };
    if doc + 2 >= cue || (lo..doc).any(before) {
        return None;
    }
    let participle = |k: usize| {
        let w = p.w(k);
        p.tokens[k].kind == Kind::Word
            && w.len() > 4
            && w.ends_with("ed")
            && !is_capitalized(w)
            && !is_auxiliary(w)
    };
    let described = participle(doc + 1)
        || p.w(doc + 1) == "," && (participle(doc + 2) || p.w(doc + 2) == "titled");
    // (Past participles only: no auxiliary, no clause word; and no publisher named after
    // `by`, who speaks instead.)
    let no_verb = (doc + 1..cue)
        .all(|k| p.quoted(k) || !is_auxiliary(p.w(k)) && !is_clause_word(p.w(k)) && p.w(k) != "by");
    (described && no_verb).then_some((lo, doc + 1))
}

/// `A senior official who spoke on condition of anonymity to discuss the talks said`, `Two
/// officials who were not authorized to speak publicly said`: the noun phrase before a
/// relative clause (no commas around it) that runs up to the cue, when a title or a group
/// noun heads it.
fn np_before_relative(p: &Para, cue: usize, lo: usize) -> Option<(usize, usize)> {
    // (`An Arizona sheriff whose county sits on the border says`)
    let who = (lo.max(cue.saturating_sub(30))..cue)
        .rev()
        .find(|&k| matches!(p.w(k), "who" | "whose") && !p.quoted(k))?;
    let plain = (who + 1..cue).all(|k| !p.quoted(k) && !matches!(p.w(k), "," | ";" | ":"));
    if !plain || who <= lo {
        return None;
    }
    // After `whose`, the clause has a verb of its own before the cue; else the cue is its
    // verb (`a retired bus mechanic whose neighbors call him`).
    let own_verb = || {
        (who + 2..cue).any(|k| {
            let w = p.w(k);
            is_finite_marker(w) || w.len() > 3 && w.ends_with('s') && !is_capitalized(w)
        })
    };
    if p.w(who) == "whose" && !own_verb() {
        return None;
    }
    // (`the panel` names no one by itself, but heads the phrase after `member of`.)
    let after_of = || {
        let of = (who.saturating_sub(4).max(lo + 1)..who).rfind(|&k| p.w(k) == "of")?;
        let plain = (of + 1..who)
            .all(|k| p.tokens[k].kind == Kind::Word && !is_clause_word(p.w(k)) && !p.quoted(k));
        (plain && of + 1 < who).then_some((of + 1, who))
    };
    let (s, e) = np_ending(p, who, lo).or_else(after_of)?;
    // `One member of the panel who voted in favour`: the head comes before `of`.
    let s = if s >= lo + 2 && p.w(s - 1) == "of" && is_listed_head(p.w(s - 2)) {
        let head = s - 2;
        if head > lo && is_one_or_indefinite(p.w(head - 1)) {
            head - 1
        } else {
            head
        }
    } else {
        s
    };
    let headed = (s..e).any(|k| is_listed_head(p.w(k)));
    (e == who && headed).then_some((s, e))
}

/// The phrase opening the clause at `lo` up to its first comma, when an adverbial opening
/// with a preposition runs from there to the comma at `comma` (see [`np_right_before`]).
fn subject_before_adverbial(p: &Para, comma: usize, lo: usize) -> Option<(usize, usize)> {
    let first = (lo + 1..comma).find(|&j| p.w(j) == "," && !p.quoted(j))?;
    let opens_adverbial = matches!(
        p.w(first + 1),
        "in" | "at" | "during" | "through" | "on" | "after" | "before" | "with" | "via"
    );
    // (More than one comma inside: with one, the common cases are read elsewhere.)
    let commas_inside = (first + 1..comma).filter(|&j| p.w(j) == ",").count();
    if !opens_adverbial || commas_inside == 0 || comma - first > 30 {
        return None;
    }
    let plain = (first + 1..comma).all(|j| !p.quoted(j) && !is_auxiliary(p.w(j)));
    let (s, e) = np_ending(p, first, lo)?;
    let whole = e == first && (s == lo || s == lo + 1 && is_determiner(p.w(lo)));
    (plain && whole).then_some((s, e))
}

/// `R-San Angelo`, `D-Calif.`, `I-Vt.`: a US politician's party and state or home town.
fn is_party_tag(p: &Para, from: usize, to: usize) -> bool {
    let first = p.w(from);
    let party = ["R-", "D-", "I-"].iter().any(|tag| {
        first
            .strip_prefix(tag)
            .is_some_and(|place| place.starts_with(|c: char| c.is_ascii_uppercase()))
    });
    party
        && to > from
        && to - from <= 4
        && (from + 1..to).all(|k| is_capitalized(p.w(k)) || p.w(k) == ".")
}

/// A title or a group noun from the lexicons (`member`, `officials`).
fn is_listed_head(w: &str) -> bool {
    let w = lower(w);
    lexicon().titles.contains_key(w.as_ref()) || lexicon().groups.contains_key(w.as_ref())
}

fn np_right_before(p: &Para, cue: usize, lo: usize) -> Option<(usize, usize)> {
    // `But lawmaker Rebecca Tse, who …, said`: a conjunction opening the sentence is no
    // part of the speaker's phrase.
    // So is one opening the clause inside it (`…, while the LDP’s policy chief, Hideo
    // Kawabata, has said`).
    let mut lo = lo;
    if lo + 2 < cue && p.w(lo) == "," {
        lo += 1;
    }
    if lo + 1 < cue
        && matches!(
            p.w(lo),
            "But" | "And" | "Yet" | "Or" | "So" | "while" | "whereas" | "although" | "though"
        )
        // (and `…, which Mr Haverley described as`)
        || p.w(lo) == "which" && lo + 2 < cue && is_capitalized(p.w(lo + 1))
    {
        lo += 1;
    }
    // `However, a senior police source, who …, told`, `Reacting, the commissioner said`:
    // an adverbial opening the sentence is no part of the speaker's phrase.
    if lo + 3 < cue {
        let after = skip_adverbial(p, lo, cue);
        if after + 1 < cue {
            lo = after;
        }
    }
    // `Speaking to journalists in Faro, the chairman of …, Henrique Lemos, said`: a
    // participle's phrase opening the sentence is no part of the speaker's phrase.
    let participle_opens = p.w(lo).len() > 5
        && p.w(lo).ends_with("ing")
        && is_capitalized(p.w(lo))
        && p.tokens[lo].flags & Flag::GivenName as u32 == 0;
    if participle_opens {
        if let Some(comma) = (lo + 2..cue.min(lo + 12)).find(|&k| p.w(k) == "," && !p.quoted(k)) {
            if comma + 2 < cue {
                lo = comma + 1;
            }
        }
    }
    if let Some(np) = unnamed_source_before(p, cue, lo) {
        return Some(np);
    }
    // `The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) called`: a
    // name given its short form runs back as far as its initials go, across its commas.
    if let Some(np) = short_formed_name_before(p, cue, lo, true) {
        return Some(np);
    }
    let mut e = cue;
    // `Martha Shilongo (67) said`: an age in brackets after the name.
    if e >= lo + 4 && bracketed_age_before(p, e) {
        e -= 3;
    }
    while e > lo {
        let w = p.w(e - 1);
        // `The federal government had in April said`: when, not who.
        if e >= lo + 3 && is_month(w) && p.w(e - 2) == "in" {
            e -= 2;
            continue;
        }
        let skip = (is_verb_filler(w) && w != "told")
            // `Glaciologists have long warned`
            || w == "long" && e >= lo + 2 && matches!(p.w(e - 2), "has" | "have" | "had")
            // `Hoteliers are keen to stress`
            || w == "to" && e >= lo + 3 && is_eager(p.w(e - 2))
            || is_eager(w) && e < cue && p.w(e) == "to"
            // `Madrid has so far said`, `The government has since said`
            || w == "far" && e >= lo + 2 && p.w(e - 2) == "so"
            || w == "since" && e >= lo + 2 && matches!(p.w(e - 2), "has" | "have" | "had")
            || w == "so" && e < cue && p.w(e) == "far"
            // `Farmers there say`
            || matches!(w, "there" | "here")
                && e >= lo + 2
                && p.tokens[e - 2].kind == Kind::Word
                && lexicon().groups.contains_key(lower(p.w(e - 2)).as_ref())
            || is_weekday(w)
            || (w == "on" && e < cue && is_weekday(p.w(e)))
            || (is_ly_adverb(w)
                && p.tokens[e - 1].kind == Kind::Word
                // `The Nikkei business daily reported`: a paper, not how often.
                && !matches!(w, "daily" | "weekly" | "monthly" | "quarterly"));
        if !skip {
            break;
        }
        e -= 1;
    }
    if e <= lo {
        return None;
    }
    let last = p.w(e - 1);
    // `Her own work suggests`, `His research found`: a person's work speaks for them.
    if let Some(own) = own_work_at(p, e, lo) {
        return Some((own, e));
    }
    // `“…,” Oh said`: right after a quotation, one capitalised word before the cue is a
    // name, though it could be a word (`Oh`, `Well`).
    if e == cue
        && e >= lo + 2
        && p.tokens[e - 1].kind == Kind::Word
        && is_capitalized(last)
        && is_capitalized_function_word(last)
        && p.quoted(e - 2)
        && p.tokens[e - 2].kind == Kind::Quote
    {
        return Some((e - 1, e));
    }
    // (`who voted against it said`: after a preposition, `it` is an object.)
    let object = matches!(last, "it" | "you") && e >= lo + 2 && is_preposition(p.w(e - 2));
    if (pronoun(last).or_else(|| partitive_pronoun(last))).is_some() && !p.quoted(e - 1) && !object
    {
        return Some((e - 1, e));
    }
    if e >= lo + 3 && is_part_of_them([p.w(e - 3), p.w(e - 2), last]) && !p.quoted(e - 3) {
        return Some((e - 3, e));
    }
    // `Dame Patricia Oduya, the chair of the committee, who had warned that …`, `the man
    // who said`: the relative pronoun's antecedent speaks.
    if last == "who" && !p.quoted(e - 1) && e - 1 > lo {
        // (`a question from Wan Hafiz Wan Ismail (PN), who asked`: the phrase right before
        // the comma, when the clause it ends names no speaker.)
        let says = matches!(
            p.w(cue),
            "said" | "says" | "asked" | "asks" | "told" | "tells" | "wondered" | "questioned"
        );
        return np_right_before(p, e - 1, lo).or_else(|| {
            (says && e >= lo + 3 && p.w(e - 2) == ",")
                .then(|| np_ending(p, e - 2, lo))
                .flatten()
                .filter(|&(s, _)| is_capitalized(p.w(s)))
        });
    }
    // `the Vietnam Fruit and Vegetables Association, which said`: a body's name before the
    // relative pronoun.
    // (A verb of saying: `, which announced the recall …, said` has its own subject.)
    let saying = matches!(
        p.w(cue),
        "said" | "says" | "told" | "tells" | "warned" | "warns" | "insisted" | "insists"
    );
    if last == "which" && saying && !p.quoted(e - 1) && e >= lo + 3 && p.w(e - 2) == "," {
        // (When it spoke may stand between: `the Bali Provincial Government on Thursday,
        // which said`.)
        let mut end = e - 2;
        if end >= lo + 3 && is_weekday(p.w(end - 1)) && p.w(end - 2) == "on" {
            end -= 2;
        }
        if let Some((s, ne)) = np_ending(p, end, lo) {
            if (s..ne).any(|k| p.tokens[k].flags & Flag::HeadStart as u32 != 0) {
                return Some((s, ne));
            }
        }
    }
    // `Officials from the water department, however, said`: a sentence adverb set off by
    // commas is no part of the phrase.
    if last == "," && e >= lo + 4 && p.w(e - 3) == "," && is_sentence_adverb(p.w(e - 2)) {
        return np_right_before(p, e - 2, lo).or_else(|| np_right_before(p, e - 3, lo));
    }
    // `…, co-author of the report “Burning Early: …,” said`: a title's comma inside its
    // marks ends the description as a comma would.
    let title_comma = p.tokens[e - 1].kind == Kind::Quote
        && p.in_passage[e - 1].is_some_and(|pi| {
            p.passages[pi].close == Some(e - 1)
                && !p.is_speech(pi)
                && p.passages[pi].content.of(p.text).ends_with(',')
        });
    // `The commission, in an order signed by its Chairman, Dr. Abdullahi Danjuma, and made
    // available to THISDAY yesterday, said`: the subject, then an adverbial set off by
    // commas however many commas it holds.
    // `The report, “Non-Revenue Water: A Persistent Drain”, recommended`: a document and
    // its title set off by commas; the document speaks.
    if last == "," && e >= lo + 5 && p.tokens[e - 2].kind == Kind::Quote {
        let titled = p.in_passage[e - 2].and_then(|pi| {
            let q = p.passages[pi];
            let open = q.open?;
            (q.close == Some(e - 2) && !p.is_speech(pi) && open >= lo + 2 && p.w(open - 1) == ",")
                .then_some(open - 1)
        });
        if let Some(comma) = titled {
            if is_document_noun(lower(p.w(comma - 1)).as_ref()) {
                if let Some(np) = np_ending(p, comma, lo) {
                    return Some(np);
                }
            }
        }
    }
    if last == "," {
        if let Some(np) = subject_before_adverbial(p, e - 1, lo) {
            return Some(np);
        }
    }
    if last == "," || title_comma {
        // `Aaliyah Mercer, a partner at Brandt, Osei & Kaplan who represents the plaintiffs,
        // called`: a name opening the clause, then one description up to the cue, whatever
        // commas the description holds.
        let comma = e - 1;
        if let Some(fc) = (lo..comma).find(|&j| p.w(j) == "," && !p.quoted(j)) {
            let described = fc > lo
                && is_short_name(p, lo, fc)
                && !is_capitalized_function_word(p.w(lo))
                && fc + 1 < comma
                && (matches!(p.w(fc + 1), "a" | "an" | "the")
                    || p.tokens[fc + 1].flags & Flag::TitleStart as u32 != 0
                        && !is_capitalized(p.w(fc + 1)))
                && !(fc + 1..comma).any(|j| {
                    let speech = p.in_passage[j].is_some_and(|pi| p.is_speech(pi));
                    speech || !p.quoted(j) && matches!(p.w(j), ";" | ":")
                });
            if described && comma - fc <= 30 {
                return Some((lo, comma));
            }
            // `The company, a joint venture between Fujian Hengda Metals and …, said`: a body
            // met before, then what it is; not the names in the description.
            let body_described = fc == lo + 2
                && matches!(p.w(lo), "The" | "the")
                && !is_capitalized(p.w(lo + 1))
                && (super::names::is_kind_word(p.w(lo + 1))
                    || super::names::is_head_word(p.w(lo + 1)))
                && matches!(p.w(fc + 1), "a" | "an")
                && !(fc + 1..comma).any(|j| p.quoted(j) || matches!(p.w(j), "," | ";" | ":"));
            if body_described {
                return Some((lo, fc));
            }
            // `Mr Buhagiar, who met the Mayor of La Línea, José Antonio Vázquez, on Friday,
            // said`: a name opening the clause, then a relative clause with commas of its own.
            let relative = fc > lo
                && p.w(fc + 1) == "who"
                && comma - fc <= 30
                && is_short_name(p, lo, fc)
                && !is_capitalized_function_word(p.w(lo))
                && !(fc + 1..comma).any(|j| p.in_passage[j].is_some_and(|pi| p.is_speech(pi)));
            if relative {
                return Some((lo, fc));
            }
        }
        // `NAME, DESCRIPTION, said` / `DESCRIPTION, NAME, said` / `The firm X, has said`
        let mut comma = e - 1;
        let lo2 = comma.saturating_sub(30).max(lo);
        let mut prev_comma = (lo2..comma).rev().find(|&k| p.w(k) == "," && !p.quoted(k));
        let mut stepped_over_relative = false;
        // `X, the chief executive of Y, which represents Z, said` / `X, whose ward …,
        // said`: step over the relative clause as if it were not there.
        // (`A senior official at the unit, requesting anonymity, said`: a participle's
        // phrase is stepped over too.)
        // (And a list of what the phrase includes: `Residents of several districts,
        // including Al-Samer, Al-Marwah and Al-Naseem, complained`.)
        let opens_relative = |k: usize| {
            k + 1 < comma
                && (matches!(p.w(k + 1), "which" | "who" | "whose" | "where" | "including")
                    || is_participle_aside(p, k + 1)
                    // (`A nurse who works in …, and who asked not to be named, said`)
                    || k + 2 < comma
                        && p.w(k + 1) == "and"
                        && matches!(p.w(k + 2), "which" | "who" | "whose")
                    // `Traders in Taftan, many of whom …, said`
                    || k + 3 < comma
                        && p.w(k + 2) == "of"
                        && matches!(p.w(k + 3), "whom" | "which"))
        };
        // `Vikram Anand, who directs the Office of Cardiology, Hematology and Nephrology,
        // wrote`: the relative clause may hold a list of names with commas of its own.
        let relative_before_list = || {
            let start = (lo2..comma)
                .rev()
                .find(|&k| p.w(k) == "," && !p.quoted(k) && opens_relative(k))?;
            (start + 1..comma)
                .filter(|&j| p.w(j) == ",")
                .all(|j| {
                    j + 1 < comma
                        && p.tokens[j + 1].kind == Kind::Word
                        && is_capitalized(p.w(j + 1))
                })
                .then_some(start)
        };
        if let Some(k) = prev_comma
            .filter(|&k| !opens_relative(k))
            .and_then(|_| relative_before_list())
        {
            prev_comma = Some(k);
        }
        if let Some(k) = prev_comma {
            let relative = opens_relative(k);
            if relative {
                comma = k;
                prev_comma = (lo2..k).rev().find(|&j| p.w(j) == "," && !p.quoted(j));
                stepped_over_relative = true;
            }
        }
        // `state Sen. Dale Whitcomb, R-San Angelo, said`: a party and home town tag names
        // no one.
        if let Some(k) = prev_comma.filter(|&k| is_party_tag(p, k + 1, comma)) {
            comma = k;
            prev_comma = (lo2..k).rev().find(|&j| p.w(j) == "," && !p.quoted(j));
        }
        // `Keisha Bramwell, a nurse in Columbus, Ohio, said`: the one word after a place
        // met after a preposition is where that place is, still the description.
        if let Some(k) = prev_comma {
            // (Or an Irish county: `Traders in Midleton, Co Cork, have said`.)
            let county = k + 3 == comma && matches!(p.w(k + 1), "Co" | "County");
            // (`near Yorkton, Sask., said`: a province written short.)
            let abbreviated = k + 3 == comma && p.w(k + 2) == ".";
            // (A capital of several words too: `at Việt Nam National University, Hà Nội,`.)
            let capital = k + 2 < comma
                && CountryMatcher::get().capital_at(p.text, p.tokens, k + 1) == Some(comma - k - 1);
            let tail = (k + 2 == comma || county || abbreviated || capital)
                && p.tokens[comma - 1].kind == Kind::Word
                && is_capitalized(p.w(comma - 1))
                && !p.quoted(comma - 1);
            // (The place may have connectors in its name: `at The University of the West
            // Indies, Mona,`.)
            let mut j = k;
            while j > lo
                && p.tokens[j - 1].kind == Kind::Word
                && k - j < 10
                && (is_capitalized(p.w(j - 1))
                    || matches!(p.w(j - 1), "of" | "the" | "for" | "and"))
            {
                j -= 1;
            }
            while j < k && !is_capitalized(p.w(j)) {
                j += 1;
            }
            if tail && j < k && j > lo && is_preposition(p.w(j - 1)) {
                comma = k;
                prev_comma = (lo2..k).rev().find(|&j| p.w(j) == "," && !p.quoted(j));
            }
        }
        if let Some(k) = prev_comma {
            // A quotation in the description is what someone said, unless it names a
            // work or a movement (`one of the founders of the "Stand for the Vote" movement`).
            let speech_inside =
                (k + 1..comma).any(|j| p.in_passage[j].is_some_and(|pi| p.is_speech(pi)));
            if speech_inside {
                return None;
            }
            // `Al Arabiya television, citing the Libyan News Agency, reported`: what one
            // outlet relays from another is the other's.
            if k + 2 < comma && matches!(p.w(k + 1), "citing" | "quoting") {
                return Some((k + 2, comma));
            }
            // `Iran’s state broadcaster, IRIB, reported`, `Its main rival, Tessellate,
            // said`: a description, then the name it describes.
            // After a quotation (`“…,” China’s envoy to the UN, Zhao Minghui, said`), the
            // description starts where the quotation ends.
            let from = (lo..k)
                .rev()
                .find(|&j| p.quoted(j))
                .map_or(lo, |j| j + 1 + usize::from(j + 1 < k && p.w(j + 1) == ","));
            // `A 58-year-old former miner who gave only his first name, Ihor, asked`: a
            // description may end on a relative clause of its own.
            let described_by_relative = || {
                (from + 1..k)
                    .find(|&r| p.w(r) == "who" && !p.quoted(r))
                    .is_some_and(|r| k - from <= 16 && is_description(p, from, r))
            };
            // (The name may have its article: `Our sister publication, the Luxemburger Wort,
            // reported`.)
            let name_from = if matches!(p.w(k + 1), "the" | "The") {
                k + 2
            } else {
                k + 1
            };
            if name_from < comma
                && is_short_name(p, name_from, comma)
                && (is_description(p, from, k)
                    || is_description_in_place(p, from, k)
                    || is_titled_description(p, from, k)
                    || described_by_relative())
            {
                return Some((from, comma));
            }
            // `Maria Lopez, 42, a nurse from Leeds, said`: the age is no description.
            let k = if k >= lo + 2 && p.tokens[k - 1].kind == Kind::Number && p.w(k - 2) == "," {
                k - 2
            } else {
                k
            };
            // `Residents of the complex, a cluster of brick buildings, said`: a group
            // with a phrase of its own, then what it is.
            // (`The World Health Organization (WHO), in its latest report on …, said`)
            let np = np_ending(p, k, lo)
                .or_else(|| group_with_phrase(p, k, lo))
                .or_else(|| short_formed_name_before(p, k, lo, false));
            if let Some((s, _)) = np {
                // `Farida Karimova, a spokesperson for the agency, UNHCR, said`: the
                // description had an acronym appended; the name comes before it.
                if matches!(p.w(s), "a" | "an") && s >= lo + 2 && p.w(s - 1) == "," {
                    if let Some((n, _)) = np_ending(p, s - 1, lo) {
                        if is_capitalized(p.w(n)) {
                            return Some((n, comma));
                        }
                    }
                }
                // `The World Health Organization, in its latest report on the South-East
                // Asia region, said`: an adverbial set off by commas names no one.
                if is_preposition(p.w(k + 1)) && !p.quoted(k + 1) {
                    return Some((s, k));
                }
                return Some((s, comma));
            }
        }
        // `A person familiar with the inquiry, who requested anonymity, said`
        if let Some(np) = unnamed_source_before(p, comma, lo).filter(|_| prev_comma.is_none()) {
            return Some(np);
        }
        if let Some((s, _)) = np_ending(p, comma, lo).map(|np| one_of(p, np, lo)) {
            // `One dairy farmer in north Kerry, who did not want to be named, said`: the
            // one person so described, not the place.
            let one = |k: usize| is_one_or_indefinite(p.w(k));
            if s > lo && !one(s) && (lo..s).any(one) {
                let described = group_with_phrase(p, comma, lo).filter(|&(g, _)| g < s && one(g));
                if described.is_some() {
                    return described;
                }
                // (`One avocado grower in Cabildo, who …, told`: a noun no lexicon lists,
                // then where they are.)
                let placed = (lo + 2..s)
                    .find(|&j| matches!(p.w(j), "in" | "near" | "from"))
                    .filter(|&j| is_agent_noun(p.w(j - 1)))
                    .and_then(|j| someone_unlisted(p, j, lo))
                    .filter(|&(a, _)| a == lo);
                if placed.is_some() {
                    return placed;
                }
            }
            // (`“Too little, too late,” MEP Alba Roig Serrano, who leads …, said`: right after
            // the quotation's closing mark too.)
            let after_quotation = s > 0 && p.tokens[s - 1].kind == Kind::Quote && p.closes(s - 1);
            let reaches = s == lo
                || (s > 0 && matches!(p.w(s - 1), "," | ":" | "and") || after_quotation)
                    && prev_comma.is_none();
            if reaches {
                return Some((s, comma));
            }
            // `The Internet security firm Secunia.com, has said`: a few plain words before.
            // (Not a clause: `He was arrested by police, who said`.)
            let modifiers = s - lo <= 6
                && prev_comma.is_none()
                && (lo..s).all(|k| {
                    p.tokens[k].kind == Kind::Word
                        && !p.quoted(k)
                        && !is_clause_word(p.w(k))
                        && !is_finite_marker(p.w(k))
                });
            if modifiers {
                return Some((lo, comma));
            }
        }
        // `One firefighter on the fire’s north flank, who spoke on condition of
        // anonymity, said`
        // `A larger study published last year by Ingrid Solbakken and colleagues, which
        // followed …, found`
        if prev_comma.is_none() && stepped_over_relative {
            if let Some(np) = document_by_publisher(p, comma, lo) {
                return Some(np);
            }
            // `The owner of a recruitment office in Farwaniya, who asked not to be named,
            // said`: a post and where it is held, its holder unnamed.
            if let Some(np) = post_held_unnamed(p, comma, lo) {
                return Some(np);
            }
            // `A nurse who works in the emergency department …, and who asked …, said`
            // `A forestry contractor, who did not want to be named …, told`
            if let Some(np) =
                np_before_relative(p, comma, lo).or_else(|| someone_unlisted(p, comma, lo))
            {
                return Some(np);
            }
            return group_with_phrase(p, comma, lo)
                .filter(|&(s, _)| s == lo || matches!(p.w(s - 1), "," | ":" | "and" | "but"));
        }
        return None;
    }
    let np = np_ending(p, e, lo).map(|np| one_of(p, np, lo));
    // `One deputy head at a comprehensive in Sheffield told`: a person described by a
    // title and where they work, not the town.
    let one = |k: usize| is_one_or_indefinite(p.w(k));
    let described = || group_with_phrase(p, e, lo).filter(|&(s, _)| one(s));
    // `Onion and escallion farmers in southern St Elizabeth say`: a place after a
    // preposition is where the group is, not who speaks.
    // (`Officials from PMC’s water supply department said`: back over the owner and
    // plain words to the preposition.)
    let in_place = |s: usize| {
        let mut j = s;
        while j > lo
            && s - j < 6
            && !p.quoted(j - 1)
            && (p.tokens[j - 1].kind == Kind::Possessive
                || p.tokens[j - 1].kind == Kind::Word
                    && !is_preposition(p.w(j - 1))
                    && !is_clause_word(p.w(j - 1)))
        {
            j -= 1;
        }
        j > lo && is_preposition(p.w(j - 1))
    };
    let np = np.or_else(|| someone_unlisted(p, e, lo));
    // `An Arizona sheriff whose county sits on the U.S.-Mexico border says`: the phrase
    // before a relative clause, not the clause's last words.
    if let Some((s, _)) = np {
        if let Some(rel) = np_before_relative(p, e, lo).filter(|&(_, re)| re <= s) {
            return Some(rel);
        }
    }
    match np {
        Some((s, _)) if !one(s) && (lo..s).any(one) => described().filter(|&(g, _)| g < s).or(np),
        Some((s, _)) if s > lo && in_place(s) => {
            group_with_phrase(p, e, lo).filter(|&(g, _)| g < s).or(np)
        }
        Some(np) => Some(np),
        None => group_with_phrase(p, e, lo),
    }
}

/// A name given its short form in brackets, ending at `end`: `The World Health
/// Organization (WHO)`. With `commas_only`, only one whose own commas would cut it short
/// otherwise (`The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)`).
fn short_formed_name_before(
    p: &Para,
    end: usize,
    lo: usize,
    commas_only: bool,
) -> Option<(usize, usize)> {
    if end < lo + 4 || p.w(end - 1) != ")" {
        return None;
    }
    let start = super::names::short_form_at(p.text, p.tokens, end - 3)
        .and_then(|_| super::names::defined_by_short_form(p.text, p.tokens, end - 3))
        .filter(|&start| start >= lo && (!commas_only || (start..end).any(|k| p.w(k) == ",")))?;
    let start = if start > lo && matches!(p.w(start - 1), "the" | "The") {
        start - 1
    } else {
        start
    };
    Some((start, end))
}

/// `A forestry contractor told`, `One forestry contractor, who …, told`: one person, named
/// by a noun or two no lexicon lists,
/// ending at `e`. Not before a relative clause (`a kuia who proposed …`), nor a plural's
/// (`a habit biologists call`).
fn someone_unlisted(p: &Para, e: usize, lo: usize) -> Option<(usize, usize)> {
    let plain = |k: usize| {
        let w = p.w(k);
        p.tokens[k].kind == Kind::Word
            && !p.quoted(k)
            // (`A Savusavu-based exporter`: where they are based, then what they do.)
            && (is_compound_modifier(w)
                || w.starts_with(|c: char| c.is_lowercase())
                    && !is_clause_word(w)
                    && !is_preposition(w)
                    && !is_finite_marker(w)
                    && !w.ends_with("ing")
                    && !w.ends_with("ly"))
    };
    if p.w(e) == "who" {
        return None;
    }
    if let Some(np) = dealer_in(p, e, lo, plain) {
        return Some(np);
    }
    let last = p.w(e.checked_sub(1).filter(|&l| l >= lo)?);
    if last.ends_with('s') && !last.ends_with("ss") {
        return None;
    }
    // (`“Durian cannot wait,” the exporter said`: the one met before, right after a
    // quotation, named by what they do; not a document, `the judgement read`.)
    let definite_after_quotation = |a: usize| {
        matches!(p.w(a), "the" | "The")
            && a > 0
            && p.tokens[a - 1].kind == Kind::Quote
            && is_agent_noun(last)
    };
    // (A place of two words before `-based`: `One Phnom Penh-based exporter`.)
    let place_word = |k: usize| {
        k + 1 < e
            && p.tokens[k].kind == Kind::Word
            && is_capitalized(p.w(k))
            && is_compound_modifier(p.w(k + 1))
    };
    (1..=3).find_map(|n| {
        let a = e.checked_sub(n + 1).filter(|&a| a >= lo)?;
        let one = matches!(p.w(a), "A" | "An" | "a" | "an" | "One" | "one");
        let described = (a + 1..e).all(|k| plain(k) || place_word(k))
            // (Not inside a phrase after its preposition: `An industry insider from a
            // Xinjiang-based turbine producer`.)
            && (n < 3 || a == lo || !is_preposition(p.w(a - 1)));
        ((one || n == 1 && definite_after_quotation(a)) && described).then_some((a, e))
    })
}

/// `A supplier of vehicle parts told`, `An importer of rice said`: one person named by
/// what they deal in or make, a noun of an agent (`-er`, `-or`, `-ist` …) then `of` and a
/// few plain words, ending at `e`.
fn dealer_in(
    p: &Para,
    e: usize,
    lo: usize,
    plain: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let of = (e.saturating_sub(4).max(lo + 2)..e - 1).find(|&k| p.w(k) == "of")?;
    let agentive = p.tokens[of - 1].kind == Kind::Word && is_agent_noun(p.w(of - 1));
    // (One plain word may stand between: `A Lusaka-based supplier of`.)
    let a = (of.saturating_sub(3).max(lo)..of - 1)
        .rev()
        .find(|&a| matches!(p.w(a), "A" | "An" | "a" | "an" | "One" | "one"))?;
    let described = (a + 1..of - 1).all(&plain)
        && (of + 1..e).all(|k| plain(k) || matches!(p.w(k), "a" | "an" | "the"))
        && (a == lo || !is_preposition(p.w(a - 1)));
    (agentive && described).then_some((a, e))
}

/// `The director of a durian export company in Dak Lak, who asked not to be named,
/// said`: `the`, a post in lower case and where it is held, then a relative clause after
/// the comma at `comma` saying its holder is not named.
fn post_held_unnamed(p: &Para, comma: usize, lo: usize) -> Option<(usize, usize)> {
    if !matches!(p.w(lo), "The" | "the") || is_capitalized(p.w(lo + 1)) {
        return None;
    }
    let held_at = lo + 1 + super::names::title_at(p.text, p.tokens, lo + 1)?;
    (held_at < comma
        && is_preposition(p.w(held_at))
        && super::names::unnamed_after(p.text, p.tokens, comma))
    .then_some((lo, comma))
}

/// `One of the company’s biggest investors`, `one of Halden’s 20 largest shareholders`:
/// the phrase ending in a plural is one of them, from `One` on.
fn one_of(p: &Para, (s, e): (usize, usize), lo: usize) -> (usize, usize) {
    let owner_or_plain = |k: usize| {
        !p.quoted(k)
            && match p.tokens[k].kind {
                Kind::Possessive | Kind::Number => true,
                Kind::Word => {
                    !is_clause_word(p.w(k)) && !is_finite_marker(p.w(k)) && p.w(k) != "of"
                }
                _ => false,
            }
    };
    let mut k = s;
    while k > lo && s - k < 5 && owner_or_plain(k - 1) {
        k -= 1;
    }
    let partitive = k >= lo + 2
        && p.w(k - 1) == "of"
        && matches!(p.w(k - 2), "One" | "one")
        && (k - 2 == lo || matches!(p.w(k - 3), "," | "and" | "but"));
    if partitive {
        (k - 2, e)
    } else {
        (s, e)
    }
}

/// `Officials in both countries said`: a group noun, a prepositional phrase, the verb.
fn group_with_phrase(p: &Para, e: usize, lo: usize) -> Option<(usize, usize)> {
    let groups = &lexicon().groups;
    for k in (lo.max(e.saturating_sub(11))..e).rev() {
        let w = p.w(k);
        // `Villagers in Cayirli and neighbouring hamlets said`: `and` inside the phrase.
        // (And the commas of a list of places: `in Baner, Balewadi and Pashan`.)
        let joins_places = (w == "and" || w == "," && k + 1 < e && is_capitalized(p.w(k + 1)))
            && (lo..k).rev().take(4).any(|j| is_preposition(p.w(j)));
        // `the fire’s north flank`: an owner inside the phrase.
        let word_like = matches!(p.tokens[k].kind, Kind::Word | Kind::Possessive);
        if p.quoted(k) || (!word_like || is_clause_word(w)) && !joins_places {
            return None;
        }
        // `Patients waiting outside the emergency room said`: a participle phrase too, as
        // is `A citizens’ group opposed to the restart said`.
        let phrase_after = k + 1 < e
            && (is_preposition(p.w(k + 1))
                || is_participle_phrase_start(p.w(k + 1))
                || k + 2 < e && p.w(k + 1).ends_with("ed") && is_preposition(p.w(k + 2)));
        if !phrase_after {
            continue;
        }
        // `One firefighter on the north flank, who …, said`: one person so described.
        // `One deputy head at …`: a title of two words.
        // (`A senior emergency doctor at a large hospital in …`: plain words between.)
        // (An age too: `A 27-year-old worker from Apia`.)
        let indefinite_before = || {
            (lo.max(k.saturating_sub(4))..k)
                .rev()
                .take_while(|&j| {
                    matches!(p.tokens[j].kind, Kind::Word | Kind::Number)
                        && !p.quoted(j)
                        && !is_clause_word(p.w(j))
                })
                .find(|&j| is_one_or_indefinite(p.w(j)))
                .filter(|&j| (j + 1..k).all(|m| !is_capitalized(p.w(m))))
        };
        let one_titled = k > lo && is_one_titled(p.w(k - 1), w)
            || k > lo + 1
                && is_one_or_indefinite(p.w(k - 2))
                && !is_capitalized(p.w(k - 1))
                && lexicon()
                    .titles
                    .contains_key(&format!("{} {}", lower(p.w(k - 1)), lower(w)))
            || !is_capitalized(w)
                && lexicon().titles.contains_key(w)
                && indefinite_before().is_some();
        let described_group = k > lo && w == "group";
        // (A pair the lexicon lists: `Village leaders`, `community leaders`.)
        let listed_pair = k > lo
            && p.tokens[k - 1].kind == Kind::Word
            && lexicon().group_of_two(p.w(k - 1), w).is_some();
        if groups.contains_key(lower(w).as_ref()) || one_titled || described_group || listed_pair {
            let one = |j: usize| is_one_or_indefinite(p.w(j));
            let start = if one_titled && one(k - 1) {
                k - 1
            } else if one_titled && k >= lo + 2 && one(k - 2) {
                k - 2
            } else if let Some(j) = indefinite_before().filter(|_| one_titled) {
                j
            } else {
                np_ending(p, k + 1, lo).map_or(k, |(s, _)| s)
            };
            return Some((start, e));
        }
    }
    None
}

/// `people familiar with the matter said`, `a source close to the talks told`: a
/// description of an unnamed source from `anonymity.txt`, running up to the verb.
fn unnamed_source_before(p: &Para, cue: usize, lo: usize) -> Option<(usize, usize)> {
    let lo = cue.saturating_sub(10).max(lo);
    for k in (lo..cue).rev() {
        if p.quoted(k) || matches!(p.w(k), "," | ";" | ":") {
            return None;
        }
        if !unnamed_source_phrase(p, k) {
            continue;
        }
        // `two people familiar with the matter`: a determiner may come first, and a
        // modifier or two (`A county official familiar with the negotiations`).
        let mut from = k;
        while from > lo
            && k - from < 3
            && p.tokens[from - 1].kind == Kind::Word
            && !is_determiner(p.w(from - 1))
            && !is_clause_word(p.w(from - 1))
            && !is_preposition(p.w(from - 1))
            && !is_finite_marker(p.w(from - 1))
            && from - 1 > lo
            && (lo..from - 1).rev().take(3).any(|j| is_determiner(p.w(j)))
        {
            from -= 1;
        }
        if from > lo && is_determiner(p.w(from - 1)) {
            from -= 1;
        }
        let starts = from == lo || matches!(p.w(from - 1), "," | "and" | "but" | "while" | "as");
        if starts {
            return Some((from, cue));
        }
    }
    None
}

/// An unnamed-source phrase that can be a subject (not `on condition of anonymity`).
fn unnamed_source_phrase(p: &Para, k: usize) -> bool {
    super::names::unnamed_source_at(p.text, p.tokens, k)
        && !matches!(
            lower(p.w(k)).as_ref(),
            "on" | "under"
                | "who"
                | "not"
                | "for"
                | "off"
                | "speaking"
                | "spoke"
                | "requested"
                | "granted"
                | "insisted"
                | "identified"
                | "name"
                | "names"
                | "fearing"
                | "sensitivity"
                | "according"
        )
}

/// `Cornyn's statement added`, `PC World's recent analysis of … concluded`: the owner of
/// a statement, report or analysis speaks through it.
fn possessive_product(p: &Para, cue: usize, lo: usize) -> Option<(usize, usize)> {
    let window = cue.saturating_sub(10).max(lo);
    for k in (window..cue).rev() {
        if p.quoted(k) || matches!(p.w(k), "," | ";") {
            return None;
        }
        if p.tokens[k].kind == Kind::Possessive && k + 1 < cue {
            let product = (k + 1..cue.min(k + 4)).any(|j| {
                matches!(
                    p.w(j),
                    "statement"
                        | "analysis"
                        | "report"
                        | "study"
                        | "website"
                        | "survey"
                        | "findings"
                        | "research"
                        | "data"
                        | "letter"
                        | "post"
                        | "announcement"
                        | "filing"
                        | "ruling"
                        | "verdict"
                )
            });
            if product {
                return np_ending(p, k, lo);
            }
        }
    }
    None
}

/// The noun phrase starting at `s` (after `said`, `according to`, `in the words of`), with a
/// name or description after a comma (`the team's coach, Alireza Mehraban,`).
/// `staff members`, `study authors`: a group the lexicon names with two words, at `i`.
fn two_word_group(p: &Para, i: usize, sb: usize) -> bool {
    i + 1 < sb
        && p.tokens[i].kind == Kind::Word
        && p.tokens[i + 1].kind == Kind::Word
        && lexicon().group_of_two(p.w(i), p.w(i + 1)).is_some()
}

pub fn np_forward(p: &Para, s: usize, sb: usize) -> Option<(usize, usize)> {
    // `wrote to the FTC`: a hearer or an adverbial, never the speaker; nor is a day
    // (`…, a police spokeswoman, said Monday.`).
    if s >= sb
        || p.quoted(s)
        || is_preposition(p.w(s))
        || is_weekday(p.w(s))
        || matches!(p.w(s), "today" | "yesterday" | "tonight")
    {
        return None;
    }
    // `according to him, …` (not `according to her lawyer`).
    let object =
        object_pronoun(p.w(s)).is_some() && (s + 1 >= sb || matches!(p.w(s + 1), "," | "." | ";"));
    if pronoun(p.w(s)).is_some() || object {
        return Some((s, s + 1));
    }
    // `according to (a) person familiar with the matter, who asked …`: up to the comma.
    let article = is_determiner(p.w(s)) && s + 1 < sb;
    if unnamed_source_phrase(p, s) || article && unnamed_source_phrase(p, s + 1) {
        // Up to the comma, a relative clause and all (`a person familiar with the
        // investigation who spoke on the condition of anonymity because …,`).
        let stop = |k: usize| p.quoted(k) || matches!(p.w(k), "," | ";" | ":" | "." | "(" | "—");
        let end = (s..sb.min(s + 10))
            .find(|&k| stop(k))
            .or_else(|| {
                let relative = (s..sb.min(s + 10)).any(|k| p.w(k) == "who");
                (s..sb.min(s + 30)).find(|&k| stop(k)).filter(|_| relative)
            })
            .unwrap_or(sb.min(s + 10));
        return Some((s, end));
    }
    // `“…,” said the contractor.`: one unnamed person met before, by a noun no lexicon
    // lists, where the clause ends, right after a quotation and its verb.
    let after_quotation = s >= 2 && p.tokens[s - 2].kind == Kind::Quote;
    if matches!(p.w(s), "the" | "The") && after_quotation {
        let plain = |k: usize| {
            p.tokens[k].kind == Kind::Word
                && !p.quoted(k)
                && p.w(k).starts_with(|c: char| c.is_lowercase())
                && !is_clause_word(p.w(k))
                && !is_preposition(p.w(k))
                && !is_finite_marker(p.w(k))
        };
        let e = (s + 1..sb.min(s + 3))
            .take_while(|&k| plain(k))
            .last()
            .map(|k| k + 1);
        // (Not `the nurse, Nurul`: a name follows.)
        let ends = |e: usize| {
            e >= sb
                || matches!(p.w(e), "." | ";" | "!" | "?")
                || p.w(e) == "," && !(e + 1 < sb && is_capitalized(p.w(e + 1)))
        };
        if let Some(e) = e.filter(|&e| ends(e) && !p.w(e - 1).ends_with('s')) {
            return Some((s, e));
        }
    }
    // `said a visibly distraught Clarke`: how the speaker looked, then their name.
    if matches!(p.w(s), "a" | "an") {
        // (Words of a look, not what the speaker is: not `a study published Wednesday`.)
        let mut k = s + 1;
        while k < sb.min(s + 4)
            && p.tokens[k].kind == Kind::Word
            && !p.quoted(k)
            && p.w(k).starts_with(|c: char| c.is_lowercase())
            && !is_clause_word(p.w(k))
            && !is_preposition(p.w(k))
            && !is_document_noun(p.w(k))
            && p.tokens[k].flags & Flag::TitleStart as u32 == 0
        {
            k += 1;
        }
        let name_end = (k..sb.min(k + 3))
            .take_while(|&j| {
                let w = p.w(j);
                p.tokens[j].kind == Kind::Word
                    && is_capitalized(w)
                    && !is_weekday(w)
                    && !is_month(w)
            })
            .last()
            .map(|j| j + 1);
        let ends = |e: usize| e >= sb || matches!(p.w(e), "." | "," | ";" | ":" | "!" | "?");
        if let Some(e) = name_end.filter(|&e| k > s + 1 && ends(e) && !p.quoted(k)) {
            return Some((s, e));
        }
    }
    let mut start = s;
    // `according to reports a State Department spokesman …`: skip a generic lead.
    if matches!(p.w(s), "reports" | "sources" | "media")
        && s + 1 < sb
        && matches!(p.w(s + 1), "a" | "an" | "the")
    {
        start = s + 1;
    }
    // (`Economy, Trade and Industry Minister Takumi Ogasawara`: the post's fields first.)
    let mut i = super::names::fields_before_title(p.text, &p.tokens[..sb], start).unwrap_or(start);
    let from = i;
    while i < sb && i < from + NP_FORWARD_TOKENS {
        let w = p.w(i);
        let possessed = i + 1 < sb
            && p.tokens[i + 1].kind == Kind::Possessive
            && p.tokens[i].kind == Kind::Word;
        // `a 2023 report`: a year right after the article.
        let year = i == start + 1
            && is_determiner(p.w(start))
            && p.tokens[i].kind == Kind::Number
            && w.len() == 4;
        let ok = if possessed || year {
            true // `the Afghan team's coach`
        } else if i > start && (is_name_connector(w) || is_determiner(w)) {
            // Only when leading on to a capital: `Ambassador to the United States`; not a
            // date (`… (TRA) on March 3`).
            // (Nor `at a Feb. 20 briefing`: the capital it leads to is a month.)
            let date = (i + 1..sb.min(i + 3))
                .find(|&k| is_capitalized(p.w(k)))
                .is_some_and(|k| is_month(p.w(k)) || is_weekday(p.w(k)));
            !date
                && (i + 1..sb.min(i + 3)).any(|k| is_capitalized(p.w(k)) && !p.quoted(k))
                && (i + 1..sb.min(i + 3))
                    .take_while(|&k| !is_capitalized(p.w(k)))
                    .all(|k| is_name_connector(p.w(k)) || is_determiner(p.w(k)))
        } else {
            // `the staff report`, `the consumer electronics company`: plain words before
            // the noun that heads the phrase.
            np_token(p, i)
                // `said the 63-year-old`: an age as an epithet.
                || w.ends_with("-year-old")
                // (`said cattle rancher Washington Pereira`: right after the cue too.)
                || modifies_head(p, i, sb)
                // `according to library officials`: a plain word before a group noun.
                || i == start
                    && i + 1 < sb
                    && p.tokens[i].kind == Kind::Word
                    && !is_capitalized(w)
                    && !is_preposition(w)
                    && !is_clause_word(w)
                    && lexicon().groups.contains_key(p.w(i + 1))
                // `Dubai-based consultancy Edvise Partners`: what it is, then its name.
                || i > start
                    && i + 1 < sb
                    && super::names::is_kind_word(w)
                    && is_capitalized(p.w(i + 1))
                // `two FDA staff members`: a group named by two words.
                || two_word_group(p, i, sb)
                || i > start && two_word_group(p, i - 1, sb)
        };
        if !ok {
            break;
        }
        i += 1;
    }
    if i == start {
        return None;
    }
    // `according to the Chinese Embassy in Canada`: an embassy's place is part of its name.
    if i + 1 < sb && p.w(i) == "in" && super::names::is_diplomatic_mission(p.text, p.tokens, i) {
        let place_end = (i + 1..sb.min(i + 4))
            .take_while(|&k| {
                p.tokens[k].kind == Kind::Word && is_capitalized(p.w(k)) && !p.quoted(k)
            })
            .last();
        if let Some(k) = place_end {
            i = k + 1;
        }
    }
    // `According to the authority’s seasonal outlook, …`: what an owner owns, up to the
    // comma.
    if i > start && p.tokens[i - 1].kind == Kind::Possessive {
        let end = (i..sb.min(i + 4)).find(|&k| p.w(k) == ",");
        let plain = |k: usize| {
            p.tokens[k].kind == Kind::Word
                && !p.quoted(k)
                && !is_capitalized(p.w(k))
                && !is_finite_marker(p.w(k))
        };
        if let Some(end) = end.filter(|&e| e > i && (i..e).all(plain)) {
            i = end;
        }
    }
    // `a statement issued by the Ukrainian government`: the publisher belongs to it.
    // `a report released Monday by …`: a day may come between.
    let by = if i + 2 < sb && is_weekday(p.w(i + 1)) {
        i + 2
    } else {
        i + 1
    };
    if by < sb
        && p.w(i).ends_with("ed")
        && p.w(by) == "by"
        && is_document_noun(lower(p.w(i - 1)).as_ref())
    {
        if let Some((_, by_end)) = np_forward(p, by + 1, sb) {
            i = by_end;
        }
    } else if i + 1 < sb && p.w(i) == "by" && is_document_noun(lower(p.w(i - 1)).as_ref()) {
        // `a 2023 report by the Living Streets Institute`
        if let Some((_, by_end)) = np_forward(p, i + 1, sb) {
            i = by_end;
        }
    }
    // `the Ministry of Economy, Trade and Industry`: an institution's name may list what
    // it is for.
    if i < sb && p.w(i) == "," && super::names::heads_for(p.text, &p.tokens[start..i]) {
        if let Some(end) = super::names::listed_to(p.text, p.tokens, i).filter(|&e| e <= sb) {
            i = end;
        }
    }
    // A name after the comma: `the Afghan team's coach, Alireza Mehraban,`; or a
    // description: `Shi Yinhong, an international relations expert at …`.
    if i < sb && p.w(i) == "," {
        let mut j = i + 1;
        while j < sb && !p.quoted(j) && !matches!(p.w(j), "," | "." | ";" | ":") && j < i + 25 {
            j += 1;
        }
        if j > i + 1 {
            let chunk_caps = (i + 1..j).all(|k| is_capitalized(p.w(k)) || p.w(k) == ".");
            // A description names a title early on: `an international relations expert at …`;
            // a clause is none (`the complaint, Whitlock’s agent first heard …`).
            let clause_after = (i + 1..j)
                .take_while(|&k| !matches!(p.w(k), "who" | "which" | "that" | "whose"))
                .any(|k| {
                    p.tokens[k].kind == Kind::Word
                        && (is_finite_marker(p.w(k)) || present_verb(p, k, j))
                        && !is_capitalized(p.w(k))
                });
            let describes = j - i <= 20
                && !clause_after
                && (i + 1..(i + 6).min(j))
                    .any(|k| lexicon().titles.contains_key(lower(p.w(k)).as_ref()));
            if (chunk_caps && j - i - 1 <= 4) || describes {
                i = j;
            }
        }
    }
    let has_head = (start..i).any(|k| {
        let w = p.w(k);
        (is_capitalized(w) && !matches!(w, "The" | "A" | "An"))
            || np_word_head(w)
            || pronoun(w).is_some()
            || w.ends_with("-year-old")
            // (`religious leaders`: a group named by two words.)
            || k > start && two_word_group(p, k - 1, sb)
    });
    has_head.then_some((start, i))
}

#[cfg(test)]
mod tests {
    use super::super::quotes::passages;
    use super::super::sentences::sentences;
    use super::super::tokens::tokenize;
    use super::*;

    /// (speaker phrase, direct quotes, indirect spans) per attribution.
    fn attrib(s: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
        let mut toks = Vec::new();
        let block = Span::new(0, s.len());
        tokenize(s, block, &mut toks);
        let (ps, _) = passages(s, block, &toks, false);
        let marks = PassageMarks::new(&toks, &ps);
        let para = Para::new(s, &toks, &ps, &marks);
        let mut claimed = vec![false; ps.len()];
        let mut out = Vec::new();
        for sent in sentences(s, &toks, &ps, lexicon()) {
            for a in attributions(&para, sent, &mut claimed) {
                let who = match a.subject {
                    Subject::Np(x, y) => para.span(x, y).of(s).to_string(),
                    Subject::Inherit => "^".to_string(),
                };
                out.push((
                    who,
                    a.direct
                        .iter()
                        .map(|&d| ps[d].content.of(s).to_string())
                        .collect(),
                    a.indirect.iter().map(|i| i.of(s).to_string()).collect(),
                ));
            }
        }
        out
    }

    /// What the one attribution in `s` reports indirectly.
    fn reported(s: &str) -> Vec<String> {
        one(s).2
    }

    fn one(s: &str) -> (String, Vec<String>, Vec<String>) {
        let mut a = attrib(s);
        assert_eq!(a.len(), 1, "{s}: {a:?}");
        a.remove(0)
    }

    #[test]
    fn quote_then_speaker() {
        assert_eq!(
            one("“Peace talks. This stays,” Liu said."),
            (
                "Liu".into(),
                vec!["Peace talks. This stays,".into()],
                vec![]
            )
        );
        assert_eq!(
            one("“It works,” said Shi Yinhong, an international relations expert at China’s Renmin University."),
            ("Shi Yinhong, an international relations expert at China’s Renmin University".into(), vec!["It works,".into()], vec![])
        );
        // The outlet spoken to is no part of the name.
        assert_eq!(one("“It is low,” said Mujkić for Fena.").0, "Mujkić");
        assert_eq!(
            one("“It is low,” said Minister for Health Jane Doe.").0,
            "Minister for Health Jane Doe"
        );
    }

    #[test]
    fn a_quotation_that_is_all_that_was_said_is_speech_in_any_case() {
        assert_eq!(
            one("Asked whether he would resign, Dobbs said: “Absolutely not.”"),
            ("Dobbs".into(), vec!["Absolutely not.".into()], vec![])
        );
        // Title Case inside a clause still names a work.
        assert_eq!(
            one("Dobbs said he had read “War and Peace” twice."),
            (
                "Dobbs".into(),
                vec![],
                vec!["he had read “War and Peace” twice".into()]
            )
        );
    }

    #[test]
    fn a_persons_words_announced_before_a_colon() {
        assert_eq!(
            one("Her advice to parents was blunt: “If your child isn’t vaccinated, get them vaccinated now.”"),
            (
                "Her".into(),
                vec!["If your child isn’t vaccinated, get them vaccinated now.".into()],
                vec![]
            )
        );
        // Words after the quotation make it no announcement.
        assert_eq!(
            attrib("Her advice was blunt: “Get them vaccinated,” which parents ignored."),
            vec![]
        );
    }

    #[test]
    fn speaker_then_clause() {
        assert_eq!(
            one("Lu Chao, director of the Institute of American Studies at Liaoning University, said the U.S. should not expect China to manage North Korea."),
            (
                "Lu Chao, director of the Institute of American Studies at Liaoning University".into(),
                vec![],
                vec!["the U.S. should not expect China to manage North Korea".into()]
            )
        );
        assert_eq!(
            one("Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into the incident."),
            ("Environment Canada spokeswoman Sujata Raisinghani".into(), vec![], vec!["the department will look into the incident".into()])
        );
    }

    #[test]
    fn clause_then_speaker() {
        assert_eq!(
            one("At the same time, Xi cannot anger Europeans when his economy is in trouble, Wilder said."),
            ("Wilder".into(), vec![], vec!["Xi cannot anger Europeans when his economy is in trouble".into()])
        );
    }

    #[test]
    fn partial_quotes_inside_reported_speech() {
        assert_eq!(
            one("Secretary of State Antony Blinken said Thursday that the sides had “an intensive conversation just this week” and that China knows that U.S. expectations are that “they will use their influence.”"),
            (
                "Secretary of State Antony Blinken".into(),
                vec!["an intensive conversation just this week".into(), "they will use their influence.".into()],
                vec![]
            )
        );
        let a = one("Xi has developed a personal relationship with Putin and “he cannot see Putin fail,” Wilder said this week at a panel.");
        assert_eq!(a.1, vec!["he cannot see Putin fail,".to_string()]);
        assert_eq!(
            a.2,
            vec!["Xi has developed a personal relationship with Putin".to_string()]
        );
        // A verb in the past whose object is the quotation is no clause of its own; a
        // passive is.
        let a = one("Sela said the vote marked “the end of an era”.");
        assert_eq!((a.1.len(), a.2.len()), (1, 0), "{a:?}");
        let a = one("The federation said services would be suspended “for days”.");
        assert_eq!(a.2, vec!["services would be suspended".to_string()]);
    }

    #[test]
    fn called_takes_quotes_only() {
        let a = one("Dennis Wilder, senior fellow at Georgetown University, called Beijing’s “radio silence” on the move “shocking.”");
        assert_eq!(
            a.1,
            vec!["radio silence".to_string(), "shocking.".to_string()]
        );
        assert!(a.2.is_empty());
        let a = one(
            "The People Power Party denounced the committee vote as a “legislative steamroll.”",
        );
        assert_eq!(
            (a.1, a.2.len()),
            (vec!["legislative steamroll.".to_string()], 0)
        );
    }

    #[test]
    fn a_subject_set_off_by_commas_is_no_clause_said_before_an_inverted_speaker() {
        let a = attrib("Ms Saunders, a retired school cook, said her late husband, Derek, had always dealt with the bills.");
        assert_eq!(a[0].0, "Ms Saunders, a retired school cook");
        assert_eq!(
            a[0].2,
            ["her late husband, Derek, had always dealt with the bills"]
        );
        let a = attrib("The talks were over, said Ahmed Khan, a diplomat.");
        assert_eq!(
            (a[0].0.as_str(), a[0].2.clone()),
            (
                "Ahmed Khan, a diplomat",
                vec!["The talks were over".to_string()]
            )
        );
        // A clause before `, which` a named speaker describes ends there.
        assert_eq!(
            reported("The regulator confirmed that the standing charge would rise, which Mr Haverley described as “a difficult decision”."),
            ["the standing charge would rise"]
        );
    }

    #[test]
    fn a_word_that_is_also_a_surname_after_a_quotation() {
        let a =
            one("“Telling them to pay the same wages is irresponsible,” Oh said in a briefing.");
        assert_eq!(a.0, "Oh");
        // A verb set off by `, but not …,` is part of the clause.
        assert_eq!(
            reported("Yang noted that Tokyo has encouraged, but not required, companies to offer a four-day week."),
            ["Tokyo has encouraged, but not required, companies to offer a four-day week"]
        );
    }

    #[test]
    fn clauses_after_participles_and_adverbials() {
        assert_eq!(
            one("Colonel Ahmed Rahimi said armed men had crossed the border."),
            (
                "Colonel Ahmed Rahimi".into(),
                vec![],
                vec!["armed men had crossed the border".into()]
            )
        );
        assert_eq!(
            one("Dana Whitfield wrote in a memo to staff on Tuesday that the firm had grown too fast."),
            (
                "Dana Whitfield".into(),
                vec![],
                vec!["the firm had grown too fast".into()]
            )
        );
        // A hearer introduced by `to` is nobody's speech, and no speaker.
        assert_eq!(
            attrib("Senator Maria Castellano, a Democrat, wrote to the FTC in June urging it to block the deal."),
            vec![]
        );
    }

    #[test]
    fn a_second_verb_continues_the_speaker() {
        for s in [
            "Rahul Verma said the government had failed farmers, adding that prices had doubled.",
            "Rahul Verma said the government had failed farmers and added that prices had doubled.",
            "Rahul Verma claimed that the government had failed farmers, and pointed out that prices had doubled.",
        ] {
            let a = attrib(s);
            assert_eq!(a.len(), 2, "{s}: {a:?}");
            assert_eq!(a[0].0, "Rahul Verma");
            assert_eq!(a[0].2, vec!["the government had failed farmers".to_string()]);
            assert_eq!(a[1], ("^".into(), vec![], vec!["prices had doubled".into()]));
        }
    }

    #[test]
    fn an_age_between_name_and_description() {
        assert_eq!(
            one("Maria Lopez, 42, a nurse from Leeds, said she had waited six hours."),
            (
                "Maria Lopez, 42, a nurse from Leeds".into(),
                vec![],
                vec!["she had waited six hours".into()]
            )
        );
    }

    #[test]
    fn an_irregular_past_makes_a_clause() {
        assert_eq!(
            one("A storm swept the Midwest on Thursday, knocking out power to 200,000 homes, officials said."),
            (
                "officials".into(),
                vec![],
                vec!["A storm swept the Midwest on Thursday, knocking out power to 200,000 homes".into()]
            )
        );
    }

    #[test]
    fn a_speaker_in_a_clause_after_while() {
        let a = attrib("Komeito has argued that support should focus on poor households, while the LDP’s policy chief, Hideo Kawabata, has said the party wants relief “before the summer heat arrives.”");
        assert_eq!(a.len(), 2, "{a:?}");
        assert!(a[1].0.ends_with("Hideo Kawabata"), "{a:?}");
        assert_eq!(a[1].1, ["before the summer heat arrives."]);
    }

    #[test]
    fn a_clause_opening_on_an_amount_of_money() {
        assert_eq!(
            reported(
                "Lim Wei Ming said this year’s fires were a reminder that gains could be lost."
            ),
            ["this year’s fires were a reminder that gains could be lost"]
        );
        assert_eq!(
            reported("Asked about the handouts, he said only that he wanted to act in the spring."),
            ["he wanted to act in the spring"]
        );
        assert_eq!(
            reported("Nikhil Varma said as many as one in five people infected went on to develop fatigue."),
            ["as many as one in five people infected went on to develop fatigue"]
        );
        for s in [
            "The Chief Minister said ₹20,000 a hectare would be paid for damaged crops.",
            "The mayor said $4 million had been set aside.",
        ] {
            let (_, _, indirect) = one(s);
            assert_eq!(indirect.len(), 1, "{s}");
            assert!(indirect[0].starts_with(['₹', '$']), "{s}: {indirect:?}");
        }
    }

    #[test]
    fn a_clause_straight_after_an_adverbial() {
        assert_eq!(
            one("Tomasz Wierzbicki said on Tuesday the ban would stay in place."),
            (
                "Tomasz Wierzbicki".into(),
                vec![],
                vec!["the ban would stay in place".into()]
            )
        );
        assert_eq!(
            one("The Commission said in a statement it would present proposals next week."),
            (
                "The Commission".into(),
                vec![],
                vec!["it would present proposals next week".into()]
            )
        );
        // A participle with its agent is no clause: what was said came before.
        let a = attrib("Xi trusts Putin and “he cannot see Putin fail,” Wilder said this week at a panel discussion hosted by a think tank.");
        assert_eq!(a[0].0, "Wilder");
        assert_eq!(a[0].1, vec!["he cannot see Putin fail,".to_string()]);
    }

    #[test]
    fn joined_verbs_share_the_subject() {
        let a = attrib("Tomasz Wierzbicki said that the ban was temporary, and accused Kyiv of “playing politics” with the issue.");
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[1], ("^".into(), vec!["playing politics".into()], vec![]));
        let a = attrib(
            "He warned that patients were at risk, and said research by his team had found a link.",
        );
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[0].2, vec!["patients were at risk".to_string()]);
        assert_eq!(
            a[1],
            (
                "^".into(),
                vec![],
                vec!["research by his team had found a link".into()]
            )
        );
        let a = attrib("Wierzbicki said he was open to talks, but insisted that any decision would be taken by Poland alone.");
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(
            a[1],
            (
                "^".into(),
                vec![],
                vec!["any decision would be taken by Poland alone".into()]
            )
        );
    }

    #[test]
    fn a_title_of_several_words_is_one_speaker() {
        assert_eq!(
            one("The prime minister told MPs: “We have a plan and we are sticking to it.”"),
            (
                "The prime minister".into(),
                vec!["We have a plan and we are sticking to it.".into()],
                vec![]
            )
        );
    }

    #[test]
    fn uk_habits() {
        assert_eq!(
            one("Rachel Pearce told the BBC’s Today programme that the plan would fail."),
            (
                "Rachel Pearce".into(),
                vec![],
                vec!["the plan would fail".into()]
            )
        );
        assert_eq!(
            one("Pearce wrote on X: “This budget is a disaster for working families everywhere.”"),
            (
                "Pearce".into(),
                vec!["This budget is a disaster for working families everywhere.".into()],
                vec![]
            )
        );
        assert_eq!(
            one("No 10 said the prime minister had full confidence in the chancellor."),
            (
                "No 10".into(),
                vec![],
                vec!["the prime minister had full confidence in the chancellor".into()]
            )
        );
        assert_eq!(
            one("A senior source said the minister had resigned."),
            (
                "A senior source".into(),
                vec![],
                vec!["the minister had resigned".into()]
            )
        );
    }

    #[test]
    fn a_clause_before_and_leading_into_a_partial_quote() {
        assert_eq!(
            one("She wrote that the company had hired too quickly and now needed to “operate with the discipline of a much more mature business.”"),
            (
                "She".into(),
                vec!["operate with the discipline of a much more mature business.".into()],
                vec!["the company had hired too quickly".into()]
            )
        );
        // Not a clause of its own: only the quoted words.
        assert_eq!(
            one("She said the agency was “deeply concerned” by the reports."),
            ("She".into(), vec!["deeply concerned".into()], vec![])
        );
    }

    #[test]
    fn documents_and_unnamed_sources_after_according_to() {
        assert_eq!(
            one("Staff asked for emails, according to people familiar with the matter, who asked not to be identified."),
            (
                "people familiar with the matter".into(),
                vec![],
                vec!["Staff asked for emails".into()]
            )
        );
        assert_eq!(
            one("Reefs could be hit by 2040, according to a study published Wednesday."),
            (
                "a study".into(),
                vec![],
                vec!["Reefs could be hit by 2040".into()]
            )
        );
        assert_eq!(
            one("“We will respond,” the statement said."),
            (
                "the statement".into(),
                vec!["We will respond,".into()],
                vec![]
            )
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(
            one("According to Afghan Ambassador Hamdullah Mohib, the team shows progress."),
            (
                "Afghan Ambassador Hamdullah Mohib".into(),
                vec![],
                vec!["the team shows progress".into()]
            )
        );
        assert_eq!(
            one("In a rare meeting, three diplomats met envoys, according to reports a State Department spokesman spoke on condition of anonymity."),
            ("a State Department spokesman".into(), vec![], vec!["three diplomats met envoys".into()])
        );
        // A document with its title, when it came out and its publisher, then what the
        // publisher is: the clause starts after all of it.
        assert_eq!(
            one(
                "According to “Stuck at the Platform,” a report released last month by the \
                 Chicagoland Mobility Institute, a Chicago-based research group, the rail \
                 system lost riders."
            ),
            (
                "a report released last month by the Chicagoland Mobility Institute".into(),
                vec![],
                vec!["the rail system lost riders".into()]
            )
        );
    }

    #[test]
    fn noting_inherits_the_speaker() {
        let a =
            attrib("Beijing is “aware of the danger,” Shi said, noting that “the fact shows it.”");
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].0, "Shi");
        assert_eq!(a[1].0, "^");
        assert_eq!(a[1].1, vec!["the fact shows it.".to_string()]);
    }

    #[test]
    fn a_participle_after_a_clause_has_its_subject() {
        let (who, _, indirect) =
            one("Defense attorney Gregory Nwachukwu spoke for an hour, noting that his client had been ill.");
        assert_eq!(who, "Defense attorney Gregory Nwachukwu");
        assert_eq!(indirect, vec!["his client had been ill".to_string()]);
        assert!(attrib("Prices rose sharply last year, prompting fears of a slump.").is_empty());
    }

    #[test]
    fn a_subject_pronoun_after_warn_opens_the_clause() {
        let a = attrib(
            "Papadaki believes the measures are necessary but warns they treat the symptom.",
        );
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[1].2, vec!["they treat the symptom".to_string()]);
    }

    #[test]
    fn a_name_in_quotation_marks_after_a_name_is_no_speech() {
        let (who, direct, indirect) =
            one("Ion Prisăcaru, expert of the Centre “Prognoza”, told IPN that prices had risen.");
        assert!(who.starts_with("Ion Prisăcaru"), "{who}");
        assert!(direct.is_empty());
        assert_eq!(indirect, vec!["prices had risen".to_string()]);
        assert_eq!(one("Jane Doe said “Yes”.").1, vec!["Yes".to_string()]);
    }

    #[test]
    fn saying_in_progress_and_a_participle_describing_a_noun() {
        assert_eq!(
            one("Scientists have been warning for years that the islands are drying."),
            (
                "Scientists".into(),
                vec![],
                vec!["the islands are drying".into()]
            )
        );
        let a = attrib("The sheriff says drones cross nightly, and he is warning that deputies cannot stop them.");
        assert_eq!(a[1].0, "he");
        assert_eq!(a[1].2, vec!["deputies cannot stop them".to_string()]);
        // Progressive forms that report nothing, and a participle before its noun.
        assert!(
            attrib("Corvana is recalling about 1.2 million chargers sold last year.").is_empty()
        );
        assert_eq!(
            one("According to Kastelic, Slovenian forecasting models are good enough.").0,
            "Kastelic"
        );
        assert!(attrib("The warning was issued on Monday.").is_empty());
    }

    #[test]
    fn negated_and_scare_quotes() {
        assert!(attrib("U.S. officials have not said why the team was denied visas.").is_empty());
        assert!(attrib("Beijing has formed a “borderless” partnership with Moscow.").is_empty());
        let a = one(
            "Beijing formed a “borderless” partnership, and experts say Beijing may not approve.",
        );
        assert_eq!(a.0, "experts");
        assert!(
            a.1.is_empty(),
            "a scare quote is nobody's speech: {:?}",
            a.1
        );
        assert_eq!(a.2, vec!["Beijing may not approve".to_string()]);
    }

    #[test]
    fn a_quotation_right_after_the_cue_runs_on_into_the_sentence() {
        let (who, direct, indirect) =
            one("Lamb answered, “I do, Your Honor,” his only words in court Thursday.");
        assert_eq!(who, "Lamb");
        assert_eq!(direct, vec!["I do, Your Honor,".to_string()]);
        assert!(indirect.is_empty(), "{indirect:?}");
    }

    #[test]
    fn an_owners_s_is_no_verb_but_it_s_is() {
        assert!(attrib(
            "Prosecutors also showed jurors the company’s own safety handbook, which requires shoring."
        )
        .is_empty());
        let a = attrib("Kwan ordered him held, denying Fairweather’s request that he remain free.");
        assert!(a.iter().all(|(_, _, i)| i.is_empty()), "{a:?}");
        assert_eq!(
            reported("The minister acknowledged it’s time to go."),
            ["it’s time to go"]
        );
        assert_eq!(
            reported(
                "Allies of the chancellor insist she retains the prime minister’s full confidence."
            ),
            ["she retains the prime minister’s full confidence"]
        );
    }

    #[test]
    fn a_quotation_after_a_mid_sentence_cue_carries_on_the_clause_before() {
        let (who, direct, indirect) = one(
            "A neighbor had sent her a video of the fire, she said, “and then the power went out.”",
        );
        assert_eq!(who, "she");
        assert_eq!(direct, vec!["and then the power went out.".to_string()]);
        assert_eq!(
            indirect,
            vec!["A neighbor had sent her a video of the fire".to_string()]
        );
    }

    #[test]
    fn how_a_speaker_put_it_before_a_colon() {
        let (who, direct, _) =
            one("Asked about the cuts, Dr. Beale was blunt: “You cannot defund us.”");
        assert_eq!(
            (who.as_str(), direct),
            ("Dr. Beale", vec!["You cannot defund us.".to_string()])
        );
        let (who, _, _) = one(
            "Bradley Stroud, who bought the club in 2019, was more succinct: “Best day of my life.”",
        );
        assert_eq!(who, "Bradley Stroud");
        assert!(attrib("The weather was clear: “Sunny” was the forecast.").is_empty());
    }

    #[test]
    fn a_complete_clause_before_an_infinitive_into_a_quotation() {
        let (_, direct, indirect) =
            one("Beridze said the delay was necessary to “complete the reform of the electoral administration.”");
        assert_eq!(indirect, vec!["the delay was necessary".to_string()]);
        assert_eq!(direct.len(), 1);
        assert!(reported(
            "Moscow said the proposals amounted to an attempt to “legalise the boarding of ships”."
        )
        .is_empty());
    }

    #[test]
    fn clauses_joined_by_but_that_and_a_phrase_about_the_clause() {
        let (_, direct, indirect) = one(
            "Lindqvist said the fine was “a good start” but that what mattered was whether it changed its behaviour.",
        );
        assert_eq!(direct.len(), 1);
        assert_eq!(
            indirect,
            vec!["what mattered was whether it changed its behaviour".to_string()]
        );
        assert_eq!(
            reported("Hollander told a press conference that the company had shut rivals out of its store, a practice she called “deliberate and repeated.”"),
            ["the company had shut rivals out of its store"]
        );
        // A verb of its own in the second clause (`expected`) starts no new attribution.
        assert_eq!(
            reported("The Shas party said its support was “not a foregone conclusion,” and that the party expected the coalition to advance other laws."),
            ["the party expected the coalition to advance other laws"]
        );
    }

    #[test]
    fn a_finding_of_that_is_what_a_later_speaker_said() {
        let (who, _, indirect) = one(
            "That suggests pterosaurs moved between the continents, she told The New York Times in a video interview.",
        );
        assert_eq!(who, "she");
        assert_eq!(
            indirect,
            ["That suggests pterosaurs moved between the continents"]
        );
    }

    #[test]
    fn a_description_with_a_relative_clause_of_its_own_before_the_name() {
        let (who, _, indirect) = one(
            "A 58-year-old former miner who gave only his first name, Ihor, asked whether anyone had slept in a cellar.",
        );
        assert!(who.ends_with("Ihor"), "{who}");
        assert_eq!(indirect, ["whether anyone had slept in a cellar"]);
    }

    #[test]
    fn asked_how_and_asked_to() {
        let a = one("Environment Minister John Baird has asked government officials how such documents stored in \"approved security cabinets\" wound up on the street.");
        assert_eq!(a.2, vec!["how such documents stored in \"approved security cabinets\" wound up on the street".to_string()]);
        assert!(a.1.is_empty());
        assert!(
            attrib("Rathke also asked the governments of the region not to turn away boats.")
                .is_empty()
        );
    }

    #[test]
    fn a_month_before_a_cue_word_makes_it_a_noun() {
        let (who, _, indirect) = one(
            "Lindqvist, whose October report was titled “Analog’s Long Winter,” said the approach could flush out other bidders.",
        );
        assert_eq!(who, "Lindqvist");
        assert_eq!(indirect, ["the approach could flush out other bidders"]);
    }

    #[test]
    fn a_participle_after_a_speaker_set_off_by_commas() {
        let (_, direct, indirect) = one(
            "Customers had pulled orders forward, Raman said, leaving the second half “structurally weaker.”",
        );
        assert_eq!(direct, ["structurally weaker."]);
        assert_eq!(indirect, ["Customers had pulled orders forward"]);
    }

    #[test]
    fn adding_after_a_comma_inside_the_closing_mark() {
        let a = attrib(
            "The authority said it would “keep the situation under review,” adding that it does not comment on deals.",
        );
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[1].2, ["it does not comment on deals"]);
    }

    #[test]
    fn but_that_after_a_comma_is_a_second_clause_reported() {
        let (_, direct, indirect) = one(
            "The authority said that it would consider trials “where the risks are known”, but that no decision had been made.",
        );
        assert_eq!(direct, ["where the risks are known"]);
        assert_eq!(
            indirect,
            ["it would consider trials", "no decision had been made"]
        );
    }

    #[test]
    fn warn_with_no_hearer_before_a_clause() {
        assert_eq!(
            reported("Backbenchers warn communities will lose their say over development."),
            ["communities will lose their say over development"]
        );
        assert_eq!(
            reported("The council warned residents that roads would close."),
            ["roads would close"]
        );
    }

    #[test]
    fn a_time_word_that_modifies_the_subject_is_no_adverbial() {
        assert_eq!(
            reported("Natarajan said early evidence from Ireland suggested approvals had risen."),
            ["early evidence from Ireland suggested approvals had risen"]
        );
        assert_eq!(
            reported("The minister said early this week that the bill would pass."),
            ["the bill would pass"]
        );
    }

    #[test]
    fn a_quotation_after_an_adverbial_and_a_comma() {
        let (who, direct, _) =
            one("A citizens group said in a statement, “We are being asked to accept a risk.”");
        assert_eq!(who, "A citizens group");
        assert_eq!(direct, ["We are being asked to accept a risk."]);
        // A title set off by commas before `that` is not what was said.
        let titled = attrib(
            "The institute found in a report, “Paying for the Storm,” that offsets were rare.",
        );
        assert!(titled.iter().all(|a| a.1.is_empty()), "{titled:?}");
    }

    #[test]
    fn a_participle_after_the_hearer_goes_on_with_the_speaker() {
        let a = attrib(
            "“I have concluded that the restart is necessary,” Kanemori told a press conference at the office, adding that safety “must always come first.”",
        );
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[1].0, "^");
    }

    #[test]
    fn a_conjunction_opening_the_sentence_is_no_part_of_the_speaker() {
        let (who, _, indirect) = one(
            "But lawmaker Rebecca Tse Wing-sze, who represents the social welfare sector, said the law risked pushing households out.",
        );
        assert_eq!(who, "lawmaker Rebecca Tse Wing-sze");
        assert_eq!(indirect, ["the law risked pushing households out"]);
    }

    #[test]
    fn a_name_then_a_description_holding_commas() {
        let (who, _, _) = one(
            "Sandra Ma Suk-yin, convenor of the housing research group at the Harbour Policy Institute, a think tank, said the government should publish a plan.",
        );
        assert!(who.starts_with("Sandra Ma Suk-yin"), "{who}");
        let (who, _, _) = one(
            "S. Janakiraman, professor at the Centre for Water Resources, Anna University, said the floods were as much a result of poor planning as of rain.",
        );
        assert!(who.starts_with("S. Janakiraman"), "{who}");
    }

    #[test]
    fn a_clause_after_according_to_and_a_phrase_she_called() {
        let (who, _, indirect) =
            one("According to the complaint, Whitlock’s agent first heard the voice in October.");
        assert_eq!(who, "the complaint");
        assert_eq!(
            indirect,
            ["Whitlock’s agent first heard the voice in October"]
        );
        let (_, direct, indirect) = one(
            "Ventura said that Lumora’s pricing undercuts its rivals by half, which she called “a land grab.”",
        );
        assert_eq!(direct, ["a land grab."]);
        assert_eq!(indirect, ["Lumora’s pricing undercuts its rivals by half"]);
    }

    #[test]
    fn reports_after_a_preposition_is_a_noun() {
        let a = attrib("Oil rose on Tuesday on reports that the producer group could deepen cuts.");
        assert!(a.is_empty(), "{a:?}");
        let (who, _, _) =
            one("An OPEC+ delegate, who declined to be named, said the group could deepen cuts.");
        assert!(who.ends_with("delegate"), "{who}");
    }
}
