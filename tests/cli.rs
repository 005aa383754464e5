//! The command line as users and scripts meet it: the `extract` JSON contract, exit
//! codes and error messages.

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

fn whosaid() -> Command {
    let mut cmd = Command::cargo_bin("whosaid").unwrap();
    cmd.env_remove("NO_COLOR").env(
        "XDG_CONFIG_HOME",
        std::env::temp_dir().join("whosaid-cli-tests-none"),
    );
    cmd
}

fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/articles/npr-china-influence.txt")
}

fn articles() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/articles");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

fn extract(path: &std::path::Path) -> Value {
    let out = whosaid().arg("extract").arg(path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Code-point slicing, as Python's `text[start:end]`.
fn slice(chars: &[char], start: &Value, end: &Value) -> String {
    let (s, e) = (
        start.as_u64().unwrap() as usize,
        end.as_u64().unwrap() as usize,
    );
    assert!(
        s <= e && e <= chars.len(),
        "{s}..{e} out of {}",
        chars.len()
    );
    chars[s..e].iter().collect()
}

#[test]
fn every_offset_slices_its_text_in_code_points() {
    for path in articles() {
        let doc = extract(&path);
        // The text the offsets count in: the file with universal newlines, as Python reads it.
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replace("\r\n", "\n");
        let chars: Vec<char> = text.chars().collect();
        let mut checked = 0;
        for key in ["blocks", "removed", "quotes", "entities"] {
            for item in doc[key].as_array().unwrap() {
                assert_eq!(
                    slice(&chars, &item["start"], &item["end"]),
                    item["text"].as_str().unwrap(),
                    "{key} in {}",
                    path.display()
                );
                checked += 1;
            }
        }
        for q in doc["quotes"].as_array().unwrap() {
            for part in ["cue", "source"] {
                if !q[part].is_null() {
                    assert_eq!(
                        slice(&chars, &q[part]["start"], &q[part]["end"]),
                        q[part]["text"].as_str().unwrap()
                    );
                }
            }
        }
        for s in doc["speakers"].as_array().unwrap() {
            for m in s["mentions"].as_array().unwrap() {
                slice(&chars, &m["start"], &m["end"]);
            }
        }
        assert!(checked > 10, "{}: only {checked} spans", path.display());
    }
}

#[test]
fn the_contract_has_every_field() {
    let doc = extract(&sample());
    assert_eq!(doc["schema"], "whosaid/1");
    assert!(doc["source"]
        .as_str()
        .unwrap()
        .ends_with("npr-china-influence.txt"));
    assert_eq!(
        doc["title"],
        "US calls on China to exert influence over Russia and North Korea"
    );
    assert_eq!(doc["dateline"], "WASHINGTON");
    for key in ["blocks", "removed", "speakers", "quotes", "entities"] {
        assert!(!doc[key].as_array().unwrap().is_empty(), "{key} empty");
    }
    let s = &doc["speakers"][0];
    for key in [
        "id",
        "name",
        "role",
        "kind",
        "anonymous",
        "title",
        "quotes",
        "mentions",
    ] {
        assert!(s.get(key).is_some(), "speaker lacks {key}");
    }
    let q = &doc["quotes"][0];
    for key in [
        "id", "speaker", "kind", "text", "start", "end", "cue", "source", "block",
    ] {
        assert!(q.get(key).is_some(), "quote lacks {key}");
    }
    let ids: Vec<&str> = doc["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    for q in doc["quotes"].as_array().unwrap() {
        if let Some(sp) = q["speaker"].as_str() {
            assert!(ids.contains(&sp));
        }
        let block = &doc["blocks"][q["block"].as_u64().unwrap() as usize];
        assert_eq!(block["kind"], "paragraph");
    }
    for e in doc["entities"].as_array().unwrap() {
        if e["class"] == "country" {
            assert!(e["country"].is_string());
        }
    }
}

#[test]
fn no_furniture_and_captions_once() {
    let doc = extract(&sample());
    let blocks = doc["blocks"].as_array().unwrap();
    let body: Vec<&str> = blocks.iter().map(|b| b["text"].as_str().unwrap()).collect();
    for furniture in [
        "close",
        "Hide caption",
        "Toggle label",
        "Leave a Reply",
        "Your email address",
    ] {
        assert!(
            !body.iter().any(|b| b.starts_with(furniture)),
            "{furniture} left in"
        );
    }
    let captions: Vec<&str> = blocks
        .iter()
        .filter(|b| b["kind"] == "caption")
        .map(|b| b["text"].as_str().unwrap())
        .collect();
    assert_eq!(captions.len(), 3, "{captions:?}");
    let credits: Vec<&str> = blocks
        .iter()
        .filter(|b| b["kind"] == "credit")
        .map(|b| b["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        credits,
        vec![
            "Kazuki Kozaki/Pool Kyodo",
            "Kevin Wolf/AP",
            "Alexander Zemlianichenko/AP"
        ]
    );
    let removed = doc["removed"].as_array().unwrap();
    assert!(removed
        .iter()
        .all(|r| r["reason"] == "furniture" || r["reason"] == "duplicate"));
    assert!(removed.iter().any(|r| r["reason"] == "duplicate"));
}

#[test]
fn jsonl_prints_one_line_per_article_and_json_an_array_for_several() {
    let paths = articles();
    let out = whosaid()
        .arg("extract")
        .arg("--format")
        .arg("jsonl")
        .args(&paths[..3])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    for l in lines {
        let v: Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["schema"], "whosaid/1");
    }
    let out = whosaid().arg("extract").args(&paths[..2]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

#[test]
fn stdin_is_read_with_a_dash() {
    let out = whosaid()
        .arg("extract")
        .arg("-")
        .write_stdin("A title\n\n“We are ready,” Jane Smith said.\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"], "-");
    assert_eq!(v["quotes"][0]["text"], "We are ready,");
}

#[test]
fn missing_file_is_exit_1_with_one_line_naming_it() {
    let out = whosaid()
        .arg("extract")
        .arg("no/such/article.txt")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("no/such/article.txt") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn a_directory_is_exit_1() {
    let out = whosaid()
        .arg("extract")
        .arg(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("is a directory"));
}

#[test]
fn a_binary_file_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("image.png");
    std::fs::write(&bin, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00").unwrap();
    let out = whosaid().arg("extract").arg(&bin).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("image.png") && err.contains("not a text file"),
        "{err}"
    );
}

#[test]
fn invalid_utf8_is_repaired_with_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("latin1.txt");
    std::fs::write(&f, b"Caf\xe9 title\n\n\xabQuoted\xbb words, he said.\n").unwrap();
    let out = whosaid().arg("extract").arg(&f).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(
        err.contains("warning") && err.contains("3 invalid UTF-8 sequences"),
        "{err}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Caf\u{FFFD} title");
}

#[test]
fn usage_errors_are_exit_2() {
    assert_eq!(
        whosaid().arg("extract").output().unwrap().status.code(),
        Some(2)
    );
    assert_eq!(
        whosaid()
            .arg("--no-such-flag")
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        whosaid()
            .args(["extract", "--format", "xml", "x"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn empty_file_gives_an_empty_article() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("empty.txt");
    std::fs::write(&f, b"").unwrap();
    let v = extract(&f);
    assert!(v["title"].is_null());
    assert!(v["blocks"].as_array().unwrap().is_empty());
}

#[test]
fn the_article_file_is_never_modified() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("a.txt");
    let bytes = std::fs::read(sample()).unwrap();
    std::fs::write(&f, &bytes).unwrap();
    let before = std::fs::metadata(&f).unwrap().modified().unwrap();
    extract(&f);
    assert_eq!(std::fs::read(&f).unwrap(), bytes);
    assert_eq!(std::fs::metadata(&f).unwrap().modified().unwrap(), before);
}
