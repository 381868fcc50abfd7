//! The redline page's view: which texts a locale compares, the redline itself (cached by the
//! keys of the two texts), the summary at the top and the navigation between changes.

use std::sync::Arc;

use super::context::{BlockView, ChangesView, Link, Notice, RedlineView, SectionLink};
use super::{PAGE_FRAME_BYTES, Page, PageRenderer};
use crate::content::ComparedTexts;
use crate::diff::Redline;
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
        let title = l.message_with("changes-title", &[("date", &date_display)]);
        let (mut context, entry) = self.base(
            "changes",
            locale,
            &path,
            Some(&|other: &str| changes_path(other, policy, version.date)),
            format!("{title} · {}", shown.title),
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
            matches!(texts, ComparedTexts::NoPreviousTranslation).then(|| {
                let source_autonym = self
                    .localizers
                    .get(source)
                    .map_or(source, |s| s.autonym.as_str());
                Notice {
                    text: l.message_with("no-previous-translation", &[("language", &l.autonym)]),
                    link: Some(Link {
                        href: self.url(&changes_path(source, policy, version.date)),
                        text: l.message_with("see-source-changes", &[("source", source_autonym)]),
                    }),
                }
            });
        let change_link = |index: usize, key: &str| {
            let other = policy.versions.get(index)?;
            (index > 0).then(|| Link {
                href: self.url(&changes_path(locale, policy, other.date)),
                text: format!("{}: {}", self.string(locale, key), self.date(l, other.date)),
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
                            title: s.title.clone(),
                        },
                        None => SectionLink {
                            href: None,
                            title: self.string(locale, "opening_text"),
                        },
                    })
                    .collect()
            })
            .unwrap_or_default();
        let previous_display = self.date(l, previous.date);
        context.changes = Some(ChangesView {
            between: l.message_with(
                "changes-between",
                &[("from", &previous_display), ("to", &date_display)],
            ),
            title,
            date: version.date.to_string(),
            previous_date: previous.date.to_string(),
            old_label: l.message_with("version-of", &[("date", &previous_display)]),
            new_label: l.message_with("version-of", &[("date", &date_display)]),
            summary: shown.text.front.summary.clone(),
            words_added: l.message_count(
                "words-added",
                computed.as_ref().map_or(0, |r| r.words_added),
            ),
            words_removed: l.message_count(
                "words-removed",
                computed.as_ref().map_or(0, |r| r.words_removed),
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
