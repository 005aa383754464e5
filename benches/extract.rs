//! Extraction throughput: `cargo bench --bench extract`.
//!
//! Builds article text of 2, 20 and 50 MB by repeating the bundled articles, runs each
//! stage (decode, structure, analyse, JSON) on its own and reports MB/s per stage; then
//! the whole pipeline as `whosaid extract` runs it, where the JSON of the blocks is written
//! while the analysis runs: its MB/s is the overall figure. Also the scaling from 2 to
//! 20 MB (linear is 10×) and the ratio to a raw scan of the same text (counting `“`, the
//! floor any extractor must pay). Figures are best of a few runs, measured in one process
//! so they compare with each other on a noisy machine.
//!
//! Then the same pipeline on text with no paragraph breaks at all (one 5 MB block): work
//! that grows with the square of a block's length shows there at once.
//!
//! Printed first (measured while this process is still small), the peak memory (maximum
//! resident set) of the `whosaid extract` command on the largest size, against the bound
//! of 4 × input + 20 MB.
//!
//! `WHOSAID_BENCH_SIZES=2,20` limits the sizes (megabytes).

use std::time::{Duration, Instant};

use whosaid::analysis;
use whosaid::article::{load, structure};
use whosaid::export;

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn text_of(mb: usize, unit: &str) -> String {
    let target = mb * 1_000_000;
    let mut s = String::with_capacity(target + unit.len());
    while s.len() < target {
        s.push_str(unit);
        s.push_str("\n\n");
    }
    s
}

struct Times {
    decode: Duration,
    structure: Duration,
    analyze: Duration,
    json: Duration,
    /// Decode, structure, then analyse and write as `whosaid extract` does.
    pipeline: Duration,
    scan: Duration,
}

fn once(bytes: &[u8]) -> Times {
    let t = Instant::now();
    let quotes = memchr::memmem::find_iter(bytes, "“".as_bytes()).count();
    let scan = t.elapsed();
    std::hint::black_box(quotes);

    let t = Instant::now();
    let text = load::decode(bytes.to_vec()).unwrap().text;
    let decode = t.elapsed();

    let t = Instant::now();
    let layout = structure::structure(&text);
    let structure = t.elapsed();

    let t = Instant::now();
    let analysis = analysis::analyze(&text, &layout.blocks);
    let analyze = t.elapsed();

    let article = whosaid::Article {
        source: "bench".into(),
        text,
        title: layout.title,
        dateline: layout.dateline,
        blocks: layout.blocks,
        removed: layout.removed,
        analysis,
    };
    let t = Instant::now();
    let mut out = Vec::with_capacity(article.text.len() * 4);
    export::write(&article, export::Layout::Lines, &mut out).unwrap();
    let json = t.elapsed();
    std::hint::black_box(out.len());
    drop(article);

    let t = Instant::now();
    let text = load::decode(bytes.to_vec()).unwrap().text;
    let article = whosaid::Article::structure_only("bench", text);
    out.clear();
    export::analyse_and_write(&article, export::Layout::Lines, &mut out).unwrap();
    let pipeline = t.elapsed();
    std::hint::black_box(out.len());

    Times {
        decode,
        structure,
        analyze,
        json,
        pipeline,
        scan,
    }
}

/// The best of `runs` runs, each stage and the pipeline on its own.
fn best(bytes: &[u8], runs: usize) -> Times {
    let all: Vec<Times> = (0..runs).map(|_| once(bytes)).collect();
    let min = |f: fn(&Times) -> Duration| all.iter().map(f).min().unwrap();
    Times {
        decode: min(|t| t.decode),
        structure: min(|t| t.structure),
        analyze: min(|t| t.analyze),
        json: min(|t| t.json),
        pipeline: min(|t| t.pipeline),
        scan: min(|t| t.scan),
    }
}

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    let sizes: Vec<usize> = std::env::var("WHOSAID_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![2, 20, 50]);
    let unit = corpus();
    // First, while this process is small: a child's peak counts what it shares with this
    // process until it starts the command.
    if let Some(&mb) = sizes.iter().max() {
        peak_memory(mb, &unit);
    }
    // Warm the lexicons so start-up is not counted as throughput.
    analysis::analyze(&unit, &structure::structure(&unit).blocks);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("extract throughput (best of runs, MB/s; decimal MB; {cores} cores)");
    println!(
        "{:>6} {:>9} {:>9} {:>9} {:>9} {:>9} {:>10} {:>12}",
        "size", "decode", "structure", "analyze", "json", "overall", "total", "vs raw scan"
    );
    let mut totals = Vec::new();
    for &mb in &sizes {
        let text = text_of(mb, &unit);
        let bytes = text.into_bytes();
        let n = bytes.len();
        let runs = if mb <= 2 { 5 } else { 3 };
        let t = best(&bytes, runs);
        println!(
            "{:>4}MB {:>9.1} {:>9.1} {:>9.1} {:>9.1} {:>9.1} {:>8.0}ms {:>11.0}×",
            mb,
            mbps(n, t.decode),
            mbps(n, t.structure),
            mbps(n, t.analyze),
            mbps(n, t.json),
            mbps(n, t.pipeline),
            t.pipeline.as_secs_f64() * 1e3,
            t.pipeline.as_secs_f64() / t.scan.as_secs_f64(),
        );
        totals.push((mb, t.pipeline));
    }
    one_block(&unit);
    if let (Some(&(a, ta)), Some(&(b, tb))) = (
        totals.iter().find(|x| x.0 == 2),
        totals.iter().find(|x| x.0 == 20),
    ) {
        println!(
            "scaling {a} MB → {b} MB: time × {:.2} for size × {:.0} (linear: × {:.0})",
            tb.as_secs_f64() / ta.as_secs_f64(),
            b as f64 / a as f64,
            b as f64 / a as f64
        );
    }
}

/// Run `whosaid extract` on `mb` megabytes of text and report the most memory it held.
/// The file is written piece by piece, so that this process stays small.
fn peak_memory(mb: usize, unit: &str) {
    use std::io::Write;
    let path = std::env::temp_dir().join(format!("whosaid-bench-{}.txt", std::process::id()));
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let mut written = 0;
    while written < mb * 1_000_000 {
        file.write_all(unit.as_bytes()).unwrap();
        file.write_all(b"\n\n").unwrap();
        written += unit.len() + 2;
    }
    file.flush().unwrap();
    drop(file);
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", "--format", "json"])
        .arg(&path)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    std::fs::remove_file(&path).ok();
    assert!(status.success(), "whosaid extract failed: {status}");
    let size = written as f64 / 1e6;
    match children_peak_kb() {
        Some(kb) => println!(
            "peak memory of `whosaid extract` on {size:.1} MB: {:.0} MB (bound 4 × input + 20 MB = {:.0} MB)",
            kb as f64 * 1024.0 / 1e6,
            4.0 * size + 20.0
        ),
        None => println!("peak memory: not measured on this system"),
    }
}

/// The largest resident set of any child waited for, in KiB.
#[cfg(unix)]
fn children_peak_kb() -> Option<i64> {
    // SAFETY: getrusage writes into the zeroed struct it is given and reads nothing else.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) } == 0;
    // Linux and the BSDs count kilobytes; macOS counts bytes.
    #[allow(clippy::useless_conversion)] // `c_long` is 32 bits on some targets
    let max = i64::from(usage.ru_maxrss);
    let kb = if cfg!(target_os = "macos") {
        max / 1024
    } else {
        max
    };
    ok.then_some(kb)
}

#[cfg(not(unix))]
fn children_peak_kb() -> Option<i64> {
    None
}

/// The pipeline on 5 MB of text in one paragraph, against the same text in paragraphs.
fn one_block(unit: &str) {
    let flat = unit.split_whitespace().collect::<Vec<_>>().join(" ");
    let one = text_of(5, &flat).replace("\n\n", " ");
    let paragraphs = text_of(5, unit);
    let (a, b) = (best(one.as_bytes(), 3), best(paragraphs.as_bytes(), 3));
    println!(
        "one 5 MB paragraph: {:.1} MB/s ({:.2}× the time of the same size in paragraphs)",
        mbps(one.len(), a.pipeline),
        a.pipeline.as_secs_f64() / b.pipeline.as_secs_f64()
    );
}
