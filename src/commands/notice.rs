//! `redline notice POLICY [--locale L]`: the announcement of a policy's next upcoming version
//! as of today, as Markdown for an e-mail or an in-app banner: its title and effective date,
//! whether it is material, its summary, absolute links to the redline and the new text, and for
//! readers of older versions the pages of what changed since theirs. Every sentence comes from
//! Fluent, in the reader's language; an untranslated version is announced in its source text,
//! under a notice.

use std::io::Write;
use std::path::PathBuf;

use crate::commands::CommandError;
use crate::config::{CONFIG_FILE, canonical_locale};
use crate::content::CONTENT_DIR;
use crate::date::Date;
use crate::error::{Diagnostic, Error};
use crate::i18n::{Arg, Localizer};
use crate::urls::{changes_path, since_path, version_path};

pub struct NoticeOptions {
    pub root: PathBuf,
    pub today: Date,
    /// The real date: an announcement redline.lock recorded stands once it has come.
    pub clock: Date,
    pub policy: String,
    /// `--locale`; site.yaml's default locale when absent.
    pub locale: Option<String>,
}

pub fn notice(options: &NoticeOptions, out: &mut dyn Write) -> Result<(), Error> {
    // A scheduled version is not announced yet: it is not there to announce.
    let super::PublishedSite {
        config,
        content,
        catalog,
        locales,
    } = super::load_published_site(&options.root, options.today, options.clock)?;
    let Some(policy) = content.policies.iter().find(|p| p.id == options.policy) else {
        return Err(Error::usage(CommandError::NoSuchPolicy {
            policy: options.policy.clone(),
            known: content.policies.iter().map(|p| p.id.clone()).collect(),
        }));
    };
    let locale = match &options.locale {
        None => config.default_locale.clone(),
        Some(given) => canonical_locale(given)
            .filter(|l| locales.contains(l))
            .ok_or_else(|| {
                Error::usage(CommandError::NoSuchLocale {
                    locale: given.clone(),
                    known: locales.clone(),
                })
            })?,
    };
    if !config.base_url.contains("://") {
        return Err(Error::Site(vec![Diagnostic::error(
            CONFIG_FILE,
            CommandError::NoticeNeedsBaseUrl,
        )]));
    }
    let Some(v) = policy.versions.iter().position(|v| v.date > options.today) else {
        return Err(Error::Site(vec![Diagnostic::error(
            format!("{CONTENT_DIR}/{}", policy.id),
            CommandError::NothingAnnounced {
                policy: policy.id.clone(),
                today: options.today,
            },
        )]));
    };
    let version = &policy.versions[v];
    let l = Localizer::new(&locale, &config.default_locale, &catalog);
    let url = |path: String| format!("{}{path}", config.base_url);
    let shown = policy.shown(v, &locale);

    let mut lines = vec![format!("# {}", shown.title), String::new()];
    if shown.is_untranslated_in(&locale) {
        // Languages named in the reader's language: "(anglais)" for French readers.
        let args = [
            ("language", Arg::Language(&locale)),
            ("source", Arg::Language(&shown.text.locale)),
        ];
        let notice = l
            .format("untranslated-notice", &args)
            .map(|m| m.text)
            .unwrap_or_default();
        lines.extend([format!("> {notice}"), String::new()]);
    }
    let date = l.format_date(version.date);
    lines.extend([
        l.message_with("upcoming-announcement", &[("date", &date)]),
        String::new(),
    ]);
    let colon = l.message_with("colon", &[]);
    lines.push(if policy.is_material(v) {
        format!(
            "**{}{colon}** {}",
            l.message_with("material-change", &[]),
            l.message_with("notice-material", &[]),
        )
    } else {
        l.message_with("notice-not-material", &[])
    });
    lines.push(String::new());
    let summary = shown
        .text
        .front
        .summary
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if let Some(summary) = summary {
        lines.extend([
            format!("**{}{colon}** {summary}", l.message_with("summary", &[])),
            String::new(),
        ]);
    }
    if v > 0 {
        lines.push(format!(
            "- [{}]({})",
            l.message_with("see-upcoming-changes", &[]),
            url(changes_path(&locale, policy, version.date)),
        ));
    }
    lines.push(format!(
        "- [{}]({})",
        l.message_with("read-upcoming", &[]),
        url(version_path(&locale, policy, version.date)),
    ));
    // Readers who accepted a version before today's see what changed since it; the redline
    // above then takes them on to the new text.
    let accepted_earlier: Vec<_> = (0..v)
        .rev()
        .filter(|&i| policy.has_since_page(i, options.today))
        .map(|i| policy.versions[i].date)
        .collect();
    if !accepted_earlier.is_empty() {
        lines.extend([String::new(), l.message_with("notice-since", &[])]);
        for date in accepted_earlier {
            lines.push(format!(
                "- [{}]({})",
                l.message_with("version-of", &[("date", &l.format_date(date))]),
                url(since_path(&locale, policy, date)),
            ));
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    // A closed pipe (`redline notice privacy | head`) is not worth a panic.
    let _ = out.write_all(text.as_bytes());
    Ok(())
}
