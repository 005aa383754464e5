//! The half of the analysis that reads one block on its own: tokens, country mentions,
//! candidate names, quoted passages, sentences and the cues that attribute them. None of
//! it depends on the rest of the article — who was named before, who spoke last — so
//! blocks can be prepared in any order, on any thread; [`super::engine`] then resolves
//! speakers across blocks in reading order.
//!
//! The one thing a paragraph takes from the one before is whether a quotation runs on
//! into it (`carried`): preparing is told, and says whether its own quotation runs on.
//!
//! Blocks are prepared in batches whose flat buffers are reused from one batch to the
//! next: a long text costs a handful of allocations per batch, not a dozen per block.

use std::ops::Range;

use super::countries::{CountryHit, CountryMatcher};
use super::cues::{self, Attribution, Para, PassageMarks};
use super::lookup::Flag;
use super::names::{self, Candidate};
use super::quotes::{self, Passage};
use super::sentences::sentences;
use super::tokens::{tokenize, Kind, Token};
use crate::article::{Block, BlockKind};
use crate::lexicon::lexicon;

/// One block, read on its own. Token indices count from the block's first token.
pub struct Prepared<'b> {
    pub tokens: &'b [Token],
    pub countries: &'b [CountryHit],
    pub names: &'b [Candidate],
    /// Paragraphs only: what each sentence attributes, in order.
    pub steps: &'b [Step],
    passages: &'b [Passage],
    in_passage: &'b [Option<usize>],
    opens: &'b [Option<usize>],
}

impl<'b> Prepared<'b> {
    /// The paragraph as the cues read it.
    pub fn para(&self, text: &'b str) -> Para<'b> {
        Para {
            text,
            tokens: self.tokens,
            passages: self.passages,
            in_passage: self.in_passage,
            opens: self.opens,
        }
    }
}

/// What one sentence of a paragraph says about who speaks.
#[derive(Debug)]
pub enum Step {
    /// A sentence with cues: its attributions, in order; `sentence` is its token range.
    Attributed {
        sentence: (usize, usize),
        attributions: Vec<Attribution>,
    },
    /// A sentence that is a quotation and nothing else: its passages continue the speaker
    /// in focus.
    Continued { passages: Vec<usize> },
}

/// Whether the analysis reads this kind of block at all.
pub fn is_read(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Title | BlockKind::Paragraph | BlockKind::Caption
    )
}

/// Where one block's parts end in a [`Batch`]'s buffers (they start where the previous
/// block's end).
#[derive(Clone, Copy, Debug, Default)]
struct Ends {
    tokens: usize,
    countries: usize,
    names: usize,
    passages: usize,
    marks: usize,
    steps: usize,
    /// Paragraphs only: the last quotation runs on into the next paragraph.
    open: bool,
}

/// Consecutive blocks, prepared into shared buffers.
#[derive(Default)]
struct Batch {
    tokens: Vec<Token>,
    countries: Vec<CountryHit>,
    names: Vec<Candidate>,
    passages: Vec<Passage>,
    marks: PassageMarks,
    steps: Vec<Step>,
    ends: Vec<Ends>,
}

impl Batch {
    fn clear(&mut self) {
        self.tokens.clear();
        self.countries.clear();
        self.names.clear();
        self.passages.clear();
        self.marks.clear();
        self.steps.clear();
        self.ends.clear();
    }

    /// Prepare `blocks` after those already here, the first one told `carried`; returns
    /// whether the last paragraph's quotation runs on.
    ///
    /// One step at a time over all the blocks (every block's tokens, then every block's
    /// countries, …) rather than one block at a time: each step's code and tables stay in
    /// the processor's caches and predictors from block to block. Interleaved, the
    /// tokenizer alone ran at half its speed.
    fn prepare_all(&mut self, text: &str, blocks: &[Block], mut carried: bool) -> bool {
        let first = self.ends.len();
        for b in blocks {
            if is_read(b.kind) {
                tokenize(text, b.span, &mut self.tokens);
            }
            // The other ends are set by the steps below.
            self.ends.push(Ends {
                tokens: self.tokens.len(),
                ..Ends::default()
            });
        }
        let matcher = CountryMatcher::get();
        for (b, k) in blocks.iter().zip(first..) {
            if is_read(b.kind) {
                let tokens = &self.tokens[self.start_of(k).tokens..self.ends[k].tokens];
                matcher.find(text, b.span, tokens, &mut self.countries);
            }
            self.ends[k].countries = self.countries.len();
        }
        for (b, k) in blocks.iter().zip(first..) {
            if is_read(b.kind) {
                let from = self.start_of(k);
                let tokens = &self.tokens[from.tokens..self.ends[k].tokens];
                let countries = &self.countries[from.countries..self.ends[k].countries];
                names::find_names(text, tokens, countries, &mut self.names);
            }
            self.ends[k].names = self.names.len();
        }
        for (b, k) in blocks.iter().zip(first..) {
            let tokens = self.start_of(k).tokens..self.ends[k].tokens;
            let open = b.kind == BlockKind::Paragraph && self.paragraph(text, b, tokens, carried);
            if b.kind == BlockKind::Paragraph {
                carried = open;
            }
            let ends = &mut self.ends[k];
            ends.open = open;
            ends.passages = self.passages.len();
            ends.marks = self.marks.in_passage.len();
            ends.steps = self.steps.len();
        }
        carried
    }

    /// Where the `i`th block's parts start: where the block before ends.
    fn start_of(&self, i: usize) -> Ends {
        i.checked_sub(1)
            .map_or_else(Ends::default, |p| self.ends[p])
    }

    fn ends_open(&self, i: usize) -> bool {
        self.ends[i].open
    }

    /// The `i`th block prepared here.
    fn get(&self, i: usize) -> Prepared<'_> {
        let from = self.start_of(i);
        let to = self.ends[i];
        let marks = from.marks..to.marks;
        Prepared {
            tokens: &self.tokens[from.tokens..to.tokens],
            countries: &self.countries[from.countries..to.countries],
            names: &self.names[from.names..to.names],
            steps: &self.steps[from.steps..to.steps],
            passages: &self.passages[from.passages..to.passages],
            in_passage: &self.marks.in_passage[marks.clone()],
            opens: &self.marks.opens[marks],
        }
    }

    /// A paragraph's passages, sentences and steps; returns whether its last quotation
    /// runs on into the next paragraph.
    fn paragraph(
        &mut self,
        text: &str,
        block: &Block,
        tokens: Range<usize>,
        carried: bool,
    ) -> bool {
        let tokens = &self.tokens[tokens];
        let (passages, ends_open) = quotes::passages(text, block.span, tokens, carried);
        // A paragraph with neither a quotation nor a cue word attributes nothing.
        let cue_words = Flag::Verb as u32 | Flag::VerbPhraseStart as u32 | Flag::Cue as u32;
        if passages.is_empty() && !tokens.iter().any(|t| t.flags & cue_words != 0) {
            return ends_open;
        }
        let marks_from = self.marks.in_passage.len();
        self.marks.append(tokens.len(), &passages);
        let para = Para {
            text,
            tokens,
            passages: &passages,
            in_passage: &self.marks.in_passage[marks_from..],
            opens: &self.marks.opens[marks_from..],
        };
        let mut claimed = vec![false; passages.len()];
        for sentence in sentences(text, tokens, &passages, lexicon()) {
            let attributions = cues::attributions(&para, sentence, &mut claimed);
            if attributions.is_empty() {
                let passages = continued(&para, sentence, &mut claimed);
                if !passages.is_empty() {
                    self.steps.push(Step::Continued { passages });
                }
            } else {
                self.steps.push(Step::Attributed {
                    sentence,
                    attributions,
                });
            }
        }
        self.passages.extend(passages);
        ends_open
    }
}

/// The passages of a sentence with no cue that continue whoever spoke before: those of a
/// sentence that is only a quotation, not claimed yet, and speech rather than a phrase.
fn continued(para: &Para, (sa, sb): (usize, usize), claimed: &mut [bool]) -> Vec<usize> {
    if !bare_quotation(para, sa, sb) {
        return Vec::new();
    }
    let mut out: Vec<usize> = Vec::new();
    for i in sa..sb {
        if let Some(pi) = para.in_passage[i] {
            if out.last() != Some(&pi) && !claimed[pi] && para.is_speech(pi) {
                claimed[pi] = true;
                out.push(pi);
            }
        }
    }
    out
}

/// A sentence that is a quotation and nothing else (bar punctuation and a bracketed
/// note such as `((it))`).
fn bare_quotation(para: &Para, sa: usize, sb: usize) -> bool {
    let mut depth = 0usize;
    let mut quoted = false;
    for i in sa..sb {
        if para.in_passage[i].is_some() {
            quoted = true;
            continue;
        }
        let t = para.tokens[i];
        let w = t.text(para.text);
        match w {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ if t.kind == Kind::Punct || t.kind == Kind::Quote => {}
            _ => return false,
        }
    }
    quoted
}

/// Below this much text, preparing blocks on other threads costs more than it saves.
const PARALLEL_FROM: usize = 256 * 1024;

/// Text per batch, in bytes (whole blocks, so a little more). Each step of preparing runs
/// over a whole batch, and the tables it reads must come back into the caches after the
/// other steps and the reader have pushed them out: the larger the batch, the rarer that
/// is. One thread alone makes the most of it (on one core, 64 KB batches took a fifth
/// longer than 1 MB ones); threads hand over smaller batches, so as not to hold many
/// prepared megabytes waiting for the reader.
const BATCH: usize = 256 * 1024;
const BATCH_ALONE: usize = 1024 * 1024;

/// Batches prepared ahead of the reader at most, per thread: bounds the memory held.
const AHEAD_PER_WORKER: usize = 2;

/// Prepare every block and hand each to `read` with its index, in reading order. On long
/// texts the blocks are prepared on other threads while `read` runs; what `read` sees is
/// the same either way.
pub fn each(text: &str, blocks: &[Block], read: impl FnMut(usize, &Prepared)) {
    // One thread per core prepares; the caller's own thread, which resolves speakers (the
    // lighter half of the work), shares the cores with them.
    let workers = if text.len() < PARALLEL_FROM {
        1
    } else {
        crate::cores()
    };
    let batch = if workers < 2 { BATCH_ALONE } else { BATCH };
    each_with(text, blocks, workers, batch, read);
}

fn each_with(
    text: &str,
    blocks: &[Block],
    workers: usize,
    batch_bytes: usize,
    mut read: impl FnMut(usize, &Prepared),
) {
    let ranges = batch_ranges(blocks, batch_bytes);
    if workers < 2 {
        let mut batch = Batch::default();
        let mut carried = false;
        for range in ranges {
            batch.clear();
            carried = batch.prepare_all(text, &blocks[range.clone()], carried);
            for (k, i) in range.enumerate() {
                read(i, &batch.get(k));
            }
        }
        return;
    }
    let shared = parallel::Shared::new(workers * AHEAD_PER_WORKER);
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Batch)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (shared, ranges) = (&shared, &ranges);
            scope.spawn(move || {
                // A thread that panics stops the others, so that the reader does not wait
                // for its batch forever; the scope then passes the panic on.
                let _stop_all_on_panic = parallel::CloseOnPanic(shared);
                while let Some(n) = shared.take(ranges.len()) {
                    let mut batch = shared.recycled();
                    // Each batch starts as if no quotation ran on into it; the reader
                    // mends the batch when one did.
                    batch.prepare_all(text, &blocks[ranges[n].clone()], false);
                    if tx.send((n, batch)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let _stop_all_when_done = parallel::CloseOnDrop(&shared);
        let mut arrived = std::collections::BTreeMap::new();
        let mut mended = Batch::default();
        let mut carried = false;
        for (n, range) in ranges.iter().enumerate() {
            let batch = loop {
                if let Some(b) = arrived.remove(&n) {
                    break b;
                }
                // Only a panicking thread drops its sender early: the scope reports it.
                let Ok((k, b)) = rx.recv() else { return };
                arrived.insert(k, b);
            };
            shared.read_one();
            // What the batch's thread took to run on into each paragraph, and what does:
            // once they agree, the rest of the batch stands as prepared.
            let mut assumed = false;
            for (k, (i, b)) in range.clone().zip(&blocks[range.clone()]).enumerate() {
                let p = if b.kind == BlockKind::Paragraph && carried != assumed {
                    assumed = batch.ends_open(k);
                    mended.clear();
                    carried = mended.prepare_all(text, std::slice::from_ref(b), carried);
                    mended.get(0)
                } else {
                    if b.kind == BlockKind::Paragraph {
                        assumed = batch.ends_open(k);
                        carried = assumed;
                    }
                    batch.get(k)
                };
                read(i, &p);
            }
            shared.recycle(batch);
        }
    });
}

/// Consecutive blocks holding at least `bytes` of text each (the last one less).
fn batch_ranges(blocks: &[Block], bytes: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (i, b) in blocks.iter().enumerate() {
        size += b.span.len();
        if size >= bytes {
            out.push(start..i + 1);
            start = i + 1;
            size = 0;
        }
    }
    if start < blocks.len() {
        out.push(start..blocks.len());
    }
    out
}

mod parallel {
    use std::sync::{Condvar, Mutex, MutexGuard};

    use super::Batch;

    /// What the preparing threads and the reader share: which batch is next, how far
    /// the reader is, and the batches it has finished with, for reuse.
    pub struct Shared {
        state: Mutex<State>,
        moved: Condvar,
        ahead: usize,
    }

    struct State {
        next: usize,
        read: usize,
        closed: bool,
        spare: Vec<Batch>,
    }

    impl Shared {
        pub fn new(ahead: usize) -> Shared {
            Shared {
                state: Mutex::new(State {
                    next: 0,
                    read: 0,
                    closed: false,
                    spare: Vec::new(),
                }),
                moved: Condvar::new(),
                ahead,
            }
        }

        fn lock(&self) -> MutexGuard<'_, State> {
            self.state.lock().unwrap_or_else(|e| e.into_inner())
        }

        /// The next batch to prepare, waiting while the reader is far behind; `None` when
        /// all are handed out or the reader is gone.
        pub fn take(&self, batches: usize) -> Option<usize> {
            let mut s = self.lock();
            loop {
                if s.closed || s.next >= batches {
                    return None;
                }
                if s.next < s.read + self.ahead {
                    s.next += 1;
                    return Some(s.next - 1);
                }
                s = self.moved.wait(s).unwrap_or_else(|e| e.into_inner());
            }
        }

        /// An empty batch, reusing one the reader is done with when there is one.
        pub fn recycled(&self) -> Batch {
            self.lock().spare.pop().unwrap_or_default()
        }

        pub fn recycle(&self, mut batch: Batch) {
            batch.clear();
            self.lock().spare.push(batch);
        }

        pub fn read_one(&self) {
            self.lock().read += 1;
            self.moved.notify_all();
        }

        fn close(&self) {
            self.lock().closed = true;
            self.moved.notify_all();
        }
    }

    pub struct CloseOnPanic<'a>(pub &'a Shared);

    impl Drop for CloseOnPanic<'_> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                self.0.close();
            }
        }
    }

    /// However the reader stops, the threads stop with it.
    pub struct CloseOnDrop<'a>(pub &'a Shared);

    impl Drop for CloseOnDrop<'_> {
        fn drop(&mut self) {
            self.0.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::structure::structure;

    /// Everything the engine reads of each block, as text.
    fn readings(text: &str, workers: usize, batch_bytes: usize) -> Vec<String> {
        let blocks = structure(text).blocks;
        let mut out = Vec::new();
        each_with(text, &blocks, workers, batch_bytes, |i, p| {
            out.push(format!(
                "{i} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                p.tokens, p.countries, p.names, p.steps, p.passages, p.in_passage, p.opens
            ));
        });
        out
    }

    #[test]
    fn threads_read_what_one_thread_reads() {
        // Quotations that run on over paragraphs cross the batch boundaries, which tiny
        // batches put everywhere.
        let text = concat!(
            "“We will not stop,” said Jane Roe, a minister.\n\n",
            "“It runs on into the next paragraph.\n\n",
            "And on, into this one,” she added.\n\n",
            "Officials said the talks had failed.\n\n",
            "“A quote that never closes.\n\n",
            "Caption line\n\n",
            "“Still open here.\n\n",
            "Closed at last,” Roe said.\n\n",
            "Roe told reporters she was “confident” and left.\n\n",
        )
        .repeat(40);
        let serial = readings(&text, 1, BATCH);
        assert!(serial.len() > 300);
        for batch_bytes in [1, 50, 120, 700] {
            assert_eq!(
                readings(&text, 2, batch_bytes),
                serial,
                "batches of {batch_bytes}"
            );
            assert_eq!(
                readings(&text, 3, batch_bytes),
                serial,
                "batches of {batch_bytes}"
            );
        }
    }
}
