//! The redlines of a policy's changes pages, computed before any page is rendered: one per
//! version after the first and per locale of the texts compared (a locale that shows the source
//! texts shares the source locale's redline).

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use super::{Redline, redline};
use crate::cache::{self, Memo};
use crate::content::{ComparedTexts, Site};
use crate::markdown::texts::PolicyTexts;

/// Redlines by the keys of the two texts compared, for `serve`'s rebuilds.
pub type RedlineMemo = Memo<(cache::Key, cache::Key), Arc<Redline>>;

/// A policy's redlines, by (version index, locale of the texts compared).
pub struct PolicyRedlines {
    redlines: BTreeMap<(usize, String), Arc<Redline>>,
}

impl PolicyRedlines {
    /// The redline into version `v` between texts of `text_locale`; `None` when there is nothing
    /// to compare (the previous version has no text there).
    pub fn get(&self, v: usize, text_locale: &str) -> Option<&Arc<Redline>> {
        self.redlines.get(&(v, text_locale.to_string()))
    }
}

/// Every redline the changes pages of policy `texts.policy` show.
pub fn policy_redlines(site: &Site, texts: &PolicyTexts, memo: &RedlineMemo) -> PolicyRedlines {
    let policy = &site.content.policies[texts.policy];
    let mut pairs = Vec::new();
    for v in 1..policy.versions.len() {
        for locale in &site.locales {
            let (compared, text_locale) = policy.compared_texts(v, locale);
            if compared != ComparedTexts::NoPreviousTranslation {
                pairs.push((v, text_locale.to_string()));
            }
        }
    }
    pairs.sort();
    pairs.dedup();
    let redlines = pairs
        .into_par_iter()
        .filter_map(|(v, text_locale)| {
            // Source texts are compared as the source locale renders them (links to its pages).
            let old = texts.body(v - 1, &text_locale)?;
            let new = texts.body(v, &text_locale)?;
            let made = memo.get_or(
                || (old.key, new.key),
                || Arc::new(redline(&old.markdown.blocks, &new.markdown.blocks)),
            );
            Some(((v, text_locale), made))
        })
        .collect();
    PolicyRedlines { redlines }
}
