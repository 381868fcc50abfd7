//! `redline new POLICY [--date DATE]`: starts a new version from the latest source-language
//! text, with `updated` set and an empty `summary` to fill in. Never overwrites a file.

use std::io::Write;
use std::path::PathBuf;

use crate::commands::CommandError;
use crate::content::CONTENT_DIR;
use crate::date::Date;
use crate::error::Error;

pub struct NewOptions {
    pub root: PathBuf,
    pub policy: String,
    pub date: Date,
}

pub fn new_version(options: &NewOptions, out: &mut dyn Write) -> Result<(), Error> {
    let (_, content) = super::load_site(&options.root)?;
    let Some(policy) = content.policies.iter().find(|p| p.id == options.policy) else {
        let known: Vec<&str> = content.policies.iter().map(|p| p.id.as_str()).collect();
        return Err(Error::usage(CommandError::NoSuchPolicy {
            policy: options.policy.clone(),
            known: known.into_iter().map(str::to_string).collect(),
        }));
    };
    let latest = policy
        .versions
        .last()
        .ok_or_else(|| Error::usage(CommandError::NoVersionToStartFrom(policy.id.clone())))?;
    if options.date == latest.date {
        return Err(Error::usage(CommandError::VersionExists {
            policy: policy.id.clone(),
            date: latest.date,
        }));
    }
    if options.date < latest.date {
        return Err(Error::usage(CommandError::NotAfterLatest {
            latest: latest.date,
        }));
    }
    let Some(source) = latest.translation(&policy.source_locale) else {
        return Err(Error::usage(CommandError::NoSourceText {
            policy: policy.id.clone(),
            locale: policy.source_locale.clone(),
        }));
    };
    let relative = format!(
        "{CONTENT_DIR}/{}/{}.{}.md",
        policy.id, options.date, policy.source_locale
    );
    let mut front = String::from("---\n");
    if let Some(title) = &source.front.title {
        front.push_str(&format!("title: {}\n", yaml_string(title)));
    }
    if let Some(description) = &source.front.description {
        front.push_str(&format!("description: {}\n", yaml_string(description)));
    }
    front.push_str(&format!("updated: {}\n", options.date));
    front.push_str("summary: \"\"   # what this version changes, in one sentence\n---\n");
    let text = format!("{front}{}", source.body);
    super::create_new_file(
        &options.root,
        &relative,
        &text,
        CommandError::VersionFileExists,
    )?;
    let _ = writeln!(
        out,
        "created {relative} from {}: edit the text, fill in `summary`, then run redline build",
        source.path
    );
    Ok(())
}

/// A YAML scalar in double quotes, so any title or description survives.
fn yaml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}
