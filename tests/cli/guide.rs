//! The user guide's command lines (issue 18): every ```console block in `docs/src` runs with
//! trycmd, in the order the chapter gives, on a copy of the chapter's starting site, and its
//! output must match what the chapter shows. A guide cannot go stale without failing here.
//!
//! - A chapter `docs/src/<dir>/<name>.md` starts from `tests/guide/<dir>-<name>/site/` (an empty
//!   folder when there is none), on top of the shared site `tests/guide/sites/<name>/` that
//!   its `site.from` names, if any. Its terminal is opened in that folder, as the guide tells readers.
//! - Edits the reader makes in an editor are hidden steps inside an HTML comment, which mdBook
//!   does not show: ```` ```console ```` / `$ cp ../<dir>-<name>.edits/<file> <where>` (the files
//!   come from `tests/guide/<dir>-<name>/edits/`).
//! - Besides `redline`, only `cp` and `git` run (git with a fixed identity and date); any other
//!   program is skipped by trycmd, so a chapter must not show one in a ```console block.
//! - The chapters run at the same time, each in a folder of its own: a step may write beside
//!   its site (`../`, a bare git repository to push to, say) without meeting another chapter.
//! - A step's expected output ends with a blank line (trycmd drops the last line break).
//! - The clock is 2026-12-01 (`SOURCE_DATE_EPOCH`), so dates in the output stay put.
//! - `redline serve` runs until stopped, so the chapters show it in ```` ```console,ignore ````
//!   blocks; `serve_lines_in_the_guide_start_a_preview` runs each of those lines for real.
//! - `GUIDE_CHAPTER=guide-publish` runs one chapter only; `TRYCMD=overwrite` writes the real
//!   output back into the chapters run.

use std::path::{Path, PathBuf};

use crate::support::{BIN, SiteTest, copy_tree, fences};

/// 2026-12-01T00:00:00Z: "today" in every chapter.
const GUIDE_EPOCH: &str = "1796083200";

fn docs_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/src")
}

/// Every chapter of the book, as (its path under docs/src with `/` as `-` and no `.md`, its path).
fn chapters() -> Vec<(String, PathBuf)> {
    let src = docs_src();
    let mut found: Vec<(String, PathBuf)> = walkdir::WalkDir::new(&src)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.expect("docs/src is readable"))
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "md"))
        .map(|entry| {
            let relative = entry.path().strip_prefix(&src).expect("under docs/src");
            let key = relative
                .with_extension("")
                .to_string_lossy()
                .replace(['/', '\\'], "-");
            (key, entry.path().to_path_buf())
        })
        .collect();
    found.sort();
    found
}

fn has_console_steps(markdown: &str) -> bool {
    fences(markdown)
        .iter()
        .any(|f| f.info == "console" && !f.indented)
}

#[test]
fn every_command_line_in_the_guide_gives_the_output_it_shows() {
    let work = tempfile::tempdir().expect("temp dir");
    let cases = work.path();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guide");
    let mut copied = Vec::new();
    let only = std::env::var("GUIDE_CHAPTER").ok();
    for (key, chapter) in chapters() {
        if only.as_ref().is_some_and(|only| *only != key) {
            continue;
        }
        let text = std::fs::read_to_string(&chapter).expect("chapter readable");
        if !has_console_steps(&text) {
            continue;
        }
        // Each chapter in a folder of its own: what a step writes beside its site (`../`)
        // is the chapter's alone, although the chapters run at the same time.
        let folder = cases.join(&key);
        let case = folder.join(format!("{key}.md"));
        let site = folder.join(format!("{key}.in"));
        std::fs::create_dir_all(&site).expect("site folder");
        std::fs::write(&case, &text).expect("copy chapter");
        // A chapter without a fixture starts in an empty folder, with nothing to edit. One
        // whose `site.from` names a shared site (`tests/guide/sites/<name>/`) starts from it,
        // with its own `site/` on top.
        if let Ok(shared) = std::fs::read_to_string(fixtures.join(&key).join("site.from")) {
            copy_tree(&fixtures.join("sites").join(shared.trim()), &site);
        }
        copy_tree(&fixtures.join(&key).join("site"), &site);
        copy_tree(
            &fixtures.join(&key).join("edits"),
            &folder.join(format!("{key}.edits")),
        );
        // trycmd names the copy; its line numbers are the chapter's.
        println!("{} is {}", case.display(), chapter.display());
        copied.push((case, chapter));
    }
    assert!(!copied.is_empty(), "no chapter has a ```console block");

    let git = which("git");
    let tests = trycmd::TestCases::new();
    tests
        .register_bin("redline", PathBuf::from(BIN))
        .register_bin("cp", which("cp"))
        .register_bin("git", git)
        .env("SOURCE_DATE_EPOCH", GUIDE_EPOCH)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Ana Legal")
        .env("GIT_AUTHOR_EMAIL", "ana@example.com")
        .env("GIT_COMMITTER_NAME", "Ana Legal")
        .env("GIT_COMMITTER_EMAIL", "ana@example.com")
        .env("GIT_AUTHOR_DATE", "2026-12-01T09:00:00Z")
        .env("GIT_COMMITTER_DATE", "2026-12-01T09:00:00Z")
        .case(cases.join("*/*.md"));
    tests.run();

    // `TRYCMD=overwrite` rewrote the copies; the chapters get the real output.
    if std::env::var("TRYCMD").is_ok_and(|mode| mode == "overwrite") {
        for (case, chapter) in copied {
            std::fs::copy(case, chapter).expect("write the chapter back");
        }
    }
}

/// Every `$ ` line is in a block the guide test runs, with a program it runs: ```console
/// (redline, cp or git), or ```console,ignore for `redline serve` only, never indented. A command in a ```sh block, or in a fence indented
/// under a list item (trycmd reads only fences at the start of a line), would be shown
/// without being tested.
#[test]
fn every_command_line_in_the_guide_is_in_a_tested_block() {
    let mut untested = Vec::new();
    for (_, chapter) in chapters() {
        let text = std::fs::read_to_string(&chapter).expect("chapter readable");
        for fence in fences(&text) {
            for (offset, line) in fence.lines.iter().enumerate() {
                let Some(command) = line.strip_prefix("$ ") else {
                    continue;
                };
                // trycmd skips, and so passes, a program it was not given.
                let program = command.split_whitespace().next().unwrap_or_default();
                let tested = match fence.info.as_str() {
                    _ if fence.indented => false,
                    "console" => ["redline", "cp", "git"].contains(&program),
                    "console,ignore" => command.starts_with("redline serve"),
                    _ => false,
                };
                if !tested {
                    untested.push(format!(
                        "{}:{}: `{command}` in a{} ```{} block",
                        chapter.display(),
                        fence.line + 1 + offset,
                        if fence.indented { "n indented" } else { "" },
                        fence.info
                    ));
                }
            }
        }
    }
    assert!(
        untested.is_empty(),
        "untested command lines:\n{}",
        untested.join("\n")
    );
}

/// Each `redline serve …` line the guide shows starts a preview that answers on its address; with
/// `--open`, it hands that address to the system's browser opener.
#[test]
fn serve_lines_in_the_guide_start_a_preview() {
    let mut lines = Vec::new();
    for (_, chapter) in chapters() {
        let text = std::fs::read_to_string(&chapter).expect("chapter readable");
        for fence in fences(&text)
            .into_iter()
            .filter(|f| f.info == "console,ignore")
        {
            for line in &fence.lines {
                if let Some(command) = line.strip_prefix("$ redline serve") {
                    lines.push(command.trim().to_string());
                }
            }
        }
    }
    lines.sort();
    lines.dedup();
    assert!(!lines.is_empty(), "the guide shows `redline serve`");
    for arguments in lines {
        serve_once(&arguments);
    }
}

/// Runs `redline serve <arguments>` (on any free port) on a fresh `redline init` site until it
/// prints its address, then fetches `/` from it.
fn serve_once(arguments: &str) {
    // `--open` runs xdg-open on Linux: a stand-in records the address it was given.
    let opener_dir = tempfile::tempdir().expect("temp dir");
    let opened = opener_dir.path().join("opened");
    let opener = opener_dir.path().join("xdg-open");
    std::fs::write(
        &opener,
        format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > '{0}.part' && mv '{0}.part' '{0}'\n",
            opened.display()
        ),
    )
    .expect("write opener");
    make_executable(&opener);
    let path = format!(
        "{}:{}",
        opener_dir.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let site = SiteTest::empty()
        .env("SOURCE_DATE_EPOCH", GUIDE_EPOCH)
        .env("PATH", &path);
    site.run(&["init"]).success();

    let mut args: Vec<&str> = arguments.split_whitespace().collect();
    if let Some(at) = args.iter().position(|a| *a == "--port") {
        args.drain(at..=at + 1);
    }
    // The stand-in is xdg-open: elsewhere `--open` would start the real browser opener.
    if !cfg!(target_os = "linux") {
        args.retain(|a| *a != "--open");
    }
    let served = site.serve_with(&args);
    let home = served.get("/");
    assert!(
        home.status == 200 || home.status == 302,
        "`redline serve {arguments}` answered {home:?}"
    );
    if args.contains(&"--open") {
        // serve starts the opener without waiting for it: wait for what it records.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while !opened.exists() {
            assert!(
                std::time::Instant::now() < deadline,
                "`--open` did not run the browser opener within 30 s"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let url = std::fs::read_to_string(&opened).expect("what the opener recorded");
        assert!(url.starts_with(&served.base), "`--open` opened {url:?}");
    }
}

fn which(program: &str) -> PathBuf {
    std::env::var_os("PATH")
        .and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(program))
                .find(|candidate| candidate.is_file())
        })
        .unwrap_or_else(|| panic!("{program} is not on PATH"))
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// README's quick start, line by line as a reader types it: `init` makes the site, `cd` enters
/// it, `serve --open` previews it, and `build` writes it.
#[test]
fn the_readme_quick_start_runs_as_written() {
    let readme = include_str!("../../README.md");
    let block = readme
        .split_once("## Quick start\n")
        .and_then(|(_, rest)| rest.split_once("```sh\n"))
        .and_then(|(_, rest)| rest.split_once("\n```"))
        .expect("README has a ```sh block under \"## Quick start\"")
        .0;
    let home = SiteTest::empty().env("SOURCE_DATE_EPOCH", GUIDE_EPOCH);
    let mut folder = home.root().to_path_buf();
    let mut ran = Vec::new();
    for line in block.lines() {
        let command = line.split('#').next().unwrap_or_default().trim();
        let words: Vec<&str> = command.split_whitespace().collect();
        match words.as_slice() {
            [] => {}
            ["cd", dir] => folder = folder.join(dir),
            ["redline", "serve", args @ ..] => serve_once(&args.join(" ")),
            ["redline", args @ ..] => {
                let mut run = home.command(BIN, args);
                run.current_dir(&folder);
                home.run_command(run).success();
            }
            other => panic!("README's quick start runs something untested: {other:?}"),
        }
        ran.push(command.to_string());
    }
    assert!(
        folder.join("public/index.html").is_file(),
        "after {ran:?}, the built site is in public/"
    );
}
