//! The reader's state ([`Model`]) and the one function that changes it ([`update`]).
//!
//! No I/O happens here: keys, mouse, resizes and the analysis arrive as [`Action`]s, and the
//! views in [`super::ui`] only read the model. After every action the model settles: the
//! article is re-wrapped if its width changed (keeping the current attribution, or else the
//! top line, in view), scrolling is clamped, and the rows on screen are wrapped so the views
//! find them ready.

use std::collections::HashMap;
use std::sync::Arc;

use aho_corasick::AhoCorasick;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthChar;

use super::action::Action;
use super::keymap;
use super::layout::{Layout, Pos, Row, BAR_WIDTH};
use crate::analysis::{Analysis, EntityClass, Role};
use crate::article::{Article, BlockKind, Span};
use crate::highlight::{self, Category, Run};
use crate::theme::Styles;

/// Below this the layout does not fit and the reader says so instead.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// Narrower terminals fold the side panel away (a key brings it over the article).
pub const PANEL_FOLD_WIDTH: u16 = 72;
/// Rows the mouse wheel scrolls per notch.
pub const WHEEL_ROWS: isize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Article,
    Panel,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Only the start of the article is in (see [`super::open`]).
    Reading,
    /// Analysis under way: how much of the text is done, in percent. Results found so far
    /// may already be in (see [`Action::Progress`]).
    Analysing(u8),
    Done,
    Failed(String),
}

/// The speaker groups of the side panel, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Officials,
    Experts,
    Anonymous,
    Other,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::Officials,
        Group::Experts,
        Group::Anonymous,
        Group::Other,
    ];

    pub const fn label(self) -> &'static str {
        match self {
            Group::Officials => "Officials",
            Group::Experts => "Experts",
            Group::Anonymous => "Anonymous",
            Group::Other => "Other",
        }
    }

    fn of(role: Role, anonymous: bool) -> Group {
        match (role, anonymous) {
            (_, true) => Group::Anonymous,
            (Role::Official, false) => Group::Officials,
            (Role::Expert, false) => Group::Experts,
            (Role::Other, false) => Group::Other,
        }
    }
}

/// One row of the side panel.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Heading(String),
    Note(String),
    /// A speaker, by index into the analysis.
    Speaker(usize),
    /// One of the chosen speaker's quotes, by index into the analysis.
    Quote(usize),
    Country(&'static str, usize),
    Legend(Vec<Category>),
    Blank,
}

#[derive(Clone, Debug, Default)]
pub struct Search {
    /// The pattern being typed after `/`.
    pub typing: Option<String>,
    /// The pattern searched for last.
    pub pattern: String,
    /// Where it occurs in the shown text, in order.
    pub matches: Vec<Span>,
    pub current: Option<usize>,
}

/// Where everything goes on a screen of a given size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Areas {
    /// Nothing fits: only a short message is drawn.
    pub too_small: bool,
    /// The article's text: the columns it is wrapped to, inside its pane's margins.
    pub text: Rect,
    /// False while the folded-out panel covers the article on a narrow terminal.
    pub article_shown: bool,
    pub panel: Option<Rect>,
    /// The panel's rows (inside its border).
    pub panel_rows: Rect,
    pub status: Rect,
    /// The help overlay's box.
    pub help: Rect,
}

pub struct Model {
    pub article: Arc<Article>,
    pub analysis: Analysis,
    pub runs: Vec<Run>,
    pub progress: Progress,
    /// Speakers by panel group, each group by quote count, then by first appearance.
    pub groups: Vec<(Group, Vec<usize>)>,
    /// Countries with their mention counts, most mentioned first.
    pub countries: Vec<(&'static str, usize)>,
    pub layout: Layout,
    pub themes: Vec<Styles>,
    pub theme: usize,
    pub size: (u16, u16),
    /// The article row at the top of its pane.
    pub top: Pos,
    /// Byte offset of the top row, and whether the last row is on screen: for the status bar.
    pub top_offset: usize,
    pub at_end: bool,
    pub focus: Focus,
    /// The user's choice to show or hide the panel; `None` follows the terminal's width.
    pub panel_open: Option<bool>,
    /// The panel cursor, as a position in the panel's speaker order.
    pub cursor: usize,
    /// The first panel entry on screen.
    pub panel_top: usize,
    /// The current attribution, by index into the analysis's quotes.
    pub current: Option<usize>,
    /// The chosen speaker: `]` `[` visit only theirs.
    pub chosen: Option<usize>,
    pub search: Search,
    /// The help overlay, when open, and its first row on screen.
    pub help: Option<usize>,
    /// A one-off note for the status bar, gone after the next key.
    pub message: Option<String>,
    pub quit: bool,
}

impl Model {
    /// A reader of a structured article whose analysis is still to come
    /// ([`Action::Analysed`]). `themes` must not be empty; `t` cycles through them.
    pub fn new(article: Arc<Article>, themes: Vec<Styles>, first_theme: usize) -> Model {
        assert!(!themes.is_empty(), "the reader needs at least one theme");
        let layout = Layout::new(&article.text, &article.blocks);
        let runs = highlight::runs_over(&article.blocks, &Analysis::default());
        Model {
            article,
            analysis: Analysis::default(),
            runs,
            progress: Progress::Analysing(0),
            groups: Vec::new(),
            countries: Vec::new(),
            layout,
            theme: first_theme.min(themes.len() - 1),
            themes,
            size: (0, 0),
            top: Pos::default(),
            top_offset: 0,
            at_end: false,
            focus: Focus::Article,
            panel_open: None,
            cursor: 0,
            panel_top: 0,
            current: None,
            chosen: None,
            search: Search::default(),
            help: None,
            message: None,
            quit: false,
        }
    }

    /// A reader of the start of an article, the whole of which is to come
    /// ([`Action::Loaded`]).
    pub fn preview(article: Arc<Article>, themes: Vec<Styles>, first_theme: usize) -> Model {
        Model {
            progress: Progress::Reading,
            ..Model::new(article, themes, first_theme)
        }
    }

    pub fn styles(&self) -> &Styles {
        &self.themes[self.theme]
    }

    fn text(&self) -> &str {
        &self.article.text
    }

    pub fn areas(&self) -> Areas {
        let (w, h) = self.size;
        if w < MIN_WIDTH || h < MIN_HEIGHT {
            return Areas {
                too_small: true,
                ..Areas::default()
            };
        }
        let body = Rect::new(0, 0, w, h - 1);
        let status = Rect::new(0, h - 1, w, 1);
        let wide = w >= PANEL_FOLD_WIDTH;
        let shown = self.panel_open.unwrap_or(wide);
        let (article, panel) = match (shown, wide) {
            (true, true) => {
                let pw = (w / 3).clamp(28, 44);
                (
                    Rect::new(0, 0, w - pw, body.height),
                    Some(Rect::new(w - pw, 0, pw, body.height)),
                )
            }
            // Folded out on a narrow terminal: the panel covers the article.
            (true, false) => (body, Some(body)),
            (false, _) => (body, None),
        };
        let margin = u16::from(article.width >= 40);
        let text = Rect::new(
            article.x + margin,
            article.y,
            article.width - 2 * margin,
            article.height,
        );
        // The panel's left border, when it sits beside the article.
        let panel_rows = panel.map_or_else(Rect::default, |p| {
            let border = u16::from(wide);
            Rect::new(p.x + border + 1, p.y, p.width - border - 1, p.height)
        });
        let help_w = w.saturating_sub(4).min(72);
        let help_h = (keymap::BINDINGS.len() as u16 + 2).min(body.height);
        let help = Rect::new((w - help_w) / 2, (body.height - help_h) / 2, help_w, help_h);
        Areas {
            too_small: false,
            text,
            article_shown: !shown || wide,
            panel,
            panel_rows,
            status,
            help,
        }
    }

    /// Rows of article text on screen (at least one, so paging always moves).
    fn page(&self) -> usize {
        usize::from(self.areas().text.height).max(1)
    }

    fn speaker_order(&self) -> impl Iterator<Item = usize> + '_ {
        self.groups
            .iter()
            .flat_map(|(_, list)| list.iter().copied())
    }

    /// The speaker under the panel's cursor.
    pub fn cursor_speaker(&self) -> Option<usize> {
        self.speaker_order().nth(self.cursor)
    }

    /// The side panel's rows, for a panel `width` columns wide.
    pub fn panel_entries(&self, width: u16) -> Vec<Entry> {
        let mut out = Vec::new();
        match &self.progress {
            Progress::Reading | Progress::Analysing(_) if self.analysis.speakers.is_empty() => {
                out.push(Entry::Heading("Speakers".into()));
                out.push(Entry::Note(self.analysing_note()));
            }
            Progress::Failed(why) => {
                out.push(Entry::Heading("Speakers".into()));
                out.push(Entry::Note(format!("analysis failed: {why}")));
            }
            Progress::Done if self.analysis.speakers.is_empty() => {
                out.push(Entry::Heading("Speakers".into()));
                out.push(Entry::Note("nobody is quoted".into()));
            }
            Progress::Reading | Progress::Analysing(_) | Progress::Done => {
                let (quotes, speakers) = (self.analysis.quotes.len(), self.analysis.speakers.len());
                let so_far = if self.analysing() {
                    out.push(Entry::Note(self.analysing_note()));
                    " so far"
                } else {
                    ""
                };
                out.push(Entry::Note(format!(
                    "{quotes} quote{} by {speakers} speaker{}{so_far}",
                    plural(quotes),
                    plural(speakers)
                )));
                for (group, list) in &self.groups {
                    out.push(Entry::Heading(group.label().into()));
                    out.extend(list.iter().map(|&s| Entry::Speaker(s)));
                }
            }
        }
        if let Some(s) = self.chosen {
            let speaker = &self.analysis.speakers[s];
            out.push(Entry::Blank);
            out.push(Entry::Heading(format!("Quotes: {}", speaker.name)));
            out.extend(speaker.quotes.iter().map(|&q| Entry::Quote(q)));
        }
        if !self.countries.is_empty() {
            out.push(Entry::Blank);
            out.push(Entry::Heading("Countries".into()));
            out.extend(self.countries.iter().map(|&(c, n)| Entry::Country(c, n)));
        }
        out.push(Entry::Blank);
        out.push(Entry::Heading("Colours".into()));
        let room = usize::from(width);
        let mut line: Vec<Category> = Vec::new();
        let mut used = 0;
        for c in Category::ALL.into_iter().filter(|&c| c != Category::Text) {
            let w = c.label().chars().count() + 2;
            if used + w > room && !line.is_empty() {
                out.push(Entry::Legend(std::mem::take(&mut line)));
                used = 0;
            }
            line.push(c);
            used += w;
        }
        out.push(Entry::Legend(line));
        out
    }

    /// Wrap and clamp after any change; see the module docs.
    fn settle(&mut self) {
        let areas = self.areas();
        if areas.too_small {
            // Nothing is drawn: keep the layout for when the terminal grows again.
            return;
        }
        let width = areas.text.width.max(1);
        if width != self.layout.width() {
            let anchor = (self.layout.width() > 0).then(|| {
                let text = &self.article.text;
                self.layout.offset(text, self.top)
            });
            self.layout.set_width(width);
            if let Some(offset) = anchor {
                self.top = self.layout.locate(&self.article.text, offset);
            }
            if let Some(q) = self.current {
                self.reveal(self.analysis.quotes[q].span);
            }
        }
        let page = self.page();
        let text = &self.article.text;
        let last = self.layout.last(text);
        let max_top = self.layout.advance(text, last, 1 - page as isize);
        self.top = self.top.min(max_top);
        // Wrap what is on screen now, so the views find it ready.
        let bottom = self.layout.advance(text, self.top, page as isize - 1);
        self.at_end = bottom == last;
        self.top_offset = self.layout.offset(text, self.top);

        if areas.panel.is_none() {
            self.focus = Focus::Article;
        } else if !areas.article_shown {
            self.focus = Focus::Panel;
        }
        let entries = self.panel_entries(areas.panel_rows.width).len();
        self.panel_top = self
            .panel_top
            .min(entries.saturating_sub(usize::from(areas.panel_rows.height)));
        let speakers = self.speaker_order().count();
        self.cursor = self.cursor.min(speakers.saturating_sub(1));
        if let Some(help) = self.help {
            let rows = keymap::BINDINGS.len();
            let shown = usize::from(areas.help.height.saturating_sub(2));
            self.help = Some(help.min(rows.saturating_sub(shown)));
        }
    }

    /// Scroll so that `span` is on screen, leaving it where it is if it already is: its
    /// first row a quarter of the way down, or at the top when it is too long for that.
    fn reveal(&mut self, span: Span) {
        let page = self.page() as isize;
        let text = &self.article.text;
        let start = self.layout.locate(text, span.start);
        let end = self
            .layout
            .locate(text, span.end.saturating_sub(1).max(span.start));
        let bottom = self.layout.advance(text, self.top, page - 1);
        if start >= self.top && end <= bottom {
            return;
        }
        let above = self.layout.advance(text, start, -(page / 4));
        let fits = end <= self.layout.advance(text, above, page - 1);
        self.top = if fits { above } else { start };
    }

    /// Make quote `q` the current attribution and bring it into view.
    fn select(&mut self, q: usize) {
        self.current = Some(q);
        self.reveal(self.analysis.quotes[q].span);
    }

    /// Whether `]` and `[` stop at quote `q`: any, or only the chosen speaker's.
    fn visits(&self, q: usize) -> bool {
        self.chosen
            .is_none_or(|s| self.analysis.quotes[q].speaker == Some(s))
    }

    /// Whether results may still arrive.
    pub fn analysing(&self) -> bool {
        matches!(self.progress, Progress::Reading | Progress::Analysing(_))
    }

    /// `analysing… 40%`, or what is happening before that.
    pub fn analysing_note(&self) -> String {
        match self.progress {
            Progress::Analysing(percent) if percent > 0 => format!("analysing… {percent}%"),
            _ => "analysing…".into(),
        }
    }

    fn step_attribution(&mut self, forward: bool) {
        let quotes = &self.analysis.quotes;
        let from = self.top_offset;
        let found = match (self.current, forward) {
            (Some(c), true) => (c + 1..quotes.len()).find(|&q| self.visits(q)),
            (Some(c), false) => (0..c).rev().find(|&q| self.visits(q)),
            // Nothing current yet: start from what is on screen.
            (None, true) => {
                (0..quotes.len()).find(|&q| self.visits(q) && quotes[q].span.start >= from)
            }
            (None, false) => (0..quotes.len())
                .rev()
                .find(|&q| self.visits(q) && quotes[q].span.start < from),
        };
        match found {
            Some(q) => self.select(q),
            None if self.analysing() => self.message = Some("still analysing…".into()),
            None if quotes.is_empty() => self.message = Some("no attributions found".into()),
            None => {
                let which = if forward { "later" } else { "earlier" };
                let whose = self.chosen.map_or(String::new(), |s| {
                    format!(" by {}", self.analysis.speakers[s].name)
                });
                self.message = Some(format!("no {which} attribution{whose}"));
            }
        }
    }

    /// Choose the speaker at position `k` of the panel's order and jump to their first quote.
    fn choose(&mut self, k: usize) {
        let Some(s) = self.speaker_order().nth(k) else {
            return;
        };
        self.cursor = k;
        self.chosen = Some(s);
        self.follow_cursor();
        match self.analysis.speakers[s].quotes.first() {
            Some(&q) => self.select(q),
            None => self.message = Some("no quotes from this speaker".into()),
        }
        // On a narrow terminal the panel covers the article: fold it so the quote shows.
        if !self.areas().article_shown {
            self.panel_open = None;
        }
    }

    /// Scroll the panel so the cursor's row is on it.
    fn follow_cursor(&mut self) {
        let areas = self.areas();
        let Some(s) = self.speaker_order().nth(self.cursor) else {
            return;
        };
        let entries = self.panel_entries(areas.panel_rows.width);
        let Some(row) = entries.iter().position(|e| *e == Entry::Speaker(s)) else {
            return;
        };
        let height = usize::from(areas.panel_rows.height).max(1);
        if row < self.panel_top {
            self.panel_top = row;
        } else if row >= self.panel_top + height {
            self.panel_top = row + 1 - height;
        }
    }

    fn step_speaker(&mut self, forward: bool) {
        let n = self.speaker_order().count();
        if n == 0 {
            let why = if self.analysing() {
                "still analysing…"
            } else {
                "nobody is quoted"
            };
            self.message = Some(why.into());
            return;
        }
        let at = self
            .chosen
            .and_then(|c| self.speaker_order().position(|s| s == c));
        let k = match (at, forward) {
            (Some(k), true) => (k + 1) % n,
            (Some(k), false) => (k + n - 1) % n,
            (None, true) => 0,
            (None, false) => n - 1,
        };
        self.choose(k);
    }

    fn submit_search(&mut self) {
        let typed = self.search.typing.take().unwrap_or_default();
        if !typed.is_empty() {
            self.search.pattern = typed;
        }
        if self.search.pattern.is_empty() {
            return;
        }
        self.search.matches = self.find(&self.search.pattern);
        let from = self.top_offset;
        let first = self.search.matches.iter().position(|m| m.start >= from);
        self.search.current = None;
        match first.or((!self.search.matches.is_empty()).then_some(0)) {
            Some(i) => self.show_match(i),
            None => self.message = Some(format!("not found: {}", self.search.pattern)),
        }
    }

    /// Where `pattern` occurs in the text on screen. Smart case, as in less and vim: a
    /// pattern with capitals matches exactly, one without ignores case (ASCII letters).
    fn find(&self, pattern: &str) -> Vec<Span> {
        let insensitive = !pattern.chars().any(char::is_uppercase);
        let Ok(finder) = AhoCorasick::builder()
            .ascii_case_insensitive(insensitive)
            .build([pattern])
        else {
            return Vec::new();
        };
        let text = self.text();
        self.layout
            .units()
            .iter()
            .flat_map(|u| {
                finder
                    .find_iter(u.span.of(text))
                    .map(move |m| Span::new(u.span.start + m.start(), u.span.start + m.end()))
            })
            .collect()
    }

    fn show_match(&mut self, i: usize) {
        self.search.current = Some(i);
        self.reveal(self.search.matches[i]);
    }

    fn step_match(&mut self, forward: bool) {
        let n = self.search.matches.len();
        if n == 0 {
            self.message = Some(if self.search.pattern.is_empty() {
                "no search yet: press /".into()
            } else {
                format!("not found: {}", self.search.pattern)
            });
            return;
        }
        let i = match (self.search.current, forward) {
            (Some(i), true) if i + 1 == n => {
                self.message = Some("search wrapped to the top".into());
                0
            }
            (Some(0), false) => {
                self.message = Some("search wrapped to the bottom".into());
                n - 1
            }
            (Some(i), true) => i + 1,
            (Some(i), false) => i - 1,
            (None, _) => 0,
        };
        self.show_match(i);
    }

    /// Esc: clear the topmost of the overlay, the folded-out panel, the search, the chosen
    /// speaker and the current attribution.
    fn clear(&mut self) {
        if self.help.take().is_some() {
            return;
        }
        if !self.areas().article_shown {
            self.panel_open = None;
        } else if !self.search.matches.is_empty() || !self.search.pattern.is_empty() {
            self.search = Search::default();
        } else if self.chosen.take().is_some() {
            self.message = Some("all speakers".into());
        } else {
            self.current = None;
        }
    }

    fn scroll_help(&mut self, rows: isize) {
        if let Some(h) = self.help {
            self.help = Some(h.saturating_add_signed(rows));
        }
    }

    /// A click in the panel chooses the speaker or quote on that row; a click in the
    /// article makes the attribution under it current.
    fn click(&mut self, column: u16, row: u16) {
        let areas = self.areas();
        let at = ratatui::layout::Position::new(column, row);
        if let Some(panel) = areas.panel.filter(|p| p.contains(at)) {
            self.focus = Focus::Panel;
            let i = self.panel_top + usize::from(row - panel.y);
            match self.panel_entries(areas.panel_rows.width).get(i).cloned() {
                Some(Entry::Speaker(s)) => {
                    let k = self.speaker_order().position(|x| x == s);
                    if let Some(k) = k {
                        self.choose(k);
                    }
                }
                Some(Entry::Quote(q)) => self.select(q),
                _ => {}
            }
        } else if areas.text.contains(at) {
            self.focus = Focus::Article;
            let row = self
                .layout
                .rows(self.top)
                .nth(usize::from(row - areas.text.y));
            if let Some(Row::Text { kind, span }) = row {
                let bar = if matches!(kind, BlockKind::Caption | BlockKind::Credit) {
                    BAR_WIDTH
                } else {
                    0
                };
                let col = usize::from((column - areas.text.x).saturating_sub(bar));
                let offset = offset_at_column(span.of(self.text()), col) + span.start;
                let quotes = &self.analysis.quotes;
                let q = quotes.partition_point(|q| q.span.end <= offset);
                if quotes.get(q).is_some_and(|q| q.span.start <= offset) {
                    self.current = Some(q);
                }
            }
        }
    }

    /// The whole article replaces its start. The start's text is a prefix of the whole, so
    /// the top line keeps its place.
    fn loaded(&mut self, article: Arc<Article>, warning: Option<String>) {
        let offset = if article.text.starts_with(self.text()) {
            self.top_offset
        } else {
            0
        };
        self.layout = Layout::new(&article.text, &article.blocks);
        self.layout.set_width(self.areas().text.width.max(1));
        self.runs = highlight::runs_over(&article.blocks, &Analysis::default());
        self.article = article;
        self.top = self.layout.locate(&self.article.text, offset);
        self.progress = Progress::Analysing(0);
        if warning.is_some() {
            self.message = warning;
        }
        if !self.search.pattern.is_empty() {
            self.search.matches = self.find(&self.search.pattern);
            self.search.current = None;
        }
    }

    /// Take the results found so far or in the end. The current attribution, the chosen
    /// speaker and the panel's cursor stay where they were: earlier results are a prefix
    /// of later ones, but a speaker's place in the panel moves as their quotes come in.
    fn found(&mut self, analysis: Analysis, runs: Vec<Run>) {
        let old = &self.analysis;
        let span_of_current = self.current.map(|q| old.quotes[q].span);
        let name_of = |s: usize| old.speakers[s].name.clone();
        let chosen_name = self.chosen.map(name_of);
        let cursor_name = self.cursor_speaker().map(name_of);
        let mut groups: Vec<(Group, Vec<usize>)> = Group::ALL.map(|g| (g, Vec::new())).into();
        for (i, s) in analysis.speakers.iter().enumerate() {
            let g = Group::of(s.role, s.anonymous);
            groups[g as usize].1.push(i);
        }
        for (_, list) in &mut groups {
            let first = |s: usize| analysis.speakers[s].quotes.first().copied();
            list.sort_by_key(|&s| {
                (
                    std::cmp::Reverse(analysis.speakers[s].quotes.len()),
                    first(s),
                )
            });
        }
        groups.retain(|(_, list)| !list.is_empty());
        let mut countries: HashMap<&'static str, usize> = HashMap::new();
        for e in &analysis.entities {
            if let (EntityClass::Country, Some(c)) = (e.class, e.country) {
                *countries.entry(c).or_default() += 1;
            }
        }
        let mut countries: Vec<(&'static str, usize)> = countries.into_iter().collect();
        countries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        self.groups = groups;
        self.countries = countries;
        self.analysis = analysis;
        self.runs = runs;
        let speaker_named = |name: Option<String>| {
            let name = name?;
            self.analysis.speakers.iter().position(|s| s.name == name)
        };
        self.chosen = speaker_named(chosen_name);
        let cursor = speaker_named(cursor_name);
        self.cursor = cursor
            .and_then(|s| self.speaker_order().position(|o| o == s))
            .unwrap_or(0);
        self.current = span_of_current.and_then(|span| {
            let quotes = &self.analysis.quotes;
            let at = quotes.partition_point(|q| q.span.start < span.start);
            quotes.get(at).filter(|q| q.span == span).map(|_| at)
        });
    }
}

/// The English plural ending for a count.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The byte offset of the character at display column `col` of `line`.
fn offset_at_column(line: &str, col: usize) -> usize {
    let mut used = 0;
    for (i, c) in line.char_indices() {
        used += c.width().unwrap_or(0);
        if used > col {
            return i;
        }
    }
    line.len()
}

/// Apply one action. The only way the reader's state changes.
pub fn update(m: &mut Model, action: Action) {
    let from_user = !matches!(
        action,
        Action::Resize(..)
            | Action::Note(_)
            | Action::Loaded { .. }
            | Action::Progress { .. }
            | Action::Analysed(_)
            | Action::AnalysisFailed(_)
    );
    if from_user {
        m.message = None;
    }
    // The help overlay takes the movement keys for itself; anything else closes it.
    if m.help.is_some() {
        let page = (m.areas().help.height.saturating_sub(2) as isize).max(1);
        let rows = match action {
            Action::Scroll(n) | Action::PanelMove(n) => Some(n),
            Action::Page(n) => Some(n * page),
            Action::HalfPage(n) => Some(n * (page / 2).max(1)),
            Action::Wheel { rows, .. } => Some(rows),
            Action::Top => Some(isize::MIN),
            Action::Bottom => Some(isize::MAX),
            _ => None,
        };
        if let Some(rows) = rows {
            m.scroll_help(rows);
            m.settle();
            return;
        }
        if matches!(action, Action::ToggleHelp | Action::Click { .. }) {
            m.help = None;
            m.settle();
            return;
        }
        if from_user && !matches!(action, Action::Quit | Action::Clear) {
            m.help = None;
        }
    }
    let page = m.page() as isize;
    let text = &m.article.text;
    match action {
        Action::Scroll(n) => m.top = m.layout.advance(text, m.top, n),
        Action::Page(n) => m.top = m.layout.advance(text, m.top, n * page),
        Action::HalfPage(n) => m.top = m.layout.advance(text, m.top, n * (page / 2).max(1)),
        Action::Top => m.top = Pos::default(),
        Action::Bottom => m.top = m.layout.last(text),
        Action::NextAttribution => m.step_attribution(true),
        Action::PrevAttribution => m.step_attribution(false),
        Action::NextSpeaker => m.step_speaker(true),
        Action::PrevSpeaker => m.step_speaker(false),
        Action::SwitchFocus => match (m.focus, m.areas().article_shown) {
            (Focus::Article, _) => {
                if m.areas().panel.is_none() {
                    m.panel_open = Some(true);
                }
                m.focus = Focus::Panel;
            }
            // Leaving a panel that covers the article folds it away.
            (Focus::Panel, false) => m.panel_open = None,
            (Focus::Panel, true) => m.focus = Focus::Article,
        },
        Action::PanelMove(n) => {
            let last = m.speaker_order().count().saturating_sub(1);
            m.cursor = m.cursor.saturating_add_signed(n).min(last);
            m.follow_cursor();
        }
        Action::Choose => m.choose(m.cursor),
        Action::TogglePanel => {
            let shown = m.areas().panel.is_some();
            m.panel_open = Some(!shown);
        }
        Action::Clear => m.clear(),
        Action::StartSearch => m.search.typing = Some(String::new()),
        Action::SearchInput(c) => {
            if let Some(t) = &mut m.search.typing {
                t.push(c);
            }
        }
        Action::SearchBackspace => {
            if let Some(t) = &mut m.search.typing {
                if t.pop().is_none() {
                    m.search.typing = None;
                }
            }
        }
        Action::SearchCancel => m.search.typing = None,
        Action::SearchSubmit => m.submit_search(),
        Action::NextMatch => m.step_match(true),
        Action::PrevMatch => m.step_match(false),
        Action::NextTheme => {
            m.theme = (m.theme + 1) % m.themes.len();
            m.message = Some(format!("theme: {}", m.styles().name));
        }
        Action::ToggleHelp => m.help = Some(0),
        Action::Quit => m.quit = true,
        Action::Resize(w, h) => m.size = (w, h),
        Action::Wheel { column, row, rows } => {
            let areas = m.areas();
            let at = ratatui::layout::Position::new(column, row);
            if areas.panel.is_some_and(|p| p.contains(at)) {
                m.panel_top = m.panel_top.saturating_add_signed(rows);
            } else {
                m.top = m.layout.advance(text, m.top, rows);
            }
        }
        Action::Click { column, row } => m.click(column, row),
        Action::Note(note) => m.message = Some(note),
        Action::Loaded { article, warning } => m.loaded(article.0, warning),
        Action::Progress { percent, found } => {
            m.progress = Progress::Analysing(percent);
            if let Some(result) = found {
                let (analysis, runs) = *result;
                m.found(analysis, runs);
            }
        }
        Action::Analysed(result) => {
            let (analysis, runs) = *result;
            m.found(analysis, runs);
            m.progress = Progress::Done;
        }
        Action::AnalysisFailed(why) => m.progress = Progress::Failed(why),
    }
    m.settle();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis;

    const SAMPLE: &str = include_str!("../../assets/articles/npr-china-influence.txt");

    fn reader(width: u16, height: u16) -> Model {
        let article = Arc::new(Article::structure_only("sample", SAMPLE.to_string()));
        let analysis = analysis::analyze(&article.text, &article.blocks);
        let runs = highlight::runs_over(&article.blocks, &analysis);
        let mut m = Model::new(article, vec![Styles::plain()], 0);
        update(&mut m, Action::Resize(width, height));
        update(&mut m, Action::Analysed(Box::new((analysis, runs))));
        m
    }

    fn apply(m: &mut Model, actions: &[Action]) {
        for a in actions {
            update(m, a.clone());
        }
    }

    /// Whether all of `span` is on screen.
    fn on_screen(m: &mut Model, span: Span) -> bool {
        let text = &m.article.text;
        let first = m.layout.locate(text, span.start);
        let last = m.layout.locate(text, span.end - 1);
        let page = m.page() as isize;
        let bottom = m.layout.advance(text, m.top, page - 1);
        m.top <= first && last <= bottom
    }

    #[test]
    fn attributions_are_visited_in_order_and_shown() {
        let mut m = reader(100, 20);
        let n = m.analysis.quotes.len();
        for i in 0..n {
            update(&mut m, Action::NextAttribution);
            assert_eq!(m.current, Some(i));
            let span = m.analysis.quotes[i].span;
            assert!(on_screen(&mut m, span), "quote {i} off screen");
        }
        update(&mut m, Action::NextAttribution);
        assert_eq!(m.current, Some(n - 1));
        assert_eq!(m.message.as_deref(), Some("no later attribution"));
        update(&mut m, Action::PrevAttribution);
        assert_eq!(m.current, Some(n - 2));
    }

    #[test]
    fn a_chosen_speaker_is_the_only_one_visited() {
        let mut m = reader(120, 40);
        apply(
            &mut m,
            &[Action::SwitchFocus, Action::PanelMove(1), Action::Choose],
        );
        let s = m.chosen.expect("a speaker is chosen");
        assert_eq!(Some(s), m.cursor_speaker());
        assert_eq!(m.focus, Focus::Panel);
        let theirs = m.analysis.speakers[s].quotes.clone();
        assert_eq!(m.current, Some(theirs[0]));
        for &q in &theirs[1..] {
            update(&mut m, Action::NextAttribution);
            assert_eq!(m.current, Some(q));
        }
        update(&mut m, Action::NextAttribution);
        assert!(m
            .message
            .as_deref()
            .unwrap()
            .starts_with("no later attribution by"));
        update(&mut m, Action::Clear);
        assert_eq!(m.chosen, None);
    }

    #[test]
    fn next_speaker_cycles_through_the_panel_order() {
        let mut m = reader(120, 40);
        let order: Vec<usize> = m.speaker_order().collect();
        for &s in order.iter().chain(&order[..1]) {
            update(&mut m, Action::NextSpeaker);
            assert_eq!(m.chosen, Some(s));
        }
        update(&mut m, Action::PrevSpeaker);
        assert_eq!(m.chosen, order.last().copied());
    }

    #[test]
    fn groups_put_anonymous_sources_together_and_the_most_quoted_first() {
        let m = reader(120, 40);
        let labels: Vec<&str> = m.groups.iter().map(|(g, _)| g.label()).collect();
        assert_eq!(labels, ["Officials", "Experts", "Anonymous"]);
        for (group, list) in &m.groups {
            let counts: Vec<usize> = list
                .iter()
                .map(|&s| m.analysis.speakers[s].quotes.len())
                .collect();
            assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{group:?}");
            let anonymous = list.iter().all(|&s| m.analysis.speakers[s].anonymous);
            assert_eq!(*group == Group::Anonymous, anonymous);
        }
        assert_eq!(m.countries[0], ("China", 35));
    }

    #[test]
    fn resizing_keeps_the_current_attribution_in_view() {
        let mut m = reader(120, 40);
        let last = m.analysis.quotes.len() - 1;
        for _ in 0..=last {
            update(&mut m, Action::NextAttribution);
        }
        for (w, h) in [(40, 12), (20, 6), (1, 1), (80, 24), (33, 7), (120, 40)] {
            update(&mut m, Action::Resize(w, h));
            if !m.areas().too_small {
                let span = m.analysis.quotes[last].span;
                assert!(on_screen(&mut m, span), "lost at {w}×{h}");
            }
        }
    }

    #[test]
    fn resizing_keeps_the_top_line() {
        let mut m = reader(100, 30);
        update(&mut m, Action::Page(2));
        let offset = m.top_offset;
        update(&mut m, Action::Resize(50, 30));
        let text = &m.article.text;
        let next = m.layout.advance(text, m.top, 1);
        assert!(m.top_offset <= offset && offset < m.layout.offset(text, next));
    }

    #[test]
    fn scrolling_stops_at_both_ends() {
        let mut m = reader(80, 24);
        update(&mut m, Action::Bottom);
        assert!(m.at_end);
        let top = m.top;
        apply(&mut m, &[Action::Scroll(5), Action::Page(3)]);
        assert_eq!(m.top, top);
        apply(&mut m, &[Action::HalfPage(-1), Action::Top]);
        assert_eq!(m.top, Pos::default());
        update(&mut m, Action::Scroll(-3));
        assert_eq!(m.top, Pos::default());
    }

    #[test]
    fn no_size_is_too_small_to_survive() {
        let mut m = reader(120, 40);
        let everything = [
            Action::NextAttribution,
            Action::Page(1),
            Action::Bottom,
            Action::SwitchFocus,
            Action::PanelMove(3),
            Action::Choose,
            Action::TogglePanel,
            Action::ToggleHelp,
            Action::Scroll(1),
            Action::Click { column: 0, row: 0 },
            Action::Wheel {
                column: 0,
                row: 0,
                rows: 3,
            },
            Action::NextSpeaker,
            Action::Clear,
        ];
        for (w, h) in [(0, 0), (1, 1), (2, 1), (19, 4), (20, 5), (21, 6), (72, 5)] {
            update(&mut m, Action::Resize(w, h));
            apply(&mut m, &everything);
        }
    }

    #[test]
    fn search_is_smart_about_case_and_wraps() {
        let mut m = reader(100, 20);
        let search = |m: &mut Model, pattern: &str| {
            update(m, Action::StartSearch);
            for c in pattern.chars() {
                update(m, Action::SearchInput(c));
            }
            update(m, Action::SearchSubmit);
        };
        search(&mut m, "kremlin");
        assert_eq!(m.search.matches.len(), 1);
        let span = m.search.matches[0];
        assert_eq!(span.of(&m.article.text), "Kremlin");
        assert!(on_screen(&mut m, span));
        search(&mut m, "KREMLIN");
        assert!(m.search.matches.is_empty());
        assert_eq!(m.message.as_deref(), Some("not found: KREMLIN"));
        update(&mut m, Action::Top);
        search(&mut m, "Beijing");
        let n = m.search.matches.len();
        assert!(n > 3);
        for _ in 1..n {
            update(&mut m, Action::NextMatch);
        }
        assert_eq!(m.search.current, Some(n - 1));
        update(&mut m, Action::NextMatch);
        assert_eq!(m.search.current, Some(0));
        assert_eq!(m.message.as_deref(), Some("search wrapped to the top"));
        update(&mut m, Action::Clear);
        assert!(m.search.matches.is_empty());
    }

    #[test]
    fn typing_a_search_can_be_taken_back() {
        let mut m = reader(100, 20);
        apply(
            &mut m,
            &[
                Action::StartSearch,
                Action::SearchInput('x'),
                Action::SearchBackspace,
                Action::SearchBackspace,
            ],
        );
        assert_eq!(m.search.typing, None);
        apply(&mut m, &[Action::StartSearch, Action::SearchCancel]);
        assert_eq!(m.search.typing, None);
        assert!(m.search.pattern.is_empty());
    }

    #[test]
    fn escape_clears_one_thing_at_a_time() {
        let mut m = reader(120, 40);
        apply(&mut m, &[Action::NextSpeaker, Action::ToggleHelp]);
        update(&mut m, Action::StartSearch);
        update(&mut m, Action::SearchInput('C'));
        update(&mut m, Action::SearchSubmit);
        update(&mut m, Action::ToggleHelp);
        assert!(m.help.is_some());
        update(&mut m, Action::Clear);
        assert!(m.help.is_none() && !m.search.matches.is_empty());
        update(&mut m, Action::Clear);
        assert!(m.search.matches.is_empty() && m.chosen.is_some());
        update(&mut m, Action::Clear);
        assert!(m.chosen.is_none() && m.current.is_some());
        update(&mut m, Action::Clear);
        assert!(m.current.is_none());
    }

    #[test]
    fn the_help_overlay_scrolls_and_any_other_key_closes_it() {
        let mut m = reader(80, 12);
        update(&mut m, Action::ToggleHelp);
        update(&mut m, Action::Scroll(2));
        assert_eq!(m.help, Some(2));
        let top = m.top;
        update(&mut m, Action::Bottom);
        assert_eq!(m.top, top, "the article stays put under the overlay");
        update(&mut m, Action::NextAttribution);
        assert!(m.help.is_none());
        assert_eq!(m.current, Some(0));
    }

    #[test]
    fn a_narrow_terminal_folds_the_panel_away() {
        let mut m = reader(40, 12);
        assert!(m.areas().panel.is_none());
        update(&mut m, Action::SwitchFocus);
        let areas = m.areas();
        assert!(areas.panel.is_some() && !areas.article_shown);
        assert_eq!(m.focus, Focus::Panel);
        update(&mut m, Action::Choose);
        assert!(m.areas().panel.is_none(), "choosing shows the article");
        assert_eq!(m.focus, Focus::Article);
        assert!(m.current.is_some());
    }

    #[test]
    fn clicks_choose_speakers_and_attributions() {
        let mut m = reader(120, 40);
        let rows = m.areas().panel_rows;
        let entries = m.panel_entries(rows.width);
        let (i, s) = entries
            .iter()
            .enumerate()
            .find_map(|(i, e)| match e {
                Entry::Speaker(s) => Some((i, *s)),
                _ => None,
            })
            .unwrap();
        update(
            &mut m,
            Action::Click {
                column: rows.x + 3,
                row: rows.y + i as u16,
            },
        );
        assert_eq!(m.chosen, Some(s));
        update(&mut m, Action::Clear);
        update(&mut m, Action::Clear);
        // The first quote, clicked where it is drawn.
        let q = m.analysis.quotes[0];
        let text = &m.article.text;
        let row = m.layout.locate(text, q.span.start);
        let line = m.layout.offset(text, row);
        let column = text[line..q.span.start].chars().count() as u16;
        let areas = m.areas();
        let y = (0..areas.text.height)
            .find(|&y| m.layout.advance(text, m.top, y as isize) == row)
            .unwrap();
        update(
            &mut m,
            Action::Click {
                column: areas.text.x + column + 1,
                row: areas.text.y + y,
            },
        );
        assert_eq!(m.current, Some(0));
    }

    #[test]
    fn the_chosen_speaker_stays_chosen_as_results_grow() {
        let article = Arc::new(Article::structure_only("t", SAMPLE.repeat(100)));
        let mut first_look = None;
        let last = analysis::analyze_observed(&article.text, &article.blocks, |p| {
            first_look.get_or_insert_with(|| p.analysis());
        });
        let so_far = first_look.unwrap();
        let mut m = Model::new(Arc::clone(&article), vec![Styles::plain()], 0);
        update(&mut m, Action::Resize(120, 40));
        let runs = highlight::runs_over(&article.blocks, &so_far);
        let found = Some(Box::new((so_far, runs)));
        update(&mut m, Action::Progress { percent: 20, found });
        update(&mut m, Action::SwitchFocus);
        update(&mut m, Action::PanelMove(3));
        update(&mut m, Action::Choose);
        update(&mut m, Action::NextAttribution);
        let name = |m: &Model, s: Option<usize>| m.analysis.speakers[s.unwrap()].name.clone();
        let (chosen, cursor) = (name(&m, m.chosen), name(&m, m.cursor_speaker()));
        let span = m.analysis.quotes[m.current.unwrap()].span;

        let runs = highlight::runs_over(&article.blocks, &last);
        update(&mut m, Action::Analysed(Box::new((last, runs))));
        assert_eq!(m.progress, Progress::Done);
        assert_eq!(name(&m, m.chosen), chosen);
        assert_eq!(name(&m, m.cursor_speaker()), cursor);
        assert_eq!(m.analysis.quotes[m.current.unwrap()].span, span);
    }

    #[test]
    fn keys_before_the_analysis_say_so() {
        let article = Arc::new(Article::structure_only("sample", SAMPLE.to_string()));
        let mut m = Model::new(article, vec![Styles::plain()], 0);
        update(&mut m, Action::Resize(80, 24));
        update(&mut m, Action::NextAttribution);
        assert_eq!(m.message.as_deref(), Some("still analysing…"));
        assert_eq!(
            m.panel_entries(30)[1],
            Entry::Note("analysing…".to_string())
        );
        update(&mut m, Action::AnalysisFailed("boom".into()));
        assert_eq!(m.progress, Progress::Failed("boom".into()));
    }

    #[test]
    fn the_whole_article_replaces_its_start_in_place() {
        let whole = SAMPLE.repeat(4);
        let start = whole[..SAMPLE.len() * 2].to_string();
        let preview = Arc::new(Article::structure_only("t", start));
        let mut m = Model::preview(preview, vec![Styles::plain()], 0);
        update(&mut m, Action::Resize(80, 24));
        update(&mut m, Action::Page(3));
        let offset = m.top_offset;
        assert!(offset > 0);
        let article = Arc::new(Article::structure_only("t", whole));
        update(
            &mut m,
            Action::Loaded {
                article: super::super::action::Whole(Arc::clone(&article)),
                warning: Some("1 control character shown as a visible symbol".into()),
            },
        );
        // The same place; a blank row at the top may give way to the line after it.
        assert!(m.top_offset >= offset);
        assert!(m.article.text[offset..m.top_offset].trim().is_empty());
        assert_eq!(m.progress, Progress::Analysing(0));
        assert!(m.message.as_deref().unwrap().contains("control character"));
        update(&mut m, Action::Bottom);
        assert!(m.top_offset > SAMPLE.len() * 3);
    }

    #[test]
    fn themes_cycle() {
        let mut plain2 = Styles::plain();
        plain2.name = "second".into();
        let article = Arc::new(Article::structure_only("t", "Title\n\nText.".into()));
        let mut m = Model::new(article, vec![Styles::plain(), plain2], 1);
        update(&mut m, Action::NextTheme);
        assert_eq!(m.styles().name, "plain");
        update(&mut m, Action::NextTheme);
        assert_eq!(m.message.as_deref(), Some("theme: second"));
    }

    #[test]
    fn an_empty_article_is_readable() {
        let article = Arc::new(Article::structure_only("t", String::new()));
        let mut m = Model::new(article, vec![Styles::plain()], 0);
        update(&mut m, Action::Resize(80, 24));
        apply(
            &mut m,
            &[Action::Bottom, Action::NextAttribution, Action::Page(1)],
        );
        assert!(m.at_end);
    }
}
