//! What must be fixed in a text's Markdown before it is published: each problem at a byte
//! offset of the body, which `texts` turns into a file line.

use crate::error::Problem;

/// Something in the Markdown that must be fixed, at a byte offset of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownProblem {
    pub offset: usize,
    pub error: MarkdownError,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MarkdownError {
    /// HTML written into the text (its first 60 characters), with `allow_html` off.
    #[error("raw HTML is not allowed: `{0}`")]
    RawHtml(String),
    /// A `javascript:`, `vbscript:` or `data:` link.
    #[error("a link to `{0}` would run code in the reader's browser")]
    ScriptLink(String),
    #[error("attributes other than `{{#id}}` and `{{.class}}` on a heading are raw HTML")]
    HeadingAttributes,
    #[error("the heading id `{0}` is reserved for the page itself")]
    ReservedId(String),
    #[error("the heading id `{0}` is used twice on this page")]
    DuplicateId(String),
}

impl Problem for MarkdownError {
    fn help(&self) -> Option<String> {
        let help = match self {
            MarkdownError::RawHtml(_) => {
                "write it in Markdown, or set `allow_html: true` in site.yaml if you trust every author"
            }
            MarkdownError::ScriptLink(_) => "link to a page or an anchor instead",
            MarkdownError::HeadingAttributes => {
                "keep only `{#id}` (and `.class`), or set `allow_html: true` in site.yaml if you trust every author"
            }
            MarkdownError::ReservedId(_) => {
                "choose another `{#id}`; ids `main` and those starting with `rl-`, `fn-` or `fnref-` are taken"
            }
            MarkdownError::DuplicateId(_) => "give each heading its own `{#id}`",
        };
        Some(help.to_string())
    }
}
