//! Progress bars on stderr for long bulk work (SPEC §1): drawn only when stderr
//! is a terminal, and only once the work has run for about a second, so short
//! runs and scripts never see one.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long work runs before its bar appears.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// A bar that may never be drawn. Safe to advance from several threads.
pub struct Progress {
    /// None when bars are off (stderr is not a terminal).
    bar: Option<ProgressBar>,
    started: Instant,
    shown: AtomicBool,
}

impl Progress {
    /// A bar for `total` steps of `what` ("blocking", "hashing passwords").
    pub fn new(enabled: bool, total: usize, what: &str) -> Progress {
        let bar = enabled.then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden());
            if let Ok(style) =
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}, {eta} left")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_message(what.to_string());
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            shown: AtomicBool::new(false),
        }
    }

    /// Records one more step done; draws the bar once the work has run long enough.
    pub fn advance(&self) {
        self.advance_by(1);
    }

    /// Records `n` more steps done.
    pub fn advance_by(&self, n: usize) {
        let Some(bar) = &self.bar else {
            return;
        };
        if self.started.elapsed() >= SHOW_AFTER && !self.shown.swap(true, Ordering::Relaxed) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        bar.inc(n as u64);
    }
}

impl Drop for Progress {
    /// The bar leaves no trace: the summary line follows on a clean stderr.
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
