//! Pages from the model: Markdown once per version and locale, then one Tera render per page.
//!
//! Takes the loaded `Site`, the theme and one `Localizer` per locale; writes each page to the
//! sink as soon as it is rendered (pages are independent, so they render in parallel) and
//! returns the list of pages for the sitemap. Knows nothing of disks or the clock: "today" is
//! part of the `Site`. `views` builds what each template receives.

#[cfg(test)]
mod context_doc;
mod views;

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::Site;
use crate::cache::{self, BuildCache};
use crate::content::{Policy, Translation, Version};
use crate::date::Date;
use crate::error::{Diagnostic, line_col};
use crate::i18n::Localizer;
use crate::markdown::{MarkdownSettings, RenderedMarkdown, render_markdown};
use crate::output::Sink;
use crate::theme::{Theme, template_diagnostic};

/// One page of the site, for the sitemap: its path and the same page in every locale.
#[derive(Debug, Clone)]
pub struct PageEntry {
    /// Site path with trailing slash, without base path (`/en/privacy/`).
    pub path: String,
    /// (locale, site path) of this page in every locale, including itself; empty for pages that
    /// exist once (`/`).
    pub alternates: Arc<[(String, String)]>,
    /// Whether search engines should list it: false for past versions and pages whose canonical
    /// address is another.
    pub listed: bool,
}

/// Where a version stands on the build's "today".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionState {
    Past,
    Current,
    Upcoming,
}

pub fn version_state(policy: &Policy, index: usize, today: Date) -> VersionState {
    match policy.current_index(today) {
        _ if policy.versions[index].date > today => VersionState::Upcoming,
        Some(current) if current == index => VersionState::Current,
        _ => VersionState::Past,
    }
}

/// The text a locale shows for a version: its own translation, else the source text.
pub fn displayed_translation<'v>(
    policy: &Policy,
    version: &'v Version,
    locale: &str,
) -> &'v Translation {
    version
        .translation(locale)
        .or_else(|| version.translation(&policy.source_locale))
        // content::load_policy guarantees every version has its source text.
        .unwrap_or_else(|| {
            version
                .translations
                .values()
                .next()
                .expect("a version has at least one file")
        })
}

pub fn policy_path(locale: &str, policy: &Policy) -> String {
    format!("/{locale}/{}/", policy.id)
}

pub fn version_path(locale: &str, policy: &Policy, date: Date) -> String {
    format!("/{locale}/{}/{date}/", policy.id)
}

pub fn history_path(locale: &str, policy: &Policy) -> String {
    format!("/{locale}/{}/history/", policy.id)
}

/// The redline into version `date`; the first version has none.
pub fn changes_path(locale: &str, policy: &Policy, date: Date) -> String {
    format!("/{locale}/{}/changes/{date}/", policy.id)
}

pub fn feed_path(locale: &str) -> String {
    format!("/{locale}/feed.xml")
}

/// A link written in a version file, as `check` verifies it.
#[derive(Debug, Clone)]
pub struct CheckedLink {
    /// The version file and the link's place in it.
    pub path: String,
    pub line: u32,
    pub col: u32,
    /// As written in the Markdown.
    pub written: String,
    /// The site path of the page the link appears on (`/fr/privacy/2026-02-01/`).
    pub page: String,
    /// As published, base path included.
    pub href: String,
}

/// Every link of every text, on the page that shows it (the version's permalink).
fn checked_links(site: &Site, bodies: &BTreeMap<BodyKey, Body>) -> Vec<CheckedLink> {
    let mut links = Vec::new();
    for ((p, v, locale), body) in bodies {
        let policy = &site.content.policies[*p];
        let version = &policy.versions[*v];
        let translation = displayed_translation(policy, version, locale);
        let page = version_path(locale, policy, version.date);
        for link in &body.markdown.links {
            let (line, col) = line_col(&translation.body, link.offset);
            links.push(CheckedLink {
                path: translation.path.clone(),
                line: line + translation.body_line - 1,
                col,
                written: link.written.clone(),
                page: page.clone(),
                href: link.href.clone(),
            });
        }
    }
    links
}

/// Renders every page into `sink`; returns the pages (and, with `collect_links`, every link of
/// every text), or every problem found.
///
/// Policy by policy: a policy's texts are rendered, then its pages, then the texts are dropped,
/// so memory holds the texts of the policies being rendered, not of the whole site.
pub fn render_site(
    site: &Site,
    theme: &Theme,
    localizers: &BTreeMap<String, Localizer>,
    sink: &dyn Sink,
    cache: &BuildCache,
    (inputs, policy_keys): (cache::Key, &[cache::Key]),
    collect_links: bool,
) -> Result<(Vec<PageEntry>, Vec<CheckedLink>), Vec<Diagnostic>> {
    let shared = views::SharedValues::new(site);
    let no_bodies = BTreeMap::new();
    let site_renderer = views::PageRenderer::new(site, localizers, &no_bodies, cache, &shared);
    let render_jobs = |renderer: &views::PageRenderer<'_>, jobs: Vec<Job>| {
        jobs.par_iter()
            .map(|job| {
                let key = || page_key(&inputs, policy_keys, job);
                render_page(renderer, theme, job, key, sink)
            })
            .collect::<Vec<_>>()
    };
    let (site_pages, policies) = rayon::join(
        || render_jobs(&site_renderer, site_jobs(site)),
        || {
            (0..site.content.policies.len())
                .into_par_iter()
                .map(|p| {
                    let bodies = render_bodies(site, cache, p)?;
                    let links = if collect_links {
                        checked_links(site, &bodies)
                    } else {
                        Vec::new()
                    };
                    let renderer =
                        views::PageRenderer::new(site, localizers, &bodies, cache, &shared);
                    Ok((render_jobs(&renderer, policy_jobs(site, p)), links))
                })
                .collect::<Vec<Result<_, Vec<Diagnostic>>>>()
        },
    );
    let mut results = site_pages;
    let mut links = Vec::new();
    let mut problems = Vec::new();
    for policy in policies {
        match policy {
            Ok((pages, mut found)) => {
                results.extend(pages);
                links.append(&mut found);
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    let mut pages = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(page) => pages.push(page),
            Err(d) => problems.push(d),
        }
    }
    if problems.is_empty() {
        Ok((pages, links))
    } else {
        // A broken template fails every page that uses it the same way, and a source text
        // shown in several locales has the same problem in each: say each once.
        problems.sort();
        problems.dedup();
        Err(problems)
    }
}

fn render_page(
    renderer: &views::PageRenderer<'_>,
    theme: &Theme,
    job: &Job,
    key: impl FnOnce() -> cache::Key,
    sink: &dyn Sink,
) -> Result<PageEntry, Diagnostic> {
    let (entry, html) = renderer.cache.page(key, || {
        let page = renderer.page(job);
        let context = tera::Context::from_serialize(&page.context)
            .map_err(|e| template_diagnostic(&e, |n| theme.template_path(n)))?;
        // Rendered straight into bytes sized for the page: no growing, no UTF-8 check of a copy.
        let mut html = Vec::with_capacity(page.size_hint);
        theme
            .tera
            .render_to(page.template, &context, &mut html)
            .map_err(|e| template_diagnostic(&e, |n| theme.template_path(n)))?;
        Ok((page.entry, html))
    })?;
    let relative = entry.path.trim_start_matches('/');
    let file = if entry.path.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_string()
    };
    sink.write_shared(&file, html).map_err(|e| {
        Diagnostic::error(&file, format!("cannot write the page: {e}"))
            .help("check the free space and permissions of the output folder")
    })?;
    Ok(entry)
}

/// The key of everything a page depends on: the site's shared inputs (settings, theme,
/// interface strings, today: `inputs`), the job, and the files of its policy (of every policy
/// for pages that list them). Two builds that give a page the same key give it the same bytes.
fn page_key(inputs: &cache::Key, policies: &[cache::Key], job: &Job) -> cache::Key {
    let job_text = format!("{job:?}");
    let policy_part: Vec<&[u8]> = match job {
        Job::Current { policy, .. }
        | Job::Version { policy, .. }
        | Job::History { policy, .. }
        | Job::Changes { policy, .. } => {
            vec![policies[*policy].as_slice()]
        }
        Job::Root | Job::NotFound | Job::LocaleIndex { .. } => {
            policies.iter().map(|k| k.as_slice()).collect()
        }
    };
    let mut parts: Vec<&[u8]> = vec![inputs.as_slice(), job_text.as_bytes()];
    parts.extend(policy_part);
    cache::key(&parts)
}

/// A policy's fingerprint: its settings and the hash of every file of it.
pub(crate) fn policy_key(policy: &Policy) -> cache::Key {
    let mut text = format!(
        "{}|{}|{:?}|{}",
        policy.id, policy.order, policy.title, policy.source_locale
    );
    for version in &policy.versions {
        for translation in version.translations.values() {
            text.push_str(&format!(
                "|{}|{}|{}|{}",
                version.date, translation.locale, translation.path, translation.source_hash
            ));
        }
    }
    cache::key(&[text.as_bytes()])
}

/// Key of a rendered body: (policy index, version index, page locale).
type BodyKey = (usize, usize, String);

/// A version's text as one locale shows it, and the cache key it was rendered under.
pub(crate) struct Body {
    pub(crate) markdown: Arc<RenderedMarkdown>,
    pub(crate) key: cache::Key,
    /// The text's HTML as a template value, made once for every page that shows it (and not
    /// at all when every such page comes from the cache). Marked safe, so templates print it
    /// as it is without `| safe`, a filter that would copy it on every page.
    html: std::sync::OnceLock<tera::Value>,
}

impl Body {
    pub(crate) fn html(&self) -> tera::Value {
        self.html
            .get_or_init(|| tera::Value::safe_string(&self.markdown.html()))
            .clone()
    }
}

/// Markdown of every version of policy `p` as each locale shows it, rendered once and shared by
/// its pages. A source text shown in another locale is rendered for that locale, since its
/// relative links lead to that locale's pages.
fn render_bodies(
    site: &Site,
    cache: &BuildCache,
    p: usize,
) -> Result<BTreeMap<BodyKey, Body>, Vec<Diagnostic>> {
    let policy = &site.content.policies[p];
    let mut keys = Vec::new();
    for v in 0..policy.versions.len() {
        for locale in &site.locales {
            keys.push((p, v, locale.clone()));
        }
    }
    let results: Vec<_> = keys
        .into_par_iter()
        .map(|(p, v, locale)| {
            let translation = displayed_translation(policy, &policy.versions[v], &locale);
            let link_base = policy_path(&locale, policy);
            let settings = MarkdownSettings {
                base_path: &site.config.base_path,
                link_base: &link_base,
                allow_html: site.config.allow_html,
            };
            let allow_html: &[u8] = if settings.allow_html { b"html" } else { b"" };
            // The file's hash stands for its body: no need to hash every text on every build.
            let key = cache::key(&[
                translation.source_hash.as_bytes(),
                link_base.as_bytes(),
                settings.base_path.as_bytes(),
                allow_html,
            ]);
            let rendered = cache
                .markdown(key, || render_markdown(&translation.body, &settings))
                .map(|markdown| Body {
                    markdown,
                    key,
                    html: std::sync::OnceLock::new(),
                })
                .map_err(|problems| {
                    problems
                        .into_iter()
                        .map(|problem| {
                            let (line, col) = line_col(&translation.body, problem.offset);
                            Diagnostic::error(&translation.path, problem.message)
                                .at(line + translation.body_line - 1, col)
                                .help(problem.help)
                        })
                        .collect::<Vec<_>>()
                });
            ((p, v, locale), rendered)
        })
        .collect();
    let mut bodies = BTreeMap::new();
    let mut problems = Vec::new();
    for (key, result) in results {
        match result {
            Ok(body) => {
                bodies.insert(key, body);
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if problems.is_empty() {
        Ok(bodies)
    } else {
        // The same source file shown in several locales reports the same problem once.
        problems.sort();
        problems.dedup();
        Err(problems)
    }
}

/// One page to render.
#[derive(Debug)]
pub(crate) enum Job {
    /// `/`: pick a language.
    Root,
    /// `/404.html`.
    NotFound,
    /// `/<locale>/`: the policies of a locale.
    LocaleIndex { locale: String },
    /// `/<locale>/<policy>/`: the current version, or a notice when none is in effect yet.
    Current { locale: String, policy: usize },
    /// `/<locale>/<policy>/<date>/`.
    Version {
        locale: String,
        policy: usize,
        version: usize,
    },
    /// `/<locale>/<policy>/history/`.
    History { locale: String, policy: usize },
    /// `/<locale>/<policy>/changes/<date>/`, for every version after the first.
    Changes {
        locale: String,
        policy: usize,
        version: usize,
    },
}

/// The pages that are about no one policy: `/`, the 404 page and each locale's list.
fn site_jobs(site: &Site) -> Vec<Job> {
    let mut jobs = vec![Job::Root, Job::NotFound];
    for locale in &site.locales {
        jobs.push(Job::LocaleIndex {
            locale: locale.clone(),
        });
    }
    jobs
}

/// The pages of policy `p` in every locale.
fn policy_jobs(site: &Site, p: usize) -> Vec<Job> {
    let policy = &site.content.policies[p];
    let mut jobs = Vec::new();
    for locale in &site.locales {
        let l = || locale.clone();
        jobs.push(Job::Current {
            locale: l(),
            policy: p,
        });
        jobs.push(Job::History {
            locale: l(),
            policy: p,
        });
        for v in 0..policy.versions.len() {
            jobs.push(Job::Version {
                locale: l(),
                policy: p,
                version: v,
            });
            if v > 0 {
                jobs.push(Job::Changes {
                    locale: l(),
                    policy: p,
                    version: v,
                });
            }
        }
    }
    jobs
}
