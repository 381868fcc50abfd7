//! The values every page of a locale shares, made into template values once per locale: `t`,
//! `languages`, each policy's versions list, and every date as the locale writes it.
//!
//! They pay for it: made on each page instead, `t` and `languages` took the 50x20x10 build
//! from 1.832 s ± 0.213 s to 2.088 s ± 0.237 s (hyperfine, same run); with every value made on
//! each page, it took 2.079 s ± 0.195 s against 1.857 s ± 0.160 s, and sharing the versions
//! lists and the dates again brought it back to 1.812 s ± 0.059 s against 1.823 s ± 0.214 s.
//! `site` and `feed` did not measurably pay and are made on each page; the alternates are made
//! once per page path (`PageRenderer::alternate_set`): 1.438 s ± 0.051 s against 1.481 s ±
//! 0.026 s made on each page.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use super::PageRenderer;
use super::context::Alternate;
use crate::content::Site;
use crate::date::Date;
use crate::i18n::Localizer;

/// Per locale, the values its pages share. Made on first use, so a `serve` rebuild whose pages
/// all come from the cache makes none.
pub(crate) struct SharedValues {
    locales: BTreeMap<String, OnceLock<LocaleValues>>,
}

pub(super) struct LocaleValues {
    /// `t`: the locale's interface strings as HTML, a map of safe strings.
    pub(super) strings: tera::Value,
    /// `t_plain`: the same as plain text, a `BTreeMap<String, String>`.
    pub(super) plain_strings: tera::Value,
    /// `languages`: each locale's home, a `Vec<Alternate>`.
    pub(super) languages: tera::Value,
    /// Every date of the site's versions (effective, updated, corrected) as the locale writes
    /// it, so that each is formatted once, not on every page that shows it.
    dates: HashMap<Date, String>,
    /// Per policy, made on first use: its versions list (`PageRenderer::version_links`).
    pub(super) version_links: Vec<OnceLock<Vec<VersionLinkForms>>>,
}

/// One entry of a policy's versions list as template values, in the three forms a page may
/// need: every page of the policy lists every version, so each is serialized once per locale
/// rather than once per page.
pub(super) struct VersionLinkForms {
    /// A version other than the one the page is about.
    pub(super) other: tera::Value,
    /// The version the page is about (`is_shown`).
    pub(super) shown: tera::Value,
    /// The version the page is about, on its permalink (`is_shown` and `is_page`).
    pub(super) on_its_permalink: tera::Value,
}

impl SharedValues {
    pub(crate) fn new(site: &Site) -> SharedValues {
        SharedValues {
            locales: site
                .locales
                .iter()
                .map(|locale| (locale.clone(), OnceLock::new()))
                .collect(),
        }
    }
}

impl<'a> PageRenderer<'a> {
    /// The values every page of `locale` shares.
    pub(super) fn shared(&self, locale: &str) -> &'a LocaleValues {
        // SharedValues::new makes a cell for every locale of the site.
        self.shared.locales[locale].get_or_init(|| {
            let l = self.localizer(locale);
            let languages: Vec<Alternate<'_>> = self
                .site
                .locales
                .iter()
                .map(|other| self.alternate(locale, other, format!("/{other}/")))
                .collect();
            LocaleValues {
                strings: tera::Value::from_serializable(
                    &l.html
                        .iter()
                        .map(|(key, html)| (key, tera::Value::safe_string(html)))
                        .collect::<BTreeMap<_, _>>(),
                ),
                plain_strings: tera::Value::from_serializable(&l.strings),
                languages: tera::Value::from_serializable(&languages),
                dates: site_dates(self.site)
                    .map(|date| (date, l.format_date(date)))
                    .collect(),
                version_links: self
                    .site
                    .content
                    .policies
                    .iter()
                    .map(|_| OnceLock::new())
                    .collect(),
            }
        })
    }

    /// `date` as `l`'s locale writes it.
    pub(super) fn date(&self, l: &Localizer, date: Date) -> String {
        match self.shared(&l.locale).dates.get(&date) {
            Some(written) => written.clone(),
            None => l.format_date(date),
        }
    }
}

/// Every date a page may show: versions, the last day of each, their "last updated" dates
/// and their corrections.
fn site_dates(site: &Site) -> impl Iterator<Item = Date> + '_ {
    let versions = site.content.policies.iter().flat_map(|p| &p.versions);
    let texts = versions.clone().flat_map(|v| v.translations.values());
    // The day before each version: the last day of the one before it (`past-notice`).
    let last_days = versions.clone().filter_map(|v| v.date.plus_days(-1));
    versions
        .map(|v| v.date)
        .chain(last_days)
        .chain(texts.flat_map(|t| {
            let errata = t.front.errata.iter().flatten().map(|e| e.date);
            t.front.updated.into_iter().chain(errata)
        }))
}
