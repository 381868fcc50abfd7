//! The texts of a policy as the site shows them: each version's Markdown rendered once per
//! locale, and shared by every page, redline and link check that uses it. A source text shown in
//! another locale is rendered for that locale, since its relative links lead to that locale's
//! pages.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use super::{MarkdownSettings, RenderedMarkdown, render_markdown};
use crate::cache::{self, Memo};
use crate::content::Site;
use crate::error::{Diagnostic, line_col};
use crate::urls::{policy_path, version_path};

/// Rendered texts by the key of what they were rendered from, for `serve`'s rebuilds.
pub type MarkdownMemo = Memo<cache::Key, Arc<RenderedMarkdown>>;

/// A version's text as one locale shows it, and the key it was rendered under.
pub struct Body {
    pub markdown: Arc<RenderedMarkdown>,
    pub key: cache::Key,
}

/// Every text of one policy, by (version index, page locale).
pub struct PolicyTexts {
    pub policy: usize,
    pub bodies: BTreeMap<(usize, String), Body>,
}

impl PolicyTexts {
    pub fn body(&self, v: usize, locale: &str) -> Option<&Body> {
        self.bodies.get(&(v, locale.to_string()))
    }
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

/// The Markdown of every version of policy `p` as each locale shows it, or every problem.
pub fn render_texts(
    site: &Site,
    p: usize,
    memo: &MarkdownMemo,
) -> Result<PolicyTexts, Vec<Diagnostic>> {
    let policy = &site.content.policies[p];
    let mut keys = Vec::new();
    for v in 0..policy.versions.len() {
        for locale in &site.locales {
            keys.push((v, locale.clone()));
        }
    }
    let results: Vec<_> = keys
        .into_par_iter()
        .map(|(v, locale)| {
            let text = policy.shown(v, &locale).text;
            let link_base = policy_path(&locale, policy);
            let settings = MarkdownSettings {
                base_path: &site.config.base_path,
                link_base: &link_base,
                allow_html: site.config.allow_html,
            };
            let allow_html: &[u8] = if settings.allow_html { b"html" } else { b"" };
            // The file's hash stands for its body: no need to hash every text on every build.
            let key = cache::key(&[
                text.source_hash.as_bytes(),
                link_base.as_bytes(),
                settings.base_path.as_bytes(),
                allow_html,
            ]);
            let rendered = memo
                .get_or_try(
                    || key,
                    || render_markdown(&text.body, &settings).map(Arc::new),
                )
                .map(|markdown| Body { markdown, key })
                .map_err(|problems| {
                    problems
                        .into_iter()
                        .map(|problem| {
                            let (line, col) = line_col(&text.body, problem.offset);
                            Diagnostic::error(&text.path, problem.error)
                                .at(line + text.body_line - 1, col)
                        })
                        .collect::<Vec<_>>()
                });
            ((v, locale), rendered)
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
        Ok(PolicyTexts { policy: p, bodies })
    } else {
        // The same source file shown in several locales reports the same problem once.
        problems.sort();
        problems.dedup();
        Err(problems)
    }
}

/// Every link of every text of a policy, on the page that shows it (the version's permalink).
pub fn checked_links(site: &Site, texts: &PolicyTexts) -> Vec<CheckedLink> {
    let policy = &site.content.policies[texts.policy];
    let mut links = Vec::new();
    for ((v, locale), body) in &texts.bodies {
        let text = policy.shown(*v, locale).text;
        let page = version_path(locale, policy, policy.versions[*v].date);
        for link in &body.markdown.links {
            let (line, col) = line_col(&text.body, link.offset);
            links.push(CheckedLink {
                path: text.path.clone(),
                line: line + text.body_line - 1,
                col,
                written: link.written.clone(),
                page: page.clone(),
                href: link.href.clone(),
            });
        }
    }
    links
}
