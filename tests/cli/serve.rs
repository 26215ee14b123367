//! `roster serve`: the built binary on a random loopback port (and a Unix
//! socket), spoken to over real HTTP by a real client (ureq), on the
//! suite's backend.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::TestEnv;

pub const PASSWORD: &str = "correct horse battery staple 42";

/// A running server; SIGTERM and a wait when dropped.
pub struct Served {
    pub child: Child,
    /// `http://127.0.0.1:PORT`, or `unix:PATH`.
    pub at: String,
    /// Everything it wrote on stderr so far.
    log: Arc<Mutex<String>>,
}

impl Served {
    pub fn start(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> Served {
        let mut cmd = env.std_cmd();
        cmd.arg("serve")
            .args(args)
            .envs(vars.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("roster serve");
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let shared = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(at) = line.strip_prefix("roster serve: listening on ") {
                    let _ = tx.send(at.to_string());
                }
                let mut log = shared.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let at = rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| {
                let _ = child.kill();
                panic!("the server did not start: {}", log.lock().unwrap())
            });
        Served { child, at, log }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.at)
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Waits (5 s at most) for the log to hold `needle`: a request's line
    /// is written as its answer leaves.
    pub fn log_has(&self, needle: &str) -> bool {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if self.log().contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// Sends SIGTERM and waits for the exit code.
    pub fn stop(&mut self) -> Option<i32> {
        signal(&self.child, libc::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        None
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

/// Sends a signal to a child process.
pub fn signal(child: &Child, signal: libc::c_int) {
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: kill(2) on a child this test started and has not reaped.
    unsafe {
        libc::kill(pid, signal);
    }
}

/// Takes the store's write lock, as another writer would, until the
/// returned connection is dropped.
fn hold_write_lock(env: &TestEnv) -> crate::common::sql::Sql {
    let lock = env.sql();
    match &lock {
        crate::common::sql::Sql::Lite(c) => c.execute_batch("BEGIN IMMEDIATE").unwrap(),
        crate::common::sql::Sql::Pg(c) => c
            .borrow_mut()
            .batch_execute("SELECT pg_advisory_lock(1381192786)")
            .unwrap(),
    }
    lock
}

/// A client that hands back every status instead of failing on 4xx/5xx.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

/// (status, JSON body) of a POST of `body` with the token.
pub fn post(served: &Served, path: &str, token: Option<&str>, body: &Value) -> (u16, Value) {
    let mut req = agent().post(&served.url(path));
    if let Some(token) = token {
        req = req.header("Authorization", &format!("Bearer {token}"));
    }
    let mut resp = req
        .content_type("application/json")
        .send(body.to_string())
        .unwrap();
    let status = resp.status().as_u16();
    let text = resp.body_mut().read_to_string().unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

fn get(served: &Served, path: &str, token: Option<&str>) -> (u16, Value) {
    let mut req = agent().get(&served.url(path));
    if let Some(token) = token {
        req = req.header("Authorization", &format!("Bearer {token}"));
    }
    let mut resp = req.call().unwrap();
    let status = resp.status().as_u16();
    let text = resp.body_mut().read_to_string().unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// An active user with PASSWORD.
pub fn with_password(env: &TestEnv, email: &str, extra: &[&str]) {
    let mut args = vec![
        "user",
        "create",
        email,
        "--password-stdin",
        "--no-must-change",
    ];
    args.extend_from_slice(extra);
    env.cmd()
        .args(&args)
        .write_stdin(PASSWORD)
        .assert()
        .success();
}

/// A token for a service user holding users.read, with these scopes.
pub fn service_token(env: &TestEnv, name: &str, scopes: &str) -> String {
    if env.run(&["user", "show", "svc@example.com"]).0 != 0 {
        env.ok(&["role", "create", "service", "--permission", "users.read"]);
        env.create("svc@example.com", &["--no-invite", "--role", "service"]);
    }
    let out = env.ok(&[
        "token",
        "create",
        name,
        "--user",
        "svc@example.com",
        "--scope",
        scopes,
    ]);
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn a_product_signs_users_in_and_checks_sessions_and_permissions() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "staff", "--permission", "users.read"]);
    with_password(&env, "ada@example.com", &["--role", "staff"]);
    let token = service_token(&env, "web", "auth,users.read");
    let scim_only = service_token(&env, "idp", "scim");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);

    assert_eq!(get(&served, "/healthz", None), (200, json!({"ok": true})));
    let creds = json!({"user": "ada@example.com", "password": PASSWORD});
    // The caller's credential first: none, an unknown one, one without the scope.
    let (status, body) = post(&served, "/v1/auth/login", None, &creds);
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("denied"))
    );
    assert_eq!(
        post(&served, "/v1/auth/login", Some("rst_nope"), &creds).0,
        401
    );
    let (status, body) = post(&served, "/v1/auth/login", Some(&scim_only), &creds);
    assert_eq!(status, 403, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("scope auth")
    );

    let (status, signed_in) = post(&served, "/v1/auth/login", Some(&token), &creds);
    assert_eq!(status, 200, "{signed_in}");
    assert_eq!(signed_in["user"]["email"], "ada@example.com");
    let session = signed_in["token"].as_str().unwrap().to_string();
    assert!(signed_in["expires_at"].is_string());

    let (status, user) = post(
        &served,
        "/v1/sessions/check",
        Some(&token),
        &json!({"token": session}),
    );
    assert_eq!(status, 200, "{user}");
    assert_eq!(user["email"], "ada@example.com");
    assert_eq!(user["effective_permissions"], json!(["users.read"]));

    let check = |user: &str, permission: &str| {
        post(
            &served,
            "/v1/auth/check",
            Some(&token),
            &json!({"user": user, "permission": permission}),
        )
    };
    assert_eq!(
        check("ada@example.com", "users.read"),
        (200, json!({"allowed": true}))
    );
    assert_eq!(
        check("ada@example.com", "users.block"),
        (200, json!({"allowed": false}))
    );
    assert_eq!(check("nobody@example.com", "users.read").0, 404);
    assert_eq!(check("ada@example.com", "no such thing").0, 422);

    let (status, shown) = get(&served, "/v1/users/ada@example.com", Some(&token));
    assert_eq!(status, 200, "{shown}");
    assert_eq!(shown["status"], "active");
    assert!(shown.get("password_hash").is_none());
    assert_eq!(
        get(&served, "/v1/users/nobody@example.com", Some(&token)).0,
        404
    );

    let (status, _) = post(&served, "/v1/auth/verify", Some(&token), &creds);
    assert_eq!(status, 200);
    let (status, revoked) = post(
        &served,
        "/v1/sessions/revoke",
        Some(&token),
        &json!({"token": session}),
    );
    assert_eq!(status, 200, "{revoked}");
    assert_eq!(
        post(
            &served,
            "/v1/sessions/check",
            Some(&token),
            &json!({"token": session})
        )
        .0,
        404
    );

    // One answer for a wrong password and an unknown user.
    let wrong = post(
        &served,
        "/v1/auth/login",
        Some(&token),
        &json!({"user": "ada@example.com", "password": "nope"}),
    );
    let unknown = post(
        &served,
        "/v1/auth/login",
        Some(&token),
        &json!({"user": "zed@example.com", "password": "nope"}),
    );
    assert_eq!(wrong.0, 401);
    assert_eq!(wrong, unknown);
    assert!(wrong.1["error"].get("reason").is_none());

    // What the token did is the token's, in the audit log and its last use.
    let audit = env.json(&["audit", "list", "--action", "login"]);
    assert_eq!(audit[0]["actor"], "token:web", "{audit}");
    assert!(env.json(&["token", "show", "web"])["last_used_at"].is_string());

    // Revoked: 401 at once.
    env.ok(&["token", "revoke", "web"]);
    assert_eq!(post(&served, "/v1/auth/login", Some(&token), &creds).0, 401);

    let (status, metrics) = get(&served, "/metrics", None);
    assert_eq!(status, 200);
    let metrics = metrics.as_str().unwrap().to_string();
    assert!(
        metrics.contains("roster_http_requests_total{route=\"/v1/auth/login\",status=\"200\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("roster_sign_ins_total 2"), "{metrics}");

    // The access log: a JSON line a request, and never a secret.
    assert!(served.log_has("\"path\":\"/metrics\""));
    let log = served.log();
    let lines: Vec<Value> = log
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 15, "{log}");
    assert!(
        lines
            .iter()
            .all(|l| l["status"].is_u64() && l["ms"].is_number() && l["client"] == "127.0.0.1")
    );
    for secret in [PASSWORD, &session, &token[4..], &scim_only[4..]] {
        assert!(!log.contains(secret), "a secret in the log:\n{log}");
    }
}

#[test]
fn bad_requests_get_json_errors_and_the_server_keeps_going() {
    let env = TestEnv::new();
    let token = service_token(&env, "web", "auth");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let send = |method: &str, path: &str, content_type: Option<&str>, body: Vec<u8>| {
        let mut req = ureq::http::Request::builder()
            .method(method)
            .uri(served.url(path))
            .header("Authorization", format!("Bearer {token}"));
        if let Some(ct) = content_type {
            req = req.header("Content-Type", ct);
        }
        let mut resp = agent().run(req.body(body).unwrap()).unwrap();
        let status = resp.status().as_u16();
        let text = resp.body_mut().read_to_string().unwrap();
        let body: Value =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"));
        (
            status,
            body["error"]["code"].as_str().unwrap_or("").to_string(),
        )
    };
    let json = Some("application/json");
    assert_eq!(
        send("POST", "/v1/auth/login", Some("text/plain"), b"{}".to_vec()),
        (415, "usage".into())
    );
    assert_eq!(
        send("POST", "/v1/auth/login", json, b"{\"user\":".to_vec()),
        (400, "usage".into())
    );
    assert_eq!(
        send(
            "POST",
            "/v1/auth/login",
            json,
            br#"{"user":"a","password":"b","admin":true}"#.to_vec()
        ),
        (400, "usage".into())
    );
    let big = format!(
        "{{\"user\":\"{}\",\"password\":\"x\"}}",
        "a".repeat(70 * 1024)
    );
    assert_eq!(
        send("POST", "/v1/auth/login", json, big.into_bytes()).0,
        413
    );
    assert_eq!(
        send("GET", "/v2/nothing", None, Vec::new()),
        (404, "not_found".into())
    );
    assert_eq!(
        send("GET", "/v1/auth/login", None, Vec::new()),
        (405, "usage".into())
    );
    assert_eq!(
        send("DELETE", "/healthz", None, Vec::new()),
        (405, "usage".into())
    );
    assert_eq!(get(&served, "/healthz", None).0, 200);
}

#[test]
fn sign_ins_are_rate_limited_and_lock_out_as_the_cli_does() {
    let env = TestEnv::new();
    with_password(&env, "ada@example.com", &[]);
    with_password(&env, "bob@example.com", &[]);
    let token = service_token(&env, "web", "auth");
    let served = Served::start(
        &env,
        &["--listen", "127.0.0.1:0"],
        &[
            ("ROSTER_LOCKOUT_ATTEMPTS", "3"),
            ("ROSTER_SERVE_TELL_REASON", "true"),
        ],
    );
    let login = |user: &str, password: &str| {
        post(
            &served,
            "/v1/auth/login",
            Some(&token),
            &json!({"user": user, "password": password}),
        )
    };
    for _ in 0..2 {
        let (status, body) = login("ada@example.com", "wrong");
        assert_eq!(
            (status, body["error"]["reason"].as_str()),
            (401, Some("wrong_password"))
        );
    }
    let (status, _) = login("ada@example.com", "wrong");
    assert_eq!(status, 401);
    // Locked now, even with the right password; the CLI sees the same.
    let (status, body) = login("ada@example.com", PASSWORD);
    assert_eq!(
        (status, body["error"]["reason"].as_str()),
        (401, Some("locked")),
        "{body}"
    );
    let cli = env.json(&["user", "show", "ada@example.com"]);
    assert!(cli["locked_until"].is_string(), "{cli}");
    let (_, metrics) = get(&served, "/metrics", None);
    assert!(
        metrics
            .as_str()
            .unwrap()
            .contains("roster_lockouts_total 1")
    );

    // Ten attempts a minute per account: the eleventh waits.
    let mut statuses = Vec::new();
    for _ in 0..11 {
        statuses.push(login("bob@example.com", "wrong").0);
    }
    assert_eq!(statuses[..3], [401, 401, 401]);
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    let resp = agent()
        .post(&served.url("/v1/auth/login"))
        .header("Authorization", &format!("Bearer {token}"))
        .content_type("application/json")
        .send(json!({"user": "bob@example.com", "password": "x"}).to_string())
        .unwrap();
    assert_eq!(resp.status().as_u16(), 429);
    let wait: u64 = resp.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait));
}

#[test]
fn it_listens_on_a_unix_socket_and_drains_on_sigterm() {
    let env = TestEnv::new();
    let socket = env.path().join("roster.sock");
    let listen = format!("unix:{}", socket.display());
    let mut served = Served::start(&env, &["--listen", &listen], &[]);
    assert_eq!(served.at, listen);
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(&socket).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o660);
    let mut stream = std::os::unix::net::UnixStream::connect(&socket).unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: roster\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.ends_with("{\"ok\":true}"), "{answer}");
    assert!(served.log_has("\"client\":\"unix\""), "{}", served.log());
    assert_eq!(served.stop(), Some(0), "{}", served.log());
    // SIGINT stops it the same way.
    let mut again = Served::start(&env, &["--listen", &listen], &[]);
    signal(&again.child, libc::SIGINT);
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut code = None;
    while Instant::now() < deadline {
        if let Ok(Some(status)) = again.child.try_wait() {
            code = status.code();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(code, Some(0), "{}", again.log());
    // A socket left behind by a server that is gone is taken over.
    let again = Served::start(&env, &["--listen", &listen], &[]);
    assert_eq!(again.at, listen);
}

#[test]
fn it_refuses_what_it_must_not_serve() {
    let env = TestEnv::new();
    let (code, _, stderr) = env.run(&["serve", "--listen", "0.0.0.0:8080"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("not a loopback address"), "{stderr}");
    assert_eq!(env.run(&["serve", "--listen", "nowhere"]).0, 2);
    env.ok(&["role", "create", "support", "--permission", "users.read"]);
    env.create("help@example.com", &["--no-invite", "--role", "support"]);
    let (code, _, stderr) = env.run(&["--as", "help@example.com", "serve"]);
    assert_eq!(code, 7, "{stderr}");
    // A port in use is exit 8, naming it.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let (code, _, stderr) = env.run(&["serve", "--listen", &addr]);
    assert_eq!(code, 8, "{stderr}");
    assert!(stderr.contains(&addr), "{stderr}");
}

#[test]
fn a_busy_store_is_503_with_retry_after_and_the_server_recovers() {
    let env = TestEnv::new();
    with_password(&env, "ada@example.com", &[]);
    let token = service_token(&env, "web", "auth");
    let served = Served::start(
        &env,
        &["--listen", "127.0.0.1:0"],
        &[("ROSTER_STORE_BUSY_TIMEOUT", "1s")],
    );
    let creds = json!({"user": "ada@example.com", "password": PASSWORD});
    // Another writer holds the store's write lock.
    let lock = hold_write_lock(&env);
    let resp = agent()
        .post(&served.url("/v1/auth/login"))
        .header("Authorization", &format!("Bearer {token}"))
        .content_type("application/json")
        .send(creds.to_string())
        .unwrap();
    assert_eq!(resp.status().as_u16(), 503);
    assert!(resp.headers().contains_key("retry-after"));
    // Reading goes on meanwhile; once the lock is gone, so does writing.
    assert_eq!(get(&served, "/healthz", None).0, 200);
    drop(lock);
    let (status, body) = post(&served, "/v1/auth/login", Some(&token), &creds);
    assert_eq!(status, 200, "{body}");
}

#[test]
fn a_request_in_flight_when_sigterm_comes_is_answered_before_the_server_stops() {
    let env = TestEnv::new();
    with_password(&env, "ada@example.com", &[]);
    let token = service_token(&env, "web", "auth");
    let mut served = Served::start(
        &env,
        &["--listen", "127.0.0.1:0"],
        &[("ROSTER_STORE_BUSY_TIMEOUT", "4s")],
    );
    // The sign-in waits for the store's write lock, held here.
    let lock = hold_write_lock(&env);
    let url = served.url("/v1/auth/login");
    let in_flight = std::thread::spawn(move || {
        let mut resp = agent()
            .post(&url)
            .header("Authorization", &format!("Bearer {token}"))
            .content_type("application/json")
            .send(json!({"user": "ada@example.com", "password": PASSWORD}).to_string())
            .unwrap();
        let status = resp.status().as_u16();
        (status, resp.body_mut().read_to_string().unwrap())
    });
    std::thread::sleep(Duration::from_millis(700));
    signal(&served.child, libc::SIGTERM);
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        matches!(served.child.try_wait(), Ok(None)),
        "the server waits for the request in flight"
    );
    drop(lock);
    let (status, body) = in_flight.join().unwrap();
    assert_eq!(status, 200, "{body}");
    let session: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(served.stop(), Some(0), "{}", served.log());
    env.cmd()
        .args(["auth", "session", "check", "--token-stdin"])
        .write_stdin(session["token"].as_str().unwrap())
        .assert()
        .success();
}

#[test]
fn a_server_killed_mid_burst_loses_no_session_it_reported() {
    let env = TestEnv::new();
    for i in 0..8 {
        with_password(&env, &format!("u{i}@example.com"), &[]);
    }
    let token = service_token(&env, "web", "auth");
    let mut served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let base = served.url("");
    let reported = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let workers: Vec<_> = (0..8)
        .map(|i| {
            let (base, token) = (base.clone(), token.clone());
            let (reported, stop) = (Arc::clone(&reported), Arc::clone(&stop));
            std::thread::spawn(move || {
                let creds = json!({"user": format!("u{i}@example.com"), "password": PASSWORD});
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let answer = agent()
                        .post(&format!("{base}/v1/auth/login"))
                        .header("Authorization", &format!("Bearer {token}"))
                        .content_type("application/json")
                        .send(creds.to_string());
                    let Ok(mut resp) = answer else { break };
                    if resp.status().as_u16() == 200 {
                        let body: Value =
                            serde_json::from_str(&resp.body_mut().read_to_string().unwrap())
                                .unwrap();
                        reported
                            .lock()
                            .unwrap()
                            .push(body["token"].as_str().unwrap().to_string());
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    served.child.kill().unwrap();
    let _ = served.child.wait();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in workers {
        w.join().unwrap();
    }
    let reported = reported.lock().unwrap().clone();
    assert!(!reported.is_empty(), "no sign-in finished before the kill");
    env.ok(&["db", "check"]);
    for session in &reported {
        env.cmd()
            .args(["auth", "session", "check", "--token-stdin"])
            .write_stdin(session.as_str())
            .assert()
            .success();
    }
}

/// Runs tests/support/tls_client.py with these arguments; its stdout.
pub fn tls_client(args: &[&str]) -> String {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/tls_client.py");
    let out = std::process::Command::new(crate::common::python::python())
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn with_a_certificate_it_speaks_https_and_may_listen_beyond_loopback() {
    let env = TestEnv::new();
    let dir = env.path().join("tls");
    std::fs::create_dir(&dir).unwrap();
    tls_client(&["cert", dir.to_str().unwrap()]);
    let (cert, key) = (dir.join("server.pem"), dir.join("server.key"));
    let served = Served::start(
        &env,
        &[
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
        &[],
    );
    assert!(served.at.starts_with("https://127.0.0.1:"), "{}", served.at);
    let ca = dir.join("ca.pem");
    let answer = tls_client(&["get", &served.url("/healthz"), ca.to_str().unwrap()]);
    assert_eq!(answer.trim(), "200\n{\"ok\":true}", "{answer}");
    // Plain HTTP to it gets nowhere; a client that does not trust the CA neither.
    let plain = served.url("/healthz").replace("https://", "http://");
    assert!(agent().get(&plain).call().is_err());
    let untrusted = tls_client(&["get", &served.url("/healthz"), cert.to_str().unwrap()]);
    assert!(untrusted.starts_with("error"), "{untrusted}");
    // With TLS, any address may be given; a key that is not a key is exit 6.
    let wide = Served::start(
        &env,
        &[
            "--listen",
            "0.0.0.0:0",
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
        &[],
    );
    assert!(wide.at.starts_with("https://0.0.0.0:"), "{}", wide.at);
    let (code, _, stderr) = env.run(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        ca.to_str().unwrap(),
    ]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("ca.pem"), "{stderr}");
}

#[test]
fn heads_too_large_or_too_slow_are_cut_off() {
    let env = TestEnv::new();
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let addr = served.at.trim_start_matches("http://").to_string();
    // A head over 16 KiB: 431, and the server goes on.
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    let big = format!(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(20 * 1024)
    );
    let _ = stream.write_all(big.as_bytes());
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    // A client that never finishes its head is let go.
    let started = Instant::now();
    let mut slow = std::net::TcpStream::connect(&addr).unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut rest = Vec::new();
    let _ = slow.read_to_end(&mut rest);
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(25), "{waited:?}");
    assert_eq!(get(&served, "/healthz", None).0, 200);
}

#[test]
fn two_servers_and_the_cli_on_one_store_lose_nothing() {
    let env = TestEnv::new();
    for i in 0..4 {
        with_password(&env, &format!("u{i}@example.com"), &[]);
    }
    let token = service_token(&env, "web", "auth");
    let servers = [
        Served::start(&env, &["--listen", "127.0.0.1:0"], &[]),
        Served::start(&env, &["--listen", "127.0.0.1:0"], &[]),
    ];
    let signed_in = Arc::new(Mutex::new(Vec::new()));
    let clients: Vec<_> = (0..4)
        .map(|i| {
            let base = servers[i % 2].url("");
            let (token, signed_in) = (token.clone(), Arc::clone(&signed_in));
            std::thread::spawn(move || {
                let creds = json!({"user": format!("u{i}@example.com"), "password": PASSWORD});
                for _ in 0..5 {
                    let mut resp = agent()
                        .post(&format!("{base}/v1/auth/login"))
                        .header("Authorization", &format!("Bearer {token}"))
                        .content_type("application/json")
                        .send(creds.to_string())
                        .unwrap();
                    assert_eq!(resp.status().as_u16(), 200);
                    let body: Value =
                        serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
                    signed_in
                        .lock()
                        .unwrap()
                        .push(body["token"].as_str().unwrap().to_string());
                }
            })
        })
        .collect();
    // Meanwhile the command line makes users on the same store.
    for i in 0..10 {
        env.ok(&[
            "user",
            "create",
            &format!("new{i}@example.com"),
            "--no-invite",
        ]);
    }
    for c in clients {
        c.join().unwrap();
    }
    let signed_in = signed_in.lock().unwrap().clone();
    assert_eq!(signed_in.len(), 20);
    let logins = env.json(&["audit", "list", "--action", "login"]);
    assert_eq!(logins.as_array().unwrap().len(), 20);
    for i in 0..10 {
        assert_eq!(env.status(&format!("new{i}@example.com")), "active");
    }
    // Every session either server reported is one the other checks.
    for (n, session) in signed_in.iter().enumerate() {
        let (status, user) = post(
            &servers[(n + 1) % 2],
            "/v1/sessions/check",
            Some(&token),
            &json!({"token": session}),
        );
        assert_eq!(status, 200, "{user}");
    }
    env.ok(&["audit", "verify"]);
    env.ok(&["db", "check"]);
}

#[test]
fn behind_a_proxy_it_wants_https_and_believes_only_trusted_proxies() {
    let env = TestEnv::new();
    let token = service_token(&env, "web", "users.read");
    let proxied = [
        ("ROSTER_SERVE_BEHIND_PROXY", "true"),
        ("ROSTER_SERVE_TRUSTED_PROXIES", "127.0.0.1"),
    ];
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &proxied);
    let call = |proto: Option<&str>, forwarded: &str| {
        let mut req = agent()
            .get(&served.url("/v1/users/svc@example.com"))
            .header("Authorization", &format!("Bearer {token}"))
            .header("X-Forwarded-For", forwarded);
        if let Some(proto) = proto {
            req = req.header("X-Forwarded-Proto", proto);
        }
        req.call().unwrap().status().as_u16()
    };
    assert_eq!(call(None, "203.0.113.9"), 400);
    assert_eq!(call(Some("http"), "203.0.113.9"), 400);
    assert_eq!(call(Some("https"), "203.0.113.9, 127.0.0.1"), 200);
    assert_eq!(get(&served, "/healthz", None).0, 200);
    assert!(
        served.log_has("\"client\":\"203.0.113.9\""),
        "{}",
        served.log()
    );
    // Behind a proxy, plain HTTP may listen anywhere; bad proxy addresses are refused.
    let wide = Served::start(&env, &["--listen", "0.0.0.0:0"], &proxied);
    assert!(wide.at.starts_with("http://0.0.0.0:"), "{}", wide.at);
    let (code, _, stderr) = env.run_with_env(
        &["serve", "--listen", "127.0.0.1:0"],
        &[
            ("ROSTER_SERVE_BEHIND_PROXY", "true"),
            ("ROSTER_SERVE_TRUSTED_PROXIES", "proxy.lan"),
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    // A client that reaches the server around the proxy is believed in nothing.
    let around = Served::start(
        &env,
        &["--listen", "127.0.0.1:0"],
        &[
            ("ROSTER_SERVE_BEHIND_PROXY", "true"),
            ("ROSTER_SERVE_TRUSTED_PROXIES", "10.0.0.1"),
        ],
    );
    let resp = agent()
        .get(&around.url("/v1/users/svc@example.com"))
        .header("Authorization", &format!("Bearer {token}"))
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-For", "203.0.113.77")
        .call()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    assert!(around.log_has("\"client\":\"127.0.0.1\""));
    assert!(!around.log().contains("203.0.113.77"));
    // Open to the network behind a proxy, the proxies must be named.
    let (code, _, stderr) = env.run_with_env(
        &["serve", "--listen", "0.0.0.0:0"],
        &[("ROSTER_SERVE_BEHIND_PROXY", "true")],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("serve.trusted_proxies"), "{stderr}");
    // Without serve.behind_proxy no header names the client.
    let direct = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let resp = agent()
        .get(&direct.url("/healthz"))
        .header("X-Forwarded-For", "198.51.100.7")
        .call()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert!(direct.log_has("\"client\":\"127.0.0.1\""));
    assert!(!direct.log().contains("198.51.100.7"));
}

/// A PostgreSQL cluster of a test's own, stopped when dropped.
struct OwnCluster {
    dir: std::path::PathBuf,
}

impl OwnCluster {
    fn script() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/pg")
    }

    /// Starts it; its socket directory.
    fn start(&self) -> String {
        let out = std::process::Command::new(Self::script())
            .arg("start")
            .arg(&self.dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    fn stop(&self) {
        let _ = std::process::Command::new(Self::script())
            .arg("stop")
            .arg(&self.dir)
            .output();
    }
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        self.stop();
    }
}

#[test]
fn a_postgres_store_that_goes_away_is_503_and_the_server_recovers_when_it_is_back() {
    let env = TestEnv::new();
    // A cluster of its own: the suite's is shared by every other test.
    let cluster = OwnCluster {
        dir: std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("pg-away-{}", std::process::id())),
    };
    let sock = cluster.start();
    let url = format!(
        "postgresql://postgres@{}/postgres",
        sock.replace('/', "%2F")
    );
    let db = [("ROSTER_DB", url.as_str())];
    let (code, _, stderr) = env.run_with_env(
        &["role", "create", "service", "--permission", "users.read"],
        &db,
    );
    assert_eq!(code, 0, "{stderr}");
    let out = env
        .cmd()
        .env("ROSTER_DB", &url)
        .args([
            "user",
            "create",
            "ada@example.com",
            "--password-stdin",
            "--no-must-change",
            "--role",
            "service",
        ])
        .write_stdin(PASSWORD)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (code, token, stderr) = env.run_with_env(
        &[
            "token",
            "create",
            "web",
            "--user",
            "ada@example.com",
            "--scope",
            "auth",
        ],
        &db,
    );
    assert_eq!(code, 0, "{stderr}");
    let token = token.trim().to_string();
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &db);
    let creds = json!({"user": "ada@example.com", "password": PASSWORD});
    assert_eq!(get(&served, "/healthz", None).0, 200);
    assert_eq!(post(&served, "/v1/auth/login", Some(&token), &creds).0, 200);

    cluster.stop();
    let resp = agent().get(&served.url("/healthz")).call().unwrap();
    assert_eq!(resp.status().as_u16(), 503);
    assert!(resp.headers().contains_key("retry-after"));
    let (status, body) = post(&served, "/v1/auth/login", Some(&token), &creds);
    assert_eq!(status, 503, "{body}");

    cluster.start();
    let deadline = Instant::now() + Duration::from_secs(15);
    while get(&served, "/healthz", None).0 != 200 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(get(&served, "/healthz", None).0, 200, "{}", served.log());
    let (status, body) = post(&served, "/v1/auth/login", Some(&token), &creds);
    assert_eq!(status, 200, "the server recovered: {body}");
}
