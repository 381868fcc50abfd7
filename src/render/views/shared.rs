//! The values every page of a locale shares, made into template values once per locale: `t`
//! and `languages`.
//!
//! They pay for it: made on each page instead, the 50x20x10 build took 2.088 s ± 0.237 s
//! against 1.832 s ± 0.213 s (hyperfine, same run). `site`, `feed`, the versions list, the
//! alternates and the dates did not measurably pay and are made on each page (see the commits
//! that made them so).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::PageRenderer;
use super::context::Alternate;
use crate::content::Site;

/// Per locale, the values its pages share. Made on first use, so a `serve` rebuild whose pages
/// all come from the cache makes none.
pub(crate) struct SharedValues {
    locales: BTreeMap<String, OnceLock<LocaleValues>>,
}

pub(super) struct LocaleValues {
    /// `t`: the locale's interface strings, a `BTreeMap<String, String>`.
    pub(super) strings: tera::Value,
    /// `languages`: each locale's home, a `Vec<Alternate>`.
    pub(super) languages: tera::Value,
}

impl SharedValues {
    pub(crate) fn new(site: &Site) -> SharedValues {
        SharedValues {
            locales: site
                .locales
                .iter()
                .map(|locale| (locale.clone(), OnceLock::new()))
                .collect(),
        }
    }
}

impl<'a> PageRenderer<'a> {
    /// The values every page of `locale` shares.
    pub(super) fn shared(&self, locale: &str) -> &'a LocaleValues {
        // SharedValues::new makes a cell for every locale of the site.
        self.shared.locales[locale].get_or_init(|| {
            let l = self.localizer(locale);
            let languages: Vec<Alternate<'_>> = self
                .site
                .locales
                .iter()
                .map(|other| self.alternate(locale, other, format!("/{other}/")))
                .collect();
            LocaleValues {
                strings: tera::Value::from_serializable(&l.strings),
                languages: tera::Value::from_serializable(&languages),
            }
        })
    }
}
