//! The `policy` part of every page about one policy: its title, the language of the text shown,
//! and the list of its versions.

use super::PageRenderer;
use super::context::{Link, PolicyView, VersionLink};
use super::shared::VersionLinkForms;
use crate::content::Shown;
use crate::i18n::Arg;
use crate::urls::{history_path, policy_path, version_path};

impl<'a> PageRenderer<'a> {
    /// The policy part of a page that shows (or is about) version `v` in `locale`.
    pub(super) fn policy_view(
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
        let title_localizer = self.localizers.get(shown.title_locale).unwrap_or(l);
        let (untranslated_notice, older_translation) = if !shown.is_untranslated_in(locale) {
            (None, None)
        } else {
            let notice = self.message_html(
                locale,
                "untranslated-notice",
                &[
                    ("language", Arg::Language(locale)),
                    ("source", Arg::Language(&text.locale)),
                ],
            );
            let older = policy.versions[..v]
                .iter()
                .rev()
                .find(|older| older.translation(locale).is_some())
                .map(|older| Link {
                    href: self.url(&version_path(locale, policy, older.date)),
                    text: self.message_html(
                        locale,
                        "older-translation",
                        &[
                            ("language", Arg::Language(locale)),
                            ("date", Arg::Text(&self.date(l, older.date))),
                        ],
                    ),
                });
            (Some(notice), older)
        };
        let versions = self.version_links(locale, p, v, permalink);
        PolicyView {
            id: &policy.id,
            title: shown.title.to_string(),
            title_lang: shown.title_locale,
            title_dir: title_localizer.direction,
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

    /// Each version of policy `p` as a link of `locale`'s versions list, newest first; `v` is
    /// the version the page is about, `permalink` whether the page is its permalink.
    fn version_links(&self, locale: &str, p: usize, v: usize, permalink: bool) -> Vec<tera::Value> {
        let forms = self.shared(locale).version_links[p].get_or_init(|| {
            let site = self.site;
            let policy = &site.content.policies[p];
            let l = self.localizer(locale);
            let version_links = policy.versions.iter().enumerate();
            version_links
                .map(|(i, version)| {
                    let state = policy.state(i, site.today);
                    let link = |is_shown: bool, is_page: bool| {
                        tera::Value::from_serializable(&VersionLink {
                            date: version.date.to_string(),
                            date_display: self.date(l, version.date),
                            href: self.url(&version_path(locale, policy, version.date)),
                            state,
                            state_label: self.state_label(locale, state),
                            is_shown,
                            is_page,
                        })
                    };
                    VersionLinkForms {
                        other: link(false, false),
                        shown: link(true, false),
                        on_its_permalink: link(true, true),
                    }
                })
                .collect()
        });
        forms
            .iter()
            .enumerate()
            .rev()
            .map(|(i, forms)| match (i == v, permalink) {
                (false, _) => forms.other.clone(),
                (true, false) => forms.shown.clone(),
                (true, true) => forms.on_its_permalink.clone(),
            })
            .collect()
    }
}
