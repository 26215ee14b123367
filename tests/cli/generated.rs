//! Generated files (completions, man pages) must match what the code generates.
//! `ROSTER_BLESS=1 cargo test generated` rewrites them.

use std::path::Path;

fn check(path: &Path, fresh: &[u8], stale: &mut Vec<String>) {
    if std::env::var_os("ROSTER_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, fresh).unwrap();
        return;
    }
    match std::fs::read(path) {
        Ok(current) if current == fresh => {}
        _ => stale.push(path.display().to_string()),
    }
}

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for (shell, file) in [
        (clap_complete::Shell::Bash, "roster.bash"),
        (clap_complete::Shell::Zsh, "_roster"),
        (clap_complete::Shell::Fish, "roster.fish"),
        (clap_complete::Shell::Elvish, "roster.elv"),
        (clap_complete::Shell::PowerShell, "_roster.ps1"),
    ] {
        let script = roster::cli::completion_script(shell);
        check(&root.join("completions").join(file), &script, &mut stale);
    }
    for (name, page) in roster::cli::man_pages() {
        check(
            &root.join("docs/man").join(format!("{name}.1")),
            &page,
            &mut stale,
        );
    }
    check(
        &root.join("docs/exit-codes.md"),
        exit_codes_md().as_bytes(),
        &mut stale,
    );
    check(
        &root.join("docs/transitions.md"),
        transitions_md().as_bytes(),
        &mut stale,
    );
    check(
        &root.join("docs/configuration.md"),
        configuration_md().as_bytes(),
        &mut stale,
    );
    check(
        &root.join("docs/permissions.md"),
        permissions_md().as_bytes(),
        &mut stale,
    );
    check(
        &root.join("docs/roles.md"),
        roles_md().as_bytes(),
        &mut stale,
    );
    assert!(
        stale.is_empty(),
        "stale generated files (run ROSTER_BLESS=1 cargo test generated): {stale:?}"
    );
}

/// The man pages name only pages that exist, and the bulk verbs' synopsis
/// says they take many users.
#[test]
fn man_pages_refer_only_to_pages_that_exist() {
    let pages = roster::cli::man_pages();
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    assert!(!names.contains(&"roster-help"), "{names:?}");
    for (name, page) in &pages {
        let text = String::from_utf8_lossy(page);
        for word in text.split(|c: char| c.is_whitespace() || c == ',') {
            let word = word.replace("\\-", "-");
            if let Some(page_ref) = word.strip_suffix("(1)") {
                let page_ref = page_ref.trim_start_matches(|c: char| !c.is_alphanumeric());
                assert!(
                    names.contains(&page_ref),
                    "{name}.1 refers to {page_ref}(1), which does not exist"
                );
            }
        }
    }
    let block = &pages
        .iter()
        .find(|(n, _)| n == "roster-user-block")
        .unwrap()
        .1;
    let block = String::from_utf8_lossy(block);
    let synopsis = block
        .lines()
        .skip_while(|l| *l != ".SH SYNOPSIS")
        .nth(1)
        .unwrap();
    assert!(synopsis.contains("[\\fIUSER\\fR]..."), "{synopsis}");
}

/// `--status`, `--format`, `completions SHELL` and friends complete their
/// values, not file names.
#[test]
fn completions_offer_the_values_of_closed_lists() {
    for shell in [
        clap_complete::Shell::Bash,
        clap_complete::Shell::Zsh,
        clap_complete::Shell::Fish,
    ] {
        let script = String::from_utf8(roster::cli::completion_script(shell)).unwrap();
        for value in [
            "invitation_expired",
            "jsonl",
            "powershell",
            "last-login",
            "onboarding",
        ] {
            assert!(script.contains(value), "{shell:?} completion lacks {value}");
        }
    }
}

/// docs/schema.md is written by hand; it must name the schema version this
/// roster writes, and every table, column, index and trigger of a new store
/// (FTS5's own tables aside).
#[test]
fn schema_md_describes_the_current_schema() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema.md"))
        .unwrap();
    let version = roster::store::SCHEMA_VERSION;
    let mut missing = Vec::new();
    if !doc.contains(&format!("is the schema version, {version} at present")) {
        missing.push(format!("schema version {version}"));
    }
    let env = crate::common::TestEnv::lite();
    env.ok(&["db", "migrate"]);
    let sql = env.sqlite();
    let objects: Vec<(String, String)> = sql
        .prepare(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' \
             AND name NOT LIKE 'users_search_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for (kind, name) in &objects {
        if !doc.contains(&format!("`{name}")) {
            missing.push(format!("{kind} {name}"));
        }
        if kind != "table" {
            continue;
        }
        let columns: Vec<String> = sql
            .prepare("SELECT name FROM pragma_table_info(?)")
            .unwrap()
            .query_map([name], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for column in columns {
            if !doc.contains(&format!("`{column}`")) {
                missing.push(format!("column {name}.{column}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/schema.md does not describe: {missing:?}"
    );
}

fn exit_codes_md() -> String {
    let mut md = String::from(
        "# Exit codes\n\n\
         <!-- Generated from src/exit.rs by `ROSTER_BLESS=1 cargo test generated`. -->\n\n\
         Every roster command ends with one of these codes. With `--format json` or\n\
         `jsonl`, an error is also written to stderr as\n\
         `{\"error\":{\"code\":\"not_found\",\"message\":\"…\",\"exit\":4}}`, where `code`\n\
         is the name below.\n\n\
         | code | name | when |\n|---|---|---|\n",
    );
    for exit in roster::exit::Exit::ALL {
        md.push_str(&format!(
            "| {} | `{}` | {} |\n",
            exit.code(),
            exit.name(),
            exit.meaning()
        ));
    }
    md.push_str(
        "\nBulk verbs (`user invite`, `revoke`, `block`, `unblock`, `archive`, `restore`,\n\
         `delete`, `reset-password`, `sign-out`, `unlock`, `email`, `role assign`,\n\
         `role unassign`) report one row per target. Their exit code is 0 when every\n\
         target was `changed`, `unchanged` or `skipped`; 3 when some succeeded and\n\
         others failed; and when every target failed, the failures' own code if they\n\
         agree (4 for `not_found`, 5 for `invalid_transition` and `refused`, 7 for\n\
         `denied`, 1 for `failed`), else 3. `--dry-run` exits 0 with the plan, unless\n\
         the plan itself is refused (`--max-affected`, `--expect-count`, `--atomic`:\n\
         5), the input is invalid (6), or the actor may not (7); it writes nothing\n\
         either way, and makes no store.\n\n\
         A closed pipe (`roster user list | head`) is not an error: roster stops\n\
         writing and exits 0.\n\n\
         Ctrl-C stops roster with exit 130 (128 + SIGINT). A write under way is\n\
         finished first; roster then says that nothing was changed, or how many\n\
         writes were committed before it.\n",
    );
    md
}

fn transitions_md() -> String {
    use roster::domain::transitions::{TABLE, Target};
    let mut md = String::from(
        "# User statuses and transitions\n\n\
         <!-- Generated from src/domain/transitions.rs by `ROSTER_BLESS=1 cargo test generated`. -->\n\n\
         `roster user transitions` prints this table; `--format json` gives its machine form.\n\n\
         | verb | from | to | side effects |\n|---|---|---|---|\n",
    );
    for rule in TABLE {
        let from: Vec<&str> = rule.from.iter().map(|s| s.as_str()).collect();
        let from = if from.len() == roster::domain::Status::ALL.len() {
            "any".to_string()
        } else if from.is_empty() {
            "—".to_string()
        } else {
            from.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let to = match rule.to {
            Target::To(s) => format!("`{s}`"),
            Target::Same => "unchanged".into(),
            Target::Previous => "the status before archiving".into(),
            Target::Gone => "deleted".into(),
        };
        md.push_str(&format!(
            "| `{}` | {from} | {to} | {} |\n",
            rule.verb.command(),
            rule.effects
        ));
    }
    md.push_str(
        "\nA verb on a user already where it would leave them is `unchanged` and exits 0,\n\
         so scripts can re-run; `restore` of a user that is not archived is `unchanged`\n\
         too. A verb whose *from* does not hold is `invalid_transition` (exit 5), and\n\
         the message names the user's status and the statuses the verb needs.\n\n\
         `invitation_expired` is never stored: it is an `invited` user whose invitation\n\
         is past its expiry (`invite.ttl`, default 7 days). Likewise a block with\n\
         `--until` reads as `active` once that time has passed.\n",
    );
    md
}

fn configuration_md() -> String {
    let mut md = String::from(
        "# Configuration keys\n\n\
         <!-- Generated from src/settings.rs by `ROSTER_BLESS=1 cargo test generated`. -->\n\n\
         Every key can be set in the config file (`[section]` then `key = value`) or in\n\
         the environment; a flag wins over the environment, which wins over the file.\n\
         `roster config show` prints the value in force and where it came from. See the\n\
         [guide](guide.md#configuration) for the file's location.\n\n\
         | key | environment | default | what it does |\n|---|---|---|---|\n",
    );
    for key in roster::settings::KEYS {
        let default = match (key.default, key.unset) {
            ("", "") => "—".to_string(),
            ("", unset) => unset.to_string(),
            (default, _) => format!("`{default}`"),
        };
        let env: Vec<String> = key.env_names().iter().map(|v| format!("`{v}`")).collect();
        md.push_str(&format!(
            "| `{}` | {} | {default} | {} |\n",
            key.name,
            env.join(", "),
            key.help
        ));
    }
    md.push_str(
        "\nSMTP credentials are never in the file: they come from `ROSTER_SMTP_USER`\n\
         and `ROSTER_SMTP_PASSWORD` only. Durations are written `90s`, `15m`, `12h`, `7d`\n\
         or `2w` (and combinations such as `1d12h`).\n",
    );
    md
}

fn permissions_md() -> String {
    use roster::commands::permissions::COMMANDS;
    use roster::domain::access::ROSTER_PERMISSIONS;
    let mut md = String::from(
        "# Permissions\n\n\
         <!-- Generated from src/ops/permissions.rs and src/domain/access.rs by `ROSTER_BLESS=1 cargo test generated`. -->\n\n\
         A user's **effective permissions** are the permissions of their roles and\n\
         the ones granted to them alone (`--permission`). `roster user show` lists\n\
         them, and `roster auth check USER PERMISSION` answers for a product's portal:\n\
         exit 0 when an active user holds it, 7 when not, 4 for an unknown user.\n\n\
         **Who is checked.** When `--as ACTOR` or `ROSTER_ACTOR` names a user of the\n\
         store (by email, username or id), every command checks that user's\n\
         permissions before it reads or changes anything (before it even opens an\n\
         input file), and refuses with exit 7 naming the permission it needs. A\n\
         user who is not active (blocked, archived, invited) may run nothing that\n\
         needs a permission (exit 7). An actor that contains `@` (in any form:\n\
         `＠` counts) must be a user of the\n\
         store: a mistyped address (`rita@shop.exmaple`, `ro@example.com.`,\n\
         `<ro@example.com>`, a deleted user's) is refused with exit 4, never\n\
         trusted. A name without `@` that is no user (`nightly-job`) and the\n\
         default `$USER@hostname` are trusted labels: whoever can open the store\n\
         file is its administrator, and the file's permissions are the boundary\n\
         (`roster serve` makes it a real one). The actor is recorded in the audit\n\
         log either way. A user holding only `users.read` is the read-only mode of\n\
         the products' user pages.\n\n\
         **Scoped roles.** A role made with `--scope KIND` (`--scope team`) is given\n\
         with a group of that kind, and its admin permissions reach only the users\n\
         in its holder's groups of that kind: a team lead holding `users.block`\n\
         through it blocks members of their own teams, and every other user is a\n\
         `denied` row (exit 7 when no target is allowed, 3 when some are). The same\n\
         permission held through an unscoped role, or granted alone, reaches\n\
         everyone. The commands that act on users one by one (`user …`, `role\n\
         assign`, `role unassign`) honour a scoped role; every other command acts\n\
         on the whole store (roles, groups, features, attributes, the audit log,\n\
         mail, statistics) and needs its permission for every user.\n\n\
         ## The grant rules\n\n\
         On every path that gives or takes roles and permissions (`user create`,\n\
         `user update`, `role assign`/`unassign`, `role create`/`update`/`delete`,\n\
         `feature disable --force`, `user import`, `user sync`, the library):\n\n\
         - giving or taking an **admin permission** (one roster enforces: the table\n\
           below, and any other `users.*`, `roles.*`, `audit.*` or `store.*`), or a\n\
           role that carries one, needs the actor to hold each of those permissions\n\
           itself (exit 7, naming it), reaching at least as far as what it gives: a\n\
           permission granted alone, or an unscoped role, reaches every user, so it\n\
           needs the permission for every user; a scoped role needs it in the\n\
           user's groups of that kind. So does putting one into a role or taking\n\
           one out, and changing a role's scope; and joining or leaving a group\n\
           moves what the user's scoped roles reach, so it needs their admin\n\
           permissions in that group;\n\
         - taking a role from all its holders (`role delete --force`, `feature\n\
           disable --force`) or a group's members out (`group delete --force`)\n\
           needs `users.manage` too; making a group (`--create-groups`) needs\n\
           `roles.manage`;\n\
         - product permissions (`clocking`, `reports.read`) and roles without admin\n\
           permissions need only `users.manage`, as the products' managers set\n\
           their operators' portal rights;\n\
         - no actor changes its **own** roles, admin permissions, the admin\n\
           permissions of a role it holds, or its groups of a kind its roles are\n\
           scoped to (exit 7): another administrator must;\n\
         - no bulk verb, import or sync blocks, archives or deletes its own actor\n\
           (a `denied` row);\n\
         - no actor sets the password of a user (`user reset-password` with a\n\
           typed or generated password) who holds a permission the actor does\n\
           not: the password would hand it their account (a `denied` row). A\n\
           reset link, which goes to the user's own mailbox, it may send; nor\n\
           change the email of such a user (`user update --email`), which would\n\
           send their reset links to an address it chose;\n\
         - no change leaves the store without an active holder of `roles.manage`\n\
           (exit 5, or a `refused` row in a bulk verb), whoever the actor is, the\n\
           trusted account included.\n\n\
         ## The permissions roster enforces\n\n\
         | permission | allows |\n|---|---|\n",
    );
    for (name, allows) in ROSTER_PERMISSIONS {
        md.push_str(&format!("| `{name}` | {allows} |\n"));
    }
    md.push_str(
        "\nRoles may hold any other permission too (`clocking`, `operations.manage`):\n\
         roster stores them, shows them and answers `auth check` for them; what they\n\
         allow is the product's business.\n\n\
         ## What each command needs\n\n| command | permission |\n|---|---|\n",
    );
    for (command, permission) in COMMANDS {
        md.push_str(&format!(
            "| `roster {command}` | {} |\n",
            permission.map_or("— (any actor)".to_string(), |p| format!("`{p}`"))
        ));
    }
    md.push_str(
        "\nThe `auth` commands need no permission: they are the calls an application\n\
         makes for its users, and each is authenticated by the password or token it\n\
         is given. A store from before roles (schema 4 and older) has no permissions\n\
         to check until `roster db migrate` upgrades it.\n",
    );
    md
}

fn roles_md() -> String {
    use roster::domain::presets::PRESETS;
    let mut md = String::from(
        "# Role presets\n\n\
         <!-- Generated from src/domain/presets.rs by `ROSTER_BLESS=1 cargo test generated`. -->\n\n\
         `roster role preset apply NAME` installs one of these catalogues, written\n\
         from the help pages of the products roster serves. It creates the roles\n\
         that do not exist yet and leaves every other role as it is, so applying it\n\
         twice changes nothing, and a role you made or changed is never touched.\n\
         `--dry-run` shows what it would create. Afterwards the roles are ordinary\n\
         rows: `roster role update` and `roster role delete` work on them.\n\n\
         A role can be **exclusive** (it cannot be combined with any other role:\n\
         exit 5), need a **feature** (`roster feature enable NAME` first: exit 5\n\
         otherwise), or be **scoped** to a group kind (the user needs a group of that\n\
         kind beside it, such as `--group team:north`: exit 6 otherwise).\n",
    );
    for preset in PRESETS {
        md.push_str(&format!(
            "\n## `{}`\n\n{}.\n\n| role | permissions | exclusive | feature | scope | what it is for |\n|---|---|---|---|---|---|\n",
            preset.name,
            capitalised(preset.description)
        ));
        for role in preset.roles {
            md.push_str(&format!(
                "| `{}` | {} | {} | {} | {} | {} |\n",
                role.name,
                role.permissions
                    .iter()
                    .map(|p| format!("`{p}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                if role.exclusive { "yes" } else { "" },
                role.requires_feature
                    .map(|f| format!("`{f}`"))
                    .unwrap_or_default(),
                role.scope.map(|s| format!("`{s}`")).unwrap_or_default(),
                role.description.replace('|', "\\|")
            ));
        }
    }
    md
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
