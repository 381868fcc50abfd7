//! Benchmark of the redline on a large policy: ~100 KB of Markdown, 200 edits of every kind
//! (word changes, list items added, table cells changed, paragraphs removed and moved).
//!
//! Run with `cargo bench --bench diff`; prints the median and spread of the redline alone and
//! of Markdown rendering, for comparison. Not part of `cargo test`: timings vary by machine.

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

fn main() {
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
