//! Benchmark of the redline on a large policy: ~100 KB of Markdown, 200 edits of every kind
//! (word changes, list items added, table cells changed, paragraphs removed and moved).
//!
//! Run with `cargo bench --bench diff`; prints the median and spread of the redline alone and
//! of Markdown rendering, for comparison. Not part of `cargo test`: timings vary by machine.
//!
//! `cargo bench --bench diff -- <site>` instead redlines every pair of consecutive versions of
//! every policy and locale of a site (a generated corpus, say), on one thread: the total is what
//! a full build spends diffing, before it is split across cores.

use std::time::{Duration, Instant};

use redline::diff::redline;
use redline::markdown::{MarkdownSettings, render_markdown};

/// A tiny deterministic generator, so every run diffs the same texts.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

const WORDS: &[&str] = &[
    "data",
    "personal",
    "process",
    "service",
    "provider",
    "consent",
    "request",
    "account",
    "retain",
    "transfer",
    "security",
    "measure",
    "lawful",
    "basis",
    "controller",
    "processor",
    "notice",
    "rights",
    "access",
    "erasure",
];

fn sentence(rng: &mut Lcg) -> String {
    let n = 12 + rng.next(14);
    let mut words: Vec<&str> = (0..n).map(|_| WORDS[rng.next(WORDS.len())]).collect();
    words[0] = "We";
    format!("{}.", words.join(" "))
}

/// Sections of paragraphs, lists and tables until the text passes `size` bytes.
fn document(rng: &mut Lcg, size: usize) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut total = 0;
    let mut section = 0;
    while total < size {
        section += 1;
        let block = match rng.next(6) {
            0 => format!("## Section {section}"),
            1 => (0..4)
                .map(|_| format!("- {}", sentence(rng)))
                .collect::<Vec<_>>()
                .join("\n"),
            2 => {
                let rows: Vec<String> = (0..5)
                    .map(|i| {
                        format!(
                            "| Item {i} | {} days | {} |",
                            10 + rng.next(90),
                            WORDS[rng.next(WORDS.len())]
                        )
                    })
                    .collect();
                format!(
                    "| Data | Kept | Basis |\n|---|---|---|\n{}",
                    rows.join("\n")
                )
            }
            _ => (0..3).map(|_| sentence(rng)).collect::<Vec<_>>().join(" "),
        };
        total += block.len() + 2;
        blocks.push(block);
    }
    blocks
}

fn edit(blocks: &[String], rng: &mut Lcg, edits: usize) -> Vec<String> {
    let mut out = blocks.to_vec();
    for _ in 0..edits {
        let i = rng.next(out.len());
        match rng.next(10) {
            0..=4 => {
                let word = WORDS[rng.next(WORDS.len())];
                out[i] = out[i].replacen(word, "amended", 1);
            }
            5 | 6 if out[i].starts_with("- ") => {
                out[i].push_str("\n- A list item added by the amendment.")
            }
            5 | 6 => out[i] = out[i].replacen(" days", " months", 1),
            7 => {
                out.remove(i);
            }
            8 => out.insert(i, sentence(rng)),
            _ => {
                let moved = out.remove(i);
                let to = rng.next(out.len());
                out.insert(to, moved);
            }
        }
    }
    out
}

/// Every consecutive pair of a site's versions, per policy and locale; prints the total time.
fn corpus(site: &std::path::Path) {
    let settings = MarkdownSettings {
        base_path: "",
        link_base: "/en/policy/",
        allow_html: false,
    };
    let mut texts: std::collections::BTreeMap<(String, String, String), String> =
        std::collections::BTreeMap::new();
    let policies = std::fs::read_dir(site.join("content")).expect("the site has content/");
    for policy in policies.flatten() {
        let id = policy.file_name().to_string_lossy().into_owned();
        for file in std::fs::read_dir(policy.path())
            .expect("a policy folder")
            .flatten()
        {
            let name = file.file_name().to_string_lossy().into_owned();
            let Some((date, locale)) = name.strip_suffix(".md").and_then(|n| n.split_once('.'))
            else {
                continue;
            };
            let text = std::fs::read_to_string(file.path()).expect("a version file");
            // The body follows the front matter's closing `---` line.
            let body = text.splitn(3, "---\n").nth(2).unwrap_or(&text).to_string();
            texts.insert((id.clone(), locale.to_string(), date.to_string()), body);
        }
    }
    let rendered: Vec<_> = texts
        .iter()
        .map(|(key, md)| {
            let doc = render_markdown(md, &settings).expect("the corpus Markdown is valid");
            (key, doc)
        })
        .collect();
    let pairs: Vec<_> = rendered
        .windows(2)
        .filter(|w| w[0].0.0 == w[1].0.0 && w[0].0.1 == w[1].0.1)
        .map(|w| (&w[0].1, &w[1].1))
        .collect();
    let start = Instant::now();
    let mut words = 0;
    for (old, new) in &pairs {
        let result = redline(&old.blocks, &new.blocks);
        words += result.words_added + result.words_removed;
    }
    let elapsed = start.elapsed();
    println!(
        "{} redlines ({words} words changed) in {:.3} s on one thread: {:.1} µs each",
        pairs.len(),
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / pairs.len().max(1) as f64
    );
}

fn main() {
    if let Some(site) = std::env::args().nth(1).filter(|a| !a.starts_with('-')) {
        corpus(std::path::Path::new(&site));
        return;
    }
    let mut rng = Lcg(42);
    let old = document(&mut rng, 100_000);
    let new = edit(&old, &mut rng, 200);
    let (old_md, new_md) = (old.join("\n\n"), new.join("\n\n"));
    let settings = MarkdownSettings {
        base_path: "",
        link_base: "/en/privacy/",
        allow_html: false,
    };
    let render =
        |md: &str| render_markdown(md, &settings).expect("the generated Markdown is valid");
    let (old_doc, new_doc) = (render(&old_md), render(&new_md));

    let runs = 30;
    let time = |f: &dyn Fn()| {
        let mut samples: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect();
        samples.sort();
        (samples[runs / 2], samples[0], samples[runs - 1])
    };
    let result = redline(&old_doc.blocks, &new_doc.blocks);
    let (diff_median, diff_min, diff_max) = time(&|| {
        std::hint::black_box(redline(&old_doc.blocks, &new_doc.blocks));
    });
    let (md_median, _, _) = time(&|| {
        std::hint::black_box(render(&new_md));
    });
    println!(
        "policy: {} KB old, {} KB new, {} blocks, 200 edits",
        old_md.len() / 1024,
        new_md.len() / 1024,
        new_doc.blocks.len()
    );
    println!(
        "redline: {} words added, {} removed, {} sections changed",
        result.words_added,
        result.words_removed,
        result.sections.len()
    );
    println!(
        "redline time: median {:.2} ms (min {:.2}, max {:.2}) over {runs} runs",
        diff_median.as_secs_f64() * 1e3,
        diff_min.as_secs_f64() * 1e3,
        diff_max.as_secs_f64() * 1e3
    );
    println!(
        "markdown render of the new text, for scale: median {:.2} ms",
        md_median.as_secs_f64() * 1e3
    );
}
