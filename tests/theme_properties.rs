//! Property tests (fuzzing on stable Rust) for theme files: whatever a user drops into the
//! themes folder — a truncated or corrupted `.tmTheme`, odd colours, random bytes — the
//! catalog lists it, loading it either works or gives a one-line error naming the file,
//! and the default theme is always there to fall back on. Never a panic.

use proptest::prelude::*;
use whosaid::theme::{ColorDepth, ThemeCatalog, DEFAULT_THEME};

const DARK: &str = include_str!("../themes/whosaid-dark.tmTheme");

/// A bundled theme damaged the ways files get damaged.
fn damaged_theme() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        // Cut off anywhere.
        (0..DARK.len()).prop_map(|n| DARK.as_bytes()[..n].to_vec()),
        // Bytes overwritten anywhere.
        (prop::collection::vec((0..DARK.len(), any::<u8>()), 1..20)).prop_map(|edits| {
            let mut b = DARK.as_bytes().to_vec();
            for (i, v) in edits {
                b[i] = v;
            }
            b
        }),
        // Colours that are not colours.
        prop_oneof![
            Just("#GGGGGG"),
            Just("#12"),
            Just(""),
            Just("#FFFFFFFFFF"),
            Just("#FF000000"),
            Just("#FFFFFF01"),
            Just("red"),
            Just("#ÿÿÿÿÿÿ")
        ]
        .prop_map(|c| DARK.replace("#FFA657", c).into_bytes()),
        // Scopes and styles that are odd.
        Just(
            DARK.replace("meta.speaker.official.whosaid", "")
                .into_bytes()
        ),
        Just(DARK.replace("bold", "blink sideways").into_bytes()),
        Just(
            DARK.replace("<key>settings</key>", "<key>setting</key>")
                .into_bytes()
        ),
        // Not a theme at all.
        prop::collection::vec(any::<u8>(), 0..4000),
    ]
}

fn check(bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("themes")).unwrap();
    std::fs::write(dir.path().join("themes/fuzzed.tmTheme"), bytes).unwrap();
    let catalog = ThemeCatalog::discover(Some(dir.path()));
    let entry = catalog
        .find("fuzzed")
        .expect("a theme file is listed by its stem");
    for depth in [
        ColorDepth::TrueColor,
        ColorDepth::Ansi256,
        ColorDepth::Ansi16,
        ColorDepth::NoColor,
    ] {
        match entry.load(depth) {
            Ok(styles) => assert_eq!(styles.name, "fuzzed"),
            Err(e) => {
                let message = e.to_string();
                assert!(message.contains("fuzzed.tmTheme"), "{message}");
                assert_eq!(message.lines().count(), 1, "{message}");
            }
        }
        let (all, _) = catalog.load_all(depth);
        assert!(all.iter().any(|s| s.name == DEFAULT_THEME));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_theme_file_loads_or_fails_cleanly(bytes in damaged_theme()) {
        check(&bytes);
    }
}
