//! The `--list-themes` listing: each theme's name, a sample of its colours — the four
//! things a reader looks for, each in its style on the theme's own background — and where
//! the theme comes from.

use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::highlight::Category;
use crate::theme::{ColorDepth, Styles, ThemeCatalog, ThemeError};

use super::sgr::{sgr, RESET};

const SHOWN: [Category; 4] = [
    Category::Official,
    Category::Expert,
    Category::Country,
    Category::DirectQuote,
];

/// One line per theme, in name order, and the themes that could not be loaded. `depth` is
/// `None` off a terminal: no colour then, but every theme is still loaded so that broken
/// ones are reported.
pub fn theme_list(catalog: &ThemeCatalog, depth: Option<ColorDepth>) -> (String, Vec<ThemeError>) {
    let name_width = catalog
        .entries()
        .iter()
        .map(|e| e.name().width())
        .max()
        .unwrap_or(0);
    let mut list = String::new();
    let mut broken = Vec::new();
    for entry in catalog.entries() {
        let shown = match entry.load(depth.unwrap_or(ColorDepth::NoColor)) {
            Ok(styles) => sample(depth.is_some().then_some(&styles)),
            Err(e) => {
                broken.push(e);
                let plain_width = sample(None).width();
                format!("{:<plain_width$}", " (cannot be loaded)")
            }
        };
        let name = entry.name();
        let pad = " ".repeat(name_width - name.width());
        list.push_str(&format!("{name}{pad} {shown} {}\n", entry.origin()));
    }
    (list, broken)
}

/// The sample line; plain words when `styles` is `None`, as wide either way.
fn sample(styles: Option<&Styles>) -> String {
    let text = styles.map(|s| s.text);
    let mut line = String::new();
    push(&mut line, " ", text);
    for (i, category) in SHOWN.into_iter().enumerate() {
        if i > 0 {
            push(&mut line, "  ", text);
        }
        push(
            &mut line,
            category.label(),
            styles.map(|s| s.category(category)),
        );
    }
    push(&mut line, " ", text);
    if styles.is_some() {
        line.push_str(RESET);
    }
    line
}

fn push(line: &mut String, text: &str, style: Option<Style>) {
    if let Some(style) = style {
        line.push_str(&sgr(style));
    }
    line.push_str(text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_names_the_categories_it_shows() {
        assert_eq!(sample(None), " official  expert  country  direct quote ");
        let styled = sample(Some(&Styles::plain()));
        assert!(styled.contains(&format!(
            "{}official",
            sgr(Styles::plain().category(Category::Official))
        )));
        assert!(styled.ends_with(RESET));
    }

    #[test]
    fn themes_are_listed_with_their_origin_and_aligned() {
        let (list, broken) = theme_list(&ThemeCatalog::bundled(), None);
        assert_eq!(broken, []);
        assert_eq!(
            list,
            "whosaid-contrast  official  expert  country  direct quote  bundled\n\
             whosaid-dark      official  expert  country  direct quote  bundled\n\
             whosaid-light     official  expert  country  direct quote  bundled\n"
        );
        let (list, _) = theme_list(&ThemeCatalog::bundled(), Some(ColorDepth::Ansi256));
        assert_eq!(list.lines().count(), 3);
        assert!(
            list.contains("\x1b[0;1;38;5;215;48;5;235mofficial"),
            "{list:?}"
        );
    }
}
