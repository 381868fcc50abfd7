//! The redlines of a policy's changes and since pages, computed before any page is rendered: one
//! per pair of versions compared and per locale of the texts compared (a locale that shows the
//! source texts shares the source locale's redline). A changes page compares a version with the
//! one before it; a since page an older version with the current one.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use super::{Redline, redline};
use crate::cache::{self, Memo};
use crate::content::{ComparedTexts, Site};
use crate::markdown::texts::PolicyTexts;

/// Redlines by the keys of the two texts compared, for `serve`'s rebuilds.
pub type RedlineMemo = Memo<(cache::Key, cache::Key), Arc<Redline>>;

/// A policy's redlines, by (older version's index, newer version's index, locale of the texts
/// compared).
pub struct PolicyRedlines {
    redlines: BTreeMap<(usize, usize, String), Arc<Redline>>,
}

impl PolicyRedlines {
    /// The redline from version `old` to version `new` between texts of `text_locale`; `None`
    /// when there is nothing to compare (the older version has no text there).
    pub fn get(&self, old: usize, new: usize, text_locale: &str) -> Option<&Arc<Redline>> {
        self.redlines.get(&(old, new, text_locale.to_string()))
    }
}

/// Every redline the changes and since pages of policy `texts.policy` show. A since page whose
/// older version is the one before the current compares what that changes page compares, and
/// `memo` makes that redline once.
pub fn policy_redlines(site: &Site, texts: &PolicyTexts, memo: &RedlineMemo) -> PolicyRedlines {
    let policy = &site.content.policies[texts.policy];
    let changes = (1..policy.versions.len()).map(|v| (v - 1, v));
    let current = policy.current_index(site.today);
    let since = current
        .into_iter()
        .flat_map(|current| (0..current).map(move |old| (old, current)));
    let mut pairs = Vec::new();
    for (old, new) in changes.chain(since) {
        for locale in &site.locales {
            let (compared, text_locale) = policy.compared_between(old, new, locale);
            if compared != ComparedTexts::NoPreviousTranslation {
                pairs.push((old, new, text_locale.to_string()));
            }
        }
    }
    pairs.sort();
    pairs.dedup();
    let redlines = pairs
        .into_par_iter()
        .filter_map(|(old_v, new_v, text_locale)| {
            // Source texts are compared as the source locale renders them (links to its pages).
            let old = texts.body(old_v, &text_locale)?;
            let new = texts.body(new_v, &text_locale)?;
            let made = memo.get_or(
                || (old.key, new.key),
                || Arc::new(redline(&old.markdown.blocks, &new.markdown.blocks)),
            );
            Some(((old_v, new_v, text_locale), made))
        })
        .collect();
    PolicyRedlines { redlines }
}
