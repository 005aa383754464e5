//! Who is who across an article: people, institutions, groups and unnamed sources, each
//! once, however often and however differently the article names them.
//!
//! Coreference rules:
//! * a full name is one person however often repeated; a single name (`Wilder`, `Xi`,
//!   `Ambassador Mohib`) is the most recently mentioned person with that name word;
//! * groups of one family (`scientists` … `the researchers`, from `groups.tsv`) are one group,
//!   unless named whose they are (`KAUST researchers`, `Jordanian officials`): each such is
//!   a group of its own, and the latest of a family is the one a bare mention refers to;
//! * a definite description (`the State Department official`) is the most recent unnamed
//!   source sharing a word with it (`a State Department spokesman`);
//! * institutions are one per name, countries' governments one per country.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::names::is_initial_joined;
use super::words::{
    is_article_prefixed_name, is_document_noun, is_name_particle, is_record_noun, with_lower,
};
use super::{Role, SpeakerKind};
use crate::article::Span;

#[derive(Clone, Debug)]
pub struct Actor {
    pub name: String,
    pub kind: SpeakerKind,
    pub role: Option<Role>,
    pub anonymous: bool,
    pub title: Option<String>,
    /// Group family (`research`) for groups.
    pub family: Option<&'static str>,
    pub mentions: Vec<Span>,
    /// Byte offset of the latest mention, for recency.
    pub last_seen: usize,
}

/// Which of `he` and `she` can stand for a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    pub fn other(self) -> Gender {
        match self {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
        }
    }
}

/// `Mrs.`, `his mother`, `the pianist's daughter`: a gender a description gives.
fn gender_in(description: &str) -> Option<Gender> {
    let lex = crate::lexicon::lexicon();
    description.split_whitespace().find_map(|word| {
        let word = word.trim_end_matches([',', ';']);
        let is_in =
            |words: &HashSet<&str>| words.contains(word) || with_lower(word, |l| words.contains(l));
        if is_in(&lex.female_words) {
            Some(Gender::Female)
        } else if is_in(&lex.male_words) {
            Some(Gender::Male)
        } else {
            None
        }
    })
}

#[derive(Default)]
pub struct Registry {
    pub actors: Vec<Actor>,
    /// What is known of people's gender, from their titles and the pronouns used for them.
    genders: HashMap<usize, Gender>,
    /// People and bodies quoted so far.
    spoke: HashSet<usize>,
    by_name: HashMap<String, usize>,
    /// Name word → people whose name has it.
    by_word: HashMap<String, Vec<usize>>,
    /// Family → the latest group of it.
    groups: HashMap<&'static str, usize>,
    /// (Family, whose) → the group so named.
    qualified_groups: HashMap<(&'static str, String), usize>,
    unnamed: Vec<usize>,
    /// What bodies were called by what they are (`the agency` → the Federal Employee
    /// Benefits Administration), latest last.
    called: Vec<(String, usize)>,
}

/// `Marcus “Tank” Okafor`: the name without its nickname (`Marcus Okafor`), and the
/// nickname, which stands for the person alone (`Tank said`).
fn without_nickname(name: &str) -> (String, Option<&str>) {
    let is_mark = |c: char| matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'');
    let Some(open) = name.find(|c: char| is_mark(c)) else {
        return (name.to_string(), None);
    };
    let inner_from = open + name[open..].chars().next().map_or(1, char::len_utf8);
    let Some(close) = name[inner_from..]
        .find(|c: char| is_mark(c))
        .map(|c| c + inner_from)
    else {
        return (name.to_string(), None);
    };
    let nickname = &name[inner_from..close];
    let after = close + name[close..].chars().next().map_or(1, char::len_utf8);
    let rest = format!("{}{}", name[..open].trim_end(), &name[after..]);
    if nickname.is_empty() || rest.trim().is_empty() {
        return (name.to_string(), None);
    }
    // A nickname of two words (`The Rock`) is too loose to stand for the person alone.
    (rest, (!nickname.contains(' ')).then_some(nickname))
}

/// Whether `tail` is the last words of the longer name `full` (`Ruiz Delgado` of `Marta
/// Ruiz Delgado`), in any ASCII case if `fold_case` (`De Wilde` of `Maarten de Wilde`).
fn is_name_tail(full: &str, tail: &str, fold_case: bool) -> bool {
    full.len().checked_sub(tail.len()).is_some_and(|cut| {
        cut > 0
            && full.is_char_boundary(cut)
            && full[..cut].ends_with(' ')
            && if fold_case {
                full[cut..].eq_ignore_ascii_case(tail)
            } else {
                &full[cut..] == tail
            }
    })
}

/// Whitespace folded to single spaces.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

impl Registry {
    fn add(&mut self, actor: Actor) -> usize {
        let id = self.actors.len();
        self.by_name.insert(actor.name.clone(), id);
        self.actors.push(actor);
        id
    }

    fn touch(&mut self, id: usize, span: Option<Span>) {
        if let Some(s) = span {
            let a = &mut self.actors[id];
            if a.mentions.last() != Some(&s) {
                a.mentions.push(s);
            }
            a.last_seen = a.last_seen.max(s.start);
        }
    }

    /// The person a lone name word (a surname) stands for. Of several who share it, the
    /// one mentioned most, then last: the subject of an obituary is `Hollis` after his
    /// mother `Ada Hollis` is introduced.
    pub fn person_by_word(&self, word: &str) -> Option<usize> {
        self.by_word.get(word)?.iter().copied().max_by_key(|&id| {
            let a = &self.actors[id];
            (a.mentions.len(), self.spoke.contains(&id), a.last_seen)
        })
    }

    /// `id` has been quoted: of two people as often mentioned, `Mr. McAllister` is the one
    /// who spoke, not his daughter named since.
    pub fn note_spoke(&mut self, id: usize) {
        self.spoke.insert(id);
    }

    pub fn gender(&self, id: usize) -> Option<Gender> {
        self.genders.get(&id).copied()
    }

    /// `he said` of this person: they are male from now on, unless already known.
    pub fn note_gender(&mut self, id: usize, gender: Gender) {
        if self.actors[id].kind == SpeakerKind::Person {
            self.genders.entry(id).or_insert(gender);
        }
    }

    /// Whether a person known has `word` as the last word of their name.
    pub fn is_surname(&self, word: &str) -> bool {
        self.by_word.get(word).is_some_and(|ids| {
            ids.iter().any(|&id| {
                self.actors[id]
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last.eq_ignore_ascii_case(word))
            })
        })
    }

    /// `De Wilde` opening a sentence after `Maarten de Wilde`: a surname that starts
    /// with a particle, whatever the particle's case.
    pub fn person_by_particle_surname(&self, name: &str) -> Option<usize> {
        let (particle, rest) = name.split_once(' ')?;
        if !with_lower(particle, is_name_particle) {
            return None;
        }
        let last = rest.rsplit(' ').next()?;
        self.by_word
            .get(last)?
            .iter()
            .copied()
            .find(|&id| is_name_tail(&self.actors[id].name, name, true))
    }

    /// `Ruiz Delgado` after `Marta Ruiz Delgado`: the last words of one person's name.
    fn person_by_double_surname(&self, name: &str) -> Option<usize> {
        let last = name.rsplit(' ').next()?;
        let mut ids = self.by_word.get(last)?.iter().copied().filter(|&id| {
            self.actors[id].kind == SpeakerKind::Person
                && is_name_tail(&self.actors[id].name, name, false)
        });
        let id = ids.next()?;
        ids.all(|other| other == id).then_some(id)
    }

    /// `Awang Mohd Rizal` after `Awang Mohd Rizal bin Haji Abdullah`: Brunei's Mr or Ms
    /// (part of some Sarawak names, so kept where it opens a name) before the first words
    /// of one person's name.
    fn person_after_bruneian_honorific(&self, name: &str) -> Option<usize> {
        let rest = name
            .strip_prefix("Awang ")
            .or_else(|| name.strip_prefix("Dayang "))?;
        self.by_name
            .get(rest)
            .copied()
            .or_else(|| self.person_by_leading_words(rest))
    }

    /// `Ahmad Faizal` after `Ahmad Faizal Rahmat`: the first two words of one person's
    /// longer name, as Malay and Arabic names are shortened.
    fn person_by_leading_words(&self, name: &str) -> Option<usize> {
        let (first, second) = name.split_once(' ')?;
        if second.contains(' ') {
            return None;
        }
        let mut ids = self.by_word.get(first)?.iter().copied().filter(|&id| {
            let actor = &self.actors[id];
            actor.kind == SpeakerKind::Person
                && actor
                    .name
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with(' '))
        });
        let id = ids.next()?;
        ids.all(|other| other == id).then_some(id)
    }

    pub fn is_known_person(&self, name: &str) -> bool {
        // Names are mostly single-spaced already: fold only when needed.
        let folded;
        let n = if name.contains(['\n', '\t']) || name.contains("  ") {
            folded = normalize(name);
            folded.as_str()
        } else {
            name.trim()
        };
        if let Some(&id) = self.by_name.get(n) {
            return self.actors[id].kind == SpeakerKind::Person;
        }
        !n.contains(char::is_whitespace) && self.by_word.contains_key(n)
    }

    /// A person named `name` at `span`: the same person as before, or a new one.
    pub fn person(
        &mut self,
        name: &str,
        span: Option<Span>,
        title: Option<&str>,
        role: Option<Role>,
    ) -> usize {
        let normalized = normalize(name);
        let (name, nickname) = without_nickname(&normalized);
        let existing = self
            .by_name
            .get(&name)
            .copied()
            .filter(|&id| self.actors[id].kind == SpeakerKind::Person);
        let existing = existing.or_else(|| {
            if name.contains(' ') {
                self.person_by_particle_surname(&name)
                    .or_else(|| self.person_by_double_surname(&name))
                    .or_else(|| self.person_by_leading_words(&name))
                    .or_else(|| self.person_after_bruneian_honorific(&name))
            } else {
                self.person_by_word(&name)
            }
        });
        let id = match existing {
            Some(id) => id,
            None => {
                let id = self.add(Actor {
                    name: name.clone(),
                    kind: SpeakerKind::Person,
                    role: None,
                    anonymous: false,
                    title: None,
                    family: None,
                    mentions: Vec::new(),
                    last_seen: 0,
                });
                for w in name.split(' ').chain(nickname.iter().copied()) {
                    self.by_word.entry(w.to_string()).or_default().push(id);
                    // `Altangerel said` after `N.Altangerel`: the name without the
                    // patronymic's initial joined to it, as Mongolian papers repeat it.
                    if let Some((_, given)) = w.split_once('.').filter(|_| is_initial_joined(w)) {
                        self.by_word.entry(given.to_string()).or_default().push(id);
                    }
                    // `Al-Kuwari` opening a sentence after `Nasser al-Kuwari`.
                    if is_article_prefixed_name(w) {
                        let opening = w[..1].to_ascii_uppercase() + &w[1..];
                        self.by_word.entry(opening).or_default().push(id);
                    }
                }
                // `Jowhar said` after `Fatima Al-Jowhar`, `Tamimi said` after `Sabah Kadhim
                // al-Tamimi`: papers drop the article of a surname when they repeat it.
                let last = name.rsplit(' ').next().filter(|l| {
                    name.contains(' ') && l.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
                });
                if let Some(last) = last {
                    // (The first byte is ASCII: slicing there is safe.)
                    let lowered = last[..1].to_ascii_lowercase() + &last[1..];
                    if is_article_prefixed_name(&lowered) {
                        let (_, bare) = last.split_once('-').unwrap_or_default();
                        if bare.len() >= 3 {
                            self.by_word.entry(bare.to_string()).or_default().push(id);
                        }
                    }
                }
                id
            }
        };
        let a = &mut self.actors[id];
        // (An honorific alone gives way to a post: `Mr` from a caption, then `the Municipal
        // Chief Executive (MCE)`.)
        let form_of_address = |t: &str| {
            matches!(
                t.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Hon" | "Nana" | "Madam"
            )
        };
        let honorific_only = a.title.as_deref().is_some_and(form_of_address);
        if a.title.is_none() || honorific_only && title.is_some_and(|t| !form_of_address(t)) {
            a.title = title.map(normalize);
            // The description that introduces a person (`his mother, Kerry Ellison`).
            if let Some(g) = title.and_then(gender_in) {
                self.genders.entry(id).or_insert(g);
            }
        }
        if a.role.is_none() || role == Some(Role::Official) && a.role == Some(Role::Other) {
            a.role = role.or(a.role);
        }
        self.touch(id, span);
        id
    }

    /// An institution speaking by name (`Microsoft`, `United States` for its government).
    /// The role is worked out only the first time an institution is met.
    pub fn institution(
        &mut self,
        name: &str,
        role: impl FnOnce() -> Option<Role>,
        span: Option<Span>,
    ) -> usize {
        let name = normalize(name);
        let id = match self.by_name.get(&name) {
            Some(&id) => id,
            None => self.add(Actor {
                name,
                kind: SpeakerKind::Institution,
                role: role(),
                anonymous: false,
                title: None,
                family: None,
                mentions: Vec::new(),
                last_seen: 0,
            }),
        };
        self.touch(id, span);
        id
    }

    /// The institution of this name, if one has been met.
    pub fn institution_named(&self, name: &str) -> Option<usize> {
        self.by_name
            .get(name)
            .copied()
            .filter(|&id| self.actors[id].kind == SpeakerKind::Institution)
    }

    /// Whether a group of this family has spoken or been named as a speaker.
    pub fn has_group(&self, family: &str) -> bool {
        self.groups.contains_key(family)
    }

    /// An unnamed group (`experts`, `the researchers`): the latest of its family; or, named
    /// whose it is (`whose`: `KAUST`, `Jordanian`), the one so named.
    pub fn group(
        &mut self,
        name: &str,
        role: Role,
        family: &'static str,
        whose: Option<&str>,
        span: Option<Span>,
    ) -> usize {
        let known = match whose {
            Some(w) => self.qualified_groups.get(&(family, w.to_string())).copied(),
            None => self.groups.get(family).copied(),
        };
        let id = match known {
            Some(id) => id,
            None => {
                let id = self.add(Actor {
                    name: normalize(name),
                    kind: SpeakerKind::Group,
                    role: Some(role),
                    anonymous: true,
                    title: None,
                    family: Some(family),
                    mentions: Vec::new(),
                    last_seen: 0,
                });
                if let Some(w) = whose {
                    self.qualified_groups.insert((family, w.to_string()), id);
                }
                id
            }
        };
        self.groups.insert(family, id);
        self.touch(id, span);
        id
    }

    /// An unnamed person described by role (`a State Department spokesman`). A definite
    /// description refers back to the most recent unnamed source sharing a word with it.
    pub fn anonymous(
        &mut self,
        description: &str,
        role: Option<Role>,
        definite: bool,
        span: Option<Span>,
    ) -> usize {
        // `person familiar with the investigation who spoke on the condition of anonymity
        // because …`: the description, not the relative clause that explains it.
        let mut desc = normalize(description);
        if let Some(cut) = desc.find(" who ").filter(|&c| c > 0) {
            desc.truncate(cut);
        }
        let words: Vec<String> = desc
            .split(' ')
            .map(str::to_lowercase)
            .filter(|w| w.len() > 2)
            .collect();
        let earlier = if definite {
            words
                .iter()
                .filter_map(|w| self.recent_unnamed_with(w))
                .max_by_key(|&id| self.actors[id].last_seen)
        } else {
            None
        };
        let id = match earlier.or_else(|| self.by_name.get(&desc).copied()) {
            Some(id) => id,
            None => {
                let id = self.add(Actor {
                    name: desc.clone(),
                    kind: SpeakerKind::Person,
                    role,
                    anonymous: true,
                    title: Some(desc),
                    family: None,
                    mentions: Vec::new(),
                    last_seen: 0,
                });
                self.unnamed.push(id);
                id
            }
        };
        self.touch(id, span);
        id
    }

    /// `the agency` stands for what it stood for before.
    pub fn note_called(&mut self, word: &str, id: usize) {
        self.called.push((word.to_string(), id));
    }

    /// `the Coast Guard` after `the U.S. Coast Guard` spoke: the institution met last whose
    /// name is `name` with a word or two in front (a country's, as a rule).
    pub fn institution_with_more_in_front(&self, name: &str) -> Option<usize> {
        self.seen_last(|a| {
            a.kind == SpeakerKind::Institution
                && a.name.strip_suffix(name).is_some_and(|front| {
                    front.ends_with(' ') && (1..=2).contains(&front.split_whitespace().count())
                })
        })
    }

    /// The most recently mentioned institution whose name has this word (any case):
    /// `the ministry` after `the Ministry of Health`.
    pub fn recent_institution_with(&self, word: &str) -> Option<usize> {
        let called = self
            .called
            .iter()
            .rev()
            .find(|(w, _)| w == word)
            .map(|&(_, id)| id);
        let named = self.seen_last(|a| {
            // `court filings` are no court: a document is found by its own noun only.
            let last = a.name.rsplit(' ').next().unwrap_or("");
            a.kind == SpeakerKind::Institution
                && if is_document_noun(last) || is_record_noun(last) {
                    last.eq_ignore_ascii_case(word)
                } else {
                    a.name.split(' ').any(|w| w.eq_ignore_ascii_case(word))
                }
        });
        // Of a body so called and one so named, the one met last.
        match (called, named) {
            (Some(c), Some(n)) => Some(if self.actors[c].last_seen >= self.actors[n].last_seen {
                c
            } else {
                n
            }),
            (c, n) => c.or(n),
        }
    }

    /// Of the latest actors, the one mentioned last that `want` accepts.
    fn seen_last(&self, want: impl Fn(&Actor) -> bool) -> Option<usize> {
        self.actors
            .iter()
            .enumerate()
            .rev()
            .take(200)
            .filter(|(_, a)| want(a))
            .max_by_key(|(_, a)| a.last_seen)
            .map(|(id, _)| id)
    }

    /// The most recently mentioned named person whose title has `word` (lower case) or its
    /// abbreviation (`Gov.` for `governor`, `Sgt.` for `sergeant`); a title of several
    /// words (`chief justice`) must be there whole.
    pub fn recent_person_titled(&self, word: &str) -> Option<usize> {
        let has_words = |t: &str| {
            let t = t.to_lowercase();
            t.match_indices(word).any(|(at, _)| {
                let before = t[..at].chars().next_back();
                let after = t[at + word.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        };
        // `The CS said` after `Agriculture Cabinet Secretary Daniel Kioko`: a post written
        // by its initials is the post whose capitalised words they begin.
        let initials_of = |t: &str| {
            let capitals: String = t
                .split_whitespace()
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            capitals.to_lowercase().contains(word)
        };
        let initials =
            (2..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_lowercase());
        self.seen_last(|a| {
            a.kind == SpeakerKind::Person
                && !a.anonymous
                && a.title.as_deref().is_some_and(|t| {
                    if word.contains(' ') {
                        has_words(t)
                    } else {
                        // (Not the Prime Minister for `the minister`: another post.)
                        let mut before = "";
                        t.split(|c: char| !c.is_alphanumeric() && c != '.')
                            .any(|w| {
                                let prime =
                                    word == "minister" && before.eq_ignore_ascii_case("prime");
                                before = w;
                                title_word_is(w, word) && !prime
                            })
                            || initials && initials_of(t)
                    }
                })
        })
    }

    /// The unnamed source mentioned last whose description holds `word` (lower case).
    pub fn recent_unnamed_with(&self, word: &str) -> Option<usize> {
        self.unnamed
            .iter()
            .copied()
            .filter(|&id| {
                self.actors[id]
                    .name
                    .split(' ')
                    .any(|w| w.eq_ignore_ascii_case(word))
            })
            .max_by_key(|&id| self.actors[id].last_seen)
    }

    /// The most recently mentioned named institution of `role`, not a government, seen at
    /// or after byte `since`: `the company` after `Cortexa`, `the agency` after the FTC;
    /// a news outlet when `news` (`the newspaper`), else any but one.
    pub fn recent_institution_in_role(
        &self,
        role: Role,
        since: usize,
        news: bool,
    ) -> Option<usize> {
        let countries = &crate::lexicon::lexicon().countries;
        self.seen_last(|a| {
            a.kind == SpeakerKind::Institution
                && a.last_seen >= since
                && a.role.unwrap_or(Role::Other) == role
                && super::roles::is_news_name(&a.name) == news
                && a.name.starts_with(|c: char| c.is_uppercase())
                && !countries.iter().any(|c| c.name == a.name)
        })
    }

    /// People known only by their post (`the Minister for Health conceded`, `Housing
    /// secretary says`), each with the one person named later who holds that post
    /// (`Minister for Health Dermot Kinsella`). A post of one lower-case word (`the
    /// official`) is too common to tell who holds it; a capitalised one (`The Premier says`)
    /// is the post's.
    pub fn post_holders(&self) -> HashMap<usize, usize> {
        let post = |t: &str| {
            let t = t.trim();
            let t = t
                .strip_prefix("the ")
                .or_else(|| t.strip_prefix("The "))
                .unwrap_or(t);
            t.to_lowercase()
        };
        let mut holders = HashMap::default();
        for (id, a) in self.actors.iter().enumerate() {
            let only_a_post = a.kind == SpeakerKind::Person
                && a.anonymous
                && (a.name.contains(' ') || a.name.starts_with(char::is_uppercase))
                && a.title.as_deref().is_some_and(|t| post(t) == post(&a.name));
            if !only_a_post {
                continue;
            }
            let wanted = post(&a.name);
            let mut holding = self.actors.iter().enumerate().filter(|(_, h)| {
                h.kind == SpeakerKind::Person
                    && !h.anonymous
                    && h.title.as_deref().is_some_and(|t| post(t) == wanted)
            });
            if let (Some((holder, _)), None) = (holding.next(), holding.next()) {
                holders.insert(id, holder);
            }
        }
        // `An Arizona sheriff … says` in the lead, then `Cerro Verde County Sheriff Dale
        // Whitcomb said`: a person introduced by a post, then named as the one person who
        // holds a post of that name (a caption may have named them first). Not an unnamed source (`a senior official`, `a
        // spokesman who spoke on condition of anonymity`), whom the story keeps unnamed.
        for (id, a) in self.actors.iter().enumerate() {
            if holders.contains_key(&id) || a.kind != SpeakerKind::Person || !a.anonymous {
                continue;
            }
            // (`mayor of Tairāwhiti`: the post, then the place it is of.)
            let described = match a.name.split_once(" of ") {
                Some((post, place))
                    if place.split(' ').all(|w| w.starts_with(char::is_uppercase)) =>
                {
                    post
                }
                _ => a.name.as_str(),
            };
            let Some(post) = described.rsplit(' ').next().map(str::to_lowercase) else {
                continue;
            };
            let withheld = |d: &str| {
                [
                    "anonymity",
                    "authorized",
                    "authorised",
                    "name",
                    "identified",
                    "spoke",
                    "withheld",
                ]
                .iter()
                .any(|w| d.contains(w))
            };
            let generic = matches!(
                post.as_str(),
                "official"
                    | "source"
                    | "diplomat"
                    | "aide"
                    | "person"
                    | "officer"
                    | "resident"
                    | "analyst"
                    | "expert"
                    | "member"
                    | "worker"
                    | "employee"
                    | "staffer"
            );
            let first = a.mentions.iter().map(|m| m.start).min();
            // (The post heads the description: not `sources close to the treasurer`.)
            let headed = described.split(' ').count() <= 3
                && !described.split(' ').any(|w| {
                    matches!(
                        w,
                        "to" | "for" | "of" | "at" | "in" | "with" | "from" | "on" | "by"
                    )
                });
            if generic
                || !headed
                || withheld(&a.name)
                || a.title.as_deref().is_some_and(withheld)
                || first.is_none()
                || !crate::lexicon::lexicon().titles.contains_key(&post)
            {
                continue;
            }
            let mut holding = self.actors.iter().enumerate().filter(|(_, h)| {
                h.kind == SpeakerKind::Person
                    && !h.anonymous
                    && h.mentions.iter().any(|m| Some(m.start) > first)
                    && h.title.as_deref().is_some_and(|t| {
                        !t.contains("former")
                            && t.rsplit(' ')
                                .next()
                                .is_some_and(|l| l.eq_ignore_ascii_case(&post))
                    })
            });
            if let (Some((holder, _)), None) = (holding.next(), holding.next()) {
                holders.insert(id, holder);
            }
        }
        holders
    }

    pub fn note_mention(&mut self, id: usize, span: Span) {
        self.touch(id, Some(span));
    }
}

/// Whether a word of a title is `word` (lower case), or an abbreviation of it: a dotted
/// short form that begins it (`Gov.` → `governor`) or whose letters come in order in it
/// from its first to its last (`Sgt.` → `sergeant`, `Lt.` → `lieutenant`).
fn title_word_is(w: &str, word: &str) -> bool {
    if w.eq_ignore_ascii_case(word) {
        return true;
    }
    let Some(short) = w.strip_suffix('.') else {
        return false;
    };
    let short = short.to_ascii_lowercase();
    if short.len() < 2 {
        return false;
    }
    let mut rest = word.chars();
    word.starts_with(&short)
        || short.chars().next() == word.chars().next()
            && short.chars().last() == word.chars().last()
            && short.chars().all(|c| rest.any(|r| r == c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_abbreviations() {
        assert!(title_word_is("Gov.", "governor"));
        assert!(title_word_is("Sgt.", "sergeant"));
        assert!(title_word_is("Lt.", "lieutenant"));
        assert!(title_word_is("governor", "governor"));
        assert!(!title_word_is("Gen.", "governor"));
        assert!(!title_word_is("Gov", "governor"));
    }

    #[test]
    fn surnames_and_full_names_are_one_person() {
        let mut r = Registry::default();
        let a = r.person(
            "Dennis  Wilder",
            Some(Span::new(0, 13)),
            Some("senior fellow"),
            Some(Role::Expert),
        );
        let b = r.person("Wilder", Some(Span::new(50, 56)), None, None);
        assert_eq!(a, b);
        assert_eq!(r.actors[a].name, "Dennis Wilder");
        assert_eq!(r.actors[a].mentions.len(), 2);
        assert_eq!(r.actors[a].role, Some(Role::Expert));
    }

    #[test]
    fn group_families_merge() {
        let mut r = Registry::default();
        let a = r.group("scientists", Role::Expert, "research", None, None);
        let b = r.group("researchers", Role::Expert, "research", None, None);
        assert_eq!(a, b);
        assert_eq!(r.actors[a].name, "scientists");
        // Named whose they are, a group of its own, and the latest of its family.
        let c = r.group(
            "KAUST researchers",
            Role::Expert,
            "research",
            Some("KAUST"),
            None,
        );
        assert_ne!(a, c);
        assert_eq!(
            r.group("researchers", Role::Expert, "research", None, None),
            c
        );
        assert_eq!(
            r.group(
                "KAUST researchers",
                Role::Expert,
                "research",
                Some("KAUST"),
                None
            ),
            c
        );
    }

    #[test]
    fn definite_description_refers_back() {
        let mut r = Registry::default();
        let a = r.anonymous(
            "State Department spokesman",
            Some(Role::Official),
            false,
            Some(Span::new(0, 1)),
        );
        let b = r.anonymous(
            "State Department official",
            Some(Role::Official),
            true,
            Some(Span::new(9, 10)),
        );
        assert_eq!(a, b);
    }
}
