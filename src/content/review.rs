//! Warnings about the loaded site as a whole: versions without a title, current and upcoming
//! versions without a translation, and (for `check`) overdue reviews and missing summaries.

use super::{Content, ContentError, Policy, Site};
use crate::date::Date;
use crate::error::Diagnostic;

/// Versions with no title anywhere: their pages would show the folder name.
pub fn untitled_versions(content: &Content) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for policy in &content.policies {
        for (v, version) in policy.versions.iter().enumerate() {
            let Some(source) = version.translation(&policy.source_locale) else {
                continue;
            };
            if policy.title_of(v, source).is_none() {
                warnings.push(
                    Diagnostic::warning(
                        &source.path,
                        ContentError::Untitled {
                            policy: policy.id.clone(),
                        },
                    )
                    .at(1, 1),
                );
            }
        }
    }
    warnings
}

/// A locale without the translation of the current version or of an upcoming one: its readers
/// see, or will see from the version's date, the source text. `with_scheduled` is the content before
/// `Content::without_scheduled`: a scheduled version is reported too, with its announcement
/// date, so the translator hears of it early and no check that passed one day fails the next
/// only because a version was announced. Each version is reported in one way only: upcoming
/// while its date is to come, then current; a past version is not reported.
pub fn translation_warnings(site: &Site, with_scheduled: &Content) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for policy in &site.content.policies {
        let Some(current) = policy.current_index(site.today) else {
            continue;
        };
        let version = &policy.versions[current];
        let Some(source) = version.translation(&policy.source_locale) else {
            continue;
        };
        for locale in &site.locales {
            if policy.shown(current, locale).is_untranslated_in(locale) {
                warnings.push(Diagnostic::warning(
                    &source.path,
                    ContentError::Untranslated {
                        policy: policy.id.clone(),
                        date: version.date,
                        locale: locale.clone(),
                    },
                ));
            }
        }
    }
    for policy in &with_scheduled.policies {
        for locale in &site.locales {
            for (v, problem) in untranslated_upcoming(policy, locale, site.today) {
                if let Some(source) = policy.versions[v].translation(&policy.source_locale) {
                    warnings.push(Diagnostic::warning(&source.path, problem));
                }
            }
        }
    }
    warnings
}

/// The versions of `policy` after `today` (scheduled ones too, when `policy` has them) whose
/// text the readers of `locale` will see in another language, as `Policy::shown` decides, each
/// with the problem to report: what `check` warns about and `status` lists.
pub fn untranslated_upcoming<'a>(
    policy: &'a Policy,
    locale: &'a str,
    today: Date,
) -> impl Iterator<Item = (usize, ContentError)> + 'a {
    (0..policy.versions.len())
        .filter(move |&v| {
            policy.versions[v].date > today && policy.shown(v, locale).is_untranslated_in(locale)
        })
        .map(move |v| {
            let problem = ContentError::UpcomingUntranslated {
                policy: policy.id.clone(),
                date: policy.versions[v].date,
                locale: locale.to_string(),
                source_locale: policy.source_locale.clone(),
                // A scheduled version says when it is announced.
                announced: policy.announced(v).filter(|&announced| announced > today),
            };
            (v, problem)
        })
}

/// Site-wide warnings that only `check` gives: reviews overdue, summaries missing.
pub fn review(site: &Site) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for policy in &site.content.policies {
        if let Some(current) = policy.current_index(site.today) {
            let version = &policy.versions[current];
            let age = site.today.days_since(version.date);
            let due_after = site.config.review_after_days;
            if due_after > 0
                && age > i64::from(due_after)
                && let Some(source) = version.translation(&policy.source_locale)
            {
                // A reminder, not a warning: time alone never fails `--strict`.
                warnings.push(Diagnostic::reminder(
                    &source.path,
                    ContentError::ReviewDue {
                        policy: policy.id.clone(),
                        since: version.date,
                        review_after_days: due_after,
                    },
                ));
            }
        }
        for version in policy.versions.iter().skip(1) {
            for translation in version.translations.values() {
                if translation
                    .front
                    .summary
                    .as_deref()
                    .is_none_or(|s| s.trim().is_empty())
                {
                    warnings.push(
                        Diagnostic::warning(&translation.path, ContentError::NoSummary).at(1, 1),
                    );
                }
            }
        }
    }
    warnings
}
