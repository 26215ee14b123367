//! The Python side of the tests: a venv with aiosmtpd (a real SMTP server) and
//! argon2-cffi (an independent argon2 implementation), made on first use.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The venv's python: $ROSTER_TEST_PYTHON, or target/test-venv, created and
/// filled from tests/support/requirements.txt when missing or stale.
pub fn python() -> PathBuf {
    static PYTHON: OnceLock<PathBuf> = OnceLock::new();
    PYTHON
        .get_or_init(|| {
            if let Some(p) = std::env::var_os("ROSTER_TEST_PYTHON") {
                return PathBuf::from(p);
            }
            let venv = root().join("target/test-venv");
            let python = venv.join("bin/python");
            let requirements = root().join("tests/support/requirements.txt");
            let wanted = std::fs::read_to_string(&requirements).unwrap();
            let stamp = venv.join("roster-requirements.txt");
            if std::fs::read_to_string(&stamp).ok().as_deref() != Some(wanted.as_str()) {
                let ok = Command::new("python3")
                    .args(["-m", "venv"])
                    .arg(&venv)
                    .status()
                    .unwrap()
                    .success();
                assert!(ok, "python3 -m venv failed");
                let ok = Command::new(&python)
                    .args([
                        "-m",
                        "pip",
                        "install",
                        "--quiet",
                        "--disable-pip-version-check",
                        "-r",
                    ])
                    .arg(&requirements)
                    .status()
                    .unwrap()
                    .success();
                assert!(ok, "pip install -r tests/support/requirements.txt failed");
                std::fs::write(&stamp, wanted).unwrap();
            }
            python
        })
        .clone()
}

/// Runs a support script with stdin; returns (exit code, stdout).
pub fn run_script(script: &str, stdin: &str) -> (i32, String) {
    run_script_with(script, &[], stdin)
}

/// Like [`run_script`], with arguments for the script.
pub fn run_script_with(script: &str, args: &[&str], stdin: &str) -> (i32, String) {
    use std::io::Write;
    let mut child = Command::new(python())
        .arg(root().join("tests/support").join(script))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// A free port on 127.0.0.1 (free when asked; the sink binds it right after).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A real SMTP server (aiosmtpd) on 127.0.0.1, writing what it receives to a
/// directory. Stops when dropped.
pub struct SmtpSink {
    pub port: u16,
    pub dir: PathBuf,
    child: Child,
    stdin: Option<ChildStdin>,
}

impl SmtpSink {
    pub fn start(port: u16, dir: &Path) -> SmtpSink {
        SmtpSink::start_with(port, dir, &[])
    }

    /// With more arguments for smtp_sink.py: `--auth USER:PASSWORD` requires
    /// SMTP AUTH; `--tls starttls|wrapper` speaks TLS with a certificate from a
    /// CA whose certificate is then in `dir/ca.pem`.
    pub fn start_with(port: u16, dir: &Path, options: &[&str]) -> SmtpSink {
        let mut child = Command::new(python())
            .arg(root().join("tests/support/smtp_sink.py"))
            .arg(port.to_string())
            .arg(dir)
            .args(options)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP sink did not start");
        SmtpSink {
            port,
            dir: dir.to_path_buf(),
            child,
            stdin,
        }
    }

    /// `ROSTER_MAIL_TRANSPORT` for this server.
    pub fn transport(&self) -> String {
        format!("smtp://127.0.0.1:{}?tls=none", self.port)
    }

    /// The messages received so far, oldest first.
    pub fn messages(&self) -> Vec<String> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .map(|d| {
                d.map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|e| e == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    /// The envelope recipients of each message received, oldest first.
    pub fn recipients(&self) -> Vec<Vec<String>> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .map(|d| {
                d.map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|e| e == "env"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
            .iter()
            .map(|p| {
                std::fs::read_to_string(p)
                    .unwrap()
                    .lines()
                    .skip(1)
                    .map(str::to_string)
                    .collect()
            })
            .collect()
    }

    /// Waits (up to 10 s) until at least `n` messages have arrived.
    pub fn wait_for(&self, n: usize) -> Vec<String> {
        let start = Instant::now();
        loop {
            let got = self.messages();
            if got.len() >= n || start.elapsed() > Duration::from_secs(10) {
                return got;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn shutdown(&mut self) {
        self.stdin.take();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if self.child.try_wait().unwrap().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.shutdown();
    }
}
