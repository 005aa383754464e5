//! Property tests (the fuzzing of load → structure → analyze → export on stable Rust): for
//! any input, no panic, every span on character boundaries and inside its block, every
//! offset slicing its own text, and JSON that parses. Inputs are built from the pieces
//! articles are made of (quotation marks of every kind, cue verbs, capitalised names,
//! titles, furniture lines, control characters, newlines) so that the engine's rules are
//! exercised, not just its tokenizer.

use proptest::prelude::*;
use whosaid::article::load;
use whosaid::{export, Article};

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just(" said ".to_string()),
        Just(" told reporters that ".to_string()),
        Just("according to ".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("Secretary of State ".to_string()),
        Just("Antony Blinken".to_string()),
        Just("Beijing".to_string()),
        Just("the Kremlin".to_string()),
        Just(" he ".to_string()),
        Just("experts say ".to_string()),
        Just("Hide caption\n".to_string()),
        Just("Kevin Wolf/AP\n".to_string()),
        Just("Image: NASA.".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("’s ".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("\u{9b}".to_string()),
        Just("\r\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("北京".to_string()),
        Just("e\u{301}".to_string()),
        Just("👋🏽".to_string()),
        "[a-zA-Z]{1,8}".prop_map(|w| format!("{w} ")),
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

fn check(bytes: Vec<u8>) {
    let Ok(decoded) = load::decode(bytes) else {
        return;
    };
    let article = Article::from_text("prop", decoded.text);
    let text = &article.text;
    let valid = |s: whosaid::article::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for b in &article.blocks {
        assert!(valid(b.span));
    }
    for q in &article.analysis.quotes {
        assert!(valid(q.span));
        assert!(
            article.blocks[q.block].span.contains(q.span),
            "quote outside its block"
        );
        for s in [q.cue, q.source].into_iter().flatten() {
            assert!(valid(s));
        }
        if let Some(sp) = q.speaker {
            assert!(sp < article.analysis.speakers.len());
        }
    }
    for e in &article.analysis.entities {
        assert!(valid(e.span));
    }
    let json = export::to_string(&article, export::Layout::Lines);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for key in ["blocks", "quotes", "entities", "removed"] {
        for item in v[key].as_array().unwrap() {
            let (s, e) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                chars[s..e].iter().collect::<String>(),
                item["text"].as_str().unwrap()
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_article_like_text_gives_consistent_output(text in article_text()) {
        check(text.into_bytes());
    }

    #[test]
    fn any_bytes_give_consistent_output_or_a_clean_refusal(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        check(bytes);
    }
}
