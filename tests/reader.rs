//! Whole screens of the reader on the sample article, driven through the real event loop
//! on ratatui's `TestBackend`.

use std::sync::{mpsc, Arc};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use whosaid::theme::Styles;
use whosaid::tui::{self, Exit, Model, Msg};
use whosaid::Article;

const SAMPLE: &str = include_str!("../assets/articles/npr-china-influence.txt");

fn article() -> Arc<Article> {
    Arc::new(Article::structure_only(
        "npr-china-influence.txt",
        SAMPLE.to_string(),
    ))
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn typed(s: &str) -> Vec<Event> {
    s.chars().map(|c| key(KeyCode::Char(c))).collect()
}

/// The screen after `events`, with the analysis done before the first of them: the
/// worker's result is awaited and handed to the loop ahead of the keys.
fn screen(width: u16, height: u16, events: &[Event]) -> Terminal<TestBackend> {
    let article = article();
    let mut model = Model::new(Arc::clone(&article), vec![Styles::plain()], 0);
    let (tx, rx) = mpsc::channel();
    tui::spawn_analysis(article, tx.clone()).unwrap();
    let analysed = rx.recv().unwrap();
    tx.send(analysed).unwrap();
    for e in events {
        tx.send(Msg::Input(e.clone())).unwrap();
    }
    drop(tx);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let exit = tui::run_loop(&mut terminal, &mut model, &rx).unwrap();
    assert!(matches!(exit, Exit::Disconnected), "{exit:?}");
    terminal
}

fn text(terminal: &Terminal<TestBackend>) -> String {
    terminal.backend().to_string()
}

#[test]
fn wide_screen_after_three_attributions() {
    let t = screen(120, 40, &typed("]]]"));
    insta::assert_snapshot!("120x40_third_attribution", text(&t));
}

#[test]
fn medium_screen_with_a_chosen_speaker() {
    let mut keys = vec![key(KeyCode::Tab)];
    keys.extend(typed("j"));
    keys.push(key(KeyCode::Enter));
    let t = screen(80, 24, &keys);
    insta::assert_snapshot!("80x24_chosen_speaker", text(&t));
}

#[test]
fn small_screen_folds_the_panel_away() {
    let t = screen(40, 12, &[]);
    insta::assert_snapshot!("40x12_start", text(&t));
    let t = screen(40, 12, &typed("p"));
    insta::assert_snapshot!("40x12_panel", text(&t));
}

#[test]
fn help_overlay() {
    let t = screen(80, 24, &typed("?"));
    insta::assert_snapshot!("80x24_help", text(&t));
}

#[test]
fn a_search_match_is_brought_into_view() {
    let mut keys = typed("/Kremlin");
    keys.push(key(KeyCode::Enter));
    let t = screen(80, 24, &keys);
    insta::assert_snapshot!("80x24_search", text(&t));
}

#[test]
fn too_small_says_so() {
    let t = screen(19, 4, &typed("]"));
    assert!(text(&t).contains("too small"));
    screen(1, 1, &typed("]?p"));
}

#[test]
fn the_current_attribution_is_marked_with_the_selection_style() {
    let t = screen(120, 40, &typed("]]"));
    let buf = t.backend().buffer();
    let selection = Styles::plain().selection.add_modifier;
    let marked: String = buf
        .content()
        .iter()
        .filter(|c| c.modifier.contains(selection) && c.symbol() != " ")
        .map(|c| c.symbol())
        .collect();
    assert!(marked.contains("anintensiveconversation"), "{marked}");
    assert!(marked.contains("AntonyBlinken"), "{marked}");
    assert!(!marked.contains("Liu"), "{marked}");
}

#[test]
fn the_first_frame_comes_before_the_analysis() {
    let article = article();
    let mut model = Model::new(Arc::clone(&article), vec![Styles::plain()], 0);
    let (tx, rx) = mpsc::channel::<Msg>();
    drop(tx);
    let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
    tui::run_loop(&mut terminal, &mut model, &rx).unwrap();
    let screen = text(&terminal);
    assert!(screen.contains("US calls on China to exert influence"));
    assert!(screen.contains("analysing…"));
}

#[test]
fn a_long_file_is_drawn_from_its_start_and_then_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let copies = tui::open::PREVIEW / SAMPLE.len() + 5;
    std::fs::write(&path, SAMPLE.repeat(copies)).unwrap();
    let source = whosaid::article::load::Source::File(path);
    let opening = tui::open::open(&source).unwrap();
    let mut model = Model::preview(Arc::new(opening.article), vec![Styles::plain()], 0);
    let (tx, rx) = mpsc::channel();
    tui::spawn_load(opening.rest.unwrap(), tx).unwrap();
    let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
    tui::run_loop(&mut terminal, &mut model, &rx).unwrap();
    let quotes = Article::from_text("long", SAMPLE.repeat(copies))
        .analysis
        .quotes
        .len();
    assert!(quotes > 29 * 10, "{quotes}");
    assert!(text(&terminal).contains(&format!("{quotes} attributions")));
}

#[test]
fn quitting_ends_the_loop() {
    let article = article();
    let mut model = Model::new(Arc::clone(&article), vec![Styles::plain()], 0);
    let (tx, rx) = mpsc::channel();
    for e in typed("jjq") {
        tx.send(Msg::Input(e)).unwrap();
    }
    let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
    let exit = tui::run_loop(&mut terminal, &mut model, &rx).unwrap();
    assert!(matches!(exit, Exit::Quit));
    tx.send(Msg::Signal(15)).unwrap();
    let exit = tui::run_loop(&mut terminal, &mut model, &rx).unwrap();
    assert!(matches!(exit, Exit::Signal(15)));
}

#[test]
fn without_a_terminal_the_reader_points_to_print() {
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/articles/npr-china-influence.txt"
    );
    let out = assert_cmd::Command::cargo_bin("whosaid")
        .unwrap()
        .arg(sample)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("needs a terminal") && err.contains("whosaid print"),
        "{err}"
    );
}

/// Run the loop over `msgs` (then the channel closes) and return the screen.
fn after(
    terminal: &mut Terminal<TestBackend>,
    model: &mut Model,
    msgs: impl IntoIterator<Item = Msg>,
) -> String {
    let (tx, rx) = mpsc::channel();
    for msg in msgs {
        tx.send(msg).unwrap();
    }
    drop(tx);
    tui::run_loop(terminal, model, &rx).unwrap();
    text(terminal)
}

#[test]
fn results_so_far_fill_the_panel_and_can_be_visited() {
    use whosaid::analysis::{self, Analysis};
    use whosaid::highlight::runs_over;

    let text = SAMPLE.repeat(1_000_000 / SAMPLE.len());
    let article = Arc::new(Article::structure_only("big", text));
    let mut looks: Vec<(usize, Analysis)> = Vec::new();
    let last = analysis::analyze_observed(&article.text, &article.blocks, |p| {
        looks.push((p.done, p.analysis()))
    });
    let (done, so_far) = looks.swap_remove(1);
    let percent = (done * 100 / article.text.len()) as u8;
    let mut model = Model::new(Arc::clone(&article), vec![Styles::plain()], 0);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();

    // Progress alone: the bar and the panel say how far it is; nothing to visit yet.
    let progress = Msg::Progress {
        percent: 3,
        found: None,
    };
    let inputs = typed("]").into_iter().map(Msg::Input);
    let screen = after(
        &mut terminal,
        &mut model,
        std::iter::once(progress).chain(inputs),
    );
    assert!(screen.contains("analysing… 3%"), "{screen}");
    assert!(screen.contains("still analysing…"), "{screen}");

    // Results so far: listed, counted as such, and visited with a count that may grow.
    let runs = runs_over(&article.blocks, &so_far);
    let (n, who) = (so_far.quotes.len(), so_far.quotes[2].speaker.unwrap());
    let name = so_far.speakers[who].name.clone();
    let progress = Msg::Progress {
        percent,
        found: Some(Box::new((so_far, runs))),
    };
    let inputs = typed("]]]").into_iter().map(Msg::Input);
    let screen = after(
        &mut terminal,
        &mut model,
        std::iter::once(progress).chain(inputs),
    );
    assert!(screen.contains(&format!("{n} quotes by")), "{screen}");
    assert!(screen.contains("speakers so far"), "{screen}");
    assert!(
        screen.contains(&format!("analysing… {percent}%")),
        "{screen}"
    );
    assert!(screen.contains(&format!("3/{n}+ {name}")), "{screen}");

    // The end: the same attribution stays current, now counted for good.
    let total = last.quotes.len();
    let runs = runs_over(&article.blocks, &last);
    let screen = after(
        &mut terminal,
        &mut model,
        [Msg::Analysed(Ok(Box::new((last, runs))))],
    );
    assert!(screen.contains(&format!("3/{total} {name}")), "{screen}");
    assert!(!screen.contains("speakers so far"), "{screen}");
}
