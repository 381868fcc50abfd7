//! What each template receives: the page context, built from the model for one page.
//!
//! Every string a reader sees is localized here (dates through ICU, sentences through Fluent),
//! so templates only place values; a site's theme can rearrange pages without knowing Fluent.

mod changes;
mod history;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::{Job, PageEntry};
use crate::content::{Policy, Shown, Site, Translation, VersionState};
use crate::diff::policy::PolicyRedlines;
use crate::i18n::Localizer;
use crate::markdown::TocEntry;
use crate::markdown::texts::{Body, PolicyTexts};
use crate::urls::{changes_path, feed_path, history_path, policy_path, version_path};

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

/// Per locale, the parts of the context that are the same on all its pages, made into template
/// values once: every page then shares them instead of serializing its own copy. Made on first
/// use, so a `serve` rebuild whose pages all come from the cache makes none.
pub(crate) struct SharedValues {
    locales: BTreeMap<String, OnceLock<LocaleValues>>,
}

/// The values one locale's pages share. `t` and `languages` pay for being made once: made on
/// each page, the 50x20x10 build took 2.088 s ± 0.237 s against 1.832 s ± 0.213 s (hyperfine,
/// same run); `site` and `feed` did not, and are made on each page.
struct LocaleValues {
    /// The interface strings (`t`): the locale's `BTreeMap<String, String>`.
    strings: tera::Value,
    /// Each locale's home (`languages`): a `Vec<Alternate>`.
    languages: tera::Value,
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

/// What every template receives: these fields and their names are what a site's own templates
/// can use.
#[derive(Serialize)]
pub(crate) struct PageContext<'a> {
    site: SiteView<'a>,
    lang: &'a str,
    dir: &'a str,
    /// Interface strings of the page's locale, by message id with `_` for `-`: the
    /// `LocaleValues::strings` of its locale.
    t: tera::Value,
    page: PageView,
    /// This page in every locale (`Alternate`s), for the language switcher and hreflang links.
    alternates: Vec<Alternate<'a>>,
    x_default: Option<String>,
    /// Each locale's list of policies, for the language picker and the 404 page: the
    /// `LocaleValues::languages` of the page's locale.
    languages: tera::Value,
    static_path: String,
    /// The locale's Atom feed.
    feed: Link,
    policy: Option<PolicyView<'a>>,
    version: Option<VersionView<'a>>,
    history: Vec<history::HistoryEntry>,
    changes: Option<changes::ChangesView<'a>>,
    policies: Vec<PolicyItem>,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    base_path: &'a str,
    /// The page locale's list of policies.
    home: String,
}

#[derive(Serialize)]
struct PageView {
    /// `root`, `not_found`, `policies`, `version`, `history` or `changes`.
    kind: &'static str,
    title: String,
    description: Option<String>,
    url: String,
    canonical: Option<String>,
    /// `noindex` for texts no longer in force.
    robots: Option<&'static str>,
}

#[derive(Serialize)]
struct Alternate<'a> {
    locale: &'a str,
    autonym: &'a str,
    href: String,
    absolute: String,
    current: bool,
}

#[derive(Serialize)]
struct Link {
    href: String,
    text: String,
}

/// The policy a page is about: title, language of its text, navigation.
#[derive(Serialize)]
struct PolicyView<'a> {
    id: &'a str,
    title: String,
    description: Option<String>,
    /// Language and direction of the text shown, which differ from the page's when untranslated.
    content_lang: &'a str,
    content_dir: &'a str,
    href: String,
    history_href: String,
    /// Set when the page's locale has no translation of the text shown.
    untranslated_notice: Option<String>,
    /// The locale's latest own translation of an earlier version.
    older_translation: Option<Link>,
    /// Newest first.
    versions: Vec<VersionLink>,
}

#[derive(Serialize)]
struct VersionLink {
    date: String,
    date_display: String,
    href: String,
    state: VersionState,
    state_label: String,
    /// The version this page shows (the current one on the policy's own page).
    is_shown: bool,
    /// This page is that version's permalink.
    is_page: bool,
}

/// One version's text and dates.
#[derive(Serialize)]
struct VersionView<'a> {
    html: Option<tera::Value>,
    toc: &'a [TocEntry],
    date: String,
    date_display: String,
    updated: String,
    updated_display: String,
    state: VersionState,
    summary: Option<String>,
    permalink: String,
    changes_href: Option<String>,
    /// "This version applied from … to …", "This version takes effect on …".
    state_notice: Option<Notice>,
    /// On the current page: the versions whose date has not come yet.
    upcoming: Vec<Upcoming>,
    /// Corrections made to this text since it was published.
    errata: Vec<ErratumView>,
}

#[derive(Serialize)]
struct Notice {
    text: String,
    link: Option<Link>,
}

#[derive(Serialize)]
struct Upcoming {
    text: String,
    text_href: String,
    changes_href: String,
}

/// A correction made to a published text, as readers see it.
#[derive(Serialize)]
struct ErratumView {
    date: String,
    /// "Corrected on February 3, 2026"
    label: String,
    note: String,
}

#[derive(Serialize)]
struct PolicyItem {
    title: String,
    description: Option<String>,
    href: String,
    content_lang: String,
    updated: Option<String>,
    updated_display: Option<String>,
}

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

    /// The values every page of `locale` shares.
    fn shared(&self, locale: &str) -> &'a LocaleValues {
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
                strings: tera::Value::from_serializable(&l.strings),
                languages: tera::Value::from_serializable(&languages),
            }
        })
    }

    /// Each version of policy `p` as a link of `locale`'s versions list, newest first; `v` is
    /// the version the page is about, `permalink` whether the page is its permalink.
    fn version_links(&self, locale: &str, p: usize, v: usize, permalink: bool) -> Vec<VersionLink> {
        let site = self.site;
        let policy = &site.content.policies[p];
        let l = self.localizer(locale);
        policy
            .versions
            .iter()
            .enumerate()
            .rev()
            .map(|(i, version)| {
                let state = policy.state(i, site.today);
                VersionLink {
                    date: version.date.to_string(),
                    date_display: l.format_date(version.date),
                    href: self.url(&version_path(locale, policy, version.date)),
                    state,
                    state_label: self.state_label(locale, state),
                    is_shown: i == v,
                    is_page: i == v && permalink,
                }
            })
            .collect()
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
        // lib::build makes a Localizer for every locale of the site.
        &self.localizers[locale]
    }

    fn string(&self, locale: &str, key: &str) -> String {
        self.localizer(locale)
            .strings
            .get(key)
            .cloned()
            .unwrap_or_default()
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

    /// `/` and `/404.html`: in the default locale, listing every locale.
    fn language_page(&self, template: &'static str, kind: &'static str, path: &str) -> Page<'a> {
        let locale = &self.site.config.default_locale;
        let title = if kind == "root" {
            self.site.config.title.clone()
        } else {
            self.string(locale, "page_not_found")
        };
        let (mut context, mut entry) = self.base(kind, locale, path, None, title, None);
        if kind == "not_found" {
            context.page.canonical = None;
            entry.listed = false;
        }
        Page {
            template,
            context,
            entry,
            size_hint: PAGE_FRAME_BYTES,
        }
    }

    fn policies_page(&self, locale: &str) -> Page<'a> {
        let path = format!("/{locale}/");
        let title = self.string(locale, "policies_heading");
        let (mut context, entry) = self.base(
            "policies",
            locale,
            &path,
            Some(&|other: &str| format!("/{other}/")),
            title,
            None,
        );
        context.policies = self
            .site
            .content
            .policies
            .iter()
            .map(|policy| self.policy_item(locale, policy))
            .collect();
        Page {
            template: "policies.html",
            context,
            entry,
            size_hint: PAGE_FRAME_BYTES,
        }
    }

    fn policy_item(&self, locale: &str, policy: &Policy) -> PolicyItem {
        let l = self.localizer(locale);
        let current = policy.current_index(self.site.today);
        let version = &policy.versions[current.unwrap_or(0)];
        let shown = policy.shown(current.unwrap_or(0), locale);
        let text = shown.text;
        let updated = current.map(|_| text.front.updated.unwrap_or(version.date));
        PolicyItem {
            title: shown.title.to_string(),
            description: text.front.description.clone(),
            href: self.url(&policy_path(locale, policy)),
            content_lang: text.locale.clone(),
            updated: updated.map(|d| d.to_string()),
            updated_display: updated.map(|d| l.format_date(d)),
        }
    }

    /// The policy part of a page that shows (or is about) version `v` in `locale`.
    fn policy_view(
        &self,
        locale: &str,
        p: usize,
        v: usize,
        permalink: bool,
        shown: Shown<'a>,
    ) -> PolicyView<'a> {
        let text = shown.text;
        let site = self.site;
        let policy = &site.content.policies[p];
        let l = self.localizer(locale);
        let content_localizer = self.localizers.get(&text.locale).unwrap_or(l);
        let (untranslated_notice, older_translation) = if !shown.is_untranslated_in(locale) {
            (None, None)
        } else {
            let notice = l.message_with(
                "untranslated-notice",
                &[
                    ("language", &l.autonym),
                    ("source", &content_localizer.autonym),
                ],
            );
            let older = policy.versions[..v]
                .iter()
                .rev()
                .find(|older| older.translation(locale).is_some())
                .map(|older| Link {
                    href: self.url(&version_path(locale, policy, older.date)),
                    text: l.message_with(
                        "older-translation",
                        &[
                            ("language", &l.autonym),
                            ("date", &l.format_date(older.date)),
                        ],
                    ),
                });
            (Some(notice), older)
        };
        let versions = self.version_links(locale, p, v, permalink);
        PolicyView {
            id: &policy.id,
            title: shown.title.to_string(),
            description: text.front.description.clone(),
            content_lang: &text.locale,
            content_dir: content_localizer.direction,
            href: self.url(&policy_path(locale, policy)),
            history_href: self.url(&history_path(locale, policy)),
            untranslated_notice,
            older_translation,
            versions,
        }
    }

    /// The HTML of `body`, version `v`'s text as `locale` shows it, as a template value.
    fn html_value(&self, v: usize, locale: &str, body: &Body) -> tera::Value {
        let make = || tera::Value::safe_string(&body.markdown.html());
        match self.html_values.get(&(v, locale.to_string())) {
            Some(cell) => cell.get_or_init(make).clone(),
            None => make(),
        }
    }

    fn errata(&self, locale: &str, text: &Translation) -> Vec<ErratumView> {
        let l = self.localizer(locale);
        text.front
            .errata
            .iter()
            .flatten()
            .map(|erratum| ErratumView {
                date: erratum.date.to_string(),
                label: l.message_with("corrected-on", &[("date", &l.format_date(erratum.date))]),
                note: erratum.note.clone(),
            })
            .collect()
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

    /// `/<locale>/<policy>/` (`permalink: false`) or `/<locale>/<policy>/<date>/`.
    fn version_page(&self, locale: &str, p: usize, v: usize, permalink: bool) -> Page<'a> {
        let site = self.site;
        let policy = &site.content.policies[p];
        let version = &policy.versions[v];
        let l = self.localizer(locale);
        let shown = policy.shown(v, locale);
        let text = shown.text;
        let state = policy.state(v, site.today);
        let path = if permalink {
            version_path(locale, policy, version.date)
        } else {
            policy_path(locale, policy)
        };
        let path_in = |other: &str| {
            if permalink {
                version_path(other, policy, version.date)
            } else {
                policy_path(other, policy)
            }
        };
        let (mut context, mut entry) = self.base(
            "version",
            locale,
            &path,
            Some(&path_in),
            shown.title.to_string(),
            text.front.description.clone(),
        );
        let current_page = self.url(&policy_path(locale, policy));
        let next_date = policy.versions.get(v + 1).map(|next| next.date);
        let state_notice = match state {
            VersionState::Past => Some(Notice {
                text: l.message_with(
                    "past-notice",
                    &[
                        ("from", &l.format_date(version.date)),
                        (
                            "to",
                            &next_date.map(|d| l.format_date(d)).unwrap_or_default(),
                        ),
                    ],
                ),
                link: Some(Link {
                    href: current_page.clone(),
                    text: self.string(locale, "read_current"),
                }),
            }),
            VersionState::Upcoming => Some(Notice {
                text: l.message_with("upcoming-notice", &[("date", &l.format_date(version.date))]),
                link: policy.current_index(site.today).map(|_| Link {
                    href: current_page.clone(),
                    text: self.string(locale, "read_current"),
                }),
            }),
            VersionState::Current => None,
        };
        // Texts no longer in force stay readable at their permalink but out of search results;
        // the current text has one canonical address, the policy's own page (issue 3).
        if state == VersionState::Past || (permalink && state == VersionState::Current) {
            context.page.canonical = Some(self.absolute(&policy_path(locale, policy)));
            entry.listed = false;
        }
        if state == VersionState::Past {
            context.page.robots = Some("noindex");
        }
        let upcoming = if state == VersionState::Current {
            policy.versions[v + 1..]
                .iter()
                .map(|next| Upcoming {
                    text: l.message_with(
                        "upcoming-announcement",
                        &[("date", &l.format_date(next.date))],
                    ),
                    text_href: self.url(&version_path(locale, policy, next.date)),
                    changes_href: self.url(&changes_path(locale, policy, next.date)),
                })
                .collect()
        } else {
            Vec::new()
        };
        let body = self.texts.and_then(|(texts, _)| texts.body(v, locale));
        let updated = text.front.updated.unwrap_or(version.date);
        context.version = Some(VersionView {
            html: body.map(|body| self.html_value(v, locale, body)),
            toc: body.map_or(&[], |b| b.markdown.toc.as_slice()),
            date: version.date.to_string(),
            date_display: l.format_date(version.date),
            updated: updated.to_string(),
            updated_display: l.format_date(updated),
            state,
            summary: text.front.summary.clone(),
            permalink: self.url(&version_path(locale, policy, version.date)),
            changes_href: (v > 0).then(|| self.url(&changes_path(locale, policy, version.date))),
            state_notice,
            upcoming,
            errata: self.errata(locale, text),
        });
        context.policy = Some(self.policy_view(locale, p, v, permalink, shown));
        Page {
            template: "policy.html",
            context,
            entry,
            size_hint: PAGE_FRAME_BYTES + body.map_or(0, |b| b.markdown.html_len()),
        }
    }

    /// `/<locale>/<policy>/` when no version is in effect yet: a notice and the versions.
    fn nothing_in_effect_page(&self, locale: &str, p: usize) -> Page<'a> {
        let mut page = self.version_page(locale, p, 0, false);
        if let Some(version) = &mut page.context.version {
            version.html = None;
            version.toc = &[];
            version.state_notice = Some(Notice {
                text: self.string(locale, "not_yet_in_effect"),
                link: None,
            });
        }
        page.context.page.canonical =
            Some(self.absolute(&policy_path(locale, &self.site.content.policies[p])));
        page.context.page.robots = None;
        page.entry.listed = true;
        page
    }
}
