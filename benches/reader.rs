//! How fast the reader answers, on the sample article and on 50 MB of articles:
//! `cargo bench --bench reader`. Prints each figure and its ratio to the sample's, all
//! measured in this one run.
//!
//! * first frame: open the file, build the model, draw on a 120×40 `TestBackend` — what
//!   `whosaid FILE` does before anything shows, less the terminal itself;
//! * key to frame: one key's update and redraw halfway into the analysed document (`j`,
//!   `]`, `G`, `/China`), the median of many.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use whosaid::article::load::Source;
use whosaid::theme::Styles;
use whosaid::tui::action::Action;
use whosaid::tui::{app, open, ui, Model, Msg};
use whosaid::{analysis, highlight};

const SAMPLE: &str = include_str!("../assets/articles/npr-china-influence.txt");
const LARGE: usize = 50_000_000;

fn first_frame(source: &Source) -> Duration {
    let start = Instant::now();
    let opening = open::open(source).unwrap();
    let article = Arc::new(opening.article);
    let mut model = Model::preview(article, vec![Styles::plain()], 0);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    app::update(&mut model, Action::Resize(120, 40));
    terminal.draw(|f| ui::draw(f, &model)).unwrap();
    black_box(terminal.backend());
    start.elapsed()
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// A model of all of `text`, analysed, scrolled halfway in.
fn analysed(text: &str) -> (Model, Terminal<TestBackend>) {
    let article = Arc::new(whosaid::Article::structure_only("bench", text.to_string()));
    let analysis = analysis::analyze(&article.text, &article.blocks);
    let runs = highlight::runs_over(&article.blocks, &analysis);
    let mut model = Model::new(article, vec![Styles::plain()], 0);
    app::update(&mut model, Action::Resize(120, 40));
    app::update(&mut model, Action::Analysed(Box::new((analysis, runs))));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    // Halfway: the first attribution past the middle.
    while model.top_offset < text.len() / 2 {
        app::update(&mut model, Action::Page(100));
    }
    terminal.draw(|f| ui::draw(f, &model)).unwrap();
    (model, terminal)
}

fn key(c: char) -> Msg {
    Msg::Input(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

/// Median time from a key's message to its frame drawn.
fn key_to_frame(
    model: &mut Model,
    terminal: &mut Terminal<TestBackend>,
    keys: &[char],
) -> Duration {
    let samples = (0..200)
        .map(|i| {
            let start = Instant::now();
            let msg = key(keys[i % keys.len()]);
            if let Some(action) = whosaid::tui::event::action(model, msg) {
                app::update(model, action);
            }
            terminal.draw(|f| ui::draw(f, model)).unwrap();
            start.elapsed()
        })
        .collect();
    median(samples)
}

fn search(model: &mut Model, terminal: &mut Terminal<TestBackend>, pattern: &str) -> Duration {
    let start = Instant::now();
    app::update(model, Action::StartSearch);
    for c in pattern.chars() {
        app::update(model, Action::SearchInput(c));
    }
    app::update(model, Action::SearchSubmit);
    terminal.draw(|f| ui::draw(f, model)).unwrap();
    start.elapsed()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let large_text = SAMPLE.repeat(LARGE / SAMPLE.len() + 1);
    let small = dir.path().join("sample.txt");
    let large = dir.path().join("large.txt");
    std::fs::write(&small, SAMPLE).unwrap();
    std::fs::write(&large, &large_text).unwrap();
    let (small, large) = (Source::File(small), Source::File(large));

    let mb = large_text.len() as f64 / 1e6;
    println!(
        "reader benchmarks: sample {} bytes, large {mb:.1} MB",
        SAMPLE.len()
    );
    let f_small = median((0..51).map(|_| first_frame(&small)).collect());
    let f_large = median((0..51).map(|_| first_frame(&large)).collect());
    println!(
        "first frame (open + model + draw, 120x40): sample {f_small:.2?}, {mb:.0} MB {f_large:.2?}, ratio {:.2}",
        f_large.as_secs_f64() / f_small.as_secs_f64()
    );

    let (mut m_small, mut t_small) = analysed(SAMPLE);
    let (mut m_large, mut t_large) = analysed(&large_text);
    for (name, keys) in [
        ("j (scroll)", &['j'][..]),
        ("] (next attribution)", &[']']),
        ("G/g (end, top)", &['G', 'g']),
    ] {
        let s = key_to_frame(&mut m_small, &mut t_small, keys);
        let l = key_to_frame(&mut m_large, &mut t_large, keys);
        println!(
            "key to frame, {name}: sample {s:.2?}, {mb:.0} MB (halfway in) {l:.2?}, ratio {:.2}",
            l.as_secs_f64() / s.as_secs_f64()
        );
    }
    let s = search(&mut m_small, &mut t_small, "Kremlin");
    let l = search(&mut m_large, &mut t_large, "Kremlin");
    println!(
        "search /Kremlin (whole text) to frame: sample {s:.2?}, {mb:.0} MB {l:.2?}, ratio {:.1}",
        l.as_secs_f64() / s.as_secs_f64()
    );
}
