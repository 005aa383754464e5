//! Themes: TextMate `.tmTheme` files resolved, once per load, into one terminal style per
//! highlight [`Category`], so drawing a frame is table look-ups.
//!
//! [`ThemeCatalog`] finds the bundled and user themes and loads them; [`ColorDepth::detect`]
//! reads how many colours the terminal has; `resolve` turns a parsed theme into [`Styles`]
//! for that depth, through `palette`'s colour downgrades.

mod catalog;
mod depth;
mod palette;
mod resolve;

use ratatui::style::{Modifier, Style};

pub use crate::highlight::Category;
pub use catalog::{Origin, ThemeCatalog, ThemeEntry, ThemeError, UnknownTheme, DEFAULT_THEME};

/// How many colours the output may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorDepth {
    /// 24-bit colour (`COLORTERM=truecolor` or `24bit`).
    TrueColor,
    /// The xterm 256-colour palette.
    Ansi256,
    /// The 16 basic colours.
    Ansi16,
    /// No colour at all (`NO_COLOR`, or not a terminal): categories are told apart by
    /// bold, italic, underline and reverse only.
    NoColor,
}

/// One theme resolved for one colour depth.
#[derive(Clone, Debug, PartialEq)]
pub struct Styles {
    /// The theme's name (its file stem).
    pub name: String,
    /// Plain article text: foreground and background.
    pub text: Style,
    categories: [Style; Category::ALL.len()],
    /// The current attribution in the reader.
    pub selection: Style,
    /// Search matches.
    pub search: Style,
    /// The selected row of the side panel.
    pub line_highlight: Style,
    /// Status bar, hints, borders: text that should recede.
    pub dim: Style,
}

impl Styles {
    /// Assemble a style table; `categories` is indexed by [`Category::index`].
    pub fn new(
        name: impl Into<String>,
        text: Style,
        categories: [Style; Category::ALL.len()],
        selection: Style,
        search: Style,
        line_highlight: Style,
        dim: Style,
    ) -> Styles {
        Styles {
            name: name.into(),
            text,
            categories,
            selection,
            search,
            line_highlight,
            dim,
        }
    }

    /// The style of a category (already including the theme's text style beneath it).
    pub fn category(&self, c: Category) -> Style {
        self.categories[c.index()]
    }

    /// The colour-free table used under `NO_COLOR`: every category differs from the
    /// others and from plain text by its combination of bold, italic, underline and dim.
    pub fn plain() -> Styles {
        let m = |mods: Modifier| Style::new().add_modifier(mods);
        let mut categories = [Style::new(); Category::ALL.len()];
        for c in Category::ALL {
            categories[c.index()] = match c {
                Category::Text => Style::new(),
                Category::Title => m(Modifier::BOLD | Modifier::UNDERLINED),
                Category::DirectQuote => m(Modifier::ITALIC),
                Category::IndirectQuote => m(Modifier::DIM | Modifier::ITALIC),
                Category::Cue => m(Modifier::UNDERLINED),
                Category::Official => m(Modifier::BOLD),
                Category::Expert => m(Modifier::BOLD | Modifier::ITALIC),
                Category::OtherPerson => m(Modifier::BOLD | Modifier::DIM),
                Category::Anonymous => m(Modifier::BOLD | Modifier::ITALIC | Modifier::UNDERLINED),
                Category::Country => m(Modifier::ITALIC | Modifier::UNDERLINED),
                Category::Organization => m(Modifier::DIM | Modifier::UNDERLINED),
                Category::Caption => m(Modifier::DIM),
                Category::Credit => m(Modifier::DIM | Modifier::ITALIC | Modifier::UNDERLINED),
            };
        }
        Styles::new(
            "plain",
            Style::new(),
            categories,
            m(Modifier::REVERSED),
            m(Modifier::REVERSED | Modifier::BOLD),
            m(Modifier::REVERSED),
            m(Modifier::DIM),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_styles_keep_every_category_apart() {
        let s = Styles::plain();
        for (i, a) in Category::ALL.iter().enumerate() {
            for b in &Category::ALL[i + 1..] {
                assert_ne!(s.category(*a), s.category(*b), "{a:?} and {b:?}");
            }
        }
    }
}
