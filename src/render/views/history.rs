//! The history page's view: every version of a policy, newest first, with its dates, summary,
//! state, corrections and links to its text, its redline and its since page. A since page lists
//! the versions it spans the same way.

use super::context::HistoryEntry;
use super::{PAGE_FRAME_BYTES, Page, PageRenderer};
use crate::urls::{changes_path, history_path, since_path, version_path};

impl<'a> PageRenderer<'a> {
    pub(super) fn history_page(&self, locale: &str, p: usize) -> Page<'a> {
        let site = self.site;
        let policy = &site.content.policies[p];
        let v = policy.current_index(site.today).unwrap_or(0);
        let shown = policy.shown(v, locale);
        let path = history_path(locale, policy);
        let title = format!("{} · {}", self.string(locale, "history_title"), shown.title);
        let (mut context, entry) = self.base(
            "history",
            locale,
            &path,
            Some(&|other: &str| history_path(other, policy)),
            title,
            None,
        );
        context.history = (0..policy.versions.len())
            .rev()
            .map(|i| self.history_entry(locale, p, i))
            .collect();
        let mut view = self.policy_view(locale, p, v, false, shown);
        // The history page lists every version itself; no version is "shown".
        view.untranslated_notice = None;
        view.older_translation = None;
        context.policy = Some(view);
        Page {
            template: "history.html",
            context,
            entry,
            // Each version's entry takes about half a kilobyte.
            size_hint: PAGE_FRAME_BYTES + 512 * policy.versions.len(),
        }
    }

    /// Version `v` of policy `p` as `locale`'s history lists it.
    pub(super) fn history_entry(&self, locale: &str, p: usize, v: usize) -> HistoryEntry {
        let site = self.site;
        let policy = &site.content.policies[p];
        let l = self.localizer(locale);
        let version = &policy.versions[v];
        let text = policy.shown(v, locale).text;
        let updated = text.front.updated.unwrap_or(version.date);
        let state = policy.state(v, site.today);
        HistoryEntry {
            date: version.date.to_string(),
            date_display: self.date(l, version.date),
            updated: updated.to_string(),
            updated_display: self.date(l, updated),
            summary: text.front.summary.clone(),
            summary_lang: text.locale.clone(),
            material: policy.is_material(v),
            state,
            state_label: self.state_label(locale, state),
            text_href: self.url(&version_path(locale, policy, version.date)),
            changes_href: (v > 0).then(|| self.url(&changes_path(locale, policy, version.date))),
            since_href: policy
                .has_since_page(v, site.today)
                .then(|| self.url(&since_path(locale, policy, version.date))),
            errata: self.errata(locale, text),
        }
    }
}
