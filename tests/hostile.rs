//! Hostile and odd input: every case must come back with valid output (or a clean "not a
//! text file"), consistent offsets, and no raw control character anywhere in the result.
//! The sizes are large on purpose: a rule that rescans would not finish.

use assert_cmd::Command;
use serde_json::Value;
use whosaid::article::load;
use whosaid::{export, Article};

/// Decode, structure, analyse and export, then check every span of the document.
fn run(bytes: Vec<u8>) -> Option<Value> {
    let decoded = load::decode(bytes).ok()?;
    let text = decoded.text;
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "a control character survived"
    );
    let article = Article::from_text("hostile", text);
    let doc: Value =
        serde_json::from_str(&export::to_string(&article, export::Layout::Compact)).unwrap();
    let chars: Vec<char> = article.text.chars().collect();
    for key in ["blocks", "removed", "quotes", "entities"] {
        for item in doc[key].as_array().unwrap() {
            let (s, e) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            assert!(s <= e && e <= chars.len());
            assert_eq!(
                chars[s..e].iter().collect::<String>(),
                item["text"].as_str().unwrap(),
                "{key}"
            );
        }
    }
    Some(doc)
}

/// A small deterministic generator (xorshift), so failures reproduce.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

#[test]
fn a_megabyte_of_random_bytes() {
    // Random bytes hold NUL early on: refused as not text, never a panic.
    assert!(run(noise(1 << 20, 7)).is_none());
    // Without NULs, they are mostly invalid UTF-8: refused too.
    let no_nul: Vec<u8> = noise(1 << 20, 11).into_iter().map(|b| b.max(1)).collect();
    assert!(run(no_nul).is_none());
    // Printable noise is text, however meaningless.
    let printable: Vec<u8> = noise(1 << 20, 13)
        .into_iter()
        .map(|b| 32 + b % 95)
        .collect();
    assert!(run(printable).is_some());
}

#[test]
fn ten_megabytes_on_one_line_full_of_quotes() {
    let line = "“Yes,” he said. He called it “fine” and “great.” ".repeat(10_000_000 / 52);
    let doc = run(line.into_bytes()).unwrap();
    assert!(doc["quotes"].as_array().unwrap().len() > 100_000);
}

#[test]
fn a_hundred_thousand_quotation_marks() {
    let text = format!("Title\n\n{}\n", "\" “ ” ' ‘ ’ « » ".repeat(100_000 / 8));
    run(text.into_bytes()).unwrap();
}

#[test]
fn fifty_thousand_unclosed_quotes_stay_in_their_paragraphs() {
    let mut text = String::from("Title\n\n");
    for i in 0..50_000 {
        text.push_str(&format!(
            "“Unclosed quote number {i} said nobody\n\nPlain paragraph {i}.\n\n"
        ));
    }
    let doc = run(text.into_bytes()).unwrap();
    // No quotation swallows the plain paragraphs after it.
    for q in doc["quotes"].as_array().unwrap() {
        assert!(!q["text"].as_str().unwrap().contains("Plain paragraph"));
    }
}

#[test]
fn fifty_thousand_nested_parentheses() {
    let text = format!(
        "Title\n\n{}said Jane Doe{}\n",
        "(".repeat(50_000),
        ")".repeat(50_000)
    );
    run(text.into_bytes()).unwrap();
}

#[test]
fn an_all_caps_article() {
    let text = "SENATOR SAYS BUDGET WILL PASS\n\n\"WE HAVE THE VOTES,\" SAID SENATOR JOHN SMITH OF OHIO. THE WHITE HOUSE DECLINED TO COMMENT.\n";
    let doc = run(text.as_bytes().to_vec()).unwrap();
    assert_eq!(doc["quotes"][0]["text"], "WE HAVE THE VOTES,");
}

#[test]
fn cjk_rtl_emoji_and_combining_marks() {
    let text = "标题 ✨\n\n“北京 says 你好 👋🏽,” said Zoë Ångström.\n\n«مرحبا» قال الوزير. Ｆｕｌｌ‐width “ｔｅｘｔ” and e\u{301}\u{302} combining, Moscow’s ✓.\n";
    let doc = run(text.as_bytes().to_vec()).unwrap();
    let quotes: Vec<&str> = doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert!(quotes.contains(&"北京 says 你好 👋🏽,"), "{quotes:?}");
}

#[test]
fn bom_and_crlf() {
    let text =
        b"\xEF\xBB\xBFA title\r\n\r\n\xE2\x80\x9CIt works,\xE2\x80\x9D Jane Doe said.\r\n".to_vec();
    let doc = run(text).unwrap();
    assert_eq!(doc["title"], "A title");
    assert_eq!(doc["quotes"][0]["text"], "It works,");
    // Offsets count the BOM as one code point, as Python's reading does.
    assert_eq!(doc["blocks"][0]["start"], 1);
}

#[test]
fn escape_sequences_never_reach_the_output() {
    let text = b"Title \x1b]0;pwned\x07\n\n\x1b[2J\x1b[31m\xe2\x80\x9cHi,\xe2\x80\x9d\x9b Jane Doe said.\x08\x7f\n".to_vec();
    let doc = run(text).unwrap();
    let json = doc.to_string();
    assert!(!json
        .chars()
        .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{9b}' || c == '\u{8}'));
    assert!(json.contains("␛]0;pwned␇"));
}

#[test]
fn empty_and_whitespace_only_files() {
    for text in ["", "\n", "   \n\t\n", "\u{feff}"] {
        let doc = run(text.as_bytes().to_vec()).unwrap();
        assert!(doc["blocks"].as_array().unwrap().is_empty(), "{text:?}");
    }
}

#[test]
fn binary_and_noise_through_the_command_line_exit_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("noise.bin");
    std::fs::write(&bin, noise(1 << 20, 3)).unwrap();
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .arg("extract")
        .arg(&bin)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("not a text file"));
    let txt = dir.path().join("quotes.txt");
    std::fs::write(&txt, "\" “ ” « » ".repeat(20_000)).unwrap();
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .arg("extract")
        .arg(&txt)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice::<Value>(&out.stdout).unwrap();
}
