//! `whosaid print` and the theme flags as users and scripts meet them: highlighting that
//! keeps officials, experts, countries and quotes apart in every theme and colour depth,
//! NO_COLOR, user themes, broken themes, wrapping, and output free of stray control bytes.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;
use unicode_width::UnicodeWidthStr;

const BUNDLED: [&str; 3] = ["whosaid-contrast", "whosaid-dark", "whosaid-light"];

/// whosaid with a config dir of its own (so the user's real themes never leak in) and a
/// known terminal environment.
fn whosaid(config: &TempDir) -> Command {
    let mut cmd = Command::cargo_bin("whosaid").unwrap();
    cmd.env("XDG_CONFIG_HOME", config.path())
        .env_remove("NO_COLOR")
        .env_remove("COLORTERM")
        .env("TERM", "xterm-256color");
    cmd
}

fn empty_config() -> TempDir {
    tempfile::tempdir().unwrap()
}

fn user_theme(config: &TempDir, file: &str, text: &str) -> PathBuf {
    let dir = config.path().join("whosaid/themes");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(file);
    std::fs::write(&path, text).unwrap();
    path
}

fn bundled_text(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("themes/{name}.tmTheme"));
    std::fs::read_to_string(path).unwrap()
}

fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/articles/npr-china-influence.txt")
}

/// Run successfully; stdout and stderr as text.
fn run(cmd: &mut Command) -> (String, String) {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

/// An official, an expert, a country and a direct quote in the sample article.
const FOUR: [&str; 4] = [
    "Antony Blinken",
    "Shi Yinhong",
    "Beijing",
    "an intensive conversation just this week",
];

/// The SGR sequence that starts `needle`'s first occurrence, which must be in one piece:
/// one style covers all of it.
fn style_at(out: &str, needle: &str) -> String {
    let at = out
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in the output in one piece"));
    let start = out[..at].rfind("\x1b[").unwrap();
    let sgr = &out[start..at];
    assert!(
        sgr.ends_with('m') && !sgr[1..].contains('\x1b'),
        "{needle:?} does not start a styled run: {sgr:?}"
    );
    sgr.to_string()
}

fn assert_four_differ(out: &str, what: &str) {
    let styles: Vec<String> = FOUR.iter().map(|n| style_at(out, n)).collect();
    for i in 0..FOUR.len() {
        for j in i + 1..FOUR.len() {
            assert_ne!(
                styles[i], styles[j],
                "{what}: {:?} and {:?} look alike",
                FOUR[i], FOUR[j]
            );
        }
    }
}

/// Every SGR parameter in the output.
fn sgr_params(out: &str) -> Vec<u32> {
    out.split("\x1b[")
        .skip(1)
        .flat_map(|s| s[..s.find('m').unwrap()].split(';'))
        .map(|p| p.parse().unwrap())
        .collect()
}

fn print_colored(config: &TempDir, theme: &str) -> Command {
    let mut cmd = whosaid(config);
    cmd.arg("print")
        .arg(sample())
        .args(["--color", "always", "--theme", theme]);
    cmd
}

#[test]
fn officials_experts_countries_and_quotes_differ_in_every_bundled_theme_and_depth() {
    let config = empty_config();
    let depths: [&[(&str, &str)]; 3] = [
        &[("COLORTERM", "truecolor")],
        &[("TERM", "xterm-256color")],
        &[("TERM", "linux")],
    ];
    for theme in BUNDLED {
        for env in depths {
            let (out, _) = run(print_colored(&config, theme).envs(env.iter().copied()));
            assert_four_differ(&out, &format!("{theme} {env:?}"));
        }
    }
}

#[test]
fn a_theme_dropped_into_the_config_dir_colours_the_article() {
    let config = empty_config();
    let recoloured = bundled_text("whosaid-dark")
        .replace("#FFA657", "#FF0000") // officials
        .replace("#4DD6C8", "#00FF00") // experts
        .replace("#C49BFF", "#0000FF") // countries
        .replace("#B4E07A", "#FFFF00"); // direct quotes
    user_theme(&config, "newsroom.tmTheme", &recoloured);
    let (out, _) = run(print_colored(&config, "newsroom").env("COLORTERM", "truecolor"));
    assert_four_differ(&out, "newsroom");
    assert!(style_at(&out, "Antony Blinken").contains("38;2;255;0;0"));
    assert!(style_at(&out, "Shi Yinhong").contains("38;2;0;255;0"));
    assert!(style_at(&out, "Beijing").contains("38;2;0;0;255"));
    assert!(style_at(&out, FOUR[3]).contains("38;2;255;255;0"));
}

#[test]
fn no_color_removes_every_colour_but_keeps_the_four_apart() {
    let config = empty_config();
    for theme in BUNDLED {
        let (out, _) = run(print_colored(&config, theme)
            .env("NO_COLOR", "1")
            .env("COLORTERM", "truecolor"));
        let colours: Vec<u32> = sgr_params(&out)
            .into_iter()
            .filter(|p| matches!(p, 30..=39 | 40..=49 | 90..=97 | 100..=107))
            .collect();
        assert_eq!(colours, [], "{theme}");
        assert_four_differ(&out, &format!("{theme} under NO_COLOR"));
    }
}

#[test]
fn color_never_and_auto_off_a_terminal_print_no_escapes() {
    let config = empty_config();
    for color in ["never", "auto"] {
        let (out, _) = run(whosaid(&config)
            .arg("print")
            .arg(sample())
            .args(["--color", color]));
        assert!(!out.contains('\x1b'), "--color {color}");
        assert!(
            out.starts_with("US calls on China to exert influence over Russia and North Korea\n\n")
        );
        assert!(out.contains("  │ Kevin Wolf/AP\n"), "credits stand apart");
    }
}

#[test]
fn width_wraps_within_that_many_columns() {
    let config = empty_config();
    let text = format!(
        "A wide title\n\n{}\n\n{}",
        "北京表示北京表示北京表示北京表示北京表示北京表示 🎉🎉🎉 café cafe\u{301} “Le résumé,” he said.",
        std::fs::read_to_string(sample()).unwrap()
    );
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("wide.txt");
    std::fs::write(&article, text).unwrap();
    for color in ["never", "always"] {
        let (out, _) = run(whosaid(&config)
            .arg("print")
            .arg(&article)
            .args(["--width", "40", "--color", color]));
        let plain = strip_sgr(&out);
        assert!(plain.lines().count() > 100, "nothing wrapped");
        for line in plain.lines() {
            assert!(line.width() <= 40, "{} columns: {line:?}", line.width());
        }
        assert!(plain.contains("北京表示"));
    }
}

fn strip_sgr(out: &str) -> String {
    let mut plain = String::new();
    let mut rest = out;
    while let Some(at) = rest.find("\x1b[") {
        plain.push_str(&rest[..at]);
        let end = rest[at..].find('m').unwrap();
        rest = &rest[at + end + 1..];
    }
    plain.push_str(rest);
    plain
}

#[test]
fn control_characters_in_the_article_never_reach_the_terminal() {
    let config = empty_config();
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("hostile.txt");
    std::fs::write(
        &article,
        "Title \x1b]0;pwned\x07 here\n\n\x1b[2J\x1b[31m“Red,” Jane Smith said.\u{9b}6n \x07 \x1bc\x7f\n",
    )
    .unwrap();
    let (out, _) = run(whosaid(&config)
        .arg("print")
        .arg(&article)
        .args(["--color", "always"]));
    let plain = strip_sgr(&out);
    let stray: Vec<char> = plain
        .chars()
        .filter(|&c| c != '\n' && (c.is_control()))
        .collect();
    assert_eq!(stray, [], "{plain:?}");
    assert!(plain.contains("␛]0;pwned␇"), "{plain:?}");
}

#[test]
fn list_themes_shows_bundled_and_user_themes_with_their_origin() {
    let config = empty_config();
    let path = user_theme(&config, "newsroom.tmTheme", &bundled_text("whosaid-light"));
    let (out, _) = run(whosaid(&config).arg("--list-themes"));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    for (line, name) in lines.iter().zip([
        "newsroom",
        "whosaid-contrast",
        "whosaid-dark",
        "whosaid-light",
    ]) {
        assert!(line.starts_with(name), "{line}");
        assert!(
            line.contains("official  expert  country  direct quote"),
            "{line}"
        );
    }
    assert!(
        lines[0].ends_with(&path.display().to_string()),
        "{}",
        lines[0]
    );
    assert!(lines[2].ends_with("bundled"));
    assert!(!out.contains('\x1b'), "not a terminal: no colour");
}

#[test]
fn a_broken_user_theme_is_a_warning_naming_it_and_nothing_crashes() {
    let config = empty_config();
    let broken = user_theme(&config, "broken.tmTheme", "<plist><dict><key>settings");
    let (out, err) = run(whosaid(&config).arg("--list-themes"));
    assert!(
        out.contains("broken") && out.contains("whosaid-dark"),
        "{out}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("warning") && err.contains(&broken.display().to_string()),
        "{err}"
    );

    let (out, err) = run(&mut print_colored(&config, "broken"));
    assert!(
        err.contains(&broken.display().to_string()) && err.contains("whosaid-dark"),
        "{err}"
    );
    let (dark, _) = run(&mut print_colored(&config, "whosaid-dark"));
    assert_eq!(out, dark, "falls back to the default theme");
}

#[test]
fn an_unknown_theme_is_a_usage_error_listing_the_themes() {
    let config = empty_config();
    user_theme(&config, "newsroom.tmTheme", &bundled_text("whosaid-light"));
    let out = whosaid(&config)
        .arg("print")
        .arg(sample())
        .args(["--theme", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    for name in [
        "nope",
        "newsroom",
        "whosaid-contrast",
        "whosaid-dark",
        "whosaid-light",
    ] {
        assert!(err.contains(name), "{err}");
    }
    assert!(out.stdout.is_empty());
}

#[test]
fn config_dir_follows_xdg_config_home() {
    let config = empty_config();
    let (out, _) = run(whosaid(&config).arg("--config-dir"));
    assert_eq!(
        out,
        format!("{}\n", config.path().join("whosaid").display())
    );
}

#[test]
fn the_theme_flag_works_before_or_after_the_subcommand() {
    let config = empty_config();
    let (after, _) = run(&mut print_colored(&config, "whosaid-light"));
    let mut before = whosaid(&config);
    before
        .args(["--theme", "whosaid-light", "print"])
        .arg(sample())
        .args(["--color", "always"]);
    let (before, _) = run(&mut before);
    assert_eq!(before, after);
    let (dark, _) = run(&mut print_colored(&config, "whosaid-dark"));
    assert_ne!(before, dark, "the theme given first must be the one used");
}
