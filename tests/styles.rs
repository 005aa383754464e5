//! Attribution on article layouts other than the bundled corpus (tests/fixtures): each
//! expectation is one pattern a reader of that kind of paper meets.

use whosaid::analysis::{QuoteKind, Role};
use whosaid::Article;

fn article(name: &str) -> Article {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    Article::from_text(name, std::fs::read_to_string(path).unwrap())
}

/// The speaker's name and role for the quote whose text starts with `start`.
fn who(a: &Article, start: &str) -> Option<(String, Role)> {
    let q = a
        .analysis
        .quotes
        .iter()
        .find(|q| a.slice(q.span).starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?}"));
    q.speaker.map(|s| {
        let s = &a.analysis.speakers[s];
        (s.name.clone(), s.role)
    })
}

fn said(a: &Article, start: &str, name: &str, role: Role) {
    assert_eq!(
        who(a, start),
        Some((name.to_string(), role)),
        "quote {start:?}"
    );
}

fn kind_of(a: &Article, start: &str) -> QuoteKind {
    a.analysis
        .quotes
        .iter()
        .find(|q| a.slice(q.span).starts_with(start))
        .unwrap()
        .kind
}

fn body(a: &Article) -> Vec<&str> {
    a.blocks.iter().map(|b| a.slice(b.span)).collect()
}

#[test]
fn wire_story() {
    let a = article("wire-style.txt");
    assert_eq!(
        a.title_text(),
        Some("Ukraine says Russian drone strike hits energy facility")
    );
    assert!(a.slice(a.dateline.unwrap()).starts_with("KYIV"));
    // `CLAUSE, officials said on Wednesday, as …`: what was said comes first.
    said(
        &a,
        "A Russian drone attack damaged",
        "officials",
        Role::Official,
    );
    // A title before the name gives the role; the quotation after the cue continues.
    said(&a, "The enemy continues", "Oleh Marchenko", Role::Official);
    said(
        &a,
        "Specialists are working",
        "Oleh Marchenko",
        Role::Official,
    );
    // `told reporters that …` with a partial quotation in the clause.
    said(
        &a,
        "Moscow remained open to talks",
        "Pavel Orlov",
        Role::Official,
    );
    said(
        &a,
        "the conditions are well known",
        "Pavel Orlov",
        Role::Official,
    );
    // A pronoun in the next paragraph.
    said(&a, "Every Patriot system", "Andriy Koval", Role::Official);
    // Inverted cue with an appositive naming a think tank.
    said(
        &a,
        "This is a deliberate strategy",
        "Mathieu Delorme",
        Role::Expert,
    );
    // `According to X, CLAUSE` with an agency.
    said(
        &a,
        "Ukraine has lost about half",
        "International Energy Agency",
        Role::Official,
    );
    assert_eq!(kind_of(&a, "Ukraine has lost"), QuoteKind::Indirect);
}

#[test]
fn local_story() {
    let a = article("local-news-style.txt");
    assert_eq!(a.slice(a.dateline.unwrap()), "CHICAGO");
    // Age appositive and a relative clause after the name.
    said(&a, "We’re not going anywhere", "Maria Lopez", Role::Other);
    // `A spokeswoman for X, NAME, said in an email that …`
    said(
        &a,
        "the branch would be consolidated",
        "Elena Ruiz",
        Role::Other,
    );
    // A title abbreviation, and a relative clause between name and verb.
    said(
        &a,
        "she would push for a council vote",
        "Jeanette Taylor",
        Role::Official,
    );
    // `She called the closure “…”`: the pronoun follows the last speaker.
    said(&a, "a slap in the face", "Jeanette Taylor", Role::Official);
    // A surname alone finds the full name given earlier.
    said(&a, "the city had not released", "Tom Becker", Role::Other);
    // Negated speech is not an attribution.
    assert!(a
        .analysis
        .quotes
        .iter()
        .all(|q| !a.slice(q.span).contains("litigation")));
}

#[test]
fn uk_paper() {
    let a = article("uk-paper-style.txt");
    assert_eq!(
        a.title_text(),
        Some("Ministers warned NHS waiting lists will rise again this winter")
    );
    // Name, description, relative clause, then the verb.
    said(&a, "running on empty", "Matthew Hale", Role::Other);
    // `he said` in the next paragraph, whose speaker was only named in the one before.
    said(&a, "We are seeing patients", "Matthew Hale", Role::Other);
    // `A spokesperson said:` right after a department spoke: its official spokesperson.
    said(
        &a,
        "We are committed to cutting",
        "spokesperson",
        Role::Official,
    );
    said(&a, "the government's targets", "Sarah Morgan", Role::Expert);
    // A description before the name; `He told the BBC: “…”`.
    said(&a, "Patients are paying", "Rhys Fenwick", Role::Official);
    // The topics footer is not article text.
    assert!(!body(&a).contains(&"Topics"));
}

#[test]
fn broadcaster_page() {
    let a = article("broadcaster-style.txt");
    assert_eq!(
        a.title_text(),
        Some("Flood defences 'not fit for purpose', say MPs")
    );
    // `Image caption,` announces the caption; the image source is a credit.
    let caption = a
        .blocks
        .iter()
        .find(|b| b.kind == whosaid::article::BlockKind::Caption)
        .unwrap();
    assert_eq!(
        a.slice(caption.span),
        "Residents in the village were evacuated on Tuesday"
    );
    // A group of MPs is a group, not a person called `MPs`.
    said(
        &a,
        "not fit for purpose",
        "committee of MPs",
        Role::Official,
    );
    said(
        &a,
        "Communities have been let down",
        "Philip Dunmore",
        Role::Other,
    );
    said(
        &a,
        "the Environment Agency needed clearer targets",
        "Philip Dunmore",
        Role::Other,
    );
    said(&a, "abandoned", "Philip Dunmore", Role::Other);
    // Single quotation marks, British style, with the speaker after the quote.
    said(&a, "This is simply not true", "Helen Ward", Role::Other);
    said(&a, "We were flooded twice", "Helen Ward", Role::Other);
    said(
        &a,
        "We have invested more",
        "government spokesman",
        Role::Official,
    );
    said(
        &a,
        "climate change meant floods",
        "Amir Karimi",
        Role::Expert,
    );
    said(&a, "The models are clear", "Amir Karimi", Role::Expert);
    assert!(!body(&a)
        .iter()
        .any(|b| b.starts_with("More on this story") || b.starts_with("Homes evacuated")));
}

#[test]
fn science_news() {
    let a = article("science-news-style.txt");
    assert_eq!(a.slice(a.dateline.unwrap()), "Thursday, March 12, 2015");
    // A modifier before the title (`lead researcher`), and the next quotation continuing.
    said(&a, "We were astonished", "Maria Gonzales", Role::Expert);
    said(
        &a,
        "Nobody had seen anything like it",
        "Maria Gonzales",
        Role::Expert,
    );
    said(
        &a,
        "it would consider protecting the area",
        "Peruvian Ministry of the Environment",
        Role::Official,
    );
    // `was quoted as saying` is passive in form only.
    said(
        &a,
        "shows the richness of our forests",
        "Manuel Ortega-Vidal",
        Role::Official,
    );
    // A person of an institution is still the person (`X of the University of Y`).
    said(
        &a,
        "habitat loss was the main threat",
        "James Whitfield",
        Role::Expert,
    );
    said(&a, "If the forest goes", "James Whitfield", Role::Expert);
    // `who asked not to be named`: an unnamed source.
    let farmer = who(&a, "the government had never helped").unwrap();
    assert_eq!(farmer.0, "farmer");
    said(
        &a,
        "every new species is a reminder",
        "Laura Chen",
        Role::Other,
    );
}

#[test]
fn unnamed_sources() {
    let a = Article::from_text(
        "inline",
        "A title\n\nThe company is preparing a bid for the rival firm, people familiar with the matter said on Tuesday.\n\n\
         A source close to the talks told reporters that a deal could come within days.\n\n\
         The plan was approved, a senior official said, speaking on condition of anonymity.\n"
            .to_string(),
    );
    for (start, name) in [
        (
            "The company is preparing a bid",
            "people familiar with the matter",
        ),
        ("a deal could come within days", "source close to the talks"),
        ("The plan was approved", "senior official"),
    ] {
        let q = a
            .analysis
            .quotes
            .iter()
            .find(|q| a.slice(q.span).starts_with(start))
            .unwrap();
        let s = &a.analysis.speakers[q.speaker.unwrap()];
        assert_eq!((s.name.as_str(), s.anonymous), (name, true));
    }
}

#[test]
fn institutions_named_by_what_they_are() {
    let a = Article::from_text(
        "inline",
        "A title\n\nThe Ministry of Health said on Monday that cases had risen. The ministry said hospitals were coping.\n\n\
         The company said profits fell.\n"
            .to_string(),
    );
    said(&a, "cases had risen", "Ministry of Health", Role::Official);
    // `the ministry` is the ministry named before.
    said(
        &a,
        "hospitals were coping",
        "Ministry of Health",
        Role::Official,
    );
    said(&a, "profits fell", "company", Role::Other);
}

#[test]
fn quotation_patterns() {
    let a = Article::from_text(
        "inline",
        "A title\n\n“We will win,” Jane Doe said, “and we will win big.”\n\n\
         “Why now?” asked Tom Smith. “Nobody explained it.”\n\n\
         “The data is clear,” said the official, who spoke on condition of anonymity.\n\n\
         Maria Lopez, 45, said: “It was a long night.”\n\n\
         “I disagree,” says Peter Brown, a teacher at the school.\n\n\
         The union has launched a petition, asking the government to act.\n"
            .to_string(),
    );
    // A quotation split by its attribution is the speaker's on both sides.
    said(&a, "We will win,", "Jane Doe", Role::Other);
    said(&a, "and we will win big", "Jane Doe", Role::Other);
    // `asked X` inverts like `said X`, and the next quotation continues with X.
    said(&a, "Why now?", "Tom Smith", Role::Other);
    said(&a, "Nobody explained it", "Tom Smith", Role::Other);
    said(&a, "The data is clear", "official", Role::Official);
    said(&a, "It was a long night", "Maria Lopez", Role::Other);
    said(&a, "I disagree", "Peter Brown", Role::Other);
    // A participle does not invert: nothing was said by the government here.
    assert!(a
        .analysis
        .quotes
        .iter()
        .all(|q| !a.slice(q.span).starts_with("The union")));
}
