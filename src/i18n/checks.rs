//! Checks of the site's Fluent files beyond syntax: references that cannot be formatted (for
//! every build) and the comparison with the English messages (for `check`).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent::FluentResource;
use fluent::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

use super::written::offset_in;
use super::{Catalog, I18nError, REFERENCE_LOCALE, message_ids};
use crate::error::Diagnostic;

/// Messages of the site's Fluent files that cannot be formatted: a reference to a message or
/// term that does not exist would otherwise reach readers as `{missing-id}`. Variables are not
/// checked here: messages get theirs only when a page formats them.
pub fn check_catalog(catalog: &Catalog) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (locale, resource) in &catalog.site {
        let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        if let Some(built_in) = catalog.built_in.get(locale) {
            bundle.add_resource_overriding(Arc::clone(built_in));
        }
        bundle.add_resource_overriding(Arc::clone(resource));
        let path = catalog.site_paths.get(locale).cloned().unwrap_or_default();
        let text = resource.source();
        for id in message_ids(resource) {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            bundle.format_pattern(pattern, None, &mut errors);
            for error in errors {
                if let fluent::FluentError::ResolverError(
                    fluent::resolver::ResolverError::Reference(
                        fluent::resolver::errors::ReferenceKind::Variable { .. },
                    ),
                ) = &error
                {
                    continue;
                }
                problems.push(
                    Diagnostic::error(
                        &path,
                        I18nError::CannotFormat {
                            id: id.to_string(),
                            error,
                        },
                    )
                    .at_offset(text, offset_in(text, id).unwrap_or(0)),
                );
            }
        }
    }
    problems
}

/// Each site Fluent file against the English messages (built in, plus the site's own en.ftl):
/// an id English does not have is an error (a typo, or a message no template uses), a variable
/// the English message does not have is an error (it would reach readers as `{$name}`), and an
/// English message the locale lacks is a warning (readers see the fallback).
pub fn compare_with_english(catalog: &Catalog) -> Vec<Diagnostic> {
    let english: BTreeMap<&str, BTreeSet<String>> = [
        catalog.built_in.get(REFERENCE_LOCALE),
        catalog.site.get(REFERENCE_LOCALE),
    ]
    .into_iter()
    .flatten()
    .flat_map(|resource| messages_with_variables(resource))
    .collect();
    let mut problems = Vec::new();
    for (locale, resource) in &catalog.site {
        let path = catalog.site_paths.get(locale).cloned().unwrap_or_default();
        let text = resource.source();
        // Where each message is defined: its last definition, the one that counts.
        let mut offsets: BTreeMap<&str, usize> = BTreeMap::new();
        for id in message_ids(resource) {
            offsets.insert(id, offset_in(text, id).unwrap_or(0));
        }
        let own: BTreeMap<&str, BTreeSet<String>> = messages_with_variables(resource).collect();
        for (id, variables) in &own {
            let (line, col) = crate::error::line_col(text, offsets.get(id).copied().unwrap_or(0));
            match english.get(id) {
                None => {
                    let ids: Vec<&str> = english.keys().copied().collect();
                    let near = crate::yaml::closest(id, &ids).map(str::to_string);
                    problems.push(
                        Diagnostic::error(
                            &path,
                            I18nError::UnknownMessage {
                                id: (*id).to_string(),
                                near,
                            },
                        )
                        .at(line, col),
                    );
                }
                Some(known) => {
                    for variable in variables.difference(known) {
                        problems.push(
                            Diagnostic::error(
                                &path,
                                I18nError::UnknownVariable {
                                    id: (*id).to_string(),
                                    variable: variable.clone(),
                                    known: known.iter().cloned().collect(),
                                },
                            )
                            .at(line, col),
                        );
                    }
                }
            }
        }
        if locale != REFERENCE_LOCALE && !catalog.built_in.contains_key(locale) {
            let missing: Vec<&str> = english
                .keys()
                .filter(|id| !own.contains_key(*id))
                .copied()
                .collect();
            if !missing.is_empty() {
                problems.push(Diagnostic::warning(
                    &path,
                    I18nError::Untranslated {
                        locale: locale.clone(),
                        missing: missing.iter().map(|id| (*id).to_string()).collect(),
                        total: english.len(),
                    },
                ));
            }
        }
    }
    problems
}

/// Each message of a resource with the variables its value and attributes use.
fn messages_with_variables(
    resource: &FluentResource,
) -> impl Iterator<Item = (&str, BTreeSet<String>)> {
    use fluent_syntax::ast;
    fn in_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                in_expression(expression, found);
            }
        }
    }
    fn in_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                in_inline(selector, found);
                for variant in variants {
                    in_pattern(&variant.value, found);
                }
            }
            ast::Expression::Inline(inline) => in_inline(inline, found),
        }
    }
    fn in_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. }
            | ast::InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for argument in arguments
                    .positional
                    .iter()
                    .chain(arguments.named.iter().map(|n| &n.value))
                {
                    in_inline(argument, found);
                }
            }
            ast::InlineExpression::Placeable { expression } => in_expression(expression, found),
            _ => {}
        }
    }
    resource.entries().filter_map(|entry| match entry {
        ast::Entry::Message(message) => {
            let mut found = BTreeSet::new();
            if let Some(value) = &message.value {
                in_pattern(value, &mut found);
            }
            for attribute in &message.attributes {
                in_pattern(&attribute.value, &mut found);
            }
            Some((message.id.name, found))
        }
        _ => None,
    })
}
