//! Markdown → HTML with stable heading ids, a table of contents, and site-aware links.
//!
//! Pure over `&str`, rendered once per translation (not per page) and shared by every page that
//! shows it. Problems carry a byte offset into the body; the caller turns it into a file line.
//!
//! Links: a relative link is written as seen from the policy's current page, `/<locale>/<policy>/`
//! (so `../cookies/` is the cookie policy in the same locale), and is rewritten to a site path
//! under the base path, because the same HTML also appears at `/<locale>/<policy>/<date>/`. A
//! link from the host's root (`/pricing`) stays as written: it is read on the host, as a browser
//! reads it.

mod blocks;
mod error;
pub mod texts;

use std::collections::BTreeSet;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

pub use blocks::{Block, CellAlignment, Heading, write_row, write_table_close, write_table_open};
pub use error::{MarkdownError, MarkdownProblem};

/// What the renderer needs to know about where the text will live.
pub struct MarkdownSettings<'a> {
    /// Prefixed to site paths (`/legal`), empty at the domain root.
    pub base_path: &'a str,
    /// The folder relative links resolve against: `/<locale>/<policy>/`.
    pub link_base: &'a str,
    /// Raw HTML passes through instead of being a problem (site.yaml `allow_html`).
    pub allow_html: bool,
}

/// A translation's body as HTML plus what pages need to navigate it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RenderedMarkdown {
    /// The text cut into blocks: pages join them (`html`), redlines align them. The whole HTML
    /// is not kept beside them, since a site holds every rendered text at once.
    pub blocks: Vec<Block>,
    /// Level-2 headings with their level-3 children.
    pub toc: Vec<TocEntry>,
    /// Every link and image of the text, for `check`.
    pub links: Vec<SourceLink>,
}

/// A link as written in the Markdown: where it is, and where it leads once resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceLink {
    /// Byte offset of the link in the body.
    pub offset: usize,
    /// As written (`../cookies/#consent`).
    pub written: String,
    /// As published (`/legal/fr/cookies/#consent`).
    pub href: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TocEntry {
    pub id: String,
    pub title: String,
    pub children: Vec<TocEntry>,
}

impl RenderedMarkdown {
    /// About the length of `html()`, for allocating.
    pub fn html_len(&self) -> usize {
        self.blocks.iter().map(Block::html_len).sum()
    }

    /// The whole text as HTML: every block in order.
    pub fn html(&self) -> String {
        let mut html = String::with_capacity(self.html_len());
        for block in &self.blocks {
            block.write_html(&mut html);
        }
        html
    }
}

pub fn render_markdown(
    body: &str,
    settings: &MarkdownSettings<'_>,
) -> Result<RenderedMarkdown, Vec<MarkdownProblem>> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    // About one event per 12 bytes of legal prose: sized once rather than regrown.
    let mut events: Vec<(Event<'_>, Range<usize>)> = Vec::with_capacity(body.len() / 12 + 16);
    events.extend(Parser::new_ext(body, options).into_offset_iter());
    let mut problems = Vec::new();
    let toc = assign_heading_ids(&mut events, &mut problems);

    let mut output: Vec<Event<'_>> = Vec::with_capacity(events.len() + 8);
    // An HTML block arrives one line per event; it is judged whole (a comment over three lines
    // is still a comment), so it is gathered first: (start offset, its text, its events).
    let mut html_block: Option<(usize, String, Vec<Event<'_>>)> = None;
    let mut links = Vec::new();
    for (event, range) in events {
        if let Some((_, text, block)) = &mut html_block {
            match event {
                Event::End(TagEnd::HtmlBlock) => {
                    let (start, text, mut block) = html_block.take().unwrap_or_default();
                    if is_comment(&text) {
                        continue; // notes for the legal team, never published
                    }
                    if settings.allow_html {
                        block.push(event);
                        output.append(&mut block);
                    } else {
                        problems.push(raw_html_problem(start, &text));
                    }
                }
                Event::Html(ref html) => {
                    text.push_str(html);
                    block.push(event);
                }
                other => block.push(other),
            }
            continue;
        }
        match event {
            Event::Start(Tag::HtmlBlock) => {
                html_block = Some((range.start, String::new(), vec![event]))
            }
            Event::Html(ref html) | Event::InlineHtml(ref html) => {
                if is_comment(html) {
                    continue; // notes for the legal team, never published
                }
                if settings.allow_html {
                    output.push(event);
                } else {
                    problems.push(raw_html_problem(range.start, html));
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                if has_script_scheme(&dest_url) {
                    problems.push(MarkdownProblem {
                        offset: range.start,
                        error: MarkdownError::ScriptLink(dest_url.to_string()),
                    });
                }
                let dest_url = resolve_and_record(dest_url, range.start, settings, &mut links);
                output.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = resolve_and_record(dest_url, range.start, settings, &mut links);
                output.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            // `{onclick=…}` after a heading would become an attribute: HTML by another name.
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) if !attrs.is_empty() && !settings.allow_html => {
                problems.push(MarkdownProblem {
                    offset: range.start,
                    error: MarkdownError::HeadingAttributes,
                });
                output.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs: Vec::new(),
                }));
            }
            other => output.push(other),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let footnotes = blocks::number_footnotes(&mut output);
    let blocks = blocks::collect_blocks(&output, &footnotes);
    Ok(RenderedMarkdown { blocks, toc, links })
}

fn raw_html_problem(offset: usize, html: &str) -> MarkdownProblem {
    let shown: String = html.trim().chars().take(60).collect();
    MarkdownProblem {
        offset,
        error: MarkdownError::RawHtml(shown),
    }
}

fn is_comment(html: &str) -> bool {
    let html = html.trim();
    html.starts_with("<!--") && html.ends_with("-->")
}

fn has_script_scheme(url: &str) -> bool {
    let lower: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    lower.starts_with("javascript:") || lower.starts_with("vbscript:") || lower.starts_with("data:")
}

/// Gives every heading an id (explicit `{#id}` wins, else a unique slug of its text) and returns
/// the table of contents.
fn assign_heading_ids(
    events: &mut [(Event<'_>, Range<usize>)],
    problems: &mut Vec<MarkdownProblem>,
) -> Vec<TocEntry> {
    let mut used = BTreeSet::new();
    let mut toc: Vec<TocEntry> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let (Event::Start(Tag::Heading { level, id, .. }), range) = &events[i] else {
            i += 1;
            continue;
        };
        let (level, explicit, start) = (*level, id.as_ref().map(|s| s.to_string()), range.start);
        let mut title = String::new();
        let mut j = i + 1;
        while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
            if let Event::Text(text) | Event::Code(text) = &events[j].0 {
                title.push_str(text);
            }
            j += 1;
        }
        let title = title.trim().to_string();
        let id = match explicit {
            Some(id) if is_reserved(&id) => {
                problems.push(MarkdownProblem {
                    offset: start,
                    error: MarkdownError::ReservedId(id.clone()),
                });
                id
            }
            Some(id) => {
                if !used.insert(id.clone()) {
                    problems.push(MarkdownProblem {
                        offset: start,
                        error: MarkdownError::DuplicateId(id.clone()),
                    });
                }
                id
            }
            None => unique_slug(&title, &mut used),
        };
        if let (Event::Start(Tag::Heading { id: slot, .. }), _) = &mut events[i] {
            *slot = Some(CowStr::from(id.clone()));
        }
        let entry = TocEntry {
            id,
            title,
            children: Vec::new(),
        };
        match level {
            HeadingLevel::H1 | HeadingLevel::H2 => toc.push(entry),
            HeadingLevel::H3 => match toc.last_mut() {
                Some(parent) => parent.children.push(entry),
                None => toc.push(entry),
            },
            _ => {}
        }
        i = j;
    }
    toc
}

/// Ids the theme and redline give to their own elements (the skip-link target, footnotes,
/// redline anchors), which a heading must not take.
fn is_reserved(id: &str) -> bool {
    id == "main"
        || ["rl-", "fn-", "fnref-"]
            .iter()
            .any(|prefix| id.starts_with(prefix))
}

/// A slug of `title` not yet in `used`: lowercase letters and digits joined by hyphens.
fn unique_slug(title: &str, used: &mut BTreeSet<String>) -> String {
    let mut slug = String::with_capacity(title.len());
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !slug.is_empty()
            && !slug.ends_with('-')
        {
            slug.push('-');
        }
    }
    let slug = match slug.trim_end_matches('-') {
        "" => "section".to_string(),
        s => s.to_string(),
    };
    let slug = if is_reserved(&slug) {
        format!("section-{slug}")
    } else {
        slug
    };
    let mut candidate = slug.clone();
    let mut n = 1;
    while used.contains(&candidate) {
        candidate = format!("{slug}-{n}");
        n += 1;
    }
    used.insert(candidate.clone());
    candidate
}

/// Resolves a link or image target for publication and records it for `check`.
fn resolve_and_record<'a>(
    written: CowStr<'a>,
    offset: usize,
    settings: &MarkdownSettings<'_>,
    links: &mut Vec<SourceLink>,
) -> CowStr<'a> {
    let resolved = resolve_link(&written, settings);
    links.push(SourceLink {
        offset,
        written: written.to_string(),
        href: resolved.clone().unwrap_or_else(|| written.to_string()),
    });
    resolved.map_or(written, CowStr::from)
}

/// The site path a relative link points to, or `None` to leave it as written: external and
/// anchor-only links, and links from the host's root (`/pricing`), which a browser reads on
/// the host, where the company's own site may live beside the policies.
fn resolve_link(url: &str, settings: &MarkdownSettings<'_>) -> Option<String> {
    if url.is_empty() || url.starts_with(['#', '/']) || has_scheme(url) {
        return None;
    }
    let split = url.find(['?', '#']).unwrap_or(url.len());
    let (path, suffix) = url.split_at(split);
    let joined = format!("{}{path}", settings.link_base);
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let trailing = if joined.ends_with('/') && !parts.is_empty() {
        "/"
    } else {
        ""
    };
    Some(format!(
        "{}/{}{trailing}{suffix}",
        settings.base_path,
        parts.join("/")
    ))
}

/// Whether a link names a scheme (`https:`, `mailto:`): it leads outside the site.
pub(crate) fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(colon) => !url[..colon].contains(['/', '?', '#']),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SETTINGS: MarkdownSettings<'static> = MarkdownSettings {
        base_path: "/legal",
        link_base: "/fr/privacy/",
        allow_html: false,
    };

    #[test]
    fn heading_ids_explicit_then_unique_slugs() {
        let md =
            "## Vos droits {#your-rights}\n\n### Données collectées\n\n## Contact\n\n## Contact\n";
        let out = render_markdown(md, &SETTINGS).unwrap();
        assert!(
            out.html()
                .contains(r#"<h2 id="your-rights">Vos droits</h2>"#),
            "{}",
            out.html()
        );
        assert!(
            out.html().contains(r#"<h3 id="données-collectées">"#),
            "{}",
            out.html()
        );
        assert!(
            out.html().contains(r#"<h2 id="contact-1">"#),
            "{}",
            out.html()
        );
        assert_eq!(out.toc.len(), 3);
        assert_eq!(out.toc[0].children[0].title, "Données collectées");
    }

    #[test]
    fn links_resolve_from_the_current_page() {
        let md = "[a](../cookies/) [b](../privacy/#x) [c](#y) [d](https://cnil.fr) [e](/pricing) [f](mailto:a@b.c) [g](/legal/en/)";
        let html = render_markdown(md, &SETTINGS).unwrap().html();
        for expected in [
            r#"href="/legal/fr/cookies/""#,
            r#"href="/legal/fr/privacy/#x""#,
            r##"href="#y""##,
            r#"href="https://cnil.fr""#,
            r#"href="/pricing""#,
            r#"href="mailto:a@b.c""#,
            r#"href="/legal/en/""#,
        ] {
            assert!(html.contains(expected), "{expected} in {html}");
        }
    }

    #[test]
    fn raw_html_is_a_problem_with_its_offset_but_comments_vanish() {
        let problems = render_markdown("Text\n\n<div>x</div>\n", &SETTINGS).unwrap_err();
        assert_eq!(problems[0].offset, 6);
        assert_eq!(
            problems[0].error,
            MarkdownError::RawHtml("<div>x</div>".to_string())
        );
        let inline = render_markdown("a <b>bold</b>", &SETTINGS).unwrap_err();
        assert_eq!(inline[0].offset, 2);
        let out = render_markdown("<!-- note -->\n\nText\n", &SETTINGS).unwrap();
        assert!(!out.html().contains("note"));
        let multi_line =
            render_markdown("<!--\nA note\nover lines\n-->\n\nText\n", &SETTINGS).unwrap();
        assert_eq!(multi_line.html(), "<p>Text</p>\n");
        let block = render_markdown("<div>\none\ntwo\n</div>\n", &SETTINGS).unwrap_err();
        assert_eq!(block.len(), 1, "one problem per HTML block");
        let allowed = MarkdownSettings {
            allow_html: true,
            ..SETTINGS
        };
        assert!(
            render_markdown("<div>x</div>\n", &allowed)
                .unwrap()
                .html()
                .contains("<div>x</div>")
        );
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let md = "| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1] ~~old~~\n\n[^1]: Note.\n";
        let html = render_markdown(md, &SETTINGS).unwrap().html();
        assert!(
            html.contains("<div class=\"table-scroll\"><table>\n<thead>"),
            "{html}"
        );
        assert!(html.contains("<del>old</del>"), "{html}");
        assert!(html.contains("footnote-definition"), "{html}");
    }

    #[test]
    fn heading_attributes_are_raw_html() {
        assert_eq!(
            render_markdown("## Hi {onclick=alert(1)}\n", &SETTINGS).unwrap_err()[0].error,
            MarkdownError::HeadingAttributes
        );
        let out = render_markdown("## Hi {#x .note}\n", &SETTINGS).unwrap();
        assert!(
            out.html().contains(r#"<h2 id="x" class="note">Hi</h2>"#),
            "{}",
            out.html()
        );
    }

    #[test]
    fn headings_never_take_the_pages_own_ids() {
        let out = render_markdown("## Main\n\n## RL Title\n", &SETTINGS).unwrap();
        assert!(
            out.html().contains(r#"<h2 id="section-main">"#),
            "{}",
            out.html()
        );
        assert!(
            out.html().contains(r#"<h2 id="section-rl-title">"#),
            "{}",
            out.html()
        );
        assert_eq!(
            render_markdown("## X {#main}\n", &SETTINGS).unwrap_err()[0].error,
            MarkdownError::ReservedId("main".to_string())
        );
    }

    #[test]
    fn footnotes_number_once_match_labels_without_case_and_have_valid_ids() {
        let md = "One[^Note] two[^b c] three[^note].\n\n[^note]: First.\n\n[^b c]: Second.\n\n> [^q]: Quoted.\n\nFour[^q].\n";
        let html = render_markdown(md, &SETTINGS).unwrap().html();
        for expected in [
            r##"<sup class="footnote-reference" id="fnref-1"><a href="#fn-1">1</a></sup>"##,
            r##"<sup class="footnote-reference" id="fnref-2"><a href="#fn-2">2</a></sup>"##,
            r##"<sup class="footnote-reference" id="fnref-1-2"><a href="#fn-1">1</a></sup>"##,
            r#"<div class="footnote-definition" id="fn-1"><sup class="footnote-definition-label">1</sup>"#,
            r#"<div class="footnote-definition" id="fn-2"><sup class="footnote-definition-label">2</sup>"#,
            r#"<div class="footnote-definition" id="fn-3"><sup class="footnote-definition-label">3</sup>"#,
            r##"<a href="#fn-3">3</a>"##,
        ] {
            assert!(html.contains(expected), "{expected} in {html}");
        }
    }

    #[test]
    fn script_links_are_refused() {
        assert!(matches!(
            &render_markdown("[x](javascript:alert(1))", &SETTINGS).unwrap_err()[0].error,
            MarkdownError::ScriptLink(url) if url == "javascript:alert(1)"
        ));
    }
}
