//! `redline init [DIR]`: a new site that builds at once: site.yaml, one example policy (dated
//! ahead, so that it can be rewritten before it takes effect) and a locale file. Refuses a folder
//! that is not empty, so nothing is ever overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::commands::CommandError;
use crate::date::Date;
use crate::error::Error;

pub struct InitOptions {
    pub dir: PathBuf,
    pub today: Date,
}

pub fn init(options: &InitOptions, out: &mut dyn Write) -> Result<(), Error> {
    let dir = &options.dir;
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        if entries.next().is_some() {
            return Err(Error::usage(CommandError::NotEmpty(dir.clone())));
        }
    }
    // Upcoming, so that the first builds do not freeze the placeholder text in redline.lock:
    // it can become the company's own text until this date.
    let effective = options
        .today
        .plus_days(SAMPLE_NOTICE_DAYS)
        .unwrap_or(options.today);
    let files: [(String, String); 5] = [
        ("site.yaml".to_string(), SITE_YAML.to_string()),
        (
            "content/privacy/policy.yaml".to_string(),
            "order: 1\n".to_string(),
        ),
        (
            format!("content/privacy/{effective}.en.md"),
            // Written today: its "last updated" date is today, not the day it takes effect.
            format!(
                "{PRIVACY_FRONT}updated: {}\n---\n{PRIVACY_TEXT}",
                options.today
            ),
        ),
        ("locales/en.ftl".to_string(), LOCALE.to_string()),
        (".gitignore".to_string(), GITIGNORE.to_string()),
    ];
    for (relative, text) in &files {
        write_new(dir, relative, text)?;
    }
    // Run in the folder itself, `redline serve` needs no `--root`.
    let serve = if dir == Path::new(".") {
        "redline serve".to_string()
    } else {
        format!("redline serve --root {}", dir.display())
    };
    let _ = writeln!(
        out,
        "created a site in {}: edit site.yaml and content/privacy/{effective}.en.md, then run `{serve}`\n\
         The sample policy takes effect on {effective}: until then its text may change freely. Rename the file to choose another date. \
         Once a version is in force, redline.lock (commit it) lets its text change only through a new version or an erratum.",
        dir.display(),
    );
    Ok(())
}

fn write_new(dir: &Path, relative: &str, text: &str) -> Result<(), Error> {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    std::fs::write(&path, text).map_err(|e| Error::io(&path, e))
}

/// How far ahead `init` dates its sample policy.
const SAMPLE_NOTICE_DAYS: i64 = 30;

/// The output, and the working folders redline keeps beside it while it builds (the staging
/// folder, the build lock).
const GITIGNORE: &str = "/public\n/.public.redline-*\n/.redline-build-lock\n";

const SITE_YAML: &str = "# Site settings; every key is optional (redline guide, reference, \"site.yaml\").\n\
title: Example Company\n\
base_url: https://example.com/legal\n\
default_locale: en\n";

/// The sample's front matter up to its `updated` line, which `init` dates.
const PRIVACY_FRONT: &str = "---\n\
title: Privacy Policy\n\
description: How Example Company collects, uses and protects your personal data\n\
summary: First version.\n";

const PRIVACY_TEXT: &str = "## Who we are\n\
\n\
Example Company is the controller of the personal data described in this policy.\n\
\n\
## What we collect\n\
\n\
- **Account data:** your name and email address\n\
- **Usage data:** the pages you visit\n\
\n\
## Your rights {#your-rights}\n\
\n\
You may ask for a copy of your data, its correction or its erasure at any time.\n\
\n\
## Changes\n\
\n\
Every version of this policy stays online, with what changed; see the history page.\n";

const LOCALE: &str = "# Your own interface strings override redline's built-in ones, message by message.\n\
# `redline locales extract <locale>` writes a file listing every message to translate.\n\
site-navigation = Site\n";
