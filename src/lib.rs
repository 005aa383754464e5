//! whosaid: a terminal reader for news articles that shows who said what.
//!
//! The library does everything without a terminal: [`article`] loads and structures a text,
//! [`analysis`] finds quotes, speakers, roles and countries, [`export`] writes the JSON
//! contract. The binary (`src/main.rs`) only parses arguments and dispatches.

pub mod analysis;
pub mod article;
pub mod config;
pub mod export;
pub mod highlight;
pub mod lexicon;
pub mod print;
pub mod theme;
pub mod tui;

pub use article::Article;

/// How many threads the work that spreads over cores uses: one per core, at most eight.
pub(crate) fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}
