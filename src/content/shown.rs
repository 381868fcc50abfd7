//! Which text a locale shows for a version, under which title, and where the version stands on
//! a date: the one home of these rules (DESIGN.md "Translations"). Pages, redlines, feeds,
//! policies.json, `status`, `check` and the lock all ask here.

use serde::Serialize;

use super::{Policy, Translation};
use crate::date::Date;

/// Where a version stands on the build's "today".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionState {
    Past,
    Current,
    Upcoming,
}

/// A version as one locale's readers see it.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    /// The locale's own translation, else the source text.
    pub text: &'a Translation,
    /// The title in the reader's language where the locale has one (`Policy::title_in`), else
    /// the source text's, else policy.yaml's, else the folder name.
    pub title: &'a str,
    /// The locale the title is written in: the reader's, or the source's. It can differ from
    /// `text.locale` (an untranslated version under the locale's latest own title).
    pub title_locale: &'a str,
}

impl Shown<'_> {
    /// Whether the readers of `locale` see a text in another language, which pages say.
    pub fn is_untranslated_in(&self, locale: &str) -> bool {
        self.text.locale != locale
    }
}

/// Which texts a locale's redline between two versions compares (a changes page: a version and
/// the one before; a since page: an older version and the current one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparedTexts {
    /// The locale's own translations of both versions.
    Own,
    /// The locale has no translation of the new version: the source texts, under a notice.
    Source,
    /// The new version is translated, the older one is not: nothing to compare here.
    NoPreviousTranslation,
}

impl Policy {
    /// Version `v` as the readers of `locale` see it.
    pub fn shown(&self, v: usize, locale: &str) -> Shown<'_> {
        self.shown_to(v, locale, locale)
    }

    /// Version `v` in the text of `text_locale` (falling back to the source text), under the
    /// title the readers of `reader` know it by: a redline page compares the source texts of a
    /// version its locale has not translated, yet its readers see their own title.
    pub fn shown_to(&self, v: usize, text_locale: &str, reader: &str) -> Shown<'_> {
        let version = &self.versions[v];
        let text = version
            .translation(text_locale)
            .or_else(|| version.translation(&self.source_locale))
            // content::load_policy guarantees every version has its source text.
            .unwrap_or_else(|| {
                version
                    .translations
                    .values()
                    .next()
                    .expect("a version has at least one file")
            });
        // Without a title of the reader's own, the title is the source text's, policy.yaml's or
        // the id: all in the source language (a reader's text with a title has given one).
        let (title, title_locale) = self.title_in(reader, v).unwrap_or_else(|| {
            (
                self.title_of(v, text).unwrap_or(&self.id),
                self.source_locale.as_str(),
            )
        });
        Shown {
            text,
            title,
            title_locale,
        }
    }

    /// The title the readers of `locale` know version `v` by, with the locale it is in: the
    /// title of the locale's latest own translation up to `v` (its own of `v` when it has one; a
    /// later one could be a renaming that has not happened yet on this page). `None` when the
    /// locale has no translation up to `v`, or that one has no title.
    pub fn title_in<'a>(&'a self, locale: &str, v: usize) -> Option<(&'a str, &'a str)> {
        let own = self.versions[..=v]
            .iter()
            .rev()
            .find_map(|version| version.translation(locale))?;
        let title = own.front.title.as_deref().map(str::trim)?;
        (!title.is_empty()).then_some((title, own.locale.as_str()))
    }

    /// The title of `text`, a translation of version `v`: its own, else the source text's, else
    /// policy.yaml's; `None` when the version has none anywhere (pages then show the id).
    pub fn title_of<'a>(&'a self, v: usize, text: &'a Translation) -> Option<&'a str> {
        let written = |title: Option<&'a String>| title.map(|t| t.trim()).filter(|t| !t.is_empty());
        written(text.front.title.as_ref())
            .or_else(|| {
                written(
                    self.versions[v]
                        .translation(&self.source_locale)
                        .and_then(|source| source.front.title.as_ref()),
                )
            })
            .or_else(|| written(self.title.as_ref()))
    }

    /// The version in force on `today`: the latest one whose date has come.
    pub fn current_index(&self, today: Date) -> Option<usize> {
        self.versions.iter().rposition(|v| v.date <= today)
    }

    /// Where version `v` stands on `today`.
    pub fn state(&self, v: usize, today: Date) -> VersionState {
        match self.current_index(today) {
            _ if self.versions[v].date > today => VersionState::Upcoming,
            Some(current) if current == v => VersionState::Current,
            _ => VersionState::Past,
        }
    }

    /// Whether version `v` has a since page ("what changed since you accepted it"): every
    /// version before the current one does.
    pub fn has_since_page(&self, v: usize, today: Date) -> bool {
        self.state(v, today) == VersionState::Past
    }

    /// Which texts the changes page of `locale` into version `v` (after the first) compares,
    /// and in which locale they are.
    pub fn compared_texts<'a>(&'a self, v: usize, locale: &'a str) -> (ComparedTexts, &'a str) {
        self.compared_between(v - 1, v, locale)
    }

    /// Which texts the redline of `locale` from version `old` to version `new` compares, and in
    /// which locale they are: the rule of the changes pages, for any two versions.
    pub fn compared_between<'a>(
        &'a self,
        old: usize,
        new: usize,
        locale: &'a str,
    ) -> (ComparedTexts, &'a str) {
        let source = self.source_locale.as_str();
        let texts = if locale == source {
            ComparedTexts::Own
        } else {
            match (
                self.versions[new].translation(locale).is_some(),
                self.versions[old].translation(locale).is_some(),
            ) {
                (true, true) => ComparedTexts::Own,
                (true, false) => ComparedTexts::NoPreviousTranslation,
                (false, _) => ComparedTexts::Source,
            }
        };
        let text_locale = match texts {
            ComparedTexts::Own | ComparedTexts::NoPreviousTranslation => locale,
            ComparedTexts::Source => source,
        };
        (texts, text_locale)
    }
}
