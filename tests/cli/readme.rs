//! README's CI recipes (issue 13, point 15): the GitHub Actions and GitLab CI blocks under
//! "Publishing" parse as YAML and hold what their promises rest on: a daily schedule beside
//! pushes, `check --strict`, `build --locked`, a pinned install, and a GitHub Pages deploy job
//! with its environment and permissions.

use serde_json::Value;

/// The first ```yaml block after the heading `heading`, parsed.
fn yaml_block_under(heading: &str) -> Value {
    let readme = include_str!("../../README.md");
    let after = readme
        .split_once(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README.md has no heading {heading:?}"))
        .1;
    let block = after
        .split_once("```yaml\n")
        .and_then(|(_, rest)| rest.split_once("\n```"))
        .unwrap_or_else(|| panic!("no ```yaml block under {heading:?}"))
        .0;
    serde_saphyr::from_str(block)
        .unwrap_or_else(|e| panic!("the block under {heading:?} is not YAML: {e}\n{block}"))
}

/// Every string in `value`, at any depth.
fn strings(value: &Value) -> Vec<&str> {
    match value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(items) => items.iter().flat_map(strings).collect(),
        Value::Object(map) => map.values().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}

/// The install step: pinned to a tag, with redline's own Cargo.lock.
fn assert_pinned_install(commands: &[&str]) {
    let install = commands
        .iter()
        .find(|c| c.contains("cargo install"))
        .unwrap_or_else(|| panic!("no install step in {commands:?}"));
    for needed in ["--locked", "--git", "--tag", " redline"] {
        assert!(install.contains(needed), "{install} lacks {needed}");
    }
}

#[test]
fn the_github_actions_recipe_checks_builds_locked_and_deploys_daily() {
    let workflow = yaml_block_under("### GitHub Actions");
    let on = &workflow["on"];
    assert!(on.get("push").is_some(), "runs on push: {on}");
    let cron = on["schedule"][0]["cron"].as_str().unwrap_or_default();
    assert_eq!(cron.split_whitespace().count(), 5, "a cron schedule: {on}");
    assert!(
        cron.split_whitespace().skip(2).all(|field| field == "*"),
        "every day: {cron}"
    );
    assert!(workflow["env"]["REDLINE_TAG"].is_string(), "a pinned tag");

    let build = &workflow["jobs"]["build"];
    let runs: Vec<&str> = strings(&build["steps"]);
    assert!(runs.contains(&"redline check --strict"), "{runs:?}");
    assert!(
        runs.iter().any(|r| r.starts_with("redline build --locked")),
        "{runs:?}"
    );
    assert_pinned_install(&runs);
    let upload = build["steps"].as_array().and_then(|steps| {
        steps.iter().find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-pages-artifact@"))
        })
    });
    assert_eq!(
        upload.map(|step| &step["with"]["path"]),
        Some(&Value::from("public")),
        "the built site is the Pages artifact: {build}"
    );

    let deploy = &workflow["jobs"]["deploy"];
    assert_eq!(deploy["environment"]["name"], "github-pages");
    assert!(
        deploy["environment"]["url"]
            .as_str()
            .is_some_and(|url| url.contains("steps.deployment.outputs.page_url")),
        "{deploy}"
    );
    assert_eq!(deploy["needs"], "build");
    assert_eq!(deploy["permissions"]["pages"], "write");
    assert_eq!(deploy["permissions"]["id-token"], "write");
    let deploy_step = &deploy["steps"][0];
    assert_eq!(deploy_step["id"], "deployment");
    assert!(
        deploy_step["uses"]
            .as_str()
            .is_some_and(|u| u.starts_with("actions/deploy-pages@")),
        "{deploy}"
    );
}

#[test]
fn the_gitlab_recipe_publishes_on_a_pipeline_schedule() {
    let pipeline = yaml_block_under("### GitLab CI");
    let pages = &pipeline["pages"];
    let rules: Vec<&str> = pages["rules"]
        .as_array()
        .map(|rules| rules.iter().filter_map(|r| r["if"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        rules.contains(&"$CI_PIPELINE_SOURCE == \"schedule\""),
        "{rules:?}"
    );
    assert!(
        rules.contains(&"$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"),
        "{rules:?}"
    );
    let script = strings(&pages["script"]);
    assert!(script.contains(&"redline check --strict"), "{script:?}");
    assert!(
        script
            .iter()
            .any(|s| s.starts_with("redline build --locked")),
        "{script:?}"
    );
    assert_eq!(pages["artifacts"]["paths"][0], "public");
    assert!(pipeline["variables"]["REDLINE_TAG"].is_string());
    assert_pinned_install(&strings(&pipeline["default"]["before_script"]));
}
