//! The terminal's modes, and the one place they are undone.
//!
//! [`Session::enter`] switches to raw mode, the alternate screen and (optionally) mouse
//! capture. [`restore`] undoes all of it at most once, whoever gets there first: the
//! session's `Drop` (quit, errors, a signal ending the loop) or the panic hook, which then
//! lets the panic message print on the normal screen.

use std::io;
use std::panic;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Once, OnceLock};
use std::thread::{self, ThreadId};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};

/// Whether the terminal is in the reader's modes now.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static MOUSE: AtomicBool = AtomicBool::new(false);
/// The thread that draws; panics elsewhere (the analysis worker) are caught and reported
/// in the status bar instead of tearing the screen down.
static UI_THREAD: OnceLock<ThreadId> = OnceLock::new();

/// The terminal in the reader's modes for as long as this lives.
pub struct Session(());

impl Session {
    pub fn enter(mouse: bool) -> io::Result<Session> {
        install_panic_hook();
        let _ = UI_THREAD.set(thread::current().id());
        MOUSE.store(mouse, Ordering::SeqCst);
        ACTIVE.store(true, Ordering::SeqCst);
        // From here on, dropping the session undoes whatever got switched on.
        let session = Session(());
        enable_raw_mode()?;
        let mut out = io::stdout();
        execute!(out, EnterAlternateScreen)?;
        if mouse {
            execute!(out, EnableMouseCapture)?;
        }
        Ok(session)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Leave the alternate screen, release the mouse, show the cursor and end raw mode, if
/// that has not been done yet. Safe to call from anywhere, any number of times.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, LeaveAlternateScreen, crossterm::cursor::Show);
    let _ = disable_raw_mode();
}

/// Whether a panic on the current thread should leave the screen alone: one on a helper
/// thread while the reader runs, which that thread reports itself.
fn panic_is_reported_elsewhere() -> bool {
    ACTIVE.load(Ordering::SeqCst) && UI_THREAD.get() != Some(&thread::current().id())
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if panic_is_reported_elsewhere() {
                return;
            }
            restore();
            previous(info);
        }));
    });
}
