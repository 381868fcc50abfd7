//! `policies.json`: every policy, version and locale with its URL and the blake3 hash of the
//! version file, so a third party can check which text was published (DESIGN.md "Output URLs").

use serde::Serialize;

use crate::content::{Site, VersionState};
use crate::urls::{policy_path, since_path, version_path};

#[derive(Serialize)]
struct Manifest<'a> {
    base_url: &'a str,
    default_locale: &'a str,
    locales: &'a [String],
    policies: Vec<PolicyEntry<'a>>,
}

#[derive(Serialize)]
struct PolicyEntry<'a> {
    id: &'a str,
    source_locale: &'a str,
    /// The effective date of the version in force, if any.
    current: Option<String>,
    /// The date of the latest material version in force (`null`: none): an app asks anyone
    /// who accepted an older version to accept again. Always present, as are `material` and
    /// `announced` below, so that an app reads one shape whatever the site uses.
    material_since: Option<String>,
    /// Per locale, the URL of the current page.
    urls: Vec<LocaleUrl<'a>>,
    versions: Vec<VersionEntry<'a>>,
    /// Per locale, which text applied when: answers "which text applied on date X" (the period
    /// with `from <= X < to`; `to: null` is open-ended).
    timeline: Vec<LocaleTimeline<'a>>,
}

#[derive(Serialize)]
struct LocaleTimeline<'a> {
    locale: &'a str,
    periods: Vec<Period<'a>>,
}

#[derive(Serialize)]
struct Period<'a> {
    from: String,
    to: Option<String>,
    /// The version in force: its effective date.
    version: String,
    /// The language of the text readers of this locale saw (the source when untranslated).
    text_locale: &'a str,
    url: String,
    blake3: &'a str,
}

#[derive(Serialize)]
struct LocaleUrl<'a> {
    locale: &'a str,
    url: String,
}

#[derive(Serialize)]
struct VersionEntry<'a> {
    date: String,
    /// The version applies from its date until the next version's, `[from, to)`.
    from: String,
    to: Option<String>,
    state: VersionState,
    /// A material change.
    material: bool,
    /// When the version was announced (`null` when the front matter says nothing).
    announced: Option<String>,
    /// For a version before the current one, per locale: the page of everything that changed
    /// since it, where an app links someone who accepted it. Empty for the others.
    since_urls: Vec<LocaleUrl<'a>>,
    translations: Vec<TranslationEntry<'a>>,
}

#[derive(Serialize)]
struct TranslationEntry<'a> {
    locale: &'a str,
    title: Option<&'a str>,
    updated: String,
    url: String,
    source: &'a str,
    blake3: &'a str,
    /// Locales whose readers see this text because they have no translation of their own.
    shown_in: Vec<&'a str>,
}

pub fn render_manifest(site: &Site) -> Vec<u8> {
    let base = &site.config.base_url;
    let policies = site
        .content
        .policies
        .iter()
        .map(|policy| PolicyEntry {
            id: &policy.id,
            source_locale: &policy.source_locale,
            current: policy
                .current_index(site.today)
                .map(|i| policy.versions[i].date.to_string()),
            material_since: policy.material_since(site.today).map(|d| d.to_string()),
            urls: site
                .locales
                .iter()
                .map(|locale| LocaleUrl {
                    locale,
                    url: format!("{base}{}", policy_path(locale, policy)),
                })
                .collect(),
            versions: policy
                .versions
                .iter()
                .enumerate()
                .map(|(i, version)| VersionEntry {
                    date: version.date.to_string(),
                    from: version.date.to_string(),
                    to: policy.versions.get(i + 1).map(|next| next.date.to_string()),
                    state: policy.state(i, site.today),
                    material: policy.is_material(i),
                    announced: policy.announced(i).map(|d| d.to_string()),
                    since_urls: site
                        .locales
                        .iter()
                        .filter(|_| policy.has_since_page(i, site.today))
                        .map(|locale| LocaleUrl {
                            locale,
                            url: format!("{base}{}", since_path(locale, policy, version.date)),
                        })
                        .collect(),
                    translations: version
                        .translations
                        .values()
                        .map(|t| TranslationEntry {
                            locale: &t.locale,
                            title: t.front.title.as_deref(),
                            updated: t.front.updated.unwrap_or(version.date).to_string(),
                            url: format!("{base}{}", version_path(&t.locale, policy, version.date)),
                            source: &t.path,
                            blake3: &t.source_hash,
                            shown_in: site
                                .locales
                                .iter()
                                .filter(|l| {
                                    policy.shown(i, l).text.locale == t.locale && **l != t.locale
                                })
                                .map(String::as_str)
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            timeline: site
                .locales
                .iter()
                .map(|locale| LocaleTimeline {
                    locale,
                    periods: policy
                        .versions
                        .iter()
                        .enumerate()
                        .map(|(i, version)| {
                            let shown = policy.shown(i, locale).text;
                            Period {
                                from: version.date.to_string(),
                                to: policy.versions.get(i + 1).map(|next| next.date.to_string()),
                                version: version.date.to_string(),
                                text_locale: &shown.locale,
                                url: format!(
                                    "{base}{}",
                                    version_path(locale, policy, version.date)
                                ),
                                blake3: &shown.source_hash,
                            }
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let manifest = Manifest {
        base_url: base,
        default_locale: &site.config.default_locale,
        locales: &site.locales,
        policies,
    };
    // Sized up front from the number of texts (about 600 bytes each), as regrowing a buffer of
    // megabytes costs more than filling it.
    let texts: usize = site
        .content
        .policies
        .iter()
        .flat_map(|p| &p.versions)
        .map(|v| v.translations.len())
        .sum();
    let mut json = Vec::with_capacity(1024 + texts * 640);
    // Plain structs of strings, numbers and options always serialize, into memory too.
    serde_json::to_writer_pretty(&mut json, &manifest).expect("policies.json serializes");
    json.push(b'\n');
    json
}
