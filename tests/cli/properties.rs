//! A property test: random verb sequences against the binary. After every step the
//! status matches an independent model of the transition table, and the audit
//! chain verifies at the end.

use proptest::prelude::*;

use crate::common::TestEnv;

const VERBS: [&str; 9] = [
    "invite",
    "revoke",
    "block",
    "unblock",
    "archive",
    "restore",
    "sign-out",
    "unlock",
    "reset-password",
];

/// The model: (status after, exit code) for a verb from a status, with the status
/// remembered on archive.
fn model(verb: &str, status: &str, previous: &mut Option<String>) -> (String, i32) {
    let to = |s: &str| (s.to_string(), 0);
    let invalid = (status.to_string(), 5);
    let unchanged = (status.to_string(), 0);
    match (verb, status) {
        ("invite", "invited" | "invitation_expired" | "invitation_revoked") => to("invited"),
        ("invite", _) => invalid,
        ("revoke", "invited" | "invitation_expired") => to("invitation_revoked"),
        ("revoke", "invitation_revoked") => unchanged,
        ("revoke", _) => invalid,
        ("block", "active") => to("blocked"),
        ("block", "blocked") => unchanged,
        ("block", _) => invalid,
        ("unblock", "blocked") => to("active"),
        ("unblock", "active") => unchanged,
        ("unblock", _) => invalid,
        ("archive", "archived") => unchanged,
        ("archive", from) => {
            *previous = Some(from.to_string());
            to("archived")
        }
        ("restore", "archived") => match previous
            .take()
            .expect("an archived user remembers")
            .as_str()
        {
            // Archiving killed the invitation's token: it comes back expired.
            "invited" | "invitation_expired" => to("invitation_expired"),
            other => to(other),
        },
        ("restore", _) => unchanged,
        ("sign-out" | "unlock", _) => unchanged,
        ("reset-password", "active" | "blocked") => unchanged,
        ("reset-password", _) => invalid,
        _ => unreachable!(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, .. ProptestConfig::default() })]

    #[test]
    fn random_verb_sequences_follow_the_table(
        start_active in any::<bool>(),
        steps in proptest::collection::vec(0..VERBS.len(), 1..10),
        delete_at_end in any::<bool>(),
    ) {
        let env = TestEnv::new();
        let extra: &[&str] = if start_active { &["--no-invite"] } else { &[] };
        let id = env.create("prop@example.com", extra);
        let mut status = if start_active { "active".to_string() } else { "invited".to_string() };
        let mut previous = None;
        for step in steps {
            let verb = VERBS[step];
            let (want, want_exit) = model(verb, &status, &mut previous);
            let mut args = vec!["user", verb, id.as_str()];
            if verb == "reset-password" {
                args.push("--link");
            }
            let (code, _, stderr) = env.run(&args);
            prop_assert_eq!(code, want_exit, "{} from {}: {}", verb, status, stderr);
            status = want;
            prop_assert_eq!(env.status(&id), status.clone(), "after {}", verb);
        }
        if delete_at_end {
            env.ok(&["user", "delete", &id, "--yes"]);
            let (code, _, _) = env.run(&["user", "show", &id]);
            prop_assert_eq!(code, 4, "a deleted user is gone");
        }
        env.ok(&["audit", "verify"]);
        env.ok(&["db", "check"]);
    }
}
