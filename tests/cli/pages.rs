//! The pages of `roster serve` (SPEC §12), spoken to over real HTTP the
//! way a browser does (cookies kept, redirects looked at one by one), on
//! the suite's backend. A real browser drives them in `browser.rs`.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::auth::verify;
use crate::common::TestEnv;
use crate::serve::{PASSWORD, Served, with_password};
use crate::users::token_in;

const NEW: &str = "a brand new phrase for the pages 77";

/// An answer: status, headers (lowercase names), body.
struct Page {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Page {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value of the form's hidden CSRF field.
    fn csrf(&self) -> String {
        let at = self.body.find("name=\"csrf\" value=\"").expect("a form") + 19;
        self.body[at..].split('"').next().unwrap().to_string()
    }
}

/// A client that keeps cookies, as a browser does, and follows nothing.
struct Browser<'a> {
    served: &'a Served,
    cookies: BTreeMap<String, String>,
    /// Headers sent with every request (`Origin`, `Sec-Fetch-Site`, …).
    extra: Vec<(String, String)>,
}

impl<'a> Browser<'a> {
    fn new(served: &'a Served) -> Browser<'a> {
        Browser {
            served,
            cookies: BTreeMap::new(),
            extra: Vec::new(),
        }
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into()
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn take(&mut self, mut resp: ureq::http::Response<ureq::Body>) -> Page {
        let headers: Vec<(String, String)> = resp
            .headers()
            .iter()
            .map(|(n, v)| (n.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
            .collect();
        for (name, value) in &headers {
            if name == "set-cookie" {
                let pair = value.split(';').next().unwrap();
                let (k, v) = pair.split_once('=').unwrap();
                if v.is_empty() || value.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), v.to_string());
                }
            }
        }
        Page {
            status: resp.status().as_u16(),
            headers,
            body: resp.body_mut().read_to_string().unwrap(),
        }
    }

    fn get(&mut self, path: &str) -> Page {
        let mut req = Self::agent()
            .get(&self.served.url(path))
            .header("Accept", "text/html")
            .header("Cookie", &self.cookie_header());
        for (k, v) in &self.extra {
            req = req.header(k, v);
        }
        let resp = req.call().unwrap();
        self.take(resp)
    }

    fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let mut req = Self::agent()
            .post(&self.served.url(path))
            .header("Cookie", &self.cookie_header());
        for (k, v) in &self.extra {
            req = req.header(k, v);
        }
        let resp = req.send_form(form.iter().copied()).unwrap();
        self.take(resp)
    }
}

/// The token of the newest mail's link.
fn newest_token(env: &TestEnv) -> String {
    token_in(env.emails().last().expect("a mail in the outbox"))
}

fn audit_rows(env: &TestEnv) -> Vec<serde_json::Value> {
    env.json(&["audit", "list"]).as_array().unwrap().clone()
}

#[test]
fn an_invitation_link_opens_a_form_that_activates_the_account() {
    let env = TestEnv::new();
    env.create("ada@example.com", &[]);
    let token = newest_token(&env);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0", "-v"], &[]);
    let mut browser = Browser::new(&served);

    // The token leaves the address at once: a cookie, and a redirect (for a
    // browser that says the navigation started with it: a typed address).
    browser.extra = vec![("Sec-Fetch-Site".into(), "none".into())];
    let first = browser.get(&format!("/accept-invite?token={token}"));
    browser.extra.clear();
    assert_eq!(first.status, 303);
    assert_eq!(first.header("location"), Some("/accept-invite"));
    let cookie = first.header("set-cookie").unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert_eq!(first.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(first.header("x-frame-options"), Some("DENY"));
    assert_eq!(first.header("cache-control"), Some("no-store"));
    assert!(
        first
            .header("content-security-policy")
            .unwrap()
            .starts_with("default-src 'self'")
    );

    let form = browser.get("/accept-invite");
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("ada@example.com"));
    assert!(
        !form.body.contains(&token),
        "the page never shows the token"
    );
    assert!(form.body.contains("<label for=\"password\">"));
    let csrf = form.csrf();

    // Forms from elsewhere are refused, and change nothing.
    let mut stranger = Browser::new(&served);
    stranger.cookies = browser.cookies.clone();
    let post = |b: &mut Browser, csrf: &str, pw: &str, again: &str| {
        b.post(
            "/accept-invite",
            &[("csrf", csrf), ("password", pw), ("confirm", again)],
        )
    };
    assert_eq!(post(&mut stranger, "", NEW, NEW).status, 403, "no token");
    assert_eq!(post(&mut stranger, "forged", NEW, NEW).status, 403);
    stranger.extra = vec![("Origin".into(), "https://evil.example".into())];
    assert_eq!(post(&mut stranger, &csrf, NEW, NEW).status, 403);
    stranger.extra = vec![("Sec-Fetch-Site".into(), "cross-site".into())];
    assert_eq!(post(&mut stranger, &csrf, NEW, NEW).status, 403);
    assert_eq!(env.status("ada@example.com"), "invited");

    // Two different passwords, then a weak one: the form again, with why.
    let differ = post(&mut browser, &csrf, NEW, "something else entirely 1");
    assert_eq!(differ.status, 422);
    assert!(differ.body.contains("not the same"), "{}", differ.body);
    let weak = post(&mut browser, &csrf, "passwordpassword", "passwordpassword");
    assert_eq!(weak.status, 422);
    assert!(weak.body.contains("too easy to guess"), "{}", weak.body);
    assert_eq!(env.status("ada@example.com"), "invited");

    let done = post(&mut browser, &csrf, NEW, NEW);
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Your account is active"));
    assert_eq!(env.status("ada@example.com"), "active");
    assert_eq!(verify(&env, "ada@example.com", NEW).0, 0);
    assert!(
        !browser.cookies.contains_key("roster_invite"),
        "the link's cookie is gone"
    );

    // The link worked once.
    let mut again = Browser::new(&served);
    again.get(&format!("/accept-invite?token={token}"));
    let used = again.get("/accept-invite");
    assert_eq!(used.status, 410);
    assert!(used.body.contains("already used"), "{}", used.body);

    // Every outcome is audited as self-service from the client.
    let rows = audit_rows(&env);
    let by_self: Vec<&str> = rows
        .iter()
        .filter(|r| r["actor"] == "self-service (127.0.0.1)")
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        by_self,
        [
            "accept-invite-refused",
            "accept-invite-refused",
            "accept-invite"
        ],
        "{rows:?}"
    );
    // The registration notice went out.
    assert!(
        served.log_has("\"path\":\"/accept-invite\",\"status\":200"),
        "{}",
        served.log()
    );
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while env.emails().len() < 2 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(env.emails().last().unwrap().contains("active"));
    let log = served.log();
    assert!(!log.contains(&token), "the access log holds no token");
    assert!(!log.contains(NEW) && !log.contains("passwordpassword"));
}

#[test]
fn a_link_opened_from_another_site_goes_on_through_a_page_of_this_one() {
    let env = TestEnv::new();
    env.create("ada@example.com", &[]);
    let token = newest_token(&env);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let mut browser = Browser::new(&served);
    browser.extra = vec![("Sec-Fetch-Site".into(), "cross-site".into())];
    let first = browser.get(&format!("/accept-invite?token={token}"));
    assert_eq!(first.status, 200);
    assert!(
        first
            .body
            .contains("http-equiv=\"refresh\" content=\"0; url=&#x2f;accept-invite\""),
        "{}",
        first.body
    );
    assert!(browser.cookies.contains_key("roster_invite"));
    browser.extra.clear();
    assert_eq!(browser.get("/accept-invite").status, 200);
    // Without the cookie there is nothing to go on.
    let mut other = Browser::new(&served);
    let bare = other.get("/accept-invite");
    assert_eq!(bare.status, 400);
    assert!(bare.body.contains("Open the link from your email"));
    // A browser that does not say where it came from is sent on by a page.
    let unknown = other.get("/accept-invite?token=nope");
    assert_eq!(unknown.status, 200);
    assert!(unknown.body.contains("http-equiv=\"refresh\""));
    assert_eq!(other.get("/accept-invite").status, 404);
}

#[test]
fn forgot_answers_the_same_for_any_address_and_the_reset_link_sets_a_new_password() {
    let env = TestEnv::new();
    env.cmd()
        .args(["user", "create", "ada@example.com", "--password-stdin"])
        .write_stdin(PASSWORD)
        .assert()
        .success();
    assert_eq!(
        env.json(&["user", "show", "ada@example.com"])["must_change_password"],
        true
    );
    env.create("ivy@example.com", &[]);
    let mails_before = env.emails().len();
    // A session that the completed reset must end.
    let (code, session, _) = crate::auth::with_stdin(
        &env,
        &["auth", "login", "ada@example.com", "--password-stdin"],
        PASSWORD,
    );
    assert_eq!(code, 0);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let mut browser = Browser::new(&served);
    let page = browser.get("/forgot");
    assert_eq!(page.status, 200);
    let csrf = page.csrf();
    let ask =
        |b: &mut Browser, email: &str| b.post("/forgot", &[("csrf", &csrf), ("email", email)]);

    let known = ask(&mut browser, "ada@example.com");
    let unknown = ask(&mut browser, "nobody@example.com");
    let invited = ask(&mut browser, "ivy@example.com");
    let again = ask(&mut browser, "ADA@example.com");
    for answer in [&known, &unknown, &invited, &again] {
        assert_eq!(answer.status, 200);
    }
    let plain = |p: &Page, email: &str| p.body.replace(email, "EMAIL");
    assert_eq!(
        plain(&known, "ada@example.com"),
        plain(&unknown, "nobody@example.com")
    );
    assert_eq!(
        plain(&known, "ada@example.com"),
        plain(&invited, "ivy@example.com")
    );
    assert_eq!(
        plain(&known, "ada@example.com"),
        plain(&again, "ADA@example.com")
    );

    // One reset mail, for the active user only, and none again so soon.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while env.emails().len() < mails_before + 1 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(300));
    let emails = env.emails();
    assert_eq!(emails.len(), mails_before + 1, "one reset mail");
    let reset = emails.last().unwrap();
    assert!(reset.contains("To: ada@example.com"), "{reset}");
    assert!(reset.contains("/reset?token="), "links point at the page");
    let actions: Vec<(String, String)> = audit_rows(&env)
        .iter()
        .filter(|r| r["actor"].as_str().unwrap().starts_with("self-service"))
        .map(|r| {
            (
                r["action"].as_str().unwrap().to_string(),
                r["reason"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(actions.len(), 4, "{actions:?}");
    assert_eq!(actions[0].0, "reset-link");
    assert!(
        actions[1].1.contains("no user has that address"),
        "{actions:?}"
    );
    assert!(actions[2].1.contains("invited"), "{actions:?}");
    assert!(actions[3].1.contains("less than 3m ago"), "{actions:?}");
    // Asking for a link signs no one out.
    let (code, _, _) = crate::auth::with_stdin(
        &env,
        &["auth", "session", "check", "--token-stdin"],
        session.trim(),
    );
    assert_eq!(code, 0, "the session lives on until the reset is done");

    // The link from the mail (the old path works too).
    let token = token_in(reset);
    browser.extra = vec![("Sec-Fetch-Site".into(), "same-origin".into())];
    let first = browser.get(&format!("/reset-password?token={token}"));
    browser.extra.clear();
    assert_eq!(
        (first.status, first.header("location")),
        (303, Some("/reset"))
    );
    let form = browser.get("/reset");
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("ada@example.com"));
    let done = browser.post(
        "/reset",
        &[("csrf", &form.csrf()), ("password", NEW), ("confirm", NEW)],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Your password is changed"));
    assert_eq!(verify(&env, "ada@example.com", NEW).0, 0);
    let shown = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(shown["must_change_password"], false);
    let (code, _, _) = crate::auth::with_stdin(
        &env,
        &["auth", "session", "check", "--token-stdin"],
        session.trim(),
    );
    assert_ne!(code, 0, "the reset ended the session");
}

#[test]
fn change_password_checks_the_current_one_with_the_lockout() {
    let env = TestEnv::new();
    env.config("[lockout]\nattempts = 3\n");
    with_password(&env, "ada@example.com", &[]);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let mut browser = Browser::new(&served);
    let csrf = browser.get("/change-password").csrf();
    let change = |b: &mut Browser, email: &str, current: &str| {
        b.post(
            "/change-password",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("current", current),
                ("password", NEW),
                ("confirm", NEW),
            ],
        )
    };
    let wrong = change(&mut browser, "ada@example.com", "not it at all 123");
    let unknown = change(&mut browser, "nobody@example.com", "not it at all 123");
    assert_eq!((wrong.status, unknown.status), (401, 401));
    assert_eq!(
        wrong.body.replace("ada@example.com", "E"),
        unknown.body.replace("nobody@example.com", "E"),
        "one answer whether or not the address is known"
    );
    let shown = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(shown["failed_logins"], 1);

    // Nothing about the new password tells whether an address has an
    // account: the same answer for the new password being the current
    // one, and for one that holds the account's username (said only once
    // the current password is right).
    let same = |b: &mut Browser, email: &str, pw: &str| {
        b.post(
            "/change-password",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("current", pw),
                ("password", pw),
                ("confirm", pw),
            ],
        )
    };
    let known = same(&mut browser, "ada@example.com", "kept the same 4 ever");
    let unknown = same(&mut browser, "nobody@example.com", "kept the same 4 ever");
    assert_eq!((known.status, unknown.status), (422, 422));
    assert_eq!(
        known.body.replace("ada@example.com", "E"),
        unknown.body.replace("nobody@example.com", "E")
    );

    // A weak new password is refused with the policy's reason, before the
    // current one is checked.
    let weak = browser.post(
        "/change-password",
        &[
            ("csrf", &csrf),
            ("email", "ada@example.com"),
            ("current", PASSWORD),
            ("password", "passwordpassword"),
            ("confirm", "passwordpassword"),
        ],
    );
    assert_eq!(weak.status, 422);
    assert!(weak.body.contains("too easy to guess"));

    let done = change(&mut browser, "ada@example.com", PASSWORD);
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(verify(&env, "ada@example.com", NEW).0, 0);

    // Three wrong ones lock the account, as `auth verify` does.
    for _ in 0..3 {
        assert_eq!(
            change(&mut browser, "ada@example.com", "wrong wrong wrong 1").status,
            401
        );
    }
    let shown = env.json(&["user", "show", "ada@example.com"]);
    assert!(shown["locked_until"].is_string(), "{shown}");
    let locked = browser.post(
        "/change-password",
        &[
            ("csrf", &csrf),
            ("email", "ada@example.com"),
            ("current", NEW),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ],
    );
    assert_eq!(locked.status, 401, "locked: {}", locked.body);
}

#[test]
fn pages_are_rate_limited_per_client() {
    let env = TestEnv::new();
    env.config("[serve]\npage_limit = 3\n");
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let mut browser = Browser::new(&served);
    let csrf = browser.get("/forgot").csrf();
    for _ in 0..3 {
        let page = browser.post("/forgot", &[("csrf", &csrf), ("email", "x@example.com")]);
        assert_eq!(page.status, 200);
    }
    let limited = browser.post("/forgot", &[("csrf", &csrf), ("email", "x@example.com")]);
    assert_eq!(limited.status, 429);
    let wait: u64 = limited.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait));
    assert!(limited.body.contains("Too many attempts"));
}

#[test]
fn pages_show_the_product_and_refuse_strange_hosts() {
    let env = TestEnv::new();
    let logo = env.path().join("logo.svg");
    std::fs::write(&logo, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
    let templates = env.path().join("pages");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(
        templates.join("forgot.html"),
        "{% extends \"base.html\" %}{% block content %}<p>Our own words.</p>{% endblock %}",
    )
    .unwrap();
    env.config(&format!(
        "[serve]\nproduct_name = \"Acme <Back office>\"\nlogo = \"{}\"\ntemplates = \"{}\"\n",
        logo.display(),
        templates.display()
    ));
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let mut browser = Browser::new(&served);
    let page = browser.get("/forgot");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Acme &lt;Back office&gt;"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<img class=\"logo\" src=\"/logo\""));
    assert!(page.body.contains("Our own words."));
    let logo = browser.get("/logo");
    assert_eq!(
        (logo.status, logo.header("content-type")),
        (200, Some("image/svg+xml"))
    );
    let css = browser.get("/static/roster.css");
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    let onboarding = browser.get("/onboarding");
    assert_eq!(onboarding.status, 501);
    assert!(onboarding.body.contains("not served here"));
    let missing = browser.get("/no-such-page");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<!doctype html>"));

    // A name someone else pointed here is refused.
    let resp = Browser::agent()
        .get(&served.url("/forgot"))
        .header("Host", "evil.example")
        .call()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 421);
}

#[test]
fn a_server_with_a_broken_template_or_logo_does_not_start() {
    let env = TestEnv::new();
    let templates = env.path().join("pages");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(templates.join("base.html"), "{% block %}").unwrap();
    env.config(&format!(
        "[serve]\ntemplates = \"{}\"\n",
        templates.display()
    ));
    let (code, _, stderr) = env.run(&["serve", "--listen", "127.0.0.1:0"]);
    assert_eq!(code, 6, "{stderr}");
    assert!(
        stderr.contains("serve.templates") && stderr.contains("base.html"),
        "{stderr}"
    );
    env.config("[serve]\nlogo = \"/nonexistent/logo.bmp\"\n");
    let (code, _, stderr) = env.run(&["serve", "--listen", "127.0.0.1:0"]);
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("serve.logo"), "{stderr}");
}
