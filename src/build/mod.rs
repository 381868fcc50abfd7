//! The orchestration: the stages run in order, for `build`, `check` and `serve` alike.
//!
//! config → content (with the lock reconciled) → per policy: markdown texts → redlines →
//! pages → output; the site-wide files alongside. Every stage is loaded even when another
//! fails, so one run reports every problem; a build with an error publishes nothing.

mod cache;
mod site_files;
mod to_disk;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use rayon::prelude::*;

pub use cache::{BuildCache, NamedFiles};
pub use to_disk::{SITE_BUILD_LOCK, build_to_disk};

use crate::cache::key;
use crate::config::{self, SiteConfig};
use crate::content::{self, Content, Site};
use crate::date::Date;
use crate::diff::policy::policy_redlines;
use crate::error::{self, Diagnostic, Error};
use crate::i18n::{self, Catalog, Localizer};
use crate::lock;
use crate::markdown::texts::{CheckedLink, checked_links, render_texts};
use crate::output::{self, Sink};
use crate::render::{PageEntry, SiteRenderer};
use crate::theme;

/// What `build` needs, resolved.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub today: Date,
    /// The real date (`SOURCE_DATE_EPOCH`, else the system clock), whatever `--today` says:
    /// a version is published for good, and its text frozen in redline.lock, once its date is
    /// at or before this one (a later `--today` is a preview; an earlier one unfreezes nothing).
    pub clock: Date,
    pub strict: bool,
    /// `--locked`: fail instead of changing redline.lock.
    pub locked: bool,
    /// `check` mode: also collect every link of every text for checking.
    pub check: bool,
}

/// site.yaml with the command line's overrides applied.
pub fn load_settings(options: &BuildOptions) -> Result<SiteConfig, Error> {
    let mut config = config::load_config(&options.root).map_err(Error::Site)?;
    if let Some(url) = &options.base_url {
        config.set_base_url(url).map_err(Error::usage)?;
    }
    Ok(config)
}

/// What a successful build reports.
pub struct BuildReport {
    pub pages: usize,
    pub locales: Vec<String>,
    /// In `check` mode, the errors of the Fluent files and of the lock, and under `--strict`
    /// the warnings it made errors, are here too: `check` reports them with the problems of the
    /// links.
    pub warnings: Vec<Diagnostic>,
    /// In `check` mode, every link of every text.
    pub links: Vec<CheckedLink>,
    /// redline.lock as this build would write it, when the sources changed what it records
    /// (a new or removed version file, an edited upcoming text, an accepted erratum); `None`
    /// when it is up to date. Only `build` writes it.
    pub lock: Option<lock::Lock>,
}

/// Builds the whole site into `sink`. Every problem of the site is returned at once.
pub fn build(
    options: &BuildOptions,
    config: SiteConfig,
    sink: &dyn Sink,
    cache: &BuildCache,
) -> Result<BuildReport, Error> {
    let root = options.root.as_path();
    // The three sources are independent: load them all so one run reports every problem.
    let (content, (catalog, theme)) = rayon::join(
        || content::load_content_partly(root, &config, &cache.sources),
        || {
            rayon::join(
                || i18n::load_catalog(root),
                || theme::load_theme(root, &config.theme),
            )
        },
    );
    let content::Loaded {
        content,
        unloaded,
        mut problems,
    } = content;
    // The policies that loaded are rendered even when others did not, to report their
    // problems too; a build with an error publishes nothing.
    let content = (!content.policies.is_empty()).then_some(content);
    let catalog = catalog.map_err(|mut p| problems.append(&mut p)).ok();
    let theme = theme.map_err(|mut p| problems.append(&mut p)).ok();
    // A message that cannot be formatted shows `{id}` on a page: reported, never fatal to the
    // rest of the run, so the problems of the other stages are reported with it.
    if let Some(catalog) = &catalog {
        problems.extend(i18n::check_catalog(catalog));
    }
    // Published texts must match redline.lock before anything is published from them. The
    // pages are still rendered when they do not, to report the Markdown and template problems
    // of the same run: a build with an error publishes nothing (`build` discards its staging
    // folder, `serve` keeps its last good snapshot, `check` writes nothing).
    let (next_lock, lock_changes, announced) = match content
        .as_ref()
        .map(|content| lock::reconcile(root, content, &unloaded, options.clock, options.locked))
    {
        Some(Ok(lock::Reconciled {
            next,
            changes,
            announced,
        })) => (next, changes, announced),
        Some(Err(mut found)) => {
            problems.append(&mut found);
            (None, Vec::new(), BTreeMap::new())
        }
        None => (None, Vec::new(), BTreeMap::new()),
    };
    let (Some(content), Some(catalog), Some(theme)) = (content, catalog, theme) else {
        problems.sort();
        return Err(Error::Site(problems));
    };
    // The lock records every file; what is published leaves out the versions announced later
    // than today, in this one place, so no page, feed, sitemap or policies.json shows them.
    // The translation warnings see the scheduled versions too (content/review.rs).
    // An announcement already published keeps its recorded date.
    let content = content.with_recorded_announcements(&announced);
    let with_scheduled = content.clone();
    let content = content.without_scheduled(options.today);
    let locales = site_locales(&config, &content, &catalog);
    let site = Site {
        config,
        content,
        locales,
        today: options.today,
    };

    // The errors found so far join the warnings: `check` reports them with the links.
    let mut warnings = problems;
    warnings.extend(content::notice_periods(&with_scheduled));
    warnings.extend(content::translation_warnings(&site, &with_scheduled));
    warnings.extend(content::untitled_versions(&site.content));
    warnings.extend(site.config.base_url_warning());
    // A Fluent id or variable English does not have would reach readers as `{$until}`: an
    // error for `build` too. The messages a locale lacks (it falls back) are `check`'s to list.
    let fluent = i18n::compare_with_english(&catalog);
    if options.check {
        // `build` updates redline.lock; `check` only says it is out of date.
        warnings.extend(lock_changes);
        warnings.extend(content::review(&site));
        warnings.extend(fluent);
    } else {
        warnings.extend(fluent.into_iter().filter(Diagnostic::is_error));
    }
    // The one place `--strict` applies, in `check` too.
    if options.strict {
        error::apply_strict(&mut warnings);
    }

    let localizers = site_localizers(&site, &catalog);
    // Render even when `--strict` has already failed the build, so one run reports everything.
    // Everything every page depends on, for the page cache (see render::page_key).
    let inputs = key(&[
        format!("{:?}|{:?}|{}", site.config, site.locales, site.today).as_bytes(),
        &theme.fingerprint,
        &catalog.fingerprint,
    ]);
    let policy_keys: Vec<_> = site
        .content
        .policies
        .iter()
        .map(cache::policy_key)
        .collect();
    // What the files about the whole site depend on: every input and every policy's files.
    let site_key = key(&std::iter::once(inputs.as_slice())
        .chain(policy_keys.iter().map(|k| k.as_slice()))
        .collect::<Vec<_>>());
    let renderer = SiteRenderer::new(
        &site,
        &theme,
        &localizers,
        (inputs, &policy_keys),
        &cache.pages,
    );
    // The feeds and policies.json need no page: they are made while the pages render.
    let (rendered, content_files) = rayon::join(
        || render_pages(&site, &renderer, cache, sink, options.check),
        || site_files::content_files(&site, &localizers, cache, &site_key),
    );
    let rendered = rendered.and_then(|(pages, links)| {
        site_files::write_site_files(&site, &theme, &pages, content_files, (cache, &inputs), sink)
            .map(|()| (pages, links))
    });
    let (pages, mut links) = match rendered {
        // `check` goes on to the links with the errors `--strict` made: one run reports all.
        Ok(rendered) if options.check || !warnings.iter().any(Diagnostic::is_error) => rendered,
        Ok(_) => return Err(Error::Site(warnings)),
        Err(mut problems) => {
            problems.append(&mut warnings);
            return Err(Error::Site(problems));
        }
    };
    if !unloaded.is_empty() {
        // Links to the pages of a policy that did not load would all seem broken: they are
        // checked once every policy loads.
        links.clear();
    }
    warnings.sort();
    Ok(BuildReport {
        pages: pages.len(),
        locales: site.locales.clone(),
        warnings,
        links,
        lock: next_lock,
    })
}

/// Renders and writes every page: the site's own, and policy by policy its texts, redlines and
/// pages, so memory holds the texts of the policies in progress, not of the whole site. Returns
/// the pages (and, with `collect_links`, every link of every text), or every problem found.
fn render_pages(
    site: &Site,
    renderer: &SiteRenderer<'_>,
    cache: &BuildCache,
    sink: &dyn Sink,
    collect_links: bool,
) -> Result<(Vec<PageEntry>, Vec<CheckedLink>), Vec<Diagnostic>> {
    let write = |pages: Vec<_>| {
        let unwritten = output::write_pages(sink, &pages);
        if unwritten.is_empty() {
            Ok(pages.into_iter().map(|page| page.entry).collect::<Vec<_>>())
        } else {
            Err(unwritten)
        }
    };
    let (site_pages, policies) = rayon::join(
        || renderer.site_pages().and_then(write),
        || {
            (0..site.content.policies.len())
                .into_par_iter()
                .map(|p| {
                    let texts = render_texts(site, p, &cache.markdown)?;
                    let links = if collect_links {
                        checked_links(site, &texts)
                    } else {
                        Vec::new()
                    };
                    let redlines = policy_redlines(site, &texts, &cache.redlines);
                    let pages = renderer.policy_pages(&texts, &redlines).and_then(write)?;
                    Ok((pages, links))
                })
                .collect::<Vec<Result<_, Vec<Diagnostic>>>>()
        },
    );
    let mut problems = Vec::new();
    let mut pages = site_pages.unwrap_or_else(|mut found| {
        problems.append(&mut found);
        Vec::new()
    });
    let mut links = Vec::new();
    for policy in policies {
        match policy {
            Ok((mut found, mut policy_links)) => {
                pages.append(&mut found);
                links.append(&mut policy_links);
            }
            Err(mut found) => problems.append(&mut found),
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

/// Each locale's strings and date formats, made in parallel.
pub fn site_localizers(site: &Site, catalog: &Catalog) -> BTreeMap<String, Localizer> {
    site.locales
        .par_iter()
        .map(|locale| {
            (
                locale.clone(),
                Localizer::new(locale, &site.config.default_locale, catalog),
            )
        })
        .collect()
}

/// site.yaml's `locales`, else every locale that has content or a Fluent file; default first.
pub fn site_locales(config: &SiteConfig, content: &Content, catalog: &Catalog) -> Vec<String> {
    let mut found: BTreeSet<String> = match &config.locales {
        Some(listed) => listed.iter().cloned().collect(),
        None => content
            .policies
            .iter()
            .flat_map(|p| {
                p.versions
                    .iter()
                    .flat_map(|v| v.translations.keys().cloned())
            })
            .chain(catalog.site_locales().map(str::to_string))
            .collect(),
    };
    found.remove(&config.default_locale);
    std::iter::once(config.default_locale.clone())
        .chain(found)
        .collect()
}
