//! The `whosaid` command line: parse arguments, dispatch, map errors to exit codes
//! (0 ok, 1 runtime error, 2 usage error).

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use whosaid::article::load::{self, Source};
use whosaid::theme::Styles;
use whosaid::{export, tui, Article};

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "A terminal reader for news articles that shows who said what",
    args_conflicts_with_subcommands = true
)]
struct Cli {
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
        Some(Command::Extract { files, format }) => extract(&files, format),
        None => read(cli.file.as_deref(), !cli.no_mouse),
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
    let source = Source::from_arg(arg);
    let decoded = source.load().map_err(|e| Failure(e.to_string()))?;
    if let Some(w) = load::warning(&source, &decoded) {
        eprintln!("whosaid: warning: {w}");
    }
    Ok(Article::from_text(source.name(), decoded.text))
}

/// Open the reader, which reads, structures and analyses the article itself.
fn read(file: Option<&str>, mouse: bool) -> Result<(), Failure> {
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
    let options = tui::Options { mouse };
    tui::run(&Source::from_arg(arg), vec![Styles::plain()], 0, options)
        .map_err(|e| Failure(e.to_string()))
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
        let article = match open(file) {
            Ok(a) => a,
            Err(e) if files.len() == 1 => return Err(e),
            Err(Failure(m)) => {
                // Keep going: one unreadable file should not cost the others.
                eprintln!("whosaid: {m}");
                failures += 1;
                continue;
            }
        };
        let doc = export::document(&article);
        let json = match format {
            Format::Json => serde_json::to_vec_pretty(&doc),
            Format::Jsonl => serde_json::to_vec(&doc),
        }
        .map_err(|e| Failure(format!("{file}: cannot write JSON: {e}")))?;
        if many && !first {
            write_or_pipe(&mut out, b",\n")?;
        }
        first = false;
        write_or_pipe(&mut out, &json)?;
        write_or_pipe(&mut out, b"\n")?;
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
