//! Sources are read from inside the site only (issue 13, point 3): a version file, a folder, a
//! setting, a Fluent file or a theme file whose link leads outside the site is an error naming
//! it, and nothing of what it names is published. Links that stay inside keep working.

use std::os::unix::fs::symlink;

use crate::support::{Outcome, SiteTest};

const SECRET: &str = "SECRET-TOKEN-4f1c";

/// A site in `site/` of its folder, beside `outside/secret.md`, a file that is not the site's.
fn site_beside_a_secret() -> SiteTest {
    SiteTest::empty()
        .write(
            "site/content/terms/2026-01-01.en.md",
            "---\ntitle: Terms\n---\nYou may use the service.\n",
        )
        .write("site/site.yaml", "title: Example\n")
        .write(
            "outside/secret.md",
            format!("---\ntitle: Leak\n---\n{SECRET}\n"),
        )
        .write("outside/policy/2026-01-01.en.md", format!("{SECRET}\n"))
}

fn link(test: &SiteTest, target: &str, at: &str) {
    let at = test.root().join(at);
    std::fs::create_dir_all(at.parent().expect("a parent")).expect("create folders");
    symlink(target, &at).expect("create a link");
}

/// Builds `site/`, which must fail without publishing anything.
#[track_caller]
fn refused(test: &SiteTest) -> Outcome {
    let outcome = test
        .run(&["build", "--root", "site", "--today", "2026-06-01"])
        .code(1);
    assert!(!test.exists("site/public"), "a refused build published");
    assert!(!outcome.stderr.contains(SECRET), "{}", outcome.stderr);
    outcome.stderr_has("help: replace the link with the ")
}

#[test]
fn a_version_file_linked_to_a_system_file_is_refused() {
    let test = site_beside_a_secret();
    link(&test, "/etc/passwd", "site/content/terms/2026-02-01.en.md");
    refused(&test)
        .error_line(
            "content/terms/2026-02-01.en.md: error: this file links to /etc/passwd, outside the site",
        )
        .stderr_has("help: replace the link with the file itself (copied into the site), or point it at a file inside the site");
}

#[test]
fn a_version_file_linked_out_through_dotdot_is_refused() {
    let test = site_beside_a_secret();
    link(
        &test,
        "../../../outside/secret.md",
        "site/content/terms/2026-02-01.en.md",
    );
    refused(&test).error_line("content/terms/2026-02-01.en.md: error: this file links to ");
}

/// The issue's own case: `.git/config` lies inside the site's folder, and CI keeps its token
/// there (actions/checkout writes an `extraheader`), so hidden folders are never sources.
#[test]
fn a_link_into_the_sites_git_folder_is_refused() {
    let test = site_beside_a_secret().write(
        "site/.git/config",
        format!("[http]\n\textraheader = AUTHORIZATION: basic {SECRET}\n"),
    );
    link(
        &test,
        "../../.git/config",
        "site/content/terms/2026-02-01.en.md",
    );
    refused(&test).error_line(
        "content/terms/2026-02-01.en.md: error: this file links to .git/config, a hidden file or folder of the site",
    );
    let test = site_beside_a_secret().write("site/.env", format!("{SECRET}\n"));
    link(
        &test,
        "../../../.env",
        "site/themes/default/static/config.txt",
    );
    refused(&test).error_line(
        "themes/default/static/config.txt: error: this file links to .env, a hidden file or folder of the site",
    );
}

#[test]
fn a_folder_linked_outside_is_refused() {
    let test = site_beside_a_secret();
    link(&test, "../../outside/policy", "site/content/leak");
    refused(&test)
        .error_line("content/leak: error: this folder links to ")
        .stderr_has("outside the site");
}

#[test]
fn a_theme_asset_linked_outside_is_not_copied() {
    let test = site_beside_a_secret();
    link(
        &test,
        "../../../../outside/secret.md",
        "site/themes/default/static/notes.txt",
    );
    refused(&test).error_line("themes/default/static/notes.txt: error: this file links to ");
    // The whole static folder, too.
    let test = site_beside_a_secret();
    link(&test, "../../../outside", "site/themes/default/static");
    refused(&test).error_line("themes/default/static: error: this folder links to ");
}

#[test]
fn settings_fluent_files_and_templates_linked_outside_are_refused() {
    let test = site_beside_a_secret().write("outside/site.yaml", "title: Leak\n");
    std::fs::remove_file(test.root().join("site/site.yaml")).expect("remove site.yaml");
    link(&test, "../outside/site.yaml", "site/site.yaml");
    refused(&test).error_line("site.yaml: error: this file links to ");
    let test = site_beside_a_secret().write("outside/fr.ftl", "last-updated = Leak\n");
    link(&test, "../../outside/fr.ftl", "site/locales/fr.ftl");
    link(
        &test,
        "../../../../outside/secret.md",
        "site/themes/default/templates/base.html",
    );
    link(
        &test,
        "../../../outside/secret.md",
        "site/content/terms/policy.yaml",
    );
    refused(&test)
        .error_line("locales/fr.ftl: error: this file links to ")
        .error_line("themes/default/templates/base.html: error: this file links to ")
        .error_line("content/terms/policy.yaml: error: this file links to ");
}

#[test]
fn the_content_folder_itself_linked_outside_is_refused() {
    let test = SiteTest::empty()
        .write("site/site.yaml", "title: Example\n")
        .write(
            "outside/content/terms/2026-01-01.en.md",
            format!("---\ntitle: T\n---\n{SECRET}\n"),
        );
    link(&test, "../outside/content", "site/content");
    let outcome = test
        .run(&["build", "--root", "site", "--today", "2026-06-01"])
        .code(1)
        .error_line("content: error: this folder links to ");
    assert!(!test.exists("site/public"));
    assert!(!outcome.stderr.contains(SECRET));
}

#[test]
fn links_that_stay_inside_the_site_keep_working() {
    let test = site_beside_a_secret()
        .write(
            "site/shared/cookies.md",
            "---\ntitle: Cookie Policy\n---\nWe use one cookie.\n",
        )
        .write(
            "site/drafts/privacy/2026-01-01.en.md",
            "---\ntitle: Privacy Policy\n---\nWe keep little.\n",
        )
        .write("site/assets/logo.svg", "<svg/>");
    link(
        &test,
        "../../shared/cookies.md",
        "site/content/cookies/2026-01-01.en.md",
    );
    link(&test, "../drafts/privacy", "site/content/privacy");
    link(
        &test,
        "../../../assets/logo.svg",
        "site/themes/default/static/logo.svg",
    );
    test.run(&["build", "--root", "site", "--today", "2026-06-01"])
        .success();
    assert_eq!(
        test.html("site/public/en/cookies/index.html").text("h1"),
        "Cookie Policy"
    );
    assert_eq!(
        test.html("site/public/en/privacy/index.html").text("h1"),
        "Privacy Policy"
    );
    assert_eq!(test.read("site/public/static/logo.svg"), "<svg/>");
}
