//! `site.yaml` → `SiteConfig`: site-wide settings, every key optional, unknown keys rejected.
//!
//! Takes the site root; returns settings with defaults filled in and locale tags in canonical
//! BCP 47 form (`fr-ca` becomes `fr-CA`), so later stages compare tags as plain strings.
//! Knows nothing of content, templates or Fluent.

use std::path::Path;

use serde::Deserialize;

use crate::error::Diagnostic;
use crate::read::read_text;
use crate::yaml::parse_yaml;

pub const CONFIG_FILE: &str = "site.yaml";

/// site.yaml as written; see DESIGN.md "site.yaml".
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<String>,
    base_url: Option<String>,
    default_locale: Option<String>,
    locales: Option<Vec<String>>,
    theme: Option<String>,
    output: Option<String>,
    allow_html: Option<bool>,
}

/// Site settings with every default applied.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Shown in every page's header.
    pub title: String,
    /// Absolute site URL without a trailing slash (`https://halentra.com/legal`), or empty when
    /// unset: links then stay root-relative.
    pub base_url: String,
    /// The path part of `base_url` (`/legal`), prefixed to every link inside the site.
    pub base_path: String,
    /// The locale `/` falls back to, and the source language unless a policy says otherwise.
    pub default_locale: String,
    /// The locales listed in site.yaml, if any; otherwise they are discovered from files.
    pub locales: Option<Vec<String>>,
    pub theme: String,
    /// The output folder, relative to the site root unless absolute.
    pub output: String,
    /// Raw HTML in Markdown passes through instead of being an error.
    pub allow_html: bool,
}

/// Reads `site.yaml` under `root`; a missing file means all defaults.
pub fn load_config(root: &Path) -> Result<SiteConfig, Vec<Diagnostic>> {
    let path = root.join(CONFIG_FILE);
    let raw: RawConfig = match read_text(&path, CONFIG_FILE).map_err(|d| vec![d])? {
        Some(text) => parse_yaml(&text, CONFIG_FILE, 0).map_err(|d| vec![d])?,
        None => RawConfig::default(),
    };
    resolve(raw)
}

fn resolve(raw: RawConfig) -> Result<SiteConfig, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut locale = |tag: &str| match canonical_locale(tag) {
        Some(tag) => tag,
        None => {
            problems.push(
                Diagnostic::error(CONFIG_FILE, format!("`{tag}` is not a BCP 47 language tag"))
                    .help("write tags such as `en`, `fr`, `fr-CA` or `pt-BR`"),
            );
            tag.to_string()
        }
    };
    let default_locale = locale(raw.default_locale.as_deref().unwrap_or("en"));
    let locales = raw
        .locales
        .map(|list| list.iter().map(|tag| locale(tag)).collect::<Vec<_>>());
    if let Some(list) = &locales
        && !list.contains(&default_locale)
    {
        problems.push(
            Diagnostic::error(
                CONFIG_FILE,
                format!("`locales` does not list the default locale `{default_locale}`"),
            )
            .help(format!(
                "add `{default_locale}` to `locales`, or change `default_locale`"
            )),
        );
    }
    let base_url = raw.base_url.unwrap_or_default();
    if !problems.is_empty() {
        return Err(problems);
    }
    let (base_url, base_path) = split_base_url(&base_url);
    Ok(SiteConfig {
        title: raw.title.unwrap_or_else(|| "Legal".to_string()),
        base_url,
        base_path,
        default_locale,
        locales,
        theme: raw.theme.unwrap_or_else(|| "default".to_string()),
        output: raw.output.unwrap_or_else(|| "public".to_string()),
        allow_html: raw.allow_html.unwrap_or(false),
    })
}

impl SiteConfig {
    /// Applies `--base-url`.
    pub fn set_base_url(&mut self, url: &str) {
        (self.base_url, self.base_path) = split_base_url(url);
    }
}

/// `https://halentra.com/legal/` → (`https://halentra.com/legal`, `/legal`); a bare path
/// (`/legal`) is its own base path.
fn split_base_url(url: &str) -> (String, String) {
    let url = url.trim().trim_end_matches('/').to_string();
    let path = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
        None => url.as_str(),
    };
    let path = path.to_string();
    (url, path)
}

/// The canonical form of a BCP 47 tag, or `None` when it is not one.
pub fn canonical_locale(tag: &str) -> Option<String> {
    // ICU accepts `und` and `_` separators; neither belongs in a URL or a file name.
    if tag.is_empty() || tag.contains('_') || tag.eq_ignore_ascii_case("und") {
        return None;
    }
    tag.parse::<icu_locale::Locale>()
        .ok()
        .map(|l| l.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_splits_into_url_and_path() {
        assert_eq!(
            split_base_url("https://halentra.com/legal/"),
            ("https://halentra.com/legal".into(), "/legal".into())
        );
        assert_eq!(
            split_base_url("http://127.0.0.1:1111"),
            ("http://127.0.0.1:1111".into(), String::new())
        );
        assert_eq!(split_base_url(""), (String::new(), String::new()));
    }

    #[test]
    fn locales_are_canonical() {
        assert_eq!(canonical_locale("fr-ca").as_deref(), Some("fr-CA"));
        assert_eq!(canonical_locale("en").as_deref(), Some("en"));
        assert_eq!(canonical_locale("not a tag"), None);
        assert_eq!(canonical_locale("en_US"), None);
    }
}
