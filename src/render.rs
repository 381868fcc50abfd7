//! Pages from the model: Markdown once per version and locale, then one Tera render per page.
//!
//! Takes the loaded `Site`, the theme and one `Localizer` per locale; writes each page to the
//! sink as soon as it is rendered (pages are independent, so they render in parallel) and
//! returns the list of pages for the sitemap. Knows nothing of disks or the clock: "today" is
//! part of the `Site`.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::Site;
use crate::content::{Policy, Translation, Version};
use crate::date::Date;
use crate::error::{Diagnostic, line_col};
use crate::i18n::Localizer;
use crate::markdown::{MarkdownSettings, RenderedMarkdown, TocEntry, render_markdown};
use crate::output::Sink;
use crate::theme::{Theme, template_diagnostic};

/// One page of the site, for the sitemap: its path and the same page in every locale.
#[derive(Debug, Clone)]
pub struct PageEntry {
    /// Site path with trailing slash, without base path (`/en/privacy/`).
    pub path: String,
    /// (locale, site path) of this page in every locale, including itself.
    pub alternates: Vec<(String, String)>,
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

/// Renders every page into `sink`; returns the pages, or every problem found.
pub fn render_site(
    site: &Site,
    theme: &Theme,
    localizers: &BTreeMap<String, Localizer>,
    sink: &dyn Sink,
) -> Result<Vec<PageEntry>, Vec<Diagnostic>> {
    let bodies = render_bodies(site)?;
    let jobs = page_jobs(site);
    let renderer = PageRenderer {
        site,
        theme,
        localizers,
        bodies: &bodies,
    };
    let results: Vec<Result<PageEntry, Diagnostic>> = jobs
        .par_iter()
        .map(|job| renderer.render(job, sink))
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(page) => pages.push(page),
            Err(d) => problems.push(d),
        }
    }
    if problems.is_empty() {
        Ok(pages)
    } else {
        problems.sort();
        problems.dedup();
        Err(problems)
    }
}

/// Key of a rendered body: (policy index, version index, page locale).
type BodyKey = (usize, usize, String);

/// Markdown of every version as each locale shows it, rendered once and shared by its pages.
/// A source text shown in another locale is rendered for that locale, since its relative links
/// lead to that locale's pages.
fn render_bodies(site: &Site) -> Result<BTreeMap<BodyKey, RenderedMarkdown>, Vec<Diagnostic>> {
    let mut keys = Vec::new();
    for (p, policy) in site.content.policies.iter().enumerate() {
        for v in 0..policy.versions.len() {
            for locale in &site.locales {
                keys.push((p, v, locale.clone()));
            }
        }
    }
    let results: Vec<_> = keys
        .into_par_iter()
        .map(|(p, v, locale)| {
            let policy = &site.content.policies[p];
            let translation = displayed_translation(policy, &policy.versions[v], &locale);
            let link_base = policy_path(&locale, policy);
            let settings = MarkdownSettings {
                base_path: &site.config.base_path,
                link_base: &link_base,
                allow_html: site.config.allow_html,
            };
            let rendered = render_markdown(&translation.body, &settings).map_err(|problems| {
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
enum Job {
    /// `/`: pick a language.
    Root,
    /// `/404.html`.
    NotFound,
    /// `/<locale>/`: the policies of a locale.
    LocaleIndex { locale: String },
    /// `/<locale>/<policy>/` (`permalink: false`) or `/<locale>/<policy>/<date>/`.
    Version {
        locale: String,
        policy: usize,
        version: usize,
        permalink: bool,
    },
    /// `/<locale>/<policy>/` when no version is in effect yet.
    NothingInEffect { locale: String, policy: usize },
}

fn page_jobs(site: &Site) -> Vec<Job> {
    let mut jobs = vec![Job::Root, Job::NotFound];
    for locale in &site.locales {
        jobs.push(Job::LocaleIndex {
            locale: locale.clone(),
        });
        for (p, policy) in site.content.policies.iter().enumerate() {
            match policy.current_index(site.today) {
                Some(v) => jobs.push(Job::Version {
                    locale: locale.clone(),
                    policy: p,
                    version: v,
                    permalink: false,
                }),
                None => jobs.push(Job::NothingInEffect {
                    locale: locale.clone(),
                    policy: p,
                }),
            }
            for v in 0..policy.versions.len() {
                jobs.push(Job::Version {
                    locale: locale.clone(),
                    policy: p,
                    version: v,
                    permalink: true,
                });
            }
        }
    }
    jobs
}

struct PageRenderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    localizers: &'a BTreeMap<String, Localizer>,
    bodies: &'a BTreeMap<BodyKey, RenderedMarkdown>,
}

/// What every template receives.
#[derive(Serialize)]
struct PageContext<'a> {
    site: SiteView<'a>,
    lang: &'a str,
    dir: &'a str,
    t: &'a BTreeMap<String, String>,
    page: PageView,
    /// This page in every locale (language switcher, hreflang).
    alternates: Vec<Alternate<'a>>,
    x_default: String,
    static_path: String,
    policy: Option<PolicyView<'a>>,
    policies: Vec<PolicyItem>,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    base_path: &'a str,
    /// The locale's list of policies.
    home: String,
}

#[derive(Serialize)]
struct PageView {
    title: String,
    description: Option<String>,
    url: String,
    canonical: String,
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
struct PolicyView<'a> {
    id: &'a str,
    title: String,
    description: Option<String>,
    /// Language and direction of the text shown, which differ from the page's when untranslated.
    content_lang: &'a str,
    content_dir: &'a str,
    html: Option<&'a str>,
    toc: &'a [TocEntry],
    date: String,
    date_display: String,
    updated: String,
    updated_display: String,
    state: VersionState,
    summary: Option<String>,
    permalink: String,
    current_href: Option<String>,
    /// Notices above the text, already in the reader's language.
    untranslated_notice: Option<String>,
    older_translation: Option<Link>,
    state_notice: Option<String>,
    versions: Vec<VersionLink>,
}

#[derive(Serialize)]
struct Link {
    href: String,
    text: String,
}

#[derive(Serialize)]
struct VersionLink {
    date: String,
    date_display: String,
    href: String,
    state: VersionState,
    state_label: String,
    is_shown: bool,
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

impl PageRenderer<'_> {
    fn render(&self, job: &Job, sink: &dyn Sink) -> Result<PageEntry, Diagnostic> {
        let (template, path, context, same_in_every_locale) = self.context(job);
        let mut tera_context = tera::Context::from_serialize(&context)
            .map_err(|e| template_diagnostic(&e, |n| self.theme.template_path(n)))?;
        tera_context.insert("page_kind", template.trim_end_matches(".html"));
        let html = self
            .theme
            .tera
            .render(template, &tera_context)
            .map_err(|e| template_diagnostic(&e, |n| self.theme.template_path(n)))?;
        let file = if path.ends_with('/') {
            format!("{}index.html", &path[1..])
        } else {
            path[1..].to_string()
        };
        sink.write(&file, html.as_bytes()).map_err(|e| {
            Diagnostic::error(&file, format!("cannot write the page: {e}"))
                .help("check the free space and permissions of the output folder")
        })?;
        let alternates = if same_in_every_locale {
            context
                .alternates
                .iter()
                .map(|a| {
                    (
                        a.locale.to_string(),
                        a.href[self.site.config.base_path.len()..].to_string(),
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(PageEntry { path, alternates })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.site.config.base_path)
    }

    fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.site.config.base_url)
    }

    fn localizer(&self, locale: &str) -> &Localizer {
        // lib::build makes a Localizer for every locale of the site.
        &self.localizers[locale]
    }

    /// Template name, site path, context, and whether the page exists in every locale.
    fn context(&self, job: &Job) -> (&'static str, String, PageContext<'_>, bool) {
        let site = self.site;
        let default = site.config.default_locale.as_str();
        match job {
            Job::Root => {
                let context = self.base_context(
                    default,
                    "/",
                    |locale| format!("/{locale}/"),
                    site.config.title.clone(),
                    None,
                );
                ("root.html", "/".to_string(), context, false)
            }
            Job::NotFound => {
                let l = self.localizer(default);
                let title = l.strings.get("page_not_found").cloned().unwrap_or_default();
                let context = self.base_context(
                    default,
                    "/404.html",
                    |locale| format!("/{locale}/"),
                    title,
                    None,
                );
                ("404.html", "/404.html".to_string(), context, false)
            }
            Job::LocaleIndex { locale } => {
                let l = self.localizer(locale);
                let title = l
                    .strings
                    .get("policies_heading")
                    .cloned()
                    .unwrap_or_default();
                let path = format!("/{locale}/");
                let mut context =
                    self.base_context(locale, &path, |other| format!("/{other}/"), title, None);
                context.policies = self.policy_items(locale);
                ("policies.html", path, context, true)
            }
            Job::NothingInEffect { locale, policy: p } => {
                let policy = &site.content.policies[*p];
                let first = &policy.versions[0];
                let shown = displayed_translation(policy, first, locale);
                let path = policy_path(locale, policy);
                let title = self.policy_title(policy, shown);
                let mut context = self.base_context(
                    locale,
                    &path,
                    |other| policy_path(other, policy),
                    title,
                    shown.front.description.clone(),
                );
                let l = self.localizer(locale);
                let mut view = self.policy_view(locale, *p, 0, false);
                view.html = None;
                view.state_notice = l.strings.get("not_yet_in_effect").cloned();
                context.policy = Some(view);
                ("policy.html", path, context, true)
            }
            Job::Version {
                locale,
                policy: p,
                version: v,
                permalink,
            } => {
                let policy = &site.content.policies[*p];
                let version = &policy.versions[*v];
                let shown = displayed_translation(policy, version, locale);
                let path = if *permalink {
                    version_path(locale, policy, version.date)
                } else {
                    policy_path(locale, policy)
                };
                let title = self.policy_title(policy, shown);
                let alternate_path = |other: &str| {
                    if *permalink {
                        version_path(other, policy, version.date)
                    } else {
                        policy_path(other, policy)
                    }
                };
                let mut context = self.base_context(
                    locale,
                    &path,
                    alternate_path,
                    title,
                    shown.front.description.clone(),
                );
                let view = self.policy_view(locale, *p, *v, *permalink);
                if *permalink && view.state == VersionState::Current {
                    // The current text has one canonical address: the policy's own page.
                    context.page.canonical = self.absolute_or_url(&policy_path(locale, policy));
                }
                context.policy = Some(view);
                ("policy.html", path, context, true)
            }
        }
    }

    fn absolute_or_url(&self, path: &str) -> String {
        if self.site.config.base_url.is_empty() {
            self.url(path)
        } else {
            self.absolute(path)
        }
    }

    fn base_context(
        &self,
        locale: &str,
        path: &str,
        path_in: impl Fn(&str) -> String,
        title: String,
        description: Option<String>,
    ) -> PageContext<'_> {
        let l = self.localizer(locale);
        let alternates = self
            .site
            .locales
            .iter()
            .map(|other| {
                let other_path = path_in(other);
                Alternate {
                    locale: other,
                    autonym: &self.localizer(other).autonym,
                    href: self.url(&other_path),
                    absolute: self.absolute_or_url(&other_path),
                    current: other == locale,
                }
            })
            .collect();
        PageContext {
            site: SiteView {
                title: &self.site.config.title,
                base_path: &self.site.config.base_path,
                home: self.url(&format!("/{locale}/")),
            },
            lang: &l.locale,
            dir: l.direction,
            t: &l.strings,
            page: PageView {
                title,
                description,
                url: self.url(path),
                canonical: self.absolute_or_url(path),
            },
            alternates,
            x_default: self.absolute_or_url(&path_in(&self.site.config.default_locale)),
            static_path: self.url("/static/"),
            policy: None,
            policies: Vec::new(),
        }
    }

    fn policy_title(&self, policy: &Policy, shown: &Translation) -> String {
        shown
            .front
            .title
            .clone()
            .or_else(|| policy.title.clone())
            .unwrap_or_else(|| policy.id.clone())
    }

    fn policy_view(&self, locale: &str, p: usize, index: usize, permalink: bool) -> PolicyView<'_> {
        let site = self.site;
        let policy = &site.content.policies[p];
        let l = self.localizer(locale);
        let version = &policy.versions[index];
        let shown = displayed_translation(policy, version, locale);
        let state = version_state(policy, index, site.today);
        let updated = shown.front.updated.unwrap_or(version.date);
        let content_localizer = self.localizers.get(&shown.locale).unwrap_or(l);
        let body = self.bodies.get(&(p, index, locale.to_string()));

        let (untranslated_notice, older_translation) = if shown.locale == locale {
            (None, None)
        } else {
            let notice = l.message_with(
                "untranslated-notice",
                &[
                    ("language", &l.autonym),
                    ("source", &content_localizer.autonym),
                ],
            );
            let older = policy.versions[..index]
                .iter()
                .rev()
                .find(|v| v.translation(locale).is_some())
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
        let state_notice = match state {
            VersionState::Upcoming => {
                Some(l.message_with("upcoming-notice", &[("date", &l.format_date(version.date))]))
            }
            VersionState::Past => l.strings.get("past_notice").cloned(),
            VersionState::Current => None,
        };
        let current_href = (state != VersionState::Current || permalink)
            .then(|| {
                policy
                    .current_index(site.today)
                    .map(|_| self.url(&policy_path(locale, policy)))
            })
            .flatten();
        let versions = policy
            .versions
            .iter()
            .enumerate()
            .rev()
            .map(|(i, v)| {
                let state = version_state(policy, i, site.today);
                let label = match state {
                    VersionState::Current => "version_current",
                    VersionState::Past => "version_past",
                    VersionState::Upcoming => "version_upcoming",
                };
                VersionLink {
                    date: v.date.to_string(),
                    date_display: l.format_date(v.date),
                    href: self.url(&version_path(locale, policy, v.date)),
                    state,
                    state_label: l.strings.get(label).cloned().unwrap_or_default(),
                    is_shown: i == index,
                }
            })
            .collect();
        PolicyView {
            id: &policy.id,
            title: self.policy_title(policy, shown),
            description: shown.front.description.clone(),
            content_lang: &shown.locale,
            content_dir: content_localizer.direction,
            html: body.map(|b| b.html.as_str()),
            toc: body.map_or(&[], |b| b.toc.as_slice()),
            date: version.date.to_string(),
            date_display: l.format_date(version.date),
            updated: updated.to_string(),
            updated_display: l.format_date(updated),
            state,
            summary: shown.front.summary.clone(),
            permalink: self.url(&version_path(locale, policy, version.date)),
            current_href,
            untranslated_notice,
            older_translation,
            state_notice,
            versions,
        }
    }

    fn policy_items(&self, locale: &str) -> Vec<PolicyItem> {
        let l = self.localizer(locale);
        self.site
            .content
            .policies
            .iter()
            .map(|policy| {
                let current = policy.current_index(self.site.today);
                let version = &policy.versions[current.unwrap_or(0)];
                let shown = displayed_translation(policy, version, locale);
                let updated = current.map(|_| shown.front.updated.unwrap_or(version.date));
                PolicyItem {
                    title: self.policy_title(policy, shown),
                    description: shown.front.description.clone(),
                    href: self.url(&policy_path(locale, policy)),
                    content_lang: shown.locale.clone(),
                    updated: updated.map(|d| d.to_string()),
                    updated_display: updated.map(|d| l.format_date(d)),
                }
            })
            .collect()
    }
}
