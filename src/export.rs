//! The `extract` JSON contract, `schema: "whosaid/1"`.
//!
//! Offsets are code points (Unicode scalar values) into the decoded text (see
//! [`crate::article::load`]), so that in Python `text[start:end] == item["text"]`.
//!
//! The document is serialized straight from the [`Article`]: every list is written from
//! an iterator, so a 50 MB article costs no second copy of its analysis on the way out.

use std::fmt;

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::analysis::{Entity, Quote, Speaker};
use crate::article::{Article, Block, Removed, Span};

pub const SCHEMA: &str = "whosaid/1";

/// Byte offset → code point offset, in O(1) per look-up after one pass over the text.
pub struct CodePoints<'a> {
    text: &'a [u8],
    /// Code points before each `STRIDE`-byte checkpoint.
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 64;

impl<'a> CodePoints<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 2);
        let mut count = 0;
        for chunk in bytes.chunks(STRIDE) {
            checkpoints.push(count);
            count += chunk.iter().filter(|&&b| !is_continuation(b)).count();
        }
        checkpoints.push(count);
        CodePoints {
            text: bytes,
            checkpoints,
        }
    }

    pub fn at(&self, byte: usize) -> usize {
        let base = byte / STRIDE;
        let from = base * STRIDE;
        self.checkpoints[base]
            + self.text[from..byte]
                .iter()
                .filter(|&&b| !is_continuation(b))
                .count()
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The whole contract for one article, ready to serialize.
pub struct Document<'a> {
    article: &'a Article,
    cp: CodePoints<'a>,
}

/// The whole contract for one article.
pub fn document(article: &Article) -> Document<'_> {
    Document {
        article,
        cp: CodePoints::new(&article.text),
    }
}

/// `s1`, `q12`: one-based ids, written without allocating.
struct Id(char, usize);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.0, self.1 + 1)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A list written from an iterator made on demand.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

impl Document<'_> {
    fn text(&self, span: Span) -> &str {
        span.of(&self.article.text)
    }

    fn start_end(&self, span: Span) -> (usize, usize) {
        (self.cp.at(span.start), self.cp.at(span.end))
    }
}

/// `{"text", "start", "end"}` for a cue or a source.
struct SpanOut<'d>(&'d Document<'d>, Span);

impl Serialize for SpanOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (start, end) = self.0.start_end(self.1);
        let mut m = s.serialize_struct("Span", 3)?;
        m.serialize_field("text", self.0.text(self.1))?;
        m.serialize_field("start", &start)?;
        m.serialize_field("end", &end)?;
        m.end()
    }
}

struct BlockOut<'d>(&'d Document<'d>, &'d Block);

impl Serialize for BlockOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (start, end) = self.0.start_end(self.1.span);
        let mut m = s.serialize_struct("Block", 4)?;
        m.serialize_field("kind", self.1.kind.as_str())?;
        m.serialize_field("start", &start)?;
        m.serialize_field("end", &end)?;
        m.serialize_field("text", self.0.text(self.1.span))?;
        m.end()
    }
}

struct RemovedOut<'d>(&'d Document<'d>, &'d Removed);

impl Serialize for RemovedOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (start, end) = self.0.start_end(self.1.span);
        let mut m = s.serialize_struct("Removed", 4)?;
        m.serialize_field("reason", self.1.reason.as_str())?;
        m.serialize_field("start", &start)?;
        m.serialize_field("end", &end)?;
        m.serialize_field("text", self.0.text(self.1.span))?;
        m.end()
    }
}

struct MentionOut<'d>(&'d Document<'d>, Span);

impl Serialize for MentionOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (start, end) = self.0.start_end(self.1);
        let mut m = s.serialize_struct("Mention", 2)?;
        m.serialize_field("start", &start)?;
        m.serialize_field("end", &end)?;
        m.end()
    }
}

struct SpeakerOut<'d>(&'d Document<'d>, usize, &'d Speaker);

impl Serialize for SpeakerOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, i, sp) = (self.0, self.1, self.2);
        let mut m = s.serialize_struct("Speaker", 8)?;
        m.serialize_field("id", &Id('s', i))?;
        m.serialize_field("name", &sp.name)?;
        m.serialize_field("role", sp.role.as_str())?;
        m.serialize_field("kind", sp.kind.as_str())?;
        m.serialize_field("anonymous", &sp.anonymous)?;
        m.serialize_field("title", &sp.title)?;
        m.serialize_field("quotes", &Seq(|| sp.quotes.iter().map(|&q| Id('q', q))))?;
        m.serialize_field(
            "mentions",
            &Seq(|| sp.mentions.iter().map(|&span| MentionOut(d, span))),
        )?;
        m.end()
    }
}

struct QuoteOut<'d>(&'d Document<'d>, usize, &'d Quote);

impl Serialize for QuoteOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, i, q) = (self.0, self.1, self.2);
        let (start, end) = d.start_end(q.span);
        let mut m = s.serialize_struct("Quote", 9)?;
        m.serialize_field("id", &Id('q', i))?;
        m.serialize_field("speaker", &q.speaker.map(|sp| Id('s', sp)))?;
        m.serialize_field("kind", q.kind.as_str())?;
        m.serialize_field("text", d.text(q.span))?;
        m.serialize_field("start", &start)?;
        m.serialize_field("end", &end)?;
        m.serialize_field("cue", &q.cue.map(|c| SpanOut(d, c)))?;
        m.serialize_field("source", &q.source.map(|c| SpanOut(d, c)))?;
        m.serialize_field("block", &q.block)?;
        m.end()
    }
}

struct EntityOut<'d>(&'d Document<'d>, &'d Entity);

impl Serialize for EntityOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, e) = (self.0, self.1);
        let (start, end) = d.start_end(e.span);
        // A map, not a struct: `country` and `speaker` appear only where they apply.
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("class", e.class.as_str())?;
        m.serialize_entry("text", d.text(e.span))?;
        m.serialize_entry("start", &start)?;
        m.serialize_entry("end", &end)?;
        if let Some(c) = e.country {
            m.serialize_entry("country", c)?;
        }
        if let Some(sp) = e.speaker {
            m.serialize_entry("speaker", &Id('s', sp))?;
        }
        m.end()
    }
}

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.article;
        let an = &a.analysis;
        let mut m = s.serialize_struct("Document", 9)?;
        m.serialize_field("schema", SCHEMA)?;
        m.serialize_field("source", &a.source)?;
        m.serialize_field("title", &a.title.map(|t| self.text(t)))?;
        m.serialize_field("dateline", &a.dateline.map(|t| self.text(t)))?;
        m.serialize_field(
            "blocks",
            &Seq(|| a.blocks.iter().map(|b| BlockOut(self, b))),
        )?;
        m.serialize_field(
            "removed",
            &Seq(|| a.removed.iter().map(|r| RemovedOut(self, r))),
        )?;
        m.serialize_field(
            "speakers",
            &Seq(|| {
                an.speakers
                    .iter()
                    .enumerate()
                    .map(|(i, sp)| SpeakerOut(self, i, sp))
            }),
        )?;
        m.serialize_field(
            "quotes",
            &Seq(|| {
                an.quotes
                    .iter()
                    .enumerate()
                    .map(|(i, q)| QuoteOut(self, i, q))
            }),
        )?;
        m.serialize_field(
            "entities",
            &Seq(|| an.entities.iter().map(|e| EntityOut(self, e))),
        )?;
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_scalars_not_bytes() {
        let text = "a“b”c".repeat(200);
        let cp = CodePoints::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(cp.at(byte), text[..byte].chars().count());
        }
        assert_eq!(cp.at(text.len()), text.chars().count());
    }

    #[test]
    fn the_document_serializes_every_field_with_code_point_offsets() {
        let a = Article::from_text("t.txt", "Titlé\n\n“Ça va,” Jane Smith said.\n".to_string());
        let v = serde_json::to_value(document(&a)).unwrap();
        assert_eq!(v["schema"], SCHEMA);
        assert_eq!(v["title"], "Titlé");
        let q = &v["quotes"][0];
        assert_eq!(
            (q["id"].as_str(), q["text"].as_str()),
            (Some("q1"), Some("Ça va,"))
        );
        assert_eq!(
            (q["start"].as_u64(), q["end"].as_u64()),
            (Some(8), Some(14))
        );
        assert_eq!(q["speaker"], "s1");
        assert_eq!(v["speakers"][0]["quotes"][0], "q1");
        assert!(v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["speaker"] == "s1"));
    }
}
