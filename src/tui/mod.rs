//! The reader: the article on the left, who said what on the right, keys that jump from
//! attribution to attribution.
//!
//! [`run`] takes over the terminal; [`run_loop`] is the loop itself, generic over the
//! ratatui backend so tests drive it on a `TestBackend`. Events from the terminal, signals
//! and the analysis worker arrive as [`Msg`]s on one channel ([`event`]), become
//! [`action::Action`]s, change the [`Model`] through [`app::update`] only, and the views in
//! [`ui`] draw it.

pub mod action;
pub mod app;
pub mod event;
pub mod keymap;
pub mod layout;
pub mod terminal;
pub mod ui;

use std::io;
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::Terminal;

pub use app::Model;
pub use event::{spawn_analysis, Msg};

use crate::article::Article;
use crate::theme::Styles;

#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Capture the mouse (wheel, clicks). Off, the terminal's own text selection works.
    pub mouse: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { mouse: true }
    }
}

/// Why the loop ended.
#[derive(Debug)]
pub enum Exit {
    Quit,
    /// A signal asked the reader to end.
    Signal(i32),
    /// Reading the terminal failed.
    InputFailed(io::Error),
    /// Every sender is gone: nothing more can happen.
    Disconnected,
}

/// Read `article` (structured, not yet analysed: see [`Article::structure_only`]) in the
/// terminal until the user quits. The article is drawn at once and analysed on a worker
/// thread; the side panel fills in when the analysis arrives. `t` cycles through `themes`
/// (at least one), starting at `first_theme`.
///
/// On SIGTERM or SIGHUP the terminal is restored and the process ends by that signal.
pub fn run(
    article: Article,
    themes: Vec<Styles>,
    first_theme: usize,
    options: Options,
) -> io::Result<()> {
    let article = Arc::new(article);
    let mut model = Model::new(Arc::clone(&article), themes, first_theme);
    let (tx, rx) = mpsc::channel();
    // Signals first: from the moment the terminal changes, a SIGTERM must restore it.
    let signals = event::spawn_signals(tx.clone())?;
    let session = terminal::Session::enter(options.mouse)?;
    let mut term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    spawn_analysis(article, tx.clone())?;
    event::spawn_input(tx)?;
    let exit = run_loop(&mut term, &mut model, &rx)?;
    drop(session);
    signals.close();
    match exit {
        Exit::Quit | Exit::Disconnected => Ok(()),
        Exit::InputFailed(e) => Err(e),
        Exit::Signal(signal) => {
            // The terminal is back: now end the way the signal would have.
            signal_hook::low_level::emulate_default_handler(signal)?;
            Ok(())
        }
    }
}

/// Draw, then apply messages until the model quits, a signal arrives or every sender is
/// gone. Messages that arrive together are applied together and drawn once, so a burst
/// of resizes or keys costs one frame.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    model: &mut Model,
    rx: &Receiver<Msg>,
) -> Result<Exit, B::Error> {
    draw(terminal, model)?;
    while let Ok(first) = rx.recv() {
        let mut changed = false;
        for msg in std::iter::once(first).chain(rx.try_iter()) {
            match msg {
                Msg::Signal(signal) => return Ok(Exit::Signal(signal)),
                Msg::InputFailed(e) => return Ok(Exit::InputFailed(e)),
                msg => {
                    if let Some(action) = event::action(model, msg) {
                        app::update(model, action);
                        changed = true;
                    }
                }
            }
            if model.quit {
                return Ok(Exit::Quit);
            }
        }
        if changed {
            draw(terminal, model)?;
        }
    }
    Ok(Exit::Disconnected)
}

/// Draw a frame, first telling the model the terminal's size if it changed without a
/// resize event (yet).
fn draw<B: Backend>(terminal: &mut Terminal<B>, model: &mut Model) -> Result<(), B::Error> {
    let size = terminal.size()?;
    if (size.width, size.height) != model.size {
        app::update(model, action::Action::Resize(size.width, size.height));
    }
    terminal.draw(|frame| ui::draw(frame, model))?;
    Ok(())
}
