//! A real browser on the pages: headless Chromium, driven over WebDriver
//! by tests/support/browser.py, opens the links of the mail roster wrote
//! and fills in the forms as a person does. Screenshots of every page are
//! left in target/screenshots/ (CI keeps them as artefacts).

use std::path::Path;

use crate::auth::verify;
use crate::common::TestEnv;
use crate::serve::{PASSWORD, Served, with_password};

/// A port nothing listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn a_person_in_a_real_browser_accepts_an_invitation_resets_and_changes_a_password() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "this test needs Chromium and its WebDriver: apt-get install chromium chromium-driver \
         (or set CHROMIUM and CHROMEDRIVER); .ci/run installs them"
    );
    let env = TestEnv::new();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    env.config(&format!(
        "[mail]\nbase_url = \"{base}\"\n[serve]\nproduct_name = \"Acme back office\"\n"
    ));
    env.create("ivy@example.com", &[]);
    with_password(&env, "ada@example.com", &[]);
    let listen = format!("127.0.0.1:{port}");
    let served = Served::start(&env, &["--listen", &listen], &[]);

    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/browser.py");
    let out = std::process::Command::new(crate::common::python::python())
        .arg(script)
        .args([
            base.as_str(),
            env.outbox().to_str().unwrap(),
            shots.to_str().unwrap(),
            "ivy@example.com",
            "ada@example.com",
            PASSWORD,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}\nserver log:\n{}",
        String::from_utf8_lossy(&out.stderr),
        served.log()
    );
    let set: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    // What the browser did is in the store.
    assert_eq!(env.status("ivy@example.com"), "active");
    assert_eq!(
        verify(&env, "ivy@example.com", set["invited"].as_str().unwrap()).0,
        0
    );
    assert_eq!(
        verify(&env, "ada@example.com", set["active"].as_str().unwrap()).0,
        0
    );
    assert_ne!(verify(&env, "ada@example.com", PASSWORD).0, 0);
    for n in 1..=13 {
        let found = std::fs::read_dir(&shots)
            .unwrap()
            .filter_map(Result::ok)
            .any(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with(&format!("{n:02}-"))
            });
        assert!(found, "screenshot {n:02} in {}", shots.display());
    }
    let audit = env.json(&["audit", "list"]);
    let by_page: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["actor"] == "self-service (127.0.0.1)")
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    for action in [
        "accept-invite",
        "reset-link",
        "complete-reset",
        "login-failed",
        "change-password",
    ] {
        assert!(by_page.contains(&action), "{action} in {by_page:?}");
    }
    let log = served.log();
    assert!(!log.contains("token="), "no token in the access log");
    assert!(!log.contains(set["active"].as_str().unwrap()));
}
