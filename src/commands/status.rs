//! `redline status`: what is left to translate. Per policy and locale, the locale's latest
//! translation against the current source version (up to date, stale since a date, missing);
//! per locale, the share of interface messages it translates itself.

use std::io::Write;

use crate::build::{BuildOptions, site_locales};
use crate::content::{self, Policy};
use crate::error::Error;
use crate::i18n::load_catalog;

pub fn status(options: &BuildOptions, out: &mut dyn Write) -> Result<(), Error> {
    // A scheduled version is not published yet: the table reads the published site, and the
    // last column, the versions to come, reads every file, as `check` does (content/review.rs).
    let (config, with_scheduled) = super::load_site_as_built(&options.root, options.clock)?;
    let content = with_scheduled.clone().without_scheduled(options.today);
    let catalog = load_catalog(&options.root).map_err(Error::Site)?;
    let locales = site_locales(&config, &content, &catalog);

    let mut rows = vec![[
        "policy".to_string(),
        "locale".to_string(),
        "current source".to_string(),
        "translation".to_string(),
        "upcoming".to_string(),
    ]];
    for policy in &with_scheduled.policies {
        let published = content.policies.iter().find(|p| p.id == policy.id);
        let current = published.and_then(|p| Some((p, p.current_index(options.today)?)));
        for locale in locales.iter().filter(|l| **l != policy.source_locale) {
            let (current_date, state) = match current {
                Some((published, current)) => {
                    let date = published.versions[current].date;
                    (
                        date.to_string(),
                        translation_state(published, current, locale),
                    )
                }
                None => ("none yet".to_string(), String::new()),
            };
            let upcoming: Vec<String> =
                content::untranslated_upcoming(policy, locale, options.today)
                    .map(|(_, problem)| problem.to_string())
                    .collect();
            if current.is_none() && upcoming.is_empty() {
                continue;
            }
            rows.push([
                policy.id.clone(),
                locale.clone(),
                current_date,
                state,
                upcoming.join("; "),
            ]);
        }
    }
    write_table(out, &rows);

    let english: Vec<String> = catalog
        .english_sources()
        .into_iter()
        .filter(|entry| !entry.term)
        .map(|entry| entry.id)
        .collect();
    let _ = writeln!(out);
    let mut messages = vec![[
        "locale".to_string(),
        "interface messages translated".to_string(),
        String::new(),
        String::new(),
    ]];
    for locale in &locales {
        let own = catalog.own_ids(locale);
        let translated = english
            .iter()
            .filter(|id| own.contains(id.as_str()))
            .count();
        let percent = if english.is_empty() {
            100
        } else {
            translated * 100 / english.len()
        };
        messages.push([
            locale.clone(),
            format!("{translated}/{} ({percent}%)", english.len()),
            String::new(),
            String::new(),
        ]);
    }
    write_table(out, &messages);
    Ok(())
}

/// The locale's latest translation against the current source version `current`: up to date,
/// stale since a date, or missing.
fn translation_state(policy: &Policy, current: usize, locale: &str) -> String {
    let current_date = policy.versions[current].date;
    let latest = policy.versions[..=current]
        .iter()
        .rev()
        .find(|v| v.translation(locale).is_some());
    match latest {
        Some(version) if version.date == current_date => "up to date".to_string(),
        Some(version) => {
            // Stale since the first source version after the one it translates.
            let since = policy
                .versions
                .iter()
                .find(|v| v.date > version.date)
                .map_or(current_date, |v| v.date);
            format!("stale since {since} (translates {})", version.date)
        }
        None => "missing".to_string(),
    }
}

fn write_table<const N: usize>(out: &mut dyn Write, rows: &[[String; N]]) {
    let widths: Vec<usize> = (0..N)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        // A closed pipe (`redline status | head`) ends the output quietly.
        if writeln!(out, "{}", line.join("  ").trim_end()).is_err() {
            return;
        }
    }
}
