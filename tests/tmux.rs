//! The reader as a person meets it: the real binary in a tmux pane, keys typed, the
//! screen read back. Each test has its own tmux server (`-L`), so they run in parallel.
//!
//! Without tmux these tests say why and pass, unless `WHOSAID_REQUIRE_TMUX` is set (CI
//! sets it: there a missing tmux is a failure, not a skip).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);
const TITLE: &str = "US calls on China to exert influence over Russia and North Korea";

fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/articles/npr-china-influence.txt")
}

fn quoted(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}

/// One tmux server with one pane running a shell command.
struct Pane {
    socket: String,
}

impl Pane {
    /// `whosaid ARGS` in a `width`×`height` pane; when it ends the pane prints
    /// `EXIT=<status>` and stays. `None` when tmux is missing and not required.
    fn whosaid(name: &str, width: u16, height: u16, args: &str) -> Option<Pane> {
        let bin = quoted(Path::new(env!("CARGO_BIN_EXE_whosaid")));
        Pane::shell(name, width, height, &format!("{bin} {args}"))
    }

    fn shell(name: &str, width: u16, height: u16, command: &str) -> Option<Pane> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("WHOSAID_REQUIRE_TMUX").is_none(),
                "tmux is not installed, and WHOSAID_REQUIRE_TMUX says it must be"
            );
            eprintln!("skipping {name}: tmux is not installed");
            return None;
        }
        let pane = Pane {
            socket: format!("whosaid-test-{}-{name}", std::process::id()),
        };
        let script = format!("{command}; echo EXIT=$?; sleep 600");
        let (w, h) = (width.to_string(), height.to_string());
        pane.tmux(&["-f", "/dev/null", "new-session", "-d", "-x", &w, "-y", &h])
            .arg(&script)
            .status()
            .map(|s| assert!(s.success(), "tmux new-session failed"))
            .unwrap();
        Some(pane)
    }

    fn tmux(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &self.socket]).args(args);
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        let out = self.tmux(args).output().unwrap();
        assert!(out.status.success(), "tmux {args:?}: {out:?}");
        out
    }

    /// Named keys (`Enter`, `Tab`, `BTab`) or literal text.
    fn keys(&self, keys: &[&str]) {
        for k in keys {
            let named = k.len() > 1 && k.chars().next().unwrap().is_ascii_uppercase();
            if named {
                self.run(&["send-keys", k]);
            } else {
                self.run(&["send-keys", "-l", k]);
            }
        }
    }

    fn screen(&self) -> String {
        String::from_utf8(self.run(&["capture-pane", "-p"]).stdout).unwrap()
    }

    fn status_line(&self) -> String {
        self.screen().lines().last().unwrap_or("").to_string()
    }

    fn format(&self, f: &str) -> String {
        let out = self.run(&["display-message", "-p", f]).stdout;
        String::from_utf8(out).unwrap().trim().to_string()
    }

    /// Poll the screen until `ok` holds; fail with the last screen after the timeout.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "waited {TIMEOUT:?} for {what}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    fn wait_status(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let screen = self.wait_for(what, |s| ok(s.lines().last().unwrap_or("")));
        screen.lines().last().unwrap().to_string()
    }

    /// The reader's screen with the analysis in: the status bar counts attributions.
    fn ready(&self) -> String {
        self.wait_for("the analysed article", |s| {
            s.contains(TITLE) && s.lines().last().is_some_and(|l| l.contains(": ] next"))
        })
    }

    fn exit_status(&self) -> String {
        let screen = self.wait_for("whosaid to end", |s| s.contains("EXIT="));
        let line = screen.lines().find(|l| l.starts_with("EXIT=")).unwrap();
        line.trim_start_matches("EXIT=").to_string()
    }

    fn alternate_screen(&self) -> bool {
        self.format("#{alternate_on}") == "1"
    }

    /// The reader's process id: the pane shell's child.
    fn reader_pid(&self) -> String {
        let shell = self.format("#{pane_pid}");
        let out = Command::new("pgrep").args(["-P", &shell]).output().unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .expect("the reader is running")
            .to_string()
    }

    fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.run(&["resize-window", "-x", &w, "-y", &h]);
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        // tmux leaves its socket file behind when the server is killed.
        let socket = self
            .tmux(&["display-message", "-p", "#{socket_path}"])
            .output();
        let _ = self.tmux(&["kill-server"]).output();
        if let Ok(out) = socket {
            let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if !path.is_empty() {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// `i/N Name (role)` from a status line: (i, N, speaker).
fn attribution(status: &str) -> Option<(usize, usize, String)> {
    let (pos, rest) = status.split_once(' ')?;
    let (i, n) = pos.split_once('/')?;
    let name = rest.split(" (").next()?.to_string();
    Some((i.parse().ok()?, n.parse().ok()?, name))
}

#[test]
fn opens_with_the_title_the_article_and_the_speakers_by_full_name() {
    let Some(p) = Pane::whosaid("open", 120, 40, &quoted(&sample())) else {
        return;
    };
    let screen = p.ready();
    assert!(p.alternate_screen());
    for speaker in ["Antony Blinken", "Dennis Wilder", "Victor Cha", "Lu Chao"] {
        assert!(screen.contains(speaker), "no {speaker}:\n{screen}");
    }
    assert!(screen.contains("WASHINGTON – The United States"));
    // Page to the end: no page furniture anywhere.
    let mut seen = screen;
    while !seen.lines().last().unwrap().contains("Bot") {
        let before = p.status_line();
        p.keys(&[" "]);
        seen = p.wait_for("the next page", |s| s.lines().last() != Some(&before));
        for furniture in ["Hide caption", "Toggle label", "Leave a Reply", "close\n"] {
            assert!(!seen.contains(furniture), "{furniture:?} shown:\n{seen}");
        }
    }
    // The article's last words.
    assert!(seen.contains("escalated."), "{seen}");
}

#[test]
fn brackets_step_through_attributions() {
    let Some(p) = Pane::whosaid("brackets", 120, 40, &quoted(&sample())) else {
        return;
    };
    p.ready();
    p.keys(&["]", "]", "]"]);
    let status = p.wait_status("3/N", |s| s.starts_with("3/"));
    let (_, n, speaker) = attribution(&status).unwrap();
    assert!(n >= 20 && speaker.len() > 3, "{status}");
    assert!(status.contains(&format!("{speaker} (")));
    p.keys(&["["]);
    p.wait_status("2/N", |s| s.starts_with(&format!("2/{n} ")));
}

#[test]
fn a_chosen_speaker_is_the_only_one_visited() {
    let Some(p) = Pane::whosaid("chosen", 120, 40, &quoted(&sample())) else {
        return;
    };
    p.ready();
    p.keys(&["Tab", "j", "Enter"]);
    let status = p.wait_status("a chosen speaker", |s| s.contains("1 of their"));
    let (_, _, chosen) = attribution(&status).unwrap();
    let mut visits = 1;
    loop {
        let before = p.status_line();
        p.keys(&["]"]);
        let now = p.wait_status("the next of theirs", |s| s != before);
        if now.contains("no later attribution") {
            break;
        }
        let (_, _, speaker) = attribution(&now).unwrap();
        assert_eq!(speaker, chosen, "{now}");
        visits += 1;
    }
    assert!(status.contains(&format!("1 of their {visits}")), "{status}");
    p.keys(&["Escape"]);
}

#[test]
fn help_names_the_attribution_keys() {
    let Some(p) = Pane::whosaid("help", 120, 40, &quoted(&sample())) else {
        return;
    };
    p.ready();
    p.keys(&["?"]);
    let screen = p.wait_for("help", |s| s.contains("next attribution"));
    assert!(screen.contains("previous attribution"));
    assert!(screen
        .lines()
        .any(|l| l.contains(" ]  ") || l.contains("│]  ")));
    p.keys(&["Escape"]);
    p.wait_for("help gone", |s| !s.contains("previous attribution"));
}

#[test]
fn search_brings_the_match_into_view() {
    let Some(p) = Pane::whosaid("search", 120, 40, &quoted(&sample())) else {
        return;
    };
    p.ready();
    p.keys(&["G"]);
    p.wait_status("the end", |s| s.contains("Bot"));
    assert!(!p.screen().contains("Kremlin"));
    p.keys(&["/", "Kremlin", "Enter"]);
    let screen = p.wait_for("the match", |s| s.contains("/Kremlin 1/1"));
    let article: String = screen.lines().filter_map(|l| l.split('│').next()).collect();
    assert!(article.contains("Kremlin"), "{screen}");
}

#[test]
fn resizing_to_tiny_and_back_survives() {
    let Some(p) = Pane::whosaid("resize", 120, 40, &quoted(&sample())) else {
        return;
    };
    p.ready();
    p.keys(&["]", "]", "]"]);
    let status = p.wait_status("3/N", |s| s.starts_with("3/"));
    let (_, _, speaker) = attribution(&status).unwrap();
    for (w, h) in [(20, 6), (1, 1), (33, 9), (20, 6), (120, 40)] {
        p.resize(w, h);
        std::thread::sleep(Duration::from_millis(50));
    }
    // A burst, as when a window is dragged: no time to draw in between.
    for i in 0..40u16 {
        p.resize(1 + i * 7 % 130, 1 + i * 5 % 45);
    }
    p.resize(120, 40);
    let screen = p.wait_for("the full screen again", |s| {
        s.contains("Officials") && s.lines().last().unwrap_or("").starts_with("3/")
    });
    assert!(screen.contains(&speaker));
    assert!(p.alternate_screen(), "still running");
    p.keys(&["q"]);
    assert_eq!(p.exit_status(), "0");
}

#[test]
fn q_quits_with_status_0_and_the_screen_restored() {
    let Some(p) = Pane::whosaid("quit", 120, 40, &quoted(&sample())) else {
        return;
    };
    p.ready();
    p.keys(&["q"]);
    assert_eq!(p.exit_status(), "0");
    assert!(!p.alternate_screen());
    assert!(!p.screen().contains(TITLE), "the reader's screen is gone");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for (name, signal, status) in [("term", "TERM", "143"), ("hup", "HUP", "129")] {
        let Some(p) = Pane::whosaid(name, 100, 30, &quoted(&sample())) else {
            return;
        };
        p.ready();
        let pid = p.reader_pid();
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .unwrap();
        assert!(killed.success());
        assert_eq!(p.exit_status(), status, "SIG{signal}");
        assert!(!p.alternate_screen(), "SIG{signal}");
    }
}

#[test]
fn an_article_cannot_retitle_the_pane_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.txt");
    let bytes = b"Hostile title\n\nHe said \x1b]0;PWNED\x07 and \x1b]2;PWNED\x1b\\ then \x1b[2J\x1b[31mred\x9b1m, the official said.\n".to_vec();
    std::fs::write(&path, &bytes).unwrap();
    let Some(p) = Pane::whosaid("title", 100, 30, &quoted(&path)) else {
        return;
    };
    let screen = p.wait_for("the hostile article", |s| s.contains("Hostile title"));
    assert!(screen.contains("␛]0;PWNED␇"), "{screen}");
    assert!(screen.contains("red"));
    p.keys(&["]", "j", "G", "/", "PWNED", "Enter"]);
    p.wait_for("the search", |s| s.contains("/PWNED"));
    assert_ne!(p.format("#{pane_title}"), "PWNED");
    p.keys(&["q"]);
    assert_eq!(p.exit_status(), "0");
    assert_ne!(p.format("#{pane_title}"), "PWNED");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the article changed");
}

#[test]
fn the_sample_file_is_never_written() {
    let before = std::fs::read(sample()).unwrap();
    let Some(p) = Pane::whosaid("unchanged", 100, 30, &quoted(&sample())) else {
        return;
    };
    p.ready();
    p.keys(&["]", "}", "/", "China", "Enter", "n", "t", "G", "q"]);
    assert_eq!(p.exit_status(), "0");
    assert_eq!(std::fs::read(sample()).unwrap(), before);
}

#[test]
fn reads_the_article_from_stdin_and_keys_from_the_terminal() {
    // Long enough that the reader draws its start before structuring the whole.
    let dir = tempfile::tempdir().unwrap();
    let long = dir.path().join("long.txt");
    let text = std::fs::read_to_string(sample()).unwrap();
    std::fs::write(&long, text.repeat(12)).unwrap();
    for (name, file, copies) in [("stdin", sample(), 1), ("stdin-long", long, 12)] {
        let command = format!(
            "cat {} | {}",
            quoted(&file),
            quoted(Path::new(env!("CARGO_BIN_EXE_whosaid")))
        );
        let Some(p) = Pane::shell(name, 100, 30, &command) else {
            return;
        };
        p.ready();
        p.keys(&["]"]);
        let status = p.wait_status("1/N", |s| s.starts_with("1/"));
        let (_, n, _) = attribution(&status).unwrap();
        assert!(n >= 25 * copies, "{status}");
        p.keys(&["q"]);
        assert_eq!(p.exit_status(), "0");
    }
}

#[test]
fn no_mouse_leaves_the_mouse_to_the_terminal() {
    let article = quoted(&sample());
    let Some(with) = Pane::whosaid("mouse", 100, 30, &article) else {
        return;
    };
    with.ready();
    assert_eq!(with.format("#{mouse_any_flag}"), "1");
    let without = Pane::whosaid("no-mouse", 100, 30, &format!("--no-mouse {article}")).unwrap();
    without.ready();
    assert_eq!(without.format("#{mouse_any_flag}"), "0");
}
