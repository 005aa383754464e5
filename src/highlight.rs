//! What colour each piece of the article gets: the analysis's spans flattened into
//! non-overlapping runs of one [`Category`] each, for `print` and the reader alike.
//!
//! Layers, innermost wins: a block's own category (title, caption, credit) under a quote
//! (direct or reported) under a cue under an entity (a person by role, a country, an
//! organisation). A name inside a quotation is coloured as the name.

use crate::analysis::{Analysis, EntityClass, QuoteKind};
use crate::article::{Article, Block, BlockKind, Span};

/// Everything the highlighter can tell apart; each maps to a scope stack (see
/// [`Category::scopes`]) that themes target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Text,
    Title,
    DirectQuote,
    IndirectQuote,
    Cue,
    Official,
    Expert,
    OtherPerson,
    Anonymous,
    Country,
    Organization,
    Caption,
    Credit,
}

impl Category {
    pub const ALL: [Category; 13] = [
        Category::Text,
        Category::Title,
        Category::DirectQuote,
        Category::IndirectQuote,
        Category::Cue,
        Category::Official,
        Category::Expert,
        Category::OtherPerson,
        Category::Anonymous,
        Category::Country,
        Category::Organization,
        Category::Caption,
        Category::Credit,
    ];

    /// The scope stack, outer to inner: a conventional scope stock themes colour, and the
    /// whosaid scope whosaid's own themes target. **Contract** for theme authors.
    pub const fn scopes(self) -> &'static str {
        match self {
            Category::Text => "",
            Category::Title => "markup.heading meta.title.whosaid",
            Category::DirectQuote => "string.quoted.double meta.quote.direct.whosaid",
            Category::IndirectQuote => "markup.quote meta.quote.indirect.whosaid",
            Category::Cue => "keyword.other meta.cue.whosaid",
            Category::Official => "entity.name.function meta.speaker.official.whosaid",
            Category::Expert => "entity.name.tag meta.speaker.expert.whosaid",
            Category::OtherPerson => "variable.other meta.speaker.other.whosaid",
            Category::Anonymous => "variable.other meta.speaker.anonymous.whosaid",
            Category::Country => "constant.other meta.place.country.whosaid",
            Category::Organization => "storage.type meta.organization.whosaid",
            Category::Caption => "comment meta.caption.whosaid",
            Category::Credit => "comment meta.credit.whosaid",
        }
    }

    /// What the colour means, for legends.
    pub const fn label(self) -> &'static str {
        match self {
            Category::Text => "text",
            Category::Title => "title",
            Category::DirectQuote => "direct quote",
            Category::IndirectQuote => "reported speech",
            Category::Cue => "attribution cue",
            Category::Official => "official",
            Category::Expert => "expert",
            Category::OtherPerson => "other person",
            Category::Anonymous => "anonymous source",
            Category::Country => "country",
            Category::Organization => "organisation",
            Category::Caption => "caption",
            Category::Credit => "credit",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

impl From<EntityClass> for Category {
    fn from(c: EntityClass) -> Self {
        match c {
            EntityClass::Official => Category::Official,
            EntityClass::Expert => Category::Expert,
            EntityClass::Person => Category::OtherPerson,
            EntityClass::Anonymous => Category::Anonymous,
            EntityClass::Country => Category::Country,
            EntityClass::Organization => Category::Organization,
        }
    }
}

/// A run of text with one category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub span: Span,
    pub category: Category,
}

/// Layers in paint order: later layers win where they overlap earlier ones.
fn layers(blocks: &[Block], a: &Analysis) -> Vec<(Span, Category, u8)> {
    let mut out = Vec::new();
    for b in blocks {
        let c = match b.kind {
            BlockKind::Title => Category::Title,
            BlockKind::Caption => Category::Caption,
            BlockKind::Credit => Category::Credit,
            BlockKind::Paragraph | BlockKind::Dateline => continue,
        };
        out.push((b.span, c, 0));
    }
    for q in &a.quotes {
        let c = match q.kind {
            QuoteKind::Direct => Category::DirectQuote,
            QuoteKind::Indirect => Category::IndirectQuote,
        };
        out.push((q.span, c, 1));
        if let Some(cue) = q.cue {
            out.push((cue, Category::Cue, 2));
        }
    }
    for e in &a.entities {
        out.push((e.span, e.class.into(), 3));
    }
    out
}

/// Non-overlapping runs covering every styled part of the text, in order. Text between
/// runs is [`Category::Text`].
pub fn runs(article: &Article) -> Vec<Run> {
    runs_over(&article.blocks, &article.analysis)
}

/// [`runs`] from an article's parts, for the reader, which gets its analysis from a worker
/// thread after the blocks are already on screen.
pub fn runs_over(blocks: &[Block], analysis: &Analysis) -> Vec<Run> {
    let mut layers = layers(blocks, analysis);
    // Sweep over boundaries; at each point the highest layer (then the innermost span) wins.
    let mut points: Vec<usize> = layers
        .iter()
        .flat_map(|(s, _, _)| [s.start, s.end])
        .collect();
    points.sort_unstable();
    points.dedup();
    layers.sort_by_key(|(s, _, l)| (s.start, *l));
    let mut active: Vec<(Span, Category, u8)> = Vec::new();
    let mut next = 0;
    let mut out: Vec<Run> = Vec::new();
    for w in points.windows(2) {
        let (from, to) = (w[0], w[1]);
        active.retain(|(s, _, _)| s.end > from);
        while next < layers.len() && layers[next].0.start <= from {
            if layers[next].0.end > from {
                active.push(layers[next]);
            }
            next += 1;
        }
        let top = active
            .iter()
            .max_by_key(|(s, _, l)| (*l, std::cmp::Reverse(s.len()), s.start));
        if let Some(&(_, c, _)) = top {
            match out.last_mut() {
                Some(r) if r.category == c && r.span.end == from => r.span.end = to,
                _ => out.push(Run {
                    span: Span::new(from, to),
                    category: c,
                }),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_inside_quotes_keep_their_own_colour() {
        let text =
            "Title\n\n“Putin must go,” Secretary of State Antony Blinken said.\n".to_string();
        let a = Article::from_text("t", text);
        let runs = runs(&a);
        let cat = |needle: &str| {
            let at = a.text.find(needle).unwrap();
            runs.iter()
                .find(|r| r.span.start <= at && at < r.span.end)
                .map(|r| r.category)
        };
        assert_eq!(cat("Title"), Some(Category::Title));
        assert_eq!(cat("must"), Some(Category::DirectQuote));
        assert_eq!(cat("said"), Some(Category::Cue));
        assert_eq!(cat("Antony"), Some(Category::Official));
        for w in runs.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
    }
}
