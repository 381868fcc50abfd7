//! `redline init [DIR]`: a new site that builds at once: site.yaml, one example policy and a
//! locale file. Refuses a folder that is not empty, so nothing is ever overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

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
            return Err(Error::Usage(format!(
                "{} is not empty; redline init writes only into a new or empty folder",
                dir.display()
            )));
        }
    }
    let today = options.today;
    let files: [(String, String); 5] = [
        ("site.yaml".to_string(), SITE_YAML.to_string()),
        (
            "content/privacy/policy.yaml".to_string(),
            "order: 1\n".to_string(),
        ),
        (
            format!("content/privacy/{today}.en.md"),
            PRIVACY.to_string(),
        ),
        ("locales/en.ftl".to_string(), LOCALE.to_string()),
        (".gitignore".to_string(), "/public\n".to_string()),
    ];
    for (relative, text) in &files {
        write_new(dir, relative, text)?;
    }
    let _ = writeln!(
        out,
        "created a site in {}: edit site.yaml and content/privacy/{today}.en.md, then run `redline serve --root {}`",
        dir.display(),
        dir.display()
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

const SITE_YAML: &str = "# Site settings; every key is optional (README.md, \"A site\").\n\
title: Example Company\n\
base_url: https://example.com/legal\n\
default_locale: en\n";

const PRIVACY: &str = "---\n\
title: Privacy Policy\n\
description: How Example Company collects, uses and protects your personal data\n\
summary: First version.\n\
---\n\
## Who we are\n\
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
