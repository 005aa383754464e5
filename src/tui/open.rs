//! Opening an article at once, whatever its size: the first screenful comes from the start
//! of the file, and the whole file is read, structured and analysed on a worker thread.
//!
//! The start is decoded by the same [`load::decode`] as the whole, cut after a line end,
//! so its text is a prefix of the whole text and every offset in it stays valid when the
//! whole arrives. Standard input and short files are read whole at once.

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
    /// Whether `article` is all of the input.
    pub complete: bool,
    /// What decoding repaired, once the whole input has been decoded.
    pub warning: Option<String>,
}

/// Read what the first frame needs. Errors (no such file, not text) come before the
/// terminal is touched.
pub fn open(source: &Source) -> Result<Opening, LoadError> {
    if let Source::File(path) = source {
        if let Some(start) = start_of(path) {
            let text = load::decode(&start).map_err(|why| LoadError::NotText {
                path: path.clone(),
                why,
            })?;
            return Ok(Opening {
                article: Article::structure_only(source.name(), text.text),
                complete: false,
                warning: None,
            });
        }
    }
    whole(source).map(|(article, warning)| Opening {
        article,
        complete: true,
        warning,
    })
}

/// Read, decode and structure all of the input, with the warning decoding gives.
pub fn whole(source: &Source) -> Result<(Article, Option<String>), LoadError> {
    let decoded = source.load()?;
    let warning = load::warning(source, &decoded);
    Ok((
        Article::structure_only(source.name(), decoded.text),
        warning,
    ))
}

/// The first [`PREVIEW`] bytes of a longer file, cut after its last line end (or at a
/// character boundary, in a file of one long line). `None` for short files, UTF-16 ones
/// (their line ends are two bytes) and anything unreadable, which are read whole.
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
    let mut cut = match buf[..PREVIEW].iter().rposition(|&b| b == b'\n') {
        Some(i) => i + 1,
        None => PREVIEW,
    };
    // Never split a UTF-8 sequence: back up to the byte that starts one.
    while cut > 0 && buf[cut] & 0xC0 == 0x80 {
        cut -= 1;
    }
    buf.truncate(cut);
    Some(buf)
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
        assert!(opening.complete);
        assert_eq!(opening.article.text, SAMPLE);
    }

    #[test]
    fn a_long_file_opens_with_a_prefix_of_its_text() {
        let long = SAMPLE
            .repeat(PREVIEW / SAMPLE.len() + 3)
            .replace('\n', "\r\n");
        let (_dir, source) = file(long.as_bytes());
        let opening = open(&source).unwrap();
        assert!(!opening.complete);
        let (whole, _) = whole(&source).unwrap();
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
        assert!(!opening.complete);
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
