//! Fuzzes a whole site: the input is cut at NUL bytes into site.yaml, policy.yaml, three
//! version files (front matter and Markdown) and a Fluent file, which `redline check` then
//! builds in memory, checking links too. Whatever the input, redline must report problems,
//! never panic. Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run site` (README.md, "Fuzzing").

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

const FILES: [&str; 6] = [
    "site.yaml",
    "content/policy/policy.yaml",
    "content/policy/2026-01-01.en.md",
    "content/policy/2026-02-01.en.md",
    "content/policy/2026-01-01.fr.md",
    "locales/fr.ftl",
];

/// One folder for the whole run: every input writes the same file names over it.
fn site_folder() -> &'static PathBuf {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder").keep();
        for file in FILES {
            std::fs::create_dir_all(dir.join(file).parent().expect("a parent")).expect("folders");
        }
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let root = site_folder();
    let mut parts = data.split(|b| *b == 0);
    for file in FILES {
        let part = parts.next().unwrap_or_default();
        std::fs::write(root.join(file), part).expect("write a site file");
    }
    let options = redline::cli::BuildOptions {
        root: root.clone(),
        output: None,
        base_url: None,
        today: redline::date::Date::parse("2026-06-01").expect("a date"),
        clock: redline::date::Date::parse("2026-06-01").expect("a date"),
        strict: false,
        locked: false,
        check: true,
    };
    let _ = redline::check::check(&options, &mut std::io::sink(), &mut std::io::sink());
});
