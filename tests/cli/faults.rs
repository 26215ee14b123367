//! Faults, as CI runs them in bounded time: many processes writing one store at
//! once, a store held busy past the timeout, and `kill -9` in the middle of bulk
//! work; two imports of overlapping files at once, `kill -9` in the middle of an
//! import, and a bulk block racing creates. After each, the store opens, `db
//! check` and `audit verify` pass, and what was committed is exactly what the
//! processes reported (issue 9, "Proof that stays"; the figures go to
//! docs/reliability.md).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::common::process::{Reaped, Rng, output_within, wait_within};
use crate::common::{TestEnv, seed_active_users, sql_at};

/// No single roster process in these tests may take longer than this.
const PROCESS_LIMIT: Duration = Duration::from_secs(60);

fn count(env: &TestEnv, sql: &str) -> i64 {
    env.sql().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Runs roster on `db` (the default store when None) and returns (exit, stdout, stderr).
fn run_on(env: &TestEnv, db: Option<&Path>, args: &[&str]) -> (i32, String, String) {
    let mut cmd = env.std_cmd();
    if let Some(db) = db {
        cmd.arg("--db").arg(db);
    }
    let out = output_within(cmd.args(args), None, PROCESS_LIMIT);
    (
        out.status.code().expect("exited, not killed"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `db check` and `audit verify` both pass on the store.
fn store_is_sound(env: &TestEnv, db: Option<&Path>, when: &str) {
    for check in [&["db", "check"][..], &["audit", "verify"]] {
        let (code, stdout, stderr) = run_on(env, db, check);
        assert_eq!(code, 0, "{when}: {check:?} failed:\n{stdout}{stderr}");
    }
}

const CREATORS: usize = 8;
const CREATES_EACH: usize = 200;
const TOGGLERS: usize = 4;
/// The users the togglers fight over.
const HOT: [&str; 3] = ["hot0@example.com", "hot1@example.com", "hot2@example.com"];

/// One block or unblock, as the process that ran it reported it.
struct Toggle {
    user: usize,
    verb: &'static str,
    started: Duration,
    ended: Duration,
    exit: i32,
    outcome: String,
}

/// 8 processes × 200 `user create` and 4 processes blocking and unblocking the
/// same 3 users, all at once on one store. Every process exits 0 (or 8 if it
/// really waited out the 5 s busy timeout: counted, and then it must have
/// changed nothing); every reported create is a user; every reported change of
/// a hot user is exactly one audit row; each hot user ends in the state its
/// last audited change gave it, which is the target of an operation no other
/// successful operation came wholly after; `db check` and `audit verify` pass.
#[test]
fn concurrent_creates_and_blocks_lose_nothing() {
    let env = TestEnv::new();
    for email in HOT {
        env.create(email, &["--no-invite"]);
    }
    let audit_before = count(&env, "SELECT count(*) FROM audit");
    let mut seeds = Rng::from_env_or_clock("concurrent_creates_and_blocks_lose_nothing");
    let creators_done = AtomicBool::new(false);
    let start = Instant::now();

    let (creates, toggles) = std::thread::scope(|s| {
        let creators: Vec<_> = (0..CREATORS)
            .map(|c| {
                let env = &env;
                s.spawn(move || {
                    (0..CREATES_EACH)
                        .map(|i| {
                            let email = format!("c{c}-{i}@example.com");
                            let (code, _, stderr) =
                                run_on(env, None, &["user", "create", &email, "--no-invite"]);
                            (email, code, stderr)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let togglers: Vec<_> = (0..TOGGLERS)
            .map(|_| {
                let env = &env;
                let done = &creators_done;
                let mut rng = Rng::new(seeds.next());
                s.spawn(move || {
                    let mut log = Vec::new();
                    // Bounded even if the creators hang: they have their own limit.
                    while !done.load(Ordering::SeqCst) && log.len() < 2000 {
                        let user = rng.between(0, HOT.len() as u64 - 1) as usize;
                        let verb = if rng.next() % 2 == 0 {
                            "block"
                        } else {
                            "unblock"
                        };
                        let started = start.elapsed();
                        let (exit, stdout, stderr) =
                            run_on(env, None, &["--json", "--yes", "user", verb, HOT[user]]);
                        let ended = start.elapsed();
                        let outcome = if exit == 0 {
                            let rows: serde_json::Value = serde_json::from_str(&stdout)
                                .unwrap_or_else(|e| panic!("{verb}: {e}: {stdout}"));
                            rows[0]["outcome"].as_str().unwrap().to_string()
                        } else {
                            stderr
                        };
                        log.push(Toggle {
                            user,
                            verb,
                            started,
                            ended,
                            exit,
                            outcome,
                        });
                    }
                    log
                })
            })
            .collect();
        let creates: Vec<_> = creators
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect();
        creators_done.store(true, Ordering::SeqCst);
        let toggles: Vec<Toggle> = togglers
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect();
        (creates, toggles)
    });
    let elapsed = start.elapsed();

    // Exit codes: 0, or 8 for a genuine busy timeout; nothing else.
    let odd: Vec<_> = creates
        .iter()
        .filter(|(_, code, _)| *code != 0 && *code != 8)
        .map(|(email, code, stderr)| format!("create {email}: exit {code}: {stderr}"))
        .chain(
            toggles
                .iter()
                .filter(|t| t.exit != 0 && t.exit != 8)
                .map(|t| format!("{} {}: exit {}: {}", t.verb, HOT[t.user], t.exit, t.outcome)),
        )
        .collect();
    assert!(odd.is_empty(), "processes failed:\n{}", odd.join("\n"));
    let busy_creates = creates.iter().filter(|(_, code, _)| *code == 8).count();
    let busy_toggles = toggles.iter().filter(|t| t.exit == 8).count();
    for (email, _, stderr) in creates.iter().filter(|(_, code, _)| *code == 8) {
        assert!(
            stderr.contains("busy"),
            "exit 8 says the store is busy: {stderr}"
        );
        let (code, _, _) = run_on(&env, None, &["user", "show", email]);
        assert_eq!(code, 4, "{email}: a create that timed out created nothing");
    }

    // Every create that reported success is a user, and nothing else is.
    let created = creates.iter().filter(|(_, code, _)| *code == 0).count();
    let users = count(&env, "SELECT count(*) FROM users") as usize;
    assert_eq!(
        users,
        created + HOT.len(),
        "{created} creates reported success, plus {} set up",
        HOT.len()
    );
    for c in 0..CREATORS {
        let mine = env
            .sql()
            .query_row(
                "SELECT count(*) FROM users WHERE email LIKE ?",
                [format!("c{c}-%")],
                |r| r.get::<_, i64>(0),
            )
            .unwrap() as usize;
        let reported = creates
            .iter()
            .filter(|(e, code, _)| *code == 0 && e.starts_with(&format!("c{c}-")))
            .count();
        assert_eq!(
            mine, reported,
            "creator {c}: users in the store vs reported"
        );
    }

    // Each hot user: one audit row per reported change, alternating, and the
    // final state is the last audited one and a possible last operation's.
    let mut by_outcome: BTreeMap<String, usize> = BTreeMap::new();
    for t in &toggles {
        let key = if t.exit == 0 {
            format!("{} {}", t.verb, t.outcome)
        } else {
            format!("{} exit {}", t.verb, t.exit)
        };
        *by_outcome.entry(key).or_default() += 1;
    }
    for (user, email) in HOT.iter().enumerate() {
        let mine: Vec<&Toggle> = toggles.iter().filter(|t| t.user == user).collect();
        let audited: Vec<String> = env
            .sql()
            .rows(
                "SELECT a.action FROM audit a JOIN users u ON u.id = a.user_id
                 WHERE u.email = ? AND a.action IN ('block', 'unblock') ORDER BY a.seq",
                [*email],
                |r| r.get(0),
            )
            .unwrap();
        for verb in ["block", "unblock"] {
            let reported = mine
                .iter()
                .filter(|t| t.exit == 0 && t.verb == verb && t.outcome == "changed")
                .count();
            let rows = audited.iter().filter(|a| *a == verb).count();
            assert_eq!(
                rows, reported,
                "{email}: {reported} `{verb}` reported changed, {rows} audited"
            );
        }
        for pair in audited.windows(2) {
            assert_ne!(
                pair[0], pair[1],
                "{email}: two {0}s in a row: one of them changed nothing",
                pair[0]
            );
        }
        let status = env.status(email);
        let expected = match audited.last().map(String::as_str) {
            Some("block") => "blocked",
            _ => "active",
        };
        assert_eq!(status, expected, "{email}: the last audited change holds");
        // The operations no successful operation came wholly after: the
        // state must be the target of one of them.
        let ok: Vec<&&Toggle> = mine.iter().filter(|t| t.exit == 0).collect();
        let last: Vec<&&&Toggle> = ok
            .iter()
            .filter(|t| !ok.iter().any(|o| o.started > t.ended))
            .collect();
        if !last.is_empty() {
            let targets: Vec<&str> = last
                .iter()
                .map(|t| {
                    if t.verb == "block" {
                        "blocked"
                    } else {
                        "active"
                    }
                })
                .collect();
            assert!(
                targets.contains(&status.as_str()),
                "{email} is {status}, but the last successful operations were {:?}",
                last.iter().map(|t| t.verb).collect::<Vec<_>>()
            );
        }
    }

    let audit_after = count(&env, "SELECT count(*) FROM audit");
    let changes = toggles
        .iter()
        .filter(|t| t.exit == 0 && t.outcome == "changed")
        .count();
    assert_eq!(
        audit_after - audit_before,
        (created + changes) as i64,
        "one audit row per create and per change, no more"
    );
    store_is_sound(&env, None, "after the concurrent run");
    eprintln!(
        "concurrent_creates_and_blocks_lose_nothing: {CREATORS}x{CREATES_EACH} creates \
         ({created} ok, {busy_creates} busy) and {} toggles by {TOGGLERS} processes \
         ({busy_toggles} busy; {by_outcome:?}) in {:.1}s; {users} users",
        toggles.len(),
        elapsed.as_secs_f64()
    );
}

/// A store whose write lock another connection holds past `store.busy_timeout`:
/// each write command waits about that long, then exits 8 saying the store is
/// busy, and changes nothing; once the lock is gone the same command works.
#[test]
fn a_store_held_busy_past_the_timeout_is_exit_8_and_unchanged() {
    let env = TestEnv::new();
    env.create("ada@example.com", &["--no-invite"]);
    env.create("bob@example.com", &["--no-invite"]);
    env.config("[store]\nbusy_timeout = \"1s\"\n");
    let users_before = count(&env, "SELECT count(*) FROM users");
    let audit_before = count(&env, "SELECT count(*) FROM audit");
    let writes: [&[&str]; 4] = [
        &["user", "create", "new@example.com", "--no-invite"],
        &["user", "block", "ada@example.com"],
        &["--yes", "user", "archive", "--status", "active"],
        &["user", "update", "bob@example.com", "--first", "Robert"],
    ];
    let holder = env.sql();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    for args in writes {
        let started = Instant::now();
        let (code, stdout, stderr) = run_on(&env, None, args);
        let waited = started.elapsed();
        assert_eq!(code, 8, "{args:?}: {stdout}{stderr}");
        assert!(
            stderr.contains("store is busy"),
            "{args:?}: the message names the busy store: {stderr}"
        );
        assert!(
            waited >= Duration::from_millis(900) && waited < Duration::from_secs(10),
            "{args:?}: waited {waited:?} for a 1s busy timeout"
        );
        let mut json = vec!["--json"];
        json.extend_from_slice(args);
        let (code, _, stderr) = run_on(&env, None, &json);
        assert_eq!(code, 8);
        let err: serde_json::Value = serde_json::from_str(stderr.trim())
            .unwrap_or_else(|e| panic!("{args:?}: stderr is not a JSON error ({e}): {stderr}"));
        assert_eq!(err["error"]["code"], "unavailable", "{err}");
    }
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(count(&env, "SELECT count(*) FROM users"), users_before);
    assert_eq!(
        count(&env, "SELECT count(*) FROM audit"),
        audit_before,
        "nothing audited"
    );
    assert_eq!(env.status("ada@example.com"), "active");
    assert_eq!(
        env.json(&["user", "show", "bob@example.com"])["first_name"],
        serde_json::Value::Null
    );
    for args in writes {
        let (code, _, stderr) = run_on(&env, None, args);
        assert_eq!(code, 0, "{args:?} once the store is free: {stderr}");
    }
    store_is_sound(&env, None, "after the busy spell");
}

const KILL_USERS: usize = 3000;
const KILL_ROUNDS: usize = 10;
/// Bulk verbs commit in transactions of this many users.
const BATCH: i64 = roster::ops::bulk::BATCH as i64;

/// `kill -9` of `user block --all` at a random moment, 10 times, each on a
/// fresh copy of a 3,000-user store: afterwards the store opens, `db check`
/// and `audit verify` pass, the blocked users are whole batches of
/// `ops::bulk::BATCH` (or all of them), and each blocked user has exactly one
/// `block` audit row. While a batch (50,000) is larger than the store, the
/// whole block is one transaction: a killed block leaves none blocked, or all.
#[test]
fn kill_9_during_a_bulk_block_leaves_whole_batches() {
    if crate::common::through::local_only(
        "kill -9 of the process that writes; through a server that is the server (remote::a_server_killed_during_a_bulk_change_leaves_whole_batches_and_a_rerun_finishes kills it), and a killed client leaves the server to go on",
    ) {
        return;
    }
    let env = TestEnv::new();
    let seeding = Instant::now();
    seed_active_users(&env, KILL_USERS);
    let seeded_in = seeding.elapsed();
    let mut rng = Rng::from_env_or_clock("kill_9_during_a_bulk_block_leaves_whole_batches");
    let mut results = Vec::new();
    for round in 0..KILL_ROUNDS {
        let copy = env.copy_store(&format!("kill{round}"));
        let db = copy.db.clone();
        let delay = Duration::from_millis(rng.between(50, 600));
        let mut cmd = env.std_cmd();
        cmd.arg("--db")
            .arg(&db)
            .args(["-q", "--yes", "user", "block", "--all"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = Reaped(cmd.spawn().unwrap());
        std::thread::sleep(delay);
        let finished = child.0.try_wait().unwrap();
        // SIGKILL on unix; an error only means it had already exited.
        let _ = child.0.kill();
        let status = wait_within(&mut child.0, PROCESS_LIMIT).expect("a killed process is reaped");
        let killed = finished.is_none() && status.code().is_none();
        if !killed {
            assert_eq!(
                status.code(),
                Some(0),
                "round {round}: an unkilled block exits 0"
            );
        }
        let when = format!("round {round}, killed after {delay:?}");

        let (code, stdout, stderr) = run_on(&env, Some(&db), &["--json", "db", "stats"]);
        assert_eq!(code, 0, "{when}: the store opens: {stderr}");
        let stats: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let per_status = |s: &str| {
            stats
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["status"] == s)
                .and_then(|r| r["users"].as_i64())
                .unwrap_or(0)
        };
        let blocked = per_status("blocked");
        assert_eq!(
            blocked + per_status("active"),
            KILL_USERS as i64,
            "{when}: every user is active or blocked"
        );
        assert!(
            blocked % BATCH == 0 || blocked == KILL_USERS as i64,
            "{when}: {blocked} blocked is not whole batches of {BATCH}"
        );
        if !killed {
            assert_eq!(blocked, KILL_USERS as i64, "{when}: it finished");
        }
        let audited: i64 = sql_at(&db)
            .query_row(
                "SELECT count(*) FROM audit WHERE action = 'block'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(audited, blocked, "{when}: one audit row per blocked user");
        store_is_sound(&env, Some(&db), &when);
        results.push(format!(
            "{}ms:{}",
            delay.as_millis(),
            if killed {
                blocked.to_string()
            } else {
                "done".into()
            }
        ));
        drop(copy);
    }
    eprintln!(
        "kill_9_during_a_bulk_block_leaves_whole_batches: {KILL_USERS} users seeded in {:.1}s; \
         {KILL_ROUNDS} rounds (delay:blocked) {}",
        seeded_in.as_secs_f64(),
        results.join(" ")
    );
}

// Files of users: imports at once, an import killed, a bulk verb racing creates.

/// The row of user `n` in the files below: its email, two roles, two groups
/// and two attributes, all derived from `n`, and a first name saying which
/// file it came from.
fn import_row(n: usize, tag: &str) -> String {
    format!(
        "i{n}@example.com,{tag},r{};staff,team:t{};client:c{},PAYE{},{n}\n",
        n % 3,
        n % 5,
        n % 7,
        n % 2
    )
}

const IMPORT_HEADER: &str = "email,first_name,roles,groups,attr.operator_type,attr.code\n";

/// Writes a CSV of the users `numbers` (in that order) and returns its path.
fn import_file(
    env: &TestEnv,
    name: &str,
    numbers: impl Iterator<Item = usize>,
    tag: &str,
) -> String {
    let mut text = IMPORT_HEADER.to_string();
    for n in numbers {
        text.push_str(&import_row(n, tag));
    }
    let path = env.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// What a user of the store holds: (first name, roles, groups, attributes),
/// each list sorted and `;`-joined, by email.
fn holdings(db: &Path) -> BTreeMap<String, (String, String, String, String)> {
    let conn = sql_at(db);
    // Each user's items in the order the query gives them, `;`-joined (the
    // order of an ordered subquery does not reach an aggregate on every
    // backend, so the rows are joined here).
    let list = |sql: &str| -> BTreeMap<String, String> {
        let mut lists: BTreeMap<String, String> = BTreeMap::new();
        for (email, item) in conn
            .rows(sql, [], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .unwrap()
        {
            let list = lists.entry(email).or_default();
            if !list.is_empty() {
                list.push(';');
            }
            list.push_str(&item);
        }
        lists
    };
    let roles = list(
        "SELECT u.email, r.role FROM user_roles r JOIN users u ON u.id = r.user_id \
         ORDER BY u.email, r.role",
    );
    let groups = list(
        "SELECT u.email, g.kind || ':' || g.name FROM user_groups g \
         JOIN users u ON u.id = g.user_id ORDER BY u.email, g.kind, g.name",
    );
    let attributes = list(
        "SELECT u.email, a.key || '=' || a.value FROM user_attributes a \
         JOIN users u ON u.id = a.user_id ORDER BY u.email, a.key",
    );
    conn.rows(
        "SELECT email, coalesce(first_name, '') FROM users",
        [],
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
    )
    .unwrap()
    .into_iter()
    .map(|(email, first)| {
        let get = |m: &BTreeMap<String, String>| m.get(&email).cloned().unwrap_or_default();
        let held = (first, get(&roles), get(&groups), get(&attributes));
        (email, held)
    })
    .collect()
}

/// What user `n` holds when its row of a file tagged `tag` made it.
fn expected_holdings(n: usize, tag: &str) -> (String, String, String, String) {
    let mut roles = [format!("r{}", n % 3), "staff".to_string()];
    roles.sort();
    let mut groups = [format!("client:c{}", n % 7), format!("team:t{}", n % 5)];
    groups.sort();
    (
        tag.to_string(),
        roles.join(";"),
        groups.join(";"),
        format!("code={n};operator_type=PAYE{}", n % 2),
    )
}

/// Audit entries of each action per user id, counted in one pass over the
/// log (a query per user would walk the log once per user).
fn entries_by_user(db: &Path) -> BTreeMap<(String, String), i64> {
    sql_at(db)
        .rows(
            "SELECT user_id, action, count(*) FROM audit WHERE user_id IS NOT NULL \
             GROUP BY user_id, action",
            [],
            |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)),
        )
        .unwrap()
        .into_iter()
        .collect()
}

/// `create` audit entries per user (by email), and entries for users the
/// store does not have.
fn create_entries(db: &Path) -> (BTreeMap<String, i64>, i64) {
    let entries = entries_by_user(db);
    let users: BTreeMap<String, String> = sql_at(db)
        .rows("SELECT id, email FROM users", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
        .into_iter()
        .collect();
    let per_user = users
        .iter()
        .map(|(id, email)| {
            let n = entries
                .get(&(id.clone(), "create".to_string()))
                .copied()
                .unwrap_or(0);
            (email.clone(), n)
        })
        .collect();
    let orphans = entries
        .iter()
        .filter(|((id, action), _)| action == "create" && !users.contains_key(id))
        .map(|(_, n)| n)
        .sum();
    (per_user, orphans)
}

/// The rows of an import's `--json` output: (line, email, outcome, id).
fn import_outcomes(stdout: &str) -> Vec<(i64, String, String, String)> {
    let rows: serde_json::Value =
        serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"));
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["line"].as_i64().unwrap(),
                r["email"].as_str().unwrap().to_string(),
                r["outcome"].as_str().unwrap().to_string(),
                r["id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

const OVERLAP_ROUNDS: usize = 2;

/// Two `user import --on-conflict skip` processes at once on one store, on
/// files that share 2,000 of their 3,000 rows (the second lists its users in
/// the reverse order, so the two meet from both ends, batch by batch), the
/// second started a seeded random 0–150 ms after the first; twice, each on
/// a fresh store. Both exit 0; every email is in the store once; a shared
/// row is `created` by exactly one of the two and `unchanged` in the other,
/// with the same id, and the user holds what the creating file says (its
/// first name names that file); every user has exactly one `create` audit
/// entry, and nothing was updated; `db check` and `audit verify` pass.
#[test]
fn two_imports_of_overlapping_files_create_each_user_once() {
    let mut rng = Rng::from_env_or_clock("two_imports_of_overlapping_files_create_each_user_once");
    let mut results = Vec::new();
    for round in 0..OVERLAP_ROUNDS {
        let env = TestEnv::new();
        env.ok(&["db", "migrate"]);
        let a = import_file(&env, "a.csv", 0..3000, "A");
        let b = import_file(&env, "b.csv", (1000..4000).rev(), "B");
        let delay = Duration::from_millis(rng.between(0, 150));
        let started = Instant::now();
        let (out_a, out_b) = std::thread::scope(|s| {
            let env = &env;
            let first = s.spawn(move || {
                run_on(
                    env,
                    None,
                    &[
                        "--json",
                        "--yes",
                        "user",
                        "import",
                        &a,
                        "--on-conflict",
                        "skip",
                    ],
                )
            });
            std::thread::sleep(delay);
            let second = s.spawn(move || {
                run_on(
                    env,
                    None,
                    &[
                        "--json",
                        "--yes",
                        "user",
                        "import",
                        &b,
                        "--on-conflict",
                        "skip",
                    ],
                )
            });
            (first.join().unwrap(), second.join().unwrap())
        });
        let elapsed = started.elapsed();
        let when = format!("round {round}, second import {delay:?} later");
        assert_eq!(out_a.0, 0, "{when}: import A: {}", out_a.2);
        assert_eq!(out_b.0, 0, "{when}: import B: {}", out_b.2);
        let rows_a = import_outcomes(&out_a.1);
        let rows_b = import_outcomes(&out_b.1);
        assert_eq!(
            (rows_a.len(), rows_b.len()),
            (3000, 3000),
            "{when}: a row each"
        );

        // Each email: the outcomes the two imports gave it, and the ids.
        let mut seen: BTreeMap<String, Vec<(&str, String, String)>> = BTreeMap::new();
        for (tag, rows) in [("A", &rows_a), ("B", &rows_b)] {
            for (_, email, outcome, id) in rows.iter() {
                seen.entry(email.clone())
                    .or_default()
                    .push((tag, outcome.clone(), id.clone()));
            }
        }
        assert_eq!(seen.len(), 4000, "{when}: 4,000 users in the two files");
        let held = holdings(&env.db());
        assert_eq!(held.len(), 4000, "{when}: each email in the store once");
        let mut created_by = BTreeMap::from([("A", 0), ("B", 0)]);
        let mut shared_by = BTreeMap::from([("A", 0), ("B", 0)]);
        for (email, outcomes) in &seen {
            let n: usize = email[1..email.find('@').unwrap()].parse().unwrap();
            let creators: Vec<&(&str, String, String)> =
                outcomes.iter().filter(|(_, o, _)| o == "created").collect();
            assert_eq!(
                creators.len(),
                1,
                "{when}: {email} is created by exactly one import: {outcomes:?}"
            );
            let (creator, _, id) = creators[0];
            for (tag, outcome, other_id) in outcomes {
                assert!(
                    outcome == "created" || outcome == "unchanged",
                    "{when}: {email} in {tag}: {outcome}"
                );
                assert_eq!(other_id, id, "{when}: {email}: both outputs name one user");
            }
            *created_by.get_mut(creator).unwrap() += 1;
            if outcomes.len() == 2 {
                *shared_by.get_mut(creator).unwrap() += 1;
            }
            assert_eq!(
                held.get(email),
                Some(&expected_holdings(n, creator)),
                "{when}: {email} holds what the file of the import that created it says"
            );
        }
        let (entries, orphans) = create_entries(&env.db());
        assert_eq!(
            orphans, 0,
            "{when}: no create entry for a user not in the store"
        );
        for (email, n) in &entries {
            assert_eq!(*n, 1, "{when}: {email} has one create entry");
        }
        assert_eq!(
            count(&env, "SELECT count(*) FROM audit WHERE action = 'update'"),
            0,
            "{when}: --on-conflict skip updated nobody"
        );
        store_is_sound(&env, None, &when);
        results.push(format!(
            "{}ms: A created {} ({} shared), B created {} ({} shared), {:.1}s",
            delay.as_millis(),
            created_by["A"],
            shared_by["A"],
            created_by["B"],
            shared_by["B"],
            elapsed.as_secs_f64()
        ));
    }
    eprintln!(
        "two_imports_of_overlapping_files_create_each_user_once: 3,000 rows each, 2,000 shared; {}",
        results.join("; ")
    );
}

const IMPORT_KILL_ROWS: usize = 3000;
const IMPORT_KILL_ROUNDS: usize = 2;
/// `user import` writes a file in transactions of this many rows
/// (commands::user::import::BATCH).
const IMPORT_BATCH: usize = 2000;

/// Waits until the store holds a user (the import's first batch committed),
/// looking every 5 ms, for at most `limit`.
fn wait_for_a_user(db: &Path, limit: Duration) {
    let conn = sql_at(db);
    let start = Instant::now();
    while start.elapsed() < limit {
        let users: rusqlite::Result<i64> =
            conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0));
        if users.is_ok_and(|n| n > 0) {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// `kill -9` of `user import` of 3,000 users (each with two roles, two
/// groups and two attributes), twice, each on a fresh store: once as soon as
/// its first batch is in the store, once at a seeded random moment
/// (300–2,000 ms). Afterwards the store opens, `db check` and `audit
/// verify` pass, the users present are whole batches of 2,000 (or all),
/// each holds exactly what its row says and has one `create` entry. Then the
/// same import with `--on-conflict skip` exits 0, reports the users already
/// there `unchanged` (with their ids) and creates the rest, and the store
/// holds all 3,000, each whole, each with one `create` entry.
#[test]
fn kill_9_during_an_import_leaves_whole_users_and_a_rerun_finishes_it() {
    if crate::common::through::local_only(
        "kill -9 of the process that writes; through a server that is the server (remote::a_server_killed_during_a_bulk_change_leaves_whole_batches_and_a_rerun_finishes kills it), and a killed client leaves the server to go on",
    ) {
        return;
    }
    let mut rng = Rng::from_env_or_clock(
        "kill_9_during_an_import_leaves_whole_users_and_a_rerun_finishes_it",
    );
    let mut results = Vec::new();
    for round in 0..IMPORT_KILL_ROUNDS {
        let env = TestEnv::new();
        env.ok(&["db", "migrate"]);
        let file = import_file(&env, "users.csv", 0..IMPORT_KILL_ROWS, "K");
        let random_delay = Duration::from_millis(rng.between(300, 2000));
        let mut cmd = env.std_cmd();
        cmd.args(["-q", "--yes", "user", "import", &file])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let started = Instant::now();
        let mut child = Reaped(cmd.spawn().unwrap());
        if round == 0 {
            wait_for_a_user(&env.db(), PROCESS_LIMIT);
        } else {
            std::thread::sleep(random_delay);
        }
        let finished = child.0.try_wait().unwrap();
        let _ = child.0.kill();
        let delay = started.elapsed();
        let status = wait_within(&mut child.0, PROCESS_LIMIT).expect("a killed process is reaped");
        let killed = finished.is_none() && status.code().is_none();
        if !killed {
            assert_eq!(
                status.code(),
                Some(0),
                "round {round}: an unkilled import exits 0"
            );
        }
        let when = format!("round {round}, killed after {delay:?}");

        let (code, _, stderr) = run_on(&env, None, &["db", "stats"]);
        assert_eq!(code, 0, "{when}: the store opens: {stderr}");
        store_is_sound(&env, None, &when);
        let held = holdings(&env.db());
        let present = held.len();
        assert!(
            present % IMPORT_BATCH == 0 || present == IMPORT_KILL_ROWS,
            "{when}: {present} users is not whole batches of {IMPORT_BATCH}"
        );
        if !killed {
            assert_eq!(present, IMPORT_KILL_ROWS, "{when}: it finished");
        }
        for (email, holds) in &held {
            let n: usize = email[1..email.find('@').unwrap()].parse().unwrap();
            assert_eq!(
                holds,
                &expected_holdings(n, "K"),
                "{when}: {email} is whole"
            );
        }
        let (entries, orphans) = create_entries(&env.db());
        assert_eq!(orphans, 0, "{when}: no create entry without its user");
        assert!(
            entries.values().all(|n| *n == 1),
            "{when}: one create entry per user present"
        );
        let ids_before: BTreeMap<String, String> = {
            env.sql()
                .rows("SELECT email, id FROM users", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .unwrap()
                .into_iter()
                .collect()
        };

        let (code, stdout, stderr) = run_on(
            &env,
            None,
            &[
                "--json",
                "--yes",
                "user",
                "import",
                &file,
                "--on-conflict",
                "skip",
            ],
        );
        assert_eq!(code, 0, "{when}: the re-run: {stderr}");
        let rows = import_outcomes(&stdout);
        assert_eq!(
            rows.len(),
            IMPORT_KILL_ROWS,
            "{when}: the re-run has a row each"
        );
        for (line, email, outcome, id) in &rows {
            match ids_before.get(email) {
                Some(before) => {
                    assert_eq!(
                        outcome, "unchanged",
                        "{when}: line {line}: {email} was there"
                    );
                    assert_eq!(id, before, "{when}: line {line}: the same user");
                }
                None => assert_eq!(outcome, "created", "{when}: line {line}: {email}"),
            }
        }
        let held = holdings(&env.db());
        assert_eq!(
            held.len(),
            IMPORT_KILL_ROWS,
            "{when}: the re-run finished the job"
        );
        for (email, holds) in &held {
            let n: usize = email[1..email.find('@').unwrap()].parse().unwrap();
            assert_eq!(
                holds,
                &expected_holdings(n, "K"),
                "{when}: {email} after the re-run"
            );
        }
        let (entries, orphans) = create_entries(&env.db());
        assert_eq!(orphans, 0);
        assert!(
            entries.values().all(|n| *n == 1),
            "{when}: one create entry per user after the re-run"
        );
        store_is_sound(&env, None, &format!("{when}, after the re-run"));
        results.push(format!(
            "{}{}ms:{}",
            if round == 0 { "first batch, " } else { "" },
            delay.as_millis(),
            if killed {
                present.to_string()
            } else {
                "done".into()
            }
        ));
    }
    eprintln!(
        "kill_9_during_an_import_leaves_whole_users_and_a_rerun_finishes_it: {IMPORT_KILL_ROWS} \
         rows; {IMPORT_KILL_ROUNDS} rounds (delay:users present before the re-run) {}",
        results.join(" ")
    );
}

const RACE_SEEDED: usize = 4000;
const RACE_CREATORS: usize = 3;

/// One `user create` during the race, as its process reported it.
struct RaceCreate {
    email: String,
    started: Duration,
    ended: Duration,
    exit: i32,
    stderr: String,
}

/// `user block --status active` (the bulk engine: the selection taken once,
/// then batches) on 4,000 active users, while 3 processes keep running
/// `user create --no-invite` before, during and after it. The block and
/// every create exit 0 (a create may exit 8 only if it changed nothing).
/// Afterwards: every user is active or blocked; the users the block reported
/// `changed` are exactly the blocked ones; each blocked user has the block's
/// reason and exactly one `block` audit entry, and no active user has one or
/// a block reason; every user created before the block started is blocked
/// and every one created after it ended is active (those created meanwhile
/// may be either); every user has one `create` entry; `db check` and
/// `audit verify` pass.
#[test]
fn a_bulk_block_racing_creates_leaves_no_user_half_changed() {
    let env = TestEnv::new();
    env.ok(&["db", "migrate"]);
    let seeding = Instant::now();
    let seed = import_file(&env, "seed.csv", 0..RACE_SEEDED, "S");
    env.ok(&["-q", "--yes", "user", "import", &seed]);
    let seeded_in = seeding.elapsed();
    let mut rng = Rng::from_env_or_clock("a_bulk_block_racing_creates_leaves_no_user_half_changed");
    let lead = Duration::from_millis(rng.between(100, 400));
    let stop = AtomicBool::new(false);
    let start = Instant::now();

    let (block, creates) = std::thread::scope(|s| {
        let creators: Vec<_> = (0..RACE_CREATORS)
            .map(|c| {
                let env = &env;
                let stop = &stop;
                s.spawn(move || {
                    let mut log = Vec::new();
                    // Bounded even if the block hangs: it has its own limit.
                    while !stop.load(Ordering::SeqCst) && log.len() < 2000 {
                        let email = format!("late{c}-{}@example.com", log.len());
                        let started = start.elapsed();
                        let (exit, _, stderr) =
                            run_on(env, None, &["user", "create", &email, "--no-invite"]);
                        log.push(RaceCreate {
                            email,
                            started,
                            ended: start.elapsed(),
                            exit,
                            stderr,
                        });
                    }
                    log
                })
            })
            .collect();
        std::thread::sleep(lead);
        let block_started = start.elapsed();
        let out = run_on(
            &env,
            None,
            &[
                "--json", "--yes", "user", "block", "--status", "active", "--reason", "race",
            ],
        );
        let block_ended = start.elapsed();
        std::thread::sleep(lead);
        stop.store(true, Ordering::SeqCst);
        let creates: Vec<RaceCreate> = creators
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect();
        ((block_started, block_ended, out), creates)
    });
    let (block_started, block_ended, (code, stdout, stderr)) = block;
    assert_eq!(code, 0, "the block: {stderr}");
    let odd: Vec<String> = creates
        .iter()
        .filter(|c| c.exit != 0 && !(c.exit == 8 && c.stderr.contains("busy")))
        .map(|c| format!("{}: exit {}: {}", c.email, c.exit, c.stderr))
        .collect();
    assert!(odd.is_empty(), "creates failed:\n{}", odd.join("\n"));

    let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let changed: std::collections::BTreeSet<String> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "changed")
        .map(|r| r["email"].as_str().unwrap().to_string())
        .collect();
    let entries = entries_by_user(&env.db());
    let entries_of = |id: &str, action: &str| {
        entries
            .get(&(id.to_string(), action.to_string()))
            .copied()
            .unwrap_or(0)
    };
    let users: BTreeMap<String, (String, Option<String>, i64, i64)> = env
        .sql()
        .rows(
            "SELECT id, email, status, blocked_reason FROM users",
            [],
            |r| {
                let id: String = r.get(0)?;
                let held = (
                    r.get(2)?,
                    r.get(3)?,
                    entries_of(&id, "block"),
                    entries_of(&id, "create"),
                );
                Ok((r.get(1)?, held))
            },
        )
        .unwrap()
        .into_iter()
        .collect();
    let created: Vec<&RaceCreate> = creates.iter().filter(|c| c.exit == 0).collect();
    assert_eq!(
        users.len(),
        RACE_SEEDED + created.len(),
        "every create is a user"
    );
    for c in creates.iter().filter(|c| c.exit == 8) {
        assert!(
            !users.contains_key(&c.email),
            "{}: a busy create made nobody",
            c.email
        );
    }
    for (email, (status, reason, blocks, creates)) in &users {
        assert_eq!(*creates, 1, "{email}: one create entry");
        match status.as_str() {
            "blocked" => {
                assert!(
                    changed.contains(email),
                    "{email} is blocked, not reported changed"
                );
                assert_eq!(
                    reason.as_deref(),
                    Some("race"),
                    "{email}: the block's reason"
                );
                assert_eq!(*blocks, 1, "{email}: one block entry");
            }
            "active" => {
                assert!(
                    !changed.contains(email),
                    "{email} reported changed, still active"
                );
                assert_eq!(*reason, None, "{email}: active with a block reason");
                assert_eq!(*blocks, 0, "{email}: active with a block entry");
            }
            other => panic!("{email} is {other}"),
        }
    }
    let mut phases = [[0usize; 2]; 3];
    for c in &created {
        let blocked = users[&c.email].0 == "blocked";
        let phase = if c.ended < block_started {
            assert!(blocked, "{} was created before the block started", c.email);
            0
        } else if c.started > block_ended {
            assert!(!blocked, "{} was created after the block ended", c.email);
            2
        } else {
            1
        };
        phases[phase][usize::from(blocked)] += 1;
    }
    assert_eq!(
        count(&env, "SELECT count(*) FROM audit WHERE action = 'block'") as usize,
        changed.len(),
        "one block entry per user the block changed"
    );
    store_is_sound(&env, None, "after the race");
    eprintln!(
        "a_bulk_block_racing_creates_leaves_no_user_half_changed: {RACE_SEEDED} users seeded \
         in {:.1}s; the block ran {:.2}s from {}ms and changed {}; creates by {RACE_CREATORS} \
         processes: {} before it (all blocked), {} while it ran ({} blocked, {} not), {} after \
         it (none blocked), {} busy",
        seeded_in.as_secs_f64(),
        (block_ended - block_started).as_secs_f64(),
        block_started.as_millis(),
        changed.len(),
        phases[0][1],
        phases[1][0] + phases[1][1],
        phases[1][1],
        phases[1][0],
        phases[2][0],
        creates.iter().filter(|c| c.exit == 8).count()
    );
}

/// A CI job seeding a store that does not exist yet, four processes at once:
/// making and migrating the store is one step the others wait for, so every
/// run succeeds, 30 rounds over (issue 17). On SQLite a new file, on
/// PostgreSQL a new empty database each round.
#[test]
fn parallel_first_use_of_a_new_store_makes_it_once() {
    for round in 0..30 {
        let env = TestEnv::new();
        let children: Vec<_> = (0..4)
            .map(|i| {
                let mut cmd = env.std_cmd();
                cmd.args(["user", "create", &format!("p{i}@example.com"), "--no-email"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped());
                Reaped(cmd.spawn().unwrap())
            })
            .collect();
        for mut child in children {
            let status = wait_within(&mut child.0, PROCESS_LIMIT).expect("roster finished");
            let mut stderr = String::new();
            std::io::Read::read_to_string(child.0.stderr.as_mut().unwrap(), &mut stderr).unwrap();
            assert_eq!(status.code(), Some(0), "round {round}: {stderr}");
        }
        assert_eq!(
            env.json(&["user", "list"]).as_array().unwrap().len(),
            4,
            "round {round}"
        );
    }
}

/// Sends SIGINT (Ctrl-C) to a running roster and returns its exit code and
/// stderr.
fn interrupt(mut child: std::process::Child) -> (Option<i32>, String) {
    // Its stdin stays open until it has ended: no end of file races the signal.
    let stdin = child.stdin.take();
    // SAFETY: kill on the pid of a child this test started.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Issue 17, Ctrl-C: roster says that nothing was changed, and a credentials
/// file it created that holds only its header is removed; one it appended
/// to is cut back to what it held.
#[test]
fn ctrl_c_says_nothing_was_changed_and_removes_a_header_only_credentials_file() {
    if crate::common::through::local_only(
        "Ctrl-C counts this process's commits; through a server the server commits",
    ) {
        return;
    }
    use std::io::Write as _;
    use std::os::unix::fs::PermissionsExt as _;
    let env = TestEnv::new();
    env.ok(&["user", "create", "--no-invite", "ada@example.com"]);
    let audit_before = env.json(&["audit", "list"]).as_array().unwrap().len();
    let creds = env.path().join("creds.csv");
    let start = |creds: &Path| {
        // An import from stdin that waits for the rest of its file: the
        // credentials file is open, nothing is written yet.
        let mut child = env
            .std_cmd()
            .args([
                "--yes",
                "user",
                "import",
                "-",
                "--generate-password",
                "--credentials-file",
            ])
            .arg(creds)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.as_mut().unwrap();
        stdin.write_all(b"email\nnew@example.com\n").unwrap();
        stdin.flush().unwrap();
        let modified = |creds: &Path| std::fs::metadata(creds).and_then(|m| m.modified()).ok();
        let before = modified(creds);
        // A new file is there once its header is; one appended to is not
        // touched until a password is written: give the run a moment.
        let wait = if before.is_some() { 1 } else { 10 };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(wait);
        while modified(creds) == before && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
        child
    };
    let (code, stderr) = interrupt(start(&creds));
    assert_eq!(code, Some(130), "{stderr}");
    assert!(
        stderr.contains("roster: interrupted; nothing was changed"),
        "{stderr}"
    );
    assert!(
        stderr.contains("credentials file, which held no password, was removed"),
        "{stderr}"
    );
    assert!(!creds.exists(), "a header-only credentials file is removed");
    // A file of an earlier run keeps what it held, no more.
    let earlier = "email,password\nold@example.com,Xy7hR2kLmN9pQ4sT8vW3zA6bC5dE\n";
    std::fs::write(&creds, earlier).unwrap();
    std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (code, stderr) = interrupt(start(&creds));
    assert_eq!(code, Some(130), "{stderr}");
    assert!(stderr.contains("nothing was changed"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&creds).unwrap(), earlier);
    assert_eq!(
        env.json(&["audit", "list"]).as_array().unwrap().len(),
        audit_before
    );
    env.ok(&["db", "check"]);
}

/// Ctrl-C after a change was committed says that it was written.
#[test]
fn ctrl_c_after_a_commit_says_what_was_written() {
    if crate::common::through::local_only(
        "Ctrl-C counts this process's commits; through a server the server commits",
    ) {
        return;
    }
    use std::os::unix::fs::PermissionsExt as _;
    let env = TestEnv::new();
    env.ok(&["user", "create", "--no-invite", "first@example.com"]);
    // An MTA that takes its time: the user is created (committed), then
    // roster waits for the mail to be handed over.
    let script = env.path().join("slow-sendmail");
    std::fs::write(&script, "#!/bin/sh\ncat > /dev/null\nsleep 5\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let child = env
        .std_cmd()
        .env(
            "ROSTER_MAIL_TRANSPORT",
            format!("sendmail:{}", script.display()),
        )
        .args(["user", "create", "ada@example.com"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::time::Instant::now() < deadline {
        let created = env.sql().query_row(
            "SELECT count(*) FROM outbox WHERE claimed_until IS NOT NULL",
            [],
            |r| r.get::<_, i64>(0),
        );
        if created.unwrap_or(0) > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    let (code, stderr) = interrupt(child);
    assert_eq!(code, Some(130), "{stderr}");
    assert!(
        stderr.contains("roster: interrupted; 2 writes (batches, or records of mail sent) were committed before it and stay"),
        "{stderr}"
    );
    assert_eq!(env.status("ada@example.com"), "invited");
}
