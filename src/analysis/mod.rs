//! Who said what: quotes, cues, speakers, roles and countries over an article's blocks.
//!
//! One pass over the blocks in reading order. For each title, caption and paragraph:
//! tokens ([`tokens`]), countries ([`countries`]), people and organisations ([`names`],
//! registered in a [`speakers::Registry`] so later surnames and descriptions find them).
//! Paragraphs go on: quoted passages ([`quotes`]), sentences ([`sentences`]), cues and what
//! they attribute ([`cues`]), and speakers resolved from the cue's noun phrase — a name,
//! a pronoun (the speaker in focus), an institution, a group or an unnamed source.
//! A sentence that is only a quotation continues the speaker in focus (the last speaker of
//! this paragraph or the one before). Captions, credits and titles never hold attributions.

pub mod countries;
pub mod cues;
pub mod lookup;
pub mod names;
pub mod phrases;
pub mod prepare;
pub mod quotes;
pub mod roles;
pub mod sentences;
pub mod speakers;
pub mod tokens;
pub mod words;

mod engine;

use crate::article::{Block, Span};

/// What a speaker or a mentioned person is, for the reader's groups and colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Speaks for a government, state body, military or intergovernmental body, or holds or
    /// seeks political office.
    Official,
    /// An academic, researcher or scientist, or a study speaking as such.
    Expert,
    /// Everyone else.
    Other,
}

impl Role {
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Official => "official",
            Role::Expert => "expert",
            Role::Other => "other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpeakerKind {
    Person,
    /// A government, company, newspaper or study speaking as a body.
    Institution,
    /// An unnamed plural: `experts`, `officials`.
    Group,
}

impl SpeakerKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Institution => "institution",
            SpeakerKind::Group => "group",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The full name as first given (`Antony Blinken`), a country's short name for a
    /// government, or a short description for an unnamed source (`State Department official`).
    pub name: String,
    pub role: Role,
    pub kind: SpeakerKind,
    pub anonymous: bool,
    /// Title or description (`Secretary of State`).
    pub title: Option<String>,
    /// Indices into [`Analysis::quotes`], in reading order.
    pub quotes: Vec<usize>,
    /// Every span that names this speaker, in reading order.
    pub mentions: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// Words inside quotation marks (marks excluded from the span).
    Direct,
    /// Reported speech: the content clause of a cue, without quotation marks.
    Indirect,
}

impl QuoteKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Index into [`Analysis::speakers`]; `None` when nothing supports a speaker.
    pub speaker: Option<usize>,
    pub kind: QuoteKind,
    pub span: Span,
    /// The attribution verb or phrase (`said`, `according to`).
    pub cue: Option<Span>,
    /// How the article names the speaker at this attribution (`he`, `Wilder`, `the official`).
    pub source: Option<Span>,
    /// Index into the article's blocks.
    pub block: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityClass {
    Official,
    Expert,
    Person,
    Anonymous,
    Country,
    Organization,
}

impl EntityClass {
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityClass::Official => "official",
            EntityClass::Expert => "expert",
            EntityClass::Person => "person",
            EntityClass::Anonymous => "anonymous",
            EntityClass::Country => "country",
            EntityClass::Organization => "organization",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entity {
    pub class: EntityClass,
    pub span: Span,
    /// The canonical country name, on country entities.
    pub country: Option<&'static str>,
    /// Index into [`Analysis::speakers`], on entities that name a speaker.
    pub speaker: Option<usize>,
}

/// Everything the analysis found, as spans over the article text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub speakers: Vec<Speaker>,
    /// In reading order.
    pub quotes: Vec<Quote>,
    /// In reading order, not overlapping.
    pub entities: Vec<Entity>,
}

pub use engine::Partial;

/// Analyse the kept blocks of a text.
pub fn analyze(text: &str, blocks: &[Block]) -> Analysis {
    analyze_observed(text, blocks, |_| {})
}

/// Analyse the kept blocks of a text, letting `observe` look at the work in progress every
/// few hundred kilobytes (never on short texts): how far it is, and what is found so far.
/// A speaker known so far only by a post (`the Minister for Health`) may take the name of
/// whoever is named later as holding it.
pub fn analyze_observed(
    text: &str,
    blocks: &[Block],
    mut observe: impl FnMut(&Partial),
) -> Analysis {
    engine::Engine::new(text).run(blocks, &mut observe)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::structure::structure;

    const SAMPLE: &str = include_str!("../../assets/articles/npr-china-influence.txt");

    #[test]
    fn an_observer_sees_a_growing_prefix_of_the_final_results() {
        // Some 1.5 MB: several looks.
        let text = SAMPLE.repeat(1_500_000 / SAMPLE.len());
        let blocks = structure(&text).blocks;
        let mut looks: Vec<(usize, Analysis)> = Vec::new();
        let last = analyze_observed(&text, &blocks, |p| looks.push((p.done, p.analysis())));
        assert_eq!(last, analyze(&text, &blocks));
        assert!(looks.len() >= 4, "{} looks", looks.len());
        let mut done = 0;
        let mut quotes = 0;
        for (at, partial) in &looks {
            assert!(*at > done && *at < text.len());
            assert!(partial.quotes.len() > quotes);
            (done, quotes) = (*at, partial.quotes.len());
            // Everything found so far lies before `done`, and is found again in the end.
            assert!(partial.quotes.iter().all(|q| q.span.end <= done));
            assert_eq!(partial.quotes[..], last.quotes[..quotes]);
            for (s, speaker) in partial.speakers.iter().enumerate() {
                assert_eq!(speaker.name, last.speakers[s].name);
            }
        }
    }

    /// Speaker name of each quote, in order.
    fn speakers_of(text: &str) -> Vec<Option<String>> {
        let a = analyze(text, &structure(text).blocks);
        a.quotes
            .iter()
            .map(|q| q.speaker.map(|s| a.speakers[s].name.clone()))
            .collect()
    }

    /// The first quote's speaker's name and role.
    fn first_speaker(text: &str) -> (String, Role) {
        let a = analyze(text, &structure(text).blocks);
        let s = &a.speakers[a.quotes[0].speaker.expect("a speaker")];
        (s.name.clone(), s.role)
    }

    /// Each quote's speaker, whole.
    fn quoted_speakers(text: &str) -> Vec<Speaker> {
        let a = analyze(text, &structure(text).blocks);
        a.quotes
            .iter()
            .map(|q| a.speakers[q.speaker.expect("a speaker")].clone())
            .collect()
    }

    /// Each quote's speaker's name, every quote having one.
    fn quoted_names(a: &Analysis) -> Vec<&str> {
        a.quotes
            .iter()
            .map(|q| a.speakers[q.speaker.expect("a speaker")].name.as_str())
            .collect()
    }

    /// The speakers `speakers_of` should find, each quote's in turn.
    fn named(names: &[&str]) -> Vec<Option<String>> {
        names.iter().map(|n| Some(n.to_string())).collect()
    }

    /// Every quote has a speaker, and these are their names, in order.
    #[track_caller]
    fn assert_speakers(text: &str, names: &[&str]) {
        assert_eq!(speakers_of(text), named(names));
    }

    /// Each quote's speaker and words.
    fn said(text: &str) -> Vec<(String, String)> {
        let a = analyze(text, &structure(text).blocks);
        a.quotes
            .iter()
            .map(|q| {
                let who = q
                    .speaker
                    .map_or(String::new(), |s| a.speakers[s].name.clone());
                (who, q.span.of(text).to_string())
            })
            .collect()
    }

    #[test]
    fn a_document_speaks_for_whoever_issued_it() {
        let text =
            "Title\n\nThe Foreign Ministry said in a statement that guards had fired first. \
                    “We reserve the right to respond,” the statement said.\n\n\
                    Reefs could be hit by 2040, according to a study published Wednesday.\n\n\
                    The report, published by Human Rights Watch, said guards beat detainees.\n\n\
                    Trains were held at the border for ten days, according to a statement \
                    issued by the Ukrainian government. The statement said the delays had cost \
                    exporters millions.\n";
        let names = speakers_of(text);
        assert_eq!(
            names,
            named(&[
                "Foreign Ministry",
                "Foreign Ministry",
                "study",
                "Human Rights Watch",
                "Ukraine",
                "Ukraine"
            ])
        );
    }

    #[test]
    fn records_and_owners() {
        let text = "Title\n\nDale Kessler submitted 37 invoices for road work, according to court \
                    documents. Crews did not work at 19 of the addresses, the documents state.\n\n\
                    Kessler's attorney, Gregory Pallas, said his client intends to fight the \
                    charges.\n\nAn outside audit of that scope typically costs about $60,000, \
                    Mayor Ann Whitaker said.\n";
        let names = speakers_of(text);
        assert_eq!(
            names,
            [
                "court documents",
                "court documents",
                "Gregory Pallas",
                "Ann Whitaker"
            ]
            .map(|n| Some(n.to_string()))
        );
    }

    #[test]
    fn the_company_is_the_company_just_named() {
        let text = "Title\n\nCortexa said in a blog post that staff would get severance. \
                    The company said it would keep hiring engineers.\n\n\
                    The Federal Trade Commission said it had asked for documents. \
                    In a statement, the agency said it was examining the deal.\n";
        let names = speakers_of(text);
        assert_eq!(
            names,
            [
                "Cortexa",
                "Cortexa",
                "Federal Trade Commission",
                "Federal Trade Commission"
            ]
            .map(|n| Some(n.to_string()))
        );
    }

    #[test]
    fn descriptions_with_names_and_groups_with_phrases() {
        let text = "Title\n\nIran’s state broadcaster, IRIB, reported that the station had been \
                    reinforced.\n\nIts main rival, Tessellate, said it would close an office.\n\n\
                    Farida Karimova, a spokesperson for the UN refugee agency, UNHCR, said the \
                    agency was “deeply concerned” by reports.\n\nOfficials in both countries \
                    said a meeting was expected.\n\nTraders in Taftan, many of whom depend on \
                    the trade, said prices had risen.\n\nStaff asked for emails, according to \
                    people familiar with the matter. Investors had pressed for cuts, the people \
                    said.\n";
        let a = analyze(text, &structure(text).blocks);
        let said: Vec<(&str, Role)> = a
            .quotes
            .iter()
            .map(|q| {
                let s = &a.speakers[q.speaker.unwrap()];
                (s.name.as_str(), s.role)
            })
            .collect();
        assert_eq!(
            said,
            vec![
                ("IRIB", Role::Official),
                ("Tessellate", Role::Other),
                ("Farida Karimova", Role::Official),
                ("Officials", Role::Official),
                ("Traders", Role::Other),
                ("people familiar with the matter", Role::Other),
                ("people familiar with the matter", Role::Other),
            ]
        );
    }

    #[test]
    fn a_quotation_over_paragraphs_is_the_speakers_where_it_closes() {
        let text = "Title\n\nHis daughter, Loretta Begay, spoke for ten minutes.\n\n\
                    “My mother stood at that crossing for nine years. She knew every name.\n\n\
                    “You took her in a moment,” Begay said.\n\n“We won.”\n\n\
                    “Next year,” said John Smith.\n";
        let said: Vec<(String, Option<String>)> = {
            let a = analyze(text, &structure(text).blocks);
            a.quotes
                .iter()
                .map(|q| {
                    let name = q.speaker.map(|s| a.speakers[s].name.clone());
                    (q.span.of(text).chars().take(9).collect(), name)
                })
                .collect()
        };
        let begay = Some("Loretta Begay".to_string());
        assert_eq!(said[0], ("My mother".into(), begay.clone()));
        assert_eq!(said[1], ("You took ".into(), begay.clone()));
        // A closed quotation is not taken by the next paragraph's speaker.
        assert_ne!(said[2].1, Some("John Smith".to_string()));
    }

    #[test]
    fn clauses_after_adverbs_conjunctions_and_participles() {
        let text = "Title\n\nOfficials said, however, that the road would close.\n\n\
                    Dirk Hallmann told analysts the target was achievable, although he \
                    acknowledged that volumes had grown slowly.\n\nThe watchdog BaFin said \
                    it had ordered an audit of the bank, citing “serious deficiencies” in its \
                    controls.\n";
        let expected = [
            ("Officials", "the road would close"),
            ("Dirk Hallmann", "the target was achievable"),
            ("Dirk Hallmann", "volumes had grown slowly"),
            ("BaFin", "it had ordered an audit of the bank"),
            ("BaFin", "serious deficiencies"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(who, what)| (who.to_string(), what.to_string()))
            .collect();
        assert_eq!(said(text), expected);
    }

    #[test]
    fn counted_sources_and_long_descriptions() {
        let text = "Title\n\nThe audit followed a complaint, two people familiar with the matter \
                    said.\n\n“No country should choose,” China’s ambassador to the UN in \
                    Geneva, Zhao Minghui, told reporters outside the hall.\n";
        assert_speakers(text, &["people familiar with the matter", "Zhao Minghui"]);
    }

    #[test]
    fn an_institution_named_after_what_it_is() {
        let text = "Title\n\nGerman payments company Kontora said it would cut jobs.\n\n\
                    Profit fell 38%, the company said in a statement, below forecasts.\n\n\
                    The services union Verdi said the cuts were unacceptable.\n";
        let a = analyze(text, &structure(text).blocks);
        let said: Vec<(&str, SpeakerKind, &str)> = a
            .quotes
            .iter()
            .map(|q| {
                let s = &a.speakers[q.speaker.unwrap()];
                (s.name.as_str(), s.kind, q.span.of(text))
            })
            .collect();
        assert_eq!(
            said,
            vec![
                ("Kontora", SpeakerKind::Institution, "it would cut jobs"),
                ("Kontora", SpeakerKind::Institution, "Profit fell 38%"),
                (
                    "Verdi",
                    SpeakerKind::Institution,
                    "the cuts were unacceptable"
                ),
            ]
        );
    }

    #[test]
    fn a_document_with_adjectives_still_speaks() {
        let text = "Title\n\nChildren near busy roads have smaller lungs, according to a new \
                    study.\n\nA leaked report said the plan had failed.\n\nCrews did not \
                    work at 19 addresses, court documents show.\n";
        assert_speakers(text, &["study", "report", "court documents"]);
        let text = "Title\n\nLungs are smaller, according to the largest study of its kind \
                    in the UK, which has prompted calls for action.\n";
        assert_speakers(text, &["study"]);
    }

    #[test]
    fn a_name_that_lists_what_it_is_for() {
        let text = "Title\n\nThe Department for Environment, Food and Rural Affairs said in a \
                    statement that councils had powers.\n";
        assert_speakers(
            text,
            &["Department for Environment, Food and Rural Affairs"],
        );
    }

    #[test]
    fn institutions_named_before_they_speak() {
        let text = "Title\n\nThe Ministry of Finance, headed by Finance Minister Suresh \
                    Pillai, welcomed the decision. The ministry said in a statement that the \
                    deficit target stood.\n\nThe Reserve Bank of India (RBI) cut rates. The \
                    committee voted 4-2, the RBI said.\n\nThe fire had burnt 38,000 hectares \
                    by Monday, authorities said.\n";
        assert_speakers(
            text,
            &[
                "Ministry of Finance",
                "Reserve Bank of India",
                "authorities",
            ],
        );
    }

    #[test]
    fn short_present_clauses_dismissals_and_statements_met_earlier() {
        let text = "Title\n\nThe timeline now looks unlikely, the aides said.\n\n\
                    Villanueva dismissed those concerns as “the same scare tactics as ever” and \
                    said she would press leaders to act.\n\nIn a statement issued on Saturday \
                    evening, the Football League Officials Board said the review was right. \
                    “The arm is extended away from his body,” the statement said.\n";
        assert_speakers(
            text,
            &[
                "aides",
                "Villanueva",
                "Villanueva",
                "Football League Officials Board",
                "Football League Officials Board",
            ],
        );
    }

    #[test]
    fn a_group_of_a_list_of_places_is_the_group() {
        let text = "Title\n\nOfficials from Germany, France and Italy said they agreed.\n";
        assert_speakers(text, &["Officials"]);
        let text = "Title\n\nTraders in Paris, Berlin and Rome said prices rose.\n";
        assert_speakers(text, &["Traders"]);
    }

    #[test]
    fn a_source_described_by_a_relative_clause() {
        let text = "Title\n\nA senior official who spoke on condition of anonymity to discuss \
                    private talks said the deal was close.\n";
        assert_speakers(text, &["senior official"]);
        let text = "Title\n\nPeople who live near the plant said the air smelled.\n";
        assert_speakers(text, &["People"]);
    }

    #[test]
    fn a_cue_set_off_inside_the_sentence() {
        let text = "Title\n\nMaria Lopez is the finance minister. The decision, she said, was \
                    “a betrayal of savers”.\n\nThe Reserve Bank of India cut its rate on Friday. \
                    The cut, it said, would “support growth without stoking prices”.\n";
        assert_eq!(
            said(text),
            vec![
                (
                    "Maria Lopez".to_string(),
                    "a betrayal of savers".to_string()
                ),
                (
                    "Reserve Bank of India".to_string(),
                    "support growth without stoking prices".to_string()
                ),
            ]
        );
        // `it` with no organisation named before it stays unattributed.
        let text = "Title\n\nThe cut, it said, would “support growth without stoking prices”.\n";
        assert_eq!(speakers_of(text), vec![None]);
    }

    #[test]
    fn the_regulator_is_the_regulator_named_before() {
        let text = "Title\n\nGermany’s financial regulator BaFin fined the lender on Tuesday. \
                    The regulator said the bank had failed to report suspicious payments.\n";
        assert_speakers(text, &["BaFin"]);
    }

    #[test]
    fn agencies_and_boards_speak_under_their_own_names() {
        // A government word closing an agency's name is not the government.
        let text = "Title\n\nTucana, the Brazilian manufacturer, said it had sent advisers.\n\n\
                    The Federal Aviation Administration said it was “reviewing the findings \
                    closely”.\n";
        assert_speakers(text, &["Tucana", "Federal Aviation Administration"]);
        // `the board` is the board named before.
        let text = "Title\n\nThe jet slid off the runway, the National Transportation Safety \
                    Board said.\n\nIn its preliminary report, the board said the jet landed \
                    long. Both pilots had rested, the board said.\n";
        assert_eq!(
            speakers_of(text),
            named(&["National Transportation Safety Board"; 3])
        );
    }

    #[test]
    fn what_is_not_said_around_a_cue() {
        // A name given with `often called the “…”` is no quotation, and `read out` no cue.
        let text = "Title\n\nWhitmore said the recorders — often called the \"black boxes,\" \
                    although both are orange — had been recovered and read out at the lab.\n";
        let got = said(text);
        assert_eq!(got.len(), 1);
        assert!(got[0].1.starts_with("the recorders") && got[0].1.ends_with("at the lab"));
        // A `that` with a verb after it starts a relative clause; a clause after `before`
        // says when.
        let text = "Title\n\n“We train for this,” Halvorsen said in a video message to staff \
                    that was later posted online.\n\nThe pilots’ association cautioned against \
                    drawing conclusions before the investigation is complete.\n";
        assert_eq!(
            said(text),
            vec![("Halvorsen".to_string(), "We train for this,".to_string())]
        );
    }

    #[test]
    fn an_unnamed_source_described_by_what_they_know() {
        let text = "Title\n\nCarla Whitmore, the investigator-in-charge, spoke first.\n\nAn \
                    investigator familiar with the inquiry, who requested anonymity, said the \
                    crew had argued. The captain pressed on, the investigator said.\n\nAides \
                    close to the minister said the plan was dead.\n";
        assert_speakers(
            text,
            &[
                "investigator familiar with the inquiry",
                "investigator familiar with the inquiry",
                "Aides close to the minister",
            ],
        );
    }

    #[test]
    fn a_plural_possessive_inside_an_organisation_name() {
        let text = "Title\n\nThe United Rail Workers’ Union (URWU) said late on Monday that \
                    38,000 staff would walk out. The union says the plan puts jobs at risk.\n\n\
                    The Netherlands’ Authority for Consumers and Markets said it had not been \
                    notified.\n";
        assert_speakers(
            text,
            &[
                "United Rail Workers’ Union",
                "United Rail Workers’ Union",
                "Authority for Consumers and Markets",
            ],
        );
        assert_eq!(said(text)[0].1, "38,000 staff would walk out");
    }

    #[test]
    fn groups_of_the_public_and_part_of_a_group() {
        let text = "Title\n\nAt Leeds station, commuters said they had rearranged meetings. \
                    Many said they were running out of patience.\n";
        assert_speakers(text, &["commuters", "commuters"]);
        // `Many` with no group before it is nobody.
        let text = "Title\n\nMany said they were running out of patience.\n";
        assert_eq!(speakers_of(text), vec![None; 0]);
    }

    #[test]
    fn summit_habits() {
        let text = "Title\n\nAccording to a draft seen by Reuters, rich countries would pay \
                    $450 billion a year.\n\nThe draft contains no reference to fossil fuels, \
                    delegates said. Two negotiators familiar with the draft said the presidency \
                    would issue a revised text.\n\nChina's delegation said in a statement that \
                    it would not accept any language that treated it as a donor.\n\nEU \
                    Commissioner Anneke Vosberg said the bloc was ready to show “real \
                    flexibility” on finance.\n";
        let got = said(text);
        let expect = [
            ("draft", "rich countries would pay $450 billion a year"),
            (
                "delegates",
                "The draft contains no reference to fossil fuels",
            ),
            (
                "negotiators familiar with the draft",
                "the presidency would issue a revised text",
            ),
            (
                "China",
                "it would not accept any language that treated it as a donor",
            ),
            ("Anneke Vosberg", "real flexibility"),
        ];
        let expect: Vec<(String, String)> = expect
            .iter()
            .map(|(w, t)| (w.to_string(), t.to_string()))
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn reported_speech_before_an_inverted_speaker_with_a_title_in_quotes() {
        let text = "Title\n\nRunway overruns are common, though rarely fatal, said Elaine \
                    Prusik, the author of “Margins of Error,” a history of runway safety.\n";
        assert_eq!(
            said(text),
            vec![(
                "Elaine Prusik".to_string(),
                "Runway overruns are common, though rarely fatal".to_string()
            )]
        );
    }

    #[test]
    fn organisations_known_by_what_they_are_said_to_be() {
        let text = "Title\n\nParents for Safer Screens, an advocacy group founded by families, \
                    said it was “encouraged but not satisfied”. The group said its members had \
                    documented hundreds of cases.\n\nJürgen Albers, chairman of the Handel \
                    Vereint retail workers’ union, warned that jobs were at risk. The union said \
                    it would seek talks.\n\nA top-10 investor in Frischwerk, who asked not to \
                    be named, said the group was “giving away too much”.\n";
        assert_speakers(
            text,
            &[
                "Parents for Safer Screens",
                "Parents for Safer Screens",
                "Jürgen Albers",
                "Handel Vereint",
                "top-10 investor in Frischwerk",
            ],
        );
    }

    #[test]
    fn transfer_story_habits() {
        let text =
            "Title\n\nTiago Moreira completes move from Castlebridge Rovers to Ashworth.\n\n\
                    Castlebridge Rovers manager Neil Hollis says the club “did everything we \
                    could” to keep him.\n\nMoreira said goodbye to supporters in a post on \
                    Instagram.\n\n“Obrigado por tudo,” wrote the Brazilian.\n\nThe \
                    27-year-old said he had never refused to play.\n\nThe Premier League said \
                    the transfer had been registered in time.\n";
        assert_speakers(
            text,
            &[
                "Neil Hollis",
                "Tiago Moreira",
                "Tiago Moreira",
                "Tiago Moreira",
                "Premier League",
            ],
        );
    }

    #[test]
    fn a_firm_described_after_its_name_is_no_person() {
        let text = "Title\n\n“This was no accident,” said Jonah Feld, a partner at Feld \
                    Carraway, the Manhattan firm representing the authors.\n\nMr. Feld told \
                    reporters that his clients would seek an inquiry.\n\n“We are looking \
                    closely,” said Hiroshi Tanabe, the commission’s director of compliance.\n";
        assert_speakers(text, &["Jonah Feld", "Jonah Feld", "Hiroshi Tanabe"]);
        let a = analyze(text, &structure(text).blocks);
        let class_of = |name: &str| {
            a.entities
                .iter()
                .find(|e| e.span.of(text) == name)
                .map(|e| e.class)
        };
        assert_eq!(class_of("Feld Carraway"), Some(EntityClass::Organization));
        assert_eq!(class_of("Hiroshi Tanabe"), Some(EntityClass::Official));
    }

    #[test]
    fn a_middle_initial_and_a_quotation_after_a_colon() {
        let text = "Title\n\nThe case went to U.S. District Judge Margaret L. Okafor, who \
                    ruled on Friday.\n\n“It cannot be resolved on the pleadings,” Judge Okafor \
                    wrote in the order.\n\nMartin Szabo is the company’s general counsel. In a \
                    blog post published in March, he laid out its position in blunt terms: \
                    “Reading is not copying.”\n";
        assert_speakers(text, &["Margaret L. Okafor", "Martin Szabo"]);
    }

    #[test]
    fn disaster_and_breach_habits() {
        let text = "Title\n\nA girl was pulled alive from the rubble after 31 hours, the \
                    state-run Anadolu Agency reported.\n\nDr Emre Solak said at least 40 patients had \
                    been transferred.\n\nVillagers in Cayirli and neighbouring hamlets said no \
                    rescue team had come. Several said they were sleeping in cars.\n\n\
                    Sorrelmont Medical Center said its systems were down.\n\nA ransomware gang calling itself KarmaLock claimed the attack. \
                    The group claimed on its website that it had stolen patient records.\n";
        assert_speakers(
            text,
            &[
                "Anadolu Agency",
                "Emre Solak",
                "Villagers",
                "Villagers",
                "Sorrelmont Medical Center",
                "KarmaLock",
            ],
        );
        assert_eq!(said(text)[1].1, "at least 40 patients had been transferred");
    }

    #[test]
    fn what_a_verb_is_about_is_not_what_was_said() {
        let text = "Title\n\nLockyer says she backs her staff but worries about the toll on \
                    children.\n\nRaghunathan said about one in five schools would need changes.\n";
        assert_eq!(
            said(text),
            vec![
                (
                    "Lockyer".to_string(),
                    "she backs her staff but worries about the toll on children".to_string()
                ),
                (
                    "Raghunathan".to_string(),
                    "about one in five schools would need changes".to_string()
                ),
            ]
        );
    }

    #[test]
    fn initials_stand_for_the_name_given_before() {
        let text = "Title\n\nThe Food and Drug Administration approved the drug on Friday.\n\n\
                    The FDA said the label will carry a boxed warning.\n";
        assert_speakers(text, &["Food and Drug Administration"]);
        // Not before the name is given.
        let text = "Title\n\nThe FDA said the label will carry a warning.\n\nThe Food and \
                    Drug Administration approved the drug on Friday.\n";
        assert_speakers(text, &["FDA"]);
    }

    #[test]
    fn a_group_described_by_what_it_is_doing() {
        let text = "Title\n\nPatients waiting outside the emergency room Tuesday said they had \
                    been warned to expect long waits. Several said they had driven in from \
                    towns nearby.\n";
        assert_speakers(text, &["Patients", "Patients"]);
    }

    #[test]
    fn the_name_that_ends_a_speakers_phrase_heads_it() {
        let text = "Title\n\nArdent Orbital's rocket broke apart.\n\n“We've lost the vehicle,” \
                    Ardent founder and CEO Colton Marsh said on the livestream.\n\nNadia Ferris, \
                    a spokesperson for Holloway, said the senator was still talking.\n";
        assert_speakers(text, &["Colton Marsh", "Nadia Ferris"]);
    }

    #[test]
    fn obituary_habits() {
        let text = "Title\n\nEverett Hollis, the Chicago pianist, has died aged 89. Hollis was \
                    the son of a church organist, Ada Hollis.\n\nIts closing track, “Walk Easy, \
                    Brother”, was taken up by marchers, and Hollis played in towns where, as he \
                    put it, “the only safe stage was a church with the lights turned off”.\n\n\
                    Walter Breckin, his saxophonist, recalled that the pianist would rehearse \
                    the band in church basements.\n\n“When the mills closed, Everett came and \
                    played for free,” remembered Loretta Simms, a former mayor.\n";
        assert_speakers(text, &["Everett Hollis", "Walter Breckin", "Loretta Simms"]);
    }

    #[test]
    fn a_family_speaks_as_a_family() {
        let text = "Title\n\nEverett Hollis has died aged 89. He died on Sunday at his home, the \
                    Hollis family said in a statement. “He left this world the way he played,” \
                    the statement said.\n\nThe family said a memorial would follow. The company \
                    recently said it would reissue his records.\n";
        assert_speakers(
            text,
            &["Hollis family", "Hollis family", "Hollis family", "company"],
        );
    }

    #[test]
    fn a_negation_inside_a_relative_clause_leaves_the_cue_alone() {
        let text = "Title\n\nA county official who spoke on condition of anonymity because a \
                    separate review has not been completed said the findings were preliminary.\n";
        assert_speakers(text, &["county official"]);
        let text = "Title\n\nThe county official did not say whether the findings were final.\n";
        assert_eq!(speakers_of(text), vec![]);
    }

    #[test]
    fn speakers_in_wire_and_westminster_habits() {
        let text = "Title\n\nThe two men had argued for weeks, Sgt. Lucia Ferreira, a police \
                    spokeswoman, said Monday.\n\nOne senior backbencher told the Guardian: “No 10 \
                    has known for a month that this was dead.”\n\nThe Liberal Democrat leader, \
                    Owen Pryce-Lloyd, wrote on X: “Another week, another U-turn.”\n\nThe \
                    Conservative MP for Harrowfield and Stoke Lacy, Andrew Pellow, who organised \
                    the letter, said he was relieved.\n\nThat was the verdict of Dame Patricia \
                    Oduya, the chair of the committee, who had warned in January that the measure \
                    would discourage saving.\n\nResidents of the complex, a cluster of brick \
                    buildings off Route 9, said tensions had grown since the spring.\n";
        assert_speakers(
            text,
            &[
                "Lucia Ferreira",
                "senior backbencher",
                "Owen Pryce-Lloyd",
                "Andrew Pellow",
                "Patricia Oduya",
                "Residents",
            ],
        );
    }

    #[test]
    fn a_company_described_or_shortened_is_the_one_named() {
        let text = "Title\n\nCorvana Technologies is recalling 1.2 million chargers, the consumer \
                    electronics company said on Tuesday, a setback for the brand.\n\nThe recall \
                    covers two models, the company said. Customers should stop using them, \
                    Corvana said.\n";
        assert_speakers(
            text,
            &[
                "Corvana Technologies",
                "Corvana Technologies",
                "Corvana Technologies",
            ],
        );
    }

    #[test]
    fn sources_of_a_crime_story() {
        let text = "Title\n\nThe cells were made by Jinhua Ruitai Energy, according to a person \
                    familiar with the matter, who asked not to be identified. Corvana stopped \
                    buying in December, the person said.\n\nBrandt drove away after the \
                    shooting, the criminal complaint says. Officers recovered a handgun from his \
                    car, it says.\n\nKeisha Bramwell, a 34-year-old nurse in Columbus, Ohio, \
                    said her charger began hissing after receiving dozens of reports of fires.\n\n\
                    Angela Whitfield, Pryce’s younger sister, spoke in a hallway. She said the \
                    family had never heard of any dispute.\n";
        assert_speakers(
            text,
            &[
                "person familiar with the matter",
                "person familiar with the matter",
                "criminal complaint",
                "criminal complaint",
                "Keisha Bramwell",
                "Angela Whitfield",
            ],
        );
    }

    #[test]
    fn quoted_words_of_a_request_are_the_speakers() {
        let text = "Title\n\nThe commission asked consumers to “stop using these power banks \
                    immediately” and not to throw them away.\n\nCorvana Technologies is recalling \
                    chargers, the company said on Tuesday, a setback for a brand built on cheap \
                    parts.\n";
        assert_eq!(
            said(text),
            vec![
                (
                    "commission".to_string(),
                    "stop using these power banks immediately".to_string()
                ),
                (
                    "Corvana Technologies".to_string(),
                    "Corvana Technologies is recalling chargers".to_string()
                ),
            ]
        );
    }

    #[test]
    fn wire_habits_of_a_ceasefire_story() {
        let text = "Title\n\nChad’s government and the rebel Front for Unity and Renewal in Chad \
                    (FURT) met on Tuesday. FURT said in a statement that the delegation was \
                    “stalling for time”.\n\nHassan Moussa spoke next. He said the deal was close, \
                    and he added that N’Djamena would not accept foreign troops.\n\nAl Arabiya \
                    television, citing the Libyan News Agency, reported that two crossings had \
                    closed.\n\nQatar said that negotiators had agreed on “the broad outlines” of \
                    a truce.\n";
        assert_eq!(
            said(text),
            [
                ("Front for Unity and Renewal in Chad", "stalling for time"),
                ("Hassan Moussa", "the deal was close"),
                ("Hassan Moussa", "N’Djamena would not accept foreign troops"),
                ("Libyan News Agency", "two crossings had closed"),
                ("Qatar", "the broad outlines"),
            ]
            .map(|(who, what)| (who.to_string(), what.to_string()))
        );
    }

    #[test]
    fn sports_epithets_and_league_statements() {
        let text = "Title\n\nFulham climbed into the top half of the Premier League.\n\n\
                    Declan Horsfall insisted he had got it right. “I know when I’ve mistimed one,” \
                    said the 34-year-old.\n\nEmeka Obiora settled it. “It’s the best feeling in \
                    the world,” the Nigeria international told Sky Sports.\n\nThe league said in \
                    a statement that replays had shown Horsfall winning the ball. “The VAR \
                    identified clear evidence,” the statement read.\n";
        assert_speakers(
            text,
            &[
                "Declan Horsfall",
                "Declan Horsfall",
                "Emeka Obiora",
                "Premier League",
                "Premier League",
            ],
        );
    }

    #[test]
    fn habits_of_a_health_story() {
        let text = "Title\n\nA measles outbreak in a rural county in the US state of Ohio has \
                    grown to 48 cases, health officials said on Tuesday.\n\nThe outbreak comes \
                    days after the National Center for Disease Surveillance (NCDS) published its \
                    annual review. The NCDS report found that cases have risen sharply.\n\n\
                    A hospital spokeswoman, Marisol Ferreira, said many nurses had never seen a \
                    case.\n\nAmong those treated was the son of Jenna Kowalczyk, 29, who lives \
                    in Harlan Creek.\n\n“I did everything right, and it didn’t matter,” she told \
                    the BBC.\n";
        assert_speakers(
            text,
            &[
                "health officials",
                "National Center for Disease Surveillance",
                "Marisol Ferreira",
                "Jenna Kowalczyk",
            ],
        );
        let text = "Title\n\nProfessor Ingrid Solheim studies outbreaks. Her advice to parents \
                    was blunt: “If your child isn’t vaccinated, get them vaccinated now.”\n";
        assert_speakers(text, &["Ingrid Solheim"]);
    }

    #[test]
    fn habits_of_a_court_story_and_a_launch() {
        let text = "Title\n\nThe Michigan Court of Appeals revived the suit. The roughly 300 \
                    plaintiffs, who live near the plant, say their wells were tainted, according \
                    to court filings.\n\nThe letter was “far too vague to put a homeowner on \
                    notice,” the court said.\n\nAaliyah Mercer, a partner at Brandt, Osei & \
                    Kaplan who represents the plaintiffs, said the families had waited long \
                    enough.\n\nMireille Santos-Achterberg, who took over from Emil Haugen last \
                    year, spent the hour on the hinge. “We broke 4,000 hinges in our lab,” she \
                    said.\n";
        assert_speakers(
            text,
            &[
                "plaintiffs",
                "Michigan Court of Appeals",
                "Aaliyah Mercer",
                "Mireille Santos-Achterberg",
            ],
        );
    }

    #[test]
    fn the_governor_named_before_and_a_verb_joined_by_and() {
        let text = "Title\n\nGov. Evelyn Marchetti declared a state of emergency and said at a \
                    news conference that the death toll was likely to rise.\n\nThe governor \
                    told reporters that 300 people had been rescued.\n";
        assert_speakers(text, &["Evelyn Marchetti", "Evelyn Marchetti"]);
    }

    #[test]
    fn a_name_inside_the_quotation_is_not_who_says_it() {
        let text = "Title\n\nCurtis Lamb was found guilty in the death of Hector Alvarado.\n\n\
                    Judge Allison Kwan turned to the defendant. “Mr. Lamb, do you \
                    understand the verdict?” she asked.\n\nHis sister, Yesenia Alvarado, \
                    spoke to reporters. “Hector was the first of us to finish school,” she \
                    said.\n";
        assert_speakers(text, &["Allison Kwan", "Yesenia Alvarado"]);
    }

    #[test]
    fn a_company_named_by_its_first_word_and_by_what_it_is() {
        // A product named like a person (`Velora Trail`) does not take the company's
        // short name; a firm named inside the sentence the company spoke in is not `the
        // company` that speaks next.
        let text = "Title\n\nA Velora Trail electric bicycle outside a shop.\n\nDutch e-bike \
                    maker Velora Mobility is recalling 180,000 bicycles.\n\nVelora, which is \
                    owned by investment firm Kestrel Partners, said it was “deeply sorry.” The \
                    company said owners would be offered a refund.\n";
        assert_speakers(text, &["Velora Mobility", "Velora Mobility"]);
    }

    #[test]
    fn a_country_owning_an_agency_is_not_in_its_name() {
        let text = "Title\n\nThe quake hit at 4:17am, Turkey’s Disaster and Emergency \
                    Management Authority (AFAD) said in a statement. More than 4,300 people \
                    were injured, the agency said.\n";
        let name = "Disaster and Emergency Management Authority";
        assert_speakers(text, &[name, name]);
    }

    #[test]
    fn offices_utilities_and_newspapers_by_name_and_by_what_they_are() {
        let text = "Title\n\nThe Juniper County Sheriff’s Office raised evacuation orders. \
                    “Leave immediately,” the sheriff’s office said.\n\nSummit Power & Light \
                    said it had cut electricity. The utility said it was “cooperating fully.”\n\n\
                    The firm said it had cut power.\n\nIn an editorial, The Fleurieu Ledger \
                    said the result was “a verdict on arrogance.” “It will not last,” the \
                    newspaper wrote.\n";
        let speakers = quoted_speakers(text);
        let who: Vec<(&str, SpeakerKind)> =
            speakers.iter().map(|s| (s.name.as_str(), s.kind)).collect();
        let office = ("Juniper County Sheriff’s Office", SpeakerKind::Institution);
        let utility = ("Summit Power & Light", SpeakerKind::Institution);
        let paper = ("Fleurieu Ledger", SpeakerKind::Institution);
        // `The firm` is the company met last.
        assert_eq!(who, [office, utility, utility, utility, paper, paper]);
    }

    #[test]
    fn a_company_named_again_without_its_legal_form() {
        let text = "Title\n\nCurtis Lamb, a site supervisor for Ridgeline Excavation Inc., was \
                    found guilty.\n\nRidgeline Excavation, which is based in Aurora, said it \
                    had retrained its crews.\n\n“We respect the decision,” said Ridgeline \
                    Excavation.\n";
        let name = "Ridgeline Excavation Inc";
        assert_speakers(text, &[name, name]);
    }

    #[test]
    fn a_surname_with_a_particle_opens_a_sentence() {
        let text = "Title\n\nChief Executive Maarten de Wilde told Reuters it was bad. De Wilde \
                    said the fault had been traced.\n";
        let name = "Maarten de Wilde";
        assert_speakers(text, &[name, name]);
        // Two particles (`van der`), then the surname alone later.
        let text = "Title\n\nAshworth’s manager, Pieter van der Berg, said his side had been \
                    robbed.\n\nVan der Berg added that his players would recover.\n";
        let name = "Pieter van der Berg";
        assert_speakers(text, &[name, name]);
    }

    #[test]
    fn one_person_described_by_where_they_are_then_a_relative_clause() {
        let text = "Title\n\nOne firefighter on the fire’s north flank, who spoke on condition \
                    of anonymity because he was not authorized to speak publicly, said crews \
                    had gone two days without a hot meal. “We are holding the line,” he said.\n\n\
                    A spokesperson for the ministry said the findings were under review.\n";
        let speakers = quoted_speakers(text);
        let who: Vec<(&str, bool)> = speakers
            .iter()
            .map(|s| (s.name.as_str(), s.anonymous))
            .collect();
        assert_eq!(
            who,
            [
                ("firefighter", true),
                ("firefighter", true),
                ("spokesperson for the ministry", true)
            ]
        );
    }

    #[test]
    fn one_of_them_is_the_group_in_focus() {
        let text = "Title\n\nTwo people with knowledge of the matter, who declined to be named, \
                    said the regulator had raised concerns. One of them said the company had \
                    blamed the chargers.\n";
        let who = speakers_of(text);
        assert_eq!(who.len(), 2);
        assert_eq!(who[0], who[1]);
    }

    #[test]
    fn she_is_never_a_man_the_article_called_he() {
        let text = "Title\n\n“This is the job,” Mayor Renata Oduya says. “It is mostly \
                    boilers,” she says.\n\nRay Castellano, the union president, disagrees. \
                    “She talks about dignity,” Castellano said.\n\nCastellano said the union \
                    would wait. “After that, all bets are off,” he added.\n\nWhen I asked \
                    her about the fight, she paused. “Regret is the wrong word,” she said.\n";
        assert_speakers(
            text,
            &[
                "Renata Oduya",
                "Renata Oduya",
                "Ray Castellano",
                "Ray Castellano",
                "Ray Castellano",
                "Renata Oduya",
            ],
        );
    }

    #[test]
    fn titles_and_names_quoted_inside_a_description() {
        let text = "Title\n\nTomás Ferreira-Lund, a climate researcher and co-author of the \
                    2023 report “Burning Early: The Shifting Fire Calendar of the Interior \
                    West,” said the fire season now begins earlier.\n\nProtest organiser Luka \
                    Abashidze, 29, one of the founders of the \"Stand for the Vote\" movement, \
                    said protesters would return every evening.\n";
        assert_speakers(text, &["Tomás Ferreira-Lund", "Luka Abashidze"]);
    }

    #[test]
    fn a_body_named_after_what_it_is_and_where_it_is_based() {
        let text = "Title\n\nLondon-based rights group Human Dignity Watch said that police \
                    had beaten detainees.\n";
        assert_speakers(text, &["Human Dignity Watch"]);
    }

    #[test]
    fn a_lone_head_word_names_the_body_met_with_it() {
        let text = "Title\n\nThe European Commission fined Vantara on Tuesday.\n\nIn a \
                    statement, the Commission said Vantara had abused its position.\n";
        assert_speakers(text, &["European Commission"]);
    }

    #[test]
    fn a_party_named_after_whose_and_the_state_news_agency() {
        let text = "Title\n\nOpposition leader Nino Tsereteli, whose Democratic Future party \
                    had been expected to win, called it a coup. A lawmaker was pulled from his \
                    car, the party said.\n\nThe state news agency reported that a police \
                    officer was hurt.\n";
        assert_speakers(text, &["Democratic Future", "state news agency"]);
    }

    #[test]
    fn a_surname_shared_in_a_family_goes_to_the_one_who_spoke() {
        let text = "Title\n\n“I thought it was a fence post,” said Doug McAllister, 58.\n\n\
                    Ivy McAllister, 10, and her sister have named it Kite.\n\nMr. McAllister \
                    said he was relieved to have his creek back.\n";
        assert_speakers(text, &["Doug McAllister", "Doug McAllister"]);
    }

    #[test]
    fn she_is_who_spoke_before_rather_than_an_owner_named_since() {
        let text = "Title\n\nMayor Renata Oduya would not say whether she will run. “Ask me \
                    after the budget,” she said.\n\nOutside, she hums Aretha Franklin’s “Chain \
                    of Fools” under her breath. “You know what the hardest part is?” she says.\n";
        assert_speakers(text, &["Renata Oduya", "Renata Oduya"]);
    }

    #[test]
    fn a_speaker_who_reports_what_she_will_do_is_a_woman() {
        let text = "Title\n\n“He played for free,” said Everett Hollis’s friend Walter \
                    Breckin. “He just showed up,” he said.\n\n“Nobody asked him to,” \
                    remembered Loretta Simms, a former mayor. Simms said she would ask the \
                    council to name the gym after him.\n\n“The music was the only part that \
                    wasn’t political,” he told the Chicago Tribune in 1998.\n";
        let who = speakers_of(text);
        assert_eq!(who.last(), Some(&Some("Walter Breckin".to_string())));
    }

    #[test]
    fn an_arabic_surname_keeps_its_article_and_opens_a_sentence_capitalised() {
        let text = "Title\n\n“We have not yet agreed,” Nasser al-Kuwari, a spokesperson for \
                    Qatar’s Ministry of Foreign Affairs, told reporters.\n\nAl-Kuwari said that \
                    the draft covered a truce.\n";
        assert_speakers(text, &["Nasser al-Kuwari", "Nasser al-Kuwari"]);
    }

    #[test]
    fn a_state_run_outlet_speaks_for_the_state() {
        let text = "Title\n\nThe state-run Sudan News Agency reported that the army chief had \
                    approved the mandate.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(a.speakers[0].name, "Sudan News Agency");
        assert_eq!(a.speakers[0].role, Role::Official);
    }

    #[test]
    fn a_bench_of_judges_and_the_lawyers_before_it() {
        let text = "Title\n\nA bench comprising Chief Justice Arvind Mehrotra and Justice KS \
                    Nagaraj heard the case. The Chief Justice observed that the authorities had \
                    “woken up” late.\n\nAdditional advocate general (AAG) Ramesh Chandra \
                    Hosamani submitted that notices had been served.\n\n“Interim orders are \
                    not a licence,” Justice Mehrotra said.\n";
        let a = analyze(text, &structure(text).blocks);
        let who = quoted_names(&a);
        assert_eq!(
            who,
            [
                "Arvind Mehrotra",
                "Ramesh Chandra Hosamani",
                "Arvind Mehrotra"
            ]
        );
        let lawyer = &a.speakers[1];
        assert_eq!(
            lawyer.title.as_deref(),
            Some("Additional advocate general (AAG)")
        );
        assert_eq!(lawyer.role, Role::Official);
    }

    #[test]
    fn a_name_then_of_and_an_institution_is_its_member() {
        let text = "Title\n\nShalini Menon of the Indian Institute of Science (IISc) told \
                    reporters that the lake had shrunk.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(a.speakers[0].name, "Shalini Menon");
        assert_eq!(a.speakers[0].role, Role::Expert);
    }

    #[test]
    fn a_party_member_from_a_place_is_who_spoke_last() {
        let text = "Title\n\n“This is not partisan,” Senate Majority Leader Raymond Calloway \
                    said.\n\nThe New York Democrat said he would bring the bill back.\n";
        assert_speakers(text, &["Raymond Calloway", "Raymond Calloway"]);
    }

    #[test]
    fn a_ministry_that_lists_its_fields_and_a_group_described_by_a_participle() {
        let text = "Title\n\nImports rose, according to the Ministry of Economy, Trade and \
                    Industry.\n\nA rights group opposed to the restart said, “We are being \
                    asked to accept a risk.”\n\nOfficials briefed on the talks said the draft \
                    was ready.\n";
        assert_speakers(
            text,
            &[
                "Ministry of Economy, Trade and Industry",
                "rights group",
                "Officials",
            ],
        );
    }

    #[test]
    fn a_post_named_before_its_holder_is_the_holder() {
        let text = "Title\n\nPatients waited on trolleys as the Minister for Health conceded \
                    that the plan was “not yet delivering”.\n\nMinister for Health Dermot \
                    Kinsella said the numbers were “unacceptable”.\n\nSinn Féin health \
                    spokesman Pádraig Ó Murchú called it “a national scandal”.\n";
        let a = analyze(text, &structure(text).blocks);
        let who = quoted_names(&a);
        assert_eq!(
            who,
            ["Dermot Kinsella", "Dermot Kinsella", "Pádraig Ó Murchú"]
        );
        assert!(a.entities.iter().all(|e| e.span.of(text) != "Health"));
        assert_eq!(a.speakers[1].role, Role::Official);
        // A party's member in the singular speaks for the party too.
        let text = "Title\n\nFiona Ashby, the Liberal Democrat business spokesperson, said \
                    the deal was bad.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(a.speakers[0].role, Role::Official);
    }

    #[test]
    fn a_double_surname_repeats_the_person() {
        let text = "Title\n\n“Nobody is cutting support,” European Commission spokesperson \
                    Marta Ruiz Delgado told reporters.\n\nRuiz Delgado said that the \
                    Commission remained “open to dialogue”.\n";
        assert_speakers(text, &["Marta Ruiz Delgado", "Marta Ruiz Delgado"]);
    }

    #[test]
    fn a_report_speaks_for_its_publisher_and_an_institution_not_for_its_town() {
        let text = "Title\n\nA report published last week by the Institute for Agricultural \
                    Market Research (IAMR) in Kiel found that small farms would lose support.\n\n\
                    A report by the Homes Policy Unit, ‘Permission Granted?’, published last \
                    month, found that applications take 61 weeks.\n\nThe Sakura Research \
                    Institute in Osaka said that rates would fall.\n";
        assert_speakers(
            text,
            &[
                "Institute for Agricultural Market Research",
                "Homes Policy Unit",
                "Sakura Research Institute",
            ],
        );
    }

    #[test]
    fn a_nickname_in_a_name_stands_for_the_person_and_a_plural_after_the_is_a_team() {
        let text = "Title\n\nThe Portland Pioneers fired coach Greg Mallory on Tuesday.\n\n\
                    Bradshaw, 47, addressed the team. He said the only thing that had changed \
                    was the standard.\n\nLinebacker Marcus “Tank” Okafor was blunt. “We quit on \
                    him,” Okafor said.\n\nTank said the defense had stopped talking.\n";
        assert_speakers(text, &["Bradshaw", "Marcus Okafor", "Marcus Okafor"]);
        let a = analyze(text, &structure(text).blocks);
        let team = a
            .entities
            .iter()
            .find(|e| e.span.of(text) == "Portland Pioneers");
        assert_eq!(team.map(|e| e.class), Some(EntityClass::Organization));
        // Places named by a plural stay places.
        let isles = "Title\n\nSeagrass has spread across the Balearic Islands, divers say.\n";
        let a = analyze(isles, &structure(isles).blocks);
        assert!(a
            .entities
            .iter()
            .all(|e| e.span.of(isles) != "Balearic Islands"));
    }

    #[test]
    fn a_plural_owner_belongs_to_the_group_it_owns() {
        let text = "Title\n\nFarmers’ organisations say the move would amount to a cut.\n\nA \
                    citizens’ group opposed to the restart said in a statement, “We are being \
                    asked to accept a risk.”\n";
        assert_speakers(text, &["Farmers’ organisations", "citizens’ group"]);
    }

    #[test]
    fn she_after_a_paragraph_without_speech_is_its_subject() {
        let text = "Title\n\n“We have known it for years,” says Maya Castellanos, a \
                    geneticist.\n\nCastellanos would not say which sites were chosen, citing \
                    talks with Traditional Owners. And she is wary of overselling it.\n\n\
                    “People imagine we can breed our way out,” she says.\n";
        assert_speakers(text, &["Maya Castellanos", "Maya Castellanos"]);
    }

    #[test]
    fn party_tags_short_forms_and_a_speaker_s_own_body() {
        let text = "Title\n\nRep. Marisol Quintero (D-Calif.) said that she had warned the \
                    chairman.\n\nThe Council of Governors (CoG) said that 31 counties had \
                    paid.\n\nThe Kenya Medical Practitioners, Pharmacists and Dentists Union \
                    (KMPDU) called the offer “an insult”.\n\nWhite House spokesperson \
                    Danielle Osei declined to comment on the draft but said that the president \
                    wants a standard.\n\n“Brokers sell everything,” said Nadia Rahimi, senior \
                    counsel at the Electronic Privacy Project.\n\nHer group found in a report \
                    that 4,000 brokers were buying location data.\n";
        assert_speakers(
            text,
            &[
                "Marisol Quintero",
                "Council of Governors",
                "Kenya Medical Practitioners, Pharmacists and Dentists Union",
                "Danielle Osei",
                "Nadia Rahimi",
                "Electronic Privacy Project",
            ],
        );
    }

    #[test]
    fn forecasters_a_spokesperson_s_they_and_a_verb_joined_by_and() {
        let text = "Title\n\nThe storm strengthened on Tuesday, forecasters said.\n\nThe line \
                    will remain closed until Friday, a spokesperson for Network Rail said.\n\n\
                    “Our engineers are working around the clock,” they said.\n\nThe Met Office \
                    has issued a warning for the West Midlands on Thursday, and said further \
                    showers could fall.\n";
        assert_speakers(
            text,
            &[
                "forecasters",
                "spokesperson for Network Rail",
                "spokesperson for Network Rail",
                "Met Office",
            ],
        );
    }

    #[test]
    fn georgia_beside_a_us_state_is_no_country_and_a_party_tag_is_an_office() {
        let countries = |text: &str| -> Vec<&'static str> {
            let a = analyze(text, &structure(text).blocks);
            a.entities.iter().filter_map(|e| e.country).collect()
        };
        let storm = "Title\n\nFEMA moved generators to staging areas in Georgia and Alabama.\n";
        assert!(countries(storm).is_empty());
        let war = "Title\n\nRussian troops remain in two regions of Georgia, officials said.\n";
        assert_eq!(countries(war), ["Russia", "Georgia"]);
        let text = "Title\n\nCommerce Chair Lorraine Beckett (R-Neb.) said she will not take up \
                    the bill.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(a.speakers[0].role, Role::Official);
    }

    #[test]
    fn a_capitalised_post_a_body_so_called_and_a_long_unnamed_source() {
        let text = "Title\n\nThe Premier says the payment will reach 1.4 million households.\n\n\
                    Premier Claire Halloran said the rebate was affordable.\n\nThe cabinet \
                    process had worked, Treasurer Marcus Eldridge said.\n\nHackers stole the records \
                    of 240,000 workers at the Federal Employee Benefits Administration, the \
                    agency said Monday, disclosing for the first time the scale of the \
                    breach.\n\nAccording to a person familiar with the investigation who \
                    spoke on the condition of anonymity because they were not authorized to \
                    discuss it, the attackers got in during June.\n\nGerald Whitehorse, a \
                    retired Interior Department hydrologist, was angry.\n\nThe agency said it \
                    expects to finish mailing letters by December.\n";
        let a = analyze(text, &structure(text).blocks);
        let who = quoted_names(&a);
        assert_eq!(
            who,
            [
                "Claire Halloran",
                "Claire Halloran",
                "Marcus Eldridge",
                "Federal Employee Benefits Administration",
                "person familiar with the investigation",
                "Federal Employee Benefits Administration"
            ]
        );
        assert_eq!(
            a.quotes[3].span.of(text),
            "Hackers stole the records of 240,000 workers at the Federal Employee Benefits \
             Administration"
        );
    }

    #[test]
    fn some_of_a_group_named_just_before_speak_for_it() {
        let text = "Title\n\nNot all local residents share the enthusiasm. Some say the roads \
                    would quickly become blocked.\n\nSeveral hundred fans gathered outside the \
                    club. Many said they had first heard his music in their parents’ living \
                    rooms, and several said they had travelled far.\n";
        assert_speakers(text, &["local residents", "fans", "fans"]);
    }

    #[test]
    fn an_initial_opens_a_name_and_a_report_is_its_publisher_s() {
        let text = "Title\n\nChief Minister K. Anbarasan on Monday announced a package.\n\n\
                    Mr. Anbarasan said the State had submitted a memorandum.\n\nClosures rose, \
                    according to a report released Monday by B.C.’s Office of the Auditor \
                    General.\n";
        assert_speakers(text, &["K. Anbarasan", "Office of the Auditor General"]);
    }

    #[test]
    fn one_of_a_group_not_met_before_is_one_unnamed_person() {
        let text = "Title\n\nOne of Halden’s 20 largest shareholders, who asked not to be \
                    named, said the board had erred.\n\n“It is bad,” the shareholder said.\n\n\
                    Sources in the Revenue Department said a loan was likely.\n";
        let a = analyze(text, &structure(text).blocks);
        let who: Vec<(&str, bool, &str)> = a
            .quotes
            .iter()
            .map(|q| {
                let s = &a.speakers[q.speaker.expect("a speaker")];
                (s.name.as_str(), s.anonymous, s.kind.as_str())
            })
            .collect();
        assert_eq!(
            who,
            vec![
                ("shareholder", true, "person"),
                ("shareholder", true, "person"),
                ("Sources", true, "group"),
            ]
        );
        // Of a group that spoke before, it is that group.
        let text = "Title\n\nAides familiar with the talks said a deal was near.\n\nOne of \
                    the aides said the vote could slip.\n";
        let aides = "Aides familiar with the talks";
        assert_speakers(text, &[aides, aides]);
    }

    #[test]
    fn an_occupation_from_a_place_is_the_person_in_focus() {
        let text = "Title\n\nFiona Merritt has spent most of her 52 years around cattle.\n\n\
                    “I was flat on my back for three weeks,” the Clermont grazier said.\n\n\
                    A meatworker at a Rockhampton abattoir, who asked not to be named, told the \
                    ABC that new starters were kept waiting.\n";
        assert_speakers(
            text,
            &["Fiona Merritt", "meatworker at a Rockhampton abattoir"],
        );
        // A seat from a place is too; a name inside the quotation is no one `she` can be.
        let text = "Title\n\nSinn Féin health spokesperson Ciarán Daly said the wards were \
                    full.\n\n“Nurses can’t sleep in a press release,” the Limerick City TD \
                    said.\n\nNurses sleep in their cars.\n\n“We have nurses putting the seat \
                    back in a Toyota Yaris,” she told the Irish Independent.\n";
        let who = speakers_of(text);
        assert_eq!(who[..2], named(&["Ciarán Daly", "Ciarán Daly"])[..]);
        assert_ne!(who[2], Some("Toyota Yaris".to_string()));
    }

    #[test]
    fn a_group_of_two_words_with_a_relative_clause_and_one_of_them() {
        let text = "Title\n\nAccording to two FDA staff members who spoke on condition of \
                    anonymity because they were not authorized to speak, reviewers had \
                    recommended against approval before being overruled by senior officials. \
                    One of them described the memo as “unusually defensive.”\n\nVikram Anand, \
                    who directs the FDA’s Office of Cardiology, Hematology and Nephrology, wrote \
                    that the dispute was “a normal and healthy part of the process.”\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(
            quoted_names(&a),
            ["FDA staff members", "FDA staff members", "Vikram Anand"]
        );
        assert!(a.quotes[0].span.of(text).starts_with("reviewers had"));
    }

    #[test]
    fn researchers_their_teams_and_their_work() {
        let text = "Title\n\nThe evidence comes from the economist Tomas Varga and colleagues \
                    at the University of Warwick, who examined 91 schools. They found that test \
                    scores rose.\n\nA larger study published last year by Ingrid Solbakken and \
                    colleagues, which followed 30,000 pupils, found that there was no \
                    difference. As Solbakken has put it, a ban “changes where children use their \
                    phones”.\n\nLucinda Farrow is a psychologist. Her own work suggests that \
                    late-night use matters. She said that sleep suffers.\n\nOne deputy head at \
                    a comprehensive in Sheffield told me the change had been “transformational”. \
                    “It feels like they don’t trust us,” a year 10 pupil said.\n";
        assert_speakers(
            text,
            &[
                "Tomas Varga",
                "Ingrid Solbakken",
                "Ingrid Solbakken",
                "Lucinda Farrow",
                "Lucinda Farrow",
                "deputy head at a comprehensive in Sheffield",
                "year 10 pupil",
            ],
        );
    }

    #[test]
    fn a_government_before_its_country_is_named_and_according_to_him() {
        let text = "Title\n\nThe federal government has insisted it will not return to the \
                    subsidy.\n\nThe Minister of State, Tamunoemi Briggs, spoke in Abuja, \
                    Nigeria. According to him, Nigeria spent N4 trillion on the subsidy.\n\n\
                    The National President of the marketers’ association, Alhaji Bashir Tafida, \
                    said his members were not responsible.\n\n“We will strike,” the statement \
                    read in part.\n";
        let a = analyze(text, &structure(text).blocks);
        let who: Vec<Option<&str>> = a
            .quotes
            .iter()
            .map(|q| q.speaker.map(|s| a.speakers[s].name.as_str()))
            .collect();
        assert_eq!(
            who[..3],
            [
                Some("Nigeria"),
                Some("Tamunoemi Briggs"),
                Some("Bashir Tafida")
            ]
        );
        assert_eq!(a.quotes.len(), 4);
    }

    #[test]
    fn malay_honorifics_and_shortened_names() {
        // (`Suparman, who …`: one word, and a person's name.)
        let text = "Title\n\nAir quality worsened on Tuesday, and Malaysia’s environment \
                    minister said he would write to Jakarta.\n\nEnvironment Minister Datuk Seri \
                    Ahmad Faizal Rahmat said hotspots had multiplied.\n\n“We have been \
                    patient,” Ahmad Faizal said.\n\nIts chairman Tan Sri Mohd Yusri Abdullah \
                    told CNA: “Our members have nothing to hide.”\n\n“Peat burns underground,” \
                    said Suparman, who leads a brigade.\n\nPak Suparman said his team had no \
                    pumps.\n\nAssociate Professor Lim Wei Ming of the National \
                    University of Singapore’s (NUS) Department of Geography said gains could be \
                    lost.\n";
        assert_speakers(
            text,
            &[
                "Malaysia’s environment minister",
                "Ahmad Faizal Rahmat",
                "Ahmad Faizal Rahmat",
                "Mohd Yusri Abdullah",
                "Suparman",
                "Suparman",
                "Lim Wei Ming",
            ],
        );
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(
            a.speakers.iter().filter(|s| s.name == "Suparman").count(),
            1
        );
    }

    #[test]
    fn a_nationality_and_a_post_and_a_speaker_after_a_quotation_with_a_relative_clause() {
        let text = "Title\n\nHousing Commissioner Liina Tammsalu presented the plan. The \
                    Estonian commissioner said the Commission had avoided a cap.\n\n“Too \
                    little, too late,” Spanish Socialist MEP Alba Roig Serrano (S&D), who leads \
                    the Parliament’s work on housing, said of the proposal.\n\nGerman MEP \
                    Jonas Weidinger (Greens/EFA) asked how the Commission could claim success.\n";
        assert_speakers(
            text,
            &["Liina Tammsalu", "Alba Roig Serrano", "Jonas Weidinger"],
        );
    }

    #[test]
    fn a_field_of_several_words_and_a_city_with_a_particle() {
        let text = "Title\n\nTanzania’s Minister for Industry and Trade, Dr Hamisi Juma \
                    Mwakalinga, said the fee funded testing.\n\nTrade economist Dr Neema Lyimo \
                    of the University of Dar es Salaam said the dispute ran deeper.\n\nThe fee \
                    applies to cement, according to a public notice issued by the Tanzania \
                    Revenue Authority (TRA) on March 3.\n";
        assert_speakers(
            text,
            &[
                "Hamisi Juma Mwakalinga",
                "Neema Lyimo",
                "Tanzania Revenue Authority",
            ],
        );
    }

    #[test]
    fn arabic_names_keep_their_particles() {
        let text = "Title\n\nThe plan was unveiled by His Highness Sheikh Hazza bin Rashid Al \
                    Mualla at a ceremony.\n\nSheikh Hazza said: “We built it.”\n\nEngineer \
                    Humaid Obaid Al Ketbi told Gulf News the authority had acted.\n\nDr Mariam \
                    Khalfan Al Shamsi spoke too. “We are ready,” Dr Al Shamsi said.\n";
        assert_speakers(
            text,
            &[
                "Hazza bin Rashid Al Mualla",
                "Humaid Obaid Al Ketbi",
                "Mariam Khalfan Al Shamsi",
            ],
        );
    }

    #[test]
    fn a_coalition_and_an_insurer_are_bodies() {
        let text = "Title\n\nThe Altadena Recovery Coalition released a survey on Monday. The \
                    coalition found that 58% of the households had been denied coverage.\n\n\
                    Pacific Crest Insurance confirmed that it had paused new policies. The \
                    company said it would revisit the decision.\n";
        assert_speakers(
            text,
            &[
                "Altadena Recovery Coalition",
                "Pacific Crest Insurance",
                "Pacific Crest Insurance",
            ],
        );
    }

    #[test]
    fn a_name_then_the_kind_of_body_it_names() {
        let text = "Title\n\nThe ultra-Orthodox Shas party said its support was not certain.\n\n\
                    Channel 12 news reported that the vote had been delayed.\n\nCommittee \
                    chairman MK Avraham Sela said the vote would go ahead.\n\nThe Nikkei \
                    business daily reported Monday that a tax cut was planned.\n\nThe RMT \
                    union said its members were “shaken and angry”. DCI Molyneux said the \
                    inquiry went on.\n";
        assert_speakers(
            text,
            &[
                "Shas",
                "Channel 12",
                "Avraham Sela",
                "Nikkei",
                "RMT",
                "Molyneux",
            ],
        );
    }

    #[test]
    fn a_post_whose_field_is_a_list_then_its_holder() {
        let text = "Title\n\nKenya's Cabinet Secretary for Investments, Trade and Industry \
                    Joseph Kiprono Langat said the levy was unfair.\n\nContacted, Chief Health \
                    Officer Brig Gen Md Shafiqul Islam Bhuiyan claimed that the drive went on.\n\n\
                    Entomologist Prof Nasrin Akter Lipi of Jahangirnagar University said the \
                    density was high.\n";
        let speakers = quoted_speakers(text);
        let names: Vec<&str> = speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Joseph Kiprono Langat",
                "Md Shafiqul Islam Bhuiyan",
                "Nasrin Akter Lipi"
            ]
        );
        let roles: Vec<Role> = speakers.iter().map(|s| s.role).collect();
        assert_eq!(roles, [Role::Official, Role::Official, Role::Expert]);
    }

    #[test]
    fn asides_between_the_speaker_and_the_cue() {
        let text = "Title\n\nA senior official at the disease control unit, requesting \
                    anonymity, said the number could be higher.\n\nThe World Health \
                    Organization (WHO), in its latest report on the South-East Asia region, \
                    said cases had doubled.\n\nReacting, the Commissioner for Environment, Mrs \
                    Dooshima Ugba, said the government was acting.\n\nBeijing, which has \
                    invested heavily, said it was ready to help.\n";
        assert_speakers(
            text,
            &[
                "senior official at the disease control unit",
                "World Health Organization",
                "Dooshima Ugba",
                "China",
            ],
        );
    }

    #[test]
    fn an_epithet_and_a_chief_stand_for_the_person_in_focus() {
        let text = "Title\n\nThe traditional ruler of Achusa, Chief Ochoche Agbo, said the \
                    farms were lost.\n\n“We sleep in the church,” the monarch said.\n\n\
                    Emmanuel Hwande, a professor of hydrology, said the dam was needed. “It is \
                    as simple as that,” the don said.\n";
        assert_speakers(
            text,
            &[
                "Ochoche Agbo",
                "Ochoche Agbo",
                "Emmanuel Hwande",
                "Emmanuel Hwande",
            ],
        );
    }

    #[test]
    fn an_office_speaks_for_its_body_and_a_but_is_one_word() {
        let text = "Title\n\nThe Michigan Department of Environment, Great Lakes, and Energy \
                    said the wells were unsafe. The Environmental Protection Agency's limit is \
                    low.\n\nThe EPA's regional office in Chicago said it was aware. Township \
                    Supervisor Dale Kuiper said the board would meet.\n\nAnita Ruelas is a \
                    professor. But long-term exposure has been linked to kidney cancers, \
                    thyroid disease and weaker vaccine response, she said.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(
            quoted_names(&a),
            [
                "Michigan Department of Environment, Great Lakes, and Energy",
                "Environmental Protection Agency",
                "Dale Kuiper",
                "Anita Ruelas"
            ]
        );
        assert!(a.quotes[3].span.of(text).starts_with("long-term exposure"));
        let kuiper = a.speakers.iter().find(|s| s.name == "Dale Kuiper").unwrap();
        assert_eq!(kuiper.role, Role::Official);
    }

    #[test]
    fn bodies_named_in_their_own_words() {
        let text = "Title\n\nThe Gendarmerie said it was ready.\n\nThe Commons home affairs \
                    committee concluded that the payments had made no difference.\n\nThe \
                    Syndicat Indépendant de la Police du Littoral said its members were not \
                    consulted.\n\nIn a press release, the South Korea-U.S. Combined Forces \
                    Command (CFC) said the drills would go on. Refugee charities warned that \
                    the plan could cost lives.\n\nAt least 3,400 persons have been displaced \
                    in the Wadata, Achusa and Idye communities, according to the Benue State \
                    Emergency Management Agency.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(
            quoted_names(&a),
            [
                "Gendarmerie",
                "Commons home affairs committee",
                "Syndicat Indépendant de la Police du Littoral",
                "Combined Forces Command",
                "Refugee charities",
                "Benue State Emergency Management Agency"
            ]
        );
        let union = &a.speakers[a.quotes[2].speaker.unwrap()];
        assert_eq!(union.role, Role::Other);
        assert!(a.quotes[5].span.of(text).starts_with("At least 3,400"));
    }

    #[test]
    fn a_quotation_between_an_article_and_its_noun_is_a_label() {
        let text = "Title\n\nThe \"do not drink\" advisory covers the city, according to the \
                    health department.\n\nOfficials said they wanted a “marquee” signing.\n\n\
                    North Korea denounced the drills as a \"reckless rehearsal for war,\" vowing \
                    to respond.\n\nTraders say a council's £2.4million 'Dutch-style' cycle \
                    scheme is driving customers away.\n\nOkafor said the president “strongly \
                    supports” the bill.\n\nAnalysts said they expected a rise, citing \
                    \"tighter-than-expected\" inventories.\n\nAccording to a 2023 report by \
                    the Living Streets Institute, shoppers on foot spend more.\n";
        let said: Vec<(String, String)> = said(text);
        let words: Vec<&str> = said.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "The \"do not drink\" advisory covers the city",
                "they wanted a “marquee” signing",
                "reckless rehearsal for war,",
                "a council's £2.4million 'Dutch-style' cycle scheme is driving customers away",
                "strongly supports",
                "they expected a rise",
                "tighter-than-expected",
                "shoppers on foot spend more"
            ]
        );
        assert_eq!(said[7].0, "Living Streets Institute");
    }

    #[test]
    fn speakers_behind_adverbials_places_and_looks() {
        let text = "Title\n\nDesmond Clarke farms onions.\n\nOnion and escallion farmers in \
                    southern St Elizabeth say they have lost millions to thieves.\n\n\"It is \
                    all gone,\" said a visibly distraught Clarke.\n\nHowever, a senior police \
                    source, who asked not to be named as he was not authorised to speak, told \
                    The Gleaner that the division has one vehicle.\n\nAgricultural economist \
                    Dr Orville Thame, a lecturer at The University of the West Indies, Mona, \
                    said praedial larceny costs billions.\n\nFarmers say so-called \"night \
                    buyers\" pay cash for stolen produce.\n";
        assert_speakers(
            text,
            &[
                "escallion farmers",
                "Desmond Clarke",
                "senior police source",
                "Orville Thame",
                "escallion farmers",
            ],
        );
        let a = analyze(text, &structure(text).blocks);
        assert!(a.quotes[4].span.of(text).starts_with("so-called"));
    }

    #[test]
    fn a_headline_in_title_case_names_no_bodies() {
        let text = "How a Private Equity-Backed Company Left Rural Missouri Waiting\n\n\
                    Ridgeline Transport Company took over the service in 2021. The company said \
                    it had raised wages twice.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(quoted_names(&a), ["Ridgeline Transport Company"]);
        assert!(a
            .entities
            .iter()
            .all(|e| !e.span.of(text).contains("Company Left")));
    }

    #[test]
    fn a_field_in_lower_case_before_a_body_or_title() {
        let text = "Title\n\n\"The two sides agreed on the line,\" external affairs ministry \
                    spokesperson Arvind Sethi told reporters.\n\nA nurse who works in the \
                    emergency department at one hospital, and who asked not to be named, said \
                    staff are told of closures late.\n";
        let speakers = quoted_speakers(text);
        assert_eq!(speakers[0].name, "Arvind Sethi");
        assert_eq!(speakers[0].role, Role::Official);
        assert_eq!(speakers[1].name, "nurse");
        assert!(speakers[1].anonymous);
    }

    #[test]
    fn posts_and_work_described_at_length() {
        let text = "Title\n\nNepal's minister for energy, water resources and irrigation, \
                    Deepak Raj Khanal, said the rates were low.\n\nThe opposition Congress said \
                    the government was slow. The main opposition Labour Party said so too.\n\n\
                    \"Electricity is the glue,\" said Sneha Pradhan, who teaches South Asian \
                    studies at Jawaharlal Nehru University.\n";
        let speakers = quoted_speakers(text);
        let said: Vec<(&str, Role)> = speakers.iter().map(|s| (s.name.as_str(), s.role)).collect();
        assert_eq!(
            said,
            [
                ("Deepak Raj Khanal", Role::Official),
                ("Congress", Role::Official),
                ("Labour Party", Role::Official),
                ("Sneha Pradhan", Role::Expert)
            ]
        );
        assert_eq!(speakers[1].kind, SpeakerKind::Institution);
        let text = "Title\n\n“The Red Sea is a refuge,” Deputy Minister for Environment Eng. \
                    Abdulaziz Al-Shammari said at the launch.\n";
        let speakers = quoted_speakers(text);
        assert_eq!(speakers[0].name, "Abdulaziz Al-Shammari");
        assert_eq!(speakers[0].role, Role::Official);
    }

    #[test]
    fn a_group_named_whose_it_is_is_a_group_of_its_own() {
        let text = "Title\n\nScientists say the reefs are bleaching.\n\nA 2023 study by KAUST \
                    researchers found that coral cover had fallen. Officials said the program \
                    would grow, and Jordanian officials said Aqaba could help.\n\nThe \
                    researchers said the corals were resilient.\n";
        assert_speakers(
            text,
            &[
                "Scientists",
                "KAUST researchers",
                "Officials",
                "Jordanian officials",
                "KAUST researchers",
            ],
        );
    }

    #[test]
    fn one_person_named_by_a_noun_no_lexicon_lists() {
        let text = "Title\n\nA forestry contractor, who did not want to be named because he \
                    still works for one of the larger companies, told RNZ crews were under \
                    pressure.\n\nDr Hannah Whitcombe said a levy could work, but only if the \
                    money was ring-fenced.\n\nKuia Mere Tane, a kuia who proposed the plan in \
                    1987, was remembered.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(
            quoted_names(&a),
            ["forestry contractor", "Hannah Whitcombe"]
        );
        assert!(a.speakers[a.quotes[0].speaker.unwrap()].anonymous);
        assert!(a.quotes[1].span.of(text).ends_with("ring-fenced"));
    }

    #[test]
    fn one_person_named_by_what_they_deal_in() {
        let text = "Title\n\nA supplier of vehicle parts, who asked not to be named, told the \
                    newspaper that prices had doubled.\n\nAn importer of rice said the ban \
                    would hurt.\n\nA number of traders said stalls were empty.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(
            quoted_names(&a),
            ["supplier of vehicle parts", "importer of rice", "traders"]
        );
        assert!(a.speakers[a.quotes[0].speaker.unwrap()].anonymous);
    }

    #[test]
    fn a_cue_after_an_opening_adverbial_reports_what_follows() {
        let text = "Title\n\nBrad Tollefson is a hydrologist.\n\nBy then, he said, he had \
                    stopped looking. Over the long term, he says, the region will have to \
                    choose its crops.\n\nThe decision, she said, was a betrayal.\n\n\
                    “Everybody is afraid,” said Carla Benavides at a Feb. 20 briefing. The \
                    flow has dropped, according to the U.S. Geological Survey.\n";
        assert_eq!(
            said(text),
            [
                (
                    "Brad Tollefson".to_string(),
                    "he had stopped looking".to_string()
                ),
                (
                    "Brad Tollefson".to_string(),
                    "the region will have to choose its crops".to_string()
                ),
                (
                    "Carla Benavides".to_string(),
                    "Everybody is afraid,".to_string()
                ),
                (
                    "U.S. Geological Survey".to_string(),
                    "The flow has dropped".to_string()
                )
            ]
        );
    }

    #[test]
    fn malay_names_and_a_central_bank() {
        let text = "Title\n\nShe was responding to a question from Wan Hafiz Wan Ismail (PN), \
                    who asked how the government intended to recover funds.\n\nSpeaking to \
                    reporters later, Wan Hafiz said the government had been “too slow”.\n\n\
                    Bank Negara Malaysia said the rate would stay.\n";
        let speakers = quoted_speakers(text);
        let said: Vec<(&str, Role)> = speakers.iter().map(|s| (s.name.as_str(), s.role)).collect();
        assert_eq!(
            said,
            [
                ("Wan Hafiz Wan Ismail", Role::Other),
                ("Wan Hafiz Wan Ismail", Role::Other),
                ("Bank Negara Malaysia", Role::Official)
            ]
        );
    }

    #[test]
    fn a_name_in_its_own_script_and_a_participle_of_saying_after_the_cue() {
        let text = "Title\n\nCGA Deputy Director-General Kuo Wen-hsiang (郭文祥) told a news \
                    conference that patrol vessels had been watching the ship.\n\nRepairs \
                    would take about two weeks, the company said, adding that a cable-laying \
                    ship had been booked.\n\nIn Magong, fishermen said they had noticed more \
                    ships.\n";
        assert_speakers(text, &["Kuo Wen-hsiang", "company", "company", "fishermen"]);
        let text = "Title\n\nLin Chia-hao (林家豪), an associate research fellow at the \
                    Institute for National Defense and Security Research, said the cut was a \
                    test.\n";
        assert_eq!(quoted_speakers(text)[0].role, Role::Expert);
    }

    #[test]
    fn a_holder_named_after_the_office_and_irish_and_filipino_places() {
        let text = "Title\n\nMinister of State with responsibility for the Office of Public \
                    Works Colm Hennessy visited the town.\n\n“I understand the frustration,” \
                    Mr Hennessy said.\n\nTraders in Midleton, Co Cork, have said the defences \
                    failed.\n\nAccording to the alliance Samahan ng Mangingisda sa Zambales, \
                    some 300 families depend on the shoal.\n";
        assert_speakers(
            text,
            &[
                "Colm Hennessy",
                "Traders",
                "Samahan ng Mangingisda sa Zambales",
            ],
        );
    }

    #[test]
    fn a_post_in_the_lead_is_the_person_named_later_with_it() {
        let text = "Title\n\nAn Arizona sheriff whose county sits on the border says drones \
                    cross nightly.\n\n“They’re laughing at us,” Cerro Verde County Sheriff \
                    Dale Whitcomb told reporters.\n\nA Border Patrol agent in the Tucson \
                    Sector, who spoke on the condition of anonymity, said agents watch the \
                    drones.\n\nBut sources close to the treasurer said the rebate had opened \
                    a rift. Treasurer Marcus Eldridge declined to comment.\n";
        assert_speakers(
            text,
            &[
                "Dale Whitcomb",
                "Dale Whitcomb",
                "Border Patrol agent",
                "sources close to the treasurer",
            ],
        );
        let text = "Title\n\nA hydrologist at Nnamdi Azikiwe University, Awka, Prof. \
                    Chidiebere Anozie, said the disaster was a result of poor planning.\n";
        assert_speakers(text, &["Chidiebere Anozie"]);
        let text = "Title\n\nLuis Carrillo sponsored the bill. Carrillo was blunt about why: \
                    “Every session, we hold a hearing, and then nothing happens.”\n";
        assert_speakers(text, &["Luis Carrillo"]);
        let text = "Title\n\nThe Tanzania Meteorological Authority (TMA) has predicted poor \
                    rains. According to the authority’s seasonal outlook, the rains will start \
                    late.\n";
        assert_speakers(text, &["Tanzania Meteorological Authority"]);
        let text = "Title\n\nAccording to the ministry’s annual report, wells are falling.\n";
        assert_speakers(text, &["ministry"]);
        let text = "Title\n\nThe mayor of Tairāwhiti says forestry companies should pay a \
                    levy.\n\n“We are left holding the broom,” Mayor Aroha Tipene told RNZ.\n";
        assert_speakers(text, &["Aroha Tipene", "Aroha Tipene"]);
    }

    #[test]
    fn a_seat_after_the_name_and_a_name_a_body_goes_by() {
        let text = "Title\n\nThe Scottish Conservatives' transport spokesman, Graham Buchanan \
                    MSP, said the delay was a fiasco.\n\nThe Indonesian Forum for the \
                    Environment (Walhi) said it had documented incidents.\n\nIslanders on Islay \
                    say the ferry is at breaking point.\n";
        let speakers = quoted_speakers(text);
        let said: Vec<(&str, Role)> = speakers.iter().map(|s| (s.name.as_str(), s.role)).collect();
        assert_eq!(
            said,
            [
                ("Graham Buchanan", Role::Official),
                ("Indonesian Forum for the Environment", Role::Other),
                ("Islanders", Role::Other)
            ]
        );
        assert!(speakers[2].anonymous);
    }

    #[test]
    fn a_hearer_then_a_pronoun_and_a_canadian_councillor() {
        let text = "Title\n\n“This is about making sure,” said Coun. Marisol Tavares (Ward 9, \
                    Davenport), who brought the motion forward.\n\nTavares told the Star she \
                    had heard from tenants across the city.\n";
        assert_eq!(
            said(text),
            [
                (
                    "Marisol Tavares".to_string(),
                    "This is about making sure,".to_string()
                ),
                (
                    "Marisol Tavares".to_string(),
                    "she had heard from tenants across the city".to_string()
                )
            ]
        );
        assert_eq!(quoted_speakers(text)[0].role, Role::Official);
    }

    #[test]
    fn a_neutral_title_gives_way_to_a_later_role() {
        let text = "Title\n\nJCS spokesperson Col. Han Ki-bum said the drills were routine.\n";
        assert_eq!(quoted_speakers(text)[0].role, Role::Official);
        // A country's side in talks is its government.
        let text = "Title\n\nAt the meeting, the Chinese side said payments were late.\n";
        assert_speakers(text, &["China"]);
    }

    #[test]
    fn england_is_a_country_of_its_own_only_in_sport() {
        let countries = |text: &str| -> Vec<&'static str> {
            let a = analyze(text, &structure(text).blocks);
            a.entities.iter().filter_map(|e| e.country).collect()
        };
        let health = "Title\n\nPatients in England waited longer than ever, figures show.\n";
        assert_eq!(countries(health), vec!["United Kingdom"]);
        let football = "Title\n\nEngland beat Tunisia 2-1 in their opening World Cup match.\n";
        assert_eq!(countries(football), vec!["England", "Tunisia"]);
    }

    #[test]
    fn a_short_text_is_never_observed() {
        let blocks = structure(SAMPLE).blocks;
        let mut looks = 0;
        analyze_observed(SAMPLE, &blocks, |_| looks += 1);
        assert_eq!(looks, 0);
    }

    #[test]
    fn speakers_behind_relative_clauses_party_tags_and_adverbs() {
        let text = "Title\n\nOne member of the panel who voted in favour, speaking on \
                    condition of anonymity, told the M.E.N. the council had no choice.\n\n\
                    Officials from PMC’s water supply department, however, said the bulk of \
                    the work was complete.\n\nResidents of several housing societies in Baner, \
                    Balewadi and Pashan say they rely on tankers.\n\nState Sen. Dale Whitcomb, \
                    R-San Angelo, who carried the bill, said the set-aside was fair.\n\n\
                    District leaders say they have little room left. Meanwhile, tanker \
                    operators say demand has surged.\n\nCoun Peter Ashworth said the roads \
                    could not cope.\n";
        assert_speakers(
            text,
            &[
                "member of the panel",
                "Officials",
                "Residents",
                "Dale Whitcomb",
                "District leaders",
                "tanker operators",
                "Peter Ashworth",
            ],
        );
    }

    #[test]
    fn what_a_pronoun_said_names_others_and_when_is_not_what() {
        // The minister named in what she said is not `she`; `when contacted` is when.
        let text = "Title\n\nDeputy Minister Datuk Rahimah Abd Ghani said water would be \
                    released in phases.\n\nThe allocation was approved by Minister Datuk Seri \
                    Anuar Jamaluddin last month, she said.\n\n\"Our dams are old,\" she told \
                    Bernama when contacted. She told Reuters when asked that the dams were \
                    old.\n\nMADA general manager Ir Mohd Faizal Hashim said farmers would be \
                    told.\n";
        let said = said(text);
        assert_eq!(said.len(), 5, "{said:?}");
        assert_eq!(said[1].0, "Rahimah Abd Ghani");
        assert_eq!(
            said[2],
            ("Rahimah Abd Ghani".into(), "Our dams are old,".into())
        );
        assert_eq!(said[3].1, "the dams were old");
        assert_eq!(said[4].0, "Mohd Faizal Hashim");
        // `while addressing …`: when, too, as a participle of the other kind.
        let text = "Title\n\n\"We are ready,\" Minister Dhungana said while addressing a \
                    programme in the Capital on Monday. Minister Dhungana said while \
                    addressing the House that exports would rise.\n";
        let while_addressing = self::said(text);
        assert_eq!(while_addressing.len(), 2, "{while_addressing:?}");
        assert_eq!(while_addressing[1].1, "exports would rise");
    }

    #[test]
    fn she_is_not_her_predecessor_and_time_spent_is_no_statement() {
        let text = "Title\n\nMarisol Ortiz-Keane has spent two years as superintendent \
                    explaining why the schools need money. She told the meeting that the \
                    district had run out of ways to cope.\n\nAsked whether she regretted \
                    decisions made under her predecessor, Aldo Petronelli, she paused.\n\n\
                    “I regret that we are here,” she said.\n\nA fish trader, Madam Esi \
                    Quansah, said she buys sachet water. The Paramount Chief, Nana Ekow \
                    Amoako II, said the river was mud. “We drank from it,” Nana Amoako \
                    said.\n";
        assert_speakers(
            text,
            &[
                "Marisol Ortiz-Keane",
                "Marisol Ortiz-Keane",
                "Esi Quansah",
                "Ekow Amoako II",
                "Ekow Amoako II",
            ],
        );
    }

    #[test]
    fn a_report_after_a_year_is_a_noun_and_a_partial_quote_after_only() {
        let text = "Title\n\nMiriam Okafor, a researcher at Texas Tech University who co-wrote \
                    the 2024 report “Running Dry: Small Water Systems in Texas,” said the board \
                    gives points for studies.\n\nDr Adwoa Kyei said the turbidity was only \
                    \"the visible part of the problem\".\n\nThe Centre had told Parliament that \
                    projects in India were running late.\n";
        assert_eq!(
            said(text),
            [
                (
                    "Miriam Okafor".into(),
                    "the board gives points for studies".into()
                ),
                (
                    "Adwoa Kyei".into(),
                    "the visible part of the problem".into()
                ),
                ("India".into(), "projects in India were running late".into())
            ]
        );
    }

    #[test]
    fn utilities_named_for_what_they_supply_and_a_name_cut_short_in_front() {
        let text = "Title\n\nThames Water said pumps were off. A senior Johannesburg Water \
                    engineer, who spoke on condition of anonymity, said the cables were \
                    stolen.\n\nRep. Glenn Ashby, a member of the House Freedom Caucus, said he \
                    would vote no. The Freedom Caucus said the bill was a surrender.\n\n\
                    Samantha Power said the river was dirty. The Water Resources Commission \
                    said the river was dirty.\n";
        let a = analyze(text, &structure(text).blocks);
        let speakers = quoted_speakers(text);
        let names: Vec<&str> = speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Thames Water",
                "senior Johannesburg Water engineer",
                "Glenn Ashby",
                "House Freedom Caucus",
                "Samantha Power",
                "Water Resources Commission"
            ]
        );
        assert_eq!(speakers[0].kind, SpeakerKind::Institution);
        assert!(speakers[1].anonymous);
        assert_eq!(speakers[3].role, Role::Official);
        assert_eq!(speakers[4].kind, SpeakerKind::Person);
        assert_eq!(speakers[5].role, Role::Official);
        assert!(a.quotes.len() == 6);
    }

    #[test]
    fn posts_with_listed_fields_documents_described_and_unnamed_people_again() {
        let text = "Title\n\nEconomy, Trade and Industry Minister Takumi Ogasawara welcomed the \
                    plan, saying it would “strengthen supply chains.”\n\nA CIPR report released \
                    in February estimated that India would need more cells. A report by \
                    Dubai-based consultancy Edvise Partners found that fees had risen.\n\n\
                    One forestry contractor, who asked not to be named, told Stuff that crews \
                    were pushed.\n\n\"It's all about tonnes out the gate,\" said the contractor.\
                    \n\nA county official familiar with the negotiations said the plan was dead. \
                    Rival Hokuto Electric said it was studying a plant.\n";
        assert_speakers(
            text,
            &[
                "Takumi Ogasawara",
                "CIPR",
                "Edvise Partners",
                "forestry contractor",
                "forestry contractor",
                "county official familiar with the negotiations",
                "Hokuto Electric",
            ],
        );
        // The listed fields after what was said; a described name after a town.
        let text = "Title\n\nImports will be allowed, Trade, Commerce and Food Security \
                    Minister Ranjith Kumara Wijesinghe says.\n\nThe Director of the Coconut \
                    Research Institute in Lunuwila, Dr. Thilini Nanayakkara, said that yields \
                    had fallen. The Movement for Quality Government in Israel, a watchdog \
                    group, said it would join.\n";
        assert_speakers(
            text,
            &[
                "Ranjith Kumara Wijesinghe",
                "Thilini Nanayakkara",
                "Movement for Quality Government",
            ],
        );
        // `The report`, right after a study by its publisher, is the publisher's too.
        let text = "Title\n\nA study published in June by the Baltic Startup Observatory, a \
                    Riga-based research group, found that few start-ups had raised funds. The \
                    report also found that a third had moved.\n\nA new survey found that \
                    rents rose.\n";
        assert_speakers(
            text,
            &[
                "Baltic Startup Observatory",
                "Baltic Startup Observatory",
                "survey",
            ],
        );
    }

    #[test]
    fn a_circular_is_its_senders_and_grades_in_quotation_marks_are_labels() {
        let text = "Title\n\nFees may rise by 2.6 per cent, the Knowledge and Human Development \
                    Authority announced on Monday.\n\nAccording to a circular sent to school \
                    operators, schools rated \"Weak\" or \"Very Weak\" are not eligible.\n\n\
                    Associate Professor Tom Ferris, an emergency physician and health systems \
                    researcher at Monash University, said ramping was a symptom. A senior \
                    emergency doctor at a large hospital in Melbourne’s north-west said staff \
                    had stopped recording waits because “there is simply nowhere to write \
                    it down”.\n\n“Nobody called”\n";
        let said = said(text);
        assert_eq!(
            said[1],
            (
                "Knowledge and Human Development Authority".into(),
                "schools rated \"Weak\" or \"Very Weak\" are not eligible".into()
            )
        );
        assert_eq!(said[2].0, "Tom Ferris");
        assert_eq!(
            said[3],
            (
                "senior emergency doctor at a large hospital in Melbourne’s north-west".into(),
                "staff had stopped recording waits".into()
            )
        );
        assert_eq!(said[4].1, "there is simply nowhere to write it down");
        assert_eq!(said[5], (String::new(), "Nobody called".into()));
    }

    #[test]
    fn initials_short_forms_as_words_and_a_subject_before_a_long_adverbial() {
        let text = "Title\n\n\"We want a level field,\" said K.S. Balamurugan, President, TKEF.\
                    \n\nBalamurugan said orders were down.\n\nThe Department of Agriculture, \
                    Environment and Rural Affairs (Daera) said the plan would fund farmers.\n\n\
                    The Nigerian Electricity Regulatory Commission raised tariffs. The \
                    commission, in an order signed by its Chairman, Dr. Abdullahi Danjuma, \
                    and made available to reporters, said the review was needed. \"The \
                    adjustment is lawful,\" the order stated.\n\nState Rep. Luis Ortega (D., \
                    Phila.) told The Inquirer he would press for money. HE Youssef al-Najjar \
                    said water was scarce.\n";
        assert_speakers(
            text,
            &[
                "K.S. Balamurugan",
                "K.S. Balamurugan",
                "Department of Agriculture, Environment and Rural Affairs",
                "Nigerian Electricity Regulatory Commission",
                "Nigerian Electricity Regulatory Commission",
                "Luis Ortega",
                "Youssef al-Najjar",
            ],
        );
    }

    #[test]
    fn participles_labels_and_conditions_inside_what_was_said() {
        let text =
            "Title\n\nShares of Norvale Semiconductor tumbled after the chipmaker slashed its \
                    outlook, saying export controls would hurt.\n\nGlobal brands' \"China plus \
                    one\" strategy had helped Tiruppur, exporters said.\n\nDr Leila Mansour \
                    spoke. According to Dr Mansour, a grid could be built if member states \
                    agreed on standards.\n\nJodie Wasylenko, who farms near Yorkton, Sask., \
                    said she was holding back her crop. Jane Doe questioned how the plant \
                    had operated.\n";
        let said = said(text);
        assert_eq!(said[0].0, "Norvale Semiconductor");
        assert_eq!(
            said[1],
            (
                "exporters".into(),
                "Global brands' \"China plus one\" strategy had helped Tiruppur".into()
            )
        );
        assert_eq!(said[2].0, "Leila Mansour");
        assert_eq!(said[3].0, "Jodie Wasylenko");
        assert_eq!(
            said[4],
            ("Jane Doe".into(), "how the plant had operated".into())
        );
    }

    #[test]
    fn present_verbs_adverbial_quotations_and_irish_particles() {
        let text = "Title\n\nAccording to the Department of Agriculture, China's General \
                    Administration of Customs (GACC) now requires every consignment to carry \
                    a certificate.\n\nJane Doe said demand still continues to outstrip supply, \
                    giving schools \"little reason to compete\".\n\nUisce Éireann said crews had \
                    been working “around the clock”.\n\nSinn Féin councillor Tomás Ó Riain said \
                    the outage was bad. “This is a town of 11,000 people,” Ó Riain said.\n\n\
                    An exporter in Chanthaburi, who asked not to be named, said packing houses \
                    had cut corners. Minister Cde Tinashe Mhuri said the harvest was good.\n";
        let said = said(text);
        let pairs: Vec<(&str, &str)> = said.iter().map(|(w, t)| (w.as_str(), t.as_str())).collect();
        assert_eq!(
            pairs,
            [
                (
                    "Department of Agriculture",
                    "China's General Administration of Customs (GACC) now requires every \
                     consignment to carry a certificate"
                ),
                ("Jane Doe", "demand still continues to outstrip supply"),
                ("Jane Doe", "little reason to compete"),
                ("Uisce Éireann", "crews had been working"),
                ("Uisce Éireann", "around the clock"),
                ("Tomás Ó Riain", "the outage was bad"),
                ("Tomás Ó Riain", "This is a town of 11,000 people,"),
                ("exporter", "packing houses had cut corners"),
                ("Tinashe Mhuri", "the harvest was good"),
            ]
        );
    }

    #[test]
    fn a_titled_person_of_a_party_is_the_person() {
        let text = "Title\n\nKildare South TD Martina Delaney of Fine Gael described the \
                    situation as “completely unacceptable” and said she had raised it. \
                    President Joe Biden of the United States said the talks failed.\n\n\
                    Opposition MP Raimonds Zvaigzne of the National Alliance, who sits on the \
                    committee, said the government had lost control.\n";
        assert_speakers(
            text,
            &[
                "Martina Delaney",
                "Martina Delaney",
                "Joe Biden",
                "Raimonds Zvaigzne",
            ],
        );
    }

    #[test]
    fn honorifics_after_a_post_and_particles_in_a_short_formed_name() {
        let text = "Title\n\nHospital Director Dr Rafiqul Haque Bhuiyan said beds were full.\n\n\
                    Deputy Minister of International Trade, Industry and Investment Datuk Dr \
                    Sebastian Jelani said the state was \"open to the idea\". \"It is about the \
                    corridor,\" said Dr Sebastian.\n\nThe state-run Electricite du Liban (EDL) \
                    cut supply. In a statement, EDL said it had been forced to act.\n";
        assert_speakers(
            text,
            &[
                "Rafiqul Haque Bhuiyan",
                "Sebastian Jelani",
                "Sebastian Jelani",
                "Electricite du Liban",
            ],
        );
    }

    #[test]
    fn honorifics_of_south_and_south_east_asia_and_honourables() {
        let text = "Title\n\nShri Rajnath Kumar said the budget was fair. YB Chong Chieng Jen \
                    said the budget was late. Khun Somchai Wongsawat said prices rose. Ustaz \
                    Ahmad Zaki said mosques would help. Bapak Joko Susilo said roads were \
                    closed. The plan was fair, said Hon John Mbadi.\n";
        assert_speakers(
            text,
            &[
                "Rajnath Kumar",
                "Chong Chieng Jen",
                "Somchai Wongsawat",
                "Ahmad Zaki",
                "Joko Susilo",
                "John Mbadi",
            ],
        );
    }

    #[test]
    fn an_age_before_an_occupation_and_a_three_word_name_before_its_verb() {
        let text = "Title\n\nRatna Ram Meghwal walked along a row of pillars. The 58-year-old \
                    camel herder said his animals had grazed there.\n\nSarpanch Kamla Devi said \
                    the council was never asked. A Savusavu-based exporter, who asked not to \
                    be named, said buyers had cut orders.\n\nBack in the village, Meghwal \
                    said he had stopped waiting.\n";
        assert_speakers(
            text,
            &[
                "Ratna Ram Meghwal",
                "Kamla Devi",
                "exporter",
                "Ratna Ram Meghwal",
            ],
        );
    }

    #[test]
    fn an_age_in_brackets_after_the_name() {
        let text = "Title\n\nAt Evululuko, residents queued. Martha Shilongo (67) said she had \
                    waited nearly three hours.\n\n\"I am old, my legs are painful,\" she said.\n";
        assert_speakers(text, &["Martha Shilongo", "Martha Shilongo"]);
    }

    #[test]
    fn according_to_a_source_before_a_verb_with_an_object() {
        // `reported losses` has an object, not a clause: the source of `According to` speaks.
        let text = "Title\n\nAccording to the Rural Agricultural Development Authority (RADA), \
                    more than 1,800 farmers in the parish have reported losses since January.\n";
        assert_speakers(text, &["Rural Agricultural Development Authority"]);
    }

    #[test]
    fn a_subject_and_an_adverbial_before_said_and_a_list_after_it() {
        let text = "Title\n\nThe Meteorological Service of Jamaica, in its latest drought \
                    bulletin, said St Elizabeth, Manchester and Clarendon received less rain.\n\n\
                    Gayle-Henriques, lead author of the 2023 report \"Running Dry\", said farmers \
                    in the south could no longer rely on rain, and called for drip irrigation.\n";
        assert_speakers(
            text,
            &["Meteorological Service of Jamaica", "Gayle-Henriques"],
        );
    }

    #[test]
    fn a_campus_after_its_university_and_a_title_on_its_portfolio() {
        let text = "Title\n\nProfessor Tamara Gayle-Henriques, a climate scientist at the \
                    University of California, Berkeley, said the pattern was consistent.\n\n\
                    Dr Ian Reid, a hydrologist at The University of the West Indies (UWI), Mona, \
                    said wells were low.\n\nOpposition Spokesman on Agriculture Horace \
                    Blagrove said the allocation was small.\n";
        assert_speakers(
            text,
            &["Tamara Gayle-Henriques", "Ian Reid", "Horace Blagrove"],
        );
        assert_eq!(quoted_speakers(text)[2].role, Role::Official);
    }

    #[test]
    fn the_field_department_is_the_body_named_for_its_field() {
        let text = "Title\n\nSamples showed toxins, according to Public Health Seattle.\n\n\
                    The Department of Ecology said the lake would stay closed.\n\nSymptoms \
                    include vomiting, according to the health department.\n";
        assert_speakers(
            text,
            &[
                "Public Health Seattle",
                "Department of Ecology",
                "Public Health Seattle",
            ],
        );
    }

    #[test]
    fn a_quotation_over_paragraphs_is_whoever_it_closes_with_not_who_spoke_before() {
        // (And one that closes with no cue of its own is whoever it went on from.)
        let text = "Title\n\nThe PCG said ships fired on Wednesday.\n\n\u{201c}The vessels \
                    aimed at the bridge. This is a dangerous act.\n\n\u{201c}We call on them to \
                    stop,\u{201d} Rear Admiral Jonas Macaraeg said.\n\n\u{201c}It was calm for \
                    an hour.\n\n\u{201c}Then the second ship came closer and fired again.\u{201d}\n";
        assert_speakers(
            text,
            &[
                "PCG",
                "Jonas Macaraeg",
                "Jonas Macaraeg",
                "Jonas Macaraeg",
                "Jonas Macaraeg",
            ],
        );
    }

    #[test]
    fn a_post_of_two_words_written_the_other_way_round() {
        let text = "Title\n\nLeader of the Opposition R. Thangavelu called the package small.\n\n\
                    \u{201c}The Chief Minister should explain,\u{201d} the Opposition leader said.\n";
        assert_speakers(text, &["R. Thangavelu"]);
    }

    #[test]
    fn a_translation_in_brackets_between_a_quotation_and_its_speaker() {
        let text = "Title\n\n\u{201c}Dati, puno na ang banyera namin,\u{201d} (Before, our tubs \
                    were full. Now, there is nothing.) fisherman Ramon Cabatingan, 47, said in \
                    Filipino.\n";
        assert_speakers(text, &["Ramon Cabatingan"]);
    }

    #[test]
    fn a_province_after_a_town_is_no_speaker() {
        let text = "Title\n\nFishermen in Masinloc, Zambales said ships drove them away.\n\n\
                    Back in Bhojka Dhani, Meghwal said he had stopped waiting.\n";
        assert_speakers(text, &["Fishermen", "Meghwal"]);
    }

    #[test]
    fn a_given_name_abbreviated_before_a_surname() {
        let text = "Title\n\nForeign Affairs spokesperson Ma. Cristina Avelino said the \
                    department would protest.\n\n\u{201c}It is ours,\u{201d} Avelino said.\n\n\
                    Sandra Ma Suk-yin spoke next. \u{201c}They should not exist,\u{201d} said Ma. \
                    \u{201c}The question is where people will sleep.\u{201d}\n";
        assert_speakers(
            text,
            &[
                "Ma. Cristina Avelino",
                "Ma. Cristina Avelino",
                "Sandra Ma Suk-yin",
                "Sandra Ma Suk-yin",
            ],
        );
    }

    #[test]
    fn a_short_form_described_after_it_is_no_person() {
        let text = "Title\n\nShips fired, the Philippine Coast Guard (PCG) said.\n\nAccording to \
                    the PCG, the Bureau of Fisheries vessel was east of the shoal.\n";
        assert_speakers(text, &["Philippine Coast Guard", "Philippine Coast Guard"]);
    }

    #[test]
    fn a_subject_with_a_place_then_its_verb_is_no_inverted_speaker() {
        let text = "Title\n\nDr Ian Reid said the pattern held, but argued ministers in \
                    Edinburgh still had \u{201c}real choices\u{201d} to make.\n";
        assert_speakers(text, &["Ian Reid", "Ian Reid"]);
    }

    #[test]
    fn a_relative_clause_on_the_subject_of_what_was_found() {
        let text = "Title\n\nThe study found patients who waited more than 12 hours were more \
                    likely to die.\n\nThe firm announced the locations that would be closed.\n";
        assert_speakers(text, &["study"]);
    }

    #[test]
    fn a_vietnamese_name_of_four_words() {
        let text = "Title\n\nDr. Nguyen Thi Thu Huong, an economist, estimated that the \
                    industry could lose $1 billion.\n\n\u{201c}That era is over,\u{201d} Huong \
                    said.\n";
        assert_speakers(text, &["Nguyen Thi Thu Huong", "Nguyen Thi Thu Huong"]);
    }

    #[test]
    fn a_body_then_which_said() {
        let text = "Title\n\nExports reached $145 million, according to the Vietnam Fruit and \
                    Vegetables Association, which said shipments to China fell.\n\nThe U.S. \
                    Consumer Product Safety Commission, which announced the recall with Corvana, \
                    said the cells can overheat.\n";
        assert_speakers(
            text,
            &[
                "Vietnam Fruit and Vegetables Association",
                "Vietnam Fruit and Vegetables Association",
                "U.S. Consumer Product Safety Commission",
            ],
        );
    }

    #[test]
    fn a_known_body_after_it_spoke_with_its_country_in_front() {
        let text = "Title\n\nThe U.S. Coast Guard said it returned 112 migrants.\n\nThey were \
                    handed over at the port, the Coast Guard said in a statement.\n";
        assert_speakers(text, &["U.S. Coast Guard", "U.S. Coast Guard"]);
    }

    #[test]
    fn a_speakers_gender_from_their_own_relative_clause() {
        // (`she` is not the official known to be a man; nothing says who else.)
        let text = "Title\n\nMaria Lopez said the boats were crowded.\n\nA federal official, who \
                    spoke on condition of anonymity because he was not authorized to comment, \
                    told the Herald that two boats were organized by smugglers.\n\n\u{201c}The \
                    ocean does not care,\u{201d} he said.\n\n\u{201c}Nobody listens,\u{201d} she \
                    said.\n";
        assert_eq!(
            speakers_of(text),
            named(&["Maria Lopez", "federal official", "federal official",])
                .into_iter()
                .chain([None])
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_forecaster_a_tswana_chief_and_a_farmer_in_north_kerry() {
        let text = "Title\n\nForecaster Siobhan Gilmartin told RTE the gusts had been strong.\n\n\
                    At a kgotla meeting, Kgosi Modiri Ramalepa told residents that the community \
                    had been patient.\n\nOne dairy farmer in north Kerry, who did not want to be \
                    named, said he had milked his herd by hand.\n";
        let a = analyze(text, &structure(text).blocks);
        let names: Vec<_> = a
            .quotes
            .iter()
            .map(|q| a.speakers[q.speaker.unwrap()].name.as_str())
            .collect();
        assert_eq!(names[..2], ["Siobhan Gilmartin", "Modiri Ramalepa"]);
        // (Not the given name Kerry: a place after `in north`.)
        let farmer = &a.speakers[a.quotes[2].speaker.unwrap()];
        assert!(
            farmer.anonymous && farmer.name.starts_with("dairy farmer"),
            "{farmer:?}"
        );
    }

    #[test]
    fn burmese_cambodian_bhutanese_honorifics_and_scholars_titles_are_no_part_of_the_name() {
        let text = "Title\n\nU Myint Thein, a farmer in Pyapon, said he had borrowed money. \
                    Daw Sandar Oo said prices rose.\n\nLydia Ko said she would play. Ko \
                    Wen-je said the city was ready.\n\nKandahar agriculture director Mawlawi \
                    Abdul Hadi Mukhlis said exports rose.\n\nOknha Meas Sokhom said prices \
                    fell.\n\nAum Dechen Wangmo said she had thought of moving.\n\nAccording to \
                    the ministry's Principal Fisheries Officer, Dr 'Ana Lolohea, densities had \
                    fallen.\n";
        assert_speakers(
            text,
            &[
                "Myint Thein",
                "Sandar Oo",
                "Lydia Ko",
                "Ko Wen-je",
                "Abdul Hadi Mukhlis",
                "Meas Sokhom",
                "Dechen Wangmo",
                "Ana Lolohea",
            ],
        );
    }

    #[test]
    fn a_report_named_after_its_publisher_and_when_it_came_out() {
        // (`in April found`: a past tense after a month is a verb; `April` no speaker.)
        let text = "Title\n\nA World Food Programme report published in April found that \
                    the cost of food had risen.\n\nThe Ministry of Finance had in April said \
                    it would spend more.\n\nA fertiliser dealer in the Bayintnaung market said \
                    supplies had become unpredictable.\n";
        assert_speakers(
            text,
            &[
                "World Food Programme",
                "Ministry of Finance",
                "fertiliser dealer in the Bayintnaung market",
            ],
        );
    }

    #[test]
    fn a_group_where_it_is_and_a_post_whose_fields_follow_a_place() {
        let text = "Title\n\nOfficials at the Spin Boldak customs office, who spoke on condition \
                    of anonymity, said Pakistani officials had demanded passports.\n\n\
                    Kandahar Agriculture, Irrigation and Livestock Director Mawlawi Abdul Hadi \
                    Mukhlis said the province would produce more.\n";
        assert_speakers(text, &["Officials", "Abdul Hadi Mukhlis"]);
    }

    #[test]
    fn balinese_names_and_a_police_commissioners_rank() {
        let text = "Title\n\nHead of the Bali Provincial Tourism Agency, I Gusti Ngurah Wiradana, \
                    said the draft had been submitted. \u{201c}It is fair,\u{201d} Wiradana \
                    said.\n\nBali DPRD member Ni Luh Putu Sekarini of the Indonesian Democratic \
                    Party of Struggle (PDI-P) said her faction would support it.\n\n\
                    \u{201c}We are treating this as negligence,\u{201d} Central Sulawesi Police \
                    spokesman Sr. Comr. Made Sudarsana said in Palu.\n";
        assert_speakers(
            text,
            &[
                "I Gusti Ngurah Wiradana",
                "I Gusti Ngurah Wiradana",
                "Ni Luh Putu Sekarini",
                "Made Sudarsana",
            ],
        );
    }

    #[test]
    fn a_body_and_when_it_spoke_what_it_is_and_police_named_before() {
        let text = "Title\n\nThe plan was confirmed in a statement from the Bali Provincial \
                    Government on Thursday, which said the increase was fair.\n\n\
                    The Central Sulawesi Police said the blast was an accident. Police said on \
                    Tuesday they had questioned 14 witnesses.\n\nA report published last year \
                    by the Jakarta-based Indonesian Center for Occupational Health Studies \
                    (ICOHS), titled \u{201c}Hot Metal, Cold Comfort,\u{201d} found that 53 \
                    workers had died.\n\nPT Sulawesi Baja Nikel runs the smelter. The company, \
                    a joint venture between Chinese producer Fujian Hengda Metals and PT \
                    Anugerah Mineral, said it was \u{201c}deeply saddened\u{201d} by the \
                    incident.\n";
        let speakers = speakers_of(text);
        assert_eq!(
            speakers[..4],
            named(&[
                "Bali Provincial Government",
                "Central Sulawesi Police",
                "Central Sulawesi Police",
                "Indonesian Center for Occupational Health Studies"
            ])
        );
        // (The company, whoever it is; not a name inside what it is said to be.)
        assert!(
            !speakers[4]
                .as_deref()
                .is_some_and(|s| s.contains("Fujian") || s.contains("Anugerah")),
            "{speakers:?}"
        );
    }

    #[test]
    fn a_clause_opening_on_a_participle_and_a_long_adverbial_before_that() {
        let text = "Title\n\nEconomic analyst Nazifullah Samadi said repeated closures of \
                    Torkham show that Afghanistan must reduce its dependence.\n\nThe IMF said \
                    in its latest review of Egypt\u{2019}s $8 billion loan programme that \
                    receipts would recover.\n\nThe Islamic Emirate has repeatedly said it \
                    wants to settle its disputes.\n";
        assert_eq!(
            said(text),
            [
                (
                    "Nazifullah Samadi".to_string(),
                    "repeated closures of Torkham show that Afghanistan must reduce its \
                     dependence"
                        .to_string()
                ),
                ("IMF".to_string(), "receipts would recover".to_string()),
                (
                    "Afghanistan".to_string(),
                    "it wants to settle its disputes".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_short_form_skipping_listed_words_and_a_surname_without_its_article() {
        let text = "Title\n\nKUWAIT: The Ministry of Electricity, Water and Renewable Energy \
                    (MEW) said yesterday that cuts could be introduced.\n\nMEW spokesperson \
                    Eng Fatima Al-Jowhar told Kuwait Times the margin was narrow. \
                    \u{201c}We will not cut power,\u{201d} Jowhar said.\n\nTom\u{e1}s \
                    \u{d3} Riain said the outage was bad.\n";
        assert_speakers(
            text,
            &[
                "Ministry of Electricity, Water and Renewable Energy",
                "Fatima Al-Jowhar",
                "Fatima Al-Jowhar",
                "Tom\u{e1}s \u{d3} Riain",
            ],
        );
    }

    #[test]
    fn a_siswati_honorific_and_a_relative_clause_on_the_speaker_after_the_quotation() {
        let text = "Title\n\n\u{201c}We delivered our maize in good faith,\u{201d} said Make \
                    Thandiwe Shongwe, a farmer from Sigcaweni, who said she was owed over \
                    E38 000.\n\nMake sure the gate is shut, Nomsa Dlamini said.\n";
        assert_eq!(
            said(text),
            [
                (
                    "Thandiwe Shongwe".to_string(),
                    "We delivered our maize in good faith,".to_string()
                ),
                (
                    "Thandiwe Shongwe".to_string(),
                    "she was owed over E38 000".to_string()
                ),
                (
                    "Nomsa Dlamini".to_string(),
                    "Make sure the gate is shut".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_nickname_before_an_initial_is_part_of_the_name_and_no_quotation() {
        let text = "Title\n\nSen. Joaquin \"Kin\" T. Mesa, who chairs the committee, said \
                    the numbers did not justify a budget. \"We keep hearing,\" Mesa said.\n";
        assert_eq!(
            said(text),
            [
                (
                    "Joaquin T. Mesa".to_string(),
                    "the numbers did not justify a budget".to_string()
                ),
                (
                    "Joaquin T. Mesa".to_string(),
                    "We keep hearing,".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_listed_pair_in_a_place_a_body_after_its_owner_and_a_worker_of_an_age() {
        let text = "Title\n\nVillage leaders in Aleipata say entire families are now missing.\n\n\
                    The university\u{2019}s Centre for Samoan Studies found that households \
                    were more likely to lease land.\n\nA 27-year-old worker from Apia said he \
                    earns more.\n";
        assert_speakers(
            text,
            &[
                "Village leaders",
                "Centre for Samoan Studies",
                "27-year-old worker from Apia",
            ],
        );
    }

    #[test]
    fn a_report_of_a_year_by_a_publisher_titled_with_commas() {
        let text = "Title\n\nA 2023 report by the International Centre for Integrated Mountain \
                    Development (ICIMOD), titled \u{201c}Water, Ice, Society, and Ecosystems in \
                    the Hindu Kush Himalaya\u{201d}, warned that glaciers could lose up to 80% \
                    of their volume.\n";
        assert_speakers(
            text,
            &["International Centre for Integrated Mountain Development"],
        );
    }

    #[test]
    fn kenyan_posts_a_kalenjin_name_a_named_publication_and_a_listed_pair() {
        let text = "Title\n\nAgriculture CS Mutahi Kagwe visited the depot. The CS said the \
                    ministry had added trucks.\n\nAgriculture Principal Secretary Dr Wilson \
                    Kamau Gitonga toured the depot. The PS said the ministry had set money \
                    aside.\n\n\"Farmers are the backbone of this economy,\" \
                    said KFA chairman Kipkemboi arap Too.\n\nAccording to the Central Bank of \
                    Lesotho\u{2019}s latest Quarterly Review, exports fell by 38 percent.\n\n\
                    Workers have left, according to community leaders in Maputsoe.\n";
        assert_speakers(
            text,
            &[
                "Mutahi Kagwe",
                "Wilson Kamau Gitonga",
                "Kipkemboi arap Too",
                "Central Bank of Lesotho",
                "community leaders",
            ],
        );
    }

    #[test]
    fn a_tight_dateline_and_hunters_who_say() {
        let text = "Title\n\nAKITA--The Akita prefectural government formally asked the agency \
                    to act, saying hunters can no longer keep up.\n\nBut hunters say the rules \
                    are vague.\n";
        assert_speakers(text, &["Akita prefectural government", "hunters"]);
    }

    #[test]
    fn a_description_ending_on_a_place_then_the_name_it_describes() {
        let text = "Title\n\nAssociate Professor \u{110}\u{1eb7}ng Minh Khoa, from the University \
                    of Science under Vi\u{1ec7}t Nam National University, H\u{e0} N\u{1ed9}i, said \
                    the zones were a first step.\n\nThe head of the bank in Lagos, Tunde Bakare, \
                    said rates would rise.\n";
        assert_speakers(text, &["\u{110}\u{1eb7}ng Minh Khoa", "Tunde Bakare"]);
    }

    #[test]
    fn mongolian_names_and_a_herder_introduced_before_his_run_on_quotation() {
        let text = "Title\n\nMinister of Food, Agriculture and Light Industry Kh.Tserenbaljir \
                    said losses were high.\n\n\u{201c}We will help,\u{201d} Colonel G.Naranbaatar \
                    said.\n\nN.Baasanjav, a herder from Tudevtei soum, described this winter as \
                    the hardest.\n\n\u{201c}In December the snow came early.\n\n\u{201c}We \
                    received hay, but it lasted ten days,\u{201d} he said.\n";
        assert_speakers(
            text,
            &[
                "Kh.Tserenbaljir",
                "G.Naranbaatar",
                "N.Baasanjav",
                "N.Baasanjav",
            ],
        );
    }

    #[test]
    fn bruneian_names_with_honours_and_a_father_after_bin() {
        let text = "Title\n\nMinister of Development Yang Berhormat Dato Seri Setia Awang Haji \
                    Khairul Anuar bin Haji Mahmud said the works were late.\n\nDato Seri Setia \
                    Awang Haji Khairul Anuar said the gates would help.\n\nKetua Kampung Sinaut \
                    Awang Mohd Rizal bin Haji Abdullah told the Bulletin that water rose fast.\n\n\
                    Awang Mohd Rizal said the drains were blocked.\n\nDayang Siti Aminah binti \
                    Haji Osman said she had lost everything.\n\nCouncil chairman Awang Razali \
                    said the carnival went well.\n";
        assert_speakers(
            text,
            &[
                "Khairul Anuar bin Haji Mahmud",
                "Khairul Anuar bin Haji Mahmud",
                "Mohd Rizal bin Haji Abdullah",
                "Mohd Rizal bin Haji Abdullah",
                "Siti Aminah binti Haji Osman",
                "Awang Razali",
            ],
        );
    }

    #[test]
    fn a_french_body_name_a_business_portfolio_and_a_described_paper_with_its_article() {
        let text = "Title\n\nThe Union des Entreprises Luxembourgeoises (UEL) said in March that \
                    staff were scarce.\n\nMinister of Culture and Business Affairs \u{c1}sd\u{ed}s \
                    Hl\u{ed}n Baldursd\u{f3}ttir said the fee was fair.\n\nOur sister publication, \
                    the Luxemburger Wort, reported on Monday that a plan was ready.\n";
        assert_speakers(
            text,
            &[
                "Union des Entreprises Luxembourgeoises",
                "\u{c1}sd\u{ed}s Hl\u{ed}n Baldursd\u{f3}ttir",
                "Luxemburger Wort",
            ],
        );
    }

    #[test]
    fn a_worker_surnamed_wong_is_a_person_in_focus() {
        let text = "Title\n\nChao Ka Wai said the pay was low.\n\nAt a site yesterday, a \
                    48-year-old steel fixer surnamed Wong said he drinks four litres of water a \
                    shift.\n\n\u{201c}Some days my shirt is wet,\u{201d} he said.\n";
        assert_speakers(text, &["Chao Ka Wai", "Wong", "Wong"]);
    }

    #[test]
    fn a_short_form_of_another_language_and_the_noun_post() {
        let text = "Title\n\nThe Mozambique Institute of Nuts (IAM) said that the crop was \
                    good.\n\nThe Disaster and Emergency Management Authority (AFAD) said that \
                    residents could check.\n\nThe US Environmental Protection Agency (EPA) said \
                    that the water was safe.\n\nRos\u{e1}rio Amisse, a producer from the \
                    administrative post of Iuluti, said he had spent more than he earned.\n";
        assert_speakers(
            text,
            &[
                "Mozambique Institute of Nuts",
                "Disaster and Emergency Management Authority",
                "Environmental Protection Agency",
                "Ros\u{e1}rio Amisse",
            ],
        );
    }

    #[test]
    fn an_ngo_named_after_what_it_is_and_a_contractor_named_works() {
        let text = "Title\n\nEnvironmental NGO Reef Guardians Maldives said that the dredging \
                    must stop.\n\nHollandia Marine Works did not respond. In a letter, however, \
                    the company said its operations were \u{201c}fully compliant with all \
                    permits.\u{201d}\n";
        assert_speakers(text, &["Reef Guardians Maldives", "Hollandia Marine Works"]);
    }

    #[test]
    fn the_official_after_a_minister_and_the_economist_after_an_appositive() {
        let text = "Title\n\nMinister of Energy Manuel Tav\u{e1}rez said demand had peaked.\n\n\
                    \u{201c}We are responding,\u{201d} the official said.\n\nEconomist Henry \
                    Castillo Reyes, a professor at INTEC, believes the problem is losses.\n\n\
                    \u{201c}It will get worse,\u{201d} the economist warned.\n";
        let a = analyze(text, &structure(text).blocks);
        let names: Vec<&str> = a
            .quotes
            .iter()
            .map(|q| q.speaker.map_or("", |s| a.speakers[s].name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                "Manuel Tav\u{e1}rez",
                "Manuel Tav\u{e1}rez",
                "Henry Castillo Reyes",
                "Henry Castillo Reyes"
            ]
        );
        let economist = a.speakers.iter().find(|s| s.name == "Henry Castillo Reyes");
        assert_eq!(
            economist.and_then(|s| s.title.as_deref()),
            Some("Economist, a professor at INTEC")
        );
    }

    #[test]
    fn a_party_named_with_a_particle_and_its_short_form_before_the_word_party() {
        let text = "Title\n\nThe opposition Fuerza del Pueblo (FP) party said the government \
                    \u{201c}has failed.\u{201d}\n";
        assert_speakers(text, &["Fuerza del Pueblo"]);
    }

    #[test]
    fn a_rancher_after_the_cue_and_a_place_before_the_speaker_without_a_comma() {
        let text = "Title\n\nIn Tacuarembó the Rural Federation said that farms were hit.\n\n\
                    \u{201c}We carry water to the animals,\u{201d} said cattle rancher Washington \
                    Pereira, 63, speaking by telephone.\n";
        assert_speakers(text, &["Rural Federation", "Washington Pereira"]);
    }

    #[test]
    fn a_verb_joined_by_and_with_an_auxiliary_between() {
        let text = "Title\n\nThe European Commission never approved that timetable, however, \
                    and has repeatedly said that state subsidies must end much sooner.\n";
        assert_speakers(text, &["European Commission"]);
    }

    #[test]
    fn a_person_after_an_honorific_and_a_report_dated_by_its_weekday() {
        let text = "Title\n\nMr. Khamphanh Sivongsa, who farms near Paksong, said he had spent \
                    a lot.\n\n\u{201c}We want to sell,\u{201d} he told the paper.\n\nA report by \
                    the Vientiane Times on Friday said officials were investigating.\n";
        assert_speakers(
            text,
            &[
                "Khamphanh Sivongsa",
                "Khamphanh Sivongsa",
                "Vientiane Times",
            ],
        );
    }

    #[test]
    fn the_minister_is_not_the_prime_minister_and_the_researcher_is_the_one_in_focus() {
        let text = "Title\n\nMinister of Environment Arsen Melikyan presented the program at a \
                    meeting chaired by Prime Minister Nikol Pashinyan. The minister said the lake \
                    stood at 1900 meters.\n\nEsteban Vargas Mora, a hydrologist at the University \
                    of Costa Rica, said wells were failing. The researcher noted that the \
                    population had grown.\n";
        assert_speakers(
            text,
            &[
                "Arsen Melikyan",
                "Esteban Vargas Mora",
                "Esteban Vargas Mora",
            ],
        );
    }

    #[test]
    fn a_new_report_is_a_noun_not_a_cue() {
        let text = "Title\n\nA recent report by Bo\u{11f}azi\u{e7}i University\u{2019}s Kandilli \
                    Observatory and Earthquake Research Institute estimated that a quake could \
                    leave 40,000 buildings damaged.\n\nA new report on the health of the lagoon \
                    has found that nutrient levels have doubled.\n";
        assert_speakers(
            text,
            &["Kandilli Observatory and Earthquake Research Institute"],
        );
    }

    #[test]
    fn a_view_reported_with_a_present_verb_and_no_that() {
        let text = "Title\n\nIrina Dolidze, an agricultural economist at Ilia State University, \
                    believes the whole debate over the subsidy misses the point.\n\nThe pumps \
                    were restarted, adding around 15,000 cubic metres a day to the network.\n";
        assert_speakers(text, &["Irina Dolidze"]);
    }

    #[test]
    fn one_exporter_based_in_a_place_of_two_words() {
        let text = "Title\n\nOne Phnom Penh-based exporter said his company had lost two \
                    contracts.\n\nAn insider from a Xinjiang-based turbine producer said clients \
                    had postponed contracts.\n";
        assert_speakers(
            text,
            &[
                "Phnom Penh-based exporter",
                "insider from a Xinjiang-based turbine producer",
            ],
        );
    }

    #[test]
    fn a_firm_s_legal_form_with_its_dot_before_the_cue() {
        let text = "Title\n\nThe Nunavut Housing Corp. says it will release a schedule.\n\n\
                    Acme Inc. The company said it would appeal.\n";
        assert_speakers(text, &["Nunavut Housing Corp.", "Acme Inc"]);
    }

    #[test]
    fn an_inverted_speaker_with_a_relative_clause_and_the_name_it_gives() {
        let text = "Title\n\n\u{201c}The jet circled twice,\u{201d} said a vendor who survived \
                    the attack and asked not to be named.\n\n\u{201c}A plate here is S$5,\u{201d} \
                    said a 40-year-old resident who only wanted to be known as Mdm Goh.\n\nA \
                    supervisor, who spoke on condition of anonymity, said workers who asked to \
                    move out were warned.\n";
        assert_speakers(text, &["vendor", "Goh", "supervisor"]);
    }

    #[test]
    fn a_minister_s_fields_listed_before_the_title_with_urbanization() {
        let text = "Title\n\nEnvironment, Urbanization and Climate Change Minister Hakan \
                    Yal\u{e7}\u{131}nkaya said on Feb. 23 that the ministry would cover half.\n";
        assert_speakers(text, &["Hakan Yal\u{e7}\u{131}nkaya"]);
    }

    #[test]
    fn an_unnamed_official_in_a_named_president_s_office() {
        let text = "Title\n\nAn official in the office of State President Abukar Sheikh Nur, \
                    who spoke on condition of anonymity, said money had \u{201c}never reached \
                    Beledweyne.\u{201d}\n";
        assert_speakers(text, &["official"]);
    }

    #[test]
    fn what_another_speaker_called_ends_the_clause_before_it() {
        let text = "Title\n\nDozens of residents say they have been given two weeks to leave, in \
                    what the opposition Democratic Party called \u{201c}a forced eviction.\u{201d}\n\n\
                    Unite said it welcomed the end of what it described as \u{201c}months of \
                    uncertainty\u{201d}.\n";
        assert_speakers(text, &["Dozens of residents", "Democratic Party", "Unite"]);
    }

    #[test]
    fn a_party_named_after_the_opposition_it_is_in() {
        let text = "Title\n\nThe Opposition United Workers Party (UWP), in a statement on \
                    Wednesday, described the closure as \u{201c}entirely predictable\u{201d}.\n";
        assert_speakers(text, &["United Workers Party"]);
    }

    #[test]
    fn a_body_s_report_on_a_country_speaks_for_the_body() {
        let text = "Title\n\nThe European Commission\u{2019}s latest report on Albania, published \
                    in October, noted that property rights remain weak.\n";
        assert_speakers(text, &["European Commission"]);
    }

    #[test]
    fn a_named_body_s_branch_or_unit_speaks_for_the_body() {
        let text = "Title\n\nThe Emergency Situations Ministry\u{2019}s Sverdlovsk region branch said \
                    in a statement that 47 blocks had lost heating.\n\nThe Red Cross\u{2019}s Kenya \
                    branch said it had sent 40 volunteers.\n\nToyota\u{2019}s research unit said it \
                    would publish the data.\n";
        assert_speakers(
            text,
            &["Emergency Situations Ministry", "Red Cross", "Toyota"],
        );
    }

    #[test]
    fn a_post_at_the_body_in_the_title_of_the_last_speaker_is_that_speaker() {
        let text = "Title\n\nDr. Awa Jallow-Badjie, a soil scientist at the University of The \
                    Gambia (UTG), explained that rice needs fertiliser early.\n\n\u{201c}After 30 \
                    days, you are already late,\u{201d} the UTG lecturer said.\n";
        assert_speakers(text, &["Awa Jallow-Badjie", "Awa Jallow-Badjie"]);
    }

    #[test]
    fn jr_closes_a_name_after_a_title() {
        let text = "Title\n\n\u{201c}We are running old engines,\u{201d} CUC Executive Director \
                    Antonio B. Reyes Jr. told members of the House Committee on Tuesday.\n";
        assert_speakers(text, &["Antonio B. Reyes Jr"]);
    }

    #[test]
    fn a_view_after_a_modal_is_no_new_cue() {
        let text = "Title\n\nReyes said that without the increase, residents should expect more \
                    outages.\n";
        let a = analyze(text, &structure(text).blocks);
        let texts: Vec<&str> = a.quotes.iter().map(|q| q.span.of(text)).collect();
        assert_eq!(
            texts,
            ["without the increase, residents should expect more outages"]
        );
    }

    #[test]
    fn an_embassy_is_named_with_its_town_a_high_commission_without() {
        let text =
            "Title\n\nThe Chinese Embassy in Jakarta said the report was false.\n\nAccording \
                    to the US Consulate General in Erbil, the talks went well.\n\nThe Australian \
                    High Commission in Honiara said it had sent water tanks.\n";
        assert_speakers(
            text,
            &[
                "Chinese Embassy in Jakarta",
                "US Consulate General in Erbil",
                "Australian High Commission",
            ],
        );
    }

    #[test]
    fn a_name_with_its_age_in_brackets_then_a_description() {
        let text = "Title\n\nMemory Gwatidzo (46), a farmer from Mutoko, said she had sold 14 \
                    bales.\n\n\u{201c}We are sleeping in the open,\u{201d} Gwatidzo told NewsDay.\n";
        assert_speakers(text, &["Memory Gwatidzo", "Memory Gwatidzo"]);
    }

    #[test]
    fn a_few_quoted_words_after_the_name_a_thing() {
        let text = "Title\n\nThe board reported that 86 million kilogrammes of the \u{201c}golden \
                    leaf\u{201d} had been sold.\n\nThe minister condemned what he called the \
                    \u{201c}firefighter approach\u{201d}.\n";
        let a = analyze(text, &structure(text).blocks);
        let found: Vec<(&str, QuoteKind)> =
            a.quotes.iter().map(|q| (q.span.of(text), q.kind)).collect();
        assert_eq!(
            found,
            [
                (
                    "86 million kilogrammes of the \u{201c}golden leaf\u{201d} had been sold",
                    QuoteKind::Indirect
                ),
                ("firefighter approach", QuoteKind::Direct)
            ]
        );
    }

    #[test]
    fn a_view_with_a_short_present_verb_and_its_preposition() {
        let text = "Title\n\nAnna Smit spoke first. She also believes the real problem lies with \
                    the bikes.\n";
        let a = analyze(text, &structure(text).blocks);
        let texts: Vec<&str> = a.quotes.iter().map(|q| q.span.of(text)).collect();
        assert_eq!(texts, ["the real problem lies with the bikes"]);
    }

    #[test]
    fn a_person_from_a_town_speaks_not_the_town() {
        let text = "Title\n\nIlse van Dam from Zandvoort, whose son rides a fatbike, told \
                    DutchNews she understood the concerns.\n\nMaria Costa in Faro said she was \
                    worried.\n\nOfficials from Germany said it was fine.\n";
        assert_speakers(text, &["Ilse van Dam", "Maria Costa", "Officials"]);
    }

    #[test]
    fn a_clause_after_the_day_may_open_on_an_owner() {
        let text = "Title\n\nThe organisers said on Friday the cabinet\u{2019}s plans were fine.\n";
        let a = analyze(text, &structure(text).blocks);
        let texts: Vec<&str> = a.quotes.iter().map(|q| q.span.of(text)).collect();
        assert_eq!(texts, ["the cabinet\u{2019}s plans were fine"]);
    }

    #[test]
    fn research_by_a_publisher_then_when_it_came_out() {
        let text = "Title\n\nResearch by road safety institute SWOV published in January found \
                    that the number of riders had tripled.\n\nA study by the Vientiane Institute, \
                    published last year, found that rents had doubled.\n";
        assert_speakers(text, &["SWOV", "Vientiane Institute"]);
    }

    #[test]
    fn specialists_have_long_warned_and_a_cantonal_service() {
        let text =
            "Title\n\nGlaciologists have long warned that rising temperatures make glaciers \
                    less stable.\n\nThe glacier has been sliding, according to the cantonal \
                    Natural Hazards Service.\n\nBees stick to one flower, a habit biologists call \
                    \u{201c}flower constancy.\u{201d}\n";
        let a = analyze(text, &structure(text).blocks);
        let found: Vec<(&str, &str)> = a
            .quotes
            .iter()
            .map(|q| {
                (
                    q.span.of(text),
                    a.speakers[q.speaker.unwrap()].name.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "rising temperatures make glaciers less stable",
                    "Glaciologists"
                ),
                ("The glacier has been sliding", "Natural Hazards Service")
            ]
        );
    }

    #[test]
    fn the_canton_of_a_place_is_its_government() {
        let text = "Title\n\nThe canton of Valais said the situation would be reassessed daily.\n";
        assert_eq!(
            first_speaker(text),
            ("canton of Valais".to_string(), Role::Official)
        );
    }

    #[test]
    fn a_quotation_labelled_with_its_speaker_and_a_labelled_according_to() {
        let text = "Title\n\nSource: Oleksandr Dzhurenko, Head of Sumy Oblast Military \
                    Administration, on Telegram\n\nQuote from Dzhurenko: \"Overnight, the enemy \
                    targeted the energy system.\"\n\nDetails: According to Dzhurenko, a \
                    57-year-old employee suffered wounds and was taken to hospital.\n\nThe Sumy \
                    Oblast Military Administration added that shelters had opened.\n";
        assert_speakers(
            text,
            &[
                "Oleksandr Dzhurenko",
                "Oleksandr Dzhurenko",
                "Sumy Oblast Military Administration",
            ],
        );
    }

    #[test]
    fn a_spokesperson_of_a_ministry_named_with_of_is_official() {
        let text =
            "Title\n\nMinistry of Health spokesperson Jane Doe said the clinic would open.\n";
        assert_eq!(
            first_speaker(text),
            ("Jane Doe".to_string(), Role::Official)
        );
    }

    #[test]
    fn a_name_given_by_the_relative_clause_and_a_translation_in_brackets() {
        let text = "Title\n\nHer neighbour, who gave his name only as Attila, said he welcomed \
                    the plan. \u{201c}Anything is better than rats,\u{201d} he said.\n\nThe civic \
                    group \u{c9}lhet\u{151} Nyolcker (Liveable Eighth), which collected 2,300 \
                    signatures, said the council had ignored the objections.\n";
        assert_speakers(text, &["Attila", "Attila", "\u{c9}lhet\u{151} Nyolcker"]);
    }

    #[test]
    fn south_asian_cues_and_a_view_without_a_clause_ends_nothing() {
        let text = "Title\n\nTourism Department director Ram Adhikari spoke first. He informed \
                    that 421 permits had been issued and the department expected a similar \
                    number.\n\nDr Maya Karki spoke next. She also shared that most deaths \
                    occurred during the descent.\n\nAs per the ministry, 40 people died.\n\n\
                    A large share of them are migrants.\n";
        let a = analyze(text, &structure(text).blocks);
        let found: Vec<&str> = a.quotes.iter().map(|q| q.span.of(text)).collect();
        assert_eq!(
            found,
            [
                "421 permits had been issued and the department expected a similar number",
                "most deaths occurred during the descent",
                "40 people died"
            ]
        );
    }

    #[test]
    fn a_commune_is_a_place_and_a_collective_a_body() {
        let text = "Title\n\nIn Luong Hoa Commune, Giong Trom District, Nguyen Thi Lan, 54, has \
                    spent the week hauling water.\n\n\u{201c}This year I dug a bigger pond,\u{201d} \
                    she said.\n\nThe collective Eau Commune, which has led the opposition, \
                    insisted the protest had been peaceful.\n";
        assert_speakers(text, &["Nguyen Thi Lan", "Eau Commune"]);
    }

    #[test]
    fn a_bhutanese_gup_and_farmers_there() {
        let text = "Title\n\nKikhorthang Gup, Bhakta Bahadur Rai, said the problem is not limited \
                    to his gewog. \u{201c}We need machines,\u{201d} the Gup said.\n\nFarmers there \
                    say they have had to leave part of their land fallow.\n";
        assert_speakers(
            text,
            &["Bhakta Bahadur Rai", "Bhakta Bahadur Rai", "Farmers"],
        );
    }

    #[test]
    fn a_body_s_work_named_by_its_title_speaks_for_the_body() {
        let text =
            "Title\n\nThe Ministry of Agriculture and Livestock\u{2019}s \u{201c}Farm Labour \
                    Assessment 2024\u{201d}, released last month, found that a third of rural \
                    households face a shortage.\n";
        assert_speakers(text, &["Ministry of Agriculture and Livestock"]);
    }

    #[test]
    fn said_and_a_colon_ending_the_paragraph_gives_the_next_one_s_quotation() {
        let text = "Title\n\nSpeaking to this paper on Wednesday, Sanjay Teeluck said:\n\n\
                    \u{201c}For three years we have been told that the pipes will be changed.\n\n\
                    \u{201c}Let him publish the schedule.\u{201d}\n";
        assert_speakers(text, &["Sanjay Teeluck", "Sanjay Teeluck"]);
    }

    #[test]
    fn an_irish_given_name_after_a_department_holds_the_post() {
        let text =
            "Title\n\nMinister of State at the Department of Housing Eoghan Fitzsimons said \
                    the plan would work.\n";
        assert_speakers(text, &["Eoghan Fitzsimons"]);
    }

    #[test]
    fn a_report_and_its_title_set_off_by_commas_and_a_french_place_name() {
        let text =
            "Title\n\nA report by the National Audit Office found that 60 per cent of water \
                    was lost. The report, \u{201c}Non-Revenue Water: A Persistent Drain\u{201d}, \
                    recommended that the Authority set annual targets.\n\nMaya Ramdin spoke \
                    first. She pointed to the dam at Rivi\u{e8}re des Anguilles. \u{201c}Everybody \
                    agrees it should be built,\u{201d} she said.\n";
        assert_speakers(
            text,
            &[
                "National Audit Office",
                "National Audit Office",
                "Maya Ramdin",
            ],
        );
    }

    #[test]
    fn deputy_before_a_name_is_a_member_s_title() {
        let text = "Title\n\nHSC president Deputy Rhona Le Cheminant said the list was long. \
                    Deputy Le Cheminant said demand had grown.\n\nDeputy Mayor John Lee said it \
                    was fine.\n";
        assert_speakers(
            text,
            &["Rhona Le Cheminant", "Rhona Le Cheminant", "John Lee"],
        );
    }

    #[test]
    fn told_the_house_and_a_date_in_brackets_then_that() {
        let text =
            "Title\n\nMinister Desmond Caines told the House of Assembly today [Nov 29] that \
                    the Government expects the number of cancelled runs to fall by half.\n";
        let a = analyze(text, &structure(text).blocks);
        let found: Vec<&str> = a.quotes.iter().map(|q| q.span.of(text)).collect();
        assert_eq!(
            found,
            ["the Government expects the number of cancelled runs to fall by half"]
        );
        assert_speakers(text, &["Desmond Caines"]);
    }

    #[test]
    fn an_adverb_between_the_verb_and_that_and_assessed_that() {
        let text = "Title\n\nMinister Hendra Wicaksono noted separately that the government is \
                    extending the agenda.\n\nEconomist Rizky Hartanto assessed that the policy \
                    would only succeed with reliable power.\n\nThe team assessed the damage.\n";
        let a = analyze(text, &structure(text).blocks);
        let found: Vec<&str> = a.quotes.iter().map(|q| q.span.of(text)).collect();
        assert_eq!(
            found,
            [
                "the government is extending the agenda",
                "the policy would only succeed with reliable power"
            ]
        );
    }

    #[test]
    fn a_french_prefect_the_prefecture_and_an_elided_article_in_a_name() {
        let text = "Title\n\nRestrictions will stay in place until October 15, the Dordogne \
                    pr\u{e9}fecture has announced.\n\n\u{201c}We cannot lift anything,\u{201d} the \
                    prefect of Dordogne, H\u{e9}l\u{e8}ne Marchetti, told a press conference.\n\n\
                    According to a 2024 report by the Agence de l\u{2019}eau Adour-Garonne, summer \
                    flows could fall by 20%.\n\nIrrigators say they are blamed for the drought.\n";
        assert_speakers(
            text,
            &[
                "Dordogne pr\u{e9}fecture",
                "H\u{e9}l\u{e8}ne Marchetti",
                "Agence de l\u{2019}eau Adour-Garonne",
                "Irrigators",
            ],
        );
    }

    #[test]
    fn a_question_then_its_speaker_and_verb_is_one_sentence() {
        let text = "Title\n\n\u{201c}How am I supposed to pay rent?\u{201d} Kazhal Omar told \
                    Rudaw.\n\n\u{201c}Where did the money go?\u{201d} Rosa Villamor asked her \
                    colleagues.\n\n\u{201c}Stop!\u{201d} John Smith shouted.\n";
        assert_speakers(text, &["Kazhal Omar", "Rosa Villamor", "John Smith"]);
    }

    #[test]
    fn a_question_then_a_described_speaker_and_a_surname_without_its_article() {
        let text = "Title\n\n\"How am I supposed to pay rent?\" Kazhal Omar, a 41-year-old \
                    teacher from Sulaimani's Bakrajo district, told Rudaw.\n\nSabah Kadhim \
                    al-Tamimi, a spokesperson for the ministry, said the money was ready. \"We \
                    are ready,\" Tamimi said.\n";
        assert_speakers(
            text,
            &[
                "Kazhal Omar",
                "Sabah Kadhim al-Tamimi",
                "Sabah Kadhim al-Tamimi",
            ],
        );
    }

    #[test]
    fn so_far_or_since_before_the_verb_and_a_date_s_commas_before_that() {
        let text = "Title\n\nMadrid has so far said only that the project \u{201c}is being \
                    analysed\u{201d}.\n\nThe Panama Canal Authority (ACP) announced on Tuesday, \
                    March 3, that it will reduce the maximum draft.\n\nThe government has \
                    since said it will freeze new projects. Several deputies asked how it \
                    planned to pay salaries.\n";
        assert_speakers(
            text,
            &["Spain", "Panama Canal Authority", "Panama", "deputies"],
        );
    }

    #[test]
    fn keen_to_stress_that_is_the_speaker_s_own_verb() {
        let text = "Title\n\nHoteliers, meanwhile, are keen to stress that the tourism sector \
                    has done its part.\n\nThe minister was quick to point out that the budget \
                    had grown.\n\nThe plan is expected to say that nothing changes.\n";
        assert_speakers(text, &["Hoteliers", "minister"]);
    }

    #[test]
    fn a_body_owned_by_a_place_and_a_question_after_an_adverbial() {
        let text = "Title\n\nThe city's Emergency Situations Headquarters said in a statement \
                    that 43 people had sought help.\n\nMP Nikola Zdravkovic asked in \
                    parliament how a plant without a permit could keep operating.\n\n\
                    Executives faced questions from MPs about how children see such content.\n\n\
                    The OAS Office in the Adjacency Zone said it had received reports.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(
            quoted_names(&a),
            [
                "Emergency Situations Headquarters",
                "Nikola Zdravkovic",
                "OAS Office"
            ]
        );
        assert_eq!(
            a.speakers[a.quotes[0].speaker.unwrap()].role,
            Role::Official
        );
        assert!(a.quotes[1].span.of(text).starts_with("how a plant"));
    }

    #[test]
    fn mongolian_names_repeated_without_the_initial_and_criticised_as() {
        let text = "Title\n\nMP N.Altangerel criticized the response as \"too little and too \
                    late\".\n\n\"It is too late,\" Altangerel said.\n\nMember of parliament \
                    from the Ecological Party of Uzbekistan Bobur Sharipov said it was bad.\n";
        let a = analyze(text, &structure(text).blocks);
        assert_eq!(
            quoted_names(&a),
            ["N.Altangerel", "N.Altangerel", "Bobur Sharipov"]
        );
        assert_eq!(a.quotes[0].span.of(text), "too little and too late");
    }

    #[test]
    fn a_government_by_its_formal_name_and_a_statement_posted() {
        let text = "Title\n\nIn a notice published on Wednesday, the Government of Saint Lucia \
                    said registered fishers from Dennery will receive a stipend.\n\n\
                    Guatemala’s government, in a brief statement posted on social media on \
                    Monday, said its navy had been patrolling.\n";
        let said = said(text);
        assert_eq!(
            said,
            [
                (
                    "Saint Lucia".to_string(),
                    "registered fishers from Dennery will receive a stipend".to_string()
                ),
                (
                    "Guatemala".to_string(),
                    "its navy had been patrolling".to_string()
                )
            ]
        );
    }

    #[test]
    fn the_state_secretary_and_the_ministry_after_its_titled_holder() {
        let text = "Title\n\nAid will come, State Secretary of the Ministry of Agriculture \
                    Zoltán Fekete-Balogh said. \"This is the third year,\" the state secretary \
                    said.\n\nThe ministry also said that forms were simpler.\n";
        assert_speakers(
            text,
            &[
                "Zoltán Fekete-Balogh",
                "Zoltán Fekete-Balogh",
                "Ministry of Agriculture",
            ],
        );
    }

    #[test]
    fn a_body_through_its_press_service_and_a_problem_that_lies_not() {
        let text = "Title\n\nThe Ministry of Water said it was dry. Bishkek has agreed to \
                    increase releases, the ministry's press service said.\n\nDauren \
                    Myrzakhmetov believes the problem lies not only in the low water.\n";
        assert_speakers(
            text,
            &[
                "Ministry of Water",
                "Ministry of Water",
                "Dauren Myrzakhmetov",
            ],
        );
    }

    #[test]
    fn a_title_inside_the_adverbial_a_programme_told_and_a_khokimiyat() {
        let text = "Title\n\nThe Ombudsman’s Office reported in its monthly “Reporte de \
                    Conflictos Sociales” that 177 conflicts were active.\n\nThe minister \
                    told LTV's De Facto programme that the border would close.\n\nTashkent \
                    city khokimiyat said in a statement that trucks had been deployed.\n";
        let said = said(text);
        assert_eq!(said.len(), 3, "{said:?}");
        assert_eq!(said[0].1, "177 conflicts were active");
        assert_eq!(said[1].1, "the border would close");
        assert_eq!(said[2].0, "Tashkent city khokimiyat");
    }

    #[test]
    fn a_person_from_a_body_one_grower_in_a_town_and_but_warned_that() {
        let text = "Title\n\nSanja Perković from the Institute for Tourism believes that a freeze \
                    will not work.\n\nOne avocado grower in Cabildo, who asked not to be named, \
                    told the paper that trees were dying. \"Half of my orchard is dead,\" the \
                    grower said.\n\nIgnacio Valdés pointed to Spain as a model, but warned that \
                    new plants would need review.\n\nHead of the Hydrobiology Laboratory of the \
                    Scientific Center of Zoology and Hydroecology of the National Academy of \
                    Sciences Lilit Hakobyan welcomed the decision, but noted that raising the \
                    water level alone will not help.\n";
        assert_speakers(
            text,
            &[
                "Sanja Perković",
                "avocado grower",
                "avocado grower",
                "Ignacio Valdés",
                "Lilit Hakobyan",
            ],
        );
    }

    #[test]
    fn a_long_description_after_an_opening_participle_and_a_problem_that_goes_well_beyond() {
        let text = "Title\n\nSpeaking to journalists in Faro, the chairman of the ULS Algarve \
                    board of directors, Henrique Barradas Lemos, said the unit had contacted \
                    doctors.\n\nMarta Quintela, a health economist, believes the problem goes \
                    well beyond Portimão.\n";
        assert_speakers(text, &["Henrique Barradas Lemos", "Marta Quintela"]);
    }

    #[test]
    fn the_government_of_the_country_whose_capital_the_story_is_in() {
        let text = "Title\n\nWater rationing in Honiara will go on, Solomon Water said. A \
                    lecturer at the Solomon Islands National University said Honiara had \
                    outgrown its pipes.\n\nAustralia has funded tanks, the Australian High \
                    Commission said. Residents of Honiara queued in Honiara.\n\n\
                    Government has said it will table the plan.\n";
        assert_eq!(
            speakers_of(text).last().unwrap().as_deref(),
            Some("Solomon Islands")
        );
    }

    #[test]
    fn a_post_by_its_initials_and_a_chief_after_a_comma() {
        let text = "Title\n\nMr Isaac Kobina Arthur, the Municipal Chief Executive (MCE), said \
                    the Assembly would act. The MCE noted that suspects were repeat offenders.\n\n\
                    Kwaku Agyeman II, the Chief of Bonsaso, said the river was brown. \"We drank \
                    from it,\" the Chief said.\n\nDr Tedros Ghebreyesus, Director-General of the \
                    World Health Organization (WHO), said cases rose. The WHO said vaccines \
                    work.\n";
        assert_speakers(
            text,
            &[
                "Isaac Kobina Arthur",
                "Isaac Kobina Arthur",
                "Kwaku Agyeman II",
                "Kwaku Agyeman II",
                "Tedros Ghebreyesus",
                "World Health Organization",
            ],
        );
    }

    #[test]
    fn a_post_given_after_a_bare_honorific() {
        let text = "Title\n\nMr Isaac Kobina Arthur, the Tarkwa-Nsuaem MCE, addressing \
                    participants at the forum\n\nPhoto credit: Emmanuel Dadzie/GNA\n\nMr Isaac \
                    Kobina Arthur, the Municipal Chief Executive (MCE), said the Assembly would \
                    act. The MCE noted that suspects were repeat offenders.\n";
        assert_speakers(text, &["Isaac Kobina Arthur", "Isaac Kobina Arthur"]);
    }

    #[test]
    fn a_chinese_surname_that_is_also_a_post() {
        let text = "Title\n\nTAO spokesperson Fan Jiewen dismissed the allegations as \
                    \"political manipulation\". Fan said Taiwan was hyping an accident.\n\n\
                    Arsenal fan John Smith said it was great.\n";
        assert_speakers(text, &["Fan Jiewen", "Fan Jiewen", "John Smith"]);
    }

    #[test]
    fn official_speakers_by_their_faction_service_or_title() {
        for (sentence, name) in [
            // A lawmaker of a party's faction in a parliament.
            (
                "Opposition lawmaker Narine Hakobyan of the Homeland Alliance faction called \
                 the decision “a betrayal dressed up as reform.”",
                "Narine Hakobyan",
            ),
            // A state service named for what it does.
            (
                "The State Emergency Service said firefighters had put out a blaze.",
                "State Emergency Service",
            ),
            // A Malaysian chief minister's title.
            (
                "Menteri Besar Abdul Rahim Osman said the freeze would stay.",
                "Abdul Rahim Osman",
            ),
        ] {
            let text = format!("Title\n\n{sentence}\n");
            assert_eq!(first_speaker(&text), (name.to_string(), Role::Official));
        }
    }

    #[test]
    fn a_predecessor_holds_the_kind_of_role_of_whom_they_preceded() {
        let text =
            "Title\n\nMayor Bence V\u{e1}rhelyi said the hall would reopen. The hall, closed \
                    by V\u{e1}rhelyi\u{2019}s predecessor, Lajos Feh\u{e9}rv\u{e1}ri, has cost the \
                    district millions.\n";
        let a = analyze(text, &structure(text).blocks);
        let class_of = |name: &str| {
            a.entities
                .iter()
                .find(|e| e.span.of(text) == name)
                .map(|e| e.class)
        };
        assert_eq!(
            class_of("Lajos Feh\u{e9}rv\u{e1}ri"),
            Some(EntityClass::Official)
        );
    }

    #[test]
    fn likewise_opens_the_sentence_and_is_nobody() {
        let text = "Title\n\nVice Minister Jorge Cardenas said the plan was funded.\n\nLikewise, \
                    the official indicated the ministry will sign agreements with 40 \
                    cooperatives.\n";
        assert_speakers(text, &["Jorge Cardenas", "Jorge Cardenas"]);
    }

    #[test]
    fn expressed_is_a_cue_after_a_quotation_not_before_an_object() {
        let text = "Title\n\nFarmers have expressed frustration over the late fertiliser.\n\n\
                    \u{201c}Now we know the price every day,\u{201d} she expressed.\n\nJapan also \
                    expressed \u{201c}serious concern\u{201d} over the incident.\n";
        let a = analyze(text, &structure(text).blocks);
        let texts: Vec<&str> = a.quotes.iter().map(|q| q.span.of(text)).collect();
        assert_eq!(
            texts,
            ["Now we know the price every day,", "serious concern"]
        );
    }

    #[test]
    fn transporters_say_and_a_name_after_the_day_opens_the_clause() {
        let text = "Title\n\nKenyan transporters, however, say the charge contravenes the EAC \
                    Common Market Protocol.\n\nTrade Cabinet Secretary Daniel Chepkwony said on \
                    Sunday Nairobi had formally lodged a complaint.\n";
        assert_speakers(text, &["Kenyan transporters", "Daniel Chepkwony"]);
    }

    #[test]
    fn dona_and_a_given_name_after_the_full_name() {
        let text = "Title\n\n\u{201c}I lost the fridge,\u{201d} said Marlene Souza, 58.\n\nDona \
                    Marlene, as she is known, said she had heard about the plan on the radio.\n";
        assert_speakers(text, &["Marlene Souza", "Marlene Souza"]);
    }

    #[test]
    fn a_former_holder_named_later_is_not_the_unnamed_holder_now() {
        let text =
            "Title\n\nNunavut\u{2019}s housing minister says the plan could fall behind.\n\n\
                    Tununiq MLA Levi Qillaq asked how many homes were built. He noted that former \
                    housing minister Joe Kanayuk had promised 60 units.\n";
        let a = analyze(text, &structure(text).blocks);
        let first = a.quotes[0].speaker.map(|s| a.speakers[s].name.as_str());
        assert_eq!(first, Some("Nunavut\u{2019}s housing minister"));
    }

    #[test]
    fn a_pacific_elder_s_and_a_setswana_honorific_and_a_station_named_radio() {
        let text = "Title\n\nPapa Tangi Mateariki, 74, says the lagoon was once clear.\n\nMma \
                    Onkemetse Dintwa said she was desperate.\n\nDr Marketa Vesela told Radio \
                    Prague International that yields fell. Speaking to Radio Prague \
                    International, she said growers should prepare.\n";
        assert_speakers(
            text,
            &[
                "Tangi Mateariki",
                "Onkemetse Dintwa",
                "Marketa Vesela",
                "Marketa Vesela",
            ],
        );
    }

    #[test]
    fn a_long_group_phrase_after_a_quotation_keeps_its_article() {
        let text = "Title\n\n\u{201c}We are looking into it,\u{201d} the Akita prefectural police \
                    said.\n";
        assert_speakers(text, &["Akita prefectural police"]);
    }

    #[test]
    fn but_said_a_participle_after_an_object_and_the_exporter_after_a_quotation() {
        let text = "Title\n\nGovernor Erastus Hembinda, accompanied by a councillor, \
                    acknowledged the delays on Friday, but said the leadership was doing its \
                    best.\n\nA regional council official, who spoke on condition of anonymity \
                    because she is not authorised to speak to the media, disputed those \
                    figures, saying many parcels were handed out at offices.\n\nAn exporter, \
                    who asked not to be named, said prices fell.\n\n\u{201c}Durian cannot \
                    wait,\u{201d} the exporter said.\n";
        assert_speakers(
            text,
            &[
                "Erastus Hembinda",
                "regional council official",
                "exporter",
                "exporter",
            ],
        );
    }

    #[test]
    fn a_clause_with_an_infinitive_before_an_adverbial_quotation_is_reported_too() {
        let text = "Title\n\nMaureen Calloway told a radio phone-in on Tuesday that the union \
                    remained ready to return to talks \u{201c}at any hour of the day or \
                    night\u{201d}.\n";
        assert_eq!(
            said(text),
            [
                (
                    "Maureen Calloway".to_string(),
                    "the union remained ready to return to talks".to_string()
                ),
                (
                    "Maureen Calloway".to_string(),
                    "at any hour of the day or night".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_spokesperson_on_a_portfolio_who_charged_that() {
        let text =
            "Title\n\nIn a statement, the party\u{2019}s spokesperson on labour, Cheryl-Ann \
                    Small, charged that the administration had starved the board.\n\nThe \
                    company charged customers more than it should have, the regulator said.\n";
        assert_speakers(text, &["Cheryl-Ann Small", "regulator"]);
    }

    #[test]
    fn a_short_form_in_another_language_and_a_group_with_the_places_it_includes() {
        let text = "Title\n\nThe Costa Rican Institute of Aqueducts and Sewers (AyA) said the \
                    cuts would continue.\n\nResidents of several districts, including \
                    Al-Samer, Al-Marwah and Al-Naseem, complained that water had entered \
                    homes.\n";
        assert_speakers(
            text,
            &["Costa Rican Institute of Aqueducts and Sewers", "Residents"],
        );
    }

    #[test]
    fn the_holder_of_a_post_who_asked_not_to_be_named() {
        let text = "Title\n\nThe director of a durian export company in Dak Lak, who asked not \
                    to be named, said his firm had 18 containers waiting.\n\nThe owner of a \
                    recruitment office in Farwaniya, who asked not to be named, said the decision \
                    would hurt legitimate companies. \u{201c}The big ones will find a way,\u{201d} \
                    he said.\n";
        let a = analyze(text, &structure(text).blocks);
        let names: Vec<_> = a
            .quotes
            .iter()
            .map(|q| {
                let s = &a.speakers[q.speaker.unwrap()];
                assert!(s.anonymous, "{s:?}");
                s.name.as_str()
            })
            .collect();
        // (Not the places where the posts are.)
        assert_eq!(
            names,
            [
                "director of a durian export company in Dak Lak",
                "owner of a recruitment office in Farwaniya",
                "owner of a recruitment office in Farwaniya"
            ]
        );
    }

    #[test]
    fn a_holder_named_after_the_body_a_title_leads_to() {
        let text = "Title\n\nDirector of the Agricultural Risk Management Fund Basem Tarawneh \
                    said the fund had money.\n\n\u{201c}No farmer is left behind,\u{201d} \
                    Tarawneh said.\n";
        assert_speakers(text, &["Basem Tarawneh", "Basem Tarawneh"]);
    }

    #[test]
    fn a_party_short_form_after_a_titled_name_defines_nothing() {
        let text = "Title\n\nSocial Democratic MP Juha Pietikainen (SDP), a member of the \
                    committee, said the cuts were wrong.\n\nThe Office of the Prime Minister \
                    (OPM) said the cuts were needed.\n";
        assert_speakers(text, &["Juha Pietikainen", "Office of the Prime Minister"]);
    }

    #[test]
    fn a_devolved_government_and_a_firm_named_for_what_it_runs() {
        let text = "Title\n\nCymoedd Coaches confirmed on Wednesday that the service would end. \
                    In a statement, the Ferndale-based company said passenger numbers had \
                    fallen.\n\nThe Welsh Government said it had given councils more money.\n";
        assert_speakers(
            text,
            &["Cymoedd Coaches", "Cymoedd Coaches", "Welsh Government"],
        );
    }

    #[test]
    fn between_two_countries_named_as_often_the_government_is_the_first_ones() {
        let text = "Title\n\nThe Zambia National Farmers Union said payments were late. An \
                    economist at the University of Zambia agreed.\n\nMaize is smuggled to Congo, \
                    traders said, as the DRC pays more.\n\nGovernment says the Treasury released \
                    K500 million on Tuesday.\n";
        let a = analyze(text, &structure(text).blocks);
        let last = a
            .quotes
            .last()
            .and_then(|q| q.speaker)
            .map(|s| a.speakers[s].name.as_str());
        assert_eq!(last, Some("Zambia"));
    }

    #[test]
    fn someone_of_a_persons_speaks_not_the_person() {
        let text = "Title\n\nThe woman, surnamed Wong, died on Monday.\n\nA colleague of \
                    Wong\u{2019}s, who asked not to be named, told HKFP that supervisors had \
                    warned workers.\n";
        assert_speakers(text, &["colleague"]);
    }

    #[test]
    fn a_holders_arabic_name_of_four_words_after_the_body() {
        let text = "Title\n\nHead of the Railway Authority Eng. Tarek Abdel Salam Mansour said \
                    the authority had absorbed higher costs.\n";
        assert_speakers(text, &["Tarek Abdel Salam Mansour"]);
    }

    #[test]
    fn the_object_of_an_adverbials_preposition_opens_no_clause() {
        let text = "Title\n\nThe ministry said in a statement the ban would stay.\n\nLayoffs will \
                    come, the company told state officials in a notice filed Friday.\n\nBeijing \
                    said Monday the new rules violated trade norms.\n";
        let a = analyze(text, &structure(text).blocks);
        let texts: Vec<_> = a.quotes.iter().map(|q| q.span.of(text)).collect();
        assert_eq!(
            texts,
            [
                "the ban would stay",
                "Layoffs will come",
                "the new rules violated trade norms"
            ]
        );
    }

    #[test]
    fn a_county_supervisor_and_a_plants() {
        let text = "Title\n\nSupervisor Helen Okafor-Reyes said the work would begin this \
                    summer.\n\nA supervisor at the plant, who asked not to be named, told The \
                    Tennessean that managers were informed of the move.\n";
        assert_speakers(text, &["Helen Okafor-Reyes", "supervisor at the plant"]);
    }

    #[test]
    fn a_post_listing_its_fields_before_the_holders_name() {
        let text = "Title\n\nMinister of Economic Inclusion, Small Business, Employment and \
                    Skills Hicham Belghiti said the program was a model.\n";
        assert_speakers(text, &["Hicham Belghiti"]);
    }

    #[test]
    fn a_state_agencys_division_of_its_field() {
        let text = "Title\n\nInsurers have cut back, according to the Colorado Division of \
                    Insurance.\n";
        assert_speakers(text, &["Colorado Division of Insurance"]);
        assert_eq!(quoted_speakers(text)[0].role, Role::Official);
    }

    #[test]
    fn a_relative_clause_with_commas_and_a_title_after_a_study() {
        let text = "Title\n\nStephen Buhagiar said the queues were long.\n\nMr Buhagiar, who \
                    met the Mayor of La Linea, Jose Antonio Vazquez, on Friday, said both sides \
                    wanted traffic moving.\n\nDr Claire Montegriffo, author of the study \
                    \u{201c}Open Gates? The Frontier\u{201d}, said the delays were bad.\n";
        assert_speakers(
            text,
            &["Stephen Buhagiar", "Stephen Buhagiar", "Claire Montegriffo"],
        );
    }

    #[test]
    fn one_described_by_a_noun_no_lexicon_lists_and_where_they_work() {
        let text =
            "Title\n\nA caseworker at the agency\u{2019}s Malmo office, who asked not to be \
                    named, told The Local that staff had been told to wait.\n";
        let speaker = &quoted_speakers(text)[0];
        assert_eq!(speaker.name, "caseworker");
        assert!(speaker.anonymous);
    }

    #[test]
    fn a_source_that_ends_the_sentence_and_a_currency_before_its_amount() {
        let text = "Title\n\nAt its peak in 2019 the plant employed nearly 600 people, according \
                    to the Chamber of Commerce.\n\nAccording to the Commission, the CEB recorded \
                    a net profit of Rs.61 billion in 2024.\n";
        let a = analyze(text, &structure(text).blocks);
        let texts: Vec<_> = a.quotes.iter().map(|q| q.span.of(text)).collect();
        assert_eq!(
            texts,
            [
                "At its peak in 2019 the plant employed nearly 600 people",
                "the CEB recorded a net profit of Rs.61 billion in 2024"
            ]
        );
    }

    #[test]
    fn according_to_figures_from_a_source() {
        let text = "Title\n\nOman exported 3,000 tonnes of kingfish, according to figures from \
                    the National Centre for Statistics and Information.\n";
        assert_speakers(text, &["National Centre for Statistics and Information"]);
    }
}
