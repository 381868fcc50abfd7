//! The theme: Tera templates and static assets, embedded default plus the site's overrides.
//!
//! The default theme's source is `themes/default/` in this repository, compiled into the binary
//! so a site without a `themes/` folder builds. A site's `themes/<name>/templates/<file>.html`
//! replaces the embedded template of that name, and `themes/<name>/static/` is copied to
//! `/static/` over the embedded assets. Template syntax errors are reported with the file's path.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::{Diagnostic, Problem, display_path, to_u32};
use crate::read::{SiteRoot, is_editor_leftover, read_bytes};

pub const THEMES_DIR: &str = "themes";
const DEFAULT_THEME: &str = "default";

/// What can be wrong with the theme: its name, or one of its templates.
#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    /// site.yaml names a theme that has no folder.
    #[error("the theme `{0}` does not exist")]
    NoSuchTheme(String),
    /// Tera's own message: a syntax error, an error while rendering, or a check across
    /// templates (an unknown include, say).
    #[error("template: {0}")]
    Template(String),
    #[error("template: extends `{0}`, which does not exist")]
    MissingParent(String),
    /// The templates it extends, in order, back to itself.
    #[error("template: extends itself through {}", .0.join(" → "))]
    CircularExtend(Vec<String>),
    #[error("template: includes itself through {}", .0.join(" → "))]
    CircularInclude(Vec<String>),
}

impl Problem for ThemeError {
    fn help(&self) -> Option<String> {
        let help = match self {
            ThemeError::NoSuchTheme(name) => {
                return Some(format!(
                    "create {THEMES_DIR}/{name}/templates/, or remove `theme` to use the built-in theme"
                ));
            }
            ThemeError::Template(_) => {
                "fix the template at this place (Tera syntax: https://keats.github.io/tera/)"
            }
            ThemeError::MissingParent(_) => "extend one of the theme's templates, e.g. `base.html`",
            ThemeError::CircularExtend(_) => {
                "break the loop: a template may extend only templates that do not extend it"
            }
            ThemeError::CircularInclude(_) => {
                "break the loop: a template may include only templates that do not include it"
            }
        };
        Some(help.to_string())
    }
}

/// `(name, text)` of each listed file of the default theme's templates, compiled in.
macro_rules! embedded_templates {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../themes/default/templates/", $name)))),*]
    };
}

const EMBEDDED_TEMPLATES: &[(&str, &str)] = embedded_templates!(
    "404.html",
    "base.html",
    "changes.html",
    "history.html",
    "policies.html",
    "policy.html",
    "redline.html",
    "root.html",
    "since.html",
    "versions.html",
);

const EMBEDDED_STATIC: &[(&str, &[u8])] = &[(
    "style.css",
    include_bytes!("../themes/default/static/style.css"),
)];

/// A file's path under the output folder and its bytes.
pub type OutputFile = (String, Arc<Vec<u8>>);

/// Where a static asset's bytes come from.
#[derive(Debug, Clone)]
pub enum Asset {
    Embedded(&'static [u8]),
    /// A file of the site's theme, with its site-relative path for diagnostics.
    File {
        path: PathBuf,
        display: String,
    },
}

/// Compiled templates and the static assets to copy.
pub struct Theme {
    pub tera: tera::Tera,
    /// Template name → the path to name in diagnostics.
    template_paths: BTreeMap<String, String>,
    /// `themes/<name>/templates`, where an unknown template name would be looked for.
    templates_dir: String,
    /// Output path under `static/` → bytes.
    pub assets: BTreeMap<String, Asset>,
    /// Of every template's name and text: pages depend on nothing else of the theme.
    pub fingerprint: crate::cache::Key,
}

impl Theme {
    /// The site-relative path of a template, for diagnostics.
    pub fn template_path(&self, name: &str) -> String {
        template_path(&self.template_paths, &self.templates_dir, name)
    }

    /// The static assets' bytes, by path under the output folder (`static/<name>`), and the
    /// problem of each file that can no longer be read.
    pub fn asset_files(&self) -> (Vec<OutputFile>, Vec<Diagnostic>) {
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for (name, asset) in &self.assets {
            let bytes = match asset {
                Asset::Embedded(bytes) => bytes.to_vec(),
                Asset::File { path, display } => match read_bytes(path, display) {
                    Ok(Some(bytes)) => bytes,
                    Ok(None) => continue, // removed since the theme was loaded
                    Err(d) => {
                        problems.push(d);
                        continue;
                    }
                },
            };
            files.push((format!("static/{name}"), Arc::new(bytes)));
        }
        (files, problems)
    }
}

fn template_path(paths: &BTreeMap<String, String>, templates_dir: &str, name: &str) -> String {
    paths
        .get(name)
        .cloned()
        .unwrap_or_else(|| format!("{templates_dir}/{name}"))
}

pub fn load_theme(root: &Path, theme_name: &str) -> Result<Theme, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut sources: BTreeMap<String, (String, String)> = EMBEDDED_TEMPLATES
        .iter()
        .map(|(name, text)| {
            (
                (*name).to_string(),
                (format!("<built-in>/templates/{name}"), (*text).to_string()),
            )
        })
        .collect();
    let mut assets: BTreeMap<String, Asset> = EMBEDDED_STATIC
        .iter()
        .map(|(name, bytes)| ((*name).to_string(), Asset::Embedded(bytes)))
        .collect();

    let theme_dir = root.join(THEMES_DIR).join(theme_name);
    if !theme_dir.is_dir() && theme_name != DEFAULT_THEME {
        return Err(vec![Diagnostic::error(
            "site.yaml",
            ThemeError::NoSuchTheme(theme_name.to_string()),
        )]);
    }
    let site = SiteRoot::new(root);
    let templates_dir = theme_dir.join("templates");
    for file in site.walk(&templates_dir, usize::MAX, &mut problems) {
        if !file.is_file {
            continue;
        }
        let Ok(relative) = file.path.strip_prefix(&templates_dir) else {
            continue;
        };
        let name = display_path(Path::new(""), relative);
        if is_editor_leftover(&name) {
            continue;
        }
        match file.read_text() {
            Ok(Some(text)) => {
                sources.insert(name, (file.display, text));
            }
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
    }
    // Copied to the output as they are: a link leading outside would publish what it names.
    let static_dir = theme_dir.join("static");
    for file in site.walk(&static_dir, usize::MAX, &mut problems) {
        if !file.is_file {
            continue;
        }
        if let Ok(relative) = file.path.strip_prefix(&static_dir) {
            assets.insert(
                display_path(Path::new(""), relative),
                Asset::File {
                    display: file.display,
                    path: file.path,
                },
            );
        }
    }

    let template_paths: BTreeMap<String, String> = sources
        .iter()
        .map(|(name, (display, _))| (name.clone(), display.clone()))
        .collect();
    let templates_dir = format!("{THEMES_DIR}/{theme_name}/templates");
    let fingerprint = {
        let parts: Vec<&[u8]> = sources
            .iter()
            .flat_map(|(name, (_, text))| [name.as_bytes(), text.as_bytes()])
            .collect();
        crate::cache::key(&parts)
    };
    let path_of = |name: &str| template_path(&template_paths, &templates_dir, name);
    // Tera stops at the first broken template of a batch: report it, leave it out, try the
    // rest again, so one run lists every broken template.
    let mut tera = tera::Tera::new();
    let mut left_out = std::collections::BTreeSet::new();
    loop {
        let batch = sources
            .iter()
            .map(|(name, (_, text))| (name.as_str(), text.as_str()));
        let Err(e) = tera.add_raw_templates(batch) else {
            break;
        };
        let diagnostic = template_diagnostic(&e, path_of);
        let name = template_paths
            .iter()
            .find(|(_, display)| **display == diagnostic.path)
            .map(|(n, _)| n.clone());
        // A template left out for its own error makes every child say its parent is missing;
        // the first error is the one to fix.
        let cascades = matches!(e.kind(), tera::ErrorKind::MissingParent { parent, .. } if left_out.contains(parent));
        if !cascades {
            problems.push(diagnostic);
        }
        match name {
            Some(name) => {
                sources.remove(&name);
                left_out.insert(name);
            }
            None => break,
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let theme = Theme {
        tera,
        template_paths,
        templates_dir,
        assets,
        fingerprint,
    };
    Ok(theme)
}

/// A Tera error as a diagnostic at the template's line and column.
pub fn template_diagnostic(error: &tera::Error, path_of: impl Fn(&str) -> String) -> Diagnostic {
    match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let span = report.span();
            Diagnostic::error(
                path_of(report.filename()),
                ThemeError::Template(report.message().to_string()),
            )
            .at(to_u32(span.start_line), to_u32(span.start_col + 1))
        }
        tera::ErrorKind::MissingParent { current, parent } => Diagnostic::error(
            path_of(current),
            ThemeError::MissingParent(parent.to_string()),
        ),
        tera::ErrorKind::CircularExtend {
            tpl,
            inheritance_chain,
        } => Diagnostic::error(
            path_of(tpl),
            ThemeError::CircularExtend(inheritance_chain.clone()),
        ),
        tera::ErrorKind::CircularInclude { tpl, include_chain } => Diagnostic::error(
            path_of(tpl),
            ThemeError::CircularInclude(include_chain.clone()),
        ),
        // Checks across templates (an unknown include, say) arrive as Tera's own report text:
        // keep its first message and its `--> name:line:col`, not its drawing. Tera 2.4 keeps
        // no structure for these (`finalize_templates` joins rendered reports into
        // `ErrorKind::Msg`), so this is the one place that reads its wording;
        // tests/cli/errors.rs (`template_problems_across_templates_name_the_right_file`) pins it.
        other => {
            let text = other.to_string();
            let message = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("error: "))
                .unwrap_or(text.trim());
            let location = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("--> "))
                .and_then(|at| {
                    let mut parts = at.rsplitn(3, ':');
                    let col = parts.next()?.parse::<u32>().ok()?;
                    let line = parts.next()?.parse::<u32>().ok()?;
                    Some((parts.next()?.to_string(), line, col))
                });
            let problem = ThemeError::Template(message.to_string());
            match location {
                Some((name, line, col)) => Diagnostic::error(path_of(&name), problem).at(line, col),
                None => Diagnostic::error(path_of(""), problem),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_template_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("the default theme's templates")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let embedded: Vec<&str> = EMBEDDED_TEMPLATES.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            on_disk, embedded,
            "list every file of themes/default/templates in EMBEDDED_TEMPLATES"
        );
    }
}
