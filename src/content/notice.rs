//! Material changes and their notice (DESIGN.md "A version file"): `material` and `announced`
//! belong to the version and are read from its source text; a material version is announced
//! `notice_days` ahead; a version announced after today is *scheduled* and published nowhere.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Content, ContentError, Policy, Translation};
use crate::date::Date;
use crate::error::Diagnostic;

impl Policy {
    /// Whether version `v` is a material change (its source text says so).
    pub fn is_material(&self, v: usize) -> bool {
        self.versions[v]
            .translation(&self.source_locale)
            .and_then(|source| source.front.material)
            .is_some_and(|material| material.value)
    }

    /// When version `v` was announced: the date redline.lock recorded when it was published,
    /// else the one its source text says.
    pub fn announced(&self, v: usize) -> Option<Date> {
        let version = &self.versions[v];
        version.first_announced.or_else(|| {
            version
                .translation(&self.source_locale)
                .and_then(|source| source.front.announced)
                .map(|announced| announced.value)
        })
    }

    /// The latest material version in force on `today`.
    pub fn material_since(&self, today: Date) -> Option<Date> {
        let current = self.current_index(today)?;
        (0..=current)
            .rev()
            .find(|&v| self.is_material(v))
            .map(|v| self.versions[v].date)
    }
}

impl Content {
    /// The content with the announcement dates redline.lock recorded, by (policy, version
    /// date): once an announcement is published, moving it later withdraws nothing.
    pub fn with_recorded_announcements(
        mut self,
        recorded: &std::collections::BTreeMap<(String, Date), Date>,
    ) -> Content {
        for policy in &mut self.policies {
            for version in &mut policy.versions {
                version.first_announced = recorded.get(&(policy.id.clone(), version.date)).copied();
            }
        }
        self
    }

    /// The content as published on `today`: without the versions announced after it, nor the
    /// policies left with none. The lock is reconciled before, on every file.
    pub fn without_scheduled(mut self, today: Date) -> Content {
        for policy in &mut self.policies {
            let scheduled: Vec<bool> = (0..policy.versions.len())
                .map(|v| {
                    policy
                        .announced(v)
                        .is_some_and(|announced| announced > today)
                })
                .collect();
            let mut flags = scheduled.into_iter();
            policy.versions.retain(|_| !flags.next().unwrap_or(false));
        }
        self.policies.retain(|policy| !policy.versions.is_empty());
        self
    }
}

/// The notice rules a policy's files obey on their own (by date, then locale): `announced` no
/// later than the date, and translations that repeat `material` or `announced` only with the
/// source text's values. The notice period needs redline.lock's dates: `notice_periods`.
pub(super) fn notice_problems(
    versions: &BTreeMap<Date, BTreeMap<String, Arc<Translation>>>,
    source_locale: &str,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (&date, translations) in versions {
        for translation in translations.values() {
            if let Some(announced) = translation.front.announced
                && announced.value > date
            {
                problems.push(
                    Diagnostic::error(
                        &translation.path,
                        ContentError::AnnouncedAfterDate {
                            announced: announced.value,
                            date,
                        },
                    )
                    .at(announced.at.0, announced.at.1),
                );
            }
        }
        let Some(source) = translations.get(source_locale) else {
            continue;
        };
        for translation in translations.values().filter(|t| t.locale != source_locale) {
            problems.extend(disagreements(translation, source));
        }
    }
    problems
}

/// Each material version announced `notice_days` ahead, by the day readers were told: the
/// date redline.lock recorded once it has come (`Content::with_recorded_announcements`), else
/// the front matter's. A later date written after the announcement withdraws no notice given.
/// Scheduled versions are checked too: pass the content before `without_scheduled`.
pub fn notice_periods(content: &Content) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for policy in &content.policies {
        for (v, version) in policy.versions.iter().enumerate() {
            let Some(source) = version.translation(&policy.source_locale) else {
                continue;
            };
            let Some(material) = source.front.material.filter(|m| m.value) else {
                continue;
            };
            let (date, notice_days) = (version.date, policy.notice_days);
            match policy.announced(v) {
                None => problems.push(
                    Diagnostic::error(
                        &source.path,
                        ContentError::MaterialNotAnnounced { date, notice_days },
                    )
                    .at(material.at.0, material.at.1),
                ),
                Some(announced) if announced <= date => {
                    let days = date.days_since(announced);
                    if days < i64::from(notice_days) {
                        let at = source.front.announced.map_or(material.at, |a| a.at);
                        problems.push(
                            Diagnostic::error(
                                &source.path,
                                ContentError::NoticeTooShort {
                                    date,
                                    announced,
                                    days,
                                    notice_days,
                                },
                            )
                            .at(at.0, at.1),
                        );
                    }
                }
                // Announced after its date: an error of the file itself (`notice_problems`).
                Some(_) => {}
            }
        }
    }
    problems
}

/// `material` or `announced` written in `translation` with another value than in `source`.
fn disagreements(translation: &Translation, source: &Translation) -> Vec<Diagnostic> {
    let disagree = |key: &'static str, value: String, source_value: String, at: (u32, u32)| {
        (value != source_value).then(|| {
            Diagnostic::error(
                &translation.path,
                ContentError::TranslationDisagrees {
                    key,
                    value,
                    source_value,
                    source_path: source.path.clone(),
                },
            )
            .at(at.0, at.1)
        })
    };
    let (front, source_front) = (&translation.front, &source.front);
    let material = front.material.and_then(|m| {
        let source_value = source_front.material.is_some_and(|s| s.value);
        disagree(
            "material",
            m.value.to_string(),
            source_value.to_string(),
            m.at,
        )
    });
    let announced = front.announced.and_then(|a| {
        let source_value = source_front
            .announced
            .map_or_else(|| "(none)".to_string(), |s| s.value.to_string());
        disagree("announced", a.value.to_string(), source_value, a.at)
    });
    material.into_iter().chain(announced).collect()
}
