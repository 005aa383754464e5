//! Reading articles: files and stdin, decoding, sanitizing.
//!
//! The text every offset counts in is the input as Python's
//! `open(path, encoding="utf-8", errors="replace").read()` sees it, so that researchers can
//! slice it with the offsets of the JSON export:
//!
//! * UTF-8, with each invalid byte sequence replaced by U+FFFD (one warning line says how
//!   many). A UTF-8 byte order mark is kept as U+FEFF at offset 0 and belongs to no block.
//!   UTF-16 with a byte order mark is decoded too.
//! * Line ends are normalised: CRLF and lone CR become LF (Python's universal newlines).
//! * Control characters never reach analysis or a terminal. Each one is replaced by one
//!   visible code point, so offsets stay aligned with the input: C0 controls other than
//!   LF and TAB become their Control Pictures symbol (ESC → `␛` U+241B, BEL → `␇`), DEL
//!   becomes `␡` U+2421, and C1 controls (U+0080–U+009F, CSI among them) become U+FFFD.
//!
//! The file is only ever opened for reading.

use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// A decoded article text and what decoding had to say about it.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// Count of invalid byte sequences replaced by U+FFFD.
    pub replaced: usize,
    /// Count of control characters replaced by visible symbols.
    pub controls: usize,
}

#[derive(Debug)]
pub enum LoadError {
    Io { path: PathBuf, source: io::Error },
    IsDirectory { path: PathBuf },
    NotText { path: PathBuf, why: &'static str },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, source } => {
                write!(f, "{}: {}", path.display(), describe_io(source))
            }
            LoadError::IsDirectory { path } => {
                write!(f, "{}: is a directory, not an article file", path.display())
            }
            LoadError::NotText { path, why } => {
                write!(f, "{}: not a text file ({why})", path.display())
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// An I/O error in a few words, without the "(os error N)" suffix.
pub(crate) fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            // io::Error's Display appends "(os error N)"; keep the words only.
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// Where an article comes from, as named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    pub fn from_arg(arg: &str) -> Source {
        if arg == "-" {
            Source::Stdin
        } else {
            Source::File(PathBuf::from(arg))
        }
    }

    /// The name used in messages and in the JSON `source` field.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    fn path_for_errors(&self) -> PathBuf {
        match self {
            Source::Stdin => PathBuf::from("<stdin>"),
            Source::File(p) => p.clone(),
        }
    }

    /// Read and decode. Files are opened read-only.
    pub fn load(&self) -> Result<Decoded, LoadError> {
        let bytes = match self {
            Source::Stdin => {
                let mut buf = Vec::new();
                io::stdin()
                    .lock()
                    .read_to_end(&mut buf)
                    .map_err(|source| LoadError::Io {
                        path: self.path_for_errors(),
                        source,
                    })?;
                buf
            }
            Source::File(path) => read_file(path)?,
        };
        decode(bytes).map_err(|why| LoadError::NotText {
            path: self.path_for_errors(),
            why,
        })
    }
}

fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_err = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io_err)?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory {
            path: path.to_path_buf(),
        });
    }
    // `File::open` opens read-only: the article is never written.
    let mut file = std::fs::File::open(path).map_err(io_err)?;
    let mut buf = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut buf).map_err(io_err)?;
    Ok(buf)
}

/// Decode bytes into article text, or say why they are not text.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, &'static str> {
    let utf16: Option<String> = utf16_units(&bytes).map(|units| {
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    });
    let (raw, replaced) = if let Some(s) = utf16 {
        (s, 0)
    } else {
        // Git's rule: a NUL byte early on means binary.
        let head = &bytes[..bytes.len().min(8000)];
        if head.contains(&0) {
            return Err("it contains NUL bytes");
        }
        match String::from_utf8(bytes) {
            Ok(s) => (s, 0),
            Err(e) => {
                let bytes = e.as_bytes();
                let s = String::from_utf8_lossy(bytes).into_owned();
                let replaced = count_replacements(bytes);
                // Mostly undecodable: a binary file or a legacy encoding we cannot read.
                if replaced * 10 > s.chars().count().max(1) && replaced > 16 {
                    return Err("most of it is not valid UTF-8");
                }
                (s, replaced)
            }
        }
    };
    let (text, controls) = sanitize(raw);
    Ok(Decoded {
        text,
        replaced,
        controls,
    })
}

/// The UTF-16 code units of a text that starts with a UTF-16 byte order mark.
fn utf16_units(bytes: &[u8]) -> Option<impl Iterator<Item = u16> + '_> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    Some(bytes[2..].chunks(2).map(move |pair| {
        let (a, b) = (pair[0], *pair.get(1).unwrap_or(&0));
        if little {
            u16::from_le_bytes([a, b])
        } else {
            u16::from_be_bytes([a, b])
        }
    }))
}

/// How many U+FFFD a lossy decode inserted (maximal-subpart rule, as Python and Rust do).
fn count_replacements(mut bytes: &[u8]) -> usize {
    let mut n = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return n,
            Err(e) => {
                n += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(bytes.len() - e.valid_up_to());
                bytes = &bytes[skip..];
            }
        }
    }
}

/// Normalise line ends and replace control characters (see the module docs).
pub fn sanitize(text: String) -> (String, usize) {
    if !needs_sanitizing(&text) {
        return (text, 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut controls = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{0}'..='\u{1f}' => {
                controls += 1;
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
            }
            '\u{7f}' => {
                controls += 1;
                out.push('\u{2421}');
            }
            '\u{80}'..='\u{9f}' => {
                controls += 1;
                out.push('\u{FFFD}');
            }
            _ => out.push(c),
        }
    }
    (out, controls)
}

fn needs_sanitizing(text: &str) -> bool {
    let bytes = text.as_bytes();
    let needs = |i: usize| {
        let b = bytes[i];
        (b < 0x20 && b != b'\n' && b != b'\t')
            || b == 0x7f
            // C1 controls are encoded as C2 80..C2 9F.
            || (b == 0xC2 && matches!(bytes.get(i + 1), Some(0x80..=0x9F)))
    };
    // Most texts need nothing: find the pieces holding a byte that might, a whole piece at
    // a time (a fold without early exit, which the compiler vectorises), and look closer
    // only there.
    let suspect = |b: u8| (b < 0x20 && b != b'\n' && b != b'\t') | (b == 0x7f) | (b == 0xC2);
    const PIECE: usize = 64;
    bytes.chunks(PIECE).enumerate().any(|(n, piece)| {
        piece.iter().fold(false, |any, &b| any | suspect(b))
            && (n * PIECE..n * PIECE + piece.len()).any(needs)
    })
}

/// A one-line warning about what decoding repaired, if anything.
pub fn warning(source: &Source, decoded: &Decoded) -> Option<String> {
    let mut parts = Vec::new();
    if decoded.replaced > 0 {
        parts.push(format!(
            "{} invalid UTF-8 sequence{} replaced with U+FFFD",
            decoded.replaced,
            plural(decoded.replaced)
        ));
    }
    if decoded.controls > 0 {
        parts.push(format!(
            "{} control character{} shown as visible symbols",
            decoded.controls,
            plural(decoded.controls)
        ));
    }
    (!parts.is_empty()).then(|| format!("{}: {}", source.name(), parts.join("; ")))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_passes_through() {
        let d = decode("Hello “world”\n".as_bytes().to_vec()).unwrap();
        assert_eq!(d.text, "Hello “world”\n");
        assert_eq!((d.replaced, d.controls), (0, 0));
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        let d = decode(b"a\r\nb\rc\n".to_vec()).unwrap();
        assert_eq!(d.text, "a\nb\nc\n");
    }

    #[test]
    fn bom_is_kept_as_one_code_point() {
        let d = decode(b"\xEF\xBB\xBFTitle\r\n".to_vec()).unwrap();
        assert_eq!(d.text, "\u{feff}Title\n");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hi “x”".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(decode(bytes).unwrap().text, "Hi “x”");
    }

    #[test]
    fn invalid_bytes_are_replaced_and_counted() {
        let d = decode(b"caf\xE9 ok \xFF\xFE!".to_vec()).unwrap();
        assert_eq!(d.text, "caf\u{FFFD} ok \u{FFFD}\u{FFFD}!");
        assert_eq!(d.replaced, 3);
    }

    #[test]
    fn escape_sequences_become_visible_one_for_one() {
        let d = decode(
            "a\x1b]0;pwned\x07b\x1b[2Jc\u{9b}d\x08\x7f"
                .as_bytes()
                .to_vec(),
        )
        .unwrap();
        assert_eq!(d.text, "a␛]0;pwned␇b␛[2Jc\u{FFFD}d␈␡");
        assert_eq!(d.controls, 6);
        assert_eq!(
            d.text.chars().count(),
            "a\x1b]0;pwned\x07b\x1b[2Jc\u{9b}d\x08\x7f".chars().count()
        );
    }

    #[test]
    fn tabs_and_newlines_survive() {
        assert_eq!(decode(b"a\tb\nc".to_vec()).unwrap().text, "a\tb\nc");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(decode(b"\x7fELF\x02\x01\x00\x00".to_vec()).is_err());
    }

    #[test]
    fn mostly_invalid_utf8_is_not_text() {
        let bytes: Vec<u8> = (0..400u32).map(|i| (0x80 + (i * 7) % 0x40) as u8).collect();
        assert!(decode(bytes).is_err());
    }

    #[test]
    fn missing_file_names_path_and_cause() {
        let e = Source::File("no/such/file.txt".into()).load().unwrap_err();
        assert_eq!(e.to_string(), "no/such/file.txt: no such file");
    }

    #[test]
    fn directory_is_refused() {
        let dir = std::env::temp_dir();
        let e = Source::File(dir.clone()).load().unwrap_err();
        assert!(e
            .to_string()
            .ends_with("is a directory, not an article file"));
    }
}
