//! The admin socket (`roster serve --admin-socket PATH`): the server's own
//! OS account administers through it as it would on the store, with no
//! credential; no other account gets in, and no request on another
//! listener can pass for one of its.

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::path::Path;

use crate::common::TestEnv;
use crate::serve::Served;

/// Sends one raw HTTP request over the Unix socket at `path` and returns
/// the status line of the answer ("" when the server closed without one).
fn raw(path: &Path, headers: &str) -> String {
    raw_to(path, "/v1/admin/users/list", headers, "{}")
}

fn raw_to(path: &Path, to: &str, headers: &str, body: &str) -> String {
    let mut stream = UnixStream::connect(path).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "POST {to} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
         Roster-Api-Version: 1\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.lines().next().unwrap_or_default().to_string()
}

fn audit_actors(env: &TestEnv) -> Vec<String> {
    env.json(&["audit", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["actor"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_servers_own_account_administers_over_the_admin_socket_as_on_the_store() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "reader", "--permission", "users.read"]);
    env.create("ro@example.com", &["--role", "reader", "--no-invite"]);
    env.create("x@example.com", &["--no-invite"]);
    env.create("y@example.com", &["--no-invite"]);
    let public = env.path().join("public.sock");
    let admin = env.path().join("own-admin.sock");
    let served = Served::start(
        &env,
        &[
            "--listen",
            &format!("unix:{}", public.display()),
            "--admin-socket",
            admin.to_str().unwrap(),
        ],
        &[],
    );
    assert!(served.log_has("(admin socket)"), "{}", served.log());
    let mode = std::fs::metadata(&admin).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "only its owner may connect");
    let server = format!("unix:{}", admin.display());

    // As the OS account: no credential, the same actor as on the store.
    let local_actor = audit_actors(&env)[0].clone();
    let (code, out, err) = env.run(&["--server", &server, "user", "block", "x@example.com"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(env.status("x@example.com"), "blocked");
    assert_eq!(audit_actors(&env).last().unwrap(), &local_actor);
    let listed = env.run(&["--server", &server, "--json", "user", "list"]);
    assert_eq!(listed.0, 0, "{}", listed.2);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&listed.1)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // `--as` is honoured there, as on the store: a store user acts with its
    // own permissions, and is not warned about.
    let (code, _, err) = env.run(&[
        "--server",
        &server,
        "--as",
        "ro@example.com",
        "user",
        "block",
        "y@example.com",
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("needs the permission users.block"), "{err}");
    assert!(!err.contains("not sent to a server"), "{err}");
    assert_eq!(env.status("y@example.com"), "active");
    // Any name, in any script, travels whole: one with @ that is no user
    // is not found, as on the store.
    let (code, _, err) = env.run(&[
        "--server",
        &server,
        "--as",
        "rø@exämple.com",
        "user",
        "list",
    ]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("rø@exämple.com"), "{err}");
    let (code, _, err) = env.run(&[
        "--server",
        &server,
        "--as",
        "Zoë",
        "user",
        "block",
        "y@example.com",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(audit_actors(&env).last().unwrap(), "Zoë");

    // The mark of the admin socket cannot be forged on another listener:
    // there a request without a credential is 401 whatever it says.
    assert_eq!(
        raw(
            &public,
            "Roster-Local-Admin: guess\r\nRoster-Actor: root\r\n"
        ),
        "HTTP/1.1 401 Unauthorized"
    );
    assert_eq!(raw(&admin, ""), "HTTP/1.1 200 OK");
    // Nor does it lend its trust to a credential sent with it: the
    // token's user acts, with its own permissions.
    let token = String::from_utf8(
        env.ok(&[
            "token",
            "create",
            "ro-admin",
            "--user",
            "ro@example.com",
            "--scope",
            "admin",
        ])
        .stdout,
    )
    .unwrap();
    let block = r#"{"change":{"verb":"block"},"users":["y@example.com"],"confirmed":true}"#;
    assert_eq!(
        raw_to(
            &public,
            "/v1/admin/users/change",
            &format!(
                "Authorization: Bearer {}\r\nRoster-Local-Admin: guess\r\nRoster-Actor: root\r\n\
                 Roster-Actor-Named: 0\r\n",
                token.trim()
            ),
            block
        ),
        "HTTP/1.1 403 Forbidden"
    );
    assert_eq!(env.status("y@example.com"), "blocked");

    // Who acts there, asked: the trusted account, or the user named.
    let (code, out, err) = env.run(&["--server", &server, "--json", "whoami"]);
    assert_eq!(code, 0, "{err}");
    let who: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(who["credential"], "admin socket", "{who}");
    assert_eq!(who["user"]["name"], local_actor.as_str(), "{who}");
    let (code, out, err) = env.run(&[
        "--server",
        &server,
        "--as",
        "ro@example.com",
        "--json",
        "whoami",
    ]);
    assert_eq!(code, 0, "{err}");
    let who: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(who["user"]["email"], "ro@example.com", "{who}");
    assert_eq!(
        who["effective_permissions"],
        serde_json::json!(["users.read"])
    );
    // It needs no sign-in, and an ordinary socket is not taken for one.
    let (code, _, err) = env.run(&["login", &server, "--user", "ro@example.com"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("needs no sign-in"), "{err}");
    let (code, _, err) = env.run(&[
        "--server",
        &format!("unix:{}", public.display()),
        "user",
        "list",
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("is not a roster admin socket"), "{err}");
}

/// Behind a proxy (which every other listener then expects in front), the
/// admin socket still answers: nothing stands in front of it.
#[test]
fn the_admin_socket_answers_behind_a_proxy() {
    let env = TestEnv::new();
    env.create("x@example.com", &["--no-invite"]);
    let admin = env.path().join("own-admin.sock");
    let served = Served::start(
        &env,
        &[
            "--listen",
            "127.0.0.1:0",
            "--admin-socket",
            admin.to_str().unwrap(),
        ],
        &[
            ("ROSTER_SERVE_BEHIND_PROXY", "true"),
            ("ROSTER_SERVE_TRUSTED_PROXIES", "127.0.0.1"),
        ],
    );
    assert!(served.log_has("(admin socket)"), "{}", served.log());
    let (code, out, err) = env.run(&[
        "--server",
        &format!("unix:{}", admin.display()),
        "user",
        "block",
        "x@example.com",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        served.log_has("\"client\":\"admin-socket\""),
        "{}",
        served.log()
    );
}

/// Another OS account does not get in, even where the socket's mode would
/// let it: the server asks the kernel who the peer is and closes on it.
#[test]
fn another_account_is_turned_away_from_the_admin_socket() {
    // SAFETY: geteuid only reads the process's user id.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("needs root, to connect as another account");
        return;
    }
    let env = TestEnv::new();
    env.create("x@example.com", &["--no-invite"]);
    let admin = env.path().join("own-admin.sock");
    let served = Served::start(
        &env,
        &[
            "--listen",
            &format!("unix:{}", env.path().join("public.sock").display()),
            "--admin-socket",
            admin.to_str().unwrap(),
        ],
        &[],
    );
    // Opened up on purpose, to reach the server's own check.
    std::fs::set_permissions(env.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&admin, std::fs::Permissions::from_mode(0o666)).unwrap();
    let script = format!(
        r#"import socket
s = socket.socket(socket.AF_UNIX)
s.settimeout(10)
s.connect({:?})
try:
    s.sendall(b'POST /v1/admin/users/list HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}')
    print(repr(s.recv(100)))
except OSError as e:
    print('closed', e)
"#,
        admin.display().to_string()
    );
    // The system's Python, which any account may run.
    let python = "/usr/bin/python3";
    if !Path::new(python).exists() {
        eprintln!("needs {python}, to connect as another account");
        return;
    }
    assert!(served.log_has("(admin socket)"), "{}", served.log());
    let out = std::process::Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            python,
            "-c",
            &script,
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.trim() == "b''" || said.starts_with("closed"),
        "another account got an answer: {said}"
    );
    assert!(
        !served.log().contains("/v1/admin/users/list"),
        "{}",
        served.log()
    );

    // Nor does the client speak to a socket another account made where
    // the server's should be: a typed password or a file would go to it.
    let shared = env.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).unwrap();
    let planted = shared.join("admin.sock");
    let listen = format!(
        "import socket, time\ns = socket.socket(socket.AF_UNIX)\ns.bind({:?})\ns.listen()\nprint('up', flush=True)\ntime.sleep(20)\n",
        planted.display().to_string()
    );
    let mut impostor = std::process::Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            python,
            "-c",
            &listen,
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut up = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(impostor.stdout.as_mut().unwrap()),
        &mut up,
    )
    .unwrap();
    let (code, _, err) = env.run(&[
        "--server",
        &format!("unix:{}", planted.display()),
        "user",
        "list",
    ]);
    let _ = impostor.kill();
    let _ = impostor.wait();
    assert_eq!(code, 8, "{err}");
    assert!(err.contains("served by the account of uid 65534"), "{err}");
}
