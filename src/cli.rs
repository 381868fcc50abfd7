//! The command line: clap's raw arguments, resolved once into each command's plain options.
//!
//! This is the only place that reads the clock or the environment (`SOURCE_DATE_EPOCH`), so
//! everything after it is a pure function of the options and the site's files.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::build::BuildOptions;
use crate::commands::init::InitOptions;
use crate::commands::locales::ExtractOptions;
use crate::commands::new::NewOptions;
use crate::commands::notice::NoticeOptions;
use crate::date::{Date, DateError};
use crate::error::{Error, Problem};
use crate::serve::ServeOptions;

/// A command line that cannot be run as written (exit 2); each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(
        "--root {}: no such folder; point --root at the folder that holds site.yaml and content/",
        .0.display()
    )]
    NoSuchRoot(PathBuf),
    /// `text`, given to `flag`, is not a date.
    #[error(
        "{flag}: {}; give a day of the calendar as YYYY-MM-DD, e.g. 2026-02-01",
        .error.explain(.text)
    )]
    BadDate {
        flag: &'static str,
        text: String,
        error: DateError,
    },
    #[error("SOURCE_DATE_EPOCH=`{0}` is not a number of seconds since 1970")]
    BadSourceDateEpoch(String),
    #[error("the system clock is not set")]
    ClockNotSet,
}

impl Problem for CliError {}

#[derive(Debug, Parser)]
#[command(
    name = "redline",
    version,
    about = "Build a static site of versioned, localized legal policies"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/), replacing it only if the build succeeds
    Build(BuildArgs),
    /// Preview the site: build it in memory, serve it, and reload open pages on every save
    Serve(ServeArgs),
    /// Check the site without writing it: everything build checks, plus links and anchors,
    /// Fluent files, overdue reviews and missing summaries
    Check(CheckArgs),
    /// Start a new version of a policy from its latest source-language text
    New(NewArgs),
    /// Show what is left to translate, per policy and locale
    Status(StatusArgs),
    /// Print the announcement of a policy's next change, as Markdown for an e-mail or a banner
    Notice(NoticeArgs),
    /// Create a new site that builds at once
    Init(InitArgs),
    /// Work with interface strings (Fluent files)
    Locales(LocalesArgs),
}

/// `--root`: every command that reads a site takes it.
#[derive(Debug, Args)]
pub struct RootArg {
    /// The site folder (holding site.yaml and content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

/// The flags every command that decides current, past and upcoming versions shares.
#[derive(Debug, Args)]
pub struct SiteArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Decide current, past and upcoming versions as of this date (YYYY-MM-DD)
    /// [default: SOURCE_DATE_EPOCH, else today]
    #[arg(long)]
    pub today: Option<String>,
}

impl SiteArgs {
    /// The options of a build of the site, as of `--today`, with nothing else set.
    fn into_options(self) -> Result<BuildOptions, Error> {
        // Absolute, so that watched paths and output paths compare with it as they are.
        let root = existing_root(self.root.root)?;
        let clock = resolve_clock()?;
        Ok(BuildOptions {
            root,
            output: None,
            base_url: None,
            today: self.today.as_deref().map_or(Ok(clock), parse_today)?,
            clock,
            strict: false,
            locked: false,
            check: false,
        })
    }
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The policy's folder name under content/ (e.g. privacy)
    pub policy: String,
    /// The new version's effective date (YYYY-MM-DD) [default: today]
    #[arg(long)]
    pub date: Option<String>,
    #[command(flatten)]
    pub root: RootArg,
}

impl NewArgs {
    pub fn into_options(self) -> Result<NewOptions, Error> {
        let date = self
            .date
            .as_deref()
            .map_or_else(resolve_clock, |date| parse_date_flag("--date", date))?;
        Ok(NewOptions {
            root: existing_root(self.root.root)?,
            policy: self.policy,
            date,
        })
    }
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub site: SiteArgs,
}

impl StatusArgs {
    pub fn into_options(self) -> Result<BuildOptions, Error> {
        self.site.into_options()
    }
}

#[derive(Debug, Args)]
pub struct NoticeArgs {
    /// The policy's folder name under content/ (e.g. privacy)
    pub policy: String,
    /// The locale to announce in [default: site.yaml's default locale]
    #[arg(long)]
    pub locale: Option<String>,
    #[command(flatten)]
    pub site: SiteArgs,
}

impl NoticeArgs {
    pub fn into_options(self) -> Result<NoticeOptions, Error> {
        let site = self.site.into_options()?;
        Ok(NoticeOptions {
            root: site.root,
            today: site.today,
            clock: site.clock,
            policy: self.policy,
            locale: self.locale,
        })
    }
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create the site in (new or empty)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

impl InitArgs {
    pub fn into_options(self) -> Result<InitOptions, Error> {
        Ok(InitOptions {
            dir: self.dir,
            today: resolve_clock()?,
        })
    }
}

#[derive(Debug, Args)]
pub struct LocalesArgs {
    #[command(subcommand)]
    pub command: LocalesCommand,
}

#[derive(Debug, Subcommand)]
pub enum LocalesCommand {
    /// Write locales/<LOCALE>.ftl listing every message for a translator to fill in
    Extract {
        /// A BCP 47 tag, e.g. de or pt-BR
        locale: String,
        #[command(flatten)]
        root: RootArg,
    },
}

impl LocalesArgs {
    pub fn into_options(self) -> Result<ExtractOptions, Error> {
        let LocalesCommand::Extract { locale, root } = self.command;
        Ok(ExtractOptions {
            root: existing_root(root.root)?,
            locale,
        })
    }
}

/// The site folder, absolute; a missing one is a usage error.
fn existing_root(root: PathBuf) -> Result<PathBuf, Error> {
    if !root.is_dir() {
        return Err(Error::usage(CliError::NoSuchRoot(root)));
    }
    Ok(std::fs::canonicalize(&root).unwrap_or(root))
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Treat warnings (a missing translation, say) as errors
    #[arg(long)]
    pub strict: bool,
}

impl CheckArgs {
    pub fn into_options(self) -> Result<BuildOptions, Error> {
        Ok(BuildOptions {
            strict: self.strict,
            check: true,
            ..self.site.into_options()?
        })
    }
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The address to listen on; only this machine can connect unless you choose another
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// The port to listen on (0: any free port)
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Open the preview in the default browser
    #[arg(long)]
    pub open: bool,
}

impl ServeArgs {
    pub fn into_options(self) -> Result<ServeOptions, Error> {
        Ok(ServeOptions {
            build: self.site.into_options()?,
            bind: self.bind,
            port: self.port,
            open: self.open,
        })
    }
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site [default: site.yaml's `output`, else public]
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// The site's public URL, for sitemap, canonical and hreflang links [default: site.yaml's `base_url`]
    #[arg(long)]
    pub base_url: Option<String>,
    /// Treat warnings (a missing translation, say) as errors
    #[arg(long)]
    pub strict: bool,
    /// Fail instead of changing redline.lock, so that exactly the committed texts are
    /// published (for CI)
    #[arg(long)]
    pub locked: bool,
}

impl BuildArgs {
    pub fn into_options(self) -> Result<BuildOptions, Error> {
        Ok(BuildOptions {
            output: self.output,
            base_url: self.base_url,
            strict: self.strict,
            locked: self.locked,
            ..self.site.into_options()?
        })
    }
}

/// `--today`, which overrides the real date as the build's "today".
fn parse_today(text: &str) -> Result<Date, Error> {
    parse_date_flag("--today", text)
}

/// The date given to `flag`; a wrong one is a usage error that names the flag.
fn parse_date_flag(flag: &'static str, text: &str) -> Result<Date, Error> {
    Date::parse(text).map_err(|error| {
        Error::usage(CliError::BadDate {
            flag,
            text: text.to_string(),
            error,
        })
    })
}

/// The real date: `SOURCE_DATE_EPOCH` (reproducible builds, and tests playing the clock),
/// else the system clock (UTC). The one place that reads either.
fn resolve_clock() -> Result<Date, Error> {
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        return epoch
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(Date::from_unix_seconds)
            .ok_or_else(|| Error::usage(CliError::BadSourceDateEpoch(epoch)));
    }
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    Date::from_unix_seconds(seconds).ok_or_else(|| Error::usage(CliError::ClockNotSet))
}
