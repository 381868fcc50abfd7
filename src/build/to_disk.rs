//! `redline build` on disk: the output folder is replaced only by a whole, successful build,
//! after redline.lock records what it publishes (DESIGN.md "Guarantees").

use std::io::Write;
use std::time::Instant;

use super::{BuildCache, BuildOptions, build, load_settings};
use crate::error::Error;
use crate::lock;
use crate::output::{BuildLock, Destination, StagingDir};

/// Held by a build, in the site folder, while it builds and records redline.lock.
pub const SITE_BUILD_LOCK: &str = ".redline-build-lock";

/// `redline build`: stage, build, record the lock, swap in on success; discard on failure.
pub fn build_to_disk(
    options: &BuildOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    let started = Instant::now();
    let config = load_settings(options)?;
    let output = match &options.output {
        Some(path) => path.clone(),
        None => options.root.join(&config.output),
    };
    let destination = Destination::resolve(&output, &options.root)?;
    // Builds of one site into two outputs would both write redline.lock. A site folder no
    // build can write to (a read-only checkout in CI) needs no lock: nor can redline.lock change.
    let site_lock = BuildLock::acquire(&options.root.join(SITE_BUILD_LOCK), || {
        let _ = writeln!(
            err,
            "another redline build of this site is running; waiting for it to finish"
        );
    });
    let _site_lock = match site_lock {
        Ok(lock) => Some(lock),
        Err(Error::Io { source, .. })
            if matches!(
                source.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            None
        }
        Err(e) => return Err(e),
    };
    let staging = StagingDir::create(destination, || {
        let _ = writeln!(
            err,
            "another redline build is writing {}; waiting for it to finish",
            output.display()
        );
    })?;
    let report = match build(options, config, &staging, &BuildCache::disabled()) {
        Ok(report) => report,
        Err(e) => {
            staging.discard();
            return Err(e);
        }
    };
    // The texts are recorded before they go live: a build that cannot record them publishes
    // nothing.
    if let Some(lock) = &report.lock {
        if let Err(e) = lock.write(&options.root) {
            staging.discard();
            return Err(e);
        }
        let _ = writeln!(out, "updated {}: commit it", lock::LOCK_FILE);
    }
    let mut warnings = report.warnings;
    warnings.extend(staging.commit()?);
    for warning in &warnings {
        let _ = writeln!(err, "{warning}");
    }
    let _ = writeln!(
        out,
        "built {} pages in {} {} ({}) into {} in {:.2} s",
        report.pages,
        report.locales.len(),
        if report.locales.len() == 1 {
            "locale"
        } else {
            "locales"
        },
        report.locales.join(", "),
        output.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
