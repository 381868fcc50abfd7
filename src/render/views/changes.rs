//! The redline pages' view: a version's changes (from the version before it) and a since page
//! (from an older version to the current one, "what changed since the version you accepted").
//! Both show which texts a locale compares, the redline itself, and the navigation; a changes
//! page adds its version's summary, a since page the list of versions it spans.

use std::collections::HashSet;
use std::sync::Arc;

use super::context::{BlockView, ChangesView, Link, Notice, RedlineView, SectionLink};
use super::{PAGE_FRAME_BYTES, Page, PageRenderer, html};
use crate::content::{ComparedTexts, Policy};
use crate::date::Date;
use crate::diff::Redline;
use crate::escape::escape_markup;
use crate::i18n::Arg;
use crate::urls::{changes_path, policy_path, since_path, version_path};

/// The two kinds of redline page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RedlinePage {
    /// `/changes/<date>/`: from the version before to the version of `<date>`.
    Changes,
    /// `/since/<date>/`: from the version of `<date>` to the current one.
    Since,
}

impl RedlinePage {
    /// The page's path in `locale`, for the redline from the version of `old` to that of `new`.
    fn path(self, locale: &str, policy: &Policy, old: Date, new: Date) -> String {
        match self {
            RedlinePage::Changes => changes_path(locale, policy, new),
            RedlinePage::Since => since_path(locale, policy, old),
        }
    }

    /// `page.kind`, and the template (`<kind>.html`).
    fn kind(self) -> (&'static str, &'static str) {
        match self {
            RedlinePage::Changes => ("changes", "changes.html"),
            RedlinePage::Since => ("since", "since.html"),
        }
    }
}

/// The id of the side-by-side row that starts the section of heading `id`. The side-by-side
/// view repeats the text without its ids, so that each id stays unique on the page; `rl-` is
/// reserved, so no heading has this id.
fn row_id(id: &str) -> String {
    format!("rl-row-{id}")
}

/// The redline for a template. A block's renderings that share one text (all three, for an
/// unchanged block) become one template string, not a copy each. They are HTML, marked safe
/// here so a template prints them as they are: Tera's `safe` filter would copy each one.
fn redline_view(redline: &Redline) -> RedlineView<'_> {
    let mut rows = HashSet::new();
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
                row_id: b
                    .section
                    .as_ref()
                    .and_then(|s| s.id.as_deref())
                    .filter(|id| rows.insert(*id))
                    .map(row_id),
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
    /// The changes page into version `v` (after the first).
    pub(super) fn changes_page(&self, locale: &str, p: usize, v: usize) -> Page<'a> {
        self.redline_page(RedlinePage::Changes, locale, p, v - 1, v)
    }

    /// The since page of version `old`, one before the current version.
    pub(super) fn since_page(&self, locale: &str, p: usize, old: usize) -> Page<'a> {
        let policy = &self.site.content.policies[p];
        // render::policy_jobs makes since pages only for versions before the current one.
        let current = policy.current_index(self.site.today).unwrap_or(old + 1);
        self.redline_page(RedlinePage::Since, locale, p, old, current)
    }

    fn redline_page(
        &self,
        kind: RedlinePage,
        locale: &str,
        p: usize,
        old: usize,
        new: usize,
    ) -> Page<'a> {
        let site = self.site;
        let policy = &site.content.policies[p];
        let l = self.localizer(locale);
        let (version, previous) = (&policy.versions[new], &policy.versions[old]);
        let source = policy.source_locale.as_str();
        let (texts, text_locale) = policy.compared_between(old, new, locale);
        let shown = policy.shown_to(new, text_locale, locale);
        let path_in = |other: &str| kind.path(other, policy, previous.date, version.date);
        let path = path_in(locale);
        let date_display = self.date(l, version.date);
        let previous_display = self.date(l, previous.date);
        let title = match kind {
            RedlinePage::Changes => self.message(
                locale,
                "changes-title",
                &[("date", Arg::Text(&date_display))],
            ),
            RedlinePage::Since => self.message(
                locale,
                "since-title",
                &[("date", Arg::Text(&previous_display))],
            ),
        };
        let (mut context, entry) = self.base(
            kind.kind().0,
            locale,
            &path,
            Some(&path_in),
            format!("{} · {}", title.text, shown.title),
            None,
        );
        let computed = match texts {
            ComparedTexts::NoPreviousTranslation => None,
            _ => self
                .texts
                .and_then(|(_, redlines)| redlines.get(old, new, text_locale))
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
                    href: self.url(&path_in(source)),
                    text: self.message_html(
                        locale,
                        "see-source-changes",
                        &[("source", Arg::Language(source))],
                    ),
                }),
            });
        let change_link = |index: usize, key: &str| {
            let other = policy.versions.get(index)?;
            (kind == RedlinePage::Changes && index > 0).then(|| Link {
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
                            row_href: s.id.as_deref().map(|id| format!("#{}", row_id(id))),
                            title: tera::Value::safe_string(&escape_markup(&s.title)),
                        },
                        None => SectionLink {
                            href: None,
                            row_href: None,
                            title: self.string_html(locale, "opening_text"),
                        },
                    })
                    .collect()
            })
            .unwrap_or_default();
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
            // A since page lists the summaries of every version it spans instead.
            summary: match kind {
                RedlinePage::Changes => shown.text.front.summary.clone(),
                RedlinePage::Since => None,
            },
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
            previous: change_link(old, "previous_change"),
            next: change_link(new + 1, "next_change"),
            text_href: self.url(&match kind {
                RedlinePage::Changes => version_path(locale, policy, version.date),
                RedlinePage::Since => policy_path(locale, policy),
            }),
            no_previous_translation,
        });
        if kind == RedlinePage::Since {
            // The versions the redline spans, newest first.
            context.history = (old + 1..=new)
                .rev()
                .map(|i| self.history_entry(locale, p, i))
                .collect();
        }
        let mut view = self.policy_view(locale, p, new, false, shown);
        if matches!(texts, ComparedTexts::NoPreviousTranslation) {
            view.untranslated_notice = None;
        }
        view.older_translation = None;
        context.policy = Some(view);
        Page {
            template: kind.kind().1,
            context,
            entry,
            size_hint,
        }
    }
}
