//! The page of one version: the policy's own page (its current version, or a notice while none
//! is in effect yet) and each version's permalink.

use super::context::{ErratumView, Link, Notice, Upcoming, VersionView};
use super::{PAGE_FRAME_BYTES, Page, PageRenderer};
use crate::content::{Translation, VersionState};
use crate::i18n::Arg;
use crate::markdown::texts::Body;
use crate::urls::{changes_path, policy_path, version_path};

impl<'a> PageRenderer<'a> {
    /// `/<locale>/<policy>/` (`permalink: false`) or `/<locale>/<policy>/<date>/`.
    pub(super) fn version_page(
        &self,
        locale: &str,
        p: usize,
        v: usize,
        permalink: bool,
    ) -> Page<'a> {
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
        // The last day the version was in force: the day before the next one took effect, so
        // that "from … to …" reads right, inclusive, in every language.
        let last_day = policy
            .versions
            .get(v + 1)
            .and_then(|next| next.date.plus_days(-1));
        let state_notice = match state {
            VersionState::Past => Some(Notice {
                text: self.message_html(
                    locale,
                    "past-notice",
                    &[
                        ("from", Arg::Text(&self.date(l, version.date))),
                        (
                            "to",
                            Arg::Text(&last_day.map(|d| self.date(l, d)).unwrap_or_default()),
                        ),
                    ],
                ),
                link: Some(Link {
                    href: current_page.clone(),
                    text: self.string_html(locale, "read_current"),
                }),
            }),
            VersionState::Upcoming => Some(Notice {
                text: self.message_html(
                    locale,
                    "upcoming-notice",
                    &[("date", Arg::Text(&self.date(l, version.date)))],
                ),
                link: policy.current_index(site.today).map(|_| Link {
                    href: current_page.clone(),
                    text: self.string_html(locale, "read_current"),
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
                .zip(v + 1..)
                .map(|(next, n)| Upcoming {
                    text: self.message_html(
                        locale,
                        "upcoming-announcement",
                        &[("date", Arg::Text(&self.date(l, next.date)))],
                    ),
                    material: policy.is_material(n),
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
            date_display: self.date(l, version.date),
            updated: updated.to_string(),
            updated_display: self.date(l, updated),
            state,
            material: policy.is_material(v),
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
    pub(super) fn nothing_in_effect_page(&self, locale: &str, p: usize) -> Page<'a> {
        let mut page = self.version_page(locale, p, 0, false);
        if let Some(version) = &mut page.context.version {
            version.html = None;
            version.toc = &[];
            version.state_notice = Some(Notice {
                text: self.string_html(locale, "not_yet_in_effect"),
                link: None,
            });
        }
        page.context.page.canonical =
            Some(self.absolute(&policy_path(locale, &self.site.content.policies[p])));
        page.context.page.robots = None;
        page.entry.listed = true;
        page
    }

    /// The HTML of `body`, version `v`'s text as `locale` shows it, as a template value.
    fn html_value(&self, v: usize, locale: &str, body: &Body) -> tera::Value {
        let make = || tera::Value::safe_string(&body.markdown.html());
        match self.html_values.get(&(v, locale.to_string())) {
            Some(cell) => cell.get_or_init(make).clone(),
            None => make(),
        }
    }

    /// The corrections of `text`, dated as `locale` writes dates.
    pub(super) fn errata(&self, locale: &str, text: &Translation) -> Vec<ErratumView> {
        let l = self.localizer(locale);
        text.front
            .errata
            .iter()
            .flatten()
            .map(|erratum| ErratumView {
                date: erratum.date.to_string(),
                label: self.message_html(
                    locale,
                    "corrected-on",
                    &[("date", Arg::Text(&self.date(l, erratum.date)))],
                ),
                note: erratum.note.clone(),
            })
            .collect()
    }
}
