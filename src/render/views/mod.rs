//! What each template receives: the page context (`context`), built from the model for one
//! page.
//!
//! Every string a reader sees is localized here (dates through ICU, sentences through Fluent),
//! so templates only place values; a site's theme can rearrange pages without knowing Fluent.
//!
//! This module makes the part of the context every page has (`base`); each kind of page adds
//! its own: `site_pages` (`/`, the 404 page, a locale's list of policies), `version`, `history`
//! and `changes`. `policy` makes the `policy` part of the last three, `shared` the values all
//! the pages of a locale share.

mod changes;
mod context;
mod history;
mod policy;
mod shared;
mod site_pages;
mod version;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::{Job, PageEntry};
use crate::content::{Site, VersionState};
use crate::diff::policy::PolicyRedlines;
use crate::i18n::Localizer;
use crate::markdown::texts::PolicyTexts;
use crate::urls::feed_path;
use context::{Alternate, Link, PageView, SiteView};

pub(crate) use context::PageContext;
pub(crate) use shared::SharedValues;

/// Builds the pages of one policy (or the site's own pages): a page's context from its `Job`.
pub(crate) struct PageRenderer<'a> {
    site: &'a Site,
    localizers: &'a BTreeMap<String, Localizer>,
    /// The texts and redlines of the policy whose pages it renders; `None` for the site's pages.
    texts: Option<(&'a PolicyTexts, &'a PolicyRedlines)>,
    /// Each text's HTML as a template value, made once for every page that shows it (and not
    /// at all when every such page comes from the cache). Marked safe, so templates print it
    /// as it is without `| safe`, a filter that would copy it on every page.
    html_values: BTreeMap<(usize, String), OnceLock<tera::Value>>,
    shared: &'a SharedValues,
}

/// A page ready for Tera: its template, its context and its sitemap entry.
pub(crate) struct Page<'a> {
    pub(crate) template: &'static str,
    pub(crate) context: PageContext<'a>,
    pub(crate) entry: PageEntry,
    /// About the size of the rendered page, to allocate its bytes once.
    pub(crate) size_hint: usize,
}

/// The markup of a page around its text, with some room to spare.
const PAGE_FRAME_BYTES: usize = 16 * 1024;

impl<'a> PageRenderer<'a> {
    pub(crate) fn new(
        site: &'a Site,
        localizers: &'a BTreeMap<String, Localizer>,
        texts: Option<(&'a PolicyTexts, &'a PolicyRedlines)>,
        shared: &'a SharedValues,
    ) -> PageRenderer<'a> {
        let html_values = texts
            .map(|(texts, _)| {
                let keys = texts.bodies.keys();
                keys.map(|key| (key.clone(), OnceLock::new())).collect()
            })
            .unwrap_or_default();
        PageRenderer {
            site,
            localizers,
            texts,
            html_values,
            shared,
        }
    }

    pub(crate) fn page(&self, job: &Job) -> Page<'a> {
        match job {
            Job::Root => self.language_page("root.html", "root", "/"),
            Job::NotFound => self.language_page("404.html", "not_found", "/404.html"),
            Job::LocaleIndex { locale } => self.policies_page(locale),
            Job::Current { locale, policy } => {
                match self.site.content.policies[*policy].current_index(self.site.today) {
                    Some(v) => self.version_page(locale, *policy, v, false),
                    None => self.nothing_in_effect_page(locale, *policy),
                }
            }
            Job::Version {
                locale,
                policy,
                version,
            } => self.version_page(locale, *policy, *version, true),
            Job::History { locale, policy } => self.history_page(locale, *policy),
            Job::Changes {
                locale,
                policy,
                version,
            } => self.changes_page(locale, *policy, *version),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.site.config.base_path)
    }

    /// Absolute where `base_url` is set, else the site path.
    fn absolute(&self, path: &str) -> String {
        if self.site.config.base_url.is_empty() {
            self.url(path)
        } else {
            format!("{}{path}", self.site.config.base_url)
        }
    }

    fn localizer(&self, locale: &str) -> &'a Localizer {
        // build::site_localizers makes a Localizer for every locale of the site.
        &self.localizers[locale]
    }

    fn string(&self, locale: &str, key: &str) -> String {
        self.localizer(locale)
            .strings
            .get(key)
            .cloned()
            .unwrap_or_default()
    }

    fn state_label(&self, locale: &str, state: VersionState) -> String {
        self.string(
            locale,
            match state {
                VersionState::Current => "version_current",
                VersionState::Past => "version_past",
                VersionState::Upcoming => "version_upcoming",
            },
        )
    }

    /// The context every page shares; `path_in` gives this page's path in another locale.
    fn base(
        &self,
        kind: &'static str,
        locale: &str,
        path: &str,
        path_in: Option<&dyn Fn(&str) -> String>,
        title: String,
        description: Option<String>,
    ) -> (PageContext<'a>, PageEntry) {
        let site = self.site;
        let l = self.localizer(locale);
        let shared = self.shared(locale);
        // (locale, site path) of this page in every locale.
        let paths: Vec<(String, String)> = path_in.map_or_else(Vec::new, |path_in| {
            site.locales
                .iter()
                .map(|other| (other.clone(), path_in(other)))
                .collect()
        });
        let alternates = site
            .locales
            .iter()
            .zip(&paths)
            .map(|(other, (_, other_path))| self.alternate(locale, other, other_path.clone()))
            .collect();
        let x_default = path_in.map(|path_in| self.absolute(&path_in(&site.config.default_locale)));
        let entry = PageEntry {
            path: path.to_string(),
            alternates: paths.into(),
            listed: true,
        };
        let context = PageContext {
            site: SiteView {
                title: &site.config.title,
                base_path: &site.config.base_path,
                home: self.url(&format!("/{locale}/")),
            },
            lang: &l.locale,
            dir: l.direction,
            t: shared.strings.clone(),
            page: PageView {
                kind,
                title,
                description,
                url: self.url(path),
                canonical: Some(self.absolute(path)),
                robots: None,
            },
            x_default,
            alternates,
            languages: shared.languages.clone(),
            static_path: self.url("/static/"),
            feed: Link {
                href: self.url(&feed_path(locale)),
                text: self.string(locale, "feed_link"),
            },
            policy: None,
            version: None,
            history: Vec::new(),
            changes: None,
            policies: Vec::new(),
        };
        (context, entry)
    }

    /// `other`'s version of a page of `locale` whose path there is `other_path`.
    fn alternate(&self, locale: &str, other: &'a str, other_path: String) -> Alternate<'a> {
        Alternate {
            locale: other,
            autonym: &self.localizer(other).autonym,
            href: self.url(&other_path),
            absolute: self.absolute(&other_path),
            current: other == locale,
        }
    }
}
