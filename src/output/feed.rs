//! `/<locale>/feed.xml`: an Atom feed (RFC 4287) of every published version of every policy,
//! newest first, each entry linking to its redline (or its text, for a first version).
//!
//! quick-xml writes the markup and escapes text and attribute values; `xml_safe` first replaces
//! the characters XML 1.0 forbids (C0 controls other than tab and line breaks, U+FFFE, U+FFFF),
//! which a YAML escape such as `"\x01"` or `"\uFFFE"` can put into a title or summary, so that
//! no policy text can make the feed unreadable.

use std::borrow::Cow;
use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::content::{Shown, Site};
use crate::date::Date;
use crate::i18n::Localizer;
use crate::urls::{changes_path, feed_path, version_path};

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// One `<entry>`, with its sort key.
struct Entry {
    date: Date,
    order: i64,
    policy: String,
    /// `xml:lang`, when the entry shows another locale's text.
    lang: Option<String>,
    title: String,
    /// The title's `xml:lang`, when it differs from the entry's: the reader's own title over
    /// another locale's text, or the source title over the reader's.
    title_lang: Option<String>,
    id: String,
    updated: Date,
    link: String,
    summary: Option<String>,
    /// A material change: `<category term="material"/>`.
    material: bool,
}

pub fn render_feed(site: &Site, localizer: &Localizer) -> Vec<u8> {
    let mut writer = Writer::new(Vec::new());
    // `io::Write for Vec<u8>` never returns an error: writing the feed cannot fail.
    write_feed(&mut writer, site, localizer).expect("writing into memory cannot fail");
    writer.into_inner()
}

fn write_feed(xml: &mut Writer<Vec<u8>>, site: &Site, localizer: &Localizer) -> io::Result<()> {
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
            let Shown {
                text: shown,
                title,
                title_locale,
            } = policy.shown(i, locale);
            let target = if i == 0 {
                version_path(locale, policy, version.date)
            } else {
                changes_path(locale, policy, version.date)
            };
            entries.push(Entry {
                date: version.date,
                order: policy.order,
                policy: policy.id.clone(),
                lang: (shown.locale != locale).then(|| shown.locale.clone()),
                title: format!("{title} — {}", localizer.format_date(version.date)),
                title_lang: (title_locale != shown.locale).then(|| title_locale.to_string()),
                id: id(&version_path(locale, policy, version.date)),
                updated: shown
                    .front
                    .updated
                    .unwrap_or(version.date)
                    .max(version.date),
                link: link(&target),
                summary: shown.front.summary.clone(),
                material: policy.is_material(i),
            });
        }
    }
    entries.sort_by(|a, b| (b.date, a.order, &a.policy).cmp(&(a.date, b.order, &b.policy)));
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or(site.today);
    let title = localizer.message_with("feed-title", &[("site", &site.config.title)]);

    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    newline(xml, 0)?;
    xml.create_element("feed")
        .with_attributes([("xmlns", ATOM), ("xml:lang", &xml_safe(locale))])
        .write_inner_content(|xml| {
            newline(xml, 1)?;
            text_element(xml, "title", &title)?;
            newline(xml, 1)?;
            text_element(xml, "id", &id(&format!("/{locale}/")))?;
            newline(xml, 1)?;
            text_element(xml, "updated", &timestamp(updated))?;
            newline(xml, 1)?;
            link_element(
                xml,
                "self",
                "application/atom+xml",
                &link(&feed_path(locale)),
            )?;
            newline(xml, 1)?;
            link_element(xml, "alternate", "text/html", &link(&format!("/{locale}/")))?;
            newline(xml, 1)?;
            xml.create_element("author")
                .write_inner_content(|xml| text_element(xml, "name", &site.config.title))?;
            newline(xml, 1)?;
            text_element(xml, "generator", "redline")?;
            for entry in &entries {
                newline(xml, 1)?;
                write_entry(xml, entry)?;
            }
            newline(xml, 0)
        })?;
    newline(xml, 0)
}

fn write_entry(xml: &mut Writer<Vec<u8>>, entry: &Entry) -> io::Result<()> {
    let mut element = xml.create_element("entry");
    if let Some(lang) = &entry.lang {
        element = element.with_attribute(("xml:lang", xml_safe(lang).as_ref()));
    }
    element.write_inner_content(|xml| {
        newline(xml, 2)?;
        match &entry.title_lang {
            Some(lang) => xml
                .create_element("title")
                .with_attribute(("xml:lang", xml_safe(lang).as_ref()))
                .write_text_content(BytesText::new(&xml_safe(&entry.title)))
                .map(drop)?,
            None => text_element(xml, "title", &entry.title)?,
        }
        newline(xml, 2)?;
        text_element(xml, "id", &entry.id)?;
        newline(xml, 2)?;
        text_element(xml, "published", &timestamp(entry.date))?;
        newline(xml, 2)?;
        text_element(xml, "updated", &timestamp(entry.updated))?;
        newline(xml, 2)?;
        link_element(xml, "alternate", "text/html", &entry.link)?;
        if entry.material {
            newline(xml, 2)?;
            xml.create_element("category")
                .with_attribute(("term", "material"))
                .write_empty()?;
        }
        if let Some(summary) = &entry.summary {
            newline(xml, 2)?;
            text_element(xml, "summary", summary)?;
        }
        newline(xml, 1)
    })?;
    Ok(())
}

/// A line break and `depth` levels of two-space indentation, between elements.
fn newline(xml: &mut Writer<Vec<u8>>, depth: usize) -> io::Result<()> {
    xml.write_event(Event::Text(BytesText::from_escaped(format!(
        "\n{}",
        "  ".repeat(depth)
    ))))
}

/// `<name>text</name>`, the text made XML-safe and escaped.
fn text_element(xml: &mut Writer<Vec<u8>>, name: &str, text: &str) -> io::Result<()> {
    xml.create_element(name)
        .write_text_content(BytesText::new(&xml_safe(text)))?;
    Ok(())
}

fn link_element(xml: &mut Writer<Vec<u8>>, rel: &str, kind: &str, href: &str) -> io::Result<()> {
    xml.create_element("link")
        .with_attributes([("rel", rel), ("type", kind), ("href", &xml_safe(href))])
        .write_empty()?;
    Ok(())
}

fn timestamp(date: Date) -> String {
    format!("{date}T00:00:00Z")
}

/// `text` with every character XML 1.0 does not allow (its `Char` production: anything but
/// tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF)
/// replaced by U+FFFD, the replacement character.
fn xml_safe(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| matches!(c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    if text.chars().all(allowed) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(
            text.chars()
                .map(|c| if allowed(c) { c } else { '\u{FFFD}' })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::xml_safe;

    #[test]
    fn characters_xml_forbids_are_replaced() {
        assert_eq!(xml_safe("a\tb\r\nc é 😀 &<"), "a\tb\r\nc é 😀 &<");
        assert_eq!(
            xml_safe("a\u{1}b\u{1b}c\u{FFFE}\u{FFFF}\0"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}\u{FFFD}"
        );
    }
}
