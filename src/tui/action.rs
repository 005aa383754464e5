//! Everything that can change the reader's state. [`super::app::update`] is the only place
//! an `Action` is applied; keys, mouse, resizes and the analysis worker all become one.

use crate::analysis::Analysis;
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
    /// The worker's analysis, with the highlight runs computed from it.
    Analysed(Box<(Analysis, Vec<Run>)>),
    AnalysisFailed(String),
}
