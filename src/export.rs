//! The `extract` JSON contract, `schema: "whosaid/1"`.
//!
//! Offsets are code points (Unicode scalar values) into the decoded text (see
//! [`crate::article::load`]), so that in Python `text[start:end] == item["text"]`.
//!
//! The document is written straight from the [`Article`] into a buffer, field by field:
//! the schema is fixed, and a writer that knows it is several times faster than a
//! general serializer on a 50 MB archive. Two layouts:
//! * [`Layout::Lines`]: the document's fields on lines of their own and each list item
//!   on one line — readable, greppable, diffable;
//! * [`Layout::Compact`]: everything on one line (`--format jsonl`).

use std::io::{self, Write};

use crate::analysis::{Analysis, Entity, Quote, Speaker};
use crate::article::{Article, Span};

pub const SCHEMA: &str = "whosaid/1";

/// Byte offset → code point offset, in O(1) per look-up after one pass over the text.
pub struct CodePoints<'a> {
    text: &'a [u8],
    /// Code points before each `STRIDE`-byte checkpoint.
    checkpoints: Vec<usize>,
    /// Whether the chunk after each checkpoint is plain ASCII: then bytes are code points
    /// and a look-up needs no counting.
    ascii: Vec<bool>,
}

const STRIDE: usize = 64;

impl<'a> CodePoints<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 2);
        let mut ascii = Vec::with_capacity(bytes.len() / STRIDE + 2);
        let mut count = 0;
        for chunk in bytes.chunks(STRIDE) {
            checkpoints.push(count);
            ascii.push(chunk.is_ascii());
            count += code_points_in(chunk);
        }
        checkpoints.push(count);
        ascii.push(true);
        CodePoints {
            text: bytes,
            checkpoints,
            ascii,
        }
    }

    pub fn at(&self, byte: usize) -> usize {
        let base = byte / STRIDE;
        let from = base * STRIDE;
        if self.ascii[base] {
            return self.checkpoints[base] + (byte - from);
        }
        self.checkpoints[base] + code_points_in(&self.text[from..byte])
    }
}

/// Code points starting in `bytes`: bytes that are not UTF-8 continuation bytes
/// (`10xxxxxx`), counted eight at a time.
fn code_points_in(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut count = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Top bit set, the one below it clear.
        let continuations = x & !(x << 1) & HIGH;
        count += 8 - continuations.count_ones() as usize;
    }
    count
        + chunks
            .remainder()
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count()
}

/// How the JSON is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Top-level fields and list items one per line.
    Lines,
    /// One line for the whole document.
    Compact,
}

/// Write one article's document.
pub fn write(article: &Article, layout: Layout, out: &mut impl Write) -> io::Result<()> {
    Document::head(article, layout, out)?.finish(&article.analysis, out)
}

/// Analyse an article that is structured only (see [`Article::structure_only`]) and write
/// its document: the analysis runs on another thread while the part that needs none (title,
/// blocks) goes out — on a long archive, that part is most of the output.
pub fn analyse_and_write(
    article: &Article,
    layout: Layout,
    out: &mut impl Write,
) -> io::Result<()> {
    std::thread::scope(|scope| {
        let analysis = scope.spawn(|| crate::analysis::analyze(&article.text, &article.blocks));
        let head = Document::head(article, layout, out);
        let analysis = analysis
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        head?.finish(&analysis, out)
    })
}

/// A document written in two parts: what the structure gives (title, blocks, removed
/// text), then what the analysis finds. The first part can go out while the analysis
/// still runs.
pub struct Document<'a> {
    article: &'a Article,
    cp: CodePoints<'a>,
    layout: Layout,
}

/// Entities past this many are written on a thread of their own while the speakers and
/// quotes go out: on a long archive they are the longest list.
const ENTITIES_APART: usize = 20_000;

/// How much of the entity list that thread writes ahead, in pieces of [`FLUSH`] bytes:
/// enough to keep it busy, little enough to bound the memory held.
const ENTITY_PIECES_AHEAD: usize = 192;

impl<'a> Document<'a> {
    /// Write everything up to the analysis; `article.analysis` is not read.
    pub fn head(article: &'a Article, layout: Layout, out: &mut impl Write) -> io::Result<Self> {
        let doc = Document {
            article,
            cp: CodePoints::new(&article.text),
            layout,
        };
        let mut w = doc.writer();
        w.head(out)?;
        out.write_all(&w.buf)?;
        Ok(doc)
    }

    /// Write the analysis of the article and close the document.
    pub fn finish(self, analysis: &Analysis, out: &mut impl Write) -> io::Result<()> {
        let mut w = self.writer();
        if analysis.entities.len() <= ENTITIES_APART {
            w.speakers_and_quotes(analysis, out)?;
            w.entities(&analysis.entities, &mut |piece| out.write_all(piece))?;
            return w.close(out);
        }
        let doc = &self;
        std::thread::scope(|scope| {
            let (pieces, ready) = std::sync::mpsc::sync_channel::<Vec<u8>>(ENTITY_PIECES_AHEAD);
            let apart = scope.spawn(move || {
                let mut w = doc.writer();
                // A send fails only once the reader has given up: stop then.
                let _ = w.entities(&analysis.entities, &mut |piece| {
                    pieces
                        .send(piece.to_vec())
                        .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
                });
            });
            let written = w.speakers_and_quotes(analysis, out).and_then(|()| {
                out.write_all(&w.buf)?;
                w.buf.clear();
                ready.iter().try_for_each(|piece| out.write_all(&piece))
            });
            // Lets the thread finish if writing failed half-way.
            drop(ready);
            apart
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            written?;
            w.close(out)
        })
    }

    fn writer(&self) -> Writer<'_> {
        Writer {
            article: self.article,
            cp: &self.cp,
            buf: Vec::with_capacity(1 << 16),
            layout: self.layout,
        }
    }
}

/// The document as a string (tests and small inputs).
pub fn to_string(article: &Article, layout: Layout) -> String {
    let mut out = Vec::new();
    write(article, layout, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("the writer writes UTF-8")
}

struct Writer<'a> {
    article: &'a Article,
    cp: &'a CodePoints<'a>,
    buf: Vec<u8>,
    layout: Layout,
}

/// Flush to the output every this many bytes.
const FLUSH: usize = 1 << 16;

impl Writer<'_> {
    fn raw(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    fn str(&mut self, s: &str) {
        self.buf.push(b'"');
        let bytes = s.as_bytes();
        // Most strings need no escape: find out with a fold the compiler vectorises, and
        // copy them whole.
        let plain = !bytes.iter().fold(false, |any, &b| {
            any | (b == b'"') | (b == b'\\') | (b < 0x20)
        });
        if plain {
            self.buf.extend_from_slice(bytes);
            self.buf.push(b'"');
            return;
        }
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\t' => b"\\t",
                b'\r' => b"\\r",
                0..=0x1F => b"",
                _ => continue,
            };
            self.buf.extend_from_slice(&bytes[start..i]);
            if escape.is_empty() {
                self.buf.extend_from_slice(format!("\\u{b:04x}").as_bytes());
            } else {
                self.buf.extend_from_slice(escape);
            }
            start = i + 1;
        }
        self.buf.extend_from_slice(&bytes[start..]);
        self.buf.push(b'"');
    }

    fn num(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut n = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.buf.extend_from_slice(&digits[i..]);
    }

    fn id(&mut self, prefix: u8, index: usize) {
        self.buf.push(b'"');
        self.buf.push(prefix);
        self.num(index + 1);
        self.buf.push(b'"');
    }

    fn key(&mut self, k: &str) {
        self.buf.push(b'"');
        self.raw(k);
        self.raw(if self.layout == Layout::Lines {
            "\": "
        } else {
            "\":"
        });
    }

    /// Between fields and list items on one line.
    fn sep(&mut self) {
        self.raw(if self.layout == Layout::Lines {
            ", "
        } else {
            ","
        });
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    /// `"start":…,"end":…`
    fn offsets(&mut self, span: Span) {
        let (s, e) = (self.cp.at(span.start), self.cp.at(span.end));
        self.key("start");
        self.num(s);
        self.sep();
        self.key("end");
        self.num(e);
    }

    /// `{"text":…,"start":…,"end":…}` for a cue or a source.
    fn span_object(&mut self, span: Option<Span>) {
        let Some(span) = span else {
            self.raw("null");
            return;
        };
        let a = self.article;
        self.raw("{");
        self.key("text");
        self.str(span.of(&a.text));
        self.sep();
        self.offsets(span);
        self.raw("}");
    }

    fn list_start(&mut self, name: &str) {
        self.newline(1);
        self.key(name);
        self.raw("[");
    }

    fn item(&mut self, first: bool) {
        if !first {
            self.raw(",");
        }
        self.newline(2);
    }

    fn list_end(&mut self, empty: bool) {
        if !empty {
            self.newline(1);
        }
        self.raw("]");
    }

    fn newline(&mut self, depth: usize) {
        if self.layout == Layout::Lines {
            self.buf.push(b'\n');
            for _ in 0..depth {
                self.raw("  ");
            }
        }
    }

    fn flush(&mut self, out: &mut impl Write) -> io::Result<()> {
        if self.buf.len() >= FLUSH {
            out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn head(&mut self, out: &mut impl Write) -> io::Result<()> {
        let a = self.article;
        self.raw("{");
        self.newline(1);
        self.key("schema");
        self.str(SCHEMA);
        self.raw(",");
        self.newline(1);
        self.key("source");
        self.str(&a.source);
        self.raw(",");
        self.newline(1);
        self.key("title");
        self.opt_str(a.title.map(|t| t.of(&a.text)));
        self.raw(",");
        self.newline(1);
        self.key("dateline");
        self.opt_str(a.dateline.map(|t| t.of(&a.text)));
        self.raw(",");

        self.list_start("blocks");
        for (i, b) in a.blocks.iter().enumerate() {
            self.item(i == 0);
            self.raw("{");
            self.key("kind");
            self.str(b.kind.as_str());
            self.sep();
            self.offsets(b.span);
            self.sep();
            self.key("text");
            self.str(b.span.of(&a.text));
            self.raw("}");
            self.flush(out)?;
        }
        self.list_end(a.blocks.is_empty());
        self.raw(",");

        self.list_start("removed");
        for (i, r) in a.removed.iter().enumerate() {
            self.item(i == 0);
            self.raw("{");
            self.key("reason");
            self.str(r.reason.as_str());
            self.sep();
            self.offsets(r.span);
            self.sep();
            self.key("text");
            self.str(r.span.of(&a.text));
            self.raw("}");
            self.flush(out)?;
        }
        self.list_end(a.removed.is_empty());
        self.raw(",");
        Ok(())
    }

    fn speakers_and_quotes(&mut self, an: &Analysis, out: &mut impl Write) -> io::Result<()> {
        self.list_start("speakers");
        for (i, s) in an.speakers.iter().enumerate() {
            self.item(i == 0);
            self.speaker(i, s);
            self.flush(out)?;
        }
        self.list_end(an.speakers.is_empty());
        self.raw(",");

        self.list_start("quotes");
        for (i, q) in an.quotes.iter().enumerate() {
            self.item(i == 0);
            self.quote(i, q);
            self.flush(out)?;
        }
        self.list_end(an.quotes.is_empty());
        self.raw(",");
        Ok(())
    }

    /// The entity list, handed to `emit` in pieces of about [`FLUSH`] bytes.
    fn entities(
        &mut self,
        entities: &[Entity],
        emit: &mut dyn FnMut(&[u8]) -> io::Result<()>,
    ) -> io::Result<()> {
        self.list_start("entities");
        for (i, e) in entities.iter().enumerate() {
            self.item(i == 0);
            self.entity(e);
            if self.buf.len() >= FLUSH {
                emit(&self.buf)?;
                self.buf.clear();
            }
        }
        self.list_end(entities.is_empty());
        emit(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    /// Close the document.
    fn close(&mut self, out: &mut impl Write) -> io::Result<()> {
        self.newline(0);
        self.raw("}\n");
        out.write_all(&self.buf)
    }

    fn speaker(&mut self, i: usize, s: &Speaker) {
        self.raw("{");
        self.key("id");
        self.id(b's', i);
        self.sep();
        self.key("name");
        self.str(&s.name);
        self.sep();
        self.key("role");
        self.str(s.role.as_str());
        self.sep();
        self.key("kind");
        self.str(s.kind.as_str());
        self.sep();
        self.key("anonymous");
        self.raw(if s.anonymous { "true" } else { "false" });
        self.sep();
        self.key("title");
        self.opt_str(s.title.as_deref());
        self.sep();
        self.key("quotes");
        self.raw("[");
        for (k, &q) in s.quotes.iter().enumerate() {
            if k > 0 {
                self.sep();
            }
            self.id(b'q', q);
        }
        self.raw("]");
        self.sep();
        self.key("mentions");
        self.raw("[");
        for (k, &m) in s.mentions.iter().enumerate() {
            if k > 0 {
                self.sep();
            }
            self.raw("{");
            self.offsets(m);
            self.raw("}");
        }
        self.raw("]}");
    }

    fn quote(&mut self, i: usize, q: &Quote) {
        let a = self.article;
        self.raw("{");
        self.key("id");
        self.id(b'q', i);
        self.sep();
        self.key("speaker");
        match q.speaker {
            Some(s) => self.id(b's', s),
            None => self.raw("null"),
        }
        self.sep();
        self.key("kind");
        self.str(q.kind.as_str());
        self.sep();
        self.key("text");
        self.str(q.span.of(&a.text));
        self.sep();
        self.offsets(q.span);
        self.sep();
        self.key("cue");
        self.span_object(q.cue);
        self.sep();
        self.key("source");
        self.span_object(q.source);
        self.sep();
        self.key("block");
        self.num(q.block);
        self.raw("}");
    }

    fn entity(&mut self, e: &Entity) {
        let a = self.article;
        self.raw("{");
        self.key("class");
        self.str(e.class.as_str());
        self.sep();
        self.key("text");
        self.str(e.span.of(&a.text));
        self.sep();
        self.offsets(e.span);
        if let Some(c) = e.country {
            self.sep();
            self.key("country");
            self.str(c);
        }
        if let Some(s) = e.speaker {
            self.sep();
            self.key("speaker");
            self.id(b's', s);
        }
        self.raw("}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_scalars_not_bytes() {
        let text = "a“b”cé😀 plain ascii run".repeat(200);
        let cp = CodePoints::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(cp.at(byte), text[..byte].chars().count());
        }
        assert_eq!(cp.at(text.len()), text.chars().count());
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        let article = Article::from_text("n.txt", String::new());
        let cp = CodePoints::new(&article.text);
        let mut w = Writer {
            article: &article,
            cp: &cp,
            buf: b"x".to_vec(),
            layout: Layout::Compact,
        };
        let ns = [0, 7, 9, 10, 99, 100, 1_000_001, 123_456_789, usize::MAX];
        for n in ns {
            w.num(n);
            w.raw(",");
        }
        let want: String = ns.iter().map(|n| format!("{n},")).collect();
        assert_eq!(String::from_utf8(w.buf).unwrap(), format!("x{want}"));
    }

    #[test]
    fn a_long_entity_list_written_apart_arrives_whole_and_in_order() {
        // Numbered, or the structure would drop the paragraphs as repeats.
        let text: String = (0..8000)
            .map(|i| format!("On day {i}, China met Russia’s envoy in Paris, Jane Smith said.\n\n"))
            .collect();
        let a = Article::from_text("long.txt", text);
        assert!(a.analysis.entities.len() > ENTITIES_APART);
        for layout in [Layout::Lines, Layout::Compact] {
            let json: serde_json::Value = serde_json::from_str(&to_string(&a, layout)).unwrap();
            let entities = json["entities"].as_array().unwrap();
            assert_eq!(entities.len(), a.analysis.entities.len());
            let cp = CodePoints::new(&a.text);
            for (got, want) in entities.iter().zip(&a.analysis.entities) {
                assert_eq!(got["start"], cp.at(want.span.start));
                assert_eq!(got["text"], want.span.of(&a.text));
            }
        }
    }

    #[test]
    fn strings_are_escaped() {
        let a = Article::from_text("a \"quoted\"\\path\u{1}\ttab", String::new());
        let s = to_string(&a, Layout::Compact);
        assert!(
            s.contains(r#""source":"a \"quoted\"\\path\u0001\ttab""#),
            "{s}"
        );
    }

    #[test]
    fn layouts_differ_only_in_whitespace() {
        let a = Article::from_text("t.txt", "Titlé\n\n“Ça va,” Jane Smith said.\n".to_string());
        let lines = to_string(&a, Layout::Lines);
        let compact = to_string(&a, Layout::Compact);
        assert_eq!(compact.lines().count(), 1);
        assert!(lines.lines().count() > 5);
        let lines: serde_json::Value = serde_json::from_str(&lines).unwrap();
        let compact: serde_json::Value = serde_json::from_str(&compact).unwrap();
        assert_eq!(lines, compact);
        // Code points, not bytes: `é` and `“` are one each.
        let q = &compact["quotes"][0];
        assert_eq!(
            (q["text"].as_str(), q["start"].as_u64(), q["end"].as_u64()),
            (Some("Ça va,"), Some(8), Some(14))
        );
    }
}
