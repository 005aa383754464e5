//! Everything that can change the reader's state. [`super::app::update`] is the only place
//! an `Action` is applied; keys, mouse, resizes and the analysis worker all become one.

use std::sync::Arc;

use crate::analysis::Analysis;
use crate::article::Article;
use crate::highlight::Run;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Scroll the article by rows (the help overlay, when it is open).
    Scroll(isize),
    /// Scroll by whole pages.
    Page(isize),
    /// Scroll by half pages.
    HalfPage(isize),
    Top,
    Bottom,
    NextAttribution,
    PrevAttribution,
    NextSpeaker,
    PrevSpeaker,
    /// Move focus between the article and the side panel.
    SwitchFocus,
    /// Move the side panel's cursor by speakers.
    PanelMove(isize),
    /// Choose the speaker under the panel's cursor.
    Choose,
    TogglePanel,
    /// Clear the topmost of: overlay, folded-out panel, search, chosen speaker.
    Clear,
    StartSearch,
    SearchInput(char),
    SearchBackspace,
    SearchSubmit,
    SearchCancel,
    NextMatch,
    PrevMatch,
    NextTheme,
    ToggleHelp,
    Quit,
    Resize(u16, u16),
    /// Mouse wheel at a cell: rows to scroll.
    Wheel {
        column: u16,
        row: u16,
        rows: isize,
    },
    Click {
        column: u16,
        row: u16,
    },
    /// A note for the status bar (what decoding repaired, say).
    Note(String),
    /// All of an article the reader opened with its start, and what decoding repaired.
    Loaded {
        article: Whole,
        warning: Option<String>,
    },
    /// How far the worker's analysis is, in percent of the text, now and then with the
    /// results found so far (and the highlight runs computed from them).
    Progress {
        percent: u8,
        found: Option<Box<(Analysis, Vec<Run>)>>,
    },
    /// The worker's analysis, with the highlight runs computed from it.
    Analysed(Box<(Analysis, Vec<Run>)>),
    AnalysisFailed(String),
}

/// The whole article, shared with the worker; the same when it is the same one.
#[derive(Clone, Debug)]
pub struct Whole(pub Arc<Article>);

impl PartialEq for Whole {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}
