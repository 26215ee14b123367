//! Child processes with a deadline, and a small seeded random source, for the
//! fault and hostile-input tests: nothing they start may outlive them or hang CI.

use std::io::{Read, Write};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `cmd` with `stdin` (if any), and returns its output. If it has not
/// exited within `limit`, kills it and panics: a hang is a failure, not a wait.
pub fn output_within(cmd: &mut Command, stdin: Option<&[u8]>, limit: Duration) -> Output {
    let mut child = cmd
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn roster");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        // A process that exits before reading all of stdin closes the pipe:
        // that is its business, not a test failure.
        let _ = pipe.write_all(input);
    }
    let out = drain(&mut child);
    let status = wait_within(&mut child, limit)
        .unwrap_or_else(|| panic!("{cmd:?} did not exit within {limit:?}; killed"));
    let (stdout, stderr) = out.join().unwrap();
    Output {
        status,
        stdout,
        stderr,
    }
}

/// Reads a child's stdout and stderr on threads, so a full pipe cannot stall it.
pub fn drain(child: &mut Child) -> std::thread::JoinHandle<(Vec<u8>, Vec<u8>)> {
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    std::thread::spawn(move || {
        let err = std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(e) = stderr.as_mut() {
                let _ = e.read_to_end(&mut buf);
            }
            buf
        });
        let mut out = Vec::new();
        if let Some(o) = stdout.as_mut() {
            let _ = o.read_to_end(&mut out);
        }
        (out, err.join().unwrap())
    })
}

/// Waits for the child up to `limit`; on time-out kills it, reaps it and
/// returns None.
pub fn wait_within(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Kills and reaps a child when dropped, so a failing assertion leaves no
/// process behind.
pub struct Reaped(pub Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        if self.0.try_wait().ok().flatten().is_none() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// A xorshift generator: enough randomness for kill timings and operation
/// mixes, with the seed printed so a failing run can be repeated
/// (`ROSTER_TEST_SEED=N`).
pub struct Rng(u64);

impl Rng {
    pub fn from_env_or_clock(test: &str) -> Rng {
        let seed = std::env::var("ROSTER_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
            });
        eprintln!("{test}: ROSTER_TEST_SEED={seed}");
        Rng::new(seed)
    }

    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
}
