//! The redline page's view: which texts a locale compares, the redline itself (cached by the
//! keys of the two texts), the summary at the top and the navigation between changes.

use std::sync::Arc;

use super::context::{BlockView, ChangesView, Link, Notice, RedlineView, SectionLink};
use super::{PAGE_FRAME_BYTES, Page, PageRenderer, html};
use crate::content::ComparedTexts;
use crate::diff::Redline;
use crate::escape::escape_markup;
use crate::i18n::Arg;
use crate::urls::{changes_path, version_path};

/// The redline for a template. A block's renderings that share one text (all three, for an
/// unchanged block) become one template string, not a copy each. They are HTML, marked safe
/// here so a template prints them as they are: Tera's `safe` filter would copy each one.
fn redline_view(redline: &Redline) -> RedlineView<'_> {
    let blocks = redline
        .blocks
        .iter()
        .map(|b| {
            let inline = tera::Value::safe_string(&b.inline);
            let shared = |text: &Arc<str>, made: &tera::Value| {
                if Arc::ptr_eq(text, &b.inline) {
                    made.clone()
                } else {
                    tera::Value::safe_string(text)
                }
            };
            let old = shared(&b.old, &inline);
            let new = if Arc::ptr_eq(&b.new, &b.old) {
                old.clone()
            } else {
                shared(&b.new, &inline)
            };
            BlockView {
                change: b.change,
                inline,
                old,
                new,
                anchor: &b.anchor,
                section: &b.section,
            }
        })
        .collect();
    RedlineView {
        blocks,
        sections: &redline.sections,
        words_added: redline.words_added,
        words_removed: redline.words_removed,
    }
}

impl<'a> PageRenderer<'a> {
    pub(super) fn changes_page(&self, locale: &str, p: usize, v: usize) -> Page<'a> {
        let site = self.site;
        let policy = &site.content.policies[p];
        let l = self.localizer(locale);
        let (version, previous) = (&policy.versions[v], &policy.versions[v - 1]);
        let source = policy.source_locale.as_str();
        let (texts, text_locale) = policy.compared_texts(v, locale);
        let shown = policy.shown(v, text_locale);
        let path = changes_path(locale, policy, version.date);
        let date_display = self.date(l, version.date);
        let title = self.message(
            locale,
            "changes-title",
            &[("date", Arg::Text(&date_display))],
        );
        let (mut context, entry) = self.base(
            "changes",
            locale,
            &path,
            Some(&|other: &str| changes_path(other, policy, version.date)),
            format!("{} · {}", title.text, shown.title),
            None,
        );
        let computed = match texts {
            ComparedTexts::NoPreviousTranslation => None,
            _ => self
                .texts
                .and_then(|(_, redlines)| redlines.get(v, text_locale))
                .map(Arc::as_ref),
        };
        let no_previous_translation =
            matches!(texts, ComparedTexts::NoPreviousTranslation).then(|| Notice {
                text: self.message_html(
                    locale,
                    "no-previous-translation",
                    &[("language", Arg::Language(locale))],
                ),
                link: Some(Link {
                    href: self.url(&changes_path(source, policy, version.date)),
                    text: self.message_html(
                        locale,
                        "see-source-changes",
                        &[("source", Arg::Language(source))],
                    ),
                }),
            });
        let change_link = |index: usize, key: &str| {
            let other = policy.versions.get(index)?;
            (index > 0).then(|| Link {
                href: self.url(&changes_path(locale, policy, other.date)),
                text: tera::Value::safe_string(&format!(
                    "{}: {}",
                    l.html.get(key).map_or("", String::as_str),
                    escape_markup(&self.date(l, other.date))
                )),
            })
        };
        // The redline shows the text three times: inline, and each side of the table.
        let size_hint = PAGE_FRAME_BYTES
            + computed.as_ref().map_or(0, |r| {
                r.blocks
                    .iter()
                    .map(|b| b.inline.len() + b.old.len() + b.new.len())
                    .sum()
            });
        let sections = computed
            .as_ref()
            .map(|r| {
                r.sections
                    .iter()
                    .map(|section| match section {
                        Some(s) => SectionLink {
                            href: s.id.as_ref().map(|id| format!("#{id}")),
                            title: tera::Value::safe_string(&escape_markup(&s.title)),
                        },
                        None => SectionLink {
                            href: None,
                            title: self.string_html(locale, "opening_text"),
                        },
                    })
                    .collect()
            })
            .unwrap_or_default();
        let previous_display = self.date(l, previous.date);
        context.changes = Some(ChangesView {
            between: self.message_html(
                locale,
                "changes-between",
                &[
                    ("from", Arg::Text(&previous_display)),
                    ("to", Arg::Text(&date_display)),
                ],
            ),
            title: html(&title),
            date: version.date.to_string(),
            previous_date: previous.date.to_string(),
            old_label: self.message_html(
                locale,
                "version-of",
                &[("date", Arg::Text(&previous_display))],
            ),
            new_label: self.message_html(
                locale,
                "version-of",
                &[("date", Arg::Text(&date_display))],
            ),
            summary: shown.text.front.summary.clone(),
            words_added: self.message_html(
                locale,
                "words-added",
                &[(
                    "count",
                    Arg::Count(computed.as_ref().map_or(0, |r| r.words_added)),
                )],
            ),
            words_removed: self.message_html(
                locale,
                "words-removed",
                &[(
                    "count",
                    Arg::Count(computed.as_ref().map_or(0, |r| r.words_removed)),
                )],
            ),
            has_changes: computed.is_some_and(Redline::has_changes),
            sections,
            redline: computed.map(redline_view),
            previous: change_link(v - 1, "previous_change"),
            next: change_link(v + 1, "next_change"),
            text_href: self.url(&version_path(locale, policy, version.date)),
            no_previous_translation,
        });
        let mut view = self.policy_view(locale, p, v, false, shown);
        if matches!(texts, ComparedTexts::NoPreviousTranslation) {
            view.untranslated_notice = None;
        }
        view.older_translation = None;
        context.policy = Some(view);
        Page {
            template: "changes.html",
            context,
            entry,
            size_hint,
        }
    }
}
