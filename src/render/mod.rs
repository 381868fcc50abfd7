//! Pages from the model: one Tera render per page, from the texts and redlines the stages
//! before made once per version and locale.
//!
//! Takes the loaded `Site`, the theme, one `Localizer` per locale, and a policy's texts and
//! redlines; returns its pages (pages are independent, so they render in parallel), which
//! `output` writes. Knows nothing of disks or the clock: "today" is part of the `Site`. `views`
//! builds what each template receives.

#[cfg(test)]
mod context_doc;
mod views;

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::cache::{self, Memo};
use crate::content::Site;
use crate::diff::policy::PolicyRedlines;
use crate::error::Diagnostic;
use crate::i18n::Localizer;
use crate::markdown::texts::PolicyTexts;
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

/// A rendered page: its sitemap entry and its bytes.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    pub entry: PageEntry,
    pub html: Arc<Vec<u8>>,
}

/// Pages by the key of everything they depend on (`page_key`), for `serve`'s rebuilds.
pub type PageMemo = Memo<cache::Key, RenderedPage>;

/// What every page of a build is rendered with.
pub struct SiteRenderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    localizers: &'a BTreeMap<String, Localizer>,
    shared: views::SharedValues,
    /// The key of the site's shared inputs (settings, theme, interface strings, today).
    inputs: cache::Key,
    /// Each policy's fingerprint, by index.
    policy_keys: &'a [cache::Key],
    memo: &'a PageMemo,
}

impl<'a> SiteRenderer<'a> {
    pub fn new(
        site: &'a Site,
        theme: &'a Theme,
        localizers: &'a BTreeMap<String, Localizer>,
        (inputs, policy_keys): (cache::Key, &'a [cache::Key]),
        memo: &'a PageMemo,
    ) -> SiteRenderer<'a> {
        SiteRenderer {
            site,
            theme,
            localizers,
            shared: views::SharedValues::new(site),
            inputs,
            policy_keys,
            memo,
        }
    }

    /// The pages that are about no one policy: `/`, the 404 page and each locale's list.
    pub fn site_pages(&self) -> Result<Vec<RenderedPage>, Vec<Diagnostic>> {
        let renderer = views::PageRenderer::new(self.site, self.localizers, None, &self.shared);
        self.render_jobs(&renderer, site_jobs(self.site))
    }

    /// Every page of the policy whose texts and redlines are given, in every locale.
    pub fn policy_pages(
        &self,
        texts: &PolicyTexts,
        redlines: &PolicyRedlines,
    ) -> Result<Vec<RenderedPage>, Vec<Diagnostic>> {
        let renderer = views::PageRenderer::new(
            self.site,
            self.localizers,
            Some((texts, redlines)),
            &self.shared,
        );
        self.render_jobs(&renderer, policy_jobs(self.site, texts.policy))
    }

    fn render_jobs(
        &self,
        renderer: &views::PageRenderer<'_>,
        jobs: Vec<Job>,
    ) -> Result<Vec<RenderedPage>, Vec<Diagnostic>> {
        let results: Vec<_> = jobs
            .par_iter()
            .map(|job| {
                let key = || page_key(&self.inputs, self.policy_keys, job);
                self.memo
                    .get_or_try(key, || self.render_page(renderer, job))
            })
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
            // A broken template fails every page that uses it the same way: say it once.
            problems.sort();
            problems.dedup();
            Err(problems)
        }
    }

    fn render_page(
        &self,
        renderer: &views::PageRenderer<'_>,
        job: &Job,
    ) -> Result<RenderedPage, Diagnostic> {
        let theme = self.theme;
        let page = renderer.page(job);
        let context = tera::Context::from_serialize(&page.context)
            .map_err(|e| template_diagnostic(&e, |n| theme.template_path(n)))?;
        // Rendered straight into bytes sized for the page: no growing, no UTF-8 check of a copy.
        let mut html = Vec::with_capacity(page.size_hint);
        theme
            .tera
            .render_to(page.template, &context, &mut html)
            .map_err(|e| template_diagnostic(&e, |n| theme.template_path(n)))?;
        Ok(RenderedPage {
            entry: page.entry,
            html: Arc::new(html),
        })
    }
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
        | Job::Changes { policy, .. }
        | Job::Since { policy, .. } => {
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
    /// `/<locale>/<policy>/since/<date>/`, for every version before the current one.
    Since {
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
            if policy.has_since_page(v, site.today) {
                jobs.push(Job::Since {
                    locale: l(),
                    policy: p,
                    version: v,
                });
            }
        }
    }
    jobs
}
