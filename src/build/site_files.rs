//! The files about the whole site: policies.json and each locale's feed (made while the pages
//! render), then the sitemap (from the page list) and the theme's static assets.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use super::BuildCache;
use crate::cache;
use crate::content::Site;
use crate::error::Diagnostic;
use crate::i18n::Localizer;
use crate::output::{self, Sink};
use crate::render::PageEntry;
use crate::theme::Theme;
use crate::urls::feed_path;

/// policies.json and each locale's feed, which depend on the content only (kept by
/// `site_key` for `serve`).
pub(super) fn content_files(
    site: &Site,
    localizers: &BTreeMap<String, Localizer>,
    cache: &BuildCache,
    site_key: &cache::Key,
) -> Vec<(String, Arc<Vec<u8>>)> {
    let feeds = localizers.par_iter().map(|(locale, localizer)| {
        let path = feed_path(locale).trim_start_matches('/').to_string();
        let bytes = cache.files.get_or(
            || cache::key(&[site_key, path.as_bytes()]),
            || Arc::new(output::render_feed(site, localizer)),
        );
        (path, bytes)
    });
    let manifest = rayon::iter::once("policies.json").map(|path| {
        let bytes = cache.files.get_or(
            || cache::key(&[site_key, path.as_bytes()]),
            || Arc::new(output::render_manifest(site)),
        );
        (path.to_string(), bytes)
    });
    manifest.chain(feeds).collect()
}

/// Writes `files` (from `content_files`), the sitemap and the theme's static assets.
pub(super) fn write_site_files(
    site: &Site,
    theme: &Theme,
    pages: &[PageEntry],
    mut files: Vec<(String, Arc<Vec<u8>>)>,
    (cache, inputs): (&BuildCache, &cache::Key),
    sink: &dyn Sink,
) -> Result<(), Vec<Diagnostic>> {
    // The pages, and so the sitemap, follow from the settings and the versions' dates and
    // locales, not from what the texts say: an edit to a text leaves the sitemap as it was.
    let sitemap_key = || {
        let versions: Vec<_> = site
            .content
            .policies
            .iter()
            .map(|p| {
                let dates = p.versions.iter().map(|v| (v.date, v.translations.keys()));
                (&p.id, dates.collect::<Vec<_>>())
            })
            .collect();
        cache::key(&[inputs, format!("{versions:?}").as_bytes(), b"sitemap.xml"])
    };
    let (assets, mut problems) = theme.asset_files();
    files.extend(assets);
    // The sitemap is made while the other files are written.
    let (sitemaps, mut unwritten) = rayon::join(
        || {
            cache.file_sets.get_or(sitemap_key, || {
                let made = output::render_sitemaps(
                    pages,
                    &site.config.base_url,
                    &site.config.default_locale,
                    output::PROTOCOL_LIMITS,
                );
                made.into_iter()
                    .map(|(path, bytes)| (path, Arc::new(bytes)))
                    .collect()
            })
        },
        || output::write_files(sink, files),
    );
    problems.append(&mut unwritten);
    problems.extend(output::write_files(sink, sitemaps.to_vec()));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
