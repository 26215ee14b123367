//! The suite's pass through a server (`ROSTER_TEST_SERVER=1 cargo test`):
//! each test's commands that run through a server go to a `roster serve`
//! started on the test's store, over its admin socket, where the test acts
//! as the OS account as it does on the store (issue 21). The server starts
//! at the test's first command and again after its config file changes;
//! it is stopped with the test.
//!
//! Tests that are local by nature skip themselves in this pass with
//! [`local_only`], naming why.

use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::TestEnv;

/// Whether this run is the pass through a server.
pub fn enabled() -> bool {
    std::env::var("ROSTER_TEST_SERVER").is_ok_and(|v| v == "1")
}

/// Skips the rest of a test in the pass through a server, saying why:
/// true when it should return.
pub fn local_only(why: &str) -> bool {
    if enabled() {
        eprintln!("local only, skipped through a server: {why}");
    }
    enabled()
}

/// Environment variables a command is given (`run_with_env`), which the
/// server runs with too: through a server, its settings (the mail
/// transport, SMTP credentials, the policy) are what apply.
type Vars = Vec<(String, String)>;

/// A test's server, started when its first command runs. A config the
/// server refuses to start with (it exits naming it) leaves the commands
/// to run on the store, where they meet the same refusal.
#[derive(Default)]
pub struct Served {
    /// The server and the variables it runs with; None as the server when
    /// it refused to start with them.
    child: Mutex<Option<(Option<Child>, Vars)>>,
}

impl Served {
    /// The admin socket of the test's server, started now if it is not
    /// running; None outside the pass through a server.
    pub fn socket(&self, env: &TestEnv) -> Option<PathBuf> {
        self.socket_with(env, &[])
    }

    /// [`Served::socket`], the server running with `vars` as well
    /// (restarted if it runs with others).
    pub fn socket_with(&self, env: &TestEnv, vars: &[(&str, &str)]) -> Option<PathBuf> {
        if !enabled() {
            return None;
        }
        let vars: Vars = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let socket = env.path().join("admin.sock");
        if self
            .child
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .is_some_and(|(_, with)| *with != vars)
        {
            self.stop();
        }
        let mut child = self.child.lock().unwrap_or_else(|e| e.into_inner());
        if child.is_none() {
            *child = Some((start(env, &socket, &vars), vars));
        }
        child.as_ref()?.0.as_ref()?;
        Some(socket)
    }

    /// Starts the server anew (it reads its config as it starts), if it
    /// runs.
    pub fn restart(&self, env: &TestEnv) {
        let running = self.child.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some((running, vars)) = running {
            *self.child.lock().unwrap_or_else(|e| e.into_inner()) = Some((running, vars.clone()));
            self.stop();
            let socket = env.path().join("admin.sock");
            let started = start(env, &socket, &vars);
            *self.child.lock().unwrap_or_else(|e| e.into_inner()) = Some((started, vars));
        }
    }

    /// Stops the server (it starts again at the next command).
    pub fn stop(&self) {
        let mut child = self.child.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((Some(mut running), _)) = child.take() {
            // SIGTERM: it lets what is in flight finish.
            let _ = std::process::Command::new("kill")
                .arg(running.id().to_string())
                .status();
            if super::process::wait_within(&mut running, Duration::from_secs(15)).is_none() {
                panic!("the test's server did not stop within 15 s of SIGTERM");
            }
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let child = self.child.get_mut().unwrap_or_else(|e| e.into_inner());
        if let Some((Some(mut running), _)) = child.take() {
            let _ = running.kill();
            let _ = running.wait();
        }
    }
}

/// Starts `roster serve` on the test's store, with the test's environment,
/// and waits until its admin socket answers; None when it refused to start
/// (exit 2 or 6: a setting it names is not valid).
fn start(env: &TestEnv, socket: &std::path::Path, vars: &Vars) -> Option<Child> {
    let log = std::fs::File::create(env.path().join("serve.log")).unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("roster"));
    for var in super::ROSTER_VARS {
        cmd.env_remove(var);
    }
    cmd.env_remove("ROSTER_TEST_SERVER")
        .env("HOME", env.path())
        .env("XDG_DATA_HOME", env.path().join("data"))
        .env("XDG_CONFIG_HOME", env.path().join("config"))
        .env("USER", "tester")
        .current_dir(env.path())
        .args(["serve", "--listen"])
        .arg(format!("unix:{}", env.path().join("serve.sock").display()))
        .arg("--admin-socket")
        .arg(socket)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log);
    if let Some(db) = &env.pg {
        cmd.env("ROSTER_DB", db.url());
    }
    cmd.envs(vars.iter().map(|(k, v)| (k, v)));
    let mut child = cmd.spawn().expect("start roster serve");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::os::unix::net::UnixStream::connect(socket).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            if matches!(status.code(), Some(2 | 6)) {
                return None;
            }
            panic!(
                "the test's server exited ({status}): {}",
                std::fs::read_to_string(env.path().join("serve.log")).unwrap_or_default()
            );
        }
        assert!(
            Instant::now() < deadline,
            "the test's server did not listen within 20 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    Some(child)
}
