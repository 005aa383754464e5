//! The `extract` JSON contract, `schema: "whosaid/1"`.
//!
//! Offsets are code points (Unicode scalar values) into the decoded text (see
//! [`crate::article::load`]), so that in Python `text[start:end] == item["text"]`.

use serde::Serialize;

use crate::article::{Article, Span};

pub const SCHEMA: &str = "whosaid/1";

#[derive(Serialize)]
pub struct Document<'a> {
    pub schema: &'static str,
    pub source: &'a str,
    pub title: Option<&'a str>,
    pub dateline: Option<&'a str>,
    pub blocks: Vec<BlockOut<'a>>,
    pub removed: Vec<RemovedOut<'a>>,
    pub speakers: Vec<SpeakerOut<'a>>,
    pub quotes: Vec<QuoteOut<'a>>,
    pub entities: Vec<EntityOut<'a>>,
}

#[derive(Serialize)]
pub struct BlockOut<'a> {
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct RemovedOut<'a> {
    pub reason: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct SpanOut<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct MentionOut {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct SpeakerOut<'a> {
    pub id: String,
    pub name: &'a str,
    pub role: &'static str,
    pub kind: &'static str,
    pub anonymous: bool,
    pub title: Option<&'a str>,
    pub quotes: Vec<String>,
    pub mentions: Vec<MentionOut>,
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub id: String,
    pub speaker: Option<String>,
    pub kind: &'static str,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub cue: Option<SpanOut<'a>>,
    pub source: Option<SpanOut<'a>>,
    pub block: usize,
}

#[derive(Serialize)]
pub struct EntityOut<'a> {
    pub class: &'static str,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// Byte offset → code point offset, in O(1) per look-up after one pass over the text.
pub struct CodePoints<'a> {
    text: &'a [u8],
    /// Code points before each `STRIDE`-byte checkpoint.
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 256;

impl<'a> CodePoints<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
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

fn id(prefix: char, index: usize) -> String {
    format!("{prefix}{}", index + 1)
}

/// The whole contract for one article.
pub fn document(article: &Article) -> Document<'_> {
    let text = article.text.as_str();
    let cp = CodePoints::new(text);
    let span = |s: Span| SpanOut {
        text: s.of(text),
        start: cp.at(s.start),
        end: cp.at(s.end),
    };
    let a = &article.analysis;
    Document {
        schema: SCHEMA,
        source: &article.source,
        title: article.title.map(|s| s.of(text)),
        dateline: article.dateline.map(|s| s.of(text)),
        blocks: article
            .blocks
            .iter()
            .map(|b| BlockOut {
                kind: b.kind.as_str(),
                start: cp.at(b.span.start),
                end: cp.at(b.span.end),
                text: b.span.of(text),
            })
            .collect(),
        removed: article
            .removed
            .iter()
            .map(|r| RemovedOut {
                reason: r.reason.as_str(),
                start: cp.at(r.span.start),
                end: cp.at(r.span.end),
                text: r.span.of(text),
            })
            .collect(),
        speakers: a
            .speakers
            .iter()
            .enumerate()
            .map(|(i, s)| SpeakerOut {
                id: id('s', i),
                name: &s.name,
                role: s.role.as_str(),
                kind: s.kind.as_str(),
                anonymous: s.anonymous,
                title: s.title.as_deref(),
                quotes: s.quotes.iter().map(|&q| id('q', q)).collect(),
                mentions: s
                    .mentions
                    .iter()
                    .map(|m| MentionOut {
                        start: cp.at(m.start),
                        end: cp.at(m.end),
                    })
                    .collect(),
            })
            .collect(),
        quotes: a
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| QuoteOut {
                id: id('q', i),
                speaker: q.speaker.map(|s| id('s', s)),
                kind: q.kind.as_str(),
                text: q.span.of(text),
                start: cp.at(q.span.start),
                end: cp.at(q.span.end),
                cue: q.cue.map(span),
                source: q.source.map(span),
                block: q.block,
            })
            .collect(),
        entities: a
            .entities
            .iter()
            .map(|e| EntityOut {
                class: e.class.as_str(),
                text: e.span.of(text),
                start: cp.at(e.span.start),
                end: cp.at(e.span.end),
                country: e.country,
                speaker: e.speaker.map(|s| id('s', s)),
            })
            .collect(),
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
}
