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
pub mod open;
pub mod terminal;
pub mod ui;

use std::fmt;
use std::io;
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::Terminal;

pub use app::Model;
pub use event::{spawn_analysis, spawn_load, Msg};

use crate::article::load::{LoadError, Source};
use crate::theme::Styles;

#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Capture the mouse (wheel, clicks). Off, the terminal's own text selection works.
    pub mouse: bool,
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

/// Why the reader could not run.
#[derive(Debug)]
pub enum Error {
    /// The article could not be read (before the terminal was touched).
    Load(LoadError),
    Terminal(io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Load(e) => e.fmt(f),
            Error::Terminal(e) => write!(f, "terminal: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Terminal(e)
    }
}

/// Read the article from `source` in the terminal until the user quits. The first frame
/// comes at once, whatever the size: a long file is drawn from its start while the whole
/// is read, structured and analysed on a worker thread, and the side panel fills in when
/// the analysis arrives. `t` cycles through `themes` (at least one), starting at
/// `first_theme`.
///
/// On SIGTERM or SIGHUP the terminal is restored and the process ends by that signal.
pub fn run(
    source: &Source,
    themes: Vec<Styles>,
    first_theme: usize,
    options: Options,
) -> Result<(), Error> {
    let opening = open::open(source).map_err(Error::Load)?;
    let article = Arc::new(opening.article);
    let (tx, rx) = mpsc::channel();
    let mut model = match opening.rest {
        None => {
            spawn_analysis(Arc::clone(&article), tx.clone())?;
            Model::new(article, themes, first_theme)
        }
        Some(rest) => {
            spawn_load(rest, tx.clone())?;
            Model::preview(article, themes, first_theme)
        }
    };
    if let Some(warning) = opening.warning {
        app::update(&mut model, action::Action::Note(warning));
    }
    // Signals first: from the moment the terminal changes, a SIGTERM must restore it.
    let signals = event::spawn_signals(tx.clone())?;
    let session = terminal::Session::enter(options.mouse)?;
    let mut term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    event::spawn_input(tx)?;
    let exit = run_loop(&mut term, &mut model, &rx)?;
    drop(session);
    signals.close();
    match exit {
        Exit::Quit | Exit::Disconnected => Ok(()),
        Exit::InputFailed(e) => Err(Error::Terminal(e)),
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
