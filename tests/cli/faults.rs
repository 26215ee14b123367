//! Faults, as CI runs them in bounded time: many processes writing one store at
//! once, a store held busy past the timeout, and `kill -9` in the middle of bulk
//! work. After each, the store opens, `db check` and `audit verify` pass, and
//! what was committed is exactly what the processes reported (issue 9, "Proof
//! that stays"; the figures go to docs/reliability.md).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::common::process::{Reaped, Rng, output_within, wait_within};
use crate::common::{TestEnv, seed_active_users};

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
        let db = env.sql();
        let mut stmt = db
            .prepare(
                "SELECT a.action FROM audit a JOIN users u ON u.id = a.user_id
                 WHERE u.email = ? AND a.action IN ('block', 'unblock') ORDER BY a.seq",
            )
            .unwrap();
        let audited: Vec<String> = stmt
            .query_map([email], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
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
/// Bulk verbs commit in transactions of this many users (ops::lifecycle::BATCH).
const BATCH: i64 = 1000;

/// `kill -9` of `user block --all` at a random moment, 10 times, each on a
/// fresh copy of a 3,000-user store: afterwards the store opens, `db check`
/// and `audit verify` pass, the blocked users are whole batches of 1,000 (or
/// all of them), and each blocked user has exactly one `block` audit row.
#[test]
fn kill_9_during_a_bulk_block_leaves_whole_batches() {
    let env = TestEnv::new();
    let seeding = Instant::now();
    seed_active_users(&env, KILL_USERS);
    // Fold the write-ahead log into the file, so a copy of the file is the store.
    env.sql()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let seeded_in = seeding.elapsed();
    let mut rng = Rng::from_env_or_clock("kill_9_during_a_bulk_block_leaves_whole_batches");
    let dir = env.db().parent().unwrap().to_path_buf();
    let mut results = Vec::new();
    for round in 0..KILL_ROUNDS {
        let db = dir.join(format!("kill{round}.db"));
        std::fs::copy(env.db(), &db).unwrap();
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
        let audited: i64 = rusqlite::Connection::open(&db)
            .unwrap()
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
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
    }
    eprintln!(
        "kill_9_during_a_bulk_block_leaves_whole_batches: {KILL_USERS} users seeded in {:.1}s; \
         {KILL_ROUNDS} rounds (delay:blocked) {}",
        seeded_in.as_secs_f64(),
        results.join(" ")
    );
}
