//! `redline check`: everything `build` validates, without writing the site, plus what a
//! deploy pipeline should stop on: broken internal links and anchors, Fluent files that do
//! not match the English messages, policies overdue for review, versions without a summary.
//!
//! The site is built into memory; links are then checked against the pages that build made,
//! and anchors against the ids those pages really carry. External links are never fetched.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use crate::build::{BuildCache, BuildOptions, build, load_settings};
use crate::error::{Diagnostic, Error, Problem};
use crate::markdown::texts::CheckedLink;
use crate::output::{Files, MemorySink};

/// A link of a text that leads nowhere in the site.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// `written` as in the Markdown; `page` the site path it leads to.
    #[error("the link `{written}` leads to {page}, which is not a page of the site")]
    NotAPage { written: String, page: String },
    /// `near`: the page's heading id it may be a typo of.
    #[error("the link `{written}` leads to #{anchor} on {page}, which has no such anchor")]
    NoSuchAnchor {
        written: String,
        anchor: String,
        page: String,
        near: Option<String>,
    },
}

impl Problem for CheckError {
    fn help(&self) -> Option<String> {
        Some(match self {
            CheckError::NotAPage { .. } => "relative links are read from the policy's page /<locale>/<policy>/: `../cookies/` is the cookie policy".to_string(),
            CheckError::NoSuchAnchor { near: Some(near), .. } => format!("did you mean `#{near}`?"),
            CheckError::NoSuchAnchor { near: None, .. } => "link to one of the page's headings (a heading's id is its `{#id}`, or its text in lowercase with hyphens)".to_string(),
        })
    }
}

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
    let (base_url, base_path) = (config.base_url.clone(), config.base_path.clone());
    let scope = SiteScope::new(&base_url, &base_path);
    let sink = MemorySink::default();
    let report = build(&build_options, config, &sink, &BuildCache::disabled())?;
    let files = sink.into_files();
    let links = check_links(&report.links, &files, &scope);
    // Said whether or not the check passes: a link there may be broken, and nobody checked.
    match links.rest_of_host {
        0 => {}
        1 => {
            let _ = writeln!(out, "1 link to {} was not checked", scope.rest_of_host());
        }
        n => {
            let _ = writeln!(
                out,
                "{n} links to {} were not checked",
                scope.rest_of_host()
            );
        }
    }
    let mut problems = links.problems;
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

/// Where the site lives: its host (when `base_url` names one) and its base path, to tell the
/// links that land in the site from those into the rest of the host.
struct SiteScope<'a> {
    /// Lowercase, port included: `example.com`.
    host: Option<String>,
    /// `/legal`, or empty at the host's root.
    base_path: &'a str,
}

/// Where a published link leads.
#[derive(Debug, PartialEq, Eq)]
enum Target<'a> {
    /// A path of the site, below the base path (`/en/privacy/`); empty: the page itself.
    Site {
        path: &'a str,
        fragment: Option<&'a str>,
    },
    /// Elsewhere on the site's host: the company's own site, which `check` cannot see.
    RestOfHost,
    /// Another host, or another scheme (`mailto:`): never fetched.
    Elsewhere,
}

impl<'a> SiteScope<'a> {
    fn new(base_url: &str, base_path: &'a str) -> SiteScope<'a> {
        let host = base_url
            .split_once("://")
            .map(|(_, rest)| authority(rest).to_ascii_lowercase());
        SiteScope { host, base_path }
    }

    fn target<'h>(&self, href: &'h str) -> Target<'h> {
        let (href, fragment) = match href.split_once('#') {
            Some((before, fragment)) => (before, Some(fragment)),
            None => (href, None),
        };
        let href = href.split('?').next().unwrap_or("");
        let on_host = if let Some(rest) = href.strip_prefix("//") {
            Some(rest)
        } else if crate::markdown::has_scheme(href) {
            href.split_once("://")
                .filter(|(scheme, _)| {
                    scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")
                })
                .map(|(_, rest)| rest)
        } else {
            // Markdown made every relative link a path from the host's root.
            return self.on_host(href, fragment);
        };
        match on_host {
            Some(rest)
                if self
                    .host
                    .as_deref()
                    .is_some_and(|host| authority(rest).eq_ignore_ascii_case(host)) =>
            {
                // The path starts after the whole authority, `user@` included.
                let path = &rest[rest.find(['/', '?', '#']).unwrap_or(rest.len())..];
                self.on_host(if path.is_empty() { "/" } else { path }, fragment)
            }
            _ => Target::Elsewhere,
        }
    }

    /// A path from the host's root (or empty: the page itself).
    fn on_host<'h>(&self, path: &'h str, fragment: Option<&'h str>) -> Target<'h> {
        if path.is_empty() || self.base_path.is_empty() {
            return Target::Site { path, fragment };
        }
        match path.strip_prefix(self.base_path) {
            Some("") => Target::Site {
                path: "/",
                fragment,
            },
            Some(rest) if rest.starts_with('/') => Target::Site {
                path: rest,
                fragment,
            },
            _ => Target::RestOfHost,
        }
    }

    /// "the rest of example.com", for the count of links not checked.
    fn rest_of_host(&self) -> String {
        match &self.host {
            Some(host) => format!("the rest of {host}"),
            None => format!("the rest of the host, outside {}", self.base_path),
        }
    }
}

/// `example.com:8080` of `example.com:8080/legal`, without any `user@`.
fn authority(after_scheme: &str) -> &str {
    let end = after_scheme
        .find(['/', '?', '#'])
        .unwrap_or(after_scheme.len());
    let authority = &after_scheme[..end];
    authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host)
}

/// What `check_links` found: the problems, and how many links lead to the rest of the host.
struct LinkReport {
    problems: Vec<Diagnostic>,
    rest_of_host: usize,
}

/// Every link that lands in the site must lead to one of its pages, and its `#anchor` to an id
/// on it. Links to the rest of the site's host are counted, not checked: `check` cannot see
/// the company's own site.
fn check_links(links: &[CheckedLink], files: &Files, scope: &SiteScope<'_>) -> LinkReport {
    let mut ids: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut problems = Vec::new();
    // A source text shown in several locales is checked on each page but reported once.
    let mut reported: BTreeSet<(&str, u32, u32)> = BTreeSet::new();
    let mut rest_of_host: BTreeSet<(&str, u32, u32)> = BTreeSet::new();
    for link in links {
        let place = (link.path.as_str(), link.line, link.col);
        if reported.contains(&place) {
            continue;
        }
        let before = problems.len();
        let (path, fragment) = match scope.target(&link.href) {
            Target::Site { path, fragment } => (path, fragment),
            Target::RestOfHost => {
                rest_of_host.insert(place);
                continue;
            }
            Target::Elsewhere => continue, // never fetched
        };
        let page = if path.is_empty() {
            link.page.as_str()
        } else {
            path
        };
        let key = if page.ends_with('/') {
            format!("{}index.html", &page[1..])
        } else {
            page.trim_start_matches('/').to_string()
        };
        let Some((key, bytes)) = files.get_key_value(&key) else {
            problems.push(
                Diagnostic::error(
                    &link.path,
                    CheckError::NotAPage {
                        written: link.written.clone(),
                        page: page.to_string(),
                    },
                )
                .at(link.line, link.col),
            );
            reported.insert(place);
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
            let near = crate::yaml::closest(fragment, &headings).map(str::to_string);
            problems.push(
                Diagnostic::error(
                    &link.path,
                    CheckError::NoSuchAnchor {
                        written: link.written.clone(),
                        anchor: fragment.to_string(),
                        page: page.to_string(),
                        near,
                    },
                )
                .at(link.line, link.col),
            );
        }
        if problems.len() > before {
            reported.insert(place);
        }
    }
    LinkReport {
        problems,
        rest_of_host: rest_of_host.len(),
    }
}

/// The `id` attributes of a page.
fn ids_of(html: &str) -> BTreeSet<String> {
    html.split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_land_in_the_site_only_under_its_base_path() {
        let scope = SiteScope::new("https://Example.com/legal", "/legal");
        let site = |path, fragment| Target::Site { path, fragment };
        assert_eq!(scope.target("/legal/en/"), site("/en/", None));
        assert_eq!(scope.target("/legal"), site("/", None));
        assert_eq!(scope.target("#top"), site("", Some("top")));
        assert_eq!(
            scope.target("https://example.com/legal/en/privacy/?a=1#rights"),
            site("/en/privacy/", Some("rights"))
        );
        assert_eq!(scope.target("//example.com/legal/en/"), site("/en/", None));
        // User info is part of the authority, never of the path (and may be any text).
        assert_eq!(
            scope.target("https://user@example.com/legal/en/nope/"),
            site("/en/nope/", None)
        );
        assert_eq!(
            scope.target("https://ééééééé@example.com/legal/en/"),
            site("/en/", None)
        );
        for rest in [
            "/pricing",
            "/legalese",
            "/docs/billing#plans",
            "https://example.com",
            "http://EXAMPLE.com/about",
        ] {
            assert_eq!(scope.target(rest), Target::RestOfHost, "{rest}");
        }
        for elsewhere in [
            "https://example.org/legal/",
            "https://example.com.evil.org/legal/",
            "mailto:legal@example.com",
            "//cdn.example.net/x",
        ] {
            assert_eq!(scope.target(elsewhere), Target::Elsewhere, "{elsewhere}");
        }
        // At the host's root, every path of the host is the site's.
        let root = SiteScope::new("https://example.com", "");
        assert_eq!(root.target("/pricing"), site("/pricing", None));
        assert_eq!(root.target("https://example.com/"), site("/", None));
        // Without base_url, no host is known: only paths are the site's.
        let unset = SiteScope::new("", "");
        assert_eq!(unset.target("/en/"), site("/en/", None));
        assert_eq!(unset.target("https://example.com/en/"), Target::Elsewhere);
    }
}
