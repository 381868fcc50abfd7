//! `/<locale>/feed.xml`: an Atom feed (RFC 4287) of every published version of every policy,
//! newest first, each entry linking to its redline (or its text, for a first version).

use crate::Site;
use crate::escape::escape_markup;
use crate::i18n::Localizer;
use crate::render::{changes_path, displayed_translation, feed_path, version_path};

pub fn render_feed(site: &Site, localizer: &Localizer) -> String {
    let locale = localizer.locale.as_str();
    let base = &site.config.base_url;
    // Atom ids must be absolute IRIs; without a base_url, a URN stands in.
    let id = |path: &str| {
        if base.is_empty() {
            format!("urn:redline:{}", path.trim_matches('/').replace('/', ":"))
        } else {
            format!("{base}{path}")
        }
    };
    let link = |path: &str| {
        format!(
            "{}{path}",
            if base.is_empty() {
                &site.config.base_path
            } else {
                base
            }
        )
    };
    let mut entries = Vec::new();
    for policy in &site.content.policies {
        for (i, version) in policy.versions.iter().enumerate() {
            if version.date > site.today {
                continue; // announced on the policy's page, published in the feed on its date
            }
            let shown = displayed_translation(policy, version, locale);
            let title = shown
                .front
                .title
                .clone()
                .or_else(|| policy.title.clone())
                .unwrap_or_else(|| policy.id.clone());
            let target = if i == 0 {
                version_path(locale, policy, version.date)
            } else {
                changes_path(locale, policy, version.date)
            };
            let updated = shown
                .front
                .updated
                .unwrap_or(version.date)
                .max(version.date);
            entries.push((version.date, policy.order, policy.id.as_str(), updated, {
                let mut xml = String::new();
                if shown.locale == locale {
                    xml.push_str("  <entry>\n");
                } else {
                    xml.push_str(&format!(
                        "  <entry xml:lang=\"{}\">\n",
                        escape_markup(&shown.locale)
                    ));
                }
                xml.push_str(&format!(
                    "    <title>{}</title>\n",
                    escape_markup(&format!(
                        "{title} — {}",
                        localizer.format_date(version.date)
                    ))
                ));
                xml.push_str(&format!(
                    "    <id>{}</id>\n",
                    escape_markup(&id(&version_path(locale, policy, version.date)))
                ));
                xml.push_str(&format!(
                    "    <published>{}T00:00:00Z</published>\n",
                    version.date
                ));
                xml.push_str(&format!("    <updated>{updated}T00:00:00Z</updated>\n"));
                xml.push_str(&format!(
                    "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
                    escape_markup(&link(&target))
                ));
                if let Some(summary) = &shown.front.summary {
                    xml.push_str(&format!(
                        "    <summary>{}</summary>\n",
                        escape_markup(summary)
                    ));
                }
                xml.push_str("  </entry>\n");
                xml
            }));
        }
    }
    entries.sort_by(|a, b| (b.0, a.1, a.2).cmp(&(a.0, b.1, b.2)));
    let updated = entries.iter().map(|e| e.3).max().unwrap_or(site.today);
    let title = localizer.message_with("feed-title", &[("site", &site.config.title)]);
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        escape_markup(locale)
    ));
    xml.push_str(&format!("  <title>{}</title>\n", escape_markup(&title)));
    xml.push_str(&format!(
        "  <id>{}</id>\n",
        escape_markup(&id(&format!("/{locale}/")))
    ));
    xml.push_str(&format!("  <updated>{updated}T00:00:00Z</updated>\n"));
    xml.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        escape_markup(&link(&feed_path(locale)))
    ));
    xml.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape_markup(&link(&format!("/{locale}/")))
    ));
    xml.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        escape_markup(&site.config.title)
    ));
    xml.push_str("  <generator>redline</generator>\n");
    for entry in entries {
        xml.push_str(&entry.4);
    }
    xml.push_str("</feed>\n");
    xml
}
