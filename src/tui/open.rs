//! Opening an article at once, whatever its size: the first screenful comes from the start
//! of the text, and the whole is read (files), structured and analysed on a worker thread.
//!
//! The start is cut after a line end and, for a file, decoded by the same
//! [`load::decode`] as the whole, so its text is a prefix of the whole text and every
//! offset in it stays valid when the whole arrives. Standard input is read whole first (it
//! cannot be read twice); short inputs open whole.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::article::load::{self, LoadError, Source};
use crate::article::Article;

/// How much of a file the first screenful is made from.
pub const PREVIEW: usize = 64 * 1024;

pub struct Opening {
    /// What to draw first: the whole article, or the structure of its start.
    pub article: Article,
    /// What is left to do for the whole article, when `article` is only its start.
    pub rest: Option<Rest>,
    /// What decoding repaired, when the whole input has been decoded already.
    pub warning: Option<String>,
}

/// The work between the start of an article and all of it.
pub enum Rest {
    /// Read and decode the file, then structure it.
    Read(Source),
    /// Structure the text (standard input, read whole already).
    Structure { name: String, text: String },
}

impl Rest {
    /// The whole article, structured, with what decoding repaired.
    pub fn finish(self) -> Result<(Article, Option<String>), LoadError> {
        match self {
            Rest::Read(source) => {
                let decoded = source.load()?;
                let warning = load::warning(&source, &decoded);
                Ok((
                    Article::structure_only(source.name(), decoded.text),
                    warning,
                ))
            }
            Rest::Structure { name, text } => Ok((Article::structure_only(name, text), None)),
        }
    }
}

/// Read what the first frame needs. Errors (no such file, not text) come before the
/// terminal is touched.
pub fn open(source: &Source) -> Result<Opening, LoadError> {
    if let Source::File(path) = source {
        if let Some(start) = start_of(path) {
            let text = load::decode(start).map_err(|why| LoadError::NotText {
                path: path.clone(),
                why,
            })?;
            return Ok(Opening {
                article: Article::structure_only(source.name(), text.text),
                rest: Some(Rest::Read(source.clone())),
                warning: None,
            });
        }
    }
    let decoded = source.load()?;
    let warning = load::warning(source, &decoded);
    let (name, text) = (source.name(), decoded.text);
    if text.len() <= PREVIEW {
        return Ok(Opening {
            article: Article::structure_only(name, text),
            rest: None,
            warning,
        });
    }
    let start = text[..cut(text.as_bytes())].to_string();
    Ok(Opening {
        article: Article::structure_only(name.clone(), start),
        rest: Some(Rest::Structure { name, text }),
        warning,
    })
}

/// The first [`PREVIEW`] bytes of a longer file, cut by [`cut`]. `None` for short files,
/// UTF-16 ones (their line ends are two bytes) and anything unreadable: those are read
/// whole, which reports any error.
fn start_of(path: &Path) -> Option<Vec<u8>> {
    // `File::open` opens read-only: the article is never written.
    let mut buf = Vec::with_capacity(PREVIEW + 1);
    File::open(path)
        .ok()?
        .take(PREVIEW as u64 + 1)
        .read_to_end(&mut buf)
        .ok()?;
    if buf.len() <= PREVIEW || matches!(buf[..2], [0xFF, 0xFE] | [0xFE, 0xFF]) {
        return None;
    }
    buf.truncate(cut(&buf));
    Some(buf)
}

/// Where the start of more than [`PREVIEW`] bytes of UTF-8 ends: after the last line end
/// in the first `PREVIEW` bytes, or (one long line) before the character there.
fn cut(bytes: &[u8]) -> usize {
    if let Some(i) = bytes[..PREVIEW].iter().rposition(|&b| b == b'\n') {
        return i + 1;
    }
    let mut cut = PREVIEW;
    while cut > 0 && bytes[cut] & 0xC0 == 0x80 {
        cut -= 1;
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../assets/articles/npr-china-influence.txt");

    fn file(contents: &[u8]) -> (tempfile::TempDir, Source) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("article.txt");
        std::fs::write(&path, contents).unwrap();
        (dir, Source::File(path))
    }

    #[test]
    fn a_short_file_opens_whole() {
        let (_dir, source) = file(SAMPLE.as_bytes());
        let opening = open(&source).unwrap();
        assert!(opening.rest.is_none());
        assert_eq!(opening.article.text, SAMPLE);
    }

    #[test]
    fn a_long_file_opens_with_a_prefix_of_its_text() {
        let long = SAMPLE
            .repeat(PREVIEW / SAMPLE.len() + 3)
            .replace('\n', "\r\n");
        let (_dir, source) = file(long.as_bytes());
        let opening = open(&source).unwrap();
        let (whole, _) = opening.rest.unwrap().finish().unwrap();
        assert!(opening.article.text.len() < whole.text.len());
        assert!(whole.text.starts_with(&opening.article.text));
        assert_eq!(opening.article.title, whole.title);
        assert_eq!(opening.article.blocks[..5], whole.blocks[..5]);
    }

    #[test]
    fn one_long_line_is_cut_between_characters() {
        let long = "é“quoted” ".repeat(PREVIEW / 5);
        let (_dir, source) = file(long.as_bytes());
        let opening = open(&source).unwrap();
        assert!(opening.rest.is_some());
        assert!(long.starts_with(&opening.article.text));
        assert!(!opening.article.text.contains('\u{FFFD}'));
    }

    #[test]
    fn errors_come_before_the_reader_starts() {
        let missing = Source::File("/nonexistent/article.txt".into());
        assert!(matches!(open(&missing), Err(LoadError::Io { .. })));
        let dir = tempfile::tempdir().unwrap();
        let directory = Source::File(dir.path().to_path_buf());
        assert!(matches!(
            open(&directory),
            Err(LoadError::IsDirectory { .. })
        ));
        let mut binary = vec![0u8; PREVIEW * 2];
        binary[0] = b'x';
        let (_dir, source) = file(&binary);
        assert!(matches!(open(&source), Err(LoadError::NotText { .. })));
    }
}
