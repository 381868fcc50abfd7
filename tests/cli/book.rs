//! The user guide as a book (issue 18): every chapter SUMMARY.md lists exists (no draft
//! entries), and every link between chapters, and from README.md into the book, reaches a
//! file that exists and, when it names one, a heading that exists. Heading ids are worked out
//! as mdBook does: `{#id}` when given, else the heading's text in lower case, spaces as `-`,
//! other punctuation dropped, repeats numbered `-1`, `-2`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_TABLES,
    )
}

/// The ids of a chapter's headings.
fn heading_ids(markdown: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut heading: Option<(Option<String>, String)> = None;
    for event in parser(markdown) {
        match event {
            Event::Start(Tag::Heading { id, .. }) => {
                heading = Some((id.map(|id| id.to_string()), String::new()));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, content)) = &mut heading {
                    content.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((given, content)) = heading.take() else {
                    continue;
                };
                let id = given.unwrap_or_else(|| {
                    let base = normalize_id(&content);
                    let count = seen.entry(base.clone()).or_insert(0);
                    *count += 1;
                    match *count {
                        1 => base,
                        n => format!("{base}-{}", n - 1),
                    }
                });
                ids.insert(id);
            }
            _ => {}
        }
    }
    ids
}

fn normalize_id(text: &str) -> String {
    text.trim()
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                Some(c.to_ascii_lowercase())
            } else if c.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

/// The link targets of a Markdown file, with the line each is on.
fn links(markdown: &str) -> Vec<(usize, String)> {
    parser(markdown)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                let line = markdown[..range.start].matches('\n').count() + 1;
                Some((line, dest_url.to_string()))
            }
            _ => None,
        })
        .collect()
}

/// `path` with `.` and `..` worked out, without touching the disk.
fn tidy(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Every broken internal link of `file`: a missing file, or a missing heading.
fn broken_links(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).expect("readable");
    let mut broken = Vec::new();
    for (line, target) in links(&text) {
        if target.contains("://") || target.starts_with("mailto:") {
            continue;
        }
        let (path, anchor) = match target.split_once('#') {
            Some((path, anchor)) => (path, Some(anchor)),
            None => (target.as_str(), None),
        };
        let linked = if path.is_empty() {
            file.to_path_buf()
        } else {
            tidy(&file.parent().expect("a folder").join(path))
        };
        let place = format!("{}:{line}: {target}", file.display());
        if !linked.exists() {
            broken.push(format!("{place}: no such file"));
            continue;
        }
        if let Some(anchor) = anchor
            && linked.extension().is_some_and(|e| e == "md")
        {
            let ids = heading_ids(&std::fs::read_to_string(&linked).expect("readable"));
            if !ids.contains(anchor) {
                broken.push(format!("{place}: no heading with this id"));
            }
        }
    }
    broken
}

#[test]
fn every_chapter_in_the_summary_exists_and_none_is_a_draft() {
    let src = repository().join("docs/src");
    let summary = std::fs::read_to_string(src.join("SUMMARY.md")).expect("SUMMARY.md");
    let targets = links(&summary);
    assert!(
        targets.len() > 10,
        "the summary lists the book: {targets:?}"
    );
    for (line, target) in targets {
        assert!(!target.is_empty(), "SUMMARY.md:{line}: a draft chapter");
        assert!(
            src.join(&target).is_file(),
            "SUMMARY.md:{line}: {target} is missing"
        );
    }
}

#[test]
fn links_in_the_book_and_the_readme_reach_their_files_and_headings() {
    let mut files = vec![
        repository().join("README.md"),
        repository().join("CONTRIBUTING.md"),
    ];
    files.extend(
        walkdir::WalkDir::new(repository().join("docs/src"))
            .into_iter()
            .map(|entry| entry.expect("readable").into_path())
            .filter(|path| path.extension().is_some_and(|e| e == "md")),
    );
    let broken: Vec<String> = files.iter().flat_map(|file| broken_links(file)).collect();
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

/// The checker itself: it must find what it is for.
#[test]
fn the_link_check_finds_a_missing_file_and_a_missing_heading() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.md"), "# A\n\n## Same\n\n## Same\n").expect("write");
    std::fs::write(
        dir.path().join("b.md"),
        "[ok](a.md#same-1) [ok](a.md#a) [gone](c.md) [bad](a.md#same-2) [here](#b)\n\n# B {#b}\n",
    )
    .expect("write");
    let broken = broken_links(&dir.path().join("b.md"));
    assert_eq!(broken.len(), 2, "{broken:?}");
    assert!(broken[0].ends_with("c.md: no such file"), "{broken:?}");
    assert!(
        broken[1].ends_with("a.md#same-2: no heading with this id"),
        "{broken:?}"
    );
}

/// The built-in languages, as the translation chapter lists them and as the glossary and
/// CONTRIBUTING.md count them, are the Fluent files built into redline (`locales/*.ftl`).
#[test]
fn the_book_lists_the_built_in_languages_redline_has() {
    let mut built_in: Vec<String> = std::fs::read_dir(repository().join("locales"))
        .expect("locales/")
        .map(|entry| entry.expect("readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            path.file_stem()
                .expect("a name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    built_in.sort();

    let chapter = std::fs::read_to_string(repository().join("docs/src/guide/translate.md"))
        .expect("the translation chapter");
    let paragraph = chapter
        .split("\n\n")
        .find(|p| p.starts_with("redline has built-in interface strings for"))
        .expect("the paragraph listing the built-in languages");
    let mut listed: Vec<String> = paragraph
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|word| built_in.contains(&word.to_string()))
        .map(str::to_string)
        .collect();
    listed.sort();
    listed.dedup();
    assert_eq!(listed, built_in, "translate.md lists these");
    // Every word of the list is a language: a tag redline lacks would not be caught above.
    let tags = paragraph
        .split_once("EU languages (")
        .map(|(_, rest)| rest.replace(") and", ","))
        .expect("the list");
    let written = tags
        .trim_end_matches(['.', '\n'])
        .replace(" and ", ", ")
        .split(',')
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .count();
    assert_eq!(written, built_in.len(), "{tags}");

    let count = format!("{} languages", built_in.len());
    for file in [
        "docs/src/glossary.md",
        "CONTRIBUTING.md",
        "docs/src/guide/translate.md",
    ] {
        let text = std::fs::read_to_string(repository().join(file)).expect("readable");
        assert!(text.contains(&count), "{file} says {count}");
    }
}
