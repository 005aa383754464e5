//! The analysis pass: blocks in, [`Analysis`] out (see the module docs of [`super`]).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::countries::{CountryHit, FormKind};
use super::cues::{Attribution, Para, Subject};
use super::lookup::{self, Flag};
use super::names::{self, Candidate, Name, NameKind};
use super::prepare::{self, is_read, Prepared, Step};
use super::roles;
use super::speakers::{Actor, Gender, Registry};
use super::tokens::{Kind, Token};
use super::words::{
    is_agent_noun, is_branch_noun, is_capitalized, is_compound_modifier, is_count_word,
    is_court_filing, is_determiner, is_document_noun, is_finding_noun, is_honorific,
    is_name_connector, is_name_particle, is_one_or_indefinite, is_one_titled, is_part_of_them,
    is_participle_phrase_start, is_preposition, is_record_noun, is_state_run, object_pronoun,
    partitive_pronoun, possessive_pronoun, pronoun, with_lower, Pronoun,
};
use super::{Analysis, Entity, EntityClass, Quote, QuoteKind, Role, Speaker, SpeakerKind};
use crate::article::{Block, BlockKind, Span};
use crate::lexicon::lexicon;

/// How far before an earlier attribution's cue (bytes) `the statement` looks for its
/// noun: `In a statement issued on Saturday evening, the Board said`.
const ISSUER_BEFORE: usize = 120;

/// How many paragraphs back `the statement` looks for whoever issued one.
const ISSUER_PARAGRAPHS: usize = 3;

/// How far back (bytes) `the company` looks for the company it means when no earlier
/// institution has `company` in its name: a few paragraphs.
const DESCRIBED_INSTITUTION_REACH: usize = 1500;

/// Text between two looks of an observer of [`Engine::run`], in bytes.
const OBSERVE_EVERY: usize = 256 * 1024;

/// An analysis under way, as its observer sees it.
pub struct Partial<'e, 't> {
    engine: &'e Engine<'t>,
    /// Bytes of the text done: everything before this offset.
    pub done: usize,
}

impl Partial<'_, '_> {
    /// Everything found so far. It costs a copy of the results: take it now and then.
    pub fn analysis(&self) -> Analysis {
        self.engine.analysis()
    }
}

/// A quote before speakers are numbered.
struct Found {
    actor: Option<usize>,
    kind: QuoteKind,
    span: Span,
    cue: Option<Span>,
    source: Option<Span>,
    block: usize,
}

/// The last attribution: who, in which paragraph, where.
#[derive(Clone, Copy)]
struct Said {
    actor: usize,
    paragraph: usize,
    at: usize,
}

pub struct Engine<'t> {
    text: &'t str,
    registry: Registry,
    found: Vec<Found>,
    /// Every country mention: the span and the country's name.
    countries: Vec<(Span, &'static str)>,
    organizations: Vec<Span>,
    /// How often each country is met, how often by its name, and where first (byte).
    country_counts: HashMap<&'static str, (usize, usize, usize)>,
    history: Vec<Said>,
    paragraph: usize,
    /// People named in the previous paragraph, in order.
    /// Who the paragraph before named, each with the gender of the person it was named
    /// as a relative of (`her predecessor, Aldo Petronelli`), if any.
    previous_people: Vec<(usize, Option<Gender>)>,
    /// Quotations with no speaker yet that run on to the end of the last paragraph, and of
    /// the paragraphs before it that they run on from: whoever is named where the quotation
    /// closes said them too.
    running_on: Vec<usize>,
    /// Short forms given in brackets after an organisation's name, and that name.
    acronyms: HashMap<&'t str, Span>,
    /// The first word of each organisation's name of several words, and the latest such
    /// name (`Corvana` → `Corvana Technologies`); likewise a company's name without its
    /// legal form (`Ridgeline Excavation` → `Ridgeline Excavation Inc.`).
    first_words: HashMap<&'t str, Span>,
    /// Each word of each organisation's name, folded as the word index folds it, and the
    /// latest name holding it (`league` → `Premier League`).
    name_words: HashMap<u64, Span>,
    /// The initials of each organisation's name of several words, and the latest name
    /// with them (`FDA` → `Food and Drug Administration`).
    initialisms: HashMap<String, Span>,
    /// Names in this paragraph that may be people's but are not known to be
    /// (`Lucinda Farrow is a psychologist.`): what `she` stands for when nothing else does.
    maybe_people: Vec<Span>,
}

impl<'t> Engine<'t> {
    pub fn new(text: &'t str) -> Self {
        Engine {
            text,
            registry: Registry::default(),
            found: Vec::new(),
            countries: Vec::new(),
            organizations: Vec::new(),
            country_counts: HashMap::default(),
            history: Vec::new(),
            maybe_people: Vec::new(),
            paragraph: 0,
            previous_people: Vec::new(),
            running_on: Vec::new(),
            acronyms: HashMap::default(),
            first_words: HashMap::default(),
            name_words: HashMap::default(),
            initialisms: HashMap::default(),
        }
    }

    /// Analyse `blocks` in reading order, letting `observe` look in whenever another
    /// [`OBSERVE_EVERY`] bytes of text are done.
    pub fn run(mut self, blocks: &[Block], observe: &mut dyn FnMut(&Partial)) -> Analysis {
        let mut next_look = OBSERVE_EVERY;
        prepare::each(self.text, blocks, |bi, p| {
            let block = &blocks[bi];
            if block.span.end >= next_look {
                next_look = block.span.end + OBSERVE_EVERY;
                observe(&Partial {
                    engine: &self,
                    done: block.span.start,
                });
            }
            self.read(bi, block, p);
        });
        self.analysis()
    }

    /// Resolve who speaks in one block, from what [`prepare`] read in it.
    fn read(&mut self, bi: usize, block: &Block, p: &Prepared) {
        if !is_read(block.kind) {
            return;
        }
        // (A capital counts too: `Honiara` six times and `Solomon Islands` once is an
        // article about Solomon Islands.)
        for h in p.countries {
            if matches!(
                h.kind,
                FormKind::Name | FormKind::Demonym | FormKind::Capital
            ) {
                let (all, named, _) =
                    self.country_counts
                        .entry(h.country)
                        .or_insert((0, 0, h.span.start));
                *all += 1;
                *named += usize::from(h.kind == FormKind::Name);
            }
        }
        self.countries
            .extend(p.countries.iter().map(|h| (h.span, h.country)));
        self.maybe_people.clear();
        // `How a Private Equity-Backed Company Left Rural Missouri Waiting`: in a headline
        // in Title Case every word is capitalised, and runs of them are no bodies' names.
        let headline_case =
            block.kind == BlockKind::Title && super::cues::is_title_case(block.span.of(self.text));
        let people = if headline_case {
            let names: Vec<Candidate> = p
                .names
                .iter()
                .filter(|c| c.name.kind != NameKind::Organization)
                .copied()
                .collect();
            self.register(&names, p.tokens)
        } else {
            self.register(p.names, p.tokens)
        };
        if block.kind != BlockKind::Paragraph {
            return;
        }
        let para = p.para(self.text);
        // Not a country (`Sri Lanka`), nor a name inside a quotation (`… in a Toyota Yaris
        // …,” she said`).
        self.maybe_people.retain(|n| {
            let country = p
                .countries
                .iter()
                .any(|h| h.span.start < n.end && n.start < h.span.end);
            let quoted = para
                .passages
                .iter()
                .any(|q| q.content.start <= n.start && n.end <= q.content.end);
            !country && !quoted
        });
        let found_from = self.found.len();
        for step in p.steps {
            match step {
                Step::Continued { passages } => self.continuation(&para, passages, bi),
                Step::Attributed {
                    sentence,
                    attributions,
                } => {
                    let mut previous: Option<usize> = None;
                    for att in attributions {
                        previous = self.attribute(
                            &para,
                            att,
                            &people,
                            p.countries,
                            previous,
                            *sentence,
                            bi,
                        );
                    }
                }
            }
        }
        self.run_on(&para, found_from);
        self.next_paragraph(&people, &para);
    }

    /// `“My mother stood there for nine years. …` / `“You took her,” Begay said.`: a
    /// quotation that runs over paragraphs is the speaker's where it closes, all of it.
    fn run_on(&mut self, para: &Para, found_from: usize) {
        let running = std::mem::take(&mut self.running_on);
        // The quotation goes on from the paragraph before: continued without a mark, or
        // (the printer's custom) with an opening mark first thing.
        let Some(first) = para
            .passages
            .first()
            .filter(|p| p.open.is_none_or(|o| o == 0))
        else {
            return self.start_running_on(para, found_from);
        };
        let first_found = self.found_since(found_from, first.content);
        // (A speaker given only because the quotation went on from whoever spoke before is
        // no attribution: the run goes on to where one is.)
        let attributed = first_found.filter(|&k| self.found[k].cue.is_some());
        match attributed.and_then(|k| self.found[k].actor) {
            Some(actor) => {
                for k in running {
                    self.found[k].actor = Some(actor);
                }
                self.start_running_on(para, found_from);
            }
            None => {
                // Still no speaker: the quotation may run on further, and close later.
                let whole = para.passages.len() == 1 && first.close.is_none();
                self.running_on = running;
                match first_found.filter(|_| whole) {
                    Some(k) => self.running_on.push(k),
                    None => {
                        // It closes here with no cue: whoever it went on from said it all.
                        let went_on = first_found.and_then(|k| self.found[k].actor);
                        for k in std::mem::take(&mut self.running_on) {
                            self.found[k].actor = self.found[k].actor.or(went_on);
                        }
                        self.start_running_on(para, found_from);
                    }
                }
            }
        }
    }

    /// A paragraph's last quotation, when it runs on and has no speaker, starts a new run.
    fn start_running_on(&mut self, para: &Para, found_from: usize) {
        self.running_on.clear();
        let last = para.passages.last().filter(|p| p.close.is_none());
        // (Or one that has only the speaker before it: `“The CCG vessels … at risk.` /
        // `“We call on …,” PCG spokesperson … Jonas Macaraeg said`, after the PCG spoke.)
        let found = last
            .and_then(|l| self.found_since(found_from, l.content))
            .filter(|&k| self.found[k].actor.is_none() || self.found[k].cue.is_none());
        self.running_on.extend(found);
    }

    /// The quote found at `span` since `from`.
    fn found_since(&self, from: usize, span: Span) -> Option<usize> {
        (from..self.found.len()).find(|&k| self.found[k].span == span)
    }

    /// Move on to the next paragraph, remembering who this one named.
    fn next_paragraph(&mut self, people: &[(Name, usize)], para: &Para) {
        self.paragraph += 1;
        // `N.Baasanjav, a herder …, described this winter as the hardest.` / `“In December
        // the snow came early …` / `“We received hay …,” he said.`: a quotation that runs on
        // with no speaker yet and names no one leaves in focus those named before it.
        if people.is_empty() && !self.running_on.is_empty() {
            return;
        }
        self.previous_people.clear();
        self.previous_people.extend(
            people
                .iter()
                .map(|(n, id)| (*id, relative_of(self.text, para.tokens, n))),
        );
    }

    /// Register the people and organisations named in a block; returns each person's
    /// name with the actor it is. A name that is one only if the article named that
    /// person before is looked up before any of the block's names count.
    fn register(&mut self, found: &[Candidate], tokens: &[Token]) -> Vec<(Name, usize)> {
        let text = self.text;
        let mut people = Vec::new();
        for c in found {
            // Known from before, or from earlier in this block (`Everett Hollis … Hollis
            // was the son of …`).
            if c.only_if_known {
                let word = c.name.span.of(text);
                if self.is_organization_first_word(word) || !self.registry.is_known_person(word) {
                    let (from, to) = c.name.tokens;
                    if c.name.kind == NameKind::Person
                        && (2..=3).contains(&(to - from))
                        && names::region_at(text, tokens, from).is_none()
                    {
                        self.maybe_people.push(c.name.span);
                    }
                    continue;
                }
            }
            let n = &c.name;
            match n.kind {
                NameKind::Person => {
                    // `Economist Henry Castillo Reyes, a professor at …`: both what stands
                    // before the name and what is said after it (`the economist warned`).
                    let both;
                    let title = match (
                        n.title.map(|s| s.of(text)),
                        n.appositive.map(|s| s.of(text)),
                    ) {
                        (Some(before), Some(after))
                            if !after.contains(before) && names_a_post(before) =>
                        {
                            both = format!("{before}, {after}");
                            Some(both.as_str())
                        }
                        (before, after) => after.or(before),
                    };
                    let name = n.span.of(text);
                    // Keep an honorific's dot out of the name (`Mr. Toccafondi`).
                    let name = name.trim_start_matches(|c: char| c == '.' || c.is_whitespace());
                    // `Ridgeline Excavation` after `Ridgeline Excavation Inc.`
                    if name.contains(' ') && self.first_words.contains_key(name) {
                        continue;
                    }
                    let role = n.role.or_else(|| self.predecessor_role(tokens, n.tokens.0));
                    let id = self.registry.person(name, Some(n.span), title, role);
                    people.push((*n, id));
                }
                NameKind::Organization => {
                    self.organizations.push(n.span);
                    if let Some(short) = initials(n.span.of(text)) {
                        self.initialisms.insert(short, n.span);
                    }
                    if let Some((first, _)) = n.span.of(text).split_once(' ') {
                        self.first_words.insert(first, n.span);
                    }
                    // `Ridgeline Excavation Inc.`: later `Ridgeline Excavation`.
                    if let Some((stem, form)) = n.span.of(text).rsplit_once(' ') {
                        if is_legal_form(form) {
                            self.first_words.insert(stem, n.span);
                        }
                    }
                    for word in n.span.of(text).split(|c: char| !c.is_alphanumeric()) {
                        if !word.is_empty() {
                            self.name_words.insert(lookup::key(word), n.span);
                        }
                    }
                    // `the Reserve Bank of India (RBI)`: the short form names it later.
                    if let Some(short) = names::short_form_at(text, tokens, n.tokens.1) {
                        self.acronyms.insert(short, n.span);
                    }
                }
            }
        }
        people
    }

    /// Quotations standing as sentences of their own continue the speaker in focus.
    fn continuation(&mut self, para: &Para, passages: &[usize], block: usize) {
        for &pi in passages {
            let at = para.passages[pi].content.start;
            // `“Nobody called”` alone on its line, short and with no stop: a crosshead
            // quoting someone further on, not the last speaker going on.
            let content = para.passages[pi].content.of(self.text).trim_end();
            let crosshead = passages.len() == 1
                && para.tokens.first().is_some_and(|t| t.kind == Kind::Quote)
                && para.tokens.last().is_some_and(|t| t.kind == Kind::Quote)
                && !content.ends_with(['.', '!', '?', ',', ';', ':', '…', '—'])
                && content.split_whitespace().nth(5).is_none();
            let actor = self
                .history
                .last()
                .filter(|s| self.paragraph - s.paragraph <= 1 && !crosshead)
                .map(|s| s.actor);
            if let Some(a) = actor {
                self.note_said(a, at);
            }
            self.found.push(Found {
                actor,
                kind: QuoteKind::Direct,
                span: para.passages[pi].content,
                cue: None,
                source: None,
                block,
            });
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn attribute(
        &mut self,
        para: &Para,
        att: &Attribution,
        people: &[(Name, usize)],
        hits: &[CountryHit],
        previous: Option<usize>,
        (sa, _): (usize, usize),
        block: usize,
    ) -> Option<usize> {
        let (actor, source) = match att.subject {
            Subject::Np(s, e) => self.resolve(para, s, e, people, hits, sa),
            Subject::Inherit => (previous, None),
        };
        // `A federal official, who spoke on condition of anonymity because he was not
        // authorized …, told`: the speaker's gender, from their own relative clause.
        if let (Some(a), Subject::Np(_, e)) = (actor, att.subject) {
            if let Some(g) = gender_in_relative_clause(para, e, att.cue.start) {
                self.registry.note_gender(a, g);
            }
        }
        let at = att.cue.start;
        if let Some(a) = actor {
            self.note_said(a, at);
        }
        for &d in &att.direct {
            self.found.push(Found {
                actor,
                kind: QuoteKind::Direct,
                span: para.passages[d].content,
                cue: Some(att.cue),
                source,
                block,
            });
        }
        // Reported speech needs a speaker: without one (`Estimates suggest …`) it is
        // just a sentence.
        for &span in att.indirect.iter().filter(|_| actor.is_some()) {
            // `Simms said she would ask the council …`: the speaker is most often the
            // subject of what they report about themselves.
            let first = span.of(self.text).split(' ').next().unwrap_or("");
            if let (Some(a), Some(g)) = (actor, pronoun(first).and_then(gender_of)) {
                self.registry.note_gender(a, g);
            }
            self.found.push(Found {
                actor,
                kind: QuoteKind::Indirect,
                span,
                cue: Some(att.cue),
                source,
                block,
            });
        }
        actor
    }

    /// `Várhelyi’s predecessor, Lajos Fehérvári`, `his predecessor, Ole Marius Siegstad`: who
    /// held the post before (or after) the person named or in focus has that person's role.
    /// `from` is the first token of the name.
    fn predecessor_role(&self, tokens: &[Token], from: usize) -> Option<Role> {
        let w = |k: usize| tokens[k].text(self.text);
        if from < 3 || w(from - 1) != "," || !matches!(w(from - 2), "predecessor" | "successor") {
            return None;
        }
        let owner = if tokens[from - 3].kind == Kind::Possessive && from >= 4 {
            self.registry.person_by_word(w(from - 4))
        } else if matches!(w(from - 3), "his" | "her" | "His" | "Her") {
            self.history.last().map(|s| s.actor)
        } else {
            None
        };
        owner.and_then(|a| self.registry.actors[a].role)
    }

    /// Who a speaker's noun phrase names, and the span that names them.
    fn resolve(
        &mut self,
        para: &Para,
        s: usize,
        e: usize,
        people: &[(Name, usize)],
        hits: &[CountryHit],
        sentence_start: usize,
    ) -> (Option<usize>, Option<Span>) {
        let text = self.text;
        let tokens = para.tokens;
        let w = |i: usize| tokens[i].text(text);
        let np = Span::new(tokens[s].span.start, tokens[e - 1].span.end);
        let part_of_them = e - s == 3 && is_part_of_them([w(s), w(s + 1), w(s + 2)]);
        if e - s == 1 || part_of_them {
            let pr = pronoun(w(s))
                .or_else(|| object_pronoun(w(s)))
                .or_else(|| possessive_pronoun(w(s)))
                .or_else(|| partitive_pronoun(w(s)))
                .or(part_of_them.then_some(Pronoun::SomeOfThem));
            if let Some(pr) = pr {
                let mut actor = self.pronoun(pr, np.start, people, sentence_start, para);
                // `Lucinda Farrow is a psychologist. She said …`: a name not known to be a
                // person's, when no one else is in focus.
                if matches!(pr, Pronoun::He | Pronoun::She) {
                    actor = self.or_named_here(actor, np.start, para);
                }
                if let (Some(a), Some(g)) = (actor, gender_of(pr)) {
                    self.registry.note_gender(a, g);
                }
                // `The Reserve Bank of India cut its rate. The cut, it said, …`: an
                // organisation named shortly before, though it had not spoken yet.
                if actor.is_none() && pr == Pronoun::It {
                    actor = self.latest_organization(np.start, |_| true).map(|name| {
                        let name_text = name.of(text);
                        self.registry.institution(
                            name_text,
                            || roles::institution_role(name_text),
                            Some(name),
                        )
                    });
                }
                // `Not all local residents share the enthusiasm. Some say …`: part of a
                // group named just before, though it had not spoken.
                // Unless a group spoke in this paragraph already (`According to two staff
                // members, reviewers … were overruled by senior officials. One of them
                // described …`).
                let group_spoke_here = pr == Pronoun::SomeOfThem
                    && self
                        .recent_speaker(np.start, 0, &|a| {
                            self.registry.actors[a].kind == SpeakerKind::Group
                        })
                        .is_some();
                if pr == Pronoun::SomeOfThem && !group_spoke_here {
                    if let Some((name, g)) = group_named_before(text, tokens, s) {
                        let name_text = name.of(text);
                        actor = Some(self.registry.group(
                            name_text,
                            g.role,
                            g.family,
                            None,
                            Some(name),
                        ));
                    }
                }
                if let Some(a) = actor {
                    self.registry.note_mention(a, np);
                }
                return (actor, Some(np));
            }
        }
        // `Her group found`, `his company said`: the body the person in focus works for,
        // named in their description.
        let their_body = e - s == 2
            && matches!(w(s), "Her" | "her" | "His" | "his" | "Their" | "their")
            && matches!(
                w(s + 1),
                "group" | "organisation" | "organization" | "company" | "firm" | "union" | "agency"
            );
        if their_body {
            let person = self.person_in_focus(None, np.start, people, sentence_start, para);
            let title = person.and_then(|a| self.registry.actors[a].title.clone());
            let named = title.as_deref().and_then(|t| {
                self.latest_organization(np.start, |o| t.contains(o.of(text)))
                    .map(|o| (o.of(text).to_string(), Some(o)))
                    .or_else(|| body_in_title(t).map(|b| (b.to_string(), None)))
            });
            if let Some((name, span)) = named {
                let id = self
                    .registry
                    .institution(&name, || roles::institution_role(&name), span);
                self.registry.note_mention(id, np);
                return (Some(id), Some(np));
            }
        }
        // `the Central Bank of Lesotho’s latest Quarterly Review`: a body's publication,
        // named as a title is; the body speaks through it.
        let publication = |l: &str| {
            is_document_noun(l) || matches!(l, "review" | "digest" | "yearbook" | "update")
        };
        let owner_of_document = (e >= s + 3 && with_lower(w(e - 1), publication))
            .then(|| (s + 1..e - 1).rfind(|&k| tokens[k].kind == Kind::Possessive))
            .flatten()
            .filter(|&k| {
                tokens[k - 1].kind == Kind::Word
                    && (k + 1..e).all(|j| tokens[j].kind == Kind::Word)
                    && is_capitalized(w(e - 1))
            });
        if let Some(k) = owner_of_document {
            if let (Some(id), _) = self.resolve(para, s, k, people, hits, sentence_start) {
                return (Some(id), Some(np));
            }
        }
        // `Her own work suggests`: the person in focus, through their work.
        let own_work = super::cues::own_work_at(para, e, s) == Some(s);
        // `The Swede said`, `said the 34-year-old`, `the Nigeria international told`: an
        // epithet stands for the person in focus, as `he` would.
        if own_work || is_epithet(text, &tokens[s..e], hits) {
            let mut actor = self.person_in_focus(None, np.start, people, sentence_start, para);
            if own_work {
                actor = self.or_named_here(actor, np.start, para);
            }
            if let Some(a) = actor {
                self.registry.note_mention(a, np);
                return (Some(a), Some(np));
            }
        }
        // A person named in the phrase: the first one that does not own what follows
        // (`Kessler's attorney, Gregory Pallas`).
        // The owner speaks when nobody else is named (`Cornyn's statement added`).
        let owner = |n: &Name| {
            tokens
                .get(n.tokens.1)
                .is_some_and(|t| t.kind == Kind::Possessive)
        };
        let named = |n: &Name| n.tokens.0 >= s && n.tokens.1 <= e;
        // `The Conservative MP for Harrowfield and Stoke Lacy, Andrew Pellow`: the name
        // the description leads to, whatever names the description holds.
        // (Honorifics may stand between: `…, Awka, Prof. Chidiebere Anozie`.)
        // Not a campus after its university (`at the University of California, Berkeley`,
        // `(UWI), Mona`): one word after an organisation's name and a comma.
        let campus = |n: &Name| {
            let b = n.tokens.0;
            n.tokens.1 == b + 1
                && b >= s + 2
                && (w(b - 2) == ")"
                    || self
                        .latest_organization(tokens[b - 2].span.end, |o| {
                            o.end == tokens[b - 2].span.end
                        })
                        .is_some())
        };
        let described = |n: &Name| {
            let mut b = n.tokens.0;
            while b > s + 1 && (is_honorific(w(b - 1)) || w(b - 1) == ".") {
                b -= 1;
            }
            n.tokens.1 == e && b > s && tokens[b - 1].text(text) == "," && !campus(n)
        };
        // `Ardent founder and CEO Colton Marsh`: the name that ends the phrase heads it.
        // Not after a comma or a preposition: `Nadia Ferris, a spokesperson for Holloway`,
        // `Priya Raghunathan of Ashcombe Capital Markets` are headed by their first name.
        let heads = |n: &Name| {
            n.tokens.1 == e
                && n.tokens.0 > s
                && !is_preposition(w(n.tokens.0 - 1))
                && !(s..n.tokens.0).any(|k| w(k) == ",")
        };
        // `the Hollis family said`: a name modifying a group noun does not speak.
        let group_headed =
            !is_capitalized(w(e - 1)) && with_lower(w(e - 1), |l| lexicon().groups.contains_key(l));
        // `Officials at the Spin Boldak customs office`: nor does a name after the
        // preposition that says where a group is.
        // (A determiner or a word may come first: `Village leaders in Aleipata`.)
        let group_at = |g: usize| {
            let lex = lexicon();
            g + 2 < e
                && with_lower(w(g), |l| {
                    l.ends_with('s')
                        && (lex.groups.contains_key(l)
                            || g > s && lex.group_of_two(w(g - 1), l).is_some())
                })
                && matches!(w(g + 1), "at" | "in" | "from" | "near" | "inside")
        };
        let group_first =
            group_at(s) || tokens[s].kind == Kind::Word && !w(s).ends_with('s') && group_at(s + 1);
        let people: &[(Name, usize)] = if group_headed || group_first {
            &[]
        } else {
            people
        };
        // `A colleague of Wong’s, who asked not to be named, told`: someone of a person's,
        // unnamed, speaks — not the person.
        let of_theirs = (e >= s + 5
            && tokens[e - 1].kind == Kind::Possessive
            && is_one_or_indefinite(w(s)))
        .then(|| (s + 2..e - 2).rev().find(|&k| w(k) == "of"))
        .flatten()
        .filter(|&of| {
            (of + 1..e - 1).all(|k| tokens[k].kind == Kind::Word && is_capitalized(w(k)))
                && (s + 1..of).all(|k| tokens[k].kind == Kind::Word && !is_capitalized(w(k)))
        });
        if let Some(of) = of_theirs {
            let head = Span::new(tokens[s + 1].span.start, tokens[of - 1].span.end);
            let id = self.registry.anonymous(
                head.of(text),
                roles::evidence(head.of(text)).role(),
                false,
                Some(np),
            );
            return (Some(id), Some(np));
        }
        // `The director of a durian export company in Dak Lak, who asked not to be named`:
        // a post's holder, unnamed, not the place where the post is; nor the person whose
        // office it is (`An official in the office of President Abukar Sheikh Nur, who spoke
        // … on condition of anonymity`).
        let post_unnamed = (matches!(w(s), "the" | "The") || is_one_or_indefinite(w(s)))
            && s + 1 < e
            && !is_capitalized(w(s + 1))
            && names::title_at(text, tokens, s + 1).is_some()
            && names::unnamed_after(text, tokens, e);
        let people: &[(Name, usize)] = if post_unnamed { &[] } else { people };
        let person = people
            .iter()
            .find(|(n, _)| named(n) && described(n))
            .or_else(|| people.iter().find(|(n, _)| named(n) && heads(n)))
            .or_else(|| people.iter().find(|(n, _)| named(n) && !owner(n)))
            .or_else(|| people.iter().find(|(n, _)| named(n)));
        if let Some((n, id)) = person {
            let source = Span::new(np.start, n.span.end);
            return (Some(*id), Some(source));
        }
        // Up to the first comma: the phrase as the article wrote it — unless the comma is
        // inside a name (`Department for Environment, Food and Rural Affairs`).
        // Nor inside a name given its short form (`Kenya Medical Practitioners, Pharmacists
        // and Dentists Union (KMPDU)`).
        let short_form_from = (e >= s + 4 && names::short_form_at(text, tokens, e - 3).is_some())
            .then(|| names::defined_by_short_form(text, tokens, e - 3))
            .flatten();
        let cut = (s..e)
            .find(|&k| w(k) == ",")
            .filter(|&c| {
                (names::listed_to(text, tokens, c) != Some(e)
                    || !names::heads_for(text, &tokens[s..c]))
                    && short_form_from.is_none_or(|from| from > c)
            })
            .unwrap_or(e);
        if let Some(found) = self.described_name(para, s, cut, e) {
            return found;
        }
        // `Officials in both countries`, `Traders in Taftan`: the group, not the place.
        let groups = &lexicon().groups;
        // Unless an organisation's name holds the group word (`Parents for Safer Screens`).
        let phrase_end = tokens[cut - 1].span.end;
        let in_organization = |group_word: Span| {
            self.latest_organization(phrase_end, |o| {
                o.contains(group_word) && o.end == phrase_end
            })
            .is_some()
        };
        // `One firefighter on the fire’s north flank`: likewise one person so described,
        // and where they are; but not whom they work for (`a spokesperson for the ministry`).
        // (`A Border Patrol agent in the Tucson Sector`: the body's name between.)
        // (`An exporter in Chanthaburi`: a noun no lexicon lists, right after the article.)
        let one_unlisted = |k: usize| {
            let noun = w(k);
            k == s + 1
                && is_one_or_indefinite(w(s))
                && tokens[k].kind == Kind::Word
                && noun.starts_with(|c: char| c.is_lowercase())
                && !noun.ends_with('s')
                && !noun.ends_with("ing")
                && is_unlisted_noun(noun)
        };
        // (And where they work, for a noun no lexicon lists: `A caseworker at the agency's
        // Malmö office`.)
        let one_titled = |k: usize| {
            k > s
                && (!matches!(w(k + 1), "for" | "of" | "at" | "with" | "from")
                    && (is_one_titled(w(k - 1), w(k))
                        || matches!(w(k + 1), "in" | "near") && one_unlisted(k)
                        || is_one_or_indefinite(w(s))
                            && (s + 1..k).all(|j| is_capitalized(w(j)))
                            && !is_capitalized(w(k))
                            && with_lower(w(k), |l| lexicon().titles.contains_key(l)))
                    || w(k + 1) == "at" && one_unlisted(k))
        };
        // `A citizens’ group opposed to the restart`: a past participle's phrase too.
        let participle_phrase =
            |k: usize| k + 1 < cut && w(k).ends_with("ed") && is_preposition(w(k + 1));
        // (A pair the lexicon lists: `Village leaders in Aleipata`.)
        let listed_pair = |k: usize| k > s && lexicon().group_of_two(w(k - 1), w(k)).is_some();
        let mut cut = (s + 1..cut)
            .find(|&k| {
                (is_preposition(w(k)) || is_participle_phrase_start(w(k)) || participle_phrase(k))
                    && (with_lower(w(k - 1), |l| groups.contains_key(l))
                        || listed_pair(k - 1)
                        || one_titled(k - 1)
                        || participle_phrase(k) && k > s + 1 && w(k - 1) == "group")
            })
            .filter(|&k| !in_organization(tokens[k - 1].span))
            .unwrap_or(cut);
        // `The United Rail Workers’ Union (URWU) said`: the name without its short form.
        // (Or a name it goes by in brackets: `the Indonesian Forum for the Environment
        // (Walhi)`.)
        // (Or what it means in English: `Élhető Nyolcker (Liveable Eighth)`.)
        let goes_by = (cut >= s + 5 && w(cut - 1) == ")")
            .then(|| (cut.saturating_sub(6).max(s + 2)..cut - 2).rfind(|&k| w(k) == "("))
            .flatten()
            .filter(|&open| {
                is_capitalized(w(open - 1))
                    && (open + 1..cut - 1).all(|k| {
                        tokens[k].kind == Kind::Word
                            && (is_capitalized(w(k)) || is_name_connector(w(k)))
                    })
            });
        if let Some(open) = goes_by {
            cut = open;
        } else if cut >= s + 4
            && (names::short_form_at(text, tokens, cut - 3).is_some()
                // (Nor an age: `Memory Gwatidzo (46), a farmer from Mutoko, said`.)
                || super::cues::bracketed_age_before(para, cut))
        {
            cut -= 3;
        }
        let mut cs = s;
        let definite = matches!(w(cs), "the" | "The");
        while cs < cut
            && (is_determiner(w(cs))
                // `One forestry contractor`: one person, as `a` would say
                || matches!(w(cs), "One" | "one")
                    && cs + 1 < cut
                    && !is_capitalized(w(cs + 1))
                    && w(cs + 1) != "of"
                // `the state-run Anadolu Agency`
                || is_compound_modifier(w(cs))
                || matches!(
                    w(cs),
                    "Results" | "results" | "findings" | "Findings" | "of"
                ))
        {
            cs += 1;
        }
        // `The university’s Centre for Samoan Studies`, `The city’s Health Ministry`: a
        // body with a name of its own, after the one it belongs to.
        if cs + 2 < cut
            && tokens[cs + 1].kind == Kind::Possessive
            && !is_capitalized(w(cs))
            && is_capitalized(w(cs + 2))
            && (cs + 2..cut)
                .take_while(|&k| is_capitalized(w(k)))
                .any(|k| names::head_at(text, tokens, k).is_some())
        {
            cs += 2;
        }
        if cs >= cut {
            return (None, None);
        }
        let core = Span::new(tokens[cs].span.start, tokens[cut - 1].span.end);
        let core_text = core.of(text);
        // `people familiar with the matter`, `a source close to the talks`; a bare
        // `a spokesperson` or `a senior official` is a described person (below).
        let described = with_lower(w(cut - 1), |l| lexicon().titles.contains_key(l));
        // `two people familiar with the matter`: the phrase may follow a determiner.
        // (`A county official familiar with the negotiations`: after a modifier or two.)
        let modifiers = (cs..cut.min(cs + 3))
            .take_while(|&k| tokens[k].kind == Kind::Word && !is_capitalized(w(k)))
            .skip(1);
        let phrase_at = [s, cs]
            .into_iter()
            .chain(modifiers)
            .find(|&k| names::unnamed_source_at(text, tokens, k));
        if let Some(s) = phrase_at.filter(|_| !described) {
            let span = Span::new(tokens[s].span.start, core.end);
            let desc = span.of(text);
            // `a spokesman for the Home Office`: the institution decides.
            let role = roles::evidence(desc)
                .role()
                .or_else(|| desc.contains("official").then_some(Role::Official));
            let plural = tokens[s].text(text).ends_with('s') || matches!(w(s), "people" | "People");
            let id = if plural {
                // `people familiar with the matter` … later `the people said`: one group.
                let group = with_lower(w(s), |l| lexicon().groups.get(l).copied());
                self.registry.group(
                    desc,
                    role.or(group.map(|g| g.role)).unwrap_or(Role::Other),
                    group.map_or("unnamed sources", |g| g.family),
                    None,
                    Some(span),
                )
            } else {
                // Named without its article: `spokesman for the Home Office`.
                let bare = Span::new(core.start.min(span.end), span.end).of(text);
                self.registry.anonymous(bare, role, false, Some(span))
            };
            return (Some(id), Some(span));
        }
        let core_lower = core_text.to_lowercase();
        let whole_core_lower = core_lower.clone();
        // `a statement issued by …` runs past the noun; the document is the first word, or
        // the first after lower-case adjectives (`a new study`, `the largest study of its
        // kind in the UK`).
        let document_at = (cs..cut)
            .find(|&k| with_lower(w(k), is_document_noun))
            .filter(|&d| {
                // `court documents` are records, which speak as such (below).
                (d == cs || !with_lower(w(d), is_record_noun))
                    // `the city’s staff report`: an owner's possessive may come first.
                    && (cs..d).all(|k| {
                        tokens[k].kind == Kind::Possessive
                            || tokens[k].kind == Kind::Word && !is_capitalized(w(k))
                            // (`a 2023 report`)
                            || tokens[k].kind == Kind::Number
                    })
                    && (d + 1 == cut || w(d + 1).ends_with("ed") || is_preposition(w(d + 1)))
            });
        // `the NCDS report found`, `a Pew Research Center survey found`: a document
        // named after its publisher is the publisher's.
        // (A capitalised one is part of a name: `the U.S. Geological Survey`.)
        let publisher = (cs..cut)
            .find(|&k| with_lower(w(k), is_document_noun))
            .filter(|&d| {
                d > cs
                    && d + 1 == cut
                    && !is_capitalized(w(d))
                    && (cs..d).all(|k| tokens[k].kind == Kind::Word && is_capitalized(w(k)))
            });
        if let Some(d) = publisher {
            let name = Span::new(tokens[cs].span.start, tokens[d - 1].span.end);
            let id = self.body_named(name);
            return (Some(id), Some(Span::new(np.start, core.end)));
        }
        let document = cut - cs == 1 || document_at.is_some();
        let core_lower = if document {
            w(document_at.unwrap_or(cs)).to_lowercase()
        } else {
            core_lower
        };
        if document && is_document_noun(&core_lower) {
            let source = Some(Span::new(np.start, core.end));
            // `the ministry’s annual report`, `the authority’s seasonal outlook`: the
            // owner speaks through it.
            let owner =
                (s + 1..document_at.unwrap_or(cs)).find(|&k| tokens[k].kind == Kind::Possessive);
            if let Some(k) = owner {
                if let (Some(id), _) = self.resolve(para, s, k, people, hits, sentence_start) {
                    return (Some(id), Some(np));
                }
            }
            // `The report, published by Human Rights Watch,`, `a statement issued by the
            // Ukrainian government`: the publisher speaks.
            if let Some(k) = (cs + 1..e).find(|&k| w(k) == "by" && k + 1 < e) {
                // `by the Institute for Agricultural Market Research in Kiel`: the
                // institution, not its town.
                let town = (k + 2..e).rev().find(|&t| {
                    matches!(w(t), "in" | "near")
                        && (t + 1..e).all(|j| is_capitalized(w(j)))
                        && (k + 1..t).any(|j| names::head_at(text, tokens, j).is_some())
                });
                let e = town.unwrap_or(e);
                if let (Some(id), _) = self.resolve(para, k + 1, e, people, hits, sentence_start) {
                    return (Some(id), Some(np));
                }
            }
            // `the criminal complaint says`: a court filing speaks as itself, the same
            // one later (`according to the complaint`); so does a draft under
            // negotiation (`according to a draft seen by Reuters`).
            if is_court_filing(&core_lower) || core_lower == "draft" {
                let id = match self.registry.recent_institution_with(&core_lower) {
                    Some(id) if definite => {
                        self.registry.note_mention(id, core);
                        id
                    }
                    _ => {
                        let role = if core_lower == "lawsuit" {
                            Role::Other
                        } else {
                            Role::Official
                        };
                        self.registry
                            .institution(&whole_core_lower, || Some(role), Some(core))
                    }
                };
                return (Some(id), source);
            }
            // (`A study published by X found … The report also found`: the one just met,
            // by another name of its kind.)
            let kin = definite && is_finding_noun(&core_lower);
            if let Some(id) = self.issuer_of(&core_lower, kin, np.start) {
                self.registry.note_mention(id, core);
                return (Some(id), source);
            }
            // `According to a circular sent to school operators`: a body's instructions,
            // the body's that spoke just before (`…, the authority announced`).
            if matches!(core_lower.as_str(), "circular" | "directive" | "advisory") {
                if let Some(id) = self.recent_institution() {
                    self.registry.note_mention(id, core);
                    return (Some(id), source);
                }
            }
            if is_finding_noun(&core_lower) {
                let id = self
                    .registry
                    .institution(&core_lower, || Some(Role::Expert), Some(core));
                return (Some(id), source);
            }
            return (None, None);
        }
        // `court documents`, `the documents`: records speaking; the same ones later.
        if with_lower(w(cut - 1), is_record_noun) {
            let id = match self
                .registry
                .recent_institution_with(&w(cut - 1).to_lowercase())
            {
                Some(id) if definite => {
                    self.registry.note_mention(id, core);
                    id
                }
                _ => self.registry.institution(
                    &core_lower,
                    || roles::institution_role(core_text),
                    Some(core),
                ),
            };
            return (Some(id), Some(Span::new(np.start, core.end)));
        }
        let lex = lexicon();
        if lex.not_speakers.contains(core_lower.as_str()) {
            return (None, None);
        }
        let source = Some(Span::new(np.start, core.end));
        // `A top-10 investor in Frischwerk, who asked not to be named`, `an engineer at
        // the plant`: an unnamed person, described by a title and where they are.
        // (Or the definite form, when the relative clause after it says the holder is not
        // named: `The director of a durian export company in Dak Lak, who asked not to be
        // named`.)
        let one = is_one_or_indefinite(w(s));
        if one || definite && names::unnamed_after(text, tokens, e) {
            let placed_title = (cs..cut.saturating_sub(1)).any(|k| {
                !is_capitalized(w(k))
                    && with_lower(w(k), |l| lex.titles.contains_key(l))
                    && is_preposition(w(k + 1))
            });
            if placed_title {
                let role = roles::evidence(core_text).role();
                let id = self.registry.anonymous(core_text, role, false, Some(core));
                return (Some(id), source);
            }
            // `A forestry contractor told RNZ`: one person, named by a noun or two no
            // lexicon lists (not a body: `a company`, nor a document: `a report`).
            let noun = w(cut - 1).to_lowercase();
            let plain_noun = matches!(w(s), "a" | "an" | "A" | "An" | "One" | "one")
                && (1..=2).contains(&(cut - cs))
                && (cs..cut).all(|k| tokens[k].kind == Kind::Word && !is_capitalized(w(k)))
                && is_unlisted_noun(&noun)
                && !lex.not_speakers.contains(core_lower.as_str());
            // `A supplier of vehicle parts told`: one person named by what they deal in.
            let plain = |k: usize| tokens[k].kind == Kind::Word && !is_capitalized(w(k));
            let dealer = || {
                (cs + 1..cut).find(|&k| w(k) == "of").is_some_and(|of| {
                    is_agent_noun(w(of - 1))
                        && is_unlisted_noun(w(of - 1))
                        && of + 1 < cut
                        && (of + 1..cut).all(plain)
                })
            };
            if plain_noun || dealer() {
                let role = roles::evidence(core_text).role();
                let id = self.registry.anonymous(core_text, role, false, Some(core));
                return (Some(id), source);
            }
        }
        // `“…,” said the contractor`: the unnamed person met before by that noun, a noun
        // no lexicon lists (not `the council` after `a Tameside Council spokesperson`).
        let noun = core_lower.as_str();
        if definite && cut == cs + 1 && !is_capitalized(w(cs)) && is_unlisted_noun(noun) {
            let met = self
                .registry
                .recent_unnamed_with(noun)
                .filter(|&id| self.registry.actors[id].name.ends_with(noun));
            if let Some(id) = met {
                self.registry.note_mention(id, core);
                return (Some(id), source);
            }
        }
        // `the Minister for Health`: a post and its field, naming no one (not `the Office
        // of the Privacy Commissioner of Canada`, an institution).
        let field_of_title = cut >= cs + 3
            && matches!(w(cut - 2), "for" | "of")
            && !(cs..cut).any(|k| names::head_at(text, tokens, k).is_some())
            && is_capitalized(w(cut - 1))
            && names::title_at(text, tokens, cut - 3).is_some_and(|l| cut - 3 + l == cut - 2);
        // `The canton of Valais said`: a canton's or a municipality's government, named as
        // the article names it.
        let seat = (cs + 2 < cut).then_some(cs).filter(|&k| {
            w(k + 1) == "of"
                && matches!(
                    w(k),
                    "canton" | "municipality" | "province" | "prefecture" | "governorate"
                )
                && is_capitalized(w(k + 2))
        });
        if let Some(k) = seat {
            let name = Span::new(tokens[k].span.start, core.end);
            let id = self
                .registry
                .institution(name.of(text), || Some(Role::Official), Some(name));
            return (Some(id), source);
        }
        // A single name after titles or honorifics: `Ambassador Mohib`, `Mr. Tedeschi`, `Microsoft`.
        let name_words: Vec<usize> = (cs..cut)
            .filter(|&k| {
                tokens[k].kind == Kind::Word && is_capitalized(w(k)) && !is_honorific(w(k))
            })
            .filter(|&k| names::title_at(text, tokens, k).is_none())
            .collect();
        let titled = name_words.len() == 1 && name_words[0] > cs;
        let group_word = with_lower(w(cut - 1), |l| lex.groups.contains_key(l));
        if name_words.len() == 1 && name_words[0] == cut - 1 && !group_word && !field_of_title {
            let word = w(name_words[0]);
            let word_span = tokens[name_words[0]].span;
            let person = self
                .registry
                .person_by_word(word)
                .filter(|_| !self.is_organization_first_word(word));
            if let Some(id) = person {
                self.registry.note_mention(id, word_span);
                return (Some(id), source);
            }
            // `payments company Kontora`: what an institution is, then its name.
            let after_kind_word = titled && {
                let kind_word = w(name_words[0] - 1);
                !is_capitalized(kind_word) && names::is_head_word(kind_word)
            };
            // `The opposition Congress said`: a body's one-word name after plain words, not
            // a title.
            let body = titled
                && self
                    .latest_organization(core.end, |o| o == word_span)
                    .is_some()
                && !(cs..name_words[0]).any(|k| names::title_at(text, tokens, k).is_some());
            if after_kind_word || body {
                let id = self.registry.institution(
                    word,
                    || roles::institution_role(core_text),
                    Some(word_span),
                );
                return (Some(id), source);
            }
            // `The Premier League said`: not a title and a name, but an organisation the
            // name finder found whole.
            if titled && self.latest_organization(core.end, |o| o == core).is_some() {
                let id = self.registry.institution(
                    core_text,
                    || roles::institution_role(core_text),
                    Some(core),
                );
                return (Some(id), source);
            }
            if titled {
                let title = Span::new(core.start, tokens[name_words[0] - 1].span.end).of(text);
                let title = title.trim_end_matches(['.', ' ']);
                let id =
                    self.registry
                        .person(word, Some(word_span), Some(title), roles::role_of(title));
                return (Some(id), source);
            }
        }
        // A country standing for its government: `The US`, `Beijing`, `the Kremlin`; and
        // the government by its formal name, `the Government of Belize`.
        let government_of =
            cs + 2 < cut && matches!(w(cs), "Government" | "government") && w(cs + 1) == "of";
        let country = if government_of {
            let from = tokens[cs + 2 + usize::from(cs + 3 < cut && w(cs + 2) == "the")].span;
            Span::new(from.start, core.end)
        } else {
            core
        };
        if let Some(h) = hits
            .iter()
            .find(|h| h.span == country && h.kind != FormKind::Demonym)
        {
            let id = self
                .registry
                .institution(h.country, || Some(Role::Official), Some(core));
            return (Some(id), source);
        }
        let last = w(cut - 1);
        let last_lower = last.to_lowercase();
        // `The Federal Aviation Administration` is an agency's own name, not a government:
        // a government word ends a name of at most one other capitalised word (`the Trump
        // administration`, `the Albanese Government`).
        let named_agency = is_capitalized(last)
            && (cs..cut - 1)
                .filter(|&k| is_capitalized(w(k)) && !is_determiner(w(k)))
                .nth(1)
                .is_some();
        // (Nor one the lexicon knows as a body's own name: `the Welsh Government`.)
        let known_body = || names::institution_name_role(core_text).is_some();
        if !named_agency
            && !known_body()
            && matches!(
                last_lower.as_str(),
                "government" | "administration" | "cabinet" | "regime" | "delegation"
            )
            // `the Chinese side said`: in talks, a country's side is its government.
            || last_lower == "side" && cut - cs == 2 && hits.iter().any(|h| core.contains(h.span))
        {
            let named = hits
                .iter()
                .find(|h| core.contains(h.span))
                .map(|h| h.country);
            if let Some(country) = named.or_else(|| self.dominant_country()) {
                let id = self
                    .registry
                    .institution(country, || Some(Role::Official), Some(core));
                return (Some(id), source);
            }
        }
        // `staff members`, `study authors`: a group named by two words (capitalised only
        // where the phrase starts: `District leaders say`).
        let two_words = || {
            (cut >= cs + 2 && (!is_capitalized(w(cut - 2)) || cut - 2 == cs))
                .then(|| lex.group_of_two(w(cut - 2), &last_lower))
                .flatten()
        };
        if let Some(g) = lex.groups.get(&last_lower).or_else(two_words) {
            // `experts`, `officials`; capitalised only alone or as an acronym (`MPs`).
            let acronym = last.len() > 2
                && last[..last.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_uppercase());
            if !is_capitalized(last) || cs + 1 == cut || acronym {
                // `One of Halden’s largest shareholders, who asked not to be named`: one
                // person of a group not met before, unnamed (`one of the aides` is the
                // aides who spoke before).
                if s + 2 < cut
                    && matches!(w(s), "One" | "one")
                    && w(s + 1) == "of"
                    && !self.registry.has_group(g.family)
                {
                    let one = singular(&last_lower);
                    let id = self
                        .registry
                        .anonymous(&one, Some(g.role), false, Some(core));
                    return (Some(id), source);
                }
                // A count is not part of the name (`the roughly 300 plaintiffs`).
                let named_from = (cs..cut - 1)
                    .find(|&k| {
                        tokens[k].kind != Kind::Number
                            && !matches!(
                                w(k),
                                "roughly" | "about" | "around" | "nearly" | "almost" | "some"
                            )
                    })
                    .unwrap_or(cut - 1);
                let name = Span::new(tokens[named_from].span.start, core.end);
                // `KAUST researchers`, `Jordanian officials`: whose the group is, an acronym,
                // a country's or a name's (a capital that does not just open the sentence).
                let whose = (named_from..cut - 1)
                    .filter(|&k| {
                        let t = tokens[k];
                        t.kind == Kind::Word
                            && is_capitalized(w(k))
                            && (k > sentence_start
                                || hits.iter().any(|h| h.span.contains(t.span))
                                || w(k).len() >= 2 && w(k).bytes().all(|b| b.is_ascii_uppercase()))
                    })
                    .map(&w)
                    .collect::<Vec<_>>()
                    .join(" ");
                let whose = (!whose.is_empty()).then_some(whose);
                // `Police said`, `the police said` after `the Central Sulawesi Police`: the
                // force that spoke or was named before, when the group word alone ends its
                // name.
                let head = cut == cs + 1 && names::is_head_word(w(cs));
                let spoke = head
                    .then(|| self.registry.recent_institution_with(&last_lower))
                    .flatten()
                    .filter(|&a| {
                        let name = &self.registry.actors[a].name;
                        name.contains(' ')
                            && name
                                .rsplit(' ')
                                .next()
                                .is_some_and(|l| l.eq_ignore_ascii_case(w(cs)))
                    });
                if let Some(a) = spoke {
                    self.registry.note_mention(a, core);
                    return (Some(a), source);
                }
                let named_body = head
                    .then(|| {
                        self.latest_organization(np.start, |o| {
                            o.of(text)
                                .rsplit(' ')
                                .next()
                                .is_some_and(|last| last.eq_ignore_ascii_case(w(cs)))
                        })
                    })
                    .flatten();
                if let Some(body) = named_body {
                    return (Some(self.body_named(body)), source);
                }
                let id = self.registry.group(
                    name.of(text),
                    g.role,
                    g.family,
                    whose.as_deref(),
                    Some(core),
                );
                return (Some(id), source);
            }
        }
        // `The MCE noted` after `Mr Isaac Kobina Arthur, the Municipal Chief Executive
        // (MCE), said`: a post written by its initials is the person holding it.
        // (Only for a post's initials, not a body's: `the WHO` after `Director-General of
        // the World Health Organization (WHO)` is the body.)
        let names_a_post = |short: &str| {
            self.acronyms.get(short).is_some_and(|full| {
                let full = full.of(text).to_lowercase();
                let words: Vec<&str> = full.split_whitespace().collect();
                (1..=3.min(words.len()))
                    .any(|n| lex.titles.contains_key(&words[words.len() - n..].join(" ")))
            })
        };
        let initials = cs + 1 == cut
            && definite
            && (2..=4).contains(&last.len())
            && last.chars().all(|c| c.is_ascii_uppercase())
            && names_a_post(last);
        if initials {
            if let Some(id) = self.registry.recent_person_titled(&last_lower) {
                self.registry.note_mention(id, core);
                return (Some(id), source);
            }
        }
        // `Fan said` after `spokesperson Fan Jiewen`: a capitalised word that is also a
        // post, alone and with no article, is the name of the person met with it.
        if s == cs && cs + 1 == cut && is_capitalized(last) && lex.titles.contains_key(&last_lower)
        {
            let named = self
                .registry
                .person_by_word(last)
                .filter(|&id| self.registry.actors[id].kind == SpeakerKind::Person);
            if let Some(id) = named {
                self.registry.note_mention(id, core);
                return (Some(id), source);
            }
        }
        // `The governor told reporters` after `Gov. Evelyn Marchetti`: the person named
        // with that title.
        // So is `the Chief Justice` after `Chief Justice Arvind Mehrotra`.
        let whole_title = cs + 1 == cut && lex.titles.contains_key(&last_lower)
            || names::title_at(text, tokens, cs) == Some(cut - cs)
            || field_of_title;
        // `The Estonian commissioner said` after `Housing Commissioner Liina Tammsalu`: a
        // nationality and the post of a person named before.
        let demonym_title = definite
            && cs + 2 == cut
            && !is_capitalized(last)
            && lex.titles.contains_key(&last_lower)
            && hits
                .iter()
                .any(|h| h.kind == FormKind::Demonym && h.span == tokens[cs].span);
        if demonym_title {
            if let Some(id) = self.registry.recent_person_titled(&last_lower) {
                self.registry.note_mention(id, core);
                return (Some(id), source);
            }
        }
        // `the UTG lecturer` right after `Dr. Awa Jallow-Badjie, a soil scientist at the
        // University of The Gambia (UTG)` spoke: a post at the body named in the title of a
        // person who spoke lately.
        let post_at_body = definite
            && cs + 2 == cut
            && is_capitalized(w(cs))
            && !is_capitalized(last)
            && lex.titles.contains_key(&last_lower)
            && self.registry.recent_unnamed_with(&last_lower).is_none();
        if post_at_body {
            let body = w(cs);
            let at_body = self.recent_speaker(np.start, 1, &|a| {
                let actor = &self.registry.actors[a];
                actor.kind == SpeakerKind::Person
                    && !actor.anonymous
                    && actor
                        .title
                        .as_deref()
                        .is_some_and(|t| t.split(|c: char| !c.is_alphanumeric()).any(|x| x == body))
            });
            if let Some(id) = at_body {
                self.registry.note_mention(id, core);
                return (Some(id), source);
            }
        }
        if definite && whole_title {
            // Unless an unnamed source so described came later (`an investigator familiar
            // with the inquiry` after `Carla Whitmore, the investigator-in-charge`).
            let title_lower;
            let title = if cs + 1 == cut {
                &last_lower
            } else {
                title_lower = core_text.to_lowercase();
                &title_lower
            };
            // `the Opposition leader` after `Leader of the Opposition R. Thangavelu`: a
            // post of two words may be written the other way round.
            let turned =
                (cs + 2 == cut).then(|| format!("{last_lower} of the {}", w(cs).to_lowercase()));
            let titled = self
                .registry
                .recent_person_titled(title)
                .or_else(|| {
                    turned
                        .as_deref()
                        .and_then(|t| self.registry.recent_person_titled(t))
                })
                .filter(|&id| {
                    self.registry
                        .recent_unnamed_with(&last_lower)
                        .is_none_or(|u| {
                            self.registry.actors[u].last_seen < self.registry.actors[id].last_seen
                        })
                });
            if let Some(id) = titled {
                self.registry.note_mention(id, core);
                return (Some(id), source);
            }
            // `“…,” the official said` right after a named minister spoke, when no unnamed
            // official was met: the minister. So `the scientist` after a named researcher.
            let generic_role = match title.as_str() {
                "official" => Some(Role::Official),
                "scientist" | "researcher" | "expert" | "analyst" | "academic" => {
                    Some(Role::Expert)
                }
                _ => None,
            };
            let in_focus = generic_role
                .filter(|_| self.registry.recent_unnamed_with(title).is_none())
                .and_then(|role| {
                    self.recent_speaker(np.start, 1, &|_| true).filter(|&a| {
                        let actor = &self.registry.actors[a];
                        actor.kind == SpeakerKind::Person
                            && !actor.anonymous
                            && actor.role == Some(role)
                    })
                });
            if let Some(id) = in_focus {
                self.registry.note_mention(id, core);
                return (Some(id), source);
            }
        }
        // An unnamed person described by a role: `the State Department official`, `the
        // Minister for Health`.
        // A capitalised post too, with its article (`The Premier says`).
        if !is_capitalized(last) && lex.titles.contains_key(&last_lower)
            || field_of_title
            || definite && whole_title
        {
            let ev = roles::evidence(core_text);
            // `A spokesperson said` right after a ministry spoke: the ministry's spokesperson.
            let role = ev.role().or_else(|| {
                self.recent_institution()
                    .and_then(|a| self.registry.actors[a].role)
            });
            let id = self
                .registry
                .anonymous(core_text, role, definite, Some(core));
            return (Some(id), source);
        }
        // `the ultra-Orthodox Shas party`, `Channel 12 news`: a name, then the kind of
        // body it is, which is no part of the name.
        // `The Nikkei business daily`: with a word or two on what it covers.
        let name_word = |k: usize| is_capitalized(w(k)) || tokens[k].kind == Kind::Number;
        let kind_after = cut - cs >= 2
            && !is_capitalized(last)
            && matches!(
                last_lower.as_str(),
                "party" | "news" | "newspaper" | "daily" | "broadcaster" | "union"
            );
        let mut name_end = cut - 1;
        while kind_after
            && name_end > cs
            && name_end + 3 > cut
            && tokens[name_end - 1].kind == Kind::Word
            && !is_capitalized(w(name_end - 1))
            && !matches!(w(name_end - 1), "the" | "a" | "an")
        {
            name_end -= 1;
        }
        // (`The opposition Fuerza del Pueblo (FP) party`: its short form in brackets, and
        // particles inside its name.)
        if kind_after && name_end >= cs + 4 && w(name_end - 1) == ")" && w(name_end - 3) == "(" {
            name_end -= 3;
        }
        let mut k = name_end;
        while kind_after
            && k > cs
            && (name_word(k - 1) || k >= cs + 2 && is_name_particle(w(k - 1)) && name_word(k - 2))
        {
            k -= 1;
        }
        if kind_after && k < name_end && is_capitalized(w(k)) {
            let name = Span::new(tokens[k].span.start, tokens[name_end - 1].span.end);
            let name_text = name.of(text);
            let id = self.registry.institution(
                name_text,
                || roles::institution_role(core_text),
                Some(name),
            );
            return (Some(id), source);
        }
        // `the ministry said`, `the company said`: an institution named by what it is. A
        // definite one is the last such institution met, when there is one.
        // `The EPA's regional office said`: the body whose office or branch it is speaks.
        // So does the body whose document it is (`The European Commission’s latest report on
        // Albania noted`).
        let owns_document = |k: usize| {
            (k + 1..cut.min(k + 3))
                .take_while(|&j| tokens[j].kind == Kind::Word && !is_capitalized(w(j)))
                .any(|j| with_lower(w(j), is_document_noun))
        };
        let owner_end = (cs + 1..cut)
            .find(|&k| tokens[k].kind == Kind::Possessive)
            .filter(|&k| is_branch_noun(last) || owns_document(k))
            .filter(|&k| {
                (cs..k).all(|j| tokens[j].kind == Kind::Word && is_capitalized(w(j)))
                    && !hits.iter().any(|h| h.span.start == tokens[cs].span.start)
                    // (not a post's: `the Prime Minister’s office`)
                    && names::title_at(text, tokens, cs).is_none()
            });
        if let Some(k) = owner_end {
            let owner = Span::new(tokens[cs].span.start, tokens[k - 1].span.end);
            return (Some(self.body_named(owner)), source);
        }
        // `the ministry’s press service said`: the body, through its press office.
        let press_office = cut >= cs + 3
            && w(cut - 2) == "press"
            && matches!(
                last_lower.as_str(),
                "service" | "office" | "department" | "centre" | "center"
            )
            && tokens[cut - 3].kind == Kind::Possessive;
        if press_office {
            if let (Some(id), _) = self.resolve(para, s, cut - 3, people, hits, sentence_start) {
                return (Some(id), Some(np));
            }
        }
        if !is_capitalized(last) && (names::is_head_word(last) || names::is_kind_word(last)) {
            let role = roles::institution_role(core_text);
            // The latest institution to speak with the word in its name; else one named
            // with it (`The Ministry of Finance … welcomed the decision. The ministry said
            // …`, `The league said` after `the Premier League`), though it had not spoken
            // yet; else one of its kind that spoke lately; else the latest of its kind
            // named (`Corvana Technologies is recalling …, the consumer electronics
            // company said`), news outlets aside.
            let register = |engine: &mut Self, name: Span| {
                engine
                    .registry
                    .institution(name.of(text), || role, Some(name))
            };
            let mut earlier = self.registry.recent_institution_with(&last_lower);
            // `the health department` after `Public Health — Seattle & King County` spoke,
            // though another department spoke since: the body named for its field, rather
            // than one of its kind in another field.
            // (A field that is a noun: not `the federal agency`, `the national utility`.)
            let field = (definite && cut == cs + 2).then(|| w(cs)).filter(|f| {
                names::is_portfolio_word(f)
                    && !is_capitalized(f)
                    && !f.ends_with("al")
                    && !f.ends_with("ic")
                    && !f.ends_with("ous")
                    && !f.ends_with("ern")
                    && !f.ends_with("an")
            });
            if let Some(field) = field {
                let has_field = |a: usize| {
                    let name = &self.registry.actors[a].name;
                    name.split(' ').any(|x| x.eq_ignore_ascii_case(field))
                };
                if earlier.is_some_and(|a| !has_field(a)) {
                    if let Some(a) = self.registry.recent_institution_with(field) {
                        earlier = Some(a);
                    }
                }
            }
            if earlier.is_none() && definite {
                if let Some(name) = self.organization_named_with(&last_lower, np.start) {
                    earlier = Some(register(self, name));
                }
            }
            // `The Commons home affairs committee`: a body with a name of its own (not a
            // country's: `the Chinese foreign ministry`; not one known: `the EPA press
            // office`), not one of its kind met before.
            let own_name = cut - cs >= 2
                && tokens[cs].kind == Kind::Word
                && is_capitalized(w(cs))
                // (an abbreviation names a bigger body: `the U.N. agency`)
                && w(cs).chars().skip(1).any(char::is_lowercase)
                && !hits.iter().any(|h| h.span.start == tokens[cs].span.start)
                && self.full_name_of(tokens[cs].span).is_none()
                && self.registry.person_by_word(w(cs)).is_none();
            if earlier.is_none() && own_name {
                let id = self.registry.institution(core_text, || role, Some(core));
                return (Some(id), source);
            }
            if earlier.is_none() {
                let kind = role.unwrap_or(Role::Other);
                let since = np.start.saturating_sub(DESCRIBED_INSTITUTION_REACH);
                // `the newspaper wrote`, `the state news agency reported`: a news outlet,
                // and only then.
                let news = is_news_noun(&last_lower)
                    || cut - cs >= 2 && w(cut - 2).eq_ignore_ascii_case("news");
                let spoke = self.registry.recent_institution_in_role(kind, since, news);
                // One of its kind named since that one was last met is nearer (`A gang
                // calling itself KarmaLock claimed the attack. The group claimed …`); not
                // one named inside the sentence it spoke in (`Velora, which is owned by
                // investment firm Kestrel Partners, said …`).
                let named = self
                    .latest_organization(np.start, |o| {
                        let name = o.of(text);
                        roles::is_news_name(name) == news
                            && roles::institution_role(name).unwrap_or(Role::Other) == kind
                    })
                    .filter(|_| definite)
                    .filter(|o| {
                        spoke.is_none_or(|a| {
                            let said = self.history.iter().rev().find(|s| s.actor == a);
                            let met = self.registry.actors[a].last_seen;
                            o.start > said.map_or(met, |s| s.at.max(met))
                        })
                    });
                earlier = match named {
                    Some(name) => Some(register(self, name)),
                    None => spoke,
                };
            }
            let id = match earlier {
                Some(id) if definite => {
                    self.registry.note_mention(id, core);
                    self.registry.note_called(&last_lower, id);
                    id
                }
                _ => self.registry.institution(core_text, || role, Some(core)),
            };
            return (Some(id), source);
        }
        // `Van der Berg added` after `Pieter van der Berg`.
        // `Dr Al Shamsi` after `Dr Mariam Khalfan Al Shamsi`.
        let after_honorifics = (cs..cut)
            .find(|&k| !is_honorific(w(k)) && w(k) != ".")
            .map_or(core, |k| Span::new(tokens[k].span.start, core.end));
        if let Some(id) = self
            .registry
            .person_by_particle_surname(after_honorifics.of(text))
        {
            self.registry.note_mention(id, core);
            return (Some(id), source);
        }
        // Two or three plain capitalised words with nothing institutional about them: a
        // person the name finder could not place (`Jeanette Taylor`).
        let words_in_core = cut - cs;
        let plain_name = (2..=3).contains(&words_in_core)
            && (cs..cut).all(|k| {
                let t = tokens[k];
                t.kind == Kind::Word
                    && is_capitalized(w(k))
                    && t.flags & (Flag::InstitutionStart as u32 | Flag::CountryStart as u32) == 0
            })
            && (cs..cut).all(|k| w(k).chars().any(char::is_lowercase))
            && !lex.not_person_first.contains(w(cs))
            && !(cs + 1..cut).any(|k| lex.not_person_after_first.contains(w(k)))
            && !(definite && roles::is_news_name(core_text))
            && !self.first_words.contains_key(core_text);
        // `said Suparman, who leads a 14-member brigade`: one word that `who` follows is a
        // person's name (many Indonesians go by one).
        let who_follows = words_in_core == 1
            && tokens[cs].kind == Kind::Word
            && is_capitalized(w(cs))
            && tokens[cs].flags & (Flag::InstitutionStart as u32 | Flag::CountryStart as u32) == 0
            && tokens.get(cut).is_some_and(|t| t.text(text) == ",")
            && tokens.get(cut + 1).is_some_and(|t| t.text(text) == "who");
        if plain_name || who_follows {
            let id = self.registry.person(core_text, Some(core), None, None);
            return (Some(id), source);
        }
        // `The Internet security firm Secunia.com`, `group Human Dignity Watch`: the name is
        // the capitalised end.
        let described = (cs..cut).rev().find(|&k| {
            tokens[k].kind == Kind::Word
                && !is_capitalized(w(k))
                && !is_name_connector(w(k))
                // (`Syndicat Indépendant de la Police du Littoral`)
                && !is_name_particle(w(k))
                // (`the Chinese Embassy in Jakarta`)
                && (w(k) != "in" || !names::is_diplomatic_mission(text, tokens, k))
        });
        let named_after_kind = described.is_some_and(|k| {
            k + 1 < cut && (names::is_kind_word(w(k)) || names::is_head_word(w(k)))
        });
        // `The main opposition Labour Party`: plain words before a body's name.
        let modified_name = described.is_some_and(|k| {
            k + 1 < cut
                && (cs..=k).all(|j| tokens[j].kind == Kind::Word && !is_capitalized(w(j)))
                && self
                    .organizations
                    .iter()
                    .rev()
                    .take_while(|o| o.end >= core.start)
                    .any(|o| o.start == tokens[k + 1].span.start && o.end == core.end)
        });
        if is_capitalized(core_text) || named_after_kind || modified_name {
            let name = match described {
                Some(k) if k + 1 < cut => Span::new(tokens[k + 1].span.start, core.end),
                _ => core,
            };
            // `Turkey’s Disaster and Emergency Management Authority`: the organisation's
            // own name, as the name finder found it, without the country (or another plain
            // owner: `B.C.’s Office of the Auditor General`) that owns it.
            let name = self
                .organizations
                .iter()
                .rev()
                .take_while(|o| o.end >= name.start)
                .find(|o| {
                    o.end == name.end
                        && o.start > name.start
                        && (hits
                            .iter()
                            .any(|h| h.span.start == name.start && h.span.end < o.start)
                            || is_plain_owner(&text[name.start..o.start])
                            // (Nor what it is: `Environmental NGO Reef Guardians Maldives`,
                            // `The Opposition United Workers Party`.)
                            || text[name.start..o.start].trim_end().ends_with("NGO")
                            || text[name.start..o.start].trim_end() == "Opposition")
                })
                .copied()
                .unwrap_or(name);
            // `the Commission said` after `the European Commission`: a lone head word
            // names the organisation met with it.
            let lone_head =
                !name.of(text).contains(' ') && names::is_institution_head(name.of(text));
            let full = self
                .full_name_of(name)
                .or_else(|| {
                    lone_head
                        .then(|| {
                            self.organization_named_with(&name.of(text).to_lowercase(), np.start)
                        })
                        .flatten()
                        .filter(|o| o.end <= name.start)
                })
                .or_else(|| self.named_with_more_in_front(name));
            if full.is_none() && name.of(text).contains(' ') {
                if let Some(id) = self.registry.institution_with_more_in_front(name.of(text)) {
                    self.registry.note_mention(id, name);
                    return (Some(id), source);
                }
            }
            let role_from = full.map_or(core_text, |f| f.of(text));
            // `the state-run Sudan News Agency`: the state's own outlet or company speaks
            // for it.
            let state_run = (s..cs).any(|k| is_state_run(w(k)));
            let id = self.registry.institution(
                full.unwrap_or(name).of(text),
                || {
                    if state_run {
                        Some(Role::Official)
                    } else {
                        roles::institution_role(role_from)
                    }
                },
                Some(full.unwrap_or(name)),
            );
            // `Velora` after `Velora Mobility`: met here, as well as where it was named.
            self.registry.note_mention(id, name);
            return (Some(id), source);
        }
        (None, None)
    }

    /// `Iran’s state broadcaster, IRIB` (phrase `[s, e)`, comma at `comma`): the name after
    /// a description, which gives the role — an institution, or a person when the
    /// description ends on a title (`the company’s founder, Zhang Wei`).
    fn described_name(
        &mut self,
        para: &Para,
        s: usize,
        comma: usize,
        e: usize,
    ) -> Option<(Option<usize>, Option<Span>)> {
        let text = self.text;
        let tokens = para.tokens;
        let w = |i: usize| tokens[i].text(text);
        let named = comma > s
            && comma + 1 < e
            && !is_capitalized(w(comma - 1))
            && (comma + 1..e).all(|k| {
                tokens[k].kind == Kind::Word && (is_capitalized(w(k)) || is_name_connector(w(k)))
            });
        if !named {
            return None;
        }
        // (Without its article: `the regime’s mouthpiece, The Global New Light of Myanmar`.)
        let from = comma + 1 + usize::from(comma + 2 < e && matches!(w(comma + 1), "the" | "The"));
        let name = Span::new(tokens[from].span.start, tokens[e - 1].span.end);
        let description = Span::new(tokens[s].span.start, tokens[comma - 1].span.end).of(text);
        let source = Some(Span::new(tokens[s].span.start, name.end));
        // A person's name has two to four words in mixed case (not `IRIB`).
        let person_like = (2..=4).contains(&(e - from))
            && (from..e).all(|k| w(k).chars().any(char::is_lowercase));
        let titled = person_like && with_lower(w(comma - 1), |l| lexicon().titles.contains_key(l));
        let id = if titled {
            let role = roles::role_of(description);
            self.registry
                .person(name.of(text), Some(name), Some(description), role)
        } else {
            let role = roles::institution_role(description);
            self.registry
                .institution(name.of(text), || role, Some(name))
        };
        Some((Some(id), source))
    }

    /// Who issued the `statement` (`memo`, `report`) an article cites at byte `at`: a
    /// recent speaker whose attribution names one (`said in a statement`, `In a statement,
    /// the agency said`, `wrote in a memo to staff`). With `kin`, one in the same paragraph
    /// naming any finding's noun will do (a `study`, then `the report`).
    fn issuer_of(&self, noun: &str, kin: bool, at: usize) -> Option<usize> {
        let text = self.text;
        let window = |from: usize, to: usize| {
            let (mut from, mut to) = (from, to.min(text.len()));
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            while !text.is_char_boundary(to) {
                to += 1;
            }
            &text[from..to]
        };
        self.history
            .iter()
            .rev()
            .take_while(|s| self.paragraph - s.paragraph <= ISSUER_PARAGRAPHS)
            .filter(|s| s.at < at)
            .find(|s| {
                let near = window(s.at.saturating_sub(ISSUER_BEFORE), (s.at + 80).min(at));
                let same_paragraph = s.paragraph == self.paragraph;
                near.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    w.eq_ignore_ascii_case(noun)
                        || kin && same_paragraph && with_lower(w, is_finding_noun)
                })
            })
            .map(|s| s.actor)
    }

    /// The latest organisation named within reach before `at` with `word` in its name or
    /// right before it (`the Finance Ministry`, `financial regulator BaFin`).
    /// Past the reach, one with the word in its name still counts (`The league said`,
    /// paragraphs after `the Premier League`).
    fn organization_named_with(&self, word: &str, at: usize) -> Option<Span> {
        let text = self.text;
        let has_word = |name: Span| {
            name.of(text)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(word))
        };
        self.latest_organization(at, |name| {
            let introduced_by = text[..name.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case(word));
            // `the Handel Vereint retail workers’ union`: or described right after.
            let described_after = text[name.end..]
                .split_whitespace()
                .take(4)
                .take_while(|w| w.starts_with(|c: char| c.is_lowercase()))
                .any(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .eq_ignore_ascii_case(word)
                });
            introduced_by || described_after || has_word(name)
        })
        .or_else(|| {
            self.name_words
                .get(&lookup::key(word))
                .filter(|&&name| name.start < at && has_word(name))
                .copied()
        })
    }

    /// The body a name (or its short form: `EPA`) names, registered under its full name.
    fn body_named(&mut self, name: Span) -> usize {
        let text = self.text;
        let name = self.full_name_of(name).unwrap_or(name);
        let name_text = name.of(text);
        self.registry
            .institution(name_text, || roles::institution_role(name_text), Some(name))
    }

    /// The organisation a short name stands for: a short form met in brackets after a
    /// name stands for that name; the first word of a name met before, for that name
    /// (`Corvana` after `Corvana Technologies`).
    fn full_name_of(&self, short: Span) -> Option<Span> {
        self.acronyms
            .get(short.of(self.text))
            .copied()
            .or_else(|| self.named_by_first_word(short))
            .or_else(|| {
                self.initialisms
                    .get(short.of(self.text))
                    .filter(|o| o.start < short.start)
                    .copied()
            })
    }

    /// `Velora` after `Velora Mobility` and a `Velora Trail`: the first word of an
    /// organisation's name, which no person known has as a surname.
    fn is_organization_first_word(&self, word: &str) -> bool {
        self.first_words.contains_key(word) && !self.registry.is_surname(word)
    }

    /// `the Freedom Caucus` after `the House Freedom Caucus`: an organisation named
    /// earlier whose name ends with the two or more words of `short`.
    fn named_with_more_in_front(&self, short: Span) -> Option<Span> {
        let text = self.text;
        let words = short.of(text);
        if !words.contains(' ') {
            return None;
        }
        self.latest_organization(short.start, |o| {
            o.end <= short.start
                && o.of(text).strip_suffix(words).is_some_and(|front| {
                    // (Not `Ohio-based Castellan Industries`: a modifier is no name.)
                    front.ends_with(' ') && !front.split(' ').any(is_compound_modifier)
                })
        })
    }

    /// An organisation named earlier whose name is `short` and more (`Corvana
    /// Technologies` for `Corvana`): the latest such.
    fn named_by_first_word(&self, short: Span) -> Option<Span> {
        self.first_words
            .get(short.of(self.text))
            .filter(|o| o.start < short.start)
            .copied()
    }

    /// The latest organisation named within reach before `at` that passes `want`.
    fn latest_organization(&self, at: usize, want: impl Fn(Span) -> bool) -> Option<Span> {
        let since = at.saturating_sub(DESCRIBED_INSTITUTION_REACH);
        self.organizations
            .iter()
            .rev()
            .skip_while(|o| o.start >= at)
            .take_while(|o| o.start >= since)
            .find(|&&o| want(o))
            .copied()
    }

    /// The institution that spoke last, in this paragraph or the one before.
    fn recent_institution(&self) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .take_while(|s| self.paragraph - s.paragraph <= 1)
            .find(|s| self.registry.actors[s.actor].kind == SpeakerKind::Institution)
            .map(|s| s.actor)
    }

    fn dominant_country(&self) -> Option<&'static str> {
        self.country_counts
            .iter()
            // (Between two met as often, the one named: `Japanese-owned` in a story that
            // names New Zealand; between two named as often, the one named first.)
            .max_by_key(|(name, n)| (n.0, n.1, std::cmp::Reverse((n.2, **name))))
            .map(|(name, _)| *name)
    }

    /// The speaker a pronoun stands for.
    fn pronoun(
        &self,
        pr: Pronoun,
        at: usize,
        people: &[(Name, usize)],
        sentence_start: usize,
        para: &Para,
    ) -> Option<usize> {
        let actors = &self.registry.actors;
        let recent =
            |max_back: usize, want: &dyn Fn(usize) -> bool| self.recent_speaker(at, max_back, want);
        match pr {
            Pronoun::He | Pronoun::She => {
                self.person_in_focus(gender_of(pr), at, people, sentence_start, para)
            }
            // A team named by its lead (`Tomas Varga and colleagues … They found`); a
            // group or a body; or, a singular they, an unnamed person (`a spokesperson for
            // Network Rail said. “…,” they said`).
            Pronoun::They => self.team_lead_before(at, people, para).or_else(|| {
                recent(2, &|a| {
                    let actor = &actors[a];
                    matches!(actor.kind, SpeakerKind::Group | SpeakerKind::Institution)
                        || actor.kind == SpeakerKind::Person && actor.anonymous
                })
            }),
            Pronoun::It => recent(1, &|a| actors[a].kind == SpeakerKind::Institution),
            Pronoun::SomeOfThem => recent(1, &|a| actors[a].kind == SpeakerKind::Group),
        }
    }

    /// `actor` when mentioned in this paragraph; else the latest name before `at` in this
    /// paragraph that may be a person's, now taken as one (`Lucinda Farrow is a
    /// psychologist. She said …`); else `actor`.
    fn or_named_here(&mut self, actor: Option<usize>, at: usize, para: &Para) -> Option<usize> {
        let from = para.tokens.first().map_or(0, |t| t.span.start);
        if actor.is_some_and(|a| self.registry.actors[a].last_seen >= from) {
            return actor;
        }
        let Some(&name) = self.maybe_people.iter().rev().find(|n| n.end <= at) else {
            return actor;
        };
        Some(
            self.registry
                .person(name.of(self.text), Some(name), None, None),
        )
    }

    /// The last person named in this paragraph before `at` with a team after the name:
    /// `Tomas Varga and colleagues`, `Ingrid Solbakken and her team`.
    fn team_lead_before(&self, at: usize, people: &[(Name, usize)], para: &Para) -> Option<usize> {
        let tokens = para.tokens;
        let w = |k: usize| tokens.get(k).map_or("", |t| t.text(self.text));
        people
            .iter()
            .rev()
            .filter(|(n, _)| n.span.end < at && n.kind == NameKind::Person)
            .find(|(n, _)| {
                let after = n.tokens.1;
                w(after) == "and"
                    && (matches!(
                        w(after + 1),
                        "colleagues" | "co-authors" | "coauthors" | "collaborators"
                    ) || matches!(w(after + 1), "his" | "her" | "their")
                        && matches!(w(after + 2), "team" | "colleagues" | "co-authors"))
            })
            .map(|&(_, id)| id)
    }

    /// The person `he`, `she` or an epithet (`the 34-year-old`) stands for: of `gender`
    /// when given, never one known to be of the other.
    fn person_in_focus(
        &self,
        gender: Option<Gender>,
        at: usize,
        people: &[(Name, usize)],
        sentence_start: usize,
        para: &Para,
    ) -> Option<usize> {
        let tokens = para.tokens;
        let actors = &self.registry.actors;
        let recent =
            |max_back: usize, want: &dyn Fn(usize) -> bool| self.recent_speaker(at, max_back, want);
        let fits = |a: usize| gender.is_none_or(|g| self.registry.gender(a) != Some(g.other()));
        let person = |a: usize| actors[a].kind == SpeakerKind::Person && fits(a);
        // A speaker earlier in this paragraph.
        if let Some(a) = recent(0, &person) {
            return Some(a);
        }
        // The first person named earlier in this sentence, else the latest in the paragraph.
        let sentence_from = tokens.get(sentence_start).map_or(0, |t| t.span.start);
        // `The allocation was approved by Minister X last month, she said`: after a comma,
        // the sentence so far is what she said, and those it names are spoken of.
        let at_token = tokens.partition_point(|t| t.span.start < at);
        let said_before = at_token > sentence_start + 1
            && tokens[at_token - 1].text(self.text) == ","
            && para.in_passage[at_token - 1].is_none();
        // Not a name inside a quotation (`“Mr. Lamb, do you understand …?” she
        // asked`): that is who is spoken to or of.
        let before: Vec<&(Name, usize)> = people
            .iter()
            .filter(|(n, id)| {
                n.span.end <= at
                    && para.in_passage[n.tokens.0].is_none()
                    && !(said_before && n.span.start >= sentence_from)
                    && fits(*id)
            })
            .collect();
        if let Some((_, id)) = before.iter().find(|(n, _)| n.span.start >= sentence_from) {
            return Some(*id);
        }
        // Not an owner (`Angela Whitfield, Pryce’s younger sister, spoke … She said`).
        let owner = |n: &Name| {
            tokens
                .get(n.tokens.1)
                .is_some_and(|t| t.kind == Kind::Possessive)
        };
        // The subject of the sentence before, the first named there (`Santos-Achterberg,
        // who took over from Emil Haugen, spent the hour on the hinge. “…,” she said`).
        let previous_from = tokens[..sentence_start.saturating_sub(1)]
            .iter()
            .rposition(|t| matches!(t.text(self.text), "." | "!" | "?"))
            .map_or(0, |k| tokens[k].span.end);
        if let Some((_, id)) = before
            .iter()
            .find(|(n, _)| n.span.start >= previous_from && !owner(n))
            .or_else(|| before.iter().rev().find(|(n, _)| !owner(n)))
        {
            return Some(*id);
        }
        // An owner only when no one spoke lately (`she hums Aretha Franklin’s “Chain of
        // Fools” … “…,” she says`: the mayor who spoke before, not the singer).
        let owner_named = before.last().map(|(_, id)| *id);
        // A speaker of the paragraph before; else the first person it names, its subject
        // more likely than those named after (`Castellanos would not say …, citing talks
        // with Traditional Owners. … “…,” she says`; `Among those treated was the son of
        // Jenna Kowalczyk. … “…,” she told the BBC`); else a speaker of the one before.
        recent(1, &person)
            .or(owner_named)
            // (Not `her predecessor, Aldo Petronelli` for `she`: her is she.)
            .or(self
                .previous_people
                .iter()
                .find(|&&(a, relative_of)| fits(a) && (gender.is_none() || relative_of != gender))
                .map(|&(a, _)| a))
            .or_else(|| recent(2, &person))
            // `she` after paragraphs of a man speaking: the woman who spoke before him.
            .or_else(|| {
                let known =
                    |a: usize| person(a) && gender.is_some() && self.registry.gender(a) == gender;
                recent(6, &known)
            })
    }

    /// `actor` speaks at byte `at`: the history pronouns look back on.
    fn note_said(&mut self, actor: usize, at: usize) {
        self.registry.note_spoke(actor);
        self.history.push(Said {
            actor,
            paragraph: self.paragraph,
            at,
        });
    }

    /// The latest speaker before `at`, at most `max_back` paragraphs back, that `want`
    /// accepts.
    fn recent_speaker(
        &self,
        at: usize,
        max_back: usize,
        want: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .filter(|s| s.at < at || s.paragraph < self.paragraph)
            .take_while(|s| self.paragraph - s.paragraph <= max_back)
            .find(|s| want(s.actor))
            .map(|s| s.actor)
    }

    /// What has been found so far, numbered and sorted.
    fn analysis(&self) -> Analysis {
        let Engine {
            registry,
            found,
            countries,
            organizations,
            ..
        } = self;
        let mut found: Vec<&Found> = found.iter().collect();
        found.sort_by_key(|f| (f.span.start, f.span.end));
        found.dedup_by_key(|f| f.span);
        // Who was known only by a post speaks as the person named later who holds it.
        let mut holders = registry.post_holders();
        // `the federal government has insisted …`, `the Centre had told Parliament …` before
        // any country is named: the government of the country the article is about, as it
        // turns out to be.
        let home = self.dominant_country();
        let unplaced_government = |a: &Actor| {
            a.kind == SpeakerKind::Institution
                && matches!(
                    a.name.to_lowercase().as_str(),
                    "government"
                        | "federal government"
                        | "national government"
                        | "central government"
                        | "union government"
                        // (in Indian English, the central government)
                        | "centre"
                )
        };
        if let Some(country) = home.and_then(|c| registry.institution_named(c)) {
            for (id, a) in registry.actors.iter().enumerate() {
                if unplaced_government(a) {
                    holders.insert(id, country);
                }
            }
        }
        let actor_of = |f: &Found| f.actor.map(|a| holders.get(&a).copied().unwrap_or(a));
        // Speakers are numbered in order of their first quote.
        let mut speaker_of: HashMap<usize, usize> = HashMap::default();
        let mut speaking: Vec<usize> = Vec::new();
        for f in &found {
            if let Some(a) = actor_of(f) {
                speaker_of.entry(a).or_insert_with(|| {
                    speaking.push(a);
                    speaking.len() - 1
                });
            }
        }
        let countries = nations_as_their_union(self.text, countries);
        let countries = georgia_as_a_state(self.text, countries);
        let entities = entities(registry, &speaker_of, &countries, organizations);
        let mut speakers: Vec<Speaker> = speaking
            .iter()
            .map(|&a| {
                let actor = &registry.actors[a];
                let name = match home {
                    Some(country) if unplaced_government(actor) => country.to_string(),
                    _ => actor.name.clone(),
                };
                Speaker {
                    name,
                    role: actor.role.unwrap_or(Role::Other),
                    kind: actor.kind,
                    anonymous: actor.anonymous,
                    title: actor.title.clone(),
                    quotes: Vec::new(),
                    mentions: actor.mentions.clone(),
                }
            })
            .collect();
        let quotes = found
            .iter()
            .enumerate()
            .map(|(qi, f)| {
                let speaker = actor_of(f).map(|a| speaker_of[&a]);
                if let Some(sp) = speaker {
                    speakers[sp].quotes.push(qi);
                }
                Quote {
                    speaker,
                    kind: f.kind,
                    span: f.span,
                    cue: f.cue,
                    source: f.source,
                    block: f.block,
                }
            })
            .collect();
        Analysis {
            speakers,
            quotes,
            entities,
        }
    }
}

/// The four nations of the United Kingdom, which are countries of their own only in sport.
const UK_NATIONS: [&str; 4] = ["England", "Scotland", "Wales", "Northern Ireland"];

/// Country mentions with England, Scotland, Wales and Northern Ireland counted as the
/// United Kingdom, unless the text is about sport (`sport-words.txt`).
fn nations_as_their_union<'c>(
    text: &str,
    countries: &'c [(Span, &'static str)],
) -> std::borrow::Cow<'c, [(Span, &'static str)]> {
    use std::borrow::Cow;
    if !countries.iter().any(|(_, c)| UK_NATIONS.contains(c)) || is_about_sport(text) {
        return Cow::Borrowed(countries);
    }
    let union = |c: &'static str| {
        if UK_NATIONS.contains(&c) {
            "United Kingdom"
        } else {
            c
        }
    };
    Cow::Owned(
        countries
            .iter()
            .map(|&(span, c)| (span, union(c)))
            .collect(),
    )
}

/// Country mentions without `Georgia` the name where the text names a state or province
/// of a federal country (`staging areas in Georgia and Alabama`): the US state, then.
fn georgia_as_a_state<'c>(
    text: &str,
    countries: std::borrow::Cow<'c, [(Span, &'static str)]>,
) -> std::borrow::Cow<'c, [(Span, &'static str)]> {
    let state = |&(span, c): &(Span, &'static str)| c == "Georgia" && span.of(text) == "Georgia";
    if !countries.iter().any(state) || !names_a_region(text) {
        return countries;
    }
    std::borrow::Cow::Owned(countries.iter().filter(|c| !state(c)).copied().collect())
}

/// Whether a state or province (`regions.txt`) occurs anywhere in `text`, as a whole word.
fn names_a_region(text: &str) -> bool {
    static FINDER: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let finder = FINDER
        .get_or_init(|| aho_corasick::AhoCorasick::new(lexicon().regions.iter().copied()).ok());
    finder.as_ref().is_some_and(|f| occurs_as_word(f, text))
}

/// Whether words before a name hold a post the lexicon knows (`Economist`, `Committee
/// chair`), not honorifics only (`Dr`, `Prof.`).
fn names_a_post(before: &str) -> bool {
    before.split_whitespace().count() <= 4
        && before.split_whitespace().any(|w| {
            let w = w.trim_end_matches('.');
            !is_honorific(w) && with_lower(w, |l| lexicon().titles.contains_key(l))
        })
}

/// The initials of a name of two or more capitalised words, small words aside (`FDA` for
/// `Food and Drug Administration`).
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split(' ')
        .filter(|w| !matches!(*w, "and" | "of" | "the" | "for" | "on" | "in" | "&"))
        .collect();
    let all_capitalised = words
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    (words.len() >= 2 && all_capitalised)
        .then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

/// Whether a sport word occurs anywhere in `text`, as a whole word.
fn is_about_sport(text: &str) -> bool {
    static FINDER: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let finder = FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&lexicon().sport_words)
            .ok()
    });
    finder.as_ref().is_some_and(|f| occurs_as_word(f, text))
}

/// Whether one of `finder`'s phrases occurs in `text` as a whole word.
fn occurs_as_word(finder: &aho_corasick::AhoCorasick, text: &str) -> bool {
    let bytes = text.as_bytes();
    let word_byte = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    finder.find_iter(text).any(|m| {
        let inside_a_word = m.start() > 0 && word_byte(m.start() - 1) || word_byte(m.end());
        !inside_a_word
    })
}

/// Every named thing as an entity, in reading order: people and sources by role,
/// institutions, countries, organisations. A government named by its country is shown
/// as the country, linked to the government when it speaks.
fn entities(
    registry: &Registry,
    speaker_of: &HashMap<usize, usize>,
    countries: &[(Span, &'static str)],
    organizations: &[Span],
) -> Vec<Entity> {
    let country_spans: HashSet<Span> = countries.iter().map(|c| c.0).collect();
    let mut country_speaker: HashMap<Span, usize> = HashMap::default();
    let mentions: usize = registry.actors.iter().map(|a| a.mentions.len()).sum();
    let mut entities = Vec::with_capacity(mentions + countries.len() + organizations.len());
    for (id, actor) in registry.actors.iter().enumerate() {
        let class = match (actor.kind, actor.anonymous) {
            (SpeakerKind::Institution, _) => EntityClass::Organization,
            (_, true) => EntityClass::Anonymous,
            _ => match actor.role {
                Some(Role::Official) => EntityClass::Official,
                Some(Role::Expert) => EntityClass::Expert,
                _ => EntityClass::Person,
            },
        };
        let speaker = speaker_of.get(&id).copied();
        for &m in &actor.mentions {
            if actor.kind == SpeakerKind::Institution && country_spans.contains(&m) {
                if let Some(sp) = speaker {
                    country_speaker.insert(m, sp);
                }
                continue;
            }
            entities.push(Entity {
                class,
                span: m,
                country: None,
                speaker,
            });
        }
    }
    for &(span, country) in countries {
        entities.push(Entity {
            class: EntityClass::Country,
            span,
            country: Some(country),
            speaker: country_speaker.get(&span).copied(),
        });
    }
    for &span in organizations {
        entities.push(Entity {
            class: EntityClass::Organization,
            span,
            country: None,
            speaker: None,
        });
    }
    entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end), e.class as u8));
    entities.dedup_by_key(|e| e.span);
    entities
}

/// A definite phrase that describes a person by nationality, age, cap or party rather
/// than by a name or a title: `the Swede`, `the 34-year-old`, `the Nigeria international`,
/// `the New York Democrat`.
fn is_epithet(text: &str, np: &[Token], hits: &[CountryHit]) -> bool {
    let [article, rest @ ..] = np else {
        return false;
    };
    if !matches!(article.text(text), "the" | "The") {
        return false;
    }
    let country = |t: &Token| hits.iter().any(|h| h.span == t.span);
    let age = |t: &Token| {
        t.text(text)
            .split_once("-year-old")
            .is_some_and(|(n, tail)| tail.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    match rest {
        [one] => {
            let w = one.text(text);
            age(one)
                || is_party_member(w)
                || lexicon().epithets.contains(w)
                || hits
                    .iter()
                    .any(|h| h.span == one.span && h.kind == FormKind::Demonym)
        }
        [place, last] if last.text(text) == "international" => country(place),
        // `the 58-year-old camel herder`: an age, then what the person does.
        [years, what @ ..] if age(years) && what.len() <= 2 => what
            .iter()
            .all(|t| t.kind == Kind::Word && !is_capitalized(t.text(text))),
        // `the Democrat`, `the New York Democrat`, `the Kansas Republican`: a party member
        // from a place. So is `the Clermont grazier`: an occupation from a place.
        [places @ .., noun] => {
            let from_place =
                places.len() <= 3 && places.iter().all(|t| is_capitalized(t.text(text)));
            // So is `the Limerick City TD`, `the Ohio senator`: a seat from a place.
            let occupation = || {
                let w = noun.text(text);
                !places.is_empty()
                    && noun.flags & Flag::TitleStart as u32 != 0
                    && (!is_capitalized(w) && lexicon().titles.get(w) == Some(&Some(Role::Other))
                        || with_lower(w, |l| lexicon().office_titles.contains(l)))
            };
            from_place && (is_party_member(noun.text(text)) || occupation())
        }
        [] => false,
    }
}

/// The body a description names after `at`, `for` or `of`: `senior counsel at the
/// Electronic Privacy Project` → `Electronic Privacy Project`.
fn body_in_title(title: &str) -> Option<&str> {
    let at = [" at ", " for ", " of "]
        .iter()
        .filter_map(|p| title.find(p).map(|i| i + p.len()))
        .min()?;
    let rest = title[at..].strip_prefix("the ").unwrap_or(&title[at..]);
    let end = rest
        .split(' ')
        .take_while(|w| is_capitalized(w) || matches!(*w, "of" | "for" | "and" | "&"))
        .map(|w| w.len() + 1)
        .sum::<usize>()
        .saturating_sub(1)
        .min(rest.len());
    let name = rest[..end].trim_end_matches([',', '.', ' ']);
    let name = name
        .trim_end_matches(" of")
        .trim_end_matches(" for")
        .trim_end_matches(" and");
    (name.contains(' ') && is_capitalized(name)).then_some(name)
}

/// The plural group noun named last before token `before` in its paragraph, with the
/// plain words that describe it (`local residents`, `Users`).
/// `residents` → `resident`, `deputies` → `deputy`: one of a group.
fn singular(plural: &str) -> String {
    match plural.strip_suffix("ies") {
        Some(stem) if stem.len() > 1 => format!("{stem}y"),
        _ => plural.strip_suffix('s').unwrap_or(plural).to_string(),
    }
}

fn group_named_before(
    text: &str,
    tokens: &[Token],
    before: usize,
) -> Option<(Span, &'static crate::lexicon::Group)> {
    let groups = &lexicon().groups;
    let lower = |k: usize| tokens[k].text(text).to_lowercase();
    // Not an owner (`in their parents’ living rooms`).
    let owns = |k: usize| {
        tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == Kind::Possessive || t.kind == Kind::Quote && !t.space_before)
    };
    let k = (before.saturating_sub(40)..before).rev().find(|&k| {
        tokens[k].kind == Kind::Word
            && tokens[k].text(text).ends_with('s')
            && groups.contains_key(&lower(k))
            && !owns(k)
    })?;
    let group = groups.get(&lower(k))?;
    let mut from = k;
    while from > 0 && k - from < 2 && tokens[from - 1].kind == Kind::Word && {
        let w = tokens[from - 1].text(text);
        !is_capitalized(w)
            && !is_determiner(w)
            && !is_preposition(w)
            && w.len() > 2
            && !is_count_word(w)
            && !matches!(
                w,
                "all"
                    | "and"
                    | "but"
                    | "not"
                    | "many"
                    | "some"
                    | "were"
                    | "hundred"
                    | "thousand"
                    | "dozen"
                    | "million"
            )
    } {
        from -= 1;
    }
    Some((
        Span::new(tokens[from].span.start, tokens[k].span.end),
        group,
    ))
}

/// `B.C.’s `: an owner of a capitalised word or two with its possessive, before a name.
fn is_plain_owner(owner: &str) -> bool {
    let Some(words) = owner
        .trim_end()
        .strip_suffix("’s")
        .or_else(|| owner.trim_end().strip_suffix("'s"))
    else {
        return false;
    };
    let words: Vec<&str> = words.split_whitespace().collect();
    (1..=2).contains(&words.len()) && words.iter().all(|w| is_capitalized(w))
}

/// A member of a party, in a word: `the Democrat`, `the Tory`.
fn is_party_member(word: &str) -> bool {
    matches!(word, "Democrat" | "Republican" | "Tory")
}

/// A word for a news outlet (`the newspaper wrote`, `the broadcaster reported`).
fn is_news_noun(word: &str) -> bool {
    matches!(
        word,
        "newspaper" | "paper" | "magazine" | "tabloid" | "broadcaster" | "website" | "outlet"
    )
}

/// A company's legal form closing its name (`Inc.`, `Ltd`, `plc`).
fn is_legal_form(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Inc" | "Ltd" | "LLC" | "Corp" | "Co" | "plc" | "PLC" | "AG" | "GmbH" | "SA" | "NV" | "BV"
    )
}

/// The gender `he` or `she` names.
/// A `he` or `she` inside the relative clause between a speaker's phrase (ending at token
/// `e`) and the cue at byte `cue`: `…, who spoke on condition of anonymity because he was
/// not authorized …, told`.
fn gender_in_relative_clause(para: &Para, e: usize, cue: usize) -> Option<Gender> {
    let text = para.text;
    let clause = para.tokens.get(e..)?;
    let clause = &clause[..clause.partition_point(|t| t.span.start < cue)];
    if clause.len() < 3 || clause[0].text(text) != "," || clause[1].text(text) != "who" {
        return None;
    }
    clause.iter().enumerate().find_map(|(k, t)| {
        let quoted = para.in_passage[e + k].is_some();
        match t.text(text) {
            "he" if !quoted => Some(Gender::Male),
            "she" if !quoted => Some(Gender::Female),
            _ => None,
        }
    })
}

fn gender_of(pr: Pronoun) -> Option<Gender> {
    match pr {
        Pronoun::He => Some(Gender::Male),
        Pronoun::She => Some(Gender::Female),
        _ => None,
    }
}

/// A lower-case noun no lexicon lists as a body, a kind of body, a document, a group or
/// a title: one person described by what they do (`contractor`, `exporter`).
fn is_unlisted_noun(noun: &str) -> bool {
    let lex = lexicon();
    !names::is_head_word(noun)
        && !names::is_kind_word(noun)
        && !is_document_noun(noun)
        && !is_record_noun(noun)
        && !lex.groups.contains_key(noun)
        && !lex.titles.contains_key(noun)
}

/// `her predecessor, Aldo Petronelli`, `his wife, Jane`: the gender of the person whose
/// relative (or colleague) the name is given as, from the possessive before the comma.
fn relative_of(text: &str, tokens: &[Token], name: &Name) -> Option<Gender> {
    let i = name.tokens.0;
    let w = |k: usize| tokens[k].text(text);
    let plain = |k: usize| tokens[k].kind == Kind::Word && !is_capitalized(w(k));
    if i < 3 || w(i - 1) != "," || !plain(i - 2) {
        return None;
    }
    // The possessive, then a noun or two (`her former deputy`).
    let mut gender = None;
    for k in (i.saturating_sub(4)..i - 2).rev() {
        match w(k) {
            "her" | "Her" => gender = Some(Gender::Female),
            "his" | "His" => gender = Some(Gender::Male),
            _ if plain(k) => continue,
            _ => return None,
        }
        break;
    }
    // A noun for a person (not `Back on her property, Arviso …`, nor `his first name,
    // Travis`, which is the man himself).
    let lex = lexicon();
    let noun = w(i - 2);
    let person_noun = || {
        lex.titles.contains_key(noun)
            || lex.female_words.contains(noun)
            || lex.male_words.contains(noun)
            || matches!(
                noun,
                "predecessor"
                    | "successor"
                    | "colleague"
                    | "friend"
                    | "partner"
                    | "boss"
                    | "mentor"
            )
    };
    gender.filter(|_| person_noun())
}
