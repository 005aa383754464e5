//! The knowledge whosaid reads from `assets/lexicons/`: plain files, reviewed like code,
//! compiled into the binary and parsed once on first use.
//!
//! Formats (each file's header comment says the same): `#` starts a comment line, blank
//! lines are ignored, `[name]` lines open a section, columns are separated by tabs and
//! alternatives inside a column by `|`.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::analysis::Role;

macro_rules! lexicon_file {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/lexicons/",
            $name
        ))
    };
}

/// A country and every way an article may name it.
#[derive(Debug)]
pub struct Country {
    /// The canonical English short name (`United States`).
    pub name: &'static str,
    pub aliases: Vec<Form>,
    pub demonyms: Vec<Form>,
    pub capitals: Vec<Form>,
    pub seats: Vec<Form>,
}

/// One written form of a lexicon entry.
#[derive(Clone, Copy, Debug)]
pub struct Form {
    pub text: &'static str,
    /// Also a common word, given name or US state: counted only where the context agrees.
    pub ambiguous: bool,
}

/// How strongly a verb introduces an attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbClass {
    /// Verbs of saying (`say`, `tell`, `add`).
    Speech,
    /// Verbs of stating a finding or view (`believe`, `find`, `estimate`).
    Cognition,
    /// Verbs that attribute quoted words but no clause (`called it “shocking”`).
    Quote,
    /// Phrases that introduce the quotations after them (`issued a statement`).
    Statement,
    /// Noun phrases that begin with a verb form (`think tank`): never a cue.
    NotACue,
}

#[derive(Clone, Copy, Debug)]
pub struct Verb {
    pub lemma: &'static str,
    pub class: VerbClass,
}

/// Whether an institution entry is a head word of many names, a head word only where it
/// ends a name (`Thames Water`), or one full name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstitutionMatch {
    Head,
    Last,
    Name,
}

#[derive(Clone, Copy, Debug)]
pub struct Institution {
    pub phrase: &'static str,
    pub role: Role,
    pub matching: InstitutionMatch,
}

#[derive(Clone, Copy, Debug)]
pub struct Group {
    pub role: Role,
    /// Nouns of one family refer back to each other (`scientists` … `the researchers`).
    pub family: &'static str,
}

/// Role implied by a title; `None` when the institution decides (`director`).
pub type TitleRole = Option<Role>;

#[derive(Debug, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub not_countries: Vec<&'static str>,
    /// States and provinces (`Indiana`, `Nova Scotia`): places, never a name.
    pub regions: HashSet<&'static str>,
    /// Lower-cased single-word and multi-word forms → verb.
    pub verbs: HashMap<String, Verb>,
    /// Lower-cased title phrase → role.
    pub titles: HashMap<String, TitleRole>,
    pub institutions: Vec<Institution>,
    /// Lower-cased noun → group.
    pub groups: HashMap<String, Group>,
    /// The second words of the groups named by two (`members` of `staff members`).
    group_pair_ends: HashSet<String>,
    pub anonymity: Vec<&'static str>,
    /// Lower-cased nouns that are never a speaker (`estimates`, `figures`).
    pub not_speakers: HashSet<&'static str>,
    pub abbreviations: HashSet<&'static str>,
    pub abbreviations_may_end: HashSet<&'static str>,
    /// Given names abbreviated before a surname (`Ma.`, `Wm.`), with their dot.
    pub given_name_abbreviations: HashSet<&'static str>,
    pub furniture_lines: HashSet<String>,
    /// Lower-cased furniture prefixes by their first word (`categories:`, `your`).
    pub furniture_prefixes: HashMap<String, Vec<String>>,
    pub section_starts: HashSet<String>,
    pub caption_markers: HashSet<String>,
    /// Furniture lines that head a bulleted summary box (`Key points:`).
    pub list_headings: HashSet<String>,
    /// Furniture lines that head a box of one other story's headline (`Recommended`).
    pub headline_boxes: HashSet<String>,
    pub credit_prefixes: Vec<&'static str>,
    pub credit_agencies: HashSet<String>,
    pub outlets: Vec<&'static str>,
    pub outlets_lower: HashSet<String>,
    /// Last words of newspapers' names (`Ledger`, `Gazette`).
    pub masthead_words: HashSet<&'static str>,
    pub given_names: HashSet<&'static str>,
    /// Words that make a capitalised name a place or thing when not its first word.
    pub not_person_after_first: HashSet<&'static str>,
    /// Words that make a capitalised name a place or thing as its first word.
    pub not_person_first: HashSet<&'static str>,
    /// Words that show a text is about sport (see `sport-words.txt`).
    pub sport_words: Vec<&'static str>,
    /// Words in a description that make a person female (`Mrs.`, `mother`) or male.
    pub female_words: HashSet<&'static str>,
    pub male_words: HashSet<&'static str>,
    /// Irregular past-tense forms (`swept`, `rose`): finite verbs without `-ed`.
    pub past_tense: HashSet<&'static str>,
    /// Lower-cased titles of a seat held or sought by election (`MP`, `candidate`),
    /// official whatever institution the description names.
    pub office_titles: HashSet<String>,
    /// Words that name a post's field (`National Development`, `Home Affairs`).
    pub portfolio_words: HashSet<&'static str>,
    /// Nouns that stand for the person in focus after `the` (`the monarch`, `the don`).
    pub epithets: HashSet<&'static str>,
}

impl Lexicon {
    /// The group a pair of words names (`staff members`, `study authors`), in any case.
    /// Only a plural second word can end one: other pairs are not looked up.
    pub fn group_of_two(&self, first: &str, second: &str) -> Option<&Group> {
        // (Most words end no such pair: no string is built for them.)
        let ends_pair = second.ends_with('s')
            && crate::analysis::words::with_lower(second, |l| self.group_pair_ends.contains(l));
        if !ends_pair {
            return None;
        }
        self.groups.get(&format!(
            "{} {}",
            first.to_lowercase(),
            second.to_lowercase()
        ))
    }
}

/// The compiled-in lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

/// Data lines of a lexicon file with the section each is in.
fn lines(src: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut section = "";
    src.lines().filter_map(move |raw| {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        if line.starts_with('[') && line.ends_with(']') {
            section = &line[1..line.len() - 1];
            return None;
        }
        Some((section, line))
    })
}

fn columns(line: &'static str) -> Vec<&'static str> {
    line.split('\t').map(str::trim).collect()
}

fn forms(column: &'static str) -> Vec<Form> {
    column
        .split('|')
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(|f| match f.strip_prefix('?') {
            Some(text) => Form {
                text,
                ambiguous: true,
            },
            None => Form {
                text: f,
                ambiguous: false,
            },
        })
        .collect()
}

fn role(s: &str) -> Option<Role> {
    match s {
        "official" | "office" => Some(Role::Official),
        "expert" => Some(Role::Expert),
        "other" => Some(Role::Other),
        _ => None,
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lex = Lexicon::default();
        for (_, line) in lines(lexicon_file!("countries.tsv")) {
            let cols = columns(line);
            let col = |i: usize| cols.get(i).copied().unwrap_or("");
            lex.countries.push(Country {
                name: col(0),
                aliases: forms(col(1)),
                demonyms: forms(col(2)),
                capitals: forms(col(3)),
                seats: forms(col(4)),
            });
        }
        lex.regions = lines(lexicon_file!("regions.txt"))
            .map(|(_, l)| l)
            .collect();
        lex.not_countries = lines(lexicon_file!("not-countries.txt"))
            .map(|(_, l)| l)
            .collect();
        for (_, line) in lines(lexicon_file!("speech-verbs.tsv")) {
            let cols = columns(line);
            let class = match cols.get(1).copied() {
                Some("cognition") => VerbClass::Cognition,
                Some("quote") => VerbClass::Quote,
                Some("statement") => VerbClass::Statement,
                Some("none") => VerbClass::NotACue,
                _ => VerbClass::Speech,
            };
            let verb = Verb {
                lemma: cols[0],
                class,
            };
            for form in cols.get(2).copied().unwrap_or(cols[0]).split('|') {
                lex.verbs.insert(form.trim().to_lowercase(), verb);
            }
        }
        for (_, line) in lines(lexicon_file!("titles.tsv")) {
            let cols = columns(line);
            let r = cols.get(1).and_then(|r| role(r));
            if cols.get(1) == Some(&"office") {
                lex.office_titles.insert(cols[0].to_lowercase());
            }
            lex.titles.insert(cols[0].to_lowercase(), r);
        }
        for (_, line) in lines(lexicon_file!("institutions.tsv")) {
            let cols = columns(line);
            let Some(r) = cols.get(1).and_then(|r| role(r)) else {
                continue;
            };
            let matching = match cols.get(2).copied() {
                Some("name") => InstitutionMatch::Name,
                Some("last") => InstitutionMatch::Last,
                _ => InstitutionMatch::Head,
            };
            lex.institutions.push(Institution {
                phrase: cols[0],
                role: r,
                matching,
            });
        }
        for (_, line) in lines(lexicon_file!("groups.tsv")) {
            let cols = columns(line);
            let Some(r) = cols.get(1).and_then(|r| role(r)) else {
                continue;
            };
            let family = cols.get(2).copied().unwrap_or(cols[0]);
            for noun in cols[0].split('|') {
                let noun = noun.trim().to_lowercase();
                if let Some((_, second)) = noun.split_once(' ') {
                    lex.group_pair_ends.insert(second.to_string());
                }
                lex.groups.insert(noun, Group { role: r, family });
            }
        }
        lex.not_speakers = lines(lexicon_file!("not-speakers.txt"))
            .map(|(_, l)| l)
            .collect();
        lex.anonymity = lines(lexicon_file!("anonymity.txt"))
            .map(|(_, l)| l)
            .collect();
        for (section, line) in lines(lexicon_file!("abbreviations.txt")) {
            // (A given name's may end a sentence too: `…,” said Ma. “The question …`.)
            if section == "given-names" {
                lex.given_name_abbreviations.insert(line);
            }
            if section == "may-end-sentence" || section == "given-names" {
                lex.abbreviations_may_end.insert(line);
            } else {
                lex.abbreviations.insert(line);
            }
        }
        for (section, line) in lines(lexicon_file!("furniture.txt")) {
            let lower = line.to_lowercase();
            match section {
                "line" => {
                    lex.furniture_lines.insert(lower);
                }
                "prefix" => {
                    let first = lower.split_whitespace().next().unwrap_or("").to_string();
                    lex.furniture_prefixes.entry(first).or_default().push(lower);
                }
                "section" => {
                    lex.section_starts.insert(lower);
                }
                "caption-marker" => {
                    lex.caption_markers.insert(lower);
                }
                "list-heading" => {
                    lex.list_headings.insert(lower);
                }
                "headline-box" => {
                    lex.headline_boxes.insert(lower);
                }
                "credit" => lex.credit_prefixes.push(line),
                "credit-agency" => {
                    lex.credit_agencies.insert(lower);
                }
                _ => {}
            }
        }
        for (section, line) in lines(lexicon_file!("outlets.txt")) {
            match section {
                "masthead-word" => {
                    lex.masthead_words.insert(line);
                }
                _ => lex.outlets.push(line),
            }
        }
        lex.outlets_lower = lex.outlets.iter().map(|o| o.to_lowercase()).collect();
        lex.given_names = lines(lexicon_file!("given-names.txt"))
            .map(|(_, l)| l)
            .collect();
        for (section, word) in lines(lexicon_file!("gender-words.txt")) {
            match section {
                "female" => lex.female_words.insert(word),
                _ => lex.male_words.insert(word),
            };
        }
        lex.sport_words = lines(lexicon_file!("sport-words.txt"))
            .map(|(_, l)| l)
            .collect();
        lex.past_tense = lines(lexicon_file!("past-tense.txt"))
            .map(|(_, l)| l)
            .collect();
        lex.portfolio_words = lines(lexicon_file!("portfolio-words.txt"))
            .map(|(_, l)| l)
            .collect();
        lex.epithets = lines(lexicon_file!("epithets.txt"))
            .map(|(_, l)| l)
            .collect();
        for (section, line) in lines(lexicon_file!("not-person-words.txt")) {
            if section == "first" {
                lex.not_person_first.insert(line);
            } else {
                lex.not_person_after_first.insert(line);
            }
        }
        lex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_into_something() {
        let lex = lexicon();
        assert!(
            lex.countries.len() >= 193,
            "{} countries",
            lex.countries.len()
        );
        assert!(!lex.not_countries.is_empty());
        assert!(lex.verbs.contains_key("said"));
        assert!(lex.verbs.contains_key("told"));
        assert!(!lex.titles.is_empty());
        assert!(!lex.institutions.is_empty());
        assert!(lex.groups.contains_key("experts"));
        assert!(!lex.anonymity.is_empty());
        assert!(lex.abbreviations.contains("Mr."));
        assert!(lex.past_tense.contains("swept") && !lex.past_tense.contains("cut"));
        assert!(lex.furniture_lines.contains("hide caption"));
        assert!(lex.section_starts.contains("leave a reply"));
        assert!(!lex.credit_prefixes.is_empty());
        assert!(lex.outlets_lower.contains("npr"));
        assert!(lex.given_names.len() > 3000);
    }

    #[test]
    fn caption_markers_hold_no_separator() {
        // The structure finds a marker opening a line as the text before its first `,`/`:`.
        for m in &lexicon().caption_markers {
            assert!(!m.contains([',', ':']), "{m}");
        }
    }

    #[test]
    fn country_rows_are_well_formed() {
        let lex = lexicon();
        let mut seen = HashSet::default();
        for c in &lex.countries {
            assert!(!c.name.is_empty());
            assert!(seen.insert(c.name), "{} twice", c.name);
            for f in c.aliases.iter().chain(&c.demonyms).chain(&c.capitals) {
                assert_eq!(f.text, f.text.trim(), "{}: {:?}", c.name, f.text);
            }
        }
        for name in [
            "United States",
            "China",
            "North Korea",
            "Finland",
            "England",
        ] {
            assert!(seen.contains(name), "{name} missing");
        }
    }
}
