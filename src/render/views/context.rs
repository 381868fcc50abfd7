//! What every template receives, field for field: `PageContext` and its parts are the
//! variables THEMES.md documents, in its order (the test in `render::context_doc` holds them
//! to it). The sibling modules fill them in, one kind of page each.
//!
//! Most parts are serialized with their page. Some are template values made beforehand, each
//! behind a field that says what it holds: `t`, `t_plain` and `languages` once per locale
//! (`shared`), and a text's `html` once for the pages that show it. Every interface string a
//! template prints as page content is a `tera::Value` of HTML marked safe (`Message::html`,
//! marked with its language where it falls back to another one); strings for attributes and
//! titles are plain `String`s.

use serde::Serialize;

use crate::content::VersionState;
use crate::diff::{Change, Section};
use crate::markdown::TocEntry;

/// What every template receives: these fields and their names are what a site's own templates
/// can use. Every page has every field; those its template does not use are empty.
#[derive(Serialize)]
pub(crate) struct PageContext<'a> {
    pub(super) site: SiteView<'a>,
    pub(super) lang: &'a str,
    pub(super) dir: &'a str,
    /// Interface strings of the page's locale, by message id with `_` for `-`, as HTML marked
    /// with their language where it is not the page's: its `Localizer`'s `html`, made once per
    /// locale (`shared`).
    pub(super) t: tera::Value,
    /// The same strings as plain text, for attributes and titles: its `Localizer`'s `strings`.
    pub(super) t_plain: tera::Value,
    pub(super) page: PageView,
    /// This page in every locale (`Alternate`s), for the language switcher and hreflang links;
    /// made into template values once per page path and shared by its locales
    /// (`PageRenderer::alternate_set`).
    pub(super) alternates: Vec<tera::Value>,
    pub(super) x_default: Option<String>,
    /// Each locale's list of policies, for the language picker and the 404 page: a
    /// `Vec<Alternate>`, made once per locale (`shared`).
    pub(super) languages: tera::Value,
    pub(super) static_path: String,
    /// The locale's Atom feed.
    pub(super) feed: FeedLink,
    pub(super) policy: Option<PolicyView<'a>>,
    pub(super) version: Option<VersionView<'a>>,
    /// The history page's versions, or those a since page spans.
    pub(super) history: Vec<HistoryEntry>,
    pub(super) changes: Option<ChangesView<'a>>,
    pub(super) policies: Vec<PolicyItem>,
    /// On the 404 page: its message in every locale, the default one first.
    pub(super) not_found: Vec<NotFoundMessage>,
}

/// `site`.
#[derive(Serialize)]
pub(super) struct SiteView<'a> {
    pub(super) title: &'a str,
    pub(super) base_path: &'a str,
    /// The page locale's list of policies.
    pub(super) home: String,
}

/// `page`.
#[derive(Serialize)]
pub(super) struct PageView {
    /// `root`, `not_found`, `policies`, `version`, `history`, `changes` or `since`.
    pub(super) kind: &'static str,
    pub(super) title: String,
    pub(super) description: Option<String>,
    pub(super) url: String,
    pub(super) canonical: Option<String>,
    /// `noindex` for texts no longer in force.
    pub(super) robots: Option<&'static str>,
}

/// An entry of `alternates` and of `languages`.
#[derive(Serialize)]
pub(super) struct Alternate<'a> {
    pub(super) locale: &'a str,
    pub(super) autonym: &'a str,
    pub(super) href: String,
    pub(super) absolute: String,
    pub(super) current: bool,
}

/// A link whose text is an interface string: HTML (`Message::html`), marked safe.
#[derive(Serialize)]
pub(super) struct Link {
    pub(super) href: String,
    pub(super) text: tera::Value,
}

/// `feed`: its link text as HTML, and as plain text for the `title` of `<link>`.
#[derive(Serialize)]
pub(super) struct FeedLink {
    pub(super) href: String,
    pub(super) text: tera::Value,
    pub(super) text_plain: String,
}

/// An entry of `not_found`: the 404 page's message in one locale.
#[derive(Serialize)]
pub(super) struct NotFoundMessage {
    pub(super) locale: String,
    pub(super) dir: &'static str,
    pub(super) title: tera::Value,
    pub(super) text: tera::Value,
    /// The locale's list of policies, and its name there (`policies-heading`).
    pub(super) link: Link,
}

/// An entry of `policies`.
#[derive(Serialize)]
pub(super) struct PolicyItem {
    pub(super) title: String,
    /// The title's locale: the page's when the locale has a title of its own, even over the
    /// source text.
    pub(super) title_lang: String,
    pub(super) description: Option<String>,
    pub(super) href: String,
    pub(super) content_lang: String,
    pub(super) updated: Option<String>,
    pub(super) updated_display: Option<String>,
}

/// `policy`: the policy a page is about, with its title, the language of its text, navigation.
#[derive(Serialize)]
pub(super) struct PolicyView<'a> {
    pub(super) id: &'a str,
    pub(super) title: String,
    /// Language and direction of the title: the page's when the locale has a title of its own,
    /// even over the source text.
    pub(super) title_lang: &'a str,
    pub(super) title_dir: &'a str,
    pub(super) description: Option<String>,
    /// Language and direction of the text shown, which differ from the page's when untranslated.
    pub(super) content_lang: &'a str,
    pub(super) content_dir: &'a str,
    pub(super) href: String,
    pub(super) history_href: String,
    /// Set when the page's locale has no translation of the text shown.
    pub(super) untranslated_notice: Option<tera::Value>,
    /// The locale's latest own translation of an earlier version.
    pub(super) older_translation: Option<Link>,
    /// `VersionLink`s, newest first, each made into a template value once per policy and
    /// locale (`PageRenderer::version_links`).
    pub(super) versions: Vec<tera::Value>,
}

/// An entry of `policy.versions`.
#[derive(Serialize)]
pub(super) struct VersionLink {
    pub(super) date: String,
    pub(super) date_display: String,
    pub(super) href: String,
    pub(super) state: VersionState,
    pub(super) state_label: tera::Value,
    /// The version this page shows (the current one on the policy's own page).
    pub(super) is_shown: bool,
    /// This page is that version's permalink.
    pub(super) is_page: bool,
}

/// `version`: one version's text and dates.
#[derive(Serialize)]
pub(super) struct VersionView<'a> {
    /// The text's HTML as a template string marked safe, made once for the pages that show it
    /// (`PageRenderer::html_value`).
    pub(super) html: Option<tera::Value>,
    pub(super) toc: &'a [TocEntry],
    pub(super) date: String,
    pub(super) date_display: String,
    pub(super) updated: String,
    pub(super) updated_display: String,
    pub(super) state: VersionState,
    /// A material change (`material: true`): pages mark it.
    pub(super) material: bool,
    pub(super) summary: Option<String>,
    pub(super) permalink: String,
    pub(super) changes_href: Option<String>,
    /// "This version applied from … to …", "This version takes effect on …".
    pub(super) state_notice: Option<Notice>,
    /// On the current page: the versions whose date has not come yet.
    pub(super) upcoming: Vec<Upcoming>,
    /// Corrections made to this text since it was published.
    pub(super) errata: Vec<ErratumView>,
}

#[derive(Serialize)]
pub(super) struct Notice {
    pub(super) text: tera::Value,
    pub(super) link: Option<Link>,
}

/// An entry of `version.upcoming`.
#[derive(Serialize)]
pub(super) struct Upcoming {
    pub(super) text: tera::Value,
    pub(super) material: bool,
    pub(super) text_href: String,
    pub(super) changes_href: String,
}

/// A correction made to a published text, as readers see it (`version.errata`,
/// `history[].errata`).
#[derive(Serialize)]
pub(super) struct ErratumView {
    pub(super) date: String,
    /// "Corrected on February 3, 2026"
    pub(super) label: tera::Value,
    pub(super) note: String,
}

/// An entry of `history`.
#[derive(Serialize)]
pub(super) struct HistoryEntry {
    pub(super) date: String,
    pub(super) date_display: String,
    pub(super) updated: String,
    pub(super) updated_display: String,
    pub(super) summary: Option<String>,
    pub(super) summary_lang: String,
    pub(super) material: bool,
    pub(super) state: VersionState,
    pub(super) state_label: tera::Value,
    pub(super) text_href: String,
    pub(super) changes_href: Option<String>,
    /// For a version before the current one: everything that changed since it.
    pub(super) since_href: Option<String>,
    pub(super) errata: Vec<ErratumView>,
}

/// `changes`: a changes page's redline, or a since page's.
#[derive(Serialize)]
pub(super) struct ChangesView<'a> {
    pub(super) title: tera::Value,
    pub(super) between: tera::Value,
    pub(super) date: String,
    pub(super) previous_date: String,
    pub(super) old_label: tera::Value,
    pub(super) new_label: tera::Value,
    pub(super) summary: Option<String>,
    pub(super) words_added: tera::Value,
    pub(super) words_removed: tera::Value,
    pub(super) has_changes: bool,
    pub(super) sections: Vec<SectionLink>,
    pub(super) redline: Option<RedlineView<'a>>,
    pub(super) previous: Option<Link>,
    pub(super) next: Option<Link>,
    pub(super) text_href: String,
    /// Set when the previous version has no translation in this locale.
    pub(super) no_previous_translation: Option<Notice>,
}

/// An entry of `changes.sections`.
#[derive(Serialize)]
pub(super) struct SectionLink {
    /// `#<heading id>`, in the inline view.
    pub(super) href: Option<String>,
    /// `#rl-row-<heading id>`, the heading's row in the side-by-side view, which repeats the
    /// text without its ids.
    pub(super) row_href: Option<String>,
    /// HTML: the heading's text, escaped, or the marked interface string "Opening text".
    pub(super) title: tera::Value,
}

/// `changes.redline`: `diff::Redline`, field for field.
#[derive(Serialize)]
pub(super) struct RedlineView<'a> {
    pub(super) blocks: Vec<BlockView<'a>>,
    pub(super) sections: &'a [Option<Section>],
    pub(super) words_added: usize,
    pub(super) words_removed: usize,
}

/// An entry of `changes.redline.blocks`: `diff::RedlineBlock`, its renderings as template strings
/// marked safe (`changes::redline_view`).
#[derive(Serialize)]
pub(super) struct BlockView<'a> {
    pub(super) change: Change,
    pub(super) inline: tera::Value,
    pub(super) old: tera::Value,
    pub(super) new: tera::Value,
    pub(super) anchor: &'a Option<String>,
    pub(super) section: &'a Option<Section>,
    /// `rl-row-<heading id>` on the first block of each section, for its side-by-side row.
    pub(super) row_id: Option<String>,
}
