//! THEMES.md stays true: every embedded template is rendered with the contexts the renderer
//! builds for a fixture site that reaches every optional part of them, and the variables those
//! contexts hold are compared with the ones THEMES.md documents.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::views::{PageRenderer, SharedValues};
use super::{policy_jobs, site_jobs};
use crate::cache::Memo;
use crate::content::Site;
use crate::diff::policy::policy_redlines;
use crate::markdown::texts::render_texts;

const THEMES_MD: &str = include_str!("../../THEMES.md");

/// A site whose pages hold every variable at least once: two locales, a text translated, one
/// not, a translation missing for a previous version, an upcoming material version, a policy with no
/// version in effect yet, errata, nested headings, and a heading removed between versions.
const FIXTURE: &[(&str, &str)] = &[
    (
        "site.yaml",
        "title: Example Co\nbase_url: https://example.com/legal\ndefault_locale: en\nlocales: [en, fr]\n",
    ),
    (
        "content/privacy/2025-01-01.en.md",
        "---\ntitle: Privacy\nsummary: First.\n---\n## Rights {#rights}\n\nA copy.\n\n### Access\n\nAsk.\n\n## Old section\n\nGone soon.\n",
    ),
    (
        "content/privacy/2025-01-01.fr.md",
        "---\ntitle: Confidentialité\n---\n## Droits {#rights}\n\nUne copie.\n",
    ),
    (
        "content/privacy/2026-02-01.en.md",
        "---\ntitle: Privacy\ndescription: How we handle data\nupdated: 2026-02-03\nsummary: Adds erasure.\nerrata:\n  - date: 2026-02-10\n    note: Fixed a typo.\n---\n## Rights {#rights}\n\nA copy and erasure.\n\n### Access\n\nAsk.\n",
    ),
    (
        "content/privacy/2026-09-01.en.md",
        "---\ntitle: Privacy\nmaterial: true\nannounced: 2026-02-15\n---\n## Rights {#rights}\n\nErasure and a copy.\n",
    ),
    (
        "content/privacy/2026-09-01.fr.md",
        "---\ntitle: Confidentialité\n---\n## Droits {#rights}\n\nEffacement.\n",
    ),
    (
        "content/terms/2027-01-01.en.md",
        "---\ntitle: Terms\n---\n## Use\n\nBe nice.\n",
    ),
];

const TODAY: &str = "2026-03-01";

/// Per template: every context it was rendered with, as JSON.
fn rendered_contexts() -> BTreeMap<String, Vec<serde_json::Value>> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path();
    for (path, text) in FIXTURE {
        let target = root.join(path);
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("create folders");
        std::fs::write(target, text).expect("write a fixture file");
    }
    let config = crate::config::load_config(root).expect("the fixture's site.yaml");
    let content =
        crate::content::load_content(root, &config, &Memo::disabled()).expect("its content");
    let catalog = crate::i18n::load_catalog(root).expect("its strings");
    let theme = crate::theme::load_theme(root, &config.theme).expect("the embedded theme");
    // The fixture's site.yaml lists them.
    let locales = vec!["en".to_string(), "fr".to_string()];
    let site = Site {
        config,
        content,
        locales,
        today: crate::date::Date::parse(TODAY).expect("a date"),
    };
    let localizers = site
        .locales
        .iter()
        .map(|l| (l.clone(), crate::i18n::Localizer::new(l, "en", &catalog)))
        .collect();
    let shared = SharedValues::new(&site);
    let mut contexts: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    let mut render = |renderer: &PageRenderer<'_>, jobs: Vec<super::Job>| {
        for job in jobs {
            let page = renderer.page(&job);
            let context = tera::Context::from_serialize(&page.context).expect("a context");
            theme
                .tera
                .render(page.template, &context)
                .unwrap_or_else(|e| panic!("{} does not render for {job:?}: {e}", page.template));
            let value = serde_json::to_value(&page.context).expect("the context as JSON");
            contexts
                .entry(page.template.to_string())
                .or_default()
                .push(value);
        }
    };
    render(
        &PageRenderer::new(&site, &localizers, None, &shared),
        site_jobs(&site),
    );
    for p in 0..site.content.policies.len() {
        let texts = render_texts(&site, p, &Memo::disabled()).expect("the fixture's texts render");
        let redlines = policy_redlines(&site, &texts, &Memo::disabled());
        render(
            &PageRenderer::new(&site, &localizers, Some((&texts, &redlines)), &shared),
            policy_jobs(&site, p),
        );
    }
    contexts
}

/// Every path in `value` (`policy.versions[].href`); the interface strings `t` and `t_plain`
/// count as one variable each, since their names are the message ids of the locale files.
fn paths(value: &serde_json::Value, path: &str, found: &mut BTreeSet<String>) {
    // A list's items are documented by their fields, the list by its own row.
    if !path.is_empty() && !path.ends_with("[]") {
        found.insert(path.to_string());
    }
    if path == "t" || path == "t_plain" {
        return;
    }
    match value {
        serde_json::Value::Object(fields) => {
            for (key, field) in fields {
                let inner = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                paths(field, &inner, found);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                paths(item, &format!("{path}[]"), found);
            }
        }
        _ => {}
    }
}

/// Whether a variable holds something on this page: not null, not an empty list.
fn has_value(value: &serde_json::Value) -> bool {
    !(value.is_null() || value.as_array().is_some_and(Vec::is_empty))
}

/// The names in backticks in `text`.
fn backticked(text: &str) -> BTreeSet<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// THEMES.md's section about template `name`: from its `## \`name\`` heading to the next.
fn section<'d>(name: &str) -> &'d str {
    let heading = format!("\n## `{name}`\n");
    let start = THEMES_MD
        .find(&heading)
        .unwrap_or_else(|| panic!("THEMES.md has no section `## \\`{name}\\``"))
        + heading.len();
    let rest = &THEMES_MD[start..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

/// The names listed in the paragraph of `section` that starts with `label`.
fn listed(section: &str, label: &str) -> Option<BTreeSet<String>> {
    section
        .split("\n\n")
        .find(|paragraph| paragraph.trim_start().starts_with(label))
        .map(backticked)
}

#[test]
fn themes_md_documents_every_variable_of_every_template() {
    let contexts = rendered_contexts();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
    let mut templates: BTreeMap<String, String> = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("the embedded templates") {
        let path = entry.expect("an entry").path();
        let name = path
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        templates.insert(name, std::fs::read_to_string(&path).expect("a template"));
    }
    for name in contexts.keys() {
        assert!(
            templates.contains_key(name),
            "{name} is rendered but not embedded"
        );
    }

    let mut all_paths = BTreeSet::new();
    for (name, pages) in &contexts {
        let mut given = BTreeSet::new();
        for context in pages {
            paths(context, "", &mut all_paths);
            let fields = context.as_object().expect("a context is an object");
            given.extend(
                fields
                    .iter()
                    .filter(|(_, v)| has_value(v))
                    .map(|(k, _)| k.clone()),
            );
        }
        let documented = listed(section(name), "Variables:")
            .unwrap_or_else(|| panic!("THEMES.md's `{name}` has no `Variables:` line"));
        assert_eq!(
            given, documented,
            "the variables {name} receives (left) differ from THEMES.md's `Variables:` (right)"
        );
    }

    // Partials see the context of the pages that extend or include them.
    for (name, _) in templates.iter().filter(|(n, _)| !contexts.contains_key(*n)) {
        let users: BTreeSet<String> = templates
            .iter()
            .filter(|(_, text)| {
                // `{% include "x.html" -%}` trims the whitespace after it.
                text.contains(&format!("{{% extends \"{name}\""))
                    || text.contains(&format!("{{% include \"{name}\""))
            })
            .map(|(user, _)| user.clone())
            .collect();
        let documented = listed(section(name), "Used by:")
            .unwrap_or_else(|| panic!("THEMES.md's `{name}` has no `Used by:` line"));
        assert_eq!(
            users, documented,
            "the templates that use {name} (left) differ from THEMES.md"
        );
    }

    // Every variable at every depth has a row in THEMES.md's tables, and every row is one.
    let documented: BTreeSet<String> = THEMES_MD
        .lines()
        .filter(|line| line.starts_with("| `"))
        .filter_map(|line| line.split('`').nth(1).map(str::to_string))
        .collect();
    let missing: Vec<_> = all_paths.difference(&documented).collect();
    let stale: Vec<_> = documented.difference(&all_paths).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "undocumented in THEMES.md: {missing:?}; documented but never given: {stale:?}"
    );
}
