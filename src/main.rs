//! The `whosaid` command line: parse arguments, dispatch, map errors to exit codes
//! (0 ok, 1 runtime error, 2 usage error).

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use whosaid::article::load::{self, Source};
use whosaid::theme::{ColorDepth, ThemeCatalog, DEFAULT_THEME};
use whosaid::{config, export, print, tui, Article};

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "A terminal reader for news articles that shows who said what",
    subcommand_precedence_over_arg = true
)]
struct Cli {
    /// List the themes, each with where it comes from and a sample of its colours.
    #[arg(long)]
    list_themes: bool,
    /// Print the config directory (user themes go in its `themes/`).
    #[arg(long, conflicts_with = "list_themes")]
    config_dir: bool,
    /// The colour theme: a bundled theme, or a user theme by file stem.
    #[arg(long, global = true, value_name = "NAME")]
    theme: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
    /// The article to read; `-` (or nothing, with the article piped in) reads standard input.
    #[arg(value_name = "FILE")]
    file: Option<String>,
    /// Leave the mouse to the terminal, so text can be selected (no wheel or clicks).
    #[arg(long)]
    no_mouse: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Print attributions as JSON (schema whosaid/1), one object per article.
    Extract {
        /// Article files; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// `json`: one object, or an array of them for several files; `jsonl`: one line each.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Print the cleaned article, highlighted, for a pipe or `less -R`.
    Print {
        /// The article file; `-` reads standard input.
        #[arg(value_name = "FILE")]
        file: String,
        /// `auto`: colour only when standard output is a terminal.
        #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
        color: ColorWhen,
        /// Wrap at N columns [default: the terminal's width; no wrapping when not a terminal]
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        width: Option<u16>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Jsonl,
}

/// A runtime failure: one line on stderr, exit status 1.
struct Failure(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        _ if cli.config_dir => show_config_dir(),
        _ if cli.list_themes => list_themes(),
        Some(Command::Extract { files, format }) => extract(&files, format),
        Some(Command::Print { file, color, width }) => {
            print(&file, color, width, cli.theme.as_deref())
        }
        None => read(cli.file.as_deref(), !cli.no_mouse, cli.theme.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("whosaid: {message}");
            ExitCode::from(1)
        }
    }
}

/// Load, structure and analyse one article, printing any decoding warning.
fn open(arg: &str) -> Result<Article, Failure> {
    let (name, text) = open_text(arg)?;
    Ok(Article::from_text(name, text))
}

/// An article's name and text, with a warning about what decoding had to repair.
fn open_text(arg: &str) -> Result<(String, String), Failure> {
    let source = Source::from_arg(arg);
    let decoded = source.load().map_err(|e| Failure(e.to_string()))?;
    if let Some(w) = load::warning(&source, &decoded) {
        warn(&w);
    }
    Ok((source.name(), decoded.text))
}

/// Open the reader, which reads, structures and analyses the article itself.
fn read(file: Option<&str>, mouse: bool, theme: Option<&str>) -> Result<(), Failure> {
    let arg = match file {
        Some(f) => f,
        None if !io::stdin().is_terminal() => "-",
        None => Cli::command()
            .error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "give an article FILE to read, or pipe one in",
            )
            .exit(),
    };
    if !io::stdout().is_terminal() {
        return Err(Failure(
            "the reader needs a terminal; to print the article, use `whosaid print FILE`".into(),
        ));
    }
    // Every theme is loaded up front: `t` cycles through them without touching the disk.
    let catalog = themes();
    let wanted = catalog
        .find(theme.unwrap_or(DEFAULT_THEME))
        .unwrap_or_else(|e| usage_error(e))
        .name()
        .to_string();
    let (styles, broken) = catalog.load_all(ColorDepth::detect());
    for e in &broken {
        warn(&e.to_string());
    }
    let first = styles
        .iter()
        .position(|s| s.name == wanted)
        .or_else(|| styles.iter().position(|s| s.name == DEFAULT_THEME))
        .unwrap_or(0);
    let options = tui::Options { mouse };
    tui::run(&Source::from_arg(arg), styles, first, options).map_err(|e| Failure(e.to_string()))
}

fn extract(files: &[String], format: Format) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failures = 0;
    let many = files.len() > 1 && format == Format::Json;
    let mut first = true;
    if many {
        write_or_pipe(&mut out, b"[\n")?;
    }
    for file in files {
        let (name, text) = match open_text(file) {
            Ok(a) => a,
            Err(e) if files.len() == 1 => return Err(e),
            Err(Failure(m)) => {
                // Keep going: one unreadable file should not cost the others.
                eprintln!("whosaid: {m}");
                failures += 1;
                continue;
            }
        };
        if many && !first {
            write_or_pipe(&mut out, b",\n")?;
        }
        first = false;
        let layout = match format {
            Format::Json => export::Layout::Lines,
            Format::Jsonl => export::Layout::Compact,
        };
        let article = Article::structure_only(name, text);
        export::analyse_and_write(&article, layout, &mut out).or_else(pipe_closed)?;
    }
    if many {
        write_or_pipe(&mut out, b"]\n")?;
    }
    out.flush().or_else(pipe_closed)?;
    match failures {
        0 => Ok(()),
        // Each failure was reported already; this line only sets the exit status.
        n => Err(Failure(format!(
            "{n} of {} files could not be read",
            files.len()
        ))),
    }
}

fn print(
    file: &str,
    color: ColorWhen,
    width: Option<u16>,
    theme: Option<&str>,
) -> Result<(), Failure> {
    let catalog = themes();
    // Checked even when nothing will be coloured: a mistyped name is worth knowing about.
    let entry = catalog
        .find(theme.unwrap_or(DEFAULT_THEME))
        .unwrap_or_else(|e| usage_error(e));
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let styled = match color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => terminal,
    };
    let styles = styled.then(|| {
        let (styles, broken) = entry.load_or_default(ColorDepth::detect());
        if let Some(e) = broken {
            warn(&format!("{e}; using {DEFAULT_THEME} instead"));
        }
        styles
    });
    let article = open(file)?;
    let width = width
        .or_else(|| terminal.then(terminal_width).flatten())
        .map(usize::from);
    let mut out = io::BufWriter::new(stdout.lock());
    print::write_article(&mut out, &article, styles.as_ref(), width).or_else(pipe_closed)?;
    out.flush().or_else(pipe_closed)
}

fn terminal_width() -> Option<u16> {
    crossterm::terminal::size()
        .ok()
        .map(|(columns, _)| columns)
        .filter(|&c| c > 0)
}

fn list_themes() -> Result<(), Failure> {
    let catalog = themes();
    let stdout = io::stdout();
    let depth = stdout.is_terminal().then(ColorDepth::detect);
    let (list, broken) = print::theme_list(&catalog, depth);
    for e in broken {
        warn(&e.to_string());
    }
    write_or_pipe(&mut stdout.lock(), list.as_bytes())
}

fn show_config_dir() -> Result<(), Failure> {
    let dir = config::config_dir().ok_or_else(|| {
        Failure("cannot find the config dir: neither XDG_CONFIG_HOME nor a home directory".into())
    })?;
    write_or_pipe(&mut io::stdout(), format!("{}\n", dir.display()).as_bytes())
}

/// The bundled and user themes, reporting directories that cannot be read.
fn themes() -> ThemeCatalog {
    let catalog = ThemeCatalog::discover(config::config_dir().as_deref());
    for w in catalog.warnings() {
        warn(w);
    }
    catalog
}

fn warn(message: &str) {
    eprintln!("whosaid: warning: {message}");
}

/// A usage error found after parsing (an unknown theme name): clap's format, exit status 2.
fn usage_error(message: impl std::fmt::Display) -> ! {
    Cli::command()
        .error(ErrorKind::InvalidValue, message)
        .exit()
}

fn write_or_pipe(out: &mut impl Write, bytes: &[u8]) -> Result<(), Failure> {
    out.write_all(bytes).or_else(pipe_closed)
}

/// A closed pipe (`whosaid extract … | head`) is the reader's choice, not an error.
fn pipe_closed(e: io::Error) -> Result<(), Failure> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    Err(Failure(format!("cannot write output: {e}")))
}
