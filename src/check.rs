//! `redline check`: everything `build` validates, without writing the site, plus what a
//! deploy pipeline should stop on: broken internal links and anchors, Fluent files that do
//! not match the English messages, policies overdue for review, versions without a summary.
//!
//! The site is built into memory; links are then checked against the pages that build made,
//! and anchors against the ids those pages really carry. External links are never fetched.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use crate::cache::BuildCache;
use crate::cli::BuildOptions;
use crate::error::{Diagnostic, Error};
use crate::output::{Files, MemorySink};
use crate::render::CheckedLink;
use crate::{Site, build, load_settings};

pub fn check(
    options: &BuildOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    let build_options = BuildOptions {
        check: true,
        ..options.clone()
    };
    let config = load_settings(&build_options)?;
    let base_path = config.base_path.clone();
    let sink = MemorySink::default();
    let report = build(&build_options, config, &sink, &BuildCache::disabled())?;
    let files = sink.into_files();
    let mut problems = check_links(&report.links, &files, &base_path);
    problems.extend(report.warnings);
    problems.sort();
    problems.dedup();
    if problems.iter().any(Diagnostic::is_error) {
        return Err(Error::Site(problems));
    }
    for warning in &problems {
        let _ = writeln!(err, "{warning}");
    }
    let _ = writeln!(
        out,
        "check passed: {} pages, {} links; {} warning(s)",
        report.pages,
        report.links.len(),
        problems.len()
    );
    Ok(())
}

/// Site-wide warnings that only `check` gives: reviews overdue, summaries missing.
pub(crate) fn review(site: &Site) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for policy in &site.content.policies {
        if let Some(current) = policy.current_index(site.today) {
            let version = &policy.versions[current];
            let age = site.today.days_since(version.date);
            let due_after = site.config.review_after_days;
            if due_after > 0
                && age > i64::from(due_after)
                && let Some(source) = version.translation(&policy.source_locale)
            {
                // A reminder, not a warning: time alone never fails `--strict`.
                warnings.push(
                    Diagnostic::reminder(
                        &source.path,
                        format!(
                            "the current version has been in effect since {}, more than {due_after} days ago",
                            version.date
                        ),
                    )
                    .help(format!(
                        "review the policy (CCPA asks for a yearly review) and publish the result as a new version: redline new {}; `review_after_days` in site.yaml sets when to remind (0: never)",
                        policy.id
                    )),
                );
            }
        }
        for version in policy.versions.iter().skip(1) {
            for translation in version.translations.values() {
                if translation
                    .front
                    .summary
                    .as_deref()
                    .is_none_or(|s| s.trim().is_empty())
                {
                    warnings.push(
                        Diagnostic::warning(&translation.path, "this version has no `summary`")
                            .at(1, 1)
                            .help("add `summary: <what changed, in one sentence>` to the front matter; history pages and feeds show it"),
                    );
                }
            }
        }
    }
    warnings
}

/// Every internal link must lead to a page of the site, and its `#anchor` to an id on it.
fn check_links(links: &[CheckedLink], files: &Files, base_path: &str) -> Vec<Diagnostic> {
    let mut ids: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut problems = Vec::new();
    // A source text shown in several locales is checked on each page but reported once.
    let mut reported: BTreeSet<(&str, u32, u32)> = BTreeSet::new();
    for link in links {
        if reported.contains(&(link.path.as_str(), link.line, link.col)) {
            continue;
        }
        let before = problems.len();
        let href = link.href.as_str();
        if href.starts_with("//") || crate::markdown::has_scheme(href) {
            continue; // external: never fetched
        }
        let (path, fragment) = match href.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment)),
            None => (href, None),
        };
        let path = path.split('?').next().unwrap_or("");
        let page = if path.is_empty() {
            link.page.clone()
        } else {
            match path.strip_prefix(base_path) {
                Some(rest) if rest.starts_with('/') => rest.to_string(),
                _ => path.to_string(),
            }
        };
        let key = if page.ends_with('/') {
            format!("{}index.html", &page[1..])
        } else {
            page.trim_start_matches('/').to_string()
        };
        let Some((key, bytes)) = files.get_key_value(&key) else {
            problems.push(
                Diagnostic::error(&link.path, format!("the link `{}` leads to {page}, which is not a page of the site", link.written))
                    .at(link.line, link.col)
                    .help("relative links are read from the policy's page /<locale>/<policy>/: `../cookies/` is the cookie policy"),
            );
            reported.insert((link.path.as_str(), link.line, link.col));
            continue;
        };
        let Some(fragment) = fragment.filter(|f| !f.is_empty()) else {
            continue;
        };
        let page_ids = ids
            .entry(key.as_str())
            .or_insert_with(|| ids_of(&String::from_utf8_lossy(bytes)));
        if !page_ids.contains(fragment) {
            let headings: Vec<&str> = page_ids
                .iter()
                .map(String::as_str)
                .filter(|id| !id.starts_with("rl-") && *id != "main")
                .collect();
            let help = match crate::yaml::closest(fragment, &headings) {
                Some(near) => format!("did you mean `#{near}`?"),
                None => "link to one of the page's headings (a heading's id is its `{#id}`, or its text in lowercase with hyphens)".to_string(),
            };
            problems.push(
                Diagnostic::error(
                    &link.path,
                    format!(
                        "the link `{}` leads to #{fragment} on {page}, which has no such anchor",
                        link.written
                    ),
                )
                .at(link.line, link.col)
                .help(help),
            );
        }
        if problems.len() > before {
            reported.insert((link.path.as_str(), link.line, link.col));
        }
    }
    problems
}

/// The `id` attributes of a page.
fn ids_of(html: &str) -> BTreeSet<String> {
    html.split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}
