//! The commands that are not `build`, `serve` or `check`: thin users of the stages, each in
//! its own file (STYLE.md, "commands/"). None knows about another.

mod error;
pub mod init;
pub mod locales;
pub mod new;
pub mod notice;
pub mod status;

use std::io::Write;
use std::path::Path;

use crate::build::site_locales;
use crate::cache::Memo;
use crate::config::{SiteConfig, load_config};
use crate::content::{self, Content, load_content};
use crate::date::Date;
use crate::error::{Diagnostic, Error};
use crate::i18n::{Catalog, load_catalog};
use crate::lock;

pub use error::CommandError;

/// site.yaml and the policies, read once (no cache: a command runs once).
pub(crate) fn load_site(root: &Path) -> Result<(SiteConfig, Content), Error> {
    let config = load_config(root).map_err(Error::Site)?;
    let content = load_content(root, &config, &Memo::disabled()).map_err(Error::Site)?;
    Ok((config, content))
}

/// The site as `build` sees it, scheduled versions included: an announcement redline.lock
/// recorded stands once the clock (the real date) has reached it.
pub(crate) fn load_site_as_built(root: &Path, clock: Date) -> Result<(SiteConfig, Content), Error> {
    let (config, content) = load_site(root)?;
    let recorded = lock::published_announcements(root, clock).map_err(Error::Site)?;
    Ok((config, content.with_recorded_announcements(&recorded)))
}

/// The site as readers see it on `today`, as `build` makes it: an announcement redline.lock
/// recorded stands once the clock has reached it, whatever the front matter says now, and
/// scheduled versions are left out. With its interface strings and its locales (default
/// first), for the commands that report on what is published.
pub(crate) struct PublishedSite {
    pub(crate) config: SiteConfig,
    pub(crate) content: Content,
    pub(crate) catalog: Catalog,
    pub(crate) locales: Vec<String>,
}

pub(crate) fn load_published_site(
    root: &Path,
    today: Date,
    clock: Date,
) -> Result<PublishedSite, Error> {
    let (config, content) = load_site_as_built(root, clock)?;
    // A material change without its notice period fails the build: nothing to announce.
    let short_notice = content::notice_periods(&content);
    if !short_notice.is_empty() {
        return Err(Error::Site(short_notice));
    }
    let content = content.without_scheduled(today);
    let catalog = load_catalog(root).map_err(Error::Site)?;
    let locales = site_locales(&config, &content, &catalog);
    Ok(PublishedSite {
        config,
        content,
        catalog,
        locales,
    })
}

/// Creates `root/relative` with `text`, refusing an existing file (`create_new`: no window
/// between checking and writing); `exists` is the problem to report then.
pub(crate) fn create_new_file(
    root: &Path,
    relative: &str,
    text: &str,
    exists: CommandError,
) -> Result<(), Error> {
    let path = root.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::Site(vec![Diagnostic::error(relative, exists)])
            } else {
                Error::io(&path, e)
            }
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::io(&path, e))
}
