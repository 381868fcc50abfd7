//! `redline status`: what is left to translate. Per policy and locale, the locale's latest
//! translation against the current source version (up to date, stale since a date, missing);
//! per locale, the share of interface messages it translates itself.

use std::io::Write;

use crate::build::BuildOptions;
use crate::error::Error;

pub fn status(options: &BuildOptions, out: &mut dyn Write) -> Result<(), Error> {
    // A scheduled version is not published yet: nothing to translate for readers.
    let super::PublishedSite {
        content,
        catalog,
        locales,
        ..
    } = super::load_published_site(&options.root, options.today)?;

    let mut rows = vec![[
        "policy".to_string(),
        "locale".to_string(),
        "current source".to_string(),
        "translation".to_string(),
    ]];
    for policy in &content.policies {
        let Some(current) = policy.current_index(options.today) else {
            continue;
        };
        let current_date = policy.versions[current].date;
        for locale in locales.iter().filter(|l| **l != policy.source_locale) {
            let latest = policy.versions[..=current]
                .iter()
                .rev()
                .find(|v| v.translation(locale).is_some());
            let state = match latest {
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
            };
            rows.push([
                policy.id.clone(),
                locale.clone(),
                current_date.to_string(),
                state,
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

fn write_table(out: &mut dyn Write, rows: &[[String; 4]]) {
    let widths: Vec<usize> = (0..4)
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
