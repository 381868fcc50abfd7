//! redline: a static site generator for versioned, localized legal policies.
//!
//! The pipeline (DESIGN.md "Code layout"), each stage a module, data flowing one way:
//! `config` (site.yaml) → `content` (policies, versions, translations) → `markdown` →
//! `i18n` (Fluent, dates) → `render` (Tera pages) → `output` (staging, sitemap, policies.json).
//! `run` is the one place that prints diagnostics and picks the exit code; the library never
//! exits and never prints on its own.

pub mod cache;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod date;
pub mod diff;
pub mod error;
mod escape;
pub mod i18n;
pub mod lock;
pub mod markdown;
pub mod output;
mod read;
pub mod render;
pub mod serve;
pub mod theme;
pub mod watch;
pub(crate) mod yaml;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::cache::BuildCache;
use crate::cli::{BuildOptions, Command};
use crate::config::SiteConfig;
use crate::content::Content;
use crate::date::Date;
use crate::error::{Diagnostic, Error};
use crate::i18n::{Catalog, Localizer};
use crate::output::{BuildLock, Destination, Sink, StagingDir};
use crate::theme::{Asset, Theme};

/// Everything the renderer needs, loaded and checked.
pub struct Site {
    pub config: SiteConfig,
    pub content: Content,
    /// The default locale first, then the others in tag order.
    pub locales: Vec<String>,
    /// The date that decides which versions are current, past and upcoming.
    pub today: Date,
}

/// Held by a build, in the site folder, while it builds and records redline.lock.
pub const SITE_BUILD_LOCK: &str = ".redline-build-lock";

/// Exit codes (DESIGN.md "CLI").
const EXIT_OK: u8 = 0;
const EXIT_SITE_ERRORS: u8 = 1;
const EXIT_USAGE: u8 = 2;

/// Runs one command, printing to `out` and `err`; returns the process exit code.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    // What a failure means, in the last line the user reads.
    let (result, failed) = match command {
        Command::Build(args) => (
            args.into_options()
                .and_then(|options| build_to_disk(&options, out, err)),
            "build failed; the output folder was left as it was",
        ),
        Command::Serve(args) => (
            args.into_options()
                .and_then(|options| serve::serve(&options, out, err)),
            "serve could not start",
        ),
        Command::Check(args) => (
            args.into_options()
                .and_then(|options| check::check(&options, out, err)),
            "check failed",
        ),
        Command::New(args) => (
            args.into_options()
                .and_then(|options| commands::new::new_version(&options, out)),
            "no version was created",
        ),
        Command::Status(args) => (
            args.into_options()
                .and_then(|options| commands::status::status(&options, out)),
            "status could not read the site",
        ),
        Command::Init(args) => (
            args.into_options()
                .and_then(|options| commands::init::init(&options, out)),
            "no site was created",
        ),
        Command::Locales(args) => (
            args.into_options()
                .and_then(|options| commands::locales::extract(&options, out)),
            "no file was written",
        ),
    };
    match result {
        Ok(()) => EXIT_OK,
        Err(Error::Site(mut diagnostics)) => {
            diagnostics.sort();
            diagnostics.dedup();
            print_diagnostics(&diagnostics, err);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            let _ = writeln!(err, "{errors} error(s): {failed}");
            EXIT_SITE_ERRORS
        }
        Err(Error::Usage(message)) => {
            let _ = writeln!(err, "error: {message}");
            EXIT_USAGE
        }
        Err(e @ (Error::Io { .. } | Error::Environment { .. })) => {
            let _ = writeln!(err, "error: {e}");
            let _ = writeln!(err, "{failed}");
            EXIT_SITE_ERRORS
        }
    }
}

fn print_diagnostics(diagnostics: &[Diagnostic], err: &mut dyn Write) {
    for diagnostic in diagnostics {
        // A closed pipe (`redline build 2>&1 | head`) is not worth a panic.
        let _ = writeln!(err, "{diagnostic}");
    }
}

/// `redline build`: stage, build, record the lock, swap in on success; discard on failure.
fn build_to_disk(
    options: &BuildOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    let started = Instant::now();
    let config = load_settings(options)?;
    let output = match &options.output {
        Some(path) => path.clone(),
        None => options.root.join(&config.output),
    };
    let destination = Destination::resolve(&output, &options.root)?;
    // Builds of one site into two outputs would both write redline.lock. A site folder no
    // build can write to (a read-only checkout in CI) needs no lock: nor can redline.lock change.
    let site_lock = BuildLock::acquire(&options.root.join(SITE_BUILD_LOCK), || {
        let _ = writeln!(
            err,
            "another redline build of this site is running; waiting for it to finish"
        );
    });
    let _site_lock = match site_lock {
        Ok(lock) => Some(lock),
        Err(Error::Io { source, .. })
            if matches!(
                source.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            None
        }
        Err(e) => return Err(e),
    };
    let staging = StagingDir::create(destination, || {
        let _ = writeln!(
            err,
            "another redline build is writing {}; waiting for it to finish",
            output.display()
        );
    })?;
    let report = match build(options, config, &staging, &BuildCache::disabled()) {
        Ok(report) => report,
        Err(e) => {
            staging.discard();
            return Err(e);
        }
    };
    // The texts are recorded before they go live: a build that cannot record them publishes
    // nothing.
    if let Some(lock) = &report.lock {
        if let Err(e) = lock.write(&options.root) {
            staging.discard();
            return Err(e);
        }
        let _ = writeln!(out, "updated {}: commit it", lock::LOCK_FILE);
    }
    let mut warnings = report.warnings;
    warnings.extend(staging.commit()?);
    print_diagnostics(&warnings, err);
    let _ = writeln!(
        out,
        "built {} pages in {} ({}) into {} in {:.2} s",
        report.pages,
        report.locales.len(),
        report.locales.join(", "),
        output.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// site.yaml with the command line's overrides applied.
pub fn load_settings(options: &BuildOptions) -> Result<SiteConfig, Error> {
    let mut config = config::load_config(&options.root).map_err(Error::Site)?;
    if let Some(url) = &options.base_url {
        config.set_base_url(url).map_err(Error::Usage)?;
    }
    Ok(config)
}

/// What a successful build reports.
pub struct BuildReport {
    pub pages: usize,
    pub locales: Vec<String>,
    /// In `check` mode, the errors of the Fluent files and of the lock, and under `--strict`
    /// the warnings it made errors, are here too: `check` reports them with the problems of the
    /// links.
    pub warnings: Vec<Diagnostic>,
    /// In `check` mode, every link of every text.
    pub links: Vec<render::CheckedLink>,
    /// redline.lock as this build would write it, when the sources changed what it records
    /// (a new or removed version file, an edited upcoming text, an accepted erratum); `None`
    /// when it is up to date. Only `build` writes it.
    pub lock: Option<lock::Lock>,
}

/// Builds the whole site into `sink`. Every problem of the site is returned at once.
pub fn build(
    options: &BuildOptions,
    config: SiteConfig,
    sink: &dyn Sink,
    cache: &BuildCache,
) -> Result<BuildReport, Error> {
    let root = options.root.as_path();
    // The three sources are independent: load them all so one run reports every problem.
    let (content, (catalog, theme)) = rayon::join(
        || content::load_content_partly(root, &config, cache),
        || {
            rayon::join(
                || i18n::load_catalog(root),
                || theme::load_theme(root, &config.theme),
            )
        },
    );
    let content::Loaded {
        content,
        unloaded,
        mut problems,
    } = content;
    // The policies that loaded are rendered even when others did not, to report their
    // problems too; a build with an error publishes nothing.
    let content = (!content.policies.is_empty()).then_some(content);
    let catalog = catalog.map_err(|mut p| problems.append(&mut p)).ok();
    let theme = theme.map_err(|mut p| problems.append(&mut p)).ok();
    // A message that cannot be formatted shows `{id}` on a page: reported, never fatal to the
    // rest of the run, so the problems of the other stages are reported with it.
    if let Some(catalog) = &catalog {
        problems.extend(i18n::check_catalog(catalog));
    }
    // Published texts must match redline.lock before anything is published from them. The
    // pages are still rendered when they do not, to report the Markdown and template problems
    // of the same run: a build with an error publishes nothing (`build` discards its staging
    // folder, `serve` keeps its last good snapshot, `check` writes nothing).
    let (next_lock, lock_changes) = match content
        .as_ref()
        .map(|content| lock::reconcile(root, content, &unloaded, options.clock, options.locked))
    {
        Some(Ok(lock::Reconciled { next, changes })) => (next, changes),
        Some(Err(mut found)) => {
            problems.append(&mut found);
            (None, Vec::new())
        }
        None => (None, Vec::new()),
    };
    let (Some(content), Some(catalog), Some(theme)) = (content, catalog, theme) else {
        problems.sort();
        return Err(Error::Site(problems));
    };
    let locales = site_locales(&config, &content, &catalog);
    let site = Site {
        config,
        content,
        locales,
        today: options.today,
    };

    // The errors found so far join the warnings: `check` reports them with the links.
    let mut warnings = problems;
    warnings.extend(translation_warnings(&site));
    warnings.extend(content::untitled_versions(&site.content));
    warnings.extend(site.config.base_url_warning());
    if options.check {
        // `build` updates redline.lock; `check` only says it is out of date.
        warnings.extend(lock_changes);
        warnings.extend(check::review(&site));
        warnings.extend(i18n::compare_with_english(&catalog));
    }
    // The one place `--strict` applies, in `check` too.
    if options.strict {
        error::apply_strict(&mut warnings);
    }

    let localizers = site_localizers(&site, &catalog);
    // Render even when `--strict` has already failed the build, so one run reports everything.
    // Everything every page depends on, for the page cache (see render::page_key).
    let inputs = cache::key(&[
        format!("{:?}|{:?}|{}", site.config, site.locales, site.today).as_bytes(),
        &theme.fingerprint,
        &catalog.fingerprint,
    ]);
    let policy_keys: Vec<cache::Key> = site
        .content
        .policies
        .iter()
        .map(render::policy_key)
        .collect();
    // What the files about the whole site depend on: every input and every policy's files.
    let site_key = cache::key(
        &std::iter::once(inputs.as_slice())
            .chain(policy_keys.iter().map(|k| k.as_slice()))
            .collect::<Vec<_>>(),
    );
    // The feeds and policies.json need no page: they are made while the pages render.
    let (rendered, site_files) = rayon::join(
        || {
            render::render_site(
                &site,
                &theme,
                &localizers,
                sink,
                cache,
                (inputs, &policy_keys),
                options.check,
            )
        },
        || site_files(&site, &localizers, cache, &site_key),
    );
    let rendered = rendered.and_then(|(pages, links)| {
        write_site_files(&site, &theme, &pages, site_files, (cache, &inputs), sink)
            .map(|()| (pages, links))
    });
    let (pages, mut links) = match rendered {
        // `check` goes on to the links with the errors `--strict` made: one run reports all.
        Ok(rendered) if options.check || !warnings.iter().any(Diagnostic::is_error) => rendered,
        Ok(_) => return Err(Error::Site(warnings)),
        Err(mut problems) => {
            problems.append(&mut warnings);
            return Err(Error::Site(problems));
        }
    };
    if !unloaded.is_empty() {
        // Links to the pages of a policy that did not load would all seem broken: they are
        // checked once every policy loads.
        links.clear();
    }
    warnings.sort();
    Ok(BuildReport {
        pages: pages.len(),
        locales: site.locales.clone(),
        warnings,
        links,
        lock: next_lock,
    })
}

/// Each locale's strings and date formats, made in parallel.
pub(crate) fn site_localizers(site: &Site, catalog: &Catalog) -> BTreeMap<String, Localizer> {
    site.locales
        .par_iter()
        .map(|locale| {
            (
                locale.clone(),
                Localizer::new(locale, &site.config.default_locale, catalog),
            )
        })
        .collect()
}

/// site.yaml's `locales`, else every locale that has content or a Fluent file; default first.
pub(crate) fn site_locales(
    config: &SiteConfig,
    content: &Content,
    catalog: &Catalog,
) -> Vec<String> {
    let mut found: BTreeSet<String> = match &config.locales {
        Some(listed) => listed.iter().cloned().collect(),
        None => content
            .policies
            .iter()
            .flat_map(|p| {
                p.versions
                    .iter()
                    .flat_map(|v| v.translations.keys().cloned())
            })
            .chain(catalog.site_locales().map(str::to_string))
            .collect(),
    };
    found.remove(&config.default_locale);
    std::iter::once(config.default_locale.clone())
        .chain(found)
        .collect()
}

/// A locale without the translation of a current version: its readers see the source text.
fn translation_warnings(site: &Site) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for policy in &site.content.policies {
        let Some(current) = policy.current_index(site.today) else {
            continue;
        };
        let version = &policy.versions[current];
        let Some(source) = version.translation(&policy.source_locale) else {
            continue;
        };
        for locale in &site.locales {
            if version.translation(locale).is_none() {
                let missing = format!("content/{}/{}.{locale}.md", policy.id, version.date);
                warnings.push(
                    Diagnostic::warning(
                        &source.path,
                        format!("the current version has no `{locale}` translation; `{locale}` readers see this text"),
                    )
                    .help(format!("translate it into {missing}")),
                );
            }
        }
    }
    warnings
}

/// policies.json and each locale's feed, which depend on the content only (cached by
/// `site_key` for `serve`).
fn site_files(
    site: &Site,
    localizers: &BTreeMap<String, Localizer>,
    cache: &BuildCache,
    site_key: &cache::Key,
) -> Vec<(String, Arc<Vec<u8>>)> {
    let feeds = localizers.par_iter().map(|(locale, localizer)| {
        let path = render::feed_path(locale)
            .trim_start_matches('/')
            .to_string();
        let bytes = cache.file(
            || cache::key(&[site_key, path.as_bytes()]),
            || output::render_feed(site, localizer),
        );
        (path, bytes)
    });
    let manifest = rayon::iter::once("policies.json").map(|path| {
        let bytes = cache.file(
            || cache::key(&[site_key, path.as_bytes()]),
            || output::render_manifest(site),
        );
        (path.to_string(), bytes)
    });
    manifest.chain(feeds).collect()
}

/// The files that are not pages: `files` (from `site_files`), the sitemap and the theme's
/// static assets.
fn write_site_files(
    site: &Site,
    theme: &Theme,
    pages: &[render::PageEntry],
    mut files: Vec<(String, Arc<Vec<u8>>)>,
    (cache, inputs): (&BuildCache, &cache::Key),
    sink: &dyn Sink,
) -> Result<(), Vec<Diagnostic>> {
    // The pages, and so the sitemap, follow from the settings and the versions' dates and
    // locales, not from what the texts say: an edit to a text leaves the sitemap as it was.
    let sitemap_key = || {
        let versions: Vec<_> = site
            .content
            .policies
            .iter()
            .map(|p| {
                let dates = p.versions.iter().map(|v| (v.date, v.translations.keys()));
                (&p.id, dates.collect::<Vec<_>>())
            })
            .collect();
        cache::key(&[inputs, format!("{versions:?}").as_bytes(), b"sitemap.xml"])
    };
    let mut problems = Vec::new();
    for (name, asset) in &theme.assets {
        let bytes = match asset {
            Asset::Embedded(bytes) => bytes.to_vec(),
            Asset::File { path, display } => match read::read_bytes(path, display) {
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
    let write = |files: Vec<(String, Arc<Vec<u8>>)>| -> Vec<Diagnostic> {
        files
            .into_par_iter()
            .filter_map(|(path, bytes)| {
                let e = sink.write_shared(&path, bytes).err()?;
                Some(
                    Diagnostic::error(path, format!("cannot write the file: {e}"))
                        .help("check the free space and permissions of the output folder"),
                )
            })
            .collect()
    };
    // The sitemap is made while the other files are written.
    let (sitemaps, mut unwritten) = rayon::join(
        || {
            cache.file_set(sitemap_key, || {
                output::render_sitemaps(
                    pages,
                    &site.config.base_url,
                    &site.config.default_locale,
                    output::PROTOCOL_LIMITS,
                )
            })
        },
        || write(files),
    );
    problems.append(&mut unwritten);
    problems.extend(write(sitemaps.to_vec()));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
