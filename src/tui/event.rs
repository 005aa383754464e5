//! Where the reader's events come from — the terminal, signals, the analysis worker — and
//! how each becomes an [`Action`]. Every source sends [`Msg`]s down one channel, so the loop
//! waits on one thing and tests can feed it directly.

use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::Sender;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{Event, MouseButton, MouseEventKind};
use signal_hook::consts::{SIGHUP, SIGTERM};
use signal_hook::iterator::{Handle, Signals};

use super::action::{Action, Whole};
use super::app::{Focus, Model, WHEEL_ROWS};
use super::keymap;
use super::open::Rest;
use crate::analysis;
use crate::article::Article;
use crate::highlight;

pub enum Msg {
    /// A key, mouse or resize event from the terminal.
    Input(Event),
    /// Reading the terminal failed; the reader cannot go on.
    InputFailed(io::Error),
    /// SIGTERM or SIGHUP: leave now, restoring the terminal.
    Signal(i32),
    /// The whole article, when the reader opened with its start (see [`super::open`]),
    /// and what decoding repaired; or why it could not be read.
    Loaded(Result<(Arc<Article>, Option<String>), String>),
    /// How far the analysis is, in percent of the text, now and then with the results
    /// found so far.
    Progress {
        percent: u8,
        found: Option<Box<(analysis::Analysis, Vec<highlight::Run>)>>,
    },
    /// The analysis of the article, or why it failed.
    Analysed(Result<Box<(analysis::Analysis, Vec<highlight::Run>)>, String>),
}

/// Analyse `article` on a worker thread; the result arrives as [`Msg::Analysed`].
pub fn spawn_analysis(article: Arc<Article>, tx: Sender<Msg>) -> io::Result<()> {
    spawn_worker(tx, move |tx| analyse(&article, tx))
}

/// Finish reading the article and analyse it on a worker thread: [`Msg::Loaded`], then
/// [`Msg::Analysed`].
pub fn spawn_load(rest: Rest, tx: Sender<Msg>) -> io::Result<()> {
    spawn_worker(tx, move |tx| match rest.finish() {
        Ok((article, warning)) => {
            let article = Arc::new(article);
            let _ = tx.send(Msg::Loaded(Ok((Arc::clone(&article), warning))));
            analyse(&article, tx);
        }
        Err(e) => {
            let _ = tx.send(Msg::Loaded(Err(e.to_string())));
        }
    })
}

/// Run `job` on the worker thread. A panic there is caught and reported as a failed
/// analysis: the reader goes on with what it has.
fn spawn_worker(
    tx: Sender<Msg>,
    job: impl FnOnce(&Sender<Msg>) + Send + 'static,
) -> io::Result<()> {
    thread::Builder::new()
        .name("whosaid-worker".into())
        .spawn(move || {
            if let Err(payload) = panic::catch_unwind(AssertUnwindSafe(|| job(&tx))) {
                let _ = tx.send(Msg::Analysed(Err(panic_message(payload.as_ref()))));
            }
        })
        .map(drop)
}

/// The first look at the results so far comes this long after the analysis starts (short
/// articles are done by then and never show partial results).
const FIRST_LOOK: Duration = Duration::from_millis(150);
/// Looks at the results so far come at least this far apart.
const LOOK_EVERY: Duration = Duration::from_millis(400);
/// A look copies everything found so far: the pause after one is this many times as long
/// as it took, so looks cost the analysis a small share of its time however big the text.
const LOOK_PAUSE_FACTOR: u32 = 5;

fn analyse(article: &Article, tx: &Sender<Msg>) {
    let total = article.text.len().max(1);
    let mut sent_percent = 0;
    let mut next_look = Instant::now() + FIRST_LOOK;
    let analysis = analysis::analyze_observed(&article.text, &article.blocks, |partial| {
        let percent = (partial.done * 100 / total).min(99) as u8;
        let found = (Instant::now() >= next_look).then(|| {
            let began = Instant::now();
            let analysis = partial.analysis();
            let runs = highlight::runs_over(&article.blocks, &analysis);
            next_look = Instant::now() + LOOK_EVERY.max(began.elapsed() * LOOK_PAUSE_FACTOR);
            Box::new((analysis, runs))
        });
        if found.is_some() || percent != sent_percent {
            sent_percent = percent;
            let _ = tx.send(Msg::Progress { percent, found });
        }
    });
    let runs = highlight::runs_over(&article.blocks, &analysis);
    let _ = tx.send(Msg::Analysed(Ok(Box::new((analysis, runs)))));
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "internal error".into())
}

/// Forward terminal events (crossterm reads `/dev/tty` when stdin is the article).
pub fn spawn_input(tx: Sender<Msg>) -> io::Result<()> {
    thread::Builder::new()
        .name("whosaid-input".into())
        .spawn(move || loop {
            let msg = match crossterm::event::read() {
                Ok(event) => Msg::Input(event),
                Err(e) => Msg::InputFailed(e),
            };
            let failed = matches!(msg, Msg::InputFailed(_));
            if tx.send(msg).is_err() || failed {
                return;
            }
        })
        .map(drop)
}

/// Forward SIGTERM and SIGHUP, so the loop ends and the terminal is restored. The handle
/// unregisters them again.
pub fn spawn_signals(tx: Sender<Msg>) -> io::Result<Handle> {
    let mut signals = Signals::new([SIGTERM, SIGHUP])?;
    let handle = signals.handle();
    thread::Builder::new()
        .name("whosaid-signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if tx.send(Msg::Signal(signal)).is_err() {
                    return;
                }
            }
        })?;
    Ok(handle)
}

/// What a message means for the model now (keys depend on focus and on whether a search
/// is being typed). Signals and input failures are the loop's business, not the model's.
pub fn action(model: &Model, msg: Msg) -> Option<Action> {
    match msg {
        Msg::Input(Event::Key(key)) => {
            if model.search.typing.is_some() {
                keymap::search_action(key)
            } else {
                keymap::action(key, model.focus == Focus::Panel)
            }
        }
        Msg::Input(Event::Mouse(mouse)) => {
            let (column, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::ScrollDown => Some(Action::Wheel {
                    column,
                    row,
                    rows: WHEEL_ROWS,
                }),
                MouseEventKind::ScrollUp => Some(Action::Wheel {
                    column,
                    row,
                    rows: -WHEEL_ROWS,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                _ => None,
            }
        }
        Msg::Input(Event::Resize(w, h)) => Some(Action::Resize(w, h)),
        Msg::Input(_) => None,
        Msg::Loaded(Ok((article, warning))) => Some(Action::Loaded {
            article: Whole(article),
            warning,
        }),
        Msg::Loaded(Err(why)) => Some(Action::AnalysisFailed(format!(
            "could not read all of it: {why}"
        ))),
        Msg::Progress { percent, found } => Some(Action::Progress { percent, found }),
        Msg::Analysed(Ok(result)) => Some(Action::Analysed(result)),
        Msg::Analysed(Err(why)) => Some(Action::AnalysisFailed(why)),
        Msg::InputFailed(_) | Msg::Signal(_) => None,
    }
}
