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

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use super::{Job, PageEntry};
use crate::content::{Site, VersionState};
use crate::diff::policy::PolicyRedlines;
use crate::i18n::{Arg, Localizer, Message};
use crate::markdown::texts::PolicyTexts;
use crate::urls::feed_path;
use context::{Alternate, FeedLink, PageView, SiteView};

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
    /// By the page's path in the default locale: the page in every locale, made for the first
    /// of its locales to render and shared by the others.
    alternate_sets: Mutex<HashMap<String, Arc<AlternateSet>>>,
}

/// A page in every locale (`PageRenderer::alternate_set`).
struct AlternateSet {
    /// Per site locale, its link as template values.
    forms: Vec<AlternateForms>,
    /// (locale, site path) per locale, for the sitemap.
    entry: Arc<[(String, String)]>,
    x_default: String,
}

/// One locale's link to a page, as another locale's page shows it and as its own page does
/// (`current`): made once per page path, not once per page, which the 50x20x10 build measured
/// at about 1.6%.
struct AlternateForms {
    elsewhere: tera::Value,
    here: tera::Value,
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
            alternate_sets: Mutex::default(),
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
            Job::Since {
                locale,
                policy,
                version,
            } => self.since_page(locale, *policy, *version),
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

    /// Interface string `key` (`_` for `-`) as plain text, for titles and attributes.
    fn string(&self, locale: &str, key: &str) -> String {
        self.localizer(locale)
            .strings
            .get(key)
            .cloned()
            .unwrap_or_default()
    }

    /// Interface string `key` as HTML, marked with its language where it is not `locale`'s.
    fn string_html(&self, locale: &str, key: &str) -> tera::Value {
        let html = self.localizer(locale).html.get(key);
        tera::Value::safe_string(html.map_or("", String::as_str))
    }

    /// Message `id` of `locale` with `args`, as text and HTML.
    fn message(&self, locale: &str, id: &str, args: &[(&str, Arg<'_>)]) -> Message {
        // The reference locale defines every id the code asks for (tested in i18n).
        self.localizer(locale).format(id, args).unwrap_or_default()
    }

    /// Message `id` of `locale` with `args`, as a template value of HTML.
    fn message_html(&self, locale: &str, id: &str, args: &[(&str, Arg<'_>)]) -> tera::Value {
        html(&self.message(locale, id, args))
    }

    fn state_label(&self, locale: &str, state: VersionState) -> tera::Value {
        self.string_html(
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
        let set = path_in.map(|path_in| self.alternate_set(path_in));
        let alternates = set.as_ref().map_or_else(Vec::new, |set| {
            let forms = site.locales.iter().zip(&set.forms);
            forms
                .map(|(other, forms)| {
                    if other == locale {
                        forms.here.clone()
                    } else {
                        forms.elsewhere.clone()
                    }
                })
                .collect()
        });
        let x_default = set.as_ref().map(|set| set.x_default.clone());
        let entry = PageEntry {
            path: path.to_string(),
            alternates: set
                .as_ref()
                .map_or_else(|| Arc::from([]), |set| Arc::clone(&set.entry)),
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
            t_plain: shared.plain_strings.clone(),
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
            feed: FeedLink {
                href: self.url(&feed_path(locale)),
                text: self.string_html(locale, "feed_link"),
                text_plain: self.string(locale, "feed_link"),
            },
            policy: None,
            version: None,
            history: Vec::new(),
            changes: None,
            policies: Vec::new(),
            not_found: Vec::new(),
        };
        (context, entry)
    }

    /// A page in every locale, by `path_in`, shared by the page in all its locales: each
    /// locale's link in its two forms, the sitemap's list and the `x-default` address.
    fn alternate_set(&self, path_in: &dyn Fn(&str) -> String) -> Arc<AlternateSet> {
        let site = self.site;
        let default_path = path_in(&site.config.default_locale);
        let sets = || {
            self.alternate_sets
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        if let Some(set) = sets().get(&default_path) {
            return Arc::clone(set);
        }
        // Made outside the lock, so pages of other paths render meanwhile. Two locales of one
        // page racing here both make the set, and the first one kept serves both.
        let paths: Vec<String> = site.locales.iter().map(|other| path_in(other)).collect();
        let forms = site
            .locales
            .iter()
            .zip(&paths)
            .map(|(other, other_path)| {
                let form = |current: bool| {
                    let mut alternate = self.alternate(other, other, other_path.clone());
                    alternate.current = current;
                    tera::Value::from_serializable(&alternate)
                };
                AlternateForms {
                    elsewhere: form(false),
                    here: form(true),
                }
            })
            .collect();
        let made = Arc::new(AlternateSet {
            forms,
            entry: site.locales.iter().cloned().zip(paths).collect(),
            x_default: self.absolute(&default_path),
        });
        Arc::clone(sets().entry(default_path).or_insert(made))
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

/// A message's HTML as a template value, printed as it is.
fn html(message: &Message) -> tera::Value {
    tera::Value::safe_string(&message.html)
}
