//! `site.yaml` → `SiteConfig`: site-wide settings, every key optional, unknown keys rejected.
//!
//! Takes the site root; returns settings with defaults filled in and locale tags in canonical
//! BCP 47 form (`fr-ca` becomes `fr-CA`), so later stages compare tags as plain strings.
//! Knows nothing of content, templates or Fluent.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Diagnostic, Problem};
use serde_saphyr::Spanned;

use crate::read::SiteRoot;
use crate::yaml::parse_yaml;

pub const CONFIG_FILE: &str = "site.yaml";

/// What the sitemap, the feeds and policies.json need, and a relative `base_url` lacks.
const NEEDED: &str = "the sitemap, the feeds and policies.json need absolute URLs";

/// What is wrong with site.yaml (or with `--base-url`).
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("`{0}` is not a BCP 47 language tag")]
    NotALocale(String),
    /// `how_to_add`: the line to write (`LocalesKey::how_to_add`).
    #[error("`locales` does not list the default locale `{locale}`")]
    DefaultLocaleNotListed { locale: String, how_to_add: String },
    #[error("base_url `{url}` {fault}")]
    BadBaseUrl { url: String, fault: BaseUrlFault },
    #[error("`{0}` cannot be a theme name")]
    BadThemeName(String),
    /// A warning: no `base_url` at all (`base_path`: what links start with).
    #[error("`base_url` is not set: {NEEDED}")]
    BaseUrlNotSet { base_path: String },
    /// A warning: `base_url` is a path only; `base_path` is what it gives links.
    #[error("`base_url` is `{base_url}`, a path: {NEEDED}")]
    BaseUrlIsPath { base_url: String, base_path: String },
    /// A usage error: `--base-url` on the command line.
    #[error("--base-url `{url}` {fault}; {BASE_URL_HELP}")]
    BadBaseUrlFlag { url: String, fault: BaseUrlFault },
}

impl Problem for ConfigError {
    fn help(&self) -> Option<String> {
        let example = |base_path: &str| {
            format!(
                "write the address the site is published at, e.g. `base_url: https://example.com{base_path}`, in {CONFIG_FILE} (or pass --base-url)"
            )
        };
        Some(match self {
            ConfigError::NotALocale(_) => {
                "write tags such as `en`, `fr`, `fr-CA` or `pt-BR`".to_string()
            }
            ConfigError::DefaultLocaleNotListed { how_to_add, .. } => {
                format!("{how_to_add}, or change `default_locale`")
            }
            ConfigError::BadBaseUrl { .. } => BASE_URL_HELP.to_string(),
            ConfigError::BadThemeName(_) => {
                "name a folder of themes/, e.g. `theme: halentra` for themes/halentra/".to_string()
            }
            ConfigError::BaseUrlNotSet { base_path }
            | ConfigError::BaseUrlIsPath { base_path, .. } => example(base_path),
            ConfigError::BadBaseUrlFlag { .. } => return None,
        })
    }
}

/// Why a base URL cannot be one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BaseUrlFault {
    #[error("may not contain spaces, `?`, `#`, quotes or angle brackets")]
    ForbiddenCharacter,
    #[error("must start with `https://` or `http://` and a host name")]
    NoHost,
    #[error("is neither an absolute URL nor a path starting with `/`")]
    Relative,
}

/// site.yaml as written; see DESIGN.md "site.yaml".
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<String>,
    base_url: Option<Spanned<String>>,
    default_locale: Option<Spanned<String>>,
    locales: Option<Vec<Spanned<String>>>,
    theme: Option<Spanned<String>>,
    output: Option<String>,
    allow_html: Option<bool>,
    review_after_days: Option<u32>,
    notice_days: Option<u32>,
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
    /// Where and how site.yaml lists them, to say which line to add a locale to.
    pub locales_key: Option<LocalesKey>,
    pub theme: String,
    /// The output folder, relative to the site root unless absolute.
    pub output: String,
    /// Raw HTML in Markdown passes through instead of being an error.
    pub allow_html: bool,
    /// `check` reminds to review a policy whose current version is older (0: never).
    pub review_after_days: u32,
    /// The least notice of a material change, in days; policy.yaml may override it.
    pub notice_days: u32,
}

/// Reads `site.yaml` under `root`; a missing file means all defaults.
pub fn load_config(root: &Path) -> Result<SiteConfig, Vec<Diagnostic>> {
    let file = SiteRoot::new(root)
        .file(&root.join(CONFIG_FILE))
        .map_err(|d| vec![d])?;
    let (raw, locales_key) = match file.read_text().map_err(|d| vec![d])? {
        Some(text) => {
            let raw: RawConfig = parse_yaml(&text, CONFIG_FILE, 0).map_err(|d| vec![d])?;
            let key = raw
                .locales
                .as_ref()
                .map(|listed| LocalesKey::find(&text, listed));
            (raw, key)
        }
        None => (RawConfig::default(), None),
    };
    resolve(raw, locales_key)
}

/// Where site.yaml lists `locales`, and in which YAML style, so an error can say exactly which
/// line to add a locale to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalesKey {
    /// The 1-based line of the `locales:` key.
    pub line: u32,
    style: ListStyle,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ListStyle {
    /// `locales: [en, fr]` on the key's line, as written (without any comment after it).
    Flow { written: String },
    /// A flow list over several lines: the tags as written.
    LongFlow { tags: Vec<String> },
    /// `- en` items, each on its line; the indent before the last one's `-`, and its line.
    Block { indent: String, last_line: u32 },
}

impl LocalesKey {
    fn find(text: &str, listed: &[Spanned<String>]) -> LocalesKey {
        let lines: Vec<&str> = text.lines().collect();
        let value_line =
            |value: &Spanned<String>| u32::try_from(value.referenced.line()).unwrap_or(u32::MAX);
        let first = listed.first().map(value_line);
        let last = listed.iter().map(value_line).max();
        // The top-level key: the line that starts with `locales:` (else the first value's).
        let line = lines
            .iter()
            .position(|l| {
                l.strip_prefix("locales")
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
            })
            .and_then(|i| u32::try_from(i + 1).ok())
            .or(first)
            .unwrap_or(1);
        let line_text = |n: u32| {
            usize::try_from(n)
                .ok()
                .and_then(|n| lines.get(n.wrapping_sub(1)))
                .copied()
                .unwrap_or("")
        };
        let tags = || listed.iter().map(|v| v.value.clone()).collect();
        let style = match last {
            Some(last) if last != line && line_text(last).trim_start().starts_with('-') => {
                let item = line_text(last);
                ListStyle::Block {
                    indent: item[..item.len() - item.trim_start().len()].to_string(),
                    last_line: last,
                }
            }
            Some(last) if last != line => ListStyle::LongFlow { tags: tags() },
            _ => {
                let written = line_text(line);
                // The list as written, up to its `]`: a comment after it is not repeated.
                match (written.find('['), written.find(']')) {
                    (Some(open), Some(close)) if open < close => ListStyle::Flow {
                        written: written[..=close].to_string(),
                    },
                    _ => ListStyle::LongFlow { tags: tags() },
                }
            }
        };
        LocalesKey { line, style }
    }

    /// How to add `locale` to the list, in the style it is written in: `add `ja` to `locales`
    /// in site.yaml (line 4): locales: [en, fr, ja]`.
    pub fn how_to_add(&self, locale: &str) -> String {
        let line = self.line;
        let at = format!("add `{locale}` to `locales` in {CONFIG_FILE} (line {line})");
        match &self.style {
            ListStyle::Flow { written } => {
                let close = written.len() - 1;
                let inside = written
                    .find('[')
                    .map_or("", |open| &written[open + 1..close]);
                let separator = if inside.trim().is_empty() { "" } else { ", " };
                let before = written[..close].trim_end();
                format!("{at}: {before}{separator}{locale}]")
            }
            ListStyle::LongFlow { tags } => {
                let mut all = tags.clone();
                all.push(locale.to_string());
                format!("{at}: locales: [{}]", all.join(", "))
            }
            ListStyle::Block { indent, last_line } => {
                format!("{at}: the line `{indent}- {locale}` after line {last_line}")
            }
        }
    }
}

/// A diagnostic about site.yaml at the place a value was written.
fn at_value(value: &Spanned<String>, problem: ConfigError) -> Diagnostic {
    let location = value.referenced;
    Diagnostic::error(CONFIG_FILE, problem).at(
        u32::try_from(location.line()).unwrap_or(u32::MAX),
        u32::try_from(location.column()).unwrap_or(u32::MAX),
    )
}

fn resolve(raw: RawConfig, locales_key: Option<LocalesKey>) -> Result<SiteConfig, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut locale = |tag: &Spanned<String>| match canonical_locale(&tag.value) {
        Some(canonical) => canonical,
        None => {
            problems.push(at_value(tag, ConfigError::NotALocale(tag.value.clone())));
            tag.value.clone()
        }
    };
    let default_locale = match &raw.default_locale {
        Some(tag) => locale(tag),
        None => "en".to_string(),
    };
    let locales = raw
        .locales
        .as_ref()
        .map(|list| list.iter().map(&mut locale).collect::<Vec<_>>());
    if let (Some(list), Some(key)) = (&locales, &locales_key)
        && !list.contains(&default_locale)
    {
        problems.push(
            Diagnostic::error(
                CONFIG_FILE,
                ConfigError::DefaultLocaleNotListed {
                    locale: default_locale.clone(),
                    how_to_add: key.how_to_add(&default_locale),
                },
            )
            .at(key.line, 1),
        );
    }
    if let Some(url) = &raw.base_url
        && let Err(fault) = check_base_url(&url.value)
    {
        let url_text = url.value.clone();
        problems.push(at_value(
            url,
            ConfigError::BadBaseUrl {
                url: url_text,
                fault,
            },
        ));
    }
    if let Some(theme) = &raw.theme {
        let name = &theme.value;
        let plain = !name.is_empty() && !name.starts_with('.') && !name.contains(['/', '\\']);
        if !plain {
            problems.push(at_value(theme, ConfigError::BadThemeName(name.clone())));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let (base_url, base_path) =
        split_base_url(raw.base_url.as_ref().map_or("", |u| u.value.as_str()));
    Ok(SiteConfig {
        title: raw.title.unwrap_or_else(|| "Legal".to_string()),
        base_url,
        base_path,
        default_locale,
        locales,
        locales_key,
        theme: raw.theme.map_or_else(|| "default".to_string(), |t| t.value),
        output: raw.output.unwrap_or_else(|| "public".to_string()),
        allow_html: raw.allow_html.unwrap_or(false),
        review_after_days: raw.review_after_days.unwrap_or(365),
        notice_days: raw.notice_days.unwrap_or(30),
    })
}

pub const BASE_URL_HELP: &str =
    "write the site's public address, e.g. `https://example.com/legal`, or a path such as `/legal`";

impl SiteConfig {
    /// When site.yaml lists its locales and `locale` is not among them: what to add, and on
    /// which line (`LocalesKey::how_to_add`). A site that lists none publishes every locale.
    pub fn how_to_list(&self, locale: &str) -> Option<String> {
        match (&self.locales, &self.locales_key) {
            (Some(listed), Some(key)) if !listed.iter().any(|l| l == locale) => {
                Some(key.how_to_add(locale))
            }
            _ => None,
        }
    }

    /// A warning when `base_url` is missing or only a path: the sitemap, the feeds and
    /// policies.json are read by other sites and programs, which need absolute URLs.
    pub fn base_url_warning(&self) -> Option<Diagnostic> {
        let problem = if self.base_url.is_empty() {
            ConfigError::BaseUrlNotSet {
                base_path: self.base_path.clone(),
            }
        } else if !self.base_url.contains("://") {
            ConfigError::BaseUrlIsPath {
                base_url: self.base_url.clone(),
                base_path: self.base_path.clone(),
            }
        } else {
            return None;
        };
        Some(Diagnostic::warning(CONFIG_FILE, problem))
    }

    /// Applies `--base-url`, checked the same way as site.yaml's.
    pub fn set_base_url(&mut self, url: &str) -> Result<(), ConfigError> {
        check_base_url(url).map_err(|fault| ConfigError::BadBaseUrlFlag {
            url: url.to_string(),
            fault,
        })?;
        (self.base_url, self.base_path) = split_base_url(url);
        Ok(())
    }
}

/// A base URL is an `http(s)://host[/path]` or a `/path`: every link of the site starts with
/// it, so a query, a fragment or a space would break them all.
fn check_base_url(url: &str) -> Result<(), BaseUrlFault> {
    let url = url.trim();
    if url.is_empty() {
        return Ok(());
    }
    if url.contains(|c: char| c.is_whitespace() || matches!(c, '?' | '#' | '"' | '<' | '>' | '\\'))
    {
        return Err(BaseUrlFault::ForbiddenCharacter);
    }
    match url.split_once("://") {
        Some((scheme, rest))
            if (scheme == "https" || scheme == "http")
                && !rest.is_empty()
                && !rest.starts_with('/') =>
        {
            Ok(())
        }
        Some(_) => Err(BaseUrlFault::NoHost),
        None if url.starts_with('/') => Ok(()),
        None => Err(BaseUrlFault::Relative),
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
    fn base_urls_are_absolute_or_paths() {
        for good in [
            "",
            "https://halentra.com/legal",
            "http://127.0.0.1:1111",
            "/legal",
        ] {
            assert_eq!(check_base_url(good), Ok(()), "{good}");
        }
        for (bad, fault) in [
            ("example.com/legal", BaseUrlFault::Relative),
            ("ftp://x", BaseUrlFault::NoHost),
            ("https://", BaseUrlFault::NoHost),
            ("/a b", BaseUrlFault::ForbiddenCharacter),
            ("/a?q=1", BaseUrlFault::ForbiddenCharacter),
            ("https:///x", BaseUrlFault::NoHost),
        ] {
            assert_eq!(check_base_url(bad), Err(fault), "{bad}");
        }
    }

    /// The line to add a locale to, in the list's own style (issue 16).
    #[test]
    fn adding_a_locale_names_the_line_in_the_lists_style() {
        let how = |text: &str| {
            let raw: RawConfig = parse_yaml(text, CONFIG_FILE, 0).expect("site.yaml parses");
            LocalesKey::find(text, raw.locales.as_deref().unwrap_or_default()).how_to_add("ja")
        };
        let at = "add `ja` to `locales` in site.yaml";
        assert_eq!(
            how("title: X\nlocales: [en, \"fr\"] # ours [sic]\n"),
            format!("{at} (line 2): locales: [en, \"fr\", ja]")
        );
        assert_eq!(
            how("locales: []\n"),
            format!("{at} (line 1): locales: [ja]")
        );
        assert_eq!(
            how("locales:\n- en\n- fr\ntitle: X\n"),
            format!("{at} (line 1): the line `- ja` after line 3")
        );
        assert_eq!(
            how("locales: [en,\n  fr]\n"),
            format!("{at} (line 1): locales: [en, fr, ja]")
        );
    }

    #[test]
    fn locales_are_canonical() {
        assert_eq!(canonical_locale("fr-ca").as_deref(), Some("fr-CA"));
        assert_eq!(canonical_locale("en").as_deref(), Some("en"));
        assert_eq!(canonical_locale("not a tag"), None);
        assert_eq!(canonical_locale("en_US"), None);
    }
}
