//! From raw text to blocks: title, dateline, paragraphs, captions and credits, with the
//! page furniture and repeats set aside (each removal recorded with its reason).
//!
//! The rules are general; the words they need live in `assets/lexicons/furniture.txt` and
//! `outlets.txt`:
//!
//! * Input is cut into *units*: one per line, except that hard-wrapped lines are joined.
//! * Furniture: a unit that is a known furniture line (`Hide caption`) or starts with a known
//!   furniture prefix (`Your email address will not be published`); a unit with no letters
//!   (`3:45`, `* * *`); and everything after a footer heading (`Leave a Reply`, `Sources`,
//!   `Related stories`) up to the next unit of real prose.
//! * Repeats: a unit equal to one of the last few kept units (pages print titles and
//!   captions twice) and pull quotes (a paragraph whose opening words are quoted in a
//!   neighbouring paragraph) are removed as duplicates.
//! * Title: the first short unit, without a site suffix (`…: NPR`, `… | The Guardian`).
//! * Dateline: a date line near the top (`Friday, August 15, 2008`) or an upper-case place
//!   opening the first paragraph (`WASHINGTON –`, `LONDON (Reuters) -`).
//! * Credits: lines that start with a credit mark (`Image:`, `Photo:`) or look like
//!   `Name Surname/Agency`; a credit closing a paragraph (`… Image: NASA.`) is split off.
//!   A unit followed by a credit is a caption, as is a unit after a caption marker.

use std::sync::OnceLock;

use super::{Block, BlockKind, RemovalReason, Removed, Span};
use crate::lexicon::{lexicon, Lexicon};

/// The structure found in a text.
#[derive(Debug, Default)]
pub struct Layout {
    pub title: Option<Span>,
    pub dateline: Option<Span>,
    pub blocks: Vec<Block>,
    pub removed: Vec<Removed>,
}

/// How many recent kept units a repeat is looked for in.
const REPEAT_WINDOW: usize = 4;
/// How many neighbouring paragraphs a pull quote's source is looked for in.
const PULL_QUOTE_WINDOW: usize = 6;
/// Furniture lines and prefixes are short: keys read this many bytes at most.
const FURNITURE_BYTES: usize = 80;
/// Credits that sites print before the caption they belong to.
const CREDITS_BEFORE_CAPTION: &[&str] = &["Image source"];

/// Words a paragraph needs to count as prose before the dateline (see [`is_sentence`]).
const SENTENCE_WORDS: usize = 8;

/// Prose long enough to end a footer section.
const FOOTER_PROSE_WORDS: usize = 30;

pub fn structure(text: &str) -> Layout {
    let lex = lexicon();
    let units = units(text);
    let mut b = Builder {
        text,
        lex,
        layout: Layout::default(),
        recent: Vec::new(),
        title_seen: false,
        prose: 0,
        date_line: None,
        in_footer: false,
        caption_next: false,
        bullets_next: false,
        list_heading_end: None,
        headline_next: false,
        headline_box_tight: false,
        byline_name: None,
        last_end: None,
    };
    let page = Page::new(text, lex);
    let traits = page.traits_of(&units);
    // `PA Media` / `Image caption` / `Sandbags were …`: a credit right before a caption
    // marker is that caption's, not the paragraph's before it.
    let marks_caption = |t: &Traits| t.furniture.as_ref().is_some_and(|f| f.marks_caption);
    let mut traits = traits.into_iter().peekable();
    for unit in &units {
        let Some(t) = traits.next() else { break };
        let next = traits.peek();
        let caption_follows = next.is_some_and(marks_caption);
        let credit_follows = next.is_some_and(|t| t.credit);
        b.push_unit(*unit, t, caption_follows, credit_follows);
    }
    if b.layout.dateline.is_none() {
        b.layout.dateline = b.date_line;
    }
    remove_pull_quotes(text, &mut b.layout);
    b.layout.removed.sort_by_key(|r| r.span.start);
    b.layout
}

/// Cut text into trimmed line units, joining hard-wrapped lines.
fn units(text: &str) -> Vec<Span> {
    let wrapped = is_hard_wrapped(text);
    let mut units: Vec<Span> = Vec::new();
    let mut prev_wrapped = false;
    let mut start = 0;
    let lines = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for end in lines {
        let t = trim(text, Span::new(start, end));
        start = end + 1;
        if t.is_empty() {
            prev_wrapped = false;
            continue;
        }
        // (A video's length is a line of its own, never the end of a wrapped one.)
        if prev_wrapped && !is_video_length(t.of(text)) {
            if let Some(last) = units.last_mut() {
                last.end = t.end;
            }
        } else {
            units.push(t);
        }
        prev_wrapped = wrapped && looks_hard_wrapped(t.of(text));
    }
    if units.iter().all(|u| u.len() <= LONGEST_UNIT) {
        return units;
    }
    let mut cut = Vec::with_capacity(units.len());
    for u in units {
        cut_long(text, u, &mut cut);
    }
    cut
}

/// Longest unit kept whole, in bytes. No paragraph of news comes near it; a text without
/// line breaks (a dump on one line) is cut into units this long at sentence ends, so that
/// no block is longer: the analysis holds a block's tokens all at once, and spreads work
/// over threads block by block.
const LONGEST_UNIT: usize = 64 * 1024;

/// `unit` in pieces of at most [`LONGEST_UNIT`] bytes, each ending at the last sentence end
/// (else the last space) that fits.
fn cut_long(text: &str, unit: Span, out: &mut Vec<Span>) {
    let mut start = unit.start;
    while unit.end - start > LONGEST_UNIT {
        let mut end = start + LONGEST_UNIT;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text.as_bytes()[start..end];
        let cut = memchr::memmem::rfind(window, b". ")
            .map(|i| i + 1)
            .or_else(|| memchr::memrchr(b' ', window))
            .filter(|&c| c > 0)
            .unwrap_or(window.len());
        let piece = trim(text, Span::new(start, start + cut));
        if !piece.is_empty() {
            out.push(piece);
        }
        start += cut;
    }
    let rest = trim(text, Span::new(start, unit.end));
    if !rest.is_empty() {
        out.push(rest);
    }
}

/// Whether the text was wrapped at a fixed width (an email, a plain-text feed). A scraped
/// page puts each paragraph on one line, many of them over 100 characters; wrapped text has
/// almost none. Without this, a page's headline, standfirst and byline lines, which do not
/// end in a full stop, would run together into one paragraph.
fn is_hard_wrapped(text: &str) -> bool {
    let (mut medium, mut long) = (0usize, 0usize);
    let mut start = 0;
    // Byte lengths: near enough to characters for telling 70 from 300.
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())) {
        match end - start {
            0..50 => {}
            50..=100 => medium += 1,
            _ => long += 1,
        }
        start = end + 1;
    }
    long * 20 <= medium
}

/// A line that runs on into the next one: long, and not ending a sentence.
fn looks_hard_wrapped(line: &str) -> bool {
    line.len() >= 50
        && line.chars().take(50).count() == 50
        && !line.ends_with(['.', '!', '?', '"', '”', '’', ':', ')'])
        && !line.ends_with("...")
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

fn trim(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let body = s.trim_matches(is_space);
    Span::new(span.start + lead, span.start + lead + body.len())
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whether `s` holds more than `n` words: [`str::split_whitespace`], but byte by byte
/// where the text is ASCII (almost always), stopping at the word past `n`.
fn has_more_words_than(s: &str, n: usize) -> bool {
    if !s.is_ascii() {
        return s.split_whitespace().nth(n).is_some();
    }
    let mut words = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        let space = b.is_ascii_whitespace() || b == 0x0B;
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// Lower-cased with runs of whitespace folded and edge punctuation dropped: the key for
/// furniture look-ups. Only the first `limit` bytes are read (furniture is short).
fn key(s: &str, limit: usize) -> String {
    let mut end = s.len().min(limit);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let trimmed = s[..end].trim_matches(|c: char| {
        is_space(c)
            || matches!(
                c,
                ':' | '.'
                    | ','
                    | '»'
                    | '›'
                    | '|'
                    | '•'
                    | '·'
                    | '>'
                    | '-'
                    | '–'
                    | '—'
                    | '('
                    | ')'
                    | '['
                    | ']'
            )
    });
    // Most lines are plain ASCII spaced singly already: lower-cased whole, with no walk
    // over the words.
    let b = trimmed.as_bytes();
    // Folds without an early exit, which the compiler vectorises (a line's first 80 bytes).
    let other_space = b
        .iter()
        .fold(false, |any, &c| any | (c.wrapping_sub(b'\t') < 5));
    let double_space = b
        .iter()
        .zip(b.iter().skip(1))
        .fold(false, |any, (&x, &y)| any | (x == b' ') & (y == b' '));
    let spaced_singly = b.is_ascii() && !other_space && !double_space;
    if spaced_singly {
        return trimmed.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(trimmed.len());
    for (i, w) in trimmed.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if w.is_ascii() {
            out.push_str(w);
        } else {
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
    }
    out.make_ascii_lowercase();
    out
}

/// A hash of the whole unit, case and spacing folded: repeats hash alike.
fn fingerprint(s: &str) -> u64 {
    let bytes = s.as_bytes();
    // Most lines are spaced already as folding would space them (single spaces, no tabs,
    // no trailing space): those are hashed as they are, with no copy.
    let folded_already = !bytes.ends_with(b" ")
        && memchr::memchr3(b'\t', b'\r', b'\x0c', bytes).is_none()
        && memchr::memchr(b'\n', bytes).is_none()
        && double_space().find(bytes).is_none();
    if folded_already {
        return hash_lower(bytes);
    }
    let mut folded = Vec::with_capacity(bytes.len());
    let mut space = false;
    for &b in bytes {
        if b.is_ascii_whitespace() {
            space = true;
            continue;
        }
        if space {
            folded.push(b' ');
            space = false;
        }
        folded.push(b);
    }
    hash_lower(&folded)
}

/// A hash of `bytes` with ASCII letters lower-cased (other bytes as they are: repeats are
/// byte-for-byte repeats), eight bytes at a time: a hasher fed one byte at a time spends
/// its time in its multiply chain.
fn hash_lower(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        h.write_u64(lower_eight(u64::from_le_bytes(
            chunk.try_into().expect("eight bytes"),
        )));
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h.write_u64(lower_eight(u64::from_le_bytes(tail)));
    h.write_usize(bytes.len());
    h.finish()
}

/// Eight bytes with the ASCII capitals among them lower-cased, all at once.
fn lower_eight(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low_seven = x & !HIGH;
    // The high bit of each byte: at least `A`, above `Z`, ASCII at all.
    let from_a = low_seven + ONES * (0x80 - b'A' as u64);
    let past_z = low_seven + ONES * (0x80 - b'Z' as u64 - 1);
    let capital = from_a & !past_z & !x & HIGH;
    x | capital >> 2
}

struct Builder<'t> {
    text: &'t str,
    lex: &'static Lexicon,
    layout: Layout,
    /// Fingerprints of the last few kept units, for repeat detection.
    recent: Vec<u64>,
    title_seen: bool,
    /// Paragraphs of prose kept so far, counted up to two (see [`is_sentence`]): datelines
    /// and bylines only come before the first, however many short lines (`4 min read`)
    /// came before.
    prose: usize,
    /// The first line that only gives a date: the dateline when no place dateline comes.
    date_line: Option<Span>,
    in_footer: bool,
    caption_next: bool,
    /// The lines after a list heading (`Key points:`) that are its bullets.
    bullets_next: bool,
    /// Where the last list heading ends (`What you need to know:`, `Why We Wrote This`).
    list_heading_end: Option<usize>,
    /// The line after `Recommended`, when a headline, is another story's.
    headline_next: bool,
    /// That box's lines come one under another, with no blank line between.
    headline_box_tight: bool,
    /// The writer named in the byline (`By Renee Castillo | …`).
    byline_name: Option<Span>,
    /// Where the previous unit ended.
    last_end: Option<usize>,
}

impl Builder<'_> {
    fn remove(&mut self, reason: RemovalReason, span: Span) {
        self.layout.removed.push(Removed { reason, span });
    }

    /// `Wilson Tam` / a stamp or a date: a bare name right above is the writer's byline;
    /// so is one with the outlet's name between (`Dana Whitfield` / `USA TODAY`).
    fn writer_above(&mut self) {
        let n = self.layout.blocks.len();
        let outlet_between = n >= 2 && {
            let last = self.layout.blocks[n - 1];
            matches!(last.kind, BlockKind::Credit | BlockKind::Paragraph)
                && crate::analysis::roles::is_outlet(last.span.of(self.text))
        };
        let at = if outlet_between {
            n - 2
        } else {
            n.wrapping_sub(1)
        };
        let named = self.layout.blocks.get(at).is_some_and(|name| {
            // (A caption too: the outlet's name under it read as a photo's credit.)
            matches!(
                name.kind,
                BlockKind::Paragraph | BlockKind::Credit | BlockKind::Caption
            ) && is_bare_name(name.span.of(self.text))
        });
        if named {
            self.byline_name = Some(self.layout.blocks[at].span);
            for block in &mut self.layout.blocks[at..] {
                block.kind = BlockKind::Credit;
            }
        }
    }

    fn keep(&mut self, kind: BlockKind, span: Span) {
        self.layout.blocks.push(Block { kind, span });
    }

    fn remember(&mut self, k: u64) {
        self.recent.push(k);
        if self.recent.len() > REPEAT_WINDOW {
            self.recent.remove(0);
        }
    }

    fn push_unit(
        &mut self,
        unit: Span,
        traits: Traits,
        caption_follows: bool,
        credit_follows: bool,
    ) {
        let s = unit.of(self.text);
        // A piece of a line cut for length (see `cut_long`) goes on from the one before on
        // the same line: it is never a repeat, however like the one before it reads.
        let goes_on = self
            .last_end
            .is_some_and(|end| !self.text[end..unit.start].contains('\n'));
        let after_blank_line = self
            .last_end
            .is_some_and(|end| self.text[end..unit.start].matches('\n').count() >= 2);
        let right_after_heading = self.last_end.is_some() && self.last_end == self.list_heading_end;
        self.last_end = Some(unit.end);
        // Bullets; or, in a box before the article's prose, short sentences without bullets
        // (`What you need to know:` on Nation pages), up to a captioned photo.
        // Or points in a headline's shape (the Independent's `Key Points` over a live
        // blog: `Typical bill to rise by £64 …`), not a byline.
        // (A line with its credit on the next is a photo's caption: the box ends there.)
        let bare_item = traits.trailing_credit.is_none()
            && !credit_follows
            // (A standfirst may come before the box, right under its heading: the Monitor's
            // `Why We Wrote This`.)
            && ((self.prose == 0 && word_count(s) <= 25
                || self.prose == 1 && right_after_heading && word_count(s) <= 30)
                && s.ends_with('.')
                || s.len() <= 120
                    && word_count(s) <= 12
                    && !s.trim_end().ends_with(['.', '!', '?', ':', '”', '"'])
                    && !s.contains('|')
                    && !is_byline(s));
        if std::mem::take(&mut self.bullets_next)
            && (s.starts_with(['-', '•', '*', '–']) || bare_item)
        {
            self.bullets_next = true;
            self.remove(RemovalReason::Furniture, unit);
            return;
        }
        // (Four words at least: a crosshead of the article's own, `A divided Parliament`,
        // may follow the box.)
        let headline =
            || (4..=18).contains(&word_count(s)) && !s.trim_end().ends_with(['.', '!', '?', ':']);
        // A box of other stories' headlines: each headline-shaped line after its heading.
        // A box set line under line (`Also Read` / `UAE airports …` / `Emirati …`) ends at
        // the next blank line: the short line after it is the article's crosshead.
        let box_ended = self.headline_box_tight && after_blank_line;
        if std::mem::take(&mut self.headline_next) && headline() && !box_ended {
            self.headline_next = true;
            self.headline_box_tight = !after_blank_line;
            self.remove(RemovalReason::Furniture, unit);
            return;
        }
        self.headline_box_tight = false;
        // `Renee Castillo covers public safety for the Ledger.`: the writer's tag line.
        let tag_line = self.prose >= 2
            && self
                .byline_name
                .is_some_and(|name| s.starts_with(name.of(self.text)) && word_count(s) <= 25);
        if tag_line {
            self.remove(RemovalReason::Furniture, unit);
            return;
        }
        if let Some(caption) = traits.inline_caption {
            self.remove(
                RemovalReason::Furniture,
                Span::new(unit.start, caption.start),
            );
            self.keep(BlockKind::Caption, caption);
            self.caption_next = false;
            return;
        }
        if let Some(furniture) = traits.furniture {
            // A footer heading ends an article only once it has begun, past a standfirst
            // (The Verge's `Comments` link sits under the byline).
            if furniture.starts_section && self.prose >= 2 {
                self.in_footer = true;
            }
            if furniture.marks_caption {
                self.caption_next = true;
            }
            // `Toxic algae bloom shuts off tap water in Ohio city` / `02:41`: the line right
            // above a video's length, shaped as a headline, is the video's title; else the
            // length is over the video's caption.
            if furniture.video_length {
                let title_above = self.layout.blocks.last().is_some_and(|last| {
                    let t = last.span.of(self.text);
                    last.kind == BlockKind::Paragraph
                        && !after_blank_line
                        && last.span.end <= unit.start
                        && !self.text[last.span.end..unit.start].contains("\n\n")
                        && (3..=15).contains(&word_count(t))
                        && !t.ends_with(['.', '!', '?', ':', '"', '”'])
                });
                if title_above {
                    if let Some(title) = self.layout.blocks.pop() {
                        self.remove(RemovalReason::Furniture, title.span);
                    }
                } else {
                    self.caption_next = true;
                }
            }
            if furniture.heads_list {
                self.bullets_next = true;
                self.list_heading_end = Some(unit.end);
            }
            if furniture.heads_headline {
                self.headline_next = true;
            }
            // `Wilson Tam` / `Published: 8:30pm, 24 Nov 2026`: a bare name right before
            // the page's stamp is the writer's.
            // So is one right before a line with the writer's handle (`News reporter
            // @aisharahmansky`), or before a stamp under a standfirst.
            let stamp = s.bytes().any(|b| b.is_ascii_digit());
            if (self.prose <= 1 && stamp) || is_writer_with_handle(s) {
                self.writer_above();
            }
            self.remove(RemovalReason::Furniture, unit);
            return;
        }
        if self.in_footer {
            if is_prose(s) {
                self.in_footer = false;
            } else {
                self.remove(RemovalReason::Furniture, unit);
                return;
            }
        }
        let print = traits.print;
        // (An outlet's name repeats as a credit: `USA TODAY` under the byline, then under
        // a video's caption.)
        let outlet = || s.len() <= 30 && crate::analysis::roles::is_outlet(s);
        if !goes_on && self.recent.contains(&print) && !outlet() {
            self.remove(RemovalReason::Duplicate, unit);
            return;
        }
        self.remember(print);

        if !self.title_seen {
            self.title_seen = true;
            if word_count(s) <= 30 && !traits.credit {
                self.push_title(unit);
                return;
            }
        }
        if traits.credit {
            // `Image source, Getty Images` comes before its caption, not after.
            if CREDITS_BEFORE_CAPTION.iter().any(|p| starts_with_ci(s, p)) {
                self.caption_next = true;
            } else if !caption_follows {
                self.promote_caption();
            }
            self.keep(BlockKind::Credit, unit);
            return;
        }
        if std::mem::take(&mut self.caption_next) {
            self.keep(BlockKind::Caption, unit);
            return;
        }
        if s.len() <= 600
            && (opens_on_capitals_label(s) || describes_a_photo(s))
            && word_count(s) <= 60
        {
            self.keep(BlockKind::Caption, unit);
            return;
        }
        if self.prose <= 1 && is_date_line(s) {
            // `Lunga Mthembu` / `23 Apr 2025`: a bare name over the date is the writer's.
            self.writer_above();
            self.keep(BlockKind::Dateline, unit);
            self.date_line.get_or_insert(unit);
            return;
        }
        if traits.contribution {
            self.keep(BlockKind::Credit, unit);
            return;
        }
        // Before the article's prose, or after a standfirst; `Harriet Lowe, BBC News` too.
        // (Or the outlet in brackets: `Nina Kartika Sari (The Jakarta Post)`.)
        let name_and_outlet = || {
            is_name_and_outlet(s, self.lex)
                || s.strip_suffix(')')
                    .and_then(|r| r.split_once(" ("))
                    .is_some_and(|(name, outlet)| {
                        is_bare_name(name) && crate::analysis::roles::is_outlet(outlet)
                    })
        };
        if self.prose < 2 && (is_byline(s) || name_and_outlet()) {
            // (After the byline, a name and the outlet under a line of prose credit its
            // photo: `By Ellie Hansen` … `Smoke rises behind homes …` / `Brynn Caldwell,
            // Deseret News`.)
            let byline_before = self
                .layout
                .blocks
                .iter()
                .any(|b| b.kind == BlockKind::Credit);
            let photo = byline_before
                && !is_byline(s)
                && self
                    .layout
                    .blocks
                    .last()
                    .is_some_and(|b| b.kind == BlockKind::Paragraph);
            if photo {
                self.promote_caption();
            } else {
                self.byline_name = byline_name(self.text, unit);
            }
            self.keep(BlockKind::Credit, unit);
            return;
        }
        // `Sarah Green` / `Health reporter`: a name, then the writer's beat.
        if self.prose == 0 && (is_beat(s) || is_outlet_desk(s, self.lex)) {
            if let Some(last) = self.layout.blocks.last_mut() {
                if last.kind == BlockKind::Paragraph && is_bare_name(last.span.of(self.text)) {
                    last.kind = BlockKind::Credit;
                }
            }
            self.keep(BlockKind::Credit, unit);
            return;
        }
        // `(Dana Whitlock | The Salt Lake Tribune) Alfalfa fields along the Bear River …`:
        // the credit in brackets before the caption.
        if let Some(close) = traits.leading_credit {
            self.keep(
                BlockKind::Credit,
                Span::new(unit.start, unit.start + close + 1),
            );
            let caption = trim(self.text, Span::new(unit.start + close + 1, unit.end));
            self.keep(BlockKind::Caption, caption);
            return;
        }
        if let Some(credit) = traits.trailing_credit {
            let mut caption = trim(self.text, Span::new(unit.start, credit.start));
            // `… taken in October. | KYODO`: the bar goes with the credit.
            // So does the dash before `DawnNewsTV`.
            if caption.of(self.text).ends_with(" |") {
                caption = trim(self.text, Span::new(caption.start, caption.end - 2));
            } else if [" —", " –"]
                .iter()
                .any(|d| caption.of(self.text).ends_with(d))
            {
                // (an em or an en dash, each three bytes)
                caption = trim(
                    self.text,
                    Span::new(caption.start, caption.end - " —".len()),
                );
            }
            self.keep(BlockKind::Caption, caption);
            self.keep(BlockKind::Credit, credit);
            return;
        }
        // `Minister of Power, Bolaji Oyelaran` above the article's prose: a head shot's
        // caption, a post and the name of who is pictured.
        if self.prose == 0 && is_post_and_name(s) {
            self.keep(BlockKind::Caption, unit);
            return;
        }
        let mut body = unit;
        if self.prose == 0 {
            if let Some((place, rest)) = place_dateline(self.text, unit) {
                self.keep(BlockKind::Dateline, place);
                // The place (`CHICAGO`) is the dateline, more than a date line above it.
                self.layout.dateline.get_or_insert(place);
                body = rest;
            }
        }
        // Only whether there is any prose matters: stop counting at two.
        if self.prose < 2 && is_sentence(body.of(self.text)) {
            self.prose += 1;
        }
        self.keep(BlockKind::Paragraph, body);
    }

    fn push_title(&mut self, unit: Span) {
        let title = strip_site_suffix(self.text, unit, self.lex);
        if title.end < unit.end {
            self.remove(RemovalReason::Furniture, Span::new(title.end, unit.end));
        }
        self.keep(BlockKind::Title, title);
        self.layout.title = Some(title);
        // `Headline | Reuters` then `Headline`: the page repeats the title without its suffix.
        self.remember(fingerprint(title.of(self.text)));
    }

    /// A kept unit followed by a photo credit is that photo's caption, unless it opens
    /// with a quotation (`“People don’t want to sit outside,” Mr Tan said.` before a desk's
    /// `Source: CNA/hr`): captions describe, they do not quote.
    fn promote_caption(&mut self) {
        if let Some(last) = self.layout.blocks.last_mut() {
            let s = last.span.of(self.text);
            let quotation = s.starts_with(['"', '“']);
            if last.kind == BlockKind::Paragraph && word_count(s) <= 80 && !quotation {
                last.kind = BlockKind::Caption;
                if self.prose < 2 && is_sentence(last.span.of(self.text)) {
                    self.prose -= 1;
                }
            }
        }
        // `Priced out` / `Lisbon, median rent on new leases, € per square metre` / `Source:
        // INE`: a chart's title on the line above its caption is the caption's too.
        let n = self.layout.blocks.len();
        if n >= 2 && self.layout.blocks[n - 1].kind == BlockKind::Caption {
            let (above, caption) = (self.layout.blocks[n - 2], self.layout.blocks[n - 1]);
            let t = above.span.of(self.text);
            let next_line = self.text[above.span.end..caption.span.start]
                .matches('\n')
                .count()
                == 1;
            if above.kind == BlockKind::Paragraph
                && next_line
                && word_count(t) <= 6
                && !t.ends_with(['.', '!', '?', ':', '"', '”'])
            {
                self.layout.blocks[n - 2].kind = BlockKind::Caption;
            }
        }
        // `ALOR SETAR, Oct 12 -- Deputy Minister … visiting a padi field` over its credit:
        // a wire photo's caption opens with a dateline of its own; it stays in the caption.
        let n = self.layout.blocks.len();
        if n >= 2 {
            let (before, last) = (self.layout.blocks[n - 2], self.layout.blocks[n - 1]);
            let same_line = !self.text[before.span.end..last.span.start].contains('\n');
            if before.kind == BlockKind::Dateline && last.kind == BlockKind::Caption && same_line {
                self.layout.blocks.pop();
                if let Some(caption) = self.layout.blocks.last_mut() {
                    *caption = Block {
                        kind: BlockKind::Caption,
                        span: Span::new(before.span.start, last.span.end),
                    };
                }
                if self.layout.dateline == Some(before.span) {
                    self.layout.dateline = None;
                }
            }
        }
    }
}

/// The text and the lexicons: what tells a unit's traits.
#[derive(Clone, Copy)]
struct Page<'t> {
    text: &'t str,
    lex: &'static Lexicon,
}

/// What a unit is on its own, whatever comes before it. Worked out for every unit before
/// the builder walks them in order — on several threads for a long text, where this is
/// most of the work.
struct Traits {
    inline_caption: Option<Span>,
    furniture: Option<Furniture>,
    /// See [`fingerprint`].
    print: u64,
    credit: bool,
    /// Where a credit in brackets opening the unit closes (see [`Page::leading_credit`]).
    leading_credit: Option<usize>,
    contribution: bool,
    trailing_credit: Option<Span>,
}

/// A line of page furniture, and what it says of the lines after it.
#[derive(Clone, Copy)]
struct Furniture {
    /// Starts the page's footer (`Related stories`).
    starts_section: bool,
    /// A caption follows (`Image caption`).
    marks_caption: bool,
    /// `1:04`: a video's length, under the video's title or over its caption.
    video_length: bool,
    /// Bullets follow (`Key points:`).
    heads_list: bool,
    /// Another story's headline follows (`Recommended`).
    heads_headline: bool,
}

/// Below this many units, threads cost more than they save.
const PARALLEL_UNITS: usize = 4096;

impl<'t> Page<'t> {
    fn new(text: &'t str, lex: &'static Lexicon) -> Self {
        Page { text, lex }
    }

    /// Whether `s` starts with the first two bytes of some credit prefix, in any case.
    fn may_start_credit(&self, s: &str) -> bool {
        static STARTS: OnceLock<CreditStarts> = OnceLock::new();
        STARTS
            .get_or_init(|| CreditStarts::new(&self.lex.credit_prefixes))
            .may_start(s.as_bytes())
    }

    /// Whether `s` starts with a credit prefix (`Image:`, `Photo by`), in any case.
    fn starts_with_credit(&self, s: &str) -> bool {
        self.may_start_credit(s)
            && self
                .lex
                .credit_prefixes
                .iter()
                .any(|p| starts_with_ci(s, p))
    }

    fn traits_of(&self, units: &[Span]) -> Vec<Traits> {
        let threads = crate::cores();
        if threads < 2 || units.len() < PARALLEL_UNITS {
            return units.iter().map(|&u| self.traits(u)).collect();
        }
        let per_thread = units.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let parts: Vec<_> = units
                .chunks(per_thread)
                .map(|part| {
                    scope.spawn(move || part.iter().map(|&u| self.traits(u)).collect::<Vec<_>>())
                })
                .collect();
            parts
                .into_iter()
                .flat_map(|p| {
                    p.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        })
    }

    fn traits(&self, unit: Span) -> Traits {
        let s = unit.of(self.text);
        let key = key(s, FURNITURE_BYTES);
        let furniture = self.is_furniture(s, &key).then(|| Furniture {
            starts_section: self.lex.section_starts.contains(&key),
            marks_caption: self.lex.caption_markers.contains(&key),
            video_length: is_video_length(s),
            heads_list: self.lex.list_headings.contains(&key),
            heads_headline: self.lex.headline_boxes.contains(&key) || is_more_from(&key),
        });
        Traits {
            inline_caption: self.inline_caption(unit, &key),
            furniture,
            print: fingerprint(s),
            credit: self.is_credit(s),
            leading_credit: self.leading_credit(s),
            contribution: is_contribution_note(s),
            trailing_credit: self.trailing_credit(unit),
        }
    }

    fn is_furniture(&self, s: &str, k: &str) -> bool {
        // `AP tennis: https://apnews.com/hub/tennis`: a short label and a link.
        if s.len() <= 100
            && s.split_whitespace()
                .last()
                .is_some_and(|w| w.starts_with("https://") || w.starts_with("http://"))
            && word_count(s) <= 6
        {
            return true;
        }
        // `Aisha Rahman` / `News reporter @aisharahmansky`: a writer's box with a handle.
        if is_writer_with_handle(s) {
            return true;
        }
        // `© Simon Dawson/Bloomberg` credits a photo; `© 2025 AFP` is the page's.
        if s.starts_with('©') && self.is_credit(s) {
            return false;
        }
        if !s.chars().any(char::is_alphabetic)
            || is_page_meta(k)
            || is_page_stamp(s)
            || s.len() <= PULL_QUOTE_BYTES && (is_signed_pull_quote(s) || is_email_address(s))
        {
            return true;
        }
        if s.len() <= FURNITURE_BYTES && (self.lex.furniture_lines.contains(k) || is_more_from(k)) {
            return true;
        }
        // `Add CBS News on Google`: a button to make the outlet a preferred source; `Follow
        // The Daily Star's Google News channel`, `Follow The Gleaner on X and Instagram
        // @JamaicaGleaner`: the outlet's own channels.
        let button = s.len() <= 60 && s.starts_with("Add ") && s.ends_with(" on Google");
        // (`Join the Belfast Telegraph WhatsApp channel`)
        let channels =
            (s.starts_with("Follow ") || s.starts_with("Like ") || s.starts_with("Join "))
                && s.len() <= 300
                && (s.contains("Google News")
                    || s.contains(" @")
                    || s.contains(" on WhatsApp")
                    || s.contains("WhatsApp channel")
                    || s.contains(" on Facebook")
                    || s.contains("WhatsApp community"));
        // `3 min Reading time`, `5 min read`, `4 min read Last Updated : Mar 19 2025`
        let reading_time = s.len() <= 80
            && s.starts_with(|c: char| c.is_ascii_digit())
            && (k.ends_with("min reading time")
                || k.ends_with("min read")
                || k.ends_with("mins to read")
                || k.ends_with("min to read")
                || k.contains(" min read last updated"))
            && word_count(s) <= 16;
        // `Facebook : @bernamaofficial, @bernamatv`, `X: @BernamaMY`: an outlet's accounts.
        let account = s.len() <= 100
            && s.split_once(':').is_some_and(|(platform, handles)| {
                word_count(platform) <= 2
                    && handles.split(',').all(|h| {
                        let h = h.trim();
                        h.starts_with('@') && !h.contains(char::is_whitespace)
                    })
            });
        // `Get the latest Utah politics news in your inbox. Sign up for …`: a newsletter's
        // promise.
        // (`Get the day's top stories … delivered to your inbox every morning`, `Get more
        // Colorado news by signing up for our … email newsletter.`)
        let inbox = s.len() <= 200
            && ((k.contains(" in your inbox") || k.contains(" to your inbox"))
                && (k.ends_with("inbox")
                    || k.contains("sign up")
                    || k.contains("newsletter")
                    || k.contains("delivered to your inbox")
                    || k.contains("straight to your inbox"))
                || (k.contains("signing up for our") || k.contains("sign up for our"))
                    && k.contains("newsletter"))
            && word_count(s) <= 30;
        if button || channels || reading_time || account || inbox {
            return true;
        }
        if is_writer_tag(s) {
            return true;
        }
        // `Comments 214`, `6 Comments`, `Comments - 0`, `Contact: the.punch.newspaper@gmail.com`
        let number = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
        let counted = k
            .strip_prefix("comments ")
            .map(|n| n.trim_start_matches(['-', ' ']))
            .is_some_and(number)
            || k.strip_suffix(" comments").is_some_and(number);
        // `By Kelsey Marchetti | kmarchetti@denverpost.com | The Denver Post`: a byline with
        // the writer's address.
        let byline_with_address = s.starts_with("By ")
            && s.len() <= 150
            && s.split_whitespace()
                .any(|w| is_email_address(w.trim_end_matches(['.', ','])));
        let contact = s.len() <= 80
            && word_count(s) <= 3
            && s.split_whitespace()
                .last()
                .is_some_and(|w| is_email_address(w.trim_end_matches('.')));
        // `Priya Natarajan can be reached at priya.natarajan@globe.com.`
        let reached = s.len() <= 200
            && s.contains(" can be reached at ")
            && s.split_whitespace()
                .any(|w| is_email_address(w.trim_end_matches('.')));
        if counted || contact || reached || byline_with_address {
            return true;
        }
        let first = k.split(' ').next().unwrap_or("");
        self.lex
            .furniture_prefixes
            .get(first)
            .is_some_and(|ps| ps.iter().any(|p| k.starts_with(p.as_str())))
    }

    /// `Image caption, Patients are waiting …`: a caption marker and the caption on one
    /// line; returns the caption.
    fn inline_caption(&self, unit: Span, k: &str) -> Option<Span> {
        let s = unit.of(self.text);
        // Markers hold no `,` or `:` (the lexicon's tests say so): the one a line may start
        // with is what comes before its first.
        let sep_in_key = memchr::memchr2(b',', b':', k.as_bytes())?;
        let marker = &k[..sep_in_key];
        if k.len() - sep_in_key <= 2 || !self.lex.caption_markers.contains(marker) {
            return None;
        }
        let sep = s
            .char_indices()
            .take(marker.len() + 4)
            .find(|(_, c)| matches!(c, ',' | ':'))?
            .0;
        let caption = trim(self.text, Span::new(unit.start + sep + 1, unit.end));
        (!caption.is_empty()).then_some(caption)
    }

    /// A photo credit line: `Image: NASA`, `Kevin Wolf/AP`, `AFP via Getty Images`.
    fn is_credit(&self, s: &str) -> bool {
        // `USA TODAY` on a line of its own, under a photo or video: the outlet's own.
        if s.len() <= 30 && crate::analysis::roles::is_outlet(s) {
            return true;
        }
        // `Philippine Coast Guard handout`: a body's handout photo; `Photo - Times of Oman
        // file`: a photo's label before a dash.
        if s.len() <= 60
            && (ends_with_ci(s, " handout") && s.starts_with(char::is_uppercase)
                || starts_with_ci(s, "Photo - ") && !has_more_words_than(s, 8))
        {
            return true;
        }
        // `--fotoBERNAMA (2025) COPYRIGHTS RESERVED`: an agency's photo rights.
        if s.len() <= 80 && s.ends_with("COPYRIGHTS RESERVED") {
            return true;
        }
        // `Copyright European Union 2025 - Source : EP`: a photo's copyright line.
        if starts_with_ci(s, "Copyright ")
            && word_count(s) <= 10
            && s.bytes().any(|b| b.is_ascii_digit())
            && !s.to_lowercase().contains("all rights reserved")
        {
            return true;
        }
        // `© Simon Dawson/Bloomberg`: a photo's copyright is its credit.
        if let Some(rest) = s.strip_prefix('©') {
            let rest = rest.trim_start();
            return !rest.starts_with(|c: char| c.is_ascii_digit()) && self.is_credit(rest);
        }
        // `(ABC News: Jane Lee)`, `(Reuters: John Roe)`, `(Supplied)`, `[Photo: Jane Roe]`:
        // a credit in brackets, capitalised words only.
        let bracketed = |open: char, close: char| s.strip_prefix(open)?.strip_suffix(close);
        if let Some(inner) = bracketed('(', ')').or_else(|| bracketed('[', ']')) {
            let words = inner.split_whitespace().count();
            // `(Image credit: Ardent Orbital)`: a credit prefix may have lower-case words.
            // (`via` joins a photographer to an agency: `Dana Pruitt/CQ-Roll Call, Inc via
            // Getty Images`.)
            // (`(Express Photo by Rohan Sapre)`: `by` after a photo's label.)
            let capitalised = self.starts_with_credit(inner)
                || inner.split_whitespace().all(|w| {
                    matches!(w, "via" | "by")
                        || w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
                });
            let photo_by = inner.contains("Photo by ") || inner.contains("Picture by ");
            // (`[Edwin Kiprop, Standard]`: the photographer, then the outlet.)
            return (1..=8).contains(&words)
                && !inner.contains(['(', ')', '[', ']'])
                && (inner.contains([':', '/', ',']) || words <= 2 || photo_by)
                && capitalised;
        }
        if self.starts_with_credit(s) {
            // (Not `Source: Oleksandr Dzhurenko, Head of Sumy Oblast Military Administration,
            // on Telegram; Ukrainian Air Force`: whom the story draws on, several sources or a
            // post on a platform, a line of the story.)
            let sourcing = starts_with_ci(s, "Source")
                && (s.contains(';')
                    || [
                        " on Telegram",
                        " on Facebook",
                        " on X",
                        " on Twitter",
                        " on Instagram",
                    ]
                    .iter()
                    .any(|on| s.contains(on)));
            if sourcing {
                return false;
            }
            // (Not `File photo: the Kouris dam, the island’s largest reservoir, …`: what the
            // photo shows, a caption.)
            let described = s
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_lowercase))
                .count()
                > 3;
            return word_count(s) <= 16 && !described;
        }
        if s.len() > 80 || s.ends_with(['.', '!', '?', '"', '”']) && !s.ends_with(".com") {
            return false;
        }
        let words: Vec<&str> = s.split_whitespace().collect();
        if words.len() > 9 {
            return false;
        }
        let capitalised = words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()) || is_particle(w)
        });
        // `File photo`, `Pajhwok Photo`, `KUNA photo`: a photo said to be a source's.
        if (2..=3).contains(&words.len())
            && ends_with_photo_word(s)
            && words[0].starts_with(char::is_uppercase)
        {
            return true;
        }
        // (A middle initial's dot is no sentence's: `David M. Santos/The Guam Daily Post`.)
        let sentence_inside = s.match_indices(". ").any(|(i, _)| {
            let b = s.as_bytes();
            !(i >= 1 && b[i - 1].is_ascii_uppercase() && (i == 1 || b[i - 2] == b' '))
        });
        if let Some((name, agency)) = s.rsplit_once('/').filter(|_| !sentence_inside) {
            // `Name Surname/Agency`: every word capitalised, a short agency after the slash
            // (not a caption that ends on its credit: `Gráinne Kiely. Photo: Conor Walsh/…`);
            // the agency may be a post (`Karen Whitlock/Staff photographer`).
            let named = name.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()) || is_particle(w)
            });
            return named && !agency.trim().is_empty() && word_count(agency) <= 4;
        }
        // `KT Photo: Imran Rasheed`: a photo's label after the outlet's initials.
        let labelled = words.len() <= 8
            && words
                .iter()
                .take(3)
                .any(|w| matches!(*w, "Photo:" | "PHOTO:" | "Picture:" | "PICTURE:" | "Pic:"));
        if labelled && capitalised {
            return true;
        }
        // `Brynn Caldwell, Deseret News`: a photographer, then the outlet.
        if is_name_and_outlet(s, self.lex) {
            return true;
        }
        // `Lauren Okoye for The New York Times`: a photographer for a known outlet; or for
        // one in capitals (`Sophie Park for STAT`).
        if let Some((name, outlet)) = s.split_once(" for ") {
            let shouted = outlet.len() >= 2
                && !outlet.contains(' ')
                && outlet.chars().all(|c| c.is_ascii_uppercase() || c == '&');
            if is_bare_name(name)
                && (self.lex.outlets_lower.contains(&outlet.to_lowercase())
                    || shouted && name.contains(' '))
            {
                return true;
            }
        }
        // `Getty Images`, `AFP via Getty Images`, `Jane Doe for NPR`
        let lower = s.to_lowercase();
        capitalised
            && self.lex.credit_agencies.iter().any(|a| {
                lower
                    .strip_suffix(a.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            })
    }

    /// `… during the event. Image: NASA.`: the credit closing a caption paragraph.
    /// Where the credit in brackets that opens a caption closes: `(Dana Whitlock | The Salt
    /// Lake Tribune) Alfalfa fields …`.
    fn leading_credit(&self, s: &str) -> Option<usize> {
        if !s.starts_with('(') {
            return None;
        }
        let close = memchr::memchr(b')', &s.as_bytes()[..s.len().min(100)])?;
        let bracket = &s[..=close];
        let marked = bracket.contains(" | ") || bracket.contains('/');
        let caption_after = word_count(&s[close + 1..]) >= 4;
        (marked && caption_after && self.is_credit(&bracket.replace(" | ", "/"))).then_some(close)
    }

    fn trailing_credit(&self, unit: Span) -> Option<Span> {
        let s = unit.of(self.text);
        // `… stores in Germany and Poland © Hanna Voss/Bloomberg`: a copyright sign starts
        // a short credit wherever it stands.
        if let Some(c) = copyright_sign(s.as_bytes()) {
            let tail = &s[c..];
            if c > 0 && !has_more_words_than(tail, 8) {
                return Some(Span::new(unit.start + c, unit.end));
            }
        }
        // `… for Castlebridge last season (Photo: Lee Harker/Northline Images)`: a credit
        // in brackets may close the caption's sentence itself.
        if let Some(open_byte) = match s.as_bytes().last() {
            Some(b')') => Some(b'('),
            Some(b']') => Some(b'['),
            _ => None,
        } {
            if let Some(open) = memchr::memrchr(open_byte, s.as_bytes()).filter(|&o| o > 0) {
                let tail = &s[open..];
                // (Or an agency's or outlet's name alone: `… in Kennington (PA Wire)`.)
                let inner = &tail[1..tail.len() - 1];
                // (Or a source's own photo: `… on Wednesday (Petra photo)`, `(ST Photo)`.)
                // (`(Bernama pic)`, `(Isle of Man Newspapers)`, `(Photo courtesy of PCG)`,
                // `(Provided by a reader)`, `(Antara Photo/Fikri Lasabuda)`, `[YONHAP]`.)
                // (A label's credit may name a longer body: `(Courtesy of the National
                // Emergency Commission)`.)
                // (`(Photo courtesy of the Ministry of Tourism and Antiquities)`: a body's
                // name may be long.)
                let named_source = || {
                    self.starts_with_credit(inner) && !has_more_words_than(inner, 10)
                        || inner.len() <= 30
                            && (self.lex.credit_agencies.contains(&inner.to_lowercase())
                                || crate::analysis::roles::is_outlet(inner)
                                || (ends_with_photo_word(inner)
                                    || ends_with_ci(inner, " newspapers"))
                                    && !has_more_words_than(inner, 4)
                                || starts_with_ci(inner, "provided by ")
                                || inner.contains(" Photo/")
                                || tail.starts_with('[')
                                    && inner.len() >= 3
                                    && inner
                                        .bytes()
                                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
                };
                // (Not a wire's sign-off with its date: `(Colombo/Nov27/2024)`.)
                let dated = inner.bytes().filter(u8::is_ascii_digit).count() >= 4;
                let labelled = !dated && (tail.contains([':', '/', ',']) || tail.contains(" by "));
                // (`… in January (Christos Loizou)`: a photographer's bare name, closing a
                // short line that opens with a photo's label.)
                // (Or after the caption's full stop: `… on Nov. 12. (Kenta Moriyama)`.)
                let photographer = || {
                    is_bare_name(inner)
                        && (word_count(s) <= 40 && self.starts_with_credit(s)
                            || s[..open].trim_end().ends_with('.')
                                && (2..=3).contains(&word_count(inner)))
                };
                if s.as_bytes()[open - 1] == b' '
                    && (labelled && self.is_credit(tail) || named_source() || photographer())
                {
                    return Some(Span::new(unit.start + open, unit.end));
                }
            }
        }
        // `… tractors on Tuesday Image: Lukas Verbeke/AFP`: a credit's label inside the
        // line, the caption's sentence left open before it.
        // Both credits below are short: look for their mark near the line's end only.
        let near_end = s.len().saturating_sub(CREDIT_BYTES);
        if let Some(colon) = memchr::memrchr(b':', &s.as_bytes()[near_end..]).map(|c| near_end + c)
        {
            // The label is the word or two before the colon (`Image:`, `Photo credit:`).
            let word_start = |end: usize| s[..end].rfind(' ').map(|sp| sp + 1);
            let one = word_start(colon);
            let two = one.and_then(|o| o.checked_sub(1)).and_then(word_start);
            // (`… the Gulf of Paria. —Photo: DEX`: a dash glued to the label.)
            let unglued = |at: usize| {
                let dash = ["—", "–"].iter().find(|d| s[at..].starts_with(**d));
                at + dash.map_or(0, |d| d.len())
            };
            // (In capitals too: `… in Mogoditshane last week PIC: TEBOGO MOSWEU`.)
            let label = [one, two].into_iter().flatten().map(unglued).find(|&at| {
                at > 0
                    && s[at..].starts_with(char::is_uppercase)
                    && self
                        .lex
                        .credit_prefixes
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(&s[at..=colon]))
            });
            if let Some(at) = label {
                if !has_more_words_than(&s[at..], 8) && word_count(&s[..at]) >= 3 {
                    return Some(Span::new(unit.start + at, unit.end));
                }
            }
        }
        // `… on January 19th, photo by Rafael Moura/Agência Brasil.`: a credit after a
        // comma, in lower case.
        static PHOTO_BY: std::sync::OnceLock<memchr::memmem::FinderRev<'static>> =
            std::sync::OnceLock::new();
        let photo_by = PHOTO_BY.get_or_init(|| memchr::memmem::FinderRev::new(", photo by "));
        if let Some(comma) = photo_by
            .rfind(&s.as_bytes()[near_end..])
            .map(|c| near_end + c)
        {
            let tail = &s[comma + 2..];
            if word_count(&s[..comma]) >= 5 && !has_more_words_than(tail, 8) {
                return Some(Span::new(unit.start + comma + 2, unit.end));
            }
        }
        // `… on Wednesday morning.Matthew Delgado/Globe Staff`: a credit run on after the
        // caption's full stop, with no space.
        if let Some(dot) = memchr::memrchr(b'.', &s.as_bytes()[near_end..]).map(|d| near_end + d) {
            let tail = &s[dot + 1..];
            let glued = dot > 0
                && tail.starts_with(|c: char| c.is_uppercase())
                && tail.contains('/')
                && word_count(&s[..dot]) >= 5;
            if glued && self.is_credit(tail) {
                return Some(Span::new(unit.start + dot + 1, unit.end));
            }
        }
        // `… in Colombo yesterday. Pic by Nimal Jayasundera`, `… CEO Moses Tanito. Photo:
        // Supplied`, `… Economic Zone. Courtesy`, `… in Dhanusha. Post File Photo`: a short
        // credit as a sentence of its own after the caption's.
        // (Short: look in the last bytes only, and at a capital after the stop.)
        let last_bytes = s.len().saturating_sub(SHORT_CREDIT_BYTES);
        let stop = memchr::memrchr_iter(b'.', &s.as_bytes()[last_bytes..])
            .map(|d| last_bytes + d)
            .find(|&d| s.as_bytes().get(d + 1) == Some(&b' '));
        if let Some(stop) = stop {
            let tail = &s[stop + 2..];
            // (`… earlier this month. Sok Veasna`: a photographer's bare name.)
            let credit = || {
                self.starts_with_credit(tail)
                    || is_bare_name(tail) && word_count(tail) <= 3
                    || tail.eq_ignore_ascii_case("courtesy")
                    || tail.eq_ignore_ascii_case("supplied")
                    || ends_with_ci(tail, " file photo")
            };
            if tail.starts_with(char::is_uppercase)
                && !has_more_words_than(tail, 5)
                && credit()
                && word_count(&s[..stop]) >= 3
            {
                return Some(Span::new(unit.start + stop + 2, unit.end));
            }
        }
        // `… taken in October. | KYODO`: an agency after a bar.
        let bytes = s.as_bytes();
        let bar = memchr::memrchr(b'|', &bytes[near_end..])
            .map(|b| near_end + b)
            .filter(|&b| b > 0 && bytes[b - 1] == b' ' && bytes.get(b + 1) == Some(&b' '))
            .map(|b| b - 1);
        if let Some(bar) = bar {
            let agency = &s[bar + 3..];
            let caption_before = s[..bar].trim_end().ends_with('.') && word_count(&s[..bar]) >= 5;
            // (or a source the lexicon knows: `… at Bhojka Dhani. | Special arrangement`)
            let known = || self.lex.credit_agencies.contains(&agency.to_lowercase());
            if caption_before && (is_bare_name_or_word(agency) || known()) && agency.len() > 1 {
                return Some(Span::new(unit.start + bar + 3, unit.end));
            }
        }
        // `… outside the Islamabad High Court on Tuesday. — DawnNewsTV`: a source after a
        // dash, one word.
        // (The em dash's last byte, 0x94, is rare: look for it before searching.)
        // (Or an en dash: `… in Lundu yesterday. – Photo by Ghazali Bujang`.)
        let dash_at = memchr::memrchr2(0x94, 0x93, &s.as_bytes()[near_end..])
            .and_then(|_| {
                let tail = &s.as_bytes()[near_end..];
                memchr::memmem::rfind(tail, " — ".as_bytes())
                    .max(memchr::memmem::rfind(tail, " – ".as_bytes()))
            })
            .map(|d| near_end + d);
        if let Some(dash) = dash_at {
            // (Both dashes are three bytes long; after an en dash, only a credit's label:
            // `– Rappler.com` closes an article.)
            let source = &s[dash + " — ".len()..];
            let en_dash = s[dash..].starts_with(" – ");
            let caption_before =
                || s[..dash].trim_end().ends_with('.') && has_more_words_than(&s[..dash], 4);
            // (Or a short credit: `— Picture by Hazim Roslan`, `— Reuters pic`.)
            // (`— KUNA photo`; and a credit's label needs no full stop before it: `… in
            // Colombo yesterday – Pic by Lasantha Kumara`.)
            let labelled = self.starts_with_credit(source);
            // (`— VNS Photo Đoàn Tùng`: a source's photo and its photographer.)
            let source_photo = source
                .split_once(" Photo ")
                .is_some_and(|(who, name)| !who.contains(' ') && is_bare_name(name));
            let credit = !source.contains(' ')
                || source_photo
                || !has_more_words_than(source, 5) && (ends_with_photo_word(source) || labelled);
            if credit
                && (!en_dash || labelled)
                && source.starts_with(char::is_uppercase)
                && source.len() > 2
                && (caption_before() || labelled && has_more_words_than(&s[..dash], 6))
            {
                return Some(Span::new(unit.start + dash + " — ".len(), unit.end));
            }
        }
        // A credit is the last short sentence: try the last few sentence starts.
        let mut at = s.len();
        for _ in 0..3 {
            let before = s[..at].trim_end_matches(['.', ' ']);
            let stop = sentence_stop(before.as_bytes())?;
            let start = stop + 2;
            let tail = &s[start..];
            if has_more_words_than(tail, 12) {
                return None;
            }
            // `… where he was shot. (Photo: Jane Roe/The Daily Sentinel)`: in brackets too;
            // and `… on Tuesday. THE CANADIAN PRESS/Jordan Mercier`: a credit's slash.
            let bracketed = tail.starts_with('(') && tail.ends_with(')') && self.is_credit(tail);
            let slashed = tail.contains('/') && !tail.ends_with('.') && self.is_credit(tail);
            // (`… in Al Khor. File Pic`)
            let file_picture =
                matches!(tail, "File Pic" | "File pic" | "File Photo" | "File photo");
            let credit = bracketed
                || slashed
                || file_picture
                || is_shouted_photo_credit(tail)
                || self.may_start_credit(tail)
                    && self
                        .lex
                        .credit_prefixes
                        .iter()
                        .any(|p| p.starts_with(char::is_uppercase) && tail.starts_with(*p));
            if credit {
                return Some(Span::new(unit.start + start, unit.end));
            }
            at = stop;
        }
        None
    }
}

/// `ST FILE PHOTO`, `PHOTO: LIANHE ZAOBAO`, `REUTERS PICTURE`: a credit in capitals that
/// says it is one.
fn is_shouted_photo_credit(tail: &str) -> bool {
    let words = || {
        tail.split_whitespace()
            .map(|w| w.trim_end_matches([':', '.']))
    };
    // Most tails are plain sentences: the first lower-case letter rules them out.
    tail.chars().all(|c| !c.is_lowercase())
        && tail.chars().any(char::is_alphabetic)
        && words().count() <= 6
        && words().any(|w| matches!(w, "PHOTO" | "PHOTOS" | "PICTURE" | "PICTURES" | "IMAGE"))
}

/// The first two bytes of every credit prefix, case folded, as a bit set: most lines
/// start with none of them, and skip the prefixes. One byte is not enough: `Top photo`
/// would make every `The` a candidate.
struct CreditStarts(Vec<u64>);

impl CreditStarts {
    fn new(prefixes: &[&str]) -> Self {
        let mut bits = vec![0u64; 65536 / 64];
        let mut set = |a: u8, b: u8| {
            let i = Self::index(a, b);
            bits[i / 64] |= 1 << (i % 64);
        };
        for p in prefixes {
            match *p.as_bytes() {
                [] => {}
                // Whatever follows a one-byte prefix, the end of the line included.
                [a] => (0..=u8::MAX).for_each(|b| set(a, b)),
                [a, b, ..] => set(a, b),
            }
        }
        CreditStarts(bits)
    }

    fn index(a: u8, b: u8) -> usize {
        usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase())
    }

    fn may_start(&self, s: &[u8]) -> bool {
        let Some(&a) = s.first() else {
            return false;
        };
        let i = Self::index(a, s.get(1).copied().unwrap_or(0));
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// Where the last `©` in `s` is.
fn copyright_sign(s: &[u8]) -> Option<usize> {
    memchr::memrchr_iter(0xA9, s).find_map(|i| (i > 0 && s[i - 1] == 0xC2).then(|| i - 1))
}

/// Where the last `. ` in `s` is.
fn sentence_stop(s: &[u8]) -> Option<usize> {
    memchr::memrchr_iter(b'.', s).find(|&i| s.get(i + 1) == Some(&b' '))
}

/// The searcher for a double space, built once: building one per line cost more than
/// the search.
fn double_space() -> &'static memchr::memmem::Finder<'static> {
    static SPACES: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    SPACES.get_or_init(|| memchr::memmem::Finder::new(b"  "))
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Whether the last word of `s` says it is a photo (`File photo`, `KUNA photo`, `Bernama
/// pic`): a credit naming whose photo it is.
fn ends_with_photo_word(s: &str) -> bool {
    s.rsplit(' ').next().is_some_and(|w| {
        ["photo", "photos", "pic", "picture", "photograph"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    })
}

fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.is_char_boundary(s.len() - suffix.len())
        && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "van"
            | "von"
            | "der"
            | "la"
            | "le"
            | "del"
            | "al"
            | "bin"
            | "via"
            | "for"
            | "and"
            | "of"
            | "the"
    )
}

/// Real prose: enough words, ending like a sentence.
/// `4 min read`, `12 minute read`, `Updated 2 hours ago`, `Published 5 mins ago`: reading
/// times and relative timestamps, which only a page prints (`k` is the furniture key).
fn is_page_meta(k: &str) -> bool {
    if k.len() > 40 {
        return false;
    }
    let words: Vec<&str> = k.split(' ').collect();
    let minutes = |unit: &str| matches!(unit, "min" | "mins" | "minute" | "minutes");
    let count = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit());
    match words.as_slice() {
        [n, unit, "read" | "listen"] => count(n) && minutes(unit),
        // `4-Minute Listen`, `6 min`, `Estimated 6 minutes`: how long the page takes.
        [n_unit, "read" | "listen"] => n_unit
            .split_once('-')
            .is_some_and(|(n, u)| count(n) && minutes(u)),
        [n, unit] => count(n) && minutes(unit),
        ["estimated", n, unit] => count(n) && minutes(unit),
        [n, unit, "ago"] => {
            n.chars().all(|c| c.is_ascii_digit())
                && matches!(
                    unit.trim_end_matches('s'),
                    "min" | "minute" | "hour" | "hr" | "day" | "week" | "month"
                )
        }
        [first, .., "ago"] => {
            words.len() <= 6 && matches!(*first, "updated" | "published" | "posted" | "last")
        }
        _ => false,
    }
}

/// `This photo, released by …, shows …`, `… in this photo provided by the Army.`: a line
/// that says it describes a photo (Yonhap's captions).
fn describes_a_photo(s: &str) -> bool {
    let opens = ["This photo", "This file photo", "This handout photo"];
    // (The phrase closes the caption: look near its end only.)
    let mut from = s.len().saturating_sub(CREDIT_BYTES);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let tail = &s[from..];
    opens.iter().any(|o| s.starts_with(o))
        || [
            "in this photo",
            "in this file photo",
            "in this handout photo",
        ]
        .iter()
        .any(|p| tail.contains(p))
}

/// `Megan Caldwell is a reporter for Fox News Digital`, `Rachel Okafor is a science
/// journalist`: the writer's tag line, a bare name then what they write. Not a sentence
/// about a journalist in the news (`… is a journalist who was arrested …`).
fn is_writer_tag(s: &str) -> bool {
    // (Cheaply first: `is` among the first five words, after a name.)
    if s.len() > 400 || !s.split_whitespace().take(5).skip(2).any(|w| w == "is") {
        return false;
    }
    let Some((name, rest)) = s.split_once(" is a ").or_else(|| s.split_once(" is an ")) else {
        return false;
    };
    // The first sentence only (`… covering border security. Story tips can be sent to …`).
    let rest = rest.split_once(". ").map_or(rest, |(first, _)| first);
    let beat = [
        "reporter",
        "journalist",
        "correspondent",
        "writer",
        "editor",
        "producer",
    ];
    is_bare_name(name)
        && word_count(rest) <= 20
        && rest
            .split_whitespace()
            .take(6)
            .any(|w| beat.iter().any(|b| w.starts_with(b)))
        && !rest.split_whitespace().any(|w| {
            matches!(w, "was" | "has" | "had" | "were" | "when" | "after")
                || w.len() > 4 && w.ends_with("ed") && !w.contains('-')
        })
}

/// `More from CBS News`: a heading over other stories' headlines, the outlet named.
fn is_more_from(key: &str) -> bool {
    key.strip_prefix("more from ")
        .is_some_and(|outlet| (1..=3).contains(&outlet.split(' ').count()))
}

/// `1:04`, `12:30`: the running time printed over a video.
fn is_video_length(s: &str) -> bool {
    let s = s.trim();
    s.split_once(':').is_some_and(|(m, sec)| {
        (1..=2).contains(&m.len())
            && sec.len() == 2
            && m.bytes().chain(sec.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// `DISASTER PROBE. Senator Lorna Villacorta presides over …`: a caption opening on a
/// label in capitals, as Rappler's do.
fn opens_on_capitals_label(s: &str) -> bool {
    // The label is short and in capitals: most paragraphs are out at their second letter.
    if s.chars().take(2).any(char::is_lowercase) {
        return false;
    }
    let Some((label, rest)) = s.split_once(". ") else {
        return false;
    };
    // (Not a dateline and its agency: `ASTANA. KAZINFORM – Kazakhstan expects …`.)
    let agency_dash = rest.split_once(' ').is_some_and(|(agency, after)| {
        agency.len() >= 3
            && agency.chars().all(|c| c.is_uppercase() || c == '.')
            && ["– ", "— ", "- "].iter().any(|d| after.starts_with(d))
    });
    (4..=40).contains(&label.len())
        && label.chars().all(|c| !c.is_lowercase())
        && label.chars().any(char::is_alphabetic)
        && (1..=4).contains(&word_count(label))
        && rest.starts_with(char::is_uppercase)
        && !agency_dash
}

/// `Aisha Rahman\nNews reporter @aisharahmansky`: a writer's name and post with a social
/// media handle, a few words in all.
fn is_writer_with_handle(s: &str) -> bool {
    // `@in/kevin-marlowe-cnbc/`: a handle alone on its line, under the writer's name.
    let lone_handle = s.starts_with('@') && s.len() <= 60 && !s.contains(char::is_whitespace);
    if lone_handle && s.len() > 2 {
        return true;
    }
    // Short and with an `@`: most units are out before a word is counted.
    s.len() <= 160
        && memchr::memchr(b'@', s.as_bytes()).is_some()
        && word_count(s) <= 12
        && s.split_whitespace()
            .any(|w| w.len() > 2 && w.starts_with('@'))
        && ["reporter", "correspondent", "editor", "writer"]
            .iter()
            .any(|post| s.to_lowercase().contains(post))
}

/// What only a page prints around an article, by its shape:
/// - a time stamp, a date with a time or `Updated` (`Sat 17 May 2025 20.41 BST`,
///   `Published March 12, 2025 Updated March 13, 2025, 9:14 a.m. ET`); a bare date
///   (`Friday, August 15, 2008`) is the article's date line and stays;
/// - a wire desk's slug of initials (`nk/gv/rsc`);
/// - a wire subheading set between dashes (`- Hospitals overwhelmed -`);
/// - a copyright line that reserves all rights.
fn is_page_stamp(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 120 {
        return false;
    }
    // Every stamp holds a number: most lines are out at once.
    let has_digit = s.bytes().any(|b| b.is_ascii_digit());
    let timed = has_digit
        && s.split_whitespace().any(|w| {
            // `11:26`, `20.41`, `06:12PM`, `9:00pm`
            let w = w.trim_end_matches([',', '.']);
            let w = w
                .strip_suffix(['m', 'M'])
                .and_then(|x| x.strip_suffix(['a', 'A', 'p', 'P']))
                .unwrap_or(w);
            let clock = w.len() >= 4
                && w.contains([':', '.'])
                && w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.'));
            clock
                || ["updated", "published", "posted"]
                    .iter()
                    .any(|m| w.eq_ignore_ascii_case(m))
                // `6 a.m. EDT`
                || w == "a.m" || w == "p.m"
        });
    if timed && is_date_line(s) {
        return true;
    }
    // `nk/gv/rsc`, `bur-cgb/mlr`: a bureau's and editors' initials.
    let slug = s.len() <= 20
        && s.contains('/')
        && s.split('/').all(|p| {
            p.split('-')
                .all(|q| (1..=4).contains(&q.len()) && q.chars().all(|c| c.is_ascii_lowercase()))
        });
    let subheading = s.len() > 4 && s.starts_with("- ") && s.ends_with(" -") && word_count(s) <= 8;
    let reserved = s
        .get(..9)
        .is_some_and(|w| w.eq_ignore_ascii_case("copyright"))
        && s.to_lowercase().contains("all rights reserved");
    // `©2026 Bloomberg L.P.`, `© 2025 AFP`: the page's copyright, a year then its owner.
    let owned = s.strip_prefix('©').is_some_and(|rest| {
        let rest = rest.trim_start();
        rest.starts_with(|c: char| c.is_ascii_digit()) && word_count(rest) <= 6
    });
    // `Rhiannon Keough · CBC News · Posted: Nov 24, 2026 5:00 AM EST | Last Updated: …`
    // `Updated on: August 12, 2025 / 7:18 PM EDT / CBS News`, `News | Published: Sunday |
    // August 17, 2025 | 12:09 AM`
    let posted = s.contains("Posted: ")
        || s.contains("Last Updated: ")
        || timed
            && (s.starts_with("Updated on: ")
                || s.starts_with("Published on: ")
                || s.starts_with("Update ")
                || s.starts_with("Updated - ")
                || s.contains("| Published: ")
                || s.contains("| Updated: ")
                // `By Priya Natarajan Globe Staff,Updated April 9, 2025, 7:41 p.m.`
                || s.starts_with("By ") && s.contains("Updated "));
    // `Copyright PUNCH.`: the page's copyright, its owner alone.
    let copyright = s
        .get(..10)
        .is_some_and(|w| w.eq_ignore_ascii_case("copyright "))
        && word_count(s) <= 3;
    slug || subheading || reserved || owned || posted || copyright
}

/// `"We will not go back to work on promises." — Dr Okoth Wafula, KMPDU Secretary-General`:
/// a quotation set apart and signed with a dash, as pull quotes are; the article quotes
/// the same words with their cue.
fn is_signed_pull_quote(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['"', '“']) else {
        return false;
    };
    // The signature is short: look for the dash near the end only, not through a long
    // paragraph that opens with a quotation.
    let mut from = rest.len().saturating_sub(SIGNATURE_BYTES);
    while !rest.is_char_boundary(from) {
        from += 1;
    }
    let tail = &rest[from..];
    if !tail.contains(['—', '–']) {
        return false;
    }
    let Some((close, dash)) = ["\" — ", "” — ", "\" – ", "” – "]
        .iter()
        .find_map(|sep| tail.rfind(sep).map(|i| (from + i, sep.len())))
    else {
        return false;
    };
    let (quote, signature) = (&rest[..close], &rest[close + dash..]);
    !quote.contains(['"', '“', '”'])
        && signature.starts_with(char::is_uppercase)
        && (1..=10).contains(&word_count(signature))
        && !signature.ends_with(['.', '!', '?'])
}

/// How far from a caption line's end a credit may start (`Image: …`, `| KYODO`).
const CREDIT_BYTES: usize = 160;
/// How far from a line's end a credit set as a sentence of its own starts, at most
/// (`. Pic by Nimal Jayasundera`).
const SHORT_CREDIT_BYTES: usize = 60;

/// The longest line read as a pull quote (or an address): a pull quote is a sentence or
/// two.
const PULL_QUOTE_BYTES: usize = 300;

/// How far from a line's end a pull quote's signature may start.
const SIGNATURE_BYTES: usize = 120;

/// A line that is only an e-mail address (the writer's, at the foot of the page).
fn is_email_address(s: &str) -> bool {
    !s.contains(' ')
        && s.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// A paragraph of the article proper: several words ending a sentence, not a line of
/// page matter (`4 min read`, `By Jane Doe`).
fn is_sentence(s: &str) -> bool {
    word_count(s) >= SENTENCE_WORDS
        && s.trim_end_matches(['"', '”', '’', ')'])
            .ends_with(['.', '!', '?'])
}

fn is_prose(s: &str) -> bool {
    let sentence = s
        .trim_end_matches(['"', '”', '’', ')'])
        .ends_with(['.', '!', '?']);
    // A shorter sentence of reported speech is the story's too (`… Sarah Whitcombe said the
    // case showed …`): lists of other stories give headlines, not what someone said.
    let reported = word_count(s) >= 12 && (s.contains(" said ") || s.contains(" said."));
    sentence && (word_count(s) >= FOOTER_PROSE_WORDS || reported)
}

/// `By Jane Doe`, `By JANE DOE, Associated Press`.
/// `Associated Press writer Tom Hale in Milwaukee contributed to this report.`, `Additional
/// reporting by …`: who else worked on the story. A line, not a paragraph of prose.
fn is_contribution_note(s: &str) -> bool {
    let s = s.trim_end_matches(['.', ' ']);
    // `VOA's Moses Gbarbea reported from Monrovia.`: an outlet's correspondent, where from.
    if s.len() <= 200 && s.contains(" reported from ") {
        return is_correspondent_note(s);
    }
    let ends_like = |w: &str| {
        s.len() >= w.len()
            && s.is_char_boundary(s.len() - w.len())
            && s[s.len() - w.len()..].eq_ignore_ascii_case(w)
    };
    // `Kara Mills contributed.`: a name and the verb alone.
    if ends_like(" contributed") && word_count(s) <= 5 {
        return is_bare_name(&s[..s.len() - " contributed".len()]);
    }
    let candidate = ends_like("report") || ends_like("story") || ends_like("reporting");
    if s.len() > 300 || !(candidate || starts_with_ci(s, "Additional reporting by")) {
        return false;
    }
    let line = s.to_lowercase();
    line.starts_with("additional reporting by")
        || [
            "contributed to this report",
            "contributed to this story",
            "contributed reporting",
        ]
        .iter()
        .any(|end| line.ends_with(end))
}

/// `VOA's Moses Gbarbea reported from Monrovia`, perhaps with `Some information for this
/// report came from Reuters` after it.
fn is_correspondent_note(s: &str) -> bool {
    let first = s.split(". ").next().unwrap_or(s);
    let rest = &s[first.len()..];
    let sourced = rest.trim_start_matches(['.', ' ']).is_empty()
        || rest.to_lowercase().contains("for this report came from");
    let Some((who, place)) = first.split_once(" reported from ") else {
        return false;
    };
    let outlets_own = who
        .split_once(['’', '\''])
        .is_some_and(|(outlet, rest)| !outlet.contains(' ') && rest.starts_with("s "));
    sourced && outlets_own && word_count(first) <= 10 && is_bare_name_or_word(place)
}

/// `BBC News, Geneva`, `Reuters, London`: the outlet a byline's writer works for, and
/// where.
/// `Harriet Lowe, BBC News`, `Brynn Caldwell, Deseret News`: a bare name, then an outlet
/// (perhaps with its desk's place).
fn is_name_and_outlet(s: &str, lex: &Lexicon) -> bool {
    s.split_once(", ")
        .is_some_and(|(name, outlet)| is_bare_name(name) && is_outlet_desk(outlet, lex))
}

fn is_outlet_desk(s: &str, lex: &Lexicon) -> bool {
    let (outlet, place) = s.split_once(',').unwrap_or((s, ""));
    let place_words = place.split_whitespace().count();
    place_words <= 3
        && place
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && lex.outlets_lower.contains(&outlet.trim().to_lowercase())
}

/// A writer's beat under their name: `Health reporter`, `BBC News, Washington
/// correspondent` — a few words ending on the job.
fn is_beat(s: &str) -> bool {
    let last = s.split_whitespace().last().unwrap_or("").to_lowercase();
    word_count(s) <= 5
        && !s.ends_with('.')
        && matches!(
            last.as_str(),
            "reporter" | "correspondent" | "editor" | "writer" | "journalist" | "columnist"
        )
}

/// `London`, `New York`: one to three capitalised words and nothing else.
fn is_bare_name_or_word(s: &str) -> bool {
    (1..=3).contains(&word_count(s))
        && s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

/// `Sarah Green`: two to four capitalised words and nothing else.
/// `Minister of Power, Bolaji Oyelaran`: a post the lexicon knows, a comma and a bare name.
fn is_post_and_name(s: &str) -> bool {
    let Some((post, name)) = s.trim().split_once(", ") else {
        return false;
    };
    let titles = &crate::lexicon::lexicon().titles;
    word_count(post) <= 6
        && post.starts_with(char::is_uppercase)
        && post
            .split_whitespace()
            .any(|w| titles.contains_key(w.to_lowercase().as_str()))
        && is_bare_name(name)
}

fn is_bare_name(s: &str) -> bool {
    let n = word_count(s);
    (2..=4).contains(&n)
        && s.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
}

/// The writer's name in a byline: `By Renee Castillo | Central Oregon Ledger` → `Renee
/// Castillo`; only a plain name of two to four words.
fn byline_name(text: &str, unit: Span) -> Option<Span> {
    let s = unit.of(text);
    let from = if s.starts_with("By ") || s.starts_with("BY ") || s.starts_with("by ") {
        3
    } else {
        0
    };
    let rest = &s[from..];
    let len = rest.find([',', '|']).unwrap_or(rest.len());
    let name = rest[..len].trim_end();
    let name = name.split(" in ").next().unwrap_or(name);
    is_bare_name(name).then(|| Span::new(unit.start + from, unit.start + from + name.len()))
}

fn is_byline(s: &str) -> bool {
    // `Aditi Rao | Mumbai`: a name, a bar, where they write from.
    if let Some((name, place)) = s.split_once(" | ") {
        return is_bare_name(name) && (1..=3).contains(&word_count(place)) && !place.contains('|');
    }
    // `Lena Hoffmann with Reuters, AFP`: the writer and the wires the story draws on.
    if let Some((name, wires)) = s.split_once(" with ") {
        let wire_words = wires
            .split([',', ' '])
            .filter(|w| !w.is_empty() && *w != "and");
        if is_bare_name(name)
            && (1..=4).contains(&wire_words.clone().count())
            && wire_words
                .clone()
                .all(|w| w.chars().all(|c| c.is_ascii_uppercase()) || is_bare_name_or_word(w))
        {
            return true;
        }
    }
    // `Reporting from Chicago`: where the writer filed from, under the byline.
    if let Some(place) = s.strip_prefix("Reporting from ") {
        if is_bare_name_or_word(place) {
            return true;
        }
    }
    // `Eleanor Voss in London`, `Harriet Calloway in London and Daniel Ferreira in New York`
    let filed_from = |part: &str| {
        part.split_once(" in ")
            .is_some_and(|(name, place)| is_bare_name(name) && is_bare_name_or_word(place))
    };
    if filed_from(s)
        || s.split_once(" and ")
            .is_some_and(|(a, b)| filed_from(a) && filed_from(b))
    {
        return true;
    }
    // `Dana Whitcomb, Luis Ortega`: the writers' names alone.
    let names: Vec<&str> = s.split([',', '&']).map(str::trim).collect();
    if (2..=3).contains(&names.len()) && names.iter().all(|n| is_bare_name(n) && n.contains(' ')) {
        return true;
    }
    let Some(rest) = s
        .strip_prefix("By ")
        .or_else(|| s.strip_prefix("BY "))
        .or_else(|| s.strip_prefix("by "))
    else {
        return false;
    };
    word_count(rest) <= 10 && !rest.ends_with('.') && rest.starts_with(char::is_uppercase)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const DATE_WORDS: [&str; 50] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "published",
    "updated",
    "uk",
    "posted",
    "at",
    "on",
    "am",
    "pm",
    "a.m",
    "p.m",
    "et",
    "edt",
    "est",
    "gmt",
    "utc",
    "bst",
    "ago",
    "hour",
    "hours",
    "minutes",
    "mins",
    "ist",
    "cet",
    "cest",
    "aest",
    "aedt",
    "jst",
    "hkt",
    "sgt",
    "pst",
    "pdt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "last",
];

/// A line that only gives a date (and perhaps a time): `Friday, August 15, 2008`,
/// `Updated March 3, 2024 at 5:04 PM ET`, `2024-03-03`, `Wed 26 Nov 2025 18.04 GMT`.
fn is_date_line(s: &str) -> bool {
    // (`11 February 2026 • 9:00pm`, `Published : Nov. 20, 2025 - 17:52`)
    let tokens: Vec<String> = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '•' | '·' | '(' | ')'))
        .filter(|t| !t.is_empty() && *t != ":")
        .map(|t| t.trim_end_matches(['.', ':']).to_lowercase())
        .collect();
    if tokens.is_empty() || tokens.len() > 16 {
        return false;
    }
    let mut dated = false;
    for t in &tokens {
        // `Tue Nov 24 2026 - 18:05`: a dash between the date and the time.
        if t.chars().all(|c| matches!(c, '-' | '–' | '—')) {
            continue;
        }
        let month = MONTHS
            .iter()
            .any(|m| t == m || (t.len() >= 3 && m.starts_with(t.as_str())));
        let iso = t.len() == 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-';
        // `14/10/2025`
        let slashed =
            t.matches('/').count() == 2 && t.bytes().all(|b| b.is_ascii_digit() || b == b'/');
        // `Today at 21:30`
        let relative_day = matches!(t.as_str(), "today" | "yesterday");
        if month || iso || slashed || relative_day {
            dated = true;
            continue;
        }
        let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let numeric = digits.chars().any(|c| c.is_ascii_digit())
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '-' | '.'));
        // `GMT+2`
        let zone = t.split(['+', '-']).next().unwrap_or(t);
        if !(numeric || DATE_WORDS.contains(&t.as_str()) || DATE_WORDS.contains(&zone)) {
            return false;
        }
    }
    dated
}

/// `WASHINGTON – The United States …` → (`WASHINGTON`, `The United States …`).
/// Also `SAN FRANCISCO, Calif. —`, `LONDON (Reuters) -`.
fn place_dateline(text: &str, unit: Span) -> Option<(Span, Span)> {
    let s = unit.of(text);
    let mut end = s.len().min(60);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let window = &s[..end];
    if let Some(found) = agency_dateline(text, unit, window) {
        return Some(found);
    }
    let spaced = ["–", "—", "--", "-"]
        .iter()
        .filter_map(|d| window.find(&format!(" {d} ")).map(|i| (i, i + d.len() + 2)))
        .min_by_key(|(i, _)| *i);
    // (The Asahi's `AKITA--The Akita prefectural government`: two hyphens, no spaces,
    // between capitals.)
    let tight = || {
        let i = window.find("--")?;
        let joins_capitals = s[..i].ends_with(|c: char| c.is_uppercase())
            && s[i + 2..].starts_with(|c: char| c.is_uppercase());
        joins_capitals.then_some((i, i + 2))
    };
    let (dash_at, rest_start) = spaced.or_else(tight)?;
    let head = &s[..dash_at];
    let place = head
        .split(" (")
        .next()
        .unwrap_or(head)
        .trim_end_matches(',')
        .trim();
    let first = place.split(',').next().unwrap_or(place);
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    // (Or a place in title case when an agency's initials end the dateline: `Tarkwa
    // (W/R), Oct. 14, GNA – Stakeholders …`.)
    let agency_signed = head.contains(',')
        && head.rsplit(',').next().is_some_and(|tag| {
            let tag = tag.trim();
            (2..=5).contains(&tag.len()) && tag.chars().all(|c| c.is_ascii_uppercase())
        })
        && first.starts_with(char::is_uppercase);
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) && !agency_signed {
        return None;
    }
    let rest = trim(text, Span::new(unit.start + rest_start, unit.end));
    if rest.is_empty() {
        return None;
    }
    Some((Span::new(unit.start, unit.start + place.len()), rest))
}

/// `Taipei, May 21 (CNA) Fishermen on …`: a place, a date and an agency in capitals in
/// brackets, then the article, with no dash.
fn agency_dateline(text: &str, unit: Span, window: &str) -> Option<(Span, Span)> {
    let open = window.find(" (")?;
    let close = open + window[open..].find(") ")?;
    let agency = &window[open + 2..close];
    let shouted = (2..=8).contains(&agency.len()) && agency.bytes().all(|b| b.is_ascii_uppercase());
    let (place, date) = window[..open].split_once(", ")?;
    let mut date_words = date.split(' ');
    let dated = date_words
        .next()
        .is_some_and(|m| crate::analysis::words::is_month(m.trim_end_matches('.')))
        && date_words
            .next()
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    let placed = place.starts_with(|c: char| c.is_uppercase()) && word_count(place) <= 3;
    let next_capital = window[close + 2..].starts_with(|c: char| c.is_uppercase());
    if !(shouted && dated && placed && next_capital) {
        return None;
    }
    let rest = trim(text, Span::new(unit.start + close + 2, unit.end));
    Some((Span::new(unit.start, unit.start + place.len()), rest))
}

/// The title without a trailing site name: `…: NPR`, `… - BBC News`, `… | The Guardian`.
fn strip_site_suffix(text: &str, title: Span, lex: &Lexicon) -> Span {
    // `Headline | Section | Site`: strip from the end while suffixes keep matching.
    let mut title = title;
    for _ in 0..3 {
        let shorter = strip_one_suffix(text, title, lex);
        if shorter == title {
            break;
        }
        title = shorter;
    }
    title
}

fn strip_one_suffix(text: &str, title: Span, lex: &Lexicon) -> Span {
    let s = title.of(text);
    for sep in [" | ", ": ", " - ", " – ", " — ", " :: "] {
        let Some(i) = s.rfind(sep) else { continue };
        let suffix = s[i + sep.len()..].trim();
        let known = lex.outlets_lower.contains(&suffix.to_lowercase());
        // After a pipe almost anything short is a site name; elsewhere only a known outlet.
        let short_after_pipe = sep == " | " && word_count(suffix) <= 4;
        if (known || short_after_pipe) && i > 0 {
            let head = s[..i].trim_end();
            return Span::new(title.start, title.start + head.len());
        }
    }
    title
}

/// Remove pull quotes: a paragraph whose opening words open a quoted sentence inside a
/// neighbouring paragraph, while that paragraph's opening is not in it. Openings are
/// compared by hash, at the few places a quoted sentence can start (after a quotation
/// mark or a sentence end), so the check stays linear.
fn remove_pull_quotes(text: &str, layout: &mut Layout) {
    let paras: Vec<usize> = (0..layout.blocks.len())
        .filter(|&i| layout.blocks[i].kind == BlockKind::Paragraph)
        .collect();
    let body = |n: usize| layout.blocks[paras[n]].span.of(text);
    let openings: Vec<Option<u64>> = (0..paras.len()).map(|n| opening_hash(body(n), 0)).collect();
    // All paragraphs' inner openings in one list, paragraph `n` at `bounds[n]..bounds[n + 1]`.
    let mut hashes: Vec<u64> = Vec::new();
    let mut bounds: Vec<usize> = Vec::with_capacity(paras.len() + 1);
    for n in 0..paras.len() {
        bounds.push(hashes.len());
        inner_openings(body(n), &mut hashes);
    }
    bounds.push(hashes.len());
    let inner = |n: usize| &hashes[bounds[n]..bounds[n + 1]];
    let mut pulled = vec![false; layout.blocks.len()];
    for n in 0..paras.len() {
        let Some(h) = openings[n] else { continue };
        let lo = n.saturating_sub(PULL_QUOTE_WINDOW);
        let hi = (n + PULL_QUOTE_WINDOW + 1).min(paras.len());
        pulled[paras[n]] = (lo..hi).any(|m| {
            m != n && inner(m).contains(&h) && !openings[m].is_some_and(|o| inner(n).contains(&o))
        });
    }
    let mut index = 0;
    let removed = &mut layout.removed;
    layout.blocks.retain(|b| {
        let keep = !pulled[index];
        index += 1;
        if !keep {
            removed.push(Removed {
                reason: RemovalReason::Duplicate,
                span: b.span,
            });
        }
        keep
    });
}

/// How many bytes of an opening are compared.
const OPENING: usize = 48;

/// The hash of the `OPENING` bytes of `s` from `at` (to a character boundary).
fn opening_hash(s: &str, at: usize) -> Option<u64> {
    use std::hash::Hasher;
    let mut end = at + OPENING;
    if end > s.len() {
        return None;
    }
    while !s.is_char_boundary(end) {
        end += 1;
    }
    let mut h = rustc_hash::FxHasher::default();
    h.write(&s.as_bytes()[at..end]);
    Some(h.finish())
}

/// Hashes of the openings of quoted sentences inside a paragraph: after each quotation
/// mark and each full stop followed by a space.
fn inner_openings(s: &str, out: &mut Vec<u64>) {
    let b = s.as_bytes();
    // `"`, `.`, and the last byte of `“` (E2 80 9C).
    for i in memchr::memchr3_iter(b'"', b'.', 0x9C, b) {
        let start = match b[i] {
            b'"' => i + 1,
            b'.' if b.get(i + 1) == Some(&b' ') => i + 2,
            0x9C if i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80 => i + 1,
            _ => continue,
        };
        out.extend(opening_hash(s, start));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_counted_as_split_whitespace_counts_them() {
        let texts = [
            "",
            "   ",
            "one",
            " one two  three\tfour\nfive ",
            "a\u{b}b\u{c}c\rd",
            "Photo: Jane Roe/The Daily Sentinel",
            "non\u{a0}breaking space and caf\u{e9} au lait",
            "one two three four five six seven eight nine ten eleven twelve thirteen",
        ];
        for s in texts {
            for n in 0..15 {
                assert_eq!(
                    has_more_words_than(s, n),
                    s.split_whitespace().count() > n,
                    "{s:?} {n}"
                );
            }
        }
    }

    #[test]
    fn fingerprints_fold_case_and_spacing_only() {
        let same = [
            "Sign up for our newsletter: Daily Briefing",
            "sign up for our NEWSLETTER: daily briefing",
            "Sign up  for our newsletter:\tDaily Briefing ",
            "Sign up for\r\nour newsletter: Daily Briefing",
        ];
        for s in same {
            assert_eq!(fingerprint(s), fingerprint(same[0]), "{s:?}");
        }
        let different = [
            "Sign up for our newsletter: Daily Briefings",
            "Sign up for our newsletter: Daily Briefin",
            "Sign upfor our newsletter: Daily Briefing",
            "Sign up for our newsletter: Daily Bri\u{e9}fing",
            "Sign up for our newsletter; Daily Briefing",
        ];
        for s in different {
            assert_ne!(fingerprint(s), fingerprint(same[0]), "{s:?}");
        }
        // Every byte value folds as `to_ascii_lowercase` folds it.
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'Q', b'@', b'[', b'z', 0x80 | b, b'A', b'Z']);
            let mut want = x.to_le_bytes();
            want.make_ascii_lowercase();
            assert_eq!(lower_eight(x), u64::from_le_bytes(want), "{b}");
        }
    }

    #[test]
    fn a_text_on_one_line_is_cut_at_sentence_ends() {
        // The pieces read alike, but none is a repeat: they go on from one another.
        let line = "Officials said the talks would resume on Monday. ".repeat(5000);
        let layout = structure(&format!("Title\n\n{line}"));
        let paragraphs: Vec<&Block> = layout
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .collect();
        assert!(paragraphs.len() >= 4, "{}", paragraphs.len());
        for p in &paragraphs {
            assert!(p.span.len() <= LONGEST_UNIT);
        }
        let text = format!("Title\n\n{line}");
        for (a, b) in paragraphs.iter().zip(paragraphs.iter().skip(1)) {
            assert!(a.span.of(&text).ends_with("Monday."));
            assert!(text[a.span.end..b.span.start].trim().is_empty());
        }
        assert_eq!(paragraphs.last().unwrap().span.end, text.trim_end().len());
    }

    /// The texts of `got`'s (from [`kinds`]) blocks of `kind`, in order.
    fn blocks_of<'g>(got: &'g [(&'static str, String)], kind: &str) -> Vec<&'g str> {
        got.iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, t)| t.as_str())
            .collect()
    }

    /// Whether `got` (from [`kinds`]) holds a block of `kind` with exactly `text`.
    fn has_block(got: &[(&'static str, String)], kind: &str, text: &str) -> bool {
        got.iter().any(|(k, x)| *k == kind && x == text)
    }

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        structure(text)
            .blocks
            .iter()
            .map(|b| (b.kind.as_str(), b.span.of(text).to_string()))
            .collect()
    }

    #[test]
    fn npr_page_is_cleaned() {
        let text = "close\nclose\n\nBig news today: NPR\n\nBig news today: NPR\n\n\
                    A minister speaks at a podium on Tuesday.\n\nA minister speaks at a podium on Tuesday.\n\n\
                    Jane Doe/AP\n\n\nHide caption\n\nToggle label\n\nJane Doe/AP\n\n\
                    WASHINGTON – The minister said things happened.\n\nLeave a Reply\n\n\
                    Your email address will not be published. Required fields are marked *";
        let l = structure(text);
        assert_eq!(l.title.map(|t| t.of(text)), Some("Big news today"));
        assert_eq!(l.dateline.map(|t| t.of(text)), Some("WASHINGTON"));
        assert_eq!(
            kinds(text),
            vec![
                ("title", "Big news today".into()),
                (
                    "caption",
                    "A minister speaks at a podium on Tuesday.".into()
                ),
                ("credit", "Jane Doe/AP".into()),
                ("dateline", "WASHINGTON".into()),
                ("paragraph", "The minister said things happened.".into()),
            ]
        );
        let removed: Vec<&str> = l.removed.iter().map(|r| r.span.of(text)).collect();
        assert!(removed.contains(&"close"));
        assert!(removed.contains(&": NPR"));
        assert!(removed.contains(&"Hide caption"));
        assert!(removed.contains(&"Leave a Reply"));
        assert!(removed.iter().any(|r| r.starts_with("Your email address")));
    }

    #[test]
    fn wikinews_caption_credit_sources_and_categories() {
        let text = "A title here\n\nFriday, August 15, 2008\n\nFirst paragraph of the story.\n\n\
                    A school in Milan. Image: Friedrichstrasse.\n\nMore story text here.\n\nSources\n\n\
                    \"Some headline\" — CBC.ca, August 15, 2008\n\nCategories: August 15, 2008 Canada";
        let l = structure(text);
        assert_eq!(
            l.dateline.map(|t| t.of(text)),
            Some("Friday, August 15, 2008")
        );
        assert_eq!(
            kinds(text),
            vec![
                ("title", "A title here".into()),
                ("dateline", "Friday, August 15, 2008".into()),
                ("paragraph", "First paragraph of the story.".into()),
                ("caption", "A school in Milan.".into()),
                ("credit", "Image: Friedrichstrasse.".into()),
                ("paragraph", "More story text here.".into()),
            ]
        );
        assert_eq!(l.removed.len(), 3);
    }

    #[test]
    fn title_colon_is_kept_unless_an_outlet_follows() {
        let text = "World Cup day five: Sweden, Belgium, England win\n\nBody.";
        assert_eq!(
            structure(text).title.map(|t| t.of(text)),
            Some("World Cup day five: Sweden, Belgium, England win")
        );
        let text = "Storm hits coast | Anything Local\n\nBody.";
        assert_eq!(
            structure(text).title.map(|t| t.of(text)),
            Some("Storm hits coast")
        );
        let text = "Storm hits coast - BBC News\n\nBody.";
        assert_eq!(
            structure(text).title.map(|t| t.of(text)),
            Some("Storm hits coast")
        );
    }

    #[test]
    fn pull_quote_repeating_a_quote_is_removed() {
        let text = "T\n\n\"We want to thank everyone,\" said Bolden. \"This was a very difficult decision, \
                    but one that was made with the public in mind.\"\n\n\
                    This was a very difficult decision, but one that was made with the public in mind. \
                    Charles Bolden, NASA Administrator\n\nNext paragraph.";
        let l = structure(text);
        assert_eq!(
            l.blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Paragraph)
                .count(),
            2
        );
        assert!(l
            .removed
            .iter()
            .any(|r| r.reason == RemovalReason::Duplicate
                && r.span.of(text).ends_with("NASA Administrator")));
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_paragraph() {
        let text = "Title\n\nThis paragraph was wrapped by an email client at seventy\n\
                    characters, so it runs over two lines of the file.\n\nNext.";
        assert_eq!(kinds(text)[1].1, "This paragraph was wrapped by an email client at seventy\ncharacters, so it runs over two lines of the file.");
    }

    #[test]
    fn a_page_with_one_line_per_paragraph_is_not_rewrapped() {
        let long = "The chancellor has defended her budget as fair and necessary, after the \
                    institute warned that household incomes would stagnate for years to come.";
        let text = format!(
            "Chancellor defends tax plans as critics warn of squeeze | Budget | The Guardian\n\
             Chancellor defends tax plans as critics warn of squeeze\n\
             Rachel Pearce says the measures are fair as a thinktank warns of a hit\n\n\
             Wed 26 Nov 2025 18.04 GMT\n\n{long}\n\n{long}\n"
        );
        let k = kinds(&text);
        assert_eq!(
            k[0],
            (
                "title",
                "Chancellor defends tax plans as critics warn of squeeze".to_string()
            )
        );
        assert_eq!(k[1].0, "paragraph");
        assert!(k[1].1.starts_with("Rachel Pearce says"));
        // The time stamp is the page's, not the article's date line.
        assert_eq!(k[2], ("paragraph", long.to_string()));
        let removed = structure(&text).removed;
        assert!(removed
            .iter()
            .any(|r| r.span.of(&text) == "Wed 26 Nov 2025 18.04 GMT"));
    }

    #[test]
    fn empty_and_blank_inputs_have_no_blocks() {
        assert!(structure("").blocks.is_empty());
        assert!(structure("\n\n  \n").blocks.is_empty());
    }

    #[test]
    fn a_wire_page_with_its_matter_around_the_story() {
        let text = "Minister resigns | Reuters\nMinister resigns\n\nBy Jane Doe and John Roe\n\n\
                    4 minute read\nUpdated 2 hours ago\n\nLONDON, March 3 (Reuters) - The \
                    housing minister resigned on Tuesday after reports about his renovations.\n\n\
                    Sign up here.\n\nHe denied any wrongdoing.\n\nOur Standards: The Thomson \
                    Reuters Trust Principles.\n\nTom Hale in Milwaukee contributed to this report.\n";
        assert_eq!(
            kinds(text),
            vec![
                ("title", "Minister resigns".to_string()),
                ("credit", "By Jane Doe and John Roe".to_string()),
                ("dateline", "LONDON, March 3".to_string()),
                (
                    "paragraph",
                    "The housing minister resigned on Tuesday after reports about his renovations."
                        .to_string()
                ),
                ("paragraph", "He denied any wrongdoing.".to_string()),
                (
                    "credit",
                    "Tom Hale in Milwaukee contributed to this report.".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_broadcaster_page_with_navigation_byline_and_inline_caption() {
        let text = "Waiting lists hit record - BBC News\nHome\nNews\nSport\n\n\
                    Waiting lists hit record\n\n1 day ago\n\nSarah Green\nHealth reporter\n\n\
                    Image source, Getty Images\nImage caption, Patients wait longer than ever\n\n\
                    The number of people waiting for treatment has hit a record, figures show.\n";
        assert_eq!(
            kinds(text),
            vec![
                ("title", "Waiting lists hit record".to_string()),
                ("credit", "Sarah Green".to_string()),
                ("credit", "Health reporter".to_string()),
                ("credit", "Image source, Getty Images".to_string()),
                ("caption", "Patients wait longer than ever".to_string()),
                (
                    "paragraph",
                    "The number of people waiting for treatment has hit a record, figures show."
                        .to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_byline_name_then_the_outlet_and_desk() {
        let text = "Cable talks end without deal\n\n2 hours ago\n\nLaura Chen\n\n\
                    BBC News, Geneva\n\nInternational talks on protecting undersea cables \
                    have ended without agreement, officials said.\n";
        assert_eq!(
            kinds(text)[1..3],
            [
                ("credit", "Laura Chen".to_string()),
                ("credit", "BBC News, Geneva".to_string()),
            ]
        );
    }

    #[test]
    fn summary_boxes_bars_and_bracketed_credits() {
        let text = "Fire threatens coast towns\n\nBy Kate Nguyen\n\nKey points:\n\
                    - An emergency warning is in place\n- Homes are feared lost\n\n\
                    Aditi Rao | Mumbai\n\nThousands of people have been told to leave their \
                    homes as a bushfire burns towards several towns on the coast.\n\n\
                    A firefighter watches the flames near Cobargo.\n(ABC News: Jane Lee)\n";
        assert_eq!(
            kinds(text)[1..],
            [
                ("credit", "By Kate Nguyen".to_string()),
                ("credit", "Aditi Rao | Mumbai".to_string()),
                (
                    "paragraph",
                    "Thousands of people have been told to leave their homes as a bushfire \
                     burns towards several towns on the coast."
                        .to_string()
                ),
                (
                    "caption",
                    "A firefighter watches the flames near Cobargo.".to_string()
                ),
                ("credit", "(ABC News: Jane Lee)".to_string()),
            ]
        );
        // The bracketed credit closing the caption's own paragraph.
        let text = "Man charged over shooting\n\nFriends hold candles at a vigil outside the \
                    apartments. (Photo: Jane Roe/The Daily Sentinel)\n\nA 23-year-old man was \
                    ordered held without bail on Monday, authorities said.\n";
        assert_eq!(
            kinds(text)[1..3],
            [
                (
                    "caption",
                    "Friends hold candles at a vigil outside the apartments.".to_string()
                ),
                ("credit", "(Photo: Jane Roe/The Daily Sentinel)".to_string()),
            ]
        );
    }

    #[test]
    fn credits_closing_a_caption_after_a_slash_or_a_copyright_sign() {
        let text = "Executives grilled by MPs\n\nTamsin Greer appears before the committee in \
                    Ottawa on Tuesday. THE CANADIAN PRESS/Jordan Mercier\n\nThe hearing ran \
                    for two hours, and members of the committee pressed for answers.\n\n\
                    Frischwerk operates about 2,900 stores © Hanna Voss/Bloomberg\n";
        let got = kinds(text);
        assert_eq!(
            got[1..3],
            [
                (
                    "caption",
                    "Tamsin Greer appears before the committee in Ottawa on Tuesday.".to_string()
                ),
                ("credit", "THE CANADIAN PRESS/Jordan Mercier".to_string()),
            ]
        );
        assert_eq!(
            got[4..],
            [
                (
                    "caption",
                    "Frischwerk operates about 2,900 stores".to_string()
                ),
                ("credit", "© Hanna Voss/Bloomberg".to_string()),
            ]
        );
        // A bracketed credit closing the caption's own sentence, in either brackets.
        let text = "Quake kills hundreds\n\nRescue workers search the rubble on Thursday \
                    [Photo: Deniz Arslan]\n\nThe search went on overnight, officials said.\n";
        assert_eq!(
            kinds(text)[2],
            ("credit", "[Photo: Deniz Arslan]".to_string())
        );
        // A credit prefix in brackets may hold lower-case words.
        let text =
            "Rocket lost\n\nThe rocket lifts off from Vandenberg on Tuesday. (Image credit: \
                    Ardent Orbital)\n\nThe rocket broke apart, the company said.\n";
        assert_eq!(
            kinds(text)[2],
            ("credit", "(Image credit: Ardent Orbital)".to_string())
        );
        let text = "Move completed\n\nTiago Moreira scored 23 goals last season (Photo: Lee \
                    Harker/Northline Images)\n\nThe striker joined in 2022, the club said.\n";
        assert_eq!(
            kinds(text)[1..3],
            [
                (
                    "caption",
                    "Tiago Moreira scored 23 goals last season".to_string()
                ),
                ("credit", "(Photo: Lee Harker/Northline Images)".to_string()),
            ]
        );
        // A slash inside a sentence of prose is no credit.
        let text = "Title\n\nTrade across the border rose. The U.S./Mexico talks resume in \
                    June, officials said.\n";
        assert_eq!(kinds(text)[1].0, "paragraph");
    }

    #[test]
    fn page_stamps_bylines_and_boxes_around_a_feature() {
        let text = "The Mayor Who Thinks Housing Is Plumbing\n\nRenata Oduya has spent three \
                    years trying to fix the city’s housing crisis one lease at a time.\n\n\
                    By Daniel Marsh | City Desk\n\nPublished March 12, 2025 Updated March 13, \
                    2025, 9:14 a.m. ET\n\nOduya at City Hall on Tuesday\n\n© Samuel Orr/Bloomberg\n\n\
                    On a gray February morning, Oduya is standing in the stairwell of an old \
                    apartment block, counting fire extinguishers.\n\n- Budget fight -\n\n\
                    Recommended\n\nMortgage rates hit highest level since 2008\n\nThe council \
                    votes on the budget in June.\n\nDaniel Marsh covers city hall for the \
                    paper.\n\nnk/gv/rsc\n\nCopyright The Daily Times Limited 2025. All rights \
                    reserved.\n";
        let got = kinds(text);
        let kept: Vec<&str> = got.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            kept,
            [
                "title",
                "paragraph",
                "credit",
                "caption",
                "credit",
                "paragraph",
                "paragraph"
            ],
            "{got:?}"
        );
        assert_eq!(got[2].1, "By Daniel Marsh | City Desk");
        assert_eq!(got[6].1, "The council votes on the budget in June.");
        // A bare date stays the article's date line; a copyright without a photo credit
        // is the page's.
        assert!(!is_page_stamp("Friday, August 15, 2008"));
        assert!(is_page_stamp("Sat 17 May 2025 20.41 BST"));
        assert!(is_byline("Eleanor Voss in London"));
        assert!(!is_byline("Protests in Tbilisi"));
        let l = structure("Title\n\n© 2025 AFP\n");
        assert!(l.blocks.iter().all(|b| b.kind != BlockKind::Credit));
    }

    #[test]
    fn wire_notes_stamps_and_credits_of_more_sites() {
        let text = "Chipmaker cuts forecast\n\nWilson Tam\nPublished: 8:30pm, 24 Nov 2026\n\n\
                    Lena Hoffmann with Reuters, AFP\n\nTue Nov 24 2026 - 18:05\n\n\
                    Most Read from Bloomberg\n\nThe Hidden Cost of the Office Coffee Boom\n\n\
                    (Updates with share move in fifth paragraph.)\n\n\
                    The company cut its forecast for the second time this year, it said on \
                    Monday.\n\nFarmers blocked roads around the EU institutions on Tuesday \
                    Image: Lukas Verbeke/AFP\n\nThe plant is seen in an aerial photo taken \
                    in October. | KYODO\n\nAnalysts had expected a smaller cut, the company \
                    said.\n\n— With assistance from Joel Okafor\n\n©2026 Bloomberg L.P.\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(kept("credit", "Wilson Tam"), "{got:?}");
        assert!(kept("credit", "Lena Hoffmann with Reuters, AFP"), "{got:?}");
        assert!(kept(
            "caption",
            "Farmers blocked roads around the EU institutions on Tuesday"
        ));
        assert!(kept("credit", "Image: Lukas Verbeke/AFP"));
        assert!(kept(
            "caption",
            "The plant is seen in an aerial photo taken in October."
        ));
        assert!(kept("credit", "KYODO"));
        let paragraphs = blocks_of(&got, "paragraph");
        assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
    }

    #[test]
    fn a_credit_before_a_caption_marker_is_that_caption_s() {
        let text = "Storm floods towns\n\nHarriet Lowe, BBC News\n\nThe river rose by two \
                    metres in a day, the agency said on Tuesday evening.\n\n\"Please do not \
                    walk through floodwater,\" she added.\n\nPA Media\n\nImage caption\n\n\
                    Sandbags were handed out to residents on Monday\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(kept("credit", "Harriet Lowe, BBC News"), "{got:?}");
        assert!(kept(
            "paragraph",
            "\"Please do not walk through floodwater,\" she added."
        ));
        assert!(kept("credit", "PA Media"));
        assert!(kept(
            "caption",
            "Sandbags were handed out to residents on Monday"
        ));
    }

    #[test]
    fn stamps_bylines_and_captions_of_forty_more_outlets() {
        let text = "Man stabbed on train at Leeds\n\nby Oleksandra Hrytsenko\n\nA man is fighting for his life after an \
                    attack on a train.\n\nAisha Rahman\nNews reporter @aisharahmansky\n\n\
                    Thursday 13 November 2025 11:26, UK\n\n1:04\nFootage shows police at the \
                    scene\n\nThe attack happened shortly after 7am, police said on Thursday \
                    in a statement issued to reporters.\n\nDISASTER PROBE. Senator Lorna \
                    Villacorta presides over the hearing. Senate PRIB\n\nMr Awan talks to the \
                    media outside the court on Tuesday. — DawnNewsTV\n\n“People don’t want to \
                    sit outside,” Mr Tan said.\n\nSource: CNA/hr\n\nAlso Read\nAirports \
                    handle record numbers\nWomen make up a third of recruits\n\nWomen to make \
                    up 40 per cent\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(kept("credit", "Aisha Rahman"), "{got:?}");
        assert!(
            kept("caption", "Footage shows police at the scene"),
            "{got:?}"
        );
        assert!(
            kept(
                "caption",
                "DISASTER PROBE. Senator Lorna Villacorta presides over the hearing. Senate PRIB"
            ),
            "{got:?}"
        );
        assert!(kept("credit", "DawnNewsTV"), "{got:?}");
        assert!(
            kept(
                "caption",
                "Mr Awan talks to the media outside the court on Tuesday."
            ),
            "{got:?}"
        );
        assert!(
            kept(
                "paragraph",
                "“People don’t want to sit outside,” Mr Tan said."
            ),
            "{got:?}"
        );
        assert!(kept("paragraph", "Women to make up 40 per cent"), "{got:?}");
        assert!(kept("credit", "by Oleksandra Hrytsenko"), "{got:?}");
        let paragraphs = blocks_of(&got, "paragraph");
        assert!(
            paragraphs
                .iter()
                .all(|p| !p.contains("Airports") && !p.contains("11:26")),
            "{got:?}"
        );
        assert!(is_page_stamp(
            "16 Sep 2025 06:12PM (Updated: 16 Sep 2025 09:40PM)"
        ));
        assert!(is_page_stamp("11 February 2026 • 9:00pm"));
        assert!(is_page_stamp("Published : Nov. 20, 2025 - 17:52"));
        assert!(!is_page_stamp("Friday, August 15, 2008"));
    }

    #[test]
    fn a_video_title_over_its_length_and_a_page_footer_of_tags() {
        let text = "Toxic algae bloom forces Ohio city to shut off tap water\n\nBy Megan \
                    Castellano\n\nUpdated on: August 12, 2025 / 7:18 PM EDT / CBS News\n\nAdd \
                    CBS News on Google\n\nMore than 60,000 people were told not to drink the \
                    water, officials said.\n\nToxic algae bloom shuts off tap water in Ohio \
                    city\n02:41\n\nScientists have warned for years that warmer water is \
                    feeding larger blooms.\n\nThe mayor said the taps would stay off.\n\nIn:\n\
                    Ohio\nLake Erie\n\nMore from CBS News\n\nWhat is microcystin? What to know \
                    about the toxin\n";
        let got = kinds(text);
        let paragraphs = blocks_of(&got, "paragraph");
        assert_eq!(
            paragraphs,
            [
                "More than 60,000 people were told not to drink the water, officials said.",
                "Scientists have warned for years that warmer water is feeding larger blooms.",
                "The mayor said the taps would stay off."
            ],
            "{got:?}"
        );
        assert!(blocks_of(&got, "caption").is_empty(), "{got:?}");
    }

    #[test]
    fn photo_lines_and_short_credits_after_a_dash() {
        let text = "Drills begin\n\nNorth Korea denounced the drills on Tuesday, the agency \
                    said in a statement carried by state media.\n\nThis photo, released by \
                    the official news agency on March 17, shows a firing drill.\n\nThe \
                    ministry said troops were on alert across the border on Tuesday.\n\n\
                    Soldiers take part in a drill in Yeoju on March 14, in this photo provided \
                    by the Army.\n\nFile picture shows a man using his phone in Kuala \
                    Lumpur. — Reuters pic\n\nThe deputy minister speaks to reporters in Kuala \
                    Lumpur. — Picture by Hazim Roslan\n\nBanks froze more than 14,000 \
                    accounts this year, the central bank said.\n";
        let got = kinds(text);
        let captions = blocks_of(&got, "caption");
        assert_eq!(captions.len(), 4, "{got:?}");
        assert!(has_block(&got, "credit", "Reuters pic"), "{got:?}");
        assert!(
            has_block(&got, "credit", "Picture by Hazim Roslan"),
            "{got:?}"
        );
    }

    #[test]
    fn writers_tags_reading_times_and_bracketed_sources() {
        let text = "E-bikes seized\n\nBoroughs have started to seize dockless e-bikes left on \
                    pavements, council leaders said on Monday.\n\nDockless e-bikes left on \
                    Walworth Road, Southwark (Evening Standard)\n\nA rider leaves an e-bike \
                    in a marked bay in Kennington (PA Wire)\n\n3 min Reading time\n\nThe \
                    council said more bays would open in the spring across the borough.\n\n\
                    Megan Caldwell is a reporter for Fox News Digital covering border security. \
                    Story tips can be sent to her.\n\nJohn Smith is a journalist arrested in \
                    Moscow last year, his lawyer said on Monday in a statement.\n";
        let got = kinds(text);
        assert_eq!(blocks_of(&got, "caption").len(), 2, "{got:?}");
        assert!(has_block(&got, "credit", "(PA Wire)"), "{got:?}");
        let paragraphs = blocks_of(&got, "paragraph");
        assert_eq!(paragraphs.len(), 3, "{got:?}");
        assert!(paragraphs[2].starts_with("John Smith"), "{got:?}");
    }

    #[test]
    fn channels_contacts_counts_and_a_byline_over_its_outlet() {
        let text = "Township told not to drink its water\n\nResidents are lining up for \
                    bottled water.\n\nDana Whitfield\n\nUSA TODAY\n\nPublished 5:03 a.m. ET \
                    Sept. 9, 2025\n\nThe township said the wells were closed on Monday, after \
                    tests found the chemicals.\n\nOct. 14, 2025, 6 a.m. EDT\n\nNews | \
                    Published: Sunday | August 17, 2025 | 12:09 AM\n\nWhy We Wrote This\n\n\
                    When a shared resource runs short, blame comes easily.\n\nThe council \
                    said it would meet again next week to decide on the wells.\n\nResidents \
                    said they would wait for the results before drinking the water.\n\nFollow The Daily Star's Google News channel \
                    for the latest news.\n\nFollow The Gleaner on X @JamaicaGleaner and on \
                    Facebook.\n\nComments 214\n\nCopyright PUNCH.\n\nContact: \
                    the.punch.newspaper@gmail.com\n\nDana Whitfield covers environment for \
                    USA TODAY.\n";
        let got = kinds(text);
        assert!(has_block(&got, "credit", "Dana Whitfield"), "{got:?}");
        assert!(has_block(&got, "credit", "USA TODAY"), "{got:?}");
        assert_eq!(
            blocks_of(&got, "paragraph"),
            [
                "Residents are lining up for bottled water.",
                "The township said the wells were closed on Monday, after tests found the \
                 chemicals.",
                "The council said it would meet again next week to decide on the wells.",
                "Residents said they would wait for the results before drinking the water."
            ],
            "{got:?}"
        );
    }

    #[test]
    fn relative_stamps_copyright_credits_links_and_a_crosshead_after_a_box() {
        let text = "Nurses sleeping in cars\n\nAoife Brennan\nHealth Correspondent\n\nToday at \
                    21:30\n\nMinister for Health Gráinne Kiely. Photo: Conor Walsh/Collins\n\n\
                    Nurses are sleeping in their cars between shifts, the union said on Monday \
                    in a statement.\n\nThe commissioner addresses MEPs in Strasbourg.\n\
                    Copyright European Union 2025 - Source : EP\n\nRead more\n\nHospital \
                    trolley numbers hit January record as flu cases climb\n\nA divided \
                    Parliament\n\nAP tennis: https://apnews.com/hub/tennis\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(
            kept("caption", "Minister for Health Gráinne Kiely."),
            "{got:?}"
        );
        assert!(kept("credit", "Photo: Conor Walsh/Collins"), "{got:?}");
        assert!(
            kept("caption", "The commissioner addresses MEPs in Strasbourg."),
            "{got:?}"
        );
        assert!(kept("paragraph", "A divided Parliament"), "{got:?}");
        let all: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert!(
            !all.iter()
                .any(|t| t.contains("21:30") || t.contains("trolley") || t.contains("https")),
            "{got:?}"
        );
    }

    #[test]
    fn a_box_of_related_articles_inside_the_story() {
        let text = "Papakāinga approved\n\nCouncillors voted 8-3 on Thursday to approve the plan \
                    change, which allows 24 homes on Māori land near the town of Te Teko.\n\n\
                    Te Kani said the trust had waited 40 years for this and the decision was \
                    overdue.\n\nAdvertise with NZME.\n\nRelated articles\n\nKāinga Ora to \
                    sell land earmarked for state homes\n\nFarmers vent over district plan \
                    rules\n\nFederated Farmers provincial president Sarah Whitcombe said the \
                    case showed clear national rules were needed.\n\n“We support Māori \
                    landowners,” Whitcombe said.\n\nLDR is local body journalism co-funded by \
                    RNZ and NZ On Air.\n";
        let got = kinds(text);
        let paragraphs = blocks_of(&got, "paragraph");
        assert_eq!(paragraphs.len(), 4, "{got:?}");
        assert!(paragraphs[2].starts_with("Federated Farmers"), "{got:?}");
    }

    #[test]
    fn a_credit_in_capitals_closing_a_caption() {
        let text = "Higher grants for young families\n\nSINGAPORE – Families buying a resale \
                    flat will get more help, the minister said on Tuesday.\n\nResidents of \
                    Tengah, one of the newest towns. About 2,800 flats will be launched in 2025. \
                    ST FILE PHOTO\n\nThe grant will rise from April, he said.\n\nResale flats \
                    in Toa Payoh, a mature estate. PHOTO: LIANHE ZAOBAO\n\nAgents said enquiries \
                    had jumped.\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(kept("credit", "ST FILE PHOTO"), "{got:?}");
        assert!(kept("credit", "PHOTO: LIANHE ZAOBAO"), "{got:?}");
        assert!(
            kept("caption", "Resale flats in Toa Payoh, a mature estate."),
            "{got:?}"
        );
        assert_eq!(blocks_of(&got, "paragraph").len(), 3, "{got:?}");
    }

    #[test]
    fn a_summary_box_a_signed_pull_quote_and_an_address() {
        let text = "Doctors' strike enters third week\n\nWhat you need to know:\n\nPatients in 30 \
                    counties have been turned away since November 9.\n\nTalks broke down on \
                    Monday night.\n\nDoctors march in Nairobi on Monday. PHOTO | LUCY WANGARI | \
                    NMG\n\nNAIROBI, Kenya — A nationwide doctors' strike entered its third week on \
                    Tuesday after talks collapsed, the union said.\n\n\"We will not go back to \
                    work on promises.\" — Dr Okoth Wafula, KMPDU Secretary-General\n\nThe \
                    ministry said talks would resume next week.\n\nwmwangi@ke.nationmedia.com\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(
            kept("caption", "Doctors march in Nairobi on Monday."),
            "{got:?}"
        );
        assert!(kept("credit", "PHOTO | LUCY WANGARI | NMG"));
        let paragraphs = blocks_of(&got, "paragraph");
        assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
        assert!(paragraphs[0].starts_with("A nationwide doctors' strike"));
    }

    #[test]
    fn article_tools_a_comments_link_under_the_byline_and_a_hyphened_slug() {
        let text = "App launches into a lawsuit\n\nThe startup promises a copy of any voice from \
                    ten seconds of audio, and three actors say it copied theirs.\n\nBy Nadia \
                    Farrow, Senior Reporter\n\nComments\n\nGift Article\n\nNormal text size\n\n\
                    The Echo Studio app running on a phone.\n\nImage: Lumora\n\nThe company \
                    launched the app on Monday, and the actors sued on Tuesday, their lawyer \
                    said.\n\nbur-cgb/mlr\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(
            kept("caption", "The Echo Studio app running on a phone."),
            "{got:?}"
        );
        let paragraphs = got.iter().filter(|(k, _)| *k == "paragraph").count();
        assert_eq!(paragraphs, 2, "{got:?}");
    }

    #[test]
    fn stamps_bylines_and_credits_of_the_times_cbc_reuters_and_the_hindu() {
        let text = "Transit agency faces cuts\n\nReporting from Chicago\n\nUpdated - November \
                    24, 2026 09:12 pm IST\n\nNovember 24, 2026 2:15 PM GMT Updated 3 hours \
                    ago\n\nJane Roe · CBC News · Posted: Nov 24, 2026 5:00 AM EST | Last \
                    Updated: 2 hours ago\n\nRiders waited for a train in the Loop on Monday.\n\n\
                    Lauren Okoye for The New York Times\n\nThe agency could cut service by 40 \
                    percent next year, its president said on Monday.\n\nThe union said it \
                    would fight the cuts, and riders said they were worried.\n\nABOUT THE \
                    AUTHOR\n\nJane Roe is a reporter with CBC News in Vancouver.\n";
        let got = kinds(text);
        assert!(
            has_block(&got, "credit", "Reporting from Chicago"),
            "{got:?}"
        );
        assert!(has_block(
            &got,
            "caption",
            "Riders waited for a train in the Loop on Monday."
        ));
        assert!(has_block(
            &got,
            "credit",
            "Lauren Okoye for The New York Times"
        ));
        let paragraphs = got.iter().filter(|(k, _)| *k == "paragraph").count();
        assert_eq!(paragraphs, 2, "{got:?}");
    }

    #[test]
    fn date_lines() {
        assert!(is_date_line("Friday, August 15, 2008"));
        assert!(is_date_line("Updated March 3, 2024 at 5:04 PM ET"));
        assert!(is_date_line("2024-03-03"));
        assert!(!is_date_line("May the best team win"));
        assert!(!is_date_line("In March, a bundle of blueprints"));
    }

    #[test]
    fn place_datelines() {
        // The place and the text after the dateline, if there is one.
        let split = |t: &'static str| {
            place_dateline(t, Span::new(0, t.len())).map(|(p, r)| (p.of(t), r.of(t)))
        };
        assert_eq!(
            split("SAN FRANCISCO, Calif. — Tech shares fell."),
            Some(("SAN FRANCISCO, Calif.", "Tech shares fell."))
        );
        assert_eq!(
            split("LONDON (Reuters) - Shares rose.").map(|(p, _)| p),
            Some("LONDON")
        );
        assert_eq!(split("In Group F - Sweden won."), None);
        assert_eq!(
            split("Taipei, May 21 (CNA) Fishermen on Kinmen say catches fell."),
            Some(("Taipei", "Fishermen on Kinmen say catches fell."))
        );
        assert_eq!(
            split("AKITA--The prefecture asked for help."),
            Some(("AKITA", "The prefecture asked for help."))
        );
        // (Not hyphens inside a sentence's words: `an X--Y link`.)
        assert_eq!(split("The US--China link held."), None);
        // A place in title case, signed by an agency's initials.
        assert_eq!(
            split("Tarkwa (W/R), Oct. 14, GNA – Stakeholders have called for sanctions."),
            Some(("Tarkwa", "Stakeholders have called for sanctions."))
        );
        assert_eq!(split("In Group F, the winners – Sweden – won."), None);
    }

    #[test]
    fn credits_and_captions_of_twenty_four_more_outlets() {
        let text = "Tariff rise approved\n\nShare\n\nMinister of Power, Bolaji Oyelaran\n\n\
                    ALOR SETAR, Oct 12 -- The deputy minister visiting a padi field after a \
                    briefing today.\n\n--fotoBERNAMA (2025) COPYRIGHTS RESERVED\n\n\
                    The regulator has approved a rise in the tariff paid by customers.\n\n\
                    Water tankers lined up outside a housing society on Tuesday. (Express Photo \
                    by Rohan Sapre)\n\nStudents arrived for classes on Wednesday \
                    morning.Matthew Delgado/Globe Staff\n\nPatients on trolleys in a corridor \
                    at the hospital. File picture: Diarmuid Greene\n\nFarmers queue to \
                    deliver maize at the depot on Tuesday. [Edwin Kiprop, Standard]\n\n\
                    Doris Pruitt stands in her gutted living room on Tuesday.\n\nKaren \
                    Whitlock/Staff photographer\n\nThe buyout plan was approved on Tuesday by \
                    the court.\n\nFacebook : @bernamaofficial, @bernamatv\n\nPriya Natarajan \
                    can be reached at priya.natarajan@globe.com.\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(
            kept("caption", "Minister of Power, Bolaji Oyelaran"),
            "{got:?}"
        );
        assert!(
            kept(
                "caption",
                "ALOR SETAR, Oct 12 -- The deputy minister visiting a padi field after a briefing today."
            ),
            "{got:?}"
        );
        assert!(
            kept("credit", "--fotoBERNAMA (2025) COPYRIGHTS RESERVED"),
            "{got:?}"
        );
        assert!(kept("credit", "(Express Photo by Rohan Sapre)"), "{got:?}");
        assert!(kept("credit", "Matthew Delgado/Globe Staff"), "{got:?}");
        assert!(kept("credit", "File picture: Diarmuid Greene"), "{got:?}");
        assert!(kept("credit", "[Edwin Kiprop, Standard]"), "{got:?}");
        assert!(
            kept("credit", "Karen Whitlock/Staff photographer"),
            "{got:?}"
        );
        assert!(
            kept(
                "caption",
                "Doris Pruitt stands in her gutted living room on Tuesday."
            ),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(_, t)| t.contains("@bernamaofficial")),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(_, t)| t.contains("can be reached")),
            "{got:?}"
        );
        assert!(
            kept(
                "paragraph",
                "The buyout plan was approved on Tuesday by the court."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_photographer_and_outlet_under_a_caption_after_the_byline() {
        let text = "Utah pool\n\nBy Ellie Hansen\n\nSmoke from a wildfire rises behind homes \
                    near Alpine on Aug. 9, 2024.\n\nBrynn Caldwell, Deseret News\n\nThe pool \
                    was approved by the committee on Tuesday.\n\nTomatoes growing in a \
                    greenhouse at a farm in Al Khor. File Pic\n\nGet the latest Utah politics \
                    news in your inbox. Sign up for the On the Hill newsletter.\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(kept("credit", "By Ellie Hansen"), "{got:?}");
        assert!(
            kept(
                "caption",
                "Smoke from a wildfire rises behind homes near Alpine on Aug. 9, 2024."
            ),
            "{got:?}"
        );
        assert!(kept("credit", "Brynn Caldwell, Deseret News"), "{got:?}");
        assert!(
            kept(
                "caption",
                "Tomatoes growing in a greenhouse at a farm in Al Khor."
            ),
            "{got:?}"
        );
        assert!(kept("credit", "File Pic"), "{got:?}");
        assert!(
            !got.iter().any(|(_, t)| t.contains("in your inbox")),
            "{got:?}"
        );
    }

    #[test]
    fn a_source_line_naming_a_post_on_a_platform_is_no_credit() {
        let text = "Title\n\nRussian forces attacked energy infrastructure in Sumy Oblast \
                    overnight, leaving 40,000 households without power.\n\nSource: Oleksandr \
                    Dzhurenko, Head of Sumy Oblast Military Administration, on Telegram; \
                    Ukrainian Air Force\n\nThe strikes hit two substations.\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(
            kept(
                "paragraph",
                "Russian forces attacked energy infrastructure in Sumy Oblast overnight, \
                 leaving 40,000 households without power."
            ),
            "{got:?}"
        );
        assert!(!got.iter().any(|(k, _)| *k == "credit"), "{got:?}");
    }

    #[test]
    fn a_chart_with_its_title_an_en_dash_credit_and_print_edition_notes() {
        let text = "Home truths\n\nRents have doubled in Lisbon since 2015, the statistics \
                    office says.\n\nPriced out\nLisbon, median rent on new leases\n\nSource: \
                    INE\n\nChart: The Economist\n\nDr Sebastian visits a booth at the carnival \
                    in Lundu yesterday. – Photo by Ghazali Bujang\n\nThe committee will resume \
                    its hearing on November 19. – Rappler.com\n\nKara Mills contributed.\n\n\
                    This article appeared in the Europe section of the print edition.\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(kept("caption", "Priced out"), "{got:?}");
        assert!(
            kept("caption", "Lisbon, median rent on new leases"),
            "{got:?}"
        );
        assert!(kept("credit", "Source: INE"), "{got:?}");
        assert!(kept("credit", "Chart: The Economist"), "{got:?}");
        assert!(
            kept(
                "caption",
                "Dr Sebastian visits a booth at the carnival in Lundu yesterday."
            ),
            "{got:?}"
        );
        assert!(kept("credit", "Photo by Ghazali Bujang"), "{got:?}");
        assert!(
            kept(
                "paragraph",
                "The committee will resume its hearing on November 19. – Rappler.com"
            ),
            "{got:?}"
        );
        assert!(kept("credit", "Kara Mills contributed."), "{got:?}");
        assert!(
            !got.iter().any(|(_, t)| t.contains("print edition")),
            "{got:?}"
        );
    }

    #[test]
    fn credits_before_captions_glued_dashes_bars_and_a_photographer_in_brackets() {
        let text = "Water leasing\n\nThe state paid farmers to leave water in rivers, the \
                    division says.\n\n(Dana Whitlock | The Salt Lake Tribune) Alfalfa fields \
                    along the Bear River on Tuesday.\n\nSTANDING FIRM: Fishermen gather at the \
                    depot in Couva yesterday. —Photo: DEX\n\nConcrete pillars mark the \
                    boundary of the leased land. | Special arrangement\n\nFile photo: the \
                    Kouris dam, the island’s largest reservoir, in January (Christos Loizou)\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        assert!(
            kept("credit", "(Dana Whitlock | The Salt Lake Tribune)"),
            "{got:?}"
        );
        assert!(
            kept("caption", "Alfalfa fields along the Bear River on Tuesday."),
            "{got:?}"
        );
        assert!(kept("credit", "Photo: DEX"), "{got:?}");
        assert!(kept("credit", "Special arrangement"), "{got:?}");
        assert!(
            kept(
                "caption",
                "File photo: the Kouris dam, the island’s largest reservoir, in January"
            ),
            "{got:?}"
        );
        assert!(kept("credit", "(Christos Loizou)"), "{got:?}");
    }

    #[test]
    fn comment_counts_reading_times_address_bylines_and_inbox_promises() {
        let text = "Levee plan wins a vote\n\nBy Kelsey Marchetti | kmarchetti@denverpost.com | \
                    The Denver Post\n\n4 mins to read\n\n6 Comments\n\nComments - 0\n\nThe \
                    board approved the plan on Tuesday, and the work will begin this summer, a \
                    county spokesperson said.\n\nGet the day's top stories delivered to your \
                    inbox every morning.\n\nGet more Colorado news by signing up for our Mile \
                    High Roundup email newsletter.\n\nJoin the WalesOnline WhatsApp community \
                    for breaking news.\n\nThe river rose again overnight, residents said.\n";
        let got = kinds(text);
        let paragraphs = blocks_of(&got, "paragraph");
        assert_eq!(paragraphs.len(), 2, "{got:?}");
        assert!(paragraphs[1].starts_with("The river rose"), "{got:?}");
    }

    #[test]
    fn credits_closing_captions_as_sentences_brackets_capitals_and_handouts() {
        let text = "Frost hits farms\n\nA farmer inspects frost-damaged tomato plants in Deir \
                    Alla on Wednesday (Petra photo)\n\nFarmers called for compensation on \
                    Wednesday after two nights of frost, their union said.\n\nResidents queue \
                    for water from a bowser in Mogoditshane last week PIC: TEBOGO MOSWEU\n\nThe \
                    chairman addressed the media at the Commission premises yesterday. Pic by \
                    Nimal Jayasundera\n\nA China Coast Guard ship fires its water cannon at the \
                    vessel.\n\nPhilippine Coast Guard handout\n\nFishermen unload their catch \
                    at the landing site in Sur.\n\nPhoto - Times of Oman file\n\nThe ministry \
                    said the ban would stay until March, and fishermen said they would comply.\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        for caption in [
            "A farmer inspects frost-damaged tomato plants in Deir Alla on Wednesday",
            "Residents queue for water from a bowser in Mogoditshane last week",
            "The chairman addressed the media at the Commission premises yesterday.",
            "A China Coast Guard ship fires its water cannon at the vessel.",
            "Fishermen unload their catch at the landing site in Sur.",
        ] {
            assert!(kept("caption", caption), "{caption}: {got:?}");
        }
        assert_eq!(blocks_of(&got, "paragraph").len(), 2, "{got:?}");
    }

    #[test]
    fn staff_lines_comment_forms_tag_boxes_and_promos_of_more_outlets() {
        let text = "Bali raises tourist levy\n\nTranslator: Dinda Kusumaningrum\n\nEditor: \
                    Bagus Wicaksono\n\nThe governor said the levy would rise in June, and \
                    hotels said they would comply.\n\nStay current - Follow FMT on WhatsApp, \
                    Google news and Telegram\n\nRelated Tags\n\nShort link:\n\nLeave a \
                    Reply Cancel reply\n\n(This article was written by Kenta Moriyama and \
                    Yuki Tanabe.)\n";
        let got = kinds(text);
        assert_eq!(
            got,
            vec![
                ("title", "Bali raises tourist levy".to_string()),
                (
                    "paragraph",
                    "The governor said the levy would rise in June, and hotels said they would \
                     comply."
                        .to_string()
                ),
            ]
        );
    }

    #[test]
    fn credits_of_sources_photographers_agencies_and_photo_lines() {
        let text = "Bears roam towns\n\nA box trap for bears is set up in Kitaakita on Nov. \
                    12. (Kenta Moriyama)\n\nThe prefecture asked the police to use rifles on \
                    bears, officials said on Wednesday.\n\nVisibility dropped to under 3km this \
                    morning in Kuala Lumpur. (Bernama pic)\n\nChinese tourists shop at a store \
                    in Myeong-dong on Tuesday. [NEWS1]\n\nThe BRP Datu Matanum is hit by a \
                    water cannon near the shoal. (Photo courtesy of PCG)\n\nA dry stretch of the \
                    river in late February. (Courtesy of the National Emergency Commission)\n\n\
                    The minister witnesses the signing of the protocol in 2023. Supplied\n\n\
                    Noble’s Hospital in Braddan (Isle of Man Newspapers)\n\nWorkers carry out \
                    maintenance at a substation on Tuesday. — KUNA photo\n\nThe chairman with \
                    the director general at the briefing in Colombo yesterday – Pic by Lasantha \
                    Kumara\n\nTrucks loaded with pomegranates wait at a market in Kandahar.\n\n\
                    Pajhwok Photo\n\nHEARING: The bureau president testifies before the \
                    committee on Tuesday.\n\nDavid M. Santos/The Guam Daily Post\n\nThe ministry \
                    said the ban would stay until March, and hunters said they would comply.\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        for caption in [
            "A box trap for bears is set up in Kitaakita on Nov. 12.",
            "Visibility dropped to under 3km this morning in Kuala Lumpur.",
            "Chinese tourists shop at a store in Myeong-dong on Tuesday.",
            "The BRP Datu Matanum is hit by a water cannon near the shoal.",
            "A dry stretch of the river in late February.",
            "The minister witnesses the signing of the protocol in 2023.",
            "Noble’s Hospital in Braddan",
            "Workers carry out maintenance at a substation on Tuesday.",
            "The chairman with the director general at the briefing in Colombo yesterday",
            "Trucks loaded with pomegranates wait at a market in Kandahar.",
            "HEARING: The bureau president testifies before the committee on Tuesday.",
        ] {
            assert!(kept("caption", caption), "{caption}: {got:?}");
        }
        for credit in ["Pajhwok Photo", "David M. Santos/The Guam Daily Post"] {
            assert!(kept("credit", credit), "{credit}: {got:?}");
        }
        assert_eq!(blocks_of(&got, "paragraph").len(), 2, "{got:?}");
    }

    #[test]
    fn a_capitals_label_is_a_caption_but_a_dateline_and_its_agency_are_not() {
        let text = "Water shortage\n\nAFTERMATH. Residents of Virac salvage roofing sheets \
                    from their homes.\n\nASTANA. KAZINFORM – Kazakhstan expects a shortage of \
                    water, Vice Minister Serik Zhaksylykov said.\n";
        let got = kinds(text);
        assert!(
            has_block(
                &got,
                "caption",
                "AFTERMATH. Residents of Virac salvage roofing sheets from their homes."
            ),
            "{got:?}"
        );
        assert!(has_block(&got, "dateline", "ASTANA. KAZINFORM"), "{got:?}");
        assert_eq!(blocks_of(&got, "paragraph").len(), 1, "{got:?}");
    }

    #[test]
    fn a_wire_s_dated_sign_off_in_brackets_is_no_credit() {
        let text = "Rupee rises\n\nAbeykoon said exporters would present proposals.\n\n\u{201c}We \
                    can compete on quality,\u{201d} he said. \u{201c}But not on costs.\u{201d} \
                    (Colombo/Nov27/2024)\n";
        let got = kinds(text);
        assert_eq!(blocks_of(&got, "paragraph").len(), 2, "{got:?}");
        assert!(blocks_of(&got, "caption").is_empty(), "{got:?}");
    }

    #[test]
    fn credits_of_a_source_s_photo_a_bare_photographer_and_photo_by_after_a_comma() {
        let text = "Floods in Rio\n\nA motorbike undergoes an emission test at a station in \
                    Cau Giay District. — VNS Photo Doan Tung\n\nA farmer harvests paddy in \
                    Battambang earlier this month. Sok Veasna\n\nResidents wade through \
                    floodwater in Acari on January 19th, photo by Rafael Moura/Agencia Brasil.\n\n\
                    Tourists visit the Temple of Karnak in Luxor. (Photo courtesy of the Ministry \
                    of Tourism and Antiquities)\n\nThe city said the pumps would run all night, \
                    and residents said they would stay.\n";
        let got = kinds(text);
        let kept = |kind: &str, t: &str| has_block(&got, kind, t);
        for caption in [
            "A motorbike undergoes an emission test at a station in Cau Giay District.",
            "A farmer harvests paddy in Battambang earlier this month.",
            "Residents wade through floodwater in Acari on January 19th,",
            "Tourists visit the Temple of Karnak in Luxor.",
        ] {
            assert!(kept("caption", caption), "{caption}: {got:?}");
        }
        assert_eq!(blocks_of(&got, "paragraph").len(), 1, "{got:?}");
    }
}
