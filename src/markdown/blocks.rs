//! The block tree of a rendered text: the units that pages concatenate and redlines align.
//!
//! A document is a list of top-level `Block`s. Lists and tables keep their items and rows
//! apart, because a redline aligns list items and table rows one by one (issue 3); everything
//! else (headings, paragraphs, quotes, code, footnotes) is one leaf compared as a whole. The
//! HTML of each piece is rendered by pulldown-cmark from its own slice of events, so the page
//! and the redline show exactly the same markup.

use std::collections::BTreeMap;

use pulldown_cmark::{Alignment, CowStr, Event, Tag, TagEnd};
use serde::Serialize;

/// One top-level block of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Block {
    /// Compared as one unit. `heading` is set for headings: (level, id, plain text).
    Leaf {
        html: String,
        heading: Option<Heading>,
    },
    /// `<ul>` or `<ol>`: `open` and `close` are its tags, each item a whole `<li>…</li>`.
    List {
        open: String,
        close: String,
        items: Vec<String>,
    },
    /// Header cells and body rows, each cell its inner HTML.
    Table {
        alignments: Vec<CellAlignment>,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum CellAlignment {
    None,
    Left,
    Center,
    Right,
}

impl Block {
    /// About the length of `write_html`'s output (table markup is estimated), for allocating.
    pub fn html_len(&self) -> usize {
        match self {
            Block::Leaf { html, .. } => html.len(),
            Block::List { open, close, items } => {
                open.len() + close.len() + items.iter().map(String::len).sum::<usize>()
            }
            Block::Table { head, rows, .. } => std::iter::once(head)
                .chain(rows)
                .flatten()
                .map(|cell| cell.len() + 32)
                .sum::<usize>()
                .saturating_add(128),
        }
    }

    /// The block's HTML as a page shows it: a leaf's own, or written out for the others.
    pub fn to_html(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Block::Leaf { html, .. } => std::borrow::Cow::Borrowed(html),
            _ => {
                let mut html = String::with_capacity(self.html_len());
                self.write_html(&mut html);
                std::borrow::Cow::Owned(html)
            }
        }
    }

    /// The block's HTML as a page shows it.
    pub fn write_html(&self, out: &mut String) {
        match self {
            Block::Leaf { html, .. } => out.push_str(html),
            Block::List { open, close, items } => {
                out.push_str(open);
                for item in items {
                    out.push_str(item);
                }
                out.push_str(close);
            }
            Block::Table {
                alignments,
                head,
                rows,
            } => {
                write_table_open(out);
                write_row(out, "th", alignments, head.iter().map(String::as_str), true);
                out.push_str("<tbody>\n");
                for row in rows {
                    write_row(out, "td", alignments, row.iter().map(String::as_str), false);
                }
                write_table_close(out);
            }
        }
    }
}

/// Wide tables scroll inside the column instead of widening the page on phones.
pub fn write_table_open(out: &mut String) {
    out.push_str("<div class=\"table-scroll\"><table>\n");
}

pub fn write_table_close(out: &mut String) {
    out.push_str("</tbody>\n</table></div>\n");
}

/// One table row; `head` wraps it in `<thead>`.
pub fn write_row<'a>(
    out: &mut String,
    cell_tag: &str,
    alignments: &[CellAlignment],
    cells: impl Iterator<Item = &'a str>,
    head: bool,
) {
    out.push_str(if head { "<thead><tr>" } else { "<tr>" });
    for (i, cell) in cells.enumerate() {
        out.push('<');
        out.push_str(cell_tag);
        out.push_str(match alignments.get(i) {
            Some(CellAlignment::Left) => " style=\"text-align: left\">",
            Some(CellAlignment::Center) => " style=\"text-align: center\">",
            Some(CellAlignment::Right) => " style=\"text-align: right\">",
            _ => ">",
        });
        out.push_str(cell);
        out.push_str("</");
        out.push_str(cell_tag);
        out.push('>');
    }
    out.push_str(if head { "</tr></thead>\n" } else { "</tr>\n" });
}

/// Splits a prepared event stream (ids assigned, links resolved) into blocks.
pub(super) fn collect_blocks(events: &[Event<'_>], footnotes: &Footnotes) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let end = block_end(events, i);
        let slice = &events[i..end];
        blocks.push(match &slice[0] {
            Event::Start(Tag::List(start)) => list_block(*start, slice),
            Event::Start(Tag::Table(alignments)) => table_block(alignments, slice),
            Event::Start(Tag::FootnoteDefinition(name)) => footnote_block(name, slice, footnotes),
            Event::Start(Tag::Heading { level, id, .. }) => {
                let title: String = slice
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                Block::Leaf {
                    html: render(slice),
                    heading: Some(Heading {
                        level: *level as u8,
                        id: id.as_deref().unwrap_or_default().to_string(),
                        title: title.trim().to_string(),
                    }),
                }
            }
            _ => Block::Leaf {
                html: render(slice),
                heading: None,
            },
        });
        i = end;
    }
    blocks
}

/// The index just past the block that starts at `start`.
fn block_end(events: &[Event<'_>], start: usize) -> usize {
    let mut depth = 0usize;
    for (i, event) in events.iter().enumerate().skip(start) {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 {
            return i + 1;
        }
    }
    events.len()
}

fn render(events: &[Event<'_>]) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.iter().cloned());
    html
}

fn list_block(start: Option<u64>, events: &[Event<'_>]) -> Block {
    let open = match start {
        None => "<ul>\n".to_string(),
        Some(1) => "<ol>\n".to_string(),
        Some(n) => format!("<ol start=\"{n}\">\n"),
    };
    let close = if start.is_some() {
        "</ol>\n"
    } else {
        "</ul>\n"
    }
    .to_string();
    let inner = &events[1..events.len().saturating_sub(1)];
    let mut items = Vec::new();
    let mut i = 0;
    while i < inner.len() {
        let end = block_end(inner, i);
        items.push(render(&inner[i..end]));
        i = end;
    }
    Block::List { open, close, items }
}

fn table_block(alignments: &[Alignment], events: &[Event<'_>]) -> Block {
    let alignments = alignments
        .iter()
        .map(|a| match a {
            Alignment::None => CellAlignment::None,
            Alignment::Left => CellAlignment::Left,
            Alignment::Center => CellAlignment::Center,
            Alignment::Right => CellAlignment::Right,
        })
        .collect();
    let mut head = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut in_head = false;
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => {
                let end = block_end(events, i);
                let cell = render(&events[i + 1..end - 1]);
                match (in_head, rows.last_mut()) {
                    (true, _) => head.push(cell),
                    (false, Some(row)) => row.push(cell),
                    (false, None) => rows.push(vec![cell]),
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    Block::Table {
        alignments,
        head,
        rows,
    }
}

/// Footnotes by number: labels match as CommonMark matches them (ignoring case), numbers go
/// by first appearance across the whole text (each block is rendered on its own, and
/// pulldown-cmark would restart its count in every block), and ids come from numbers, so any
/// label makes a valid id. References become markup here; definitions are written by
/// `footnote_block` at the top level, or here when nested in another block.
pub(super) struct Footnotes(BTreeMap<String, usize>);

impl Footnotes {
    fn number(&mut self, label: &str) -> usize {
        let next = self.0.len() + 1;
        *self.0.entry(label.to_lowercase()).or_insert(next)
    }

    fn get(&self, label: &str) -> usize {
        self.0.get(&label.to_lowercase()).copied().unwrap_or(0)
    }
}

pub(super) fn number_footnotes(events: &mut [Event<'_>]) -> Footnotes {
    let mut footnotes = Footnotes(BTreeMap::new());
    let mut references: BTreeMap<usize, usize> = BTreeMap::new();
    let mut depth = 0usize;
    for event in events.iter_mut() {
        let replacement = match event {
            Event::FootnoteReference(label) => {
                let n = footnotes.number(label);
                let seen = references.entry(n).or_insert(0);
                *seen += 1;
                // A note cited twice needs two anchors to come back to.
                let id = if *seen == 1 {
                    format!("fnref-{n}")
                } else {
                    format!("fnref-{n}-{seen}")
                };
                Event::InlineHtml(CowStr::from(format!(
                    "<sup class=\"footnote-reference\" id=\"{id}\"><a href=\"#fn-{n}\">{n}</a></sup>"
                )))
            }
            Event::Start(Tag::FootnoteDefinition(label)) if depth > 0 => {
                let n = footnotes.number(label);
                depth += 1;
                Event::Html(CowStr::from(footnote_open(n)))
            }
            Event::End(TagEnd::FootnoteDefinition) if depth > 1 => {
                depth -= 1;
                Event::Html(CowStr::Borrowed("</div>\n"))
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                footnotes.number(label);
                depth += 1;
                continue;
            }
            Event::Start(_) => {
                depth += 1;
                continue;
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                continue;
            }
            _ => continue,
        };
        *event = replacement;
    }
    footnotes
}

fn footnote_open(n: usize) -> String {
    format!(
        "<div class=\"footnote-definition\" id=\"fn-{n}\"><sup class=\"footnote-definition-label\">{n}</sup>"
    )
}

fn footnote_block(label: &str, events: &[Event<'_>], footnotes: &Footnotes) -> Block {
    let mut html = footnote_open(footnotes.get(label));
    html.push_str(&render(&events[1..events.len().saturating_sub(1)]));
    html.push_str("</div>\n");
    Block::Leaf {
        html,
        heading: None,
    }
}
