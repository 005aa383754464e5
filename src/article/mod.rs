//! The article: one decoded text and every span over it.
//!
//! `Article` owns the text; everything downstream (export, the reader) reads its spans and
//! never re-parses the text. Spans are byte ranges into [`Article::text`]; the JSON export
//! converts them to code points.

pub mod load;
pub mod structure;

use crate::analysis::{self, Analysis};

/// A byte range into an article's text. Always on `char` boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text of this span.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// What a kept block of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Title,
    Dateline,
    Paragraph,
    Caption,
    Credit,
}

impl BlockKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Dateline => "dateline",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Caption => "caption",
            BlockKind::Credit => "credit",
        }
    }

    /// Captions and credits are shown but never hold attributions.
    pub const fn is_body(self) -> bool {
        matches!(self, BlockKind::Paragraph)
    }
}

/// One kept block, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// Why a piece of the input was left out of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RemovalReason {
    /// Page furniture: navigation, share buttons, comment forms, source lists, site suffixes.
    Furniture,
    /// A repeat of something kept: a title or caption printed twice, a pull quote.
    Duplicate,
}

impl RemovalReason {
    pub const fn as_str(self) -> &'static str {
        match self {
            RemovalReason::Furniture => "furniture",
            RemovalReason::Duplicate => "duplicate",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Removed {
    pub reason: RemovalReason,
    pub span: Span,
}

/// A cleaned, analysed article.
#[derive(Debug, Default)]
pub struct Article {
    /// Where the text came from: a path, or `-` for standard input.
    pub source: String,
    /// The decoded, sanitized input (see [`load`]); every span points into it.
    pub text: String,
    /// The title without any site suffix.
    pub title: Option<Span>,
    /// The dateline's place or date (`WASHINGTON`, `Friday, August 15, 2008`).
    pub dateline: Option<Span>,
    pub blocks: Vec<Block>,
    pub removed: Vec<Removed>,
    pub analysis: Analysis,
}

impl Article {
    /// Structure and analyse already-decoded text.
    pub fn from_text(source: impl Into<String>, text: String) -> Article {
        let mut article = Article::structure_only(source, text);
        article.analysis = analysis::analyze(&article.text, &article.blocks);
        article
    }

    /// Structure without analysis: what the reader draws before the analysis arrives.
    pub fn structure_only(source: impl Into<String>, text: String) -> Article {
        let layout = structure::structure(&text);
        Article {
            source: source.into(),
            text,
            title: layout.title,
            dateline: layout.dateline,
            blocks: layout.blocks,
            removed: layout.removed,
            analysis: Analysis::default(),
        }
    }

    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    pub fn title_text(&self) -> Option<&str> {
        self.title.map(|s| self.slice(s))
    }
}
