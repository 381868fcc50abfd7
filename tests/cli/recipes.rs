//! The deploy chapters' recipes (issue 18): every workflow, pipeline, function and header block
//! in `docs/src/guide/deploy*.md` parses, and holds what the chapters promise rests on: a daily
//! run beside pushes, `check --strict`, `build --locked`, the pinned release binary (downloaded,
//! checksum verified, never compiled) cached under a key made of its tag, and a publishing step.
//! The Content-Security-Policy hashes the chapters give are the hashes of the inline script of
//! the site they describe, built by the real binary.

use std::path::Path;

use serde_json::Value;

use crate::support::{SiteTest, copy_tree, fences};

/// The release every recipe pins.
const TAG: &str = "v0.1.0";

/// The text of `docs/src/guide/<name>.md`.
fn chapter(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/src/guide")
        .join(format!("{name}.md"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// The contents of every fenced block of `markdown` opened by ```` ```<info> ```` at the start
/// of a line, in order.
fn blocks(markdown: &str, info: &str) -> Vec<String> {
    fences(markdown)
        .into_iter()
        .filter(|fence| fence.info == info && !fence.indented)
        .map(|fence| fence.lines.join("\n"))
        .collect()
}

/// The `index`-th ```yaml block of chapter `name`, parsed.
fn yaml(name: &str, index: usize) -> Value {
    let all = blocks(&chapter(name), "yaml");
    let block = all
        .get(index)
        .unwrap_or_else(|| panic!("{name}.md has no ```yaml block number {index}"));
    serde_saphyr::from_str(block)
        .unwrap_or_else(|e| panic!("a ```yaml block of {name}.md is not YAML: {e}\n{block}"))
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

/// The commands of `scripts` (strings that may hold several lines), one per line.
fn command_lines<'a>(scripts: &[&'a str]) -> Vec<&'a str> {
    scripts
        .iter()
        .flat_map(|script| script.lines())
        .map(str::trim)
        .collect()
}

/// The release binary pinned by `tag`, downloaded from that release, checked against its
/// checksum and unpacked; nothing compiled.
fn assert_pinned_release_install(tag: &Value, scripts: &[&str]) {
    assert_eq!(tag, &Value::from(TAG), "REDLINE_TAG pins the release");
    let lines = command_lines(scripts);
    let downloads: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("curl ") || l.starts_with("release="))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("release=") && l.ends_with("/releases/download/$REDLINE_TAG")),
        "downloads from the pinned release: {downloads:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("curl ") && l.ends_with("\"$release/$archive.sha256\"")),
        "downloads the checksum: {lines:?}"
    );
    assert!(
        lines.contains(&"sha256sum -c \"$archive.sha256\""),
        "verifies the checksum: {lines:?}"
    );
    let verify = lines.iter().position(|l| l.starts_with("sha256sum -c"));
    let unpack = lines.iter().position(|l| l.starts_with("tar -xzf"));
    assert!(
        verify.is_some() && unpack.is_some() && verify < unpack,
        "verifies before it unpacks: {lines:?}"
    );
    for line in &lines {
        assert!(!line.contains("cargo"), "compiles nothing: {line}");
    }
}

/// `on:` of a GitHub workflow: pushes to main, and a schedule every day.
fn assert_daily_on_push(workflow: &Value) {
    let on = &workflow["on"];
    assert_eq!(on["push"]["branches"][0], "main", "runs on push: {on}");
    let cron = on["schedule"][0]["cron"].as_str().unwrap_or_default();
    let fields: Vec<&str> = cron.split_whitespace().collect();
    assert_eq!(fields.len(), 5, "a cron schedule: {on}");
    assert!(fields[2..].iter().all(|f| *f == "*"), "every day: {cron}");
}

/// The steps of a GitHub job that installs redline: the cache keyed by the tag, the install
/// skipped on a cache hit, the folder put on PATH, then check and build. Returns the steps'
/// `run` commands.
fn assert_github_build_steps(workflow: &Value, job: &str) -> Vec<String> {
    let steps = workflow["jobs"][job]["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("job {job} has steps"));
    let uses = |step: &Value, action: &str| {
        step["uses"]
            .as_str()
            .is_some_and(|u| u.starts_with(&format!("{action}@")))
    };
    let cache = steps
        .iter()
        .find(|s| uses(s, "actions/cache"))
        .unwrap_or_else(|| panic!("a cache step in {job}"));
    assert_eq!(cache["with"]["path"], "~/.redline/bin");
    let key = cache["with"]["key"].as_str().unwrap_or_default();
    assert!(
        key.contains("${{ env.REDLINE_TAG }}"),
        "keyed by the tag: {key}"
    );
    let cache_id = cache["id"].as_str().expect("the cache step has an id");

    let install = steps
        .iter()
        .find(|s| s["run"].as_str().is_some_and(|r| r.contains("sha256sum")))
        .unwrap_or_else(|| panic!("an install step in {job}"));
    assert_eq!(
        install["if"],
        Value::from(format!("steps.{cache_id}.outputs.cache-hit != 'true'")),
        "downloads only on a cache miss"
    );
    let install_run = install["run"].as_str().unwrap_or_default();
    assert!(install_run.contains("-C ~/.redline/bin"), "{install_run}");
    assert_pinned_release_install(&workflow["env"]["REDLINE_TAG"], &[install_run]);

    let runs: Vec<String> = steps
        .iter()
        .filter_map(|s| s["run"].as_str().map(str::to_string))
        .collect();
    let position = |wanted: &dyn Fn(&str) -> bool| {
        runs.iter()
            .position(|r| wanted(r))
            .unwrap_or_else(|| panic!("no such step in {runs:?}"))
    };
    let path = position(&|r| r == "echo \"$HOME/.redline/bin\" >> \"$GITHUB_PATH\"");
    let check = position(&|r| r == "redline check --strict");
    let build = position(&|r| r == "redline build --locked --base-url \"$BASE_URL\"");
    assert!(
        path < check && check < build,
        "install, check, build: {runs:?}"
    );
    assert!(
        workflow["env"]["BASE_URL"]
            .as_str()
            .is_some_and(|url| url.starts_with("https://")),
        "the public address: {}",
        workflow["env"]
    );
    for run in &runs {
        assert!(!run.contains("cargo"), "compiles nothing: {run}");
    }
    runs
}

/// A step that publishes must not run for pull requests.
fn assert_not_on_pull_requests(step: &Value) {
    assert_eq!(
        step["if"], "github.event_name != 'pull_request'",
        "publishes only from main and the schedule: {step}"
    );
}

#[test]
fn the_github_actions_recipe_checks_builds_locked_and_deploys_daily() {
    let workflow = yaml("deploy-github-actions", 0);
    assert_daily_on_push(&workflow);
    assert_github_build_steps(&workflow, "build");

    let build = &workflow["jobs"]["build"];
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
    assert_not_on_pull_requests(deploy);
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
    let pipeline = yaml("deploy-gitlab-ci", 0);
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
    for job in ["pages", "check"] {
        let script = strings(&pipeline[job]["script"]);
        assert_eq!(
            script,
            [
                "redline check --strict",
                "redline build --locked --base-url \"$BASE_URL\""
            ],
            "{job}"
        );
    }
    assert_eq!(
        pipeline["check"]["rules"][0]["if"],
        "$CI_PIPELINE_SOURCE == \"merge_request_event\""
    );
    assert_eq!(pages["artifacts"]["paths"][0], "public");

    let default = &pipeline["default"];
    let key = default["cache"]["key"].as_str().unwrap_or_default();
    assert!(key.contains("$REDLINE_TAG"), "keyed by the tag: {key}");
    assert_eq!(default["cache"]["paths"][0], ".redline/bin");
    let before = strings(&default["before_script"]);
    assert!(
        before[0].starts_with("if [ ! -x .redline/bin/redline ]; then"),
        "downloads only when the cache has no redline: {before:?}"
    );
    assert!(
        before.contains(&"export PATH=\"$CI_PROJECT_DIR/.redline/bin:$PATH\""),
        "{before:?}"
    );
    assert_pinned_release_install(&pipeline["variables"]["REDLINE_TAG"], &before);
}

#[test]
fn the_netlify_and_cloudflare_recipes_upload_what_a_daily_locked_build_wrote() {
    let workflow = yaml("deploy-netlify-cloudflare", 0);
    assert_daily_on_push(&workflow);
    let runs = assert_github_build_steps(&workflow, "deploy");
    let build = runs
        .iter()
        .position(|r| r.starts_with("redline build --locked"))
        .expect("a build");
    let headers = runs
        .iter()
        .position(|r| r == "cp _headers public/_headers")
        .expect("the headers file is uploaded with the site");
    assert!(build < headers, "{runs:?}");

    let steps = workflow["jobs"]["deploy"]["steps"]
        .as_array()
        .expect("steps");
    let netlify = steps.last().expect("an upload step");
    assert_not_on_pull_requests(netlify);
    assert_eq!(
        netlify["run"],
        "npx --yes netlify-cli deploy --prod --dir public"
    );
    assert_eq!(
        netlify["env"]["NETLIFY_SITE_ID"],
        "${{ secrets.NETLIFY_SITE_ID }}"
    );

    // The Cloudflare step replaces the Netlify one in the same workflow.
    let cloudflare = &yaml("deploy-netlify-cloudflare", 1)[0];
    assert_not_on_pull_requests(cloudflare);
    assert!(
        cloudflare["uses"]
            .as_str()
            .is_some_and(|u| u.starts_with("cloudflare/wrangler-action@")),
        "{cloudflare}"
    );
    assert!(
        cloudflare["with"]["command"]
            .as_str()
            .is_some_and(|c| c.starts_with("pages deploy public ")),
        "{cloudflare}"
    );
}

#[test]
fn the_s3_recipe_syncs_with_delete_and_rewrites_folders_to_index_html() {
    let text = chapter("deploy-s3-cloudfront");
    let workflow = yaml("deploy-s3-cloudfront", 0);
    assert_daily_on_push(&workflow);
    let runs = assert_github_build_steps(&workflow, "deploy");
    let upload = runs.last().expect("an upload step");
    let commands = command_lines(&[upload]);
    assert!(
        commands[0].starts_with("aws s3 sync public/ \"s3://$BUCKET/$PREFIX/\" --delete "),
        "{commands:?}"
    );
    assert!(
        commands[0].contains("--cache-control \"public, max-age=300\""),
        "short-lived HTML: {commands:?}"
    );
    assert!(!upload.contains("immutable"), "{upload}");
    assert!(
        commands[1].starts_with("aws cloudfront create-invalidation "),
        "{commands:?}"
    );
    let steps = workflow["jobs"]["deploy"]["steps"]
        .as_array()
        .expect("steps");
    assert_not_on_pull_requests(steps.last().expect("an upload step"));
    assert_eq!(
        workflow["permissions"]["id-token"], "write",
        "OpenID Connect"
    );

    let function = blocks(&text, "javascript");
    let [function] = function.as_slice() else {
        panic!("one CloudFront Function: {function:?}")
    };
    assert!(function.contains("function handler(event)"), "{function}");
    assert!(
        function.contains("if (uri.endsWith('/')) {\n    request.uri = uri + 'index.html';"),
        "folder addresses get their index.html: {function}"
    );
    assert!(
        text.contains("response page path `/legal/404.html`, response code\n   **404**"),
        "the error page is redline's 404.html under the base URL's path"
    );
}

/// The chapters that give a Content-Security-Policy, with the base URL they give it for. The
/// site is `tests/guide/sites/halentra`, the Halentra site the deploy chapter starts from.
const CSP_CHAPTERS: [(&str, &str); 2] = [
    ("deploy", "https://halentra.com/legal"),
    ("deploy-netlify-cloudflare", "https://legal.halentra.com"),
];

/// The deploy chapter's site, built as its pipeline builds it for `base_url`.
fn built_deploy_site(base_url: &str) -> SiteTest {
    let site = SiteTest::empty();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guide/sites/halentra"),
        site.root(),
    );
    site.run(&[
        "build",
        "--locked",
        "--base-url",
        base_url,
        "--today",
        "2026-12-01",
    ])
    .success();
    site
}

#[test]
fn the_content_security_policy_hashes_are_those_of_the_inline_script() {
    for (name, base_url) in CSP_CHAPTERS {
        let site = built_deploy_site(base_url);
        let hash = format!(
            "'sha256-{}'",
            inline_script_hash(&site.read("public/index.html"))
        );
        let text = chapter(name);
        let policies: Vec<&str> = text
            .lines()
            .filter(|l| l.trim_start().starts_with("Content-Security-Policy: "))
            .collect();
        assert_eq!(policies.len(), 1, "{name}: one policy: {policies:?}");
        assert!(
            policies[0].contains(&format!("script-src {hash};")),
            "{name}: the script's hash for {base_url} is {hash}: {}",
            policies[0]
        );
        assert!(policies[0].contains("default-src 'none'; style-src 'self';"));

        // The policy holds for every page: no other script, no inline style.
        for (file, bytes) in site.snapshot("public") {
            if !file.ends_with(".html") {
                continue;
            }
            let html = String::from_utf8(bytes).expect("UTF-8");
            let scripts = html.matches("<script").count();
            let expected = usize::from(file == "index.html");
            assert_eq!(scripts, expected, "{file}: scripts");
            assert!(
                !html.contains("<style") && !html.contains(" style="),
                "{file}"
            );
        }
    }
}

/// deploy.md's command that computes the hash prints the hash the chapter gives (it needs
/// `awk` and `openssl`, which `.ci/run` installs).
#[test]
fn the_hash_command_of_the_deploy_chapter_prints_the_scripts_hash() {
    let text = chapter("deploy");
    let sh = blocks(&text, "sh");
    let [command] = sh.as_slice() else {
        panic!("one ```sh block in deploy.md: {sh:?}")
    };
    let site = built_deploy_site(CSP_CHAPTERS[0].1);
    let expected = inline_script_hash(&site.read("public/index.html"));
    let outcome = site.run_command(site.command("sh", &["-c", command]));
    assert_eq!(outcome.code, Some(0), "{outcome:?}");
    assert_eq!(outcome.stdout.trim(), expected, "{outcome:?}");
}

/// The base64 SHA-256 of the text between `<script>` and `</script>` in `html`: the hash a
/// Content-Security-Policy names.
fn inline_script_hash(html: &str) -> String {
    let script = html
        .split_once("<script>")
        .and_then(|(_, rest)| rest.split_once("</script>"))
        .expect("an inline script")
        .0;
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes()))
}
