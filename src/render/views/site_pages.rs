//! The pages about no one policy: `/` and `/404.html`, which list the locales, and each
//! locale's list of policies.

use super::context::{Link, NotFoundMessage, PolicyItem};
use super::{PAGE_FRAME_BYTES, Page, PageRenderer};
use crate::content::Policy;
use crate::urls::policy_path;

impl<'a> PageRenderer<'a> {
    /// `/` and `/404.html`: in the default locale, listing every locale; the 404 page says
    /// its message in each of them, since a server serves one 404 page for every address.
    pub(super) fn language_page(
        &self,
        template: &'static str,
        kind: &'static str,
        path: &str,
    ) -> Page<'a> {
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
            let others = self.site.locales.iter().filter(|l| *l != locale);
            context.not_found = std::iter::once(locale)
                .chain(others)
                .map(|other| NotFoundMessage {
                    locale: other.clone(),
                    dir: self.localizer(other).direction,
                    title: self.string_html(other, "page_not_found"),
                    text: self.string_html(other, "page_not_found_text"),
                    link: Link {
                        href: self.url(&format!("/{other}/")),
                        text: self.string_html(other, "policies_heading"),
                    },
                })
                .collect();
        }
        Page {
            template,
            context,
            entry,
            size_hint: PAGE_FRAME_BYTES,
        }
    }

    pub(super) fn policies_page(&self, locale: &str) -> Page<'a> {
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
            title_lang: shown.title_locale.to_string(),
            description: text.front.description.clone(),
            href: self.url(&policy_path(locale, policy)),
            content_lang: text.locale.clone(),
            updated: updated.map(|d| d.to_string()),
            updated_display: updated.map(|d| self.date(l, d)),
        }
    }
}
