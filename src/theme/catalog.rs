//! The themes whosaid knows: the bundled ones compiled into the binary, and the user's
//! `<config dir>/themes/*.tmTheme`, each named by its file stem. A user theme with a bundled
//! theme's name replaces the bundled one.

use std::fmt;
use std::io::{self, Cursor};
use std::path::{Path, PathBuf};

use syntect::highlighting::{Theme, ThemeSet};
use syntect::LoadingError;

use super::resolve::resolve;
use super::{ColorDepth, Styles};
use crate::article::load::describe_io;

/// The theme used when none is named, and in place of one that cannot be loaded.
pub const DEFAULT_THEME: &str = "whosaid-dark";

const DEFAULT_THEME_TEXT: &str = include_str!("../../themes/whosaid-dark.tmTheme");

const BUNDLED: [(&str, &str); 3] = [
    (
        "whosaid-contrast",
        include_str!("../../themes/whosaid-contrast.tmTheme"),
    ),
    (DEFAULT_THEME, DEFAULT_THEME_TEXT),
    (
        "whosaid-light",
        include_str!("../../themes/whosaid-light.tmTheme"),
    ),
];

/// One theme that can be loaded by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeEntry {
    name: String,
    source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Source {
    Embedded(&'static str),
    File(PathBuf),
}

/// Where a theme comes from; displays as `bundled` or the file's path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin<'a> {
    Bundled,
    User(&'a Path),
}

impl fmt::Display for Origin<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Bundled => f.write_str("bundled"),
            Origin::User(path) => write!(f, "{}", path.display()),
        }
    }
}

impl ThemeEntry {
    /// The theme's name: its file stem.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn origin(&self) -> Origin<'_> {
        match &self.source {
            Source::Embedded(_) => Origin::Bundled,
            Source::File(path) => Origin::User(path),
        }
    }

    /// Read, parse and resolve the theme for `depth`.
    pub fn load(&self, depth: ColorDepth) -> Result<Styles, ThemeError> {
        let parsed = match &self.source {
            Source::Embedded(text) => parse(text.as_bytes()),
            Source::File(path) => std::fs::read(path)
                .map_err(|e| describe_io(&e))
                .and_then(|bytes| parse(&bytes)),
        };
        match parsed {
            Ok(theme) => Ok(resolve(&self.name, &theme, depth)),
            Err(cause) => Err(ThemeError {
                theme: match self.origin() {
                    Origin::Bundled => format!("bundled theme {}", self.name),
                    Origin::User(path) => path.display().to_string(),
                },
                cause,
            }),
        }
    }

    /// [`ThemeEntry::load`], or [`DEFAULT_THEME`] with the reason when this theme cannot
    /// be loaded.
    pub fn load_or_default(&self, depth: ColorDepth) -> (Styles, Option<ThemeError>) {
        match self.load(depth) {
            Ok(styles) => (styles, None),
            Err(e) => (bundled_default(depth), Some(e)),
        }
    }
}

fn parse(bytes: &[u8]) -> Result<Theme, String> {
    ThemeSet::load_from_reader(&mut Cursor::new(bytes)).map_err(|e| match e {
        LoadingError::Io(e) => describe_io(&e),
        LoadingError::ReadSettings(e) => format!("not a property list: {}", one_line(&e)),
        LoadingError::ParseTheme(e) => format!("not a usable theme: {}", one_line(&e)),
        other => one_line(&other),
    })
}

/// Warnings are one line each; some parser messages span several.
fn one_line(e: &dyn fmt::Display) -> String {
    e.to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A theme that could not be loaded: which one, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeError {
    /// The theme file's path (or `bundled theme NAME`).
    pub theme: String,
    pub cause: String,
}

impl fmt::Display for ThemeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.theme, self.cause)
    }
}

impl std::error::Error for ThemeError {}

/// A `--theme` name that no theme has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownTheme {
    pub name: String,
    pub available: Vec<String>,
}

impl fmt::Display for UnknownTheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no theme named `{}` (available: {})",
            self.name,
            self.available.join(", ")
        )
    }
}

impl std::error::Error for UnknownTheme {}

/// Every theme available, by name, bundled and user ones together.
#[derive(Clone, Debug)]
pub struct ThemeCatalog {
    /// Sorted by name; names are unique.
    entries: Vec<ThemeEntry>,
    warnings: Vec<String>,
}

impl ThemeCatalog {
    /// The bundled themes only.
    pub fn bundled() -> ThemeCatalog {
        ThemeCatalog {
            entries: BUNDLED
                .iter()
                .map(|&(name, text)| ThemeEntry {
                    name: name.to_owned(),
                    source: Source::Embedded(text),
                })
                .collect(),
            warnings: Vec::new(),
        }
    }

    /// The bundled themes and those in `<config_dir>/themes`. A missing directory is
    /// normal; one that cannot be read leaves a [warning](ThemeCatalog::warnings). Files
    /// are only listed here, not read.
    pub fn discover(config_dir: Option<&Path>) -> ThemeCatalog {
        let mut catalog = ThemeCatalog::bundled();
        if let Some(dir) = config_dir {
            catalog.add_user_themes(&dir.join("themes"));
        }
        catalog
    }

    fn add_user_themes(&mut self, dir: &Path) {
        let listing = match std::fs::read_dir(dir) {
            Ok(listing) => listing,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return,
            Err(e) => {
                self.warnings.push(format!(
                    "{}: cannot read the themes directory: {}",
                    dir.display(),
                    describe_io(&e)
                ));
                return;
            }
        };
        let mut paths = Vec::new();
        for item in listing {
            match item {
                Ok(item) if is_theme_file(&item.path()) => paths.push(item.path()),
                Ok(_) => {}
                Err(e) => self.warnings.push(format!(
                    "{}: cannot read the themes directory: {}",
                    dir.display(),
                    describe_io(&e)
                )),
            }
        }
        paths.sort();
        for path in paths {
            let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
                self.warnings.push(format!(
                    "{}: skipped: a theme's file name must be valid UTF-8",
                    path.display()
                ));
                continue;
            };
            let entry = ThemeEntry {
                name: name.to_owned(),
                source: Source::File(path.clone()),
            };
            match self.entries.iter_mut().find(|e| e.name == entry.name) {
                Some(existing) => *existing = entry,
                None => self.entries.push(entry),
            }
        }
        self.entries.sort_by(|a, b| a.name.cmp(&b.name));
    }

    /// Every theme, sorted by name.
    pub fn entries(&self) -> &[ThemeEntry] {
        &self.entries
    }

    /// What discovery could not read, one line each.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    pub fn find(&self, name: &str) -> Result<&ThemeEntry, UnknownTheme> {
        self.entries
            .iter()
            .find(|e| e.name == name)
            .ok_or_else(|| UnknownTheme {
                name: name.to_owned(),
                available: self.entries.iter().map(|e| e.name.clone()).collect(),
            })
    }

    /// Every theme at `depth`, in name order, for a reader that switches themes without
    /// touching the disk. Themes that cannot be loaded are left out, with the reasons;
    /// [`DEFAULT_THEME`] is always there.
    pub fn load_all(&self, depth: ColorDepth) -> (Vec<Styles>, Vec<ThemeError>) {
        let mut all = Vec::with_capacity(self.entries.len());
        let mut errors = Vec::new();
        for entry in &self.entries {
            match entry.load(depth) {
                Ok(styles) => all.push(styles),
                // Without it the reader would have no theme to start from.
                Err(e) if entry.name == DEFAULT_THEME => {
                    all.push(bundled_default(depth));
                    errors.push(e);
                }
                Err(e) => errors.push(e),
            }
        }
        (all, errors)
    }
}

fn is_theme_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("tmTheme"))
        && path.is_file()
}

fn bundled_default(depth: ColorDepth) -> Styles {
    let theme = parse(DEFAULT_THEME_TEXT.as_bytes()).expect("bundled themes parse (tested)");
    resolve(DEFAULT_THEME, &theme, depth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::Category;

    const DEPTHS: [ColorDepth; 4] = [
        ColorDepth::TrueColor,
        ColorDepth::Ansi256,
        ColorDepth::Ansi16,
        ColorDepth::NoColor,
    ];

    #[test]
    fn every_bundled_theme_loads_at_every_depth() {
        let catalog = ThemeCatalog::bundled();
        assert_eq!(catalog.entries().len(), BUNDLED.len());
        for depth in DEPTHS {
            let (all, errors) = catalog.load_all(depth);
            assert_eq!(errors, vec![]);
            let names: Vec<&str> = all.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(names, ["whosaid-contrast", "whosaid-dark", "whosaid-light"]);
        }
    }

    /// The four things a reader scans for must never look alike, at any depth.
    #[test]
    fn officials_experts_countries_and_quotes_are_distinct_in_every_bundled_theme() {
        let key = [
            Category::Official,
            Category::Expert,
            Category::Country,
            Category::DirectQuote,
        ];
        for depth in DEPTHS {
            for styles in ThemeCatalog::bundled().load_all(depth).0 {
                for (i, a) in key.iter().enumerate() {
                    for b in &key[i + 1..] {
                        let (sa, sb) = (styles.category(*a), styles.category(*b));
                        assert_ne!(sa, sb, "{} {depth:?}: {a:?} = {b:?}", styles.name);
                        if depth != ColorDepth::NoColor {
                            assert_ne!(sa.fg, sb.fg, "{} {depth:?}: {a:?} {b:?}", styles.name);
                        }
                    }
                    assert_ne!(styles.category(*a), styles.text, "{} {a:?}", styles.name);
                }
            }
        }
    }

    fn config_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("themes")).unwrap();
        for (name, bytes) in files {
            std::fs::write(dir.path().join("themes").join(name), bytes).unwrap();
        }
        dir
    }

    #[test]
    fn user_themes_are_named_by_file_stem_and_replace_bundled_ones() {
        let dark = DEFAULT_THEME_TEXT.as_bytes();
        let config = config_with(&[
            ("mine.tmTheme", dark),
            ("whosaid-light.tmTheme", dark),
            ("notes.txt", b"not a theme"),
        ]);
        let catalog = ThemeCatalog::discover(Some(config.path()));
        let listed: Vec<(&str, String)> = catalog
            .entries()
            .iter()
            .map(|e| (e.name(), e.origin().to_string()))
            .collect();
        let user = |f: &str| config.path().join("themes").join(f).display().to_string();
        assert_eq!(
            listed,
            [
                ("mine", user("mine.tmTheme")),
                ("whosaid-contrast", "bundled".to_string()),
                ("whosaid-dark", "bundled".to_string()),
                ("whosaid-light", user("whosaid-light.tmTheme")),
            ]
        );
        assert!(catalog.warnings().is_empty());
        let load = |name| {
            catalog
                .find(name)
                .unwrap()
                .load(ColorDepth::TrueColor)
                .unwrap()
        };
        // The user's whosaid-light is a copy of the dark theme.
        assert_eq!(load("whosaid-light").text, load("whosaid-dark").text);
    }

    #[test]
    fn a_broken_theme_names_its_file_and_falls_back_to_the_default() {
        let config = config_with(&[
            ("bad-xml.tmTheme", b"<plist><dict><key>settings</key>"),
            ("empty.tmTheme", b""),
            (
                "no-settings.tmTheme",
                b"<plist version=\"1.0\"><dict><key>name</key><string>x</string></dict></plist>",
            ),
        ]);
        let catalog = ThemeCatalog::discover(Some(config.path()));
        let default = bundled_default(ColorDepth::Ansi256);
        for name in ["bad-xml", "empty", "no-settings"] {
            let (styles, error) = catalog
                .find(name)
                .unwrap()
                .load_or_default(ColorDepth::Ansi256);
            assert_eq!(styles, default);
            let message = error.expect("a warning").to_string();
            assert!(message.contains(&format!("{name}.tmTheme: ")), "{message}");
            assert_eq!(message.lines().count(), 1, "{message}");
        }
        let (all, errors) = catalog.load_all(ColorDepth::Ansi256);
        assert_eq!(all.len(), BUNDLED.len());
        assert_eq!(errors.len(), 3);
    }

    #[test]
    fn a_broken_override_of_the_default_still_leaves_a_default() {
        let config = config_with(&[("whosaid-dark.tmTheme", b"garbage")]);
        let (all, errors) =
            ThemeCatalog::discover(Some(config.path())).load_all(ColorDepth::Ansi16);
        assert_eq!(errors.len(), 1);
        assert!(all.iter().any(|s| s.name == DEFAULT_THEME));
    }

    #[test]
    fn an_unreadable_themes_directory_is_a_warning() {
        let config = tempfile::tempdir().unwrap();
        std::fs::write(config.path().join("themes"), b"a file, not a directory").unwrap();
        let catalog = ThemeCatalog::discover(Some(config.path()));
        assert_eq!(catalog.entries().len(), BUNDLED.len());
        assert_eq!(catalog.warnings().len(), 1);
        assert!(catalog.warnings()[0].contains("themes"));
    }

    #[test]
    fn an_unknown_name_lists_the_available_ones() {
        let e = ThemeCatalog::bundled().find("nope").unwrap_err();
        assert_eq!(
            e.to_string(),
            "no theme named `nope` (available: whosaid-contrast, whosaid-dark, whosaid-light)"
        );
    }
}
