//! SCIM 2.0 (SPEC §13) as identity providers change users: the request
//! sequences Okta and Entra ID send to create, update, deactivate,
//! reactivate and delete, over a real port, with the store, the audit log
//! and the mail checked after each; and the bad requests, which write
//! nothing.

use serde_json::{Value, json};

use crate::common::TestEnv;
use crate::serve::{Served, agent};

const CORE: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const PATCH: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const ROSTER: &str = "urn:roster:params:scim:schemas:extension:2.0:User";
const GROUP_EXT: &str = "urn:roster:params:scim:schemas:extension:2.0:Group";
const PASSWORD: &str = "correct horse battery staple 42";

/// A provisioning client's token: its user may manage, block and unblock
/// users (`permissions` more or fewer).
fn provisioner(env: &TestEnv, name: &str, permissions: &[&str]) -> String {
    let role = format!("{name}-role");
    let mut args = vec!["role", "create", role.as_str()];
    for p in permissions {
        args.extend(["--permission", p]);
    }
    env.ok(&args);
    let user = format!("{name}@idp.example.com");
    env.create(&user, &["--no-invite", "--role", &role]);
    let out = env.ok(&["token", "create", name, "--user", &user, "--scope", "scim"]);
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

const ALL: &[&str] = &["users.read", "users.manage", "users.block", "users.unblock"];

/// (status, ETag, Location, body) of a SCIM request.
fn send(
    served: &Served,
    method: &str,
    path: &str,
    token: &str,
    body: Option<&Value>,
    if_match: Option<&str>,
) -> (u16, Option<String>, Option<String>, Value) {
    let url = served.url(path);
    let agent = agent();
    let auth = format!("Bearer {token}");
    let result = match (method, body) {
        ("GET", _) => agent.get(&url).header("Authorization", &auth).call(),
        ("DELETE", _) => {
            let mut req = agent.delete(&url).header("Authorization", &auth);
            if let Some(tag) = if_match {
                req = req.header("If-Match", tag);
            }
            req.call()
        }
        (method, Some(body)) => {
            let mut req = match method {
                "POST" => agent.post(&url),
                "PUT" => agent.put(&url),
                _ => agent.patch(&url),
            }
            .header("Authorization", &auth)
            .content_type("application/scim+json");
            if let Some(tag) = if_match {
                req = req.header("If-Match", tag);
            }
            req.send(body.to_string().as_str())
        }
        _ => unreachable!(),
    };
    let mut resp = result.unwrap();
    let status = resp.status().as_u16();
    let header = |name: &str| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    };
    let (etag, location) = (header("etag"), header("location"));
    let text = resp.body_mut().read_to_string().unwrap();
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, etag, location, body)
}

fn patch_of(ops: Value) -> Value {
    json!({"schemas": [PATCH], "Operations": ops})
}

/// The filter in a query string.
fn q(filter: &str) -> String {
    filter
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The audit rows of one user, oldest first: (action, actor, reason).
fn audit_of(env: &TestEnv, email: &str) -> Vec<(String, String, String)> {
    let rows = env.json(&["audit", "list", "--user", email]);
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["action"].as_str().unwrap_or_default().to_string(),
                r["actor"].as_str().unwrap_or_default().to_string(),
                r["reason"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The mail queued or sent to `to`, by template, waiting a little for mail
/// the server sends after it answers.
fn mail_to(env: &TestEnv, to: &str, template: &str, count: usize) -> usize {
    for _ in 0..50 {
        let mail = env.json(&["mail", "list"]);
        let n = mail
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["to"] == to && m["template"] == template)
            .count();
        if n >= count {
            return n;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    0
}

#[test]
fn okta_creates_updates_deactivates_reactivates_and_deletes_a_user() {
    let env = TestEnv::new();
    let token = provisioner(&env, "okta", ALL);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);

    // Okta looks the user up, finds nobody, and creates them with a
    // password: active, no invitation.
    let lookup = format!(
        "/scim/v2/Users?filter={}",
        q("userName eq \"ada@example.com\"")
    );
    let (status, _, _, found) = send(&served, "GET", &lookup, &token, None, None);
    assert_eq!((status, found["totalResults"].clone()), (200, json!(0)));
    let okta_user = json!({
        "schemas": [CORE],
        "userName": "ada@example.com",
        "name": {"givenName": "Ada", "familyName": "Lovelace"},
        "emails": [{"primary": true, "value": "ada@example.com", "type": "work"}],
        "displayName": "Ada Lovelace",
        "locale": "en-US",
        "externalId": "00u1ada",
        "groups": [],
        "password": PASSWORD,
        "active": true
    });
    let (status, etag, location, made) = send(
        &served,
        "POST",
        "/scim/v2/Users",
        &token,
        Some(&okta_user),
        None,
    );
    assert_eq!(status, 201, "{made}");
    let id = made["id"].as_str().unwrap().to_string();
    assert!(location.unwrap().ends_with(&format!("/scim/v2/Users/{id}")));
    assert_eq!(etag.as_deref(), made["meta"]["version"].as_str());
    assert_eq!(made["externalId"], "00u1ada");
    assert_eq!(made["active"], true);
    assert!(made.get("password").is_none(), "{made}");
    let shown = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(shown["status"], "active");
    assert_eq!(shown["first_name"], "Ada");
    assert_eq!(shown["attributes"]["external_id"], "00u1ada");
    env.cmd()
        .args(["auth", "verify", "ada@example.com", "--password-stdin"])
        .write_stdin(PASSWORD)
        .assert()
        .success();
    assert_eq!(
        audit_of(&env, "ada@example.com")[0],
        ("create".into(), "token:okta".into(), String::new())
    );
    // The same user again is a uniqueness error; by externalId, found.
    let (status, _, _, again) = send(
        &served,
        "POST",
        "/scim/v2/Users",
        &token,
        Some(&okta_user),
        None,
    );
    assert_eq!(status, 409, "{again}");
    assert_eq!(again["scimType"], "uniqueness");
    let by_external = format!("/scim/v2/Users?filter={}", q("externalId eq \"00u1ada\""));
    let (_, _, _, found) = send(&served, "GET", &by_external, &token, None, None);
    assert_eq!(found["totalResults"], 1, "{found}");
    assert_eq!(found["Resources"][0]["id"], id.as_str());

    // A profile push: the whole user, with a new family name.
    let mut pushed = okta_user.clone();
    pushed["name"]["familyName"] = json!("King");
    pushed.as_object_mut().unwrap().remove("password");
    let (status, etag2, _, replaced) = send(
        &served,
        "PUT",
        &format!("/scim/v2/Users/{id}"),
        &token,
        Some(&pushed),
        None,
    );
    assert_eq!(status, 200, "{replaced}");
    assert_eq!(replaced["name"]["familyName"], "King");
    assert_ne!(etag2, etag, "a change is a new version");
    assert_eq!(env.json(&["user", "show", &id])["last_name"], "King");

    // Deactivation, as Okta sends it: blocked, sessions gone, audited.
    let (status, _, _, off) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Users/{id}"),
        &token,
        Some(&patch_of(
            json!([{"op": "replace", "value": {"active": false}}]),
        )),
        None,
    );
    assert_eq!(status, 200, "{off}");
    assert_eq!(off["active"], false);
    let shown = env.json(&["user", "show", &id]);
    assert_eq!(shown["status"], "blocked");
    assert_eq!(shown["blocked_reason"], "deprovisioned by SCIM");
    assert_eq!(
        audit_of(&env, "ada@example.com").last().unwrap(),
        &(
            "block".to_string(),
            "token:okta".to_string(),
            "deprovisioned by SCIM".to_string()
        )
    );
    // An old version named in If-Match is 412, and changes nothing.
    let (status, _, _, stale) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Users/{id}"),
        &token,
        Some(&patch_of(
            json!([{"op": "replace", "value": {"active": true}}]),
        )),
        etag2.as_deref(),
    );
    assert_eq!(status, 412, "{stale}");
    assert_eq!(env.json(&["user", "show", &id])["status"], "blocked");
    // Reactivation with the current version.
    let (_, current, _, _) = send(
        &served,
        "GET",
        &format!("/scim/v2/Users/{id}"),
        &token,
        None,
        None,
    );
    let (status, _, _, on) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Users/{id}"),
        &token,
        Some(&patch_of(
            json!([{"op": "replace", "value": {"active": true}}]),
        )),
        current.as_deref(),
    );
    assert_eq!(status, 200, "{on}");
    assert_eq!(on["active"], true);
    assert_eq!(env.json(&["user", "show", &id])["status"], "active");

    // DELETE archives (scim.delete's default): 204.
    let (status, _, _, _) = send(
        &served,
        "DELETE",
        &format!("/scim/v2/Users/{id}"),
        &token,
        None,
        None,
    );
    assert_eq!(status, 204);
    assert_eq!(env.json(&["user", "show", &id])["status"], "archived");
    // To SCIM the archived user is gone (RFC 7644 §3.6): not found, not
    // listed; the same address again is a conflict that says why.
    let (status, _, _, _) = send(
        &served,
        "GET",
        &format!("/scim/v2/Users/{id}"),
        &token,
        None,
        None,
    );
    assert_eq!(status, 404);
    let (status, _, _, _) = send(
        &served,
        "DELETE",
        &format!("/scim/v2/Users/{id}"),
        &token,
        None,
        None,
    );
    assert_eq!(status, 404);
    let (_, _, _, found) = send(&served, "GET", &lookup, &token, None, None);
    assert_eq!(found["totalResults"], 0, "{found}");
    let (status, _, _, again) = send(
        &served,
        "POST",
        "/scim/v2/Users",
        &token,
        Some(&okta_user),
        None,
    );
    assert_eq!(
        (status, again["scimType"].as_str()),
        (409, Some("uniqueness")),
        "{again}"
    );
    assert!(
        again["detail"]
            .as_str()
            .unwrap()
            .contains("roster user restore"),
        "{again}"
    );
    env.ok(&["audit", "verify"]);
}

#[test]
fn a_user_name_that_is_neither_an_address_nor_a_username_is_kept() {
    let env = TestEnv::new();
    let token = provisioner(&env, "entra", ALL);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    // What a provider that names users by its own GUID sends.
    let guid = "2819c223-7f76-453a-919d-413861904646";
    let user = |email: &str| {
        json!({
            "schemas": [CORE],
            "userName": guid,
            "emails": [{"value": email, "type": "work", "primary": true}]
        })
    };
    let (status, _, _, made) = send(
        &served,
        "POST",
        "/scim/v2/Users",
        &token,
        Some(&user("lin@example.com")),
        None,
    );
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["userName"], guid);
    assert_eq!(made[ROSTER]["attributes"], json!([]), "kept apart: {made}");
    let shown = env.json(&["user", "show", "lin@example.com"]);
    assert_eq!(shown["username"], Value::Null);
    assert_eq!(shown["attributes"]["scim_user_name"], guid);
    let path = format!(
        "/scim/v2/Users?filter={}",
        q(&format!("userName eq \"{guid}\""))
    );
    let (_, _, _, found) = send(&served, "GET", &path, &token, None, None);
    assert_eq!(found["totalResults"], 1, "{found}");
    // A name shaped like an address beside another mailbox (Entra's
    // userPrincipalName and mail): the mailbox is the email, the name kept.
    let upn = json!({
        "schemas": [CORE],
        "userName": "kim@corp.onmicrosoft.example",
        "emails": [{"value": "kim@example.com", "type": "work", "primary": true}]
    });
    let (status, _, _, kim) = send(&served, "POST", "/scim/v2/Users", &token, Some(&upn), None);
    assert_eq!(status, 201, "{kim}");
    assert_eq!(kim["userName"], "kim@corp.onmicrosoft.example");
    assert_eq!(kim["emails"][0]["value"], "kim@example.com");
    let path = format!(
        "/scim/v2/Users?filter={}",
        q("userName eq \"kim@corp.onmicrosoft.example\"")
    );
    let (_, _, _, found) = send(&served, "GET", &path, &token, None, None);
    assert_eq!(found["totalResults"], 1, "{found}");
    // It is unique, as a username is.
    let (status, _, _, taken) = send(
        &served,
        "POST",
        "/scim/v2/Users",
        &token,
        Some(&user("other@example.com")),
        None,
    );
    assert_eq!(
        (status, taken["scimType"].as_str()),
        (409, Some("uniqueness")),
        "{taken}"
    );
    assert_eq!(env.run(&["user", "show", "other@example.com"]).0, 4);
    // In any case: a userName compares ignoring case.
    let mut shouted = user("other@example.com");
    shouted["userName"] = json!(guid.to_uppercase());
    let (status, _, _, taken) = send(
        &served,
        "POST",
        "/scim/v2/Users",
        &token,
        Some(&shouted),
        None,
    );
    assert_eq!(status, 409, "{taken}");
    let path = format!(
        "/scim/v2/Users?filter={}",
        q(&format!("userName eq \"{}\"", guid.to_uppercase()))
    );
    let (_, _, _, found) = send(&served, "GET", &path, &token, None, None);
    assert_eq!(found["totalResults"], 1, "{found}");
    // Roster's own attributes travel as name and value.
    let id = made["id"].as_str().unwrap();
    let (status, _, _, patched) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Users/{id}"),
        &token,
        Some(&patch_of(json!([{
            "op": "add",
            "path": format!("{ROSTER}:attributes"),
            "value": [{"name": "desk", "value": "3F"}]
        }]))),
        None,
    );
    assert_eq!(status, 200, "{patched}");
    assert_eq!(
        patched[ROSTER]["attributes"],
        json!([{"name": "desk", "value": "3F"}])
    );
    assert_eq!(patched["userName"], guid);
    let shown = env.json(&["user", "show", "lin@example.com"]);
    assert_eq!(shown["attributes"]["desk"], "3F");
    assert_eq!(shown["attributes"]["scim_user_name"], guid);
}

#[test]
fn entra_creates_by_username_patches_with_its_forms_and_reinvites() {
    let env = TestEnv::new();
    let token = provisioner(&env, "entra", ALL);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);

    let entra_user = json!({
        "schemas": [CORE, ENTERPRISE],
        "externalId": "8a3b-grace",
        "userName": "grace",
        "active": true,
        "emails": [{"primary": true, "type": "work", "value": "grace@example.com"}],
        "meta": {"resourceType": "User"},
        "name": {"formatted": "Grace Hopper", "familyName": "Hopper", "givenName": "Grace"},
        "title": "Rear Admiral",
        "preferredLanguage": "en-US",
        ENTERPRISE: {"employeeNumber": "1906", "department": "Navy"}
    });
    let (status, _, _, made) = send(
        &served,
        "POST",
        "/scim/v2/Users",
        &token,
        Some(&entra_user),
        None,
    );
    assert_eq!(status, 201, "{made}");
    let id = made["id"].as_str().unwrap().to_string();
    assert_eq!(made["userName"], "grace");
    assert_eq!(made[ENTERPRISE]["employeeNumber"], "1906");
    // No password: invited, and the invitation mailed, as from the CLI.
    let shown = env.json(&["user", "show", "grace@example.com"]);
    assert_eq!(shown["status"], "invited");
    assert_eq!(shown["username"], "grace");
    assert_eq!(mail_to(&env, "grace@example.com", "invitation", 1), 1);

    // Entra's deactivation: capitalised, with the boolean as a string. An
    // invited user's invitation is revoked, and they read as inactive.
    let path = format!("/scim/v2/Users/{id}");
    let (status, _, _, off) = send(
        &served,
        "PATCH",
        &path,
        &token,
        Some(&patch_of(
            json!([{"op": "Replace", "path": "active", "value": "False"}]),
        )),
        None,
    );
    assert_eq!(status, 200, "{off}");
    assert_eq!(off["active"], false);
    assert_eq!(
        env.json(&["user", "show", &id])["status"],
        "invitation_revoked"
    );

    // Attributes and reactivation in one request: a new invitation.
    let (status, _, _, on) = send(
        &served,
        "PATCH",
        &path,
        &token,
        Some(&patch_of(json!([
            {"op": "Add", "path": "phoneNumbers[type eq \"work\"].value", "value": "+1 555 0100"},
            {"op": "Replace", "path": "name.familyName", "value": "Murray Hopper"},
            {"op": "Replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "value": "1907"},
            {"op": "Replace", "path": "active", "value": "True"}
        ]))),
        None,
    );
    assert_eq!(status, 200, "{on}");
    let shown = env.json(&["user", "show", &id]);
    assert_eq!(shown["status"], "invited");
    assert_eq!(shown["phone"], "+1 555 0100");
    assert_eq!(shown["last_name"], "Murray Hopper");
    assert_eq!(shown["employee_id"], "1907");
    assert_eq!(mail_to(&env, "grace@example.com", "invitation", 2), 2);
    let actions: Vec<String> = audit_of(&env, "grace@example.com")
        .into_iter()
        .map(|(action, actor, _)| {
            assert_eq!(actor, "token:entra");
            action
        })
        .collect();
    assert_eq!(
        actions,
        ["create", "revoke", "update", "invite"],
        "{actions:?}"
    );

    // Bad requests: SCIM errors, and nothing written.
    let before = env.json(&["user", "show", &id]);
    for (body, status, kind) in [
        (
            patch_of(json!([{"op": "Replace", "path": "shoeSize", "value": 9}])),
            400,
            Some("invalidPath"),
        ),
        (
            patch_of(json!([
                {"op": "Replace", "path": "title", "value": "Commodore"},
                {"op": "Replace", "path": "id", "value": "x"}
            ])),
            400,
            Some("mutability"),
        ),
        (
            patch_of(json!([
                {"op": "Replace", "path": "title", "value": "Commodore"},
                {"op": "Remove", "path": "phoneNumbers[value pr]"},
                {"op": "Replace", "path": "emails[value co \"nowhere\"].value", "value": "x"}
            ])),
            400,
            Some("noTarget"),
        ),
        (json!({"Operations": []}), 400, Some("invalidValue")),
        (
            patch_of(json!([
                {"op": "Replace", "path": "title", "value": "Commodore"},
                {"op": "Add", "path": format!("{ROSTER}:roles"), "value": ["no-such-role"]}
            ])),
            400,
            Some("invalidValue"),
        ),
    ] {
        let (got, _, _, error) = send(&served, "PATCH", &path, &token, Some(&body), None);
        assert_eq!(got, status, "{body}: {error}");
        assert_eq!(error["scimType"].as_str(), kind, "{body}: {error}");
    }
    assert_eq!(
        env.json(&["user", "show", &id]),
        before,
        "nothing was written"
    );

    // Not JSON, and a resource without its schema.
    let (status, _, _, error) = send(
        &served,
        "POST",
        "/scim/v2/Users",
        &token,
        Some(&json!({"userName": "x@example.com"})),
        None,
    );
    assert_eq!(
        (status, error["scimType"].as_str()),
        (400, Some("invalidValue")),
        "{error}"
    );
    let mut resp = agent()
        .post(&served.url("/scim/v2/Users"))
        .header("Authorization", &format!("Bearer {token}"))
        .content_type("application/scim+json")
        .send("{not json")
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let error: Value = serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(error["scimType"], "invalidSyntax");
    assert_eq!(
        env.run(&["user", "show", "x@example.com"]).0,
        4,
        "no user was made"
    );
}

#[test]
fn a_provisioner_does_only_what_its_permissions_allow() {
    let env = TestEnv::new();
    // It may create and change users, but not block them.
    let token = provisioner(&env, "limited", &["users.read", "users.manage"]);
    env.create("bob@example.com", &["--no-invite"]);
    let id = env.json(&["user", "show", "bob@example.com"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let (status, _, _, error) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Users/{id}"),
        &token,
        Some(&patch_of(json!([
            {"op": "replace", "value": {"title": "Builder", "active": false}}
        ]))),
        None,
    );
    assert_eq!(status, 403, "{error}");
    let shown = env.json(&["user", "show", &id]);
    assert_eq!(shown["status"], "active");
    assert_eq!(
        shown["title"],
        Value::Null,
        "one transaction: the title is not kept either"
    );
    // A user it may change, changed.
    let (status, _, _, _) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Users/{id}"),
        &token,
        Some(&patch_of(
            json!([{"op": "add", "path": "title", "value": "Builder"}]),
        )),
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(env.json(&["user", "show", &id])["title"], "Builder");
    // A password it may set only for a user who holds nothing it lacks.
    let resetter = provisioner(
        &env,
        "resetter",
        &["users.read", "users.manage", "users.reset-password"],
    );
    env.ok(&["role", "create", "boss", "--permission", "roles.manage"]);
    let boss = env.create("boss@example.com", &["--no-invite", "--role", "boss"]);
    let set_password = json!([{"op": "replace", "value": {"password": PASSWORD}}]);
    let (status, _, _, error) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Users/{boss}"),
        &resetter,
        Some(&patch_of(set_password.clone())),
        None,
    );
    assert_eq!(status, 403, "{error}");
    assert!(
        error["detail"].as_str().unwrap().contains("roles.manage"),
        "{error}"
    );
    let (status, _, _, _) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Users/{id}"),
        &resetter,
        Some(&patch_of(
            json!([{"op": "replace", "path": "password", "value": PASSWORD}]),
        )),
        None,
    );
    assert_eq!(status, 200);
    env.cmd()
        .args(["auth", "verify", "bob@example.com", "--password-stdin"])
        .write_stdin(PASSWORD)
        .assert()
        .success();
    // What roster does not keep may be named in a path, and is ignored.
    let (status, _, _, body) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Users/{id}"),
        &token,
        Some(&patch_of(json!([
            {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "Sales"},
            {"op": "Replace", "path": "preferredLanguage", "value": "en-GB"}
        ]))),
        None,
    );
    assert_eq!(status, 200, "{body}");
    // Itself it may not take out of use.
    let own = env.json(&["user", "show", "limited@idp.example.com"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, _, _, _) = send(
        &served,
        "DELETE",
        &format!("/scim/v2/Users/{own}"),
        &token,
        None,
        None,
    );
    assert_ne!(status, 204);
    assert_eq!(
        env.json(&["user", "show", "limited@idp.example.com"])["status"],
        "active"
    );
}

#[test]
fn scim_delete_can_delete_instead_of_archiving() {
    let env = TestEnv::new();
    env.config("[scim]\ndelete = \"delete\"\n");
    let token = provisioner(&env, "idp", &["users.read", "users.manage", "users.delete"]);
    env.create("gone@example.com", &["--no-invite"]);
    let id = env.json(&["user", "show", "gone@example.com"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);
    let (status, _, _, body) = send(
        &served,
        "DELETE",
        &format!("/scim/v2/Users/{id}"),
        &token,
        None,
        None,
    );
    assert_eq!(status, 204, "{body}");
    assert_eq!(env.run(&["user", "show", &id]).0, 4);
    let (status, _, _, _) = send(
        &served,
        "GET",
        &format!("/scim/v2/Users/{id}"),
        &token,
        None,
        None,
    );
    assert_eq!(status, 404);
}

#[test]
fn groups_are_pushed_renamed_given_members_and_deleted() {
    let env = TestEnv::new();
    let token = provisioner(
        &env,
        "okta",
        &["users.read", "users.manage", "roles.manage"],
    );
    let weak = provisioner(&env, "weak", &["users.read", "users.manage"]);
    let ada = env.create("ada@example.com", &["--no-invite"]);
    let bob = env.create("bob@example.com", &["--no-invite"]);
    let served = Served::start(&env, &["--listen", "127.0.0.1:0"], &[]);

    // Okta's group push: the group with its members.
    let group = json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        "displayName": "North Sea",
        "members": [{"value": ada, "display": "ada@example.com"}]
    });
    let (status, _, location, made) = send(
        &served,
        "POST",
        "/scim/v2/Groups",
        &token,
        Some(&group),
        None,
    );
    assert_eq!(status, 201, "{made}");
    let id = made["id"].as_str().unwrap().to_string();
    assert!(
        location
            .unwrap()
            .ends_with(&format!("/scim/v2/Groups/{id}"))
    );
    assert_eq!(
        made[GROUP_EXT],
        json!({"kind": "scim", "name": "north-sea"})
    );
    assert_eq!(made["members"][0]["value"], ada.as_str());
    assert_eq!(
        env.json(&["user", "show", &ada])["groups"],
        json!(["scim:North Sea"])
    );
    // A second push of the same name is a uniqueness error; a token whose
    // user may not make groups is refused, and makes none.
    let (status, _, _, again) = send(
        &served,
        "POST",
        "/scim/v2/Groups",
        &token,
        Some(&group),
        None,
    );
    assert_eq!(
        (status, again["scimType"].as_str()),
        (409, Some("uniqueness")),
        "{again}"
    );
    let other =
        json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Other"});
    let (status, _, _, _) = send(
        &served,
        "POST",
        "/scim/v2/Groups",
        &weak,
        Some(&other),
        None,
    );
    assert_eq!(status, 403);
    assert_eq!(env.run(&["group", "show", "scim:other"]).0, 4);

    // Found by name, as a provider looks before it pushes.
    let path = format!(
        "/scim/v2/Groups?filter={}",
        q("displayName eq \"north sea\"")
    );
    let (status, _, _, found) = send(&served, "GET", &path, &token, None, None);
    assert_eq!(
        (status, found["totalResults"].clone()),
        (200, json!(1)),
        "{found}"
    );

    // Entra's membership changes, and a rename: one transaction.
    let (status, _, _, patched) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Groups/{id}"),
        &token,
        Some(&patch_of(json!([
            {"op": "Add", "path": "members", "value": [{"value": bob}]},
            {"op": "Remove", "path": "members", "value": [{"value": ada}]},
            {"op": "Replace", "path": "displayName", "value": "North Sea Ops"}
        ]))),
        None,
    );
    assert_eq!(status, 200, "{patched}");
    assert_eq!(patched["id"], id.as_str(), "a rename keeps the id");
    assert_eq!(patched[GROUP_EXT]["name"], "north-sea-ops");
    assert_eq!(env.json(&["user", "show", &ada])["groups"], json!([]));
    assert_eq!(
        env.json(&["user", "show", &bob])["groups"],
        json!(["scim:North Sea Ops"])
    );
    let actions: Vec<String> = env
        .json(&["audit", "list", "--action", "group-rename"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["actor"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actions, ["token:okta"]);
    // A member that is no user: nothing written.
    let (status, _, _, bad) = send(
        &served,
        "PATCH",
        &format!("/scim/v2/Groups/{id}"),
        &token,
        Some(&patch_of(json!([
            {"op": "Add", "path": "members", "value": [{"value": ada}]},
            {"op": "Add", "path": "members", "value": [{"value": "01a2ffff-0000-7000-8000-00000000dead"}]}
        ]))),
        None,
    );
    assert_eq!(
        (status, bad["scimType"].as_str()),
        (400, Some("invalidValue")),
        "{bad}"
    );
    assert_eq!(env.json(&["user", "show", &ada])["groups"], json!([]));

    // Deleted: its members are taken out first.
    let (status, _, _, _) = send(
        &served,
        "DELETE",
        &format!("/scim/v2/Groups/{id}"),
        &token,
        None,
        None,
    );
    assert_eq!(status, 204);
    assert_eq!(env.json(&["user", "show", &bob])["groups"], json!([]));
    let (status, _, _, _) = send(
        &served,
        "GET",
        &format!("/scim/v2/Groups/{id}"),
        &token,
        None,
        None,
    );
    assert_eq!(status, 404);
    env.ok(&["audit", "verify"]);
}
