//! Files of users: reading the rows of an import or sync file (CSV, JSON
//! Lines, JSON) one at a time, and writing an export in the same format.
//! Neither holds a whole file in memory.

mod limit;
mod read;
mod write;

use std::path::Path;

pub use limit::{Limited, Unit};
pub use read::{Item, Source};
pub use write::Sink;

/// The format of a file of users.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    /// RFC 4180 with a header of field names; lists `;`-separated;
    /// attributes as `attr.KEY` columns.
    Csv,
    /// One JSON object a line.
    Jsonl,
    /// One JSON array of objects.
    Json,
}

impl FileFormat {
    /// The format a file's name says: `.csv`, `.jsonl` or `.ndjson`, `.json`.
    pub fn of_path(path: &Path) -> Option<FileFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(FileFormat::Csv),
            "jsonl" | "ndjson" => Some(FileFormat::Jsonl),
            "json" => Some(FileFormat::Json),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Jsonl => "jsonl",
            FileFormat::Json => "json",
        }
    }
}

#[cfg(test)]
mod properties {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;
    use crate::domain::access::{GroupRef, Permission, RoleName};
    use crate::domain::file_row;
    use crate::domain::types::{Status, UserId};
    use crate::domain::user::{PROFILE_FIELDS, Profile, User};

    /// Text a field may hold: no control characters, no space at either
    /// end, and the characters CSV and lists escape (`,` `"` `;` `\`, a
    /// leading `=` or `'`).
    fn field_text() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(
            "[=+'@-]?([a-zA-Z0-9,;\"\\\\'é日=][a-zA-Z0-9 ,;\"\\\\'é日=]{0,11})?[a-z0-9]",
        )
    }

    fn word() -> impl Strategy<Value = String> {
        "[a-z][a-z0-9._-]{0,8}"
    }

    fn time() -> impl Strategy<Value = jiff::Timestamp> {
        (0i64..4_000_000_000).prop_map(|s| jiff::Timestamp::from_second(s).unwrap())
    }

    prop_compose! {
        fn user()(
            local in "[a-z][a-z0-9+_]{0,10}[a-z0-9]",
            username in proptest::option::of("[a-z][a-z0-9._-]{0,10}[a-z0-9]"),
            invited_at in proptest::option::of(time()),
            blocked_until in proptest::option::of(time()),
            profile in proptest::collection::vec(field_text(), PROFILE_FIELDS.len()),
            attributes in proptest::collection::btree_map(word(), "[a-zA-Z0-9 ,;=\"']{1,10}", 0..3),
            roles in proptest::collection::btree_set(word(), 0..3),
            groups in proptest::collection::btree_set((word(), "[A-Za-z0-9][A-Za-z0-9 ,;&'\"]{0,10}[a-z]"), 0..3),
            permissions in proptest::collection::btree_set(word(), 0..3),
            status in 0usize..6,
            created_at in time(),
            last_login_at in proptest::option::of(time()),
            must_change in proptest::bool::ANY,
            failed in 0u32..9,
        ) -> User {
            let mut p = Profile::default();
            for ((field, _), value) in PROFILE_FIELDS.iter().zip(profile) {
                p.set_unchecked(field, value).unwrap();
            }
            let status = Status::ALL[status];
            User {
                id: UserId::new(),
                email: format!("{local}@example.com"),
                username,
                profile: p,
                attributes: attributes.into_iter().map(|(k, v)| (k, v.trim().to_string())).filter(|(_, v)| !v.is_empty()).collect::<BTreeMap<_, _>>(),
                roles: roles.iter().map(|r| RoleName::parse(r).unwrap()).collect(),
                groups: groups.iter().map(|(k, n)| GroupRef::parse(&format!("{k}:{n}")).unwrap()).collect(),
                permissions: permissions.iter().map(|p| Permission::parse(p).unwrap()).collect(),
                status,
                created_at,
                updated_at: created_at,
                last_login_at,
                password_changed_at: None,
                must_change_password: must_change,
                invited_at,
                invite_expires_at: invited_at,
                blocked_reason: (status == Status::Blocked).then(|| "left; for now, \"maybe\"".to_string()),
                blocked_until,
                failed_logins: failed,
                locked_until: None,
                onboarding_requested_at: None,
                previous_status: None,
                password_hash: None,
            }
        }
    }

    /// Writes `users` in `format` and reads them back as rows.
    fn round_trip(users: &[User], format: FileFormat) -> Vec<file_row::Desired> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("users.{}", format.as_str()));
        let keys: Vec<String> = users
            .iter()
            .flat_map(|u| u.attributes.keys().cloned())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let file = std::fs::File::create(&path).unwrap();
        let mut sink = Sink::start(format, file, keys, false).unwrap();
        for user in users {
            sink.push(user).unwrap();
        }
        sink.finish().unwrap();
        let mut rows = Vec::new();
        Source::open(&path, None)
            .unwrap()
            .for_each(&mut |item| {
                match item {
                    Item::Row { fields, .. } => rows.push(file_row::parse(&fields).unwrap()),
                    Item::Broken { message, .. } => panic!("broken row: {message}"),
                }
                Ok(())
            })
            .unwrap();
        rows
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn rows_read_back_as_written(users in proptest::collection::vec(user(), 1..5)) {
            for format in [FileFormat::Csv, FileFormat::Jsonl, FileFormat::Json] {
                let rows = round_trip(&users, format);
                prop_assert_eq!(rows.len(), users.len());
                for (user, row) in users.iter().zip(&rows) {
                    prop_assert_eq!(row.id.as_ref(), Some(&user.id));
                    prop_assert_eq!(row.email.as_ref().map(|e| e.as_str()), Some(user.email.as_str()));
                    let username = row.username.as_ref().map(|u| u.as_ref().map(|u| u.as_str().to_string()));
                    prop_assert_eq!(username, Some(user.username.clone()), "{:?}", format);
                    prop_assert_eq!(row.invited_at, Some(user.invited_at));
                    prop_assert_eq!(row.invite_expires_at, Some(user.invite_expires_at));
                    prop_assert_eq!(row.blocked_until, Some(user.blocked_until));
                    prop_assert_eq!(row.profile.len(), PROFILE_FIELDS.len(), "every profile field is read back");
                    for (field, value) in &row.profile {
                        prop_assert_eq!(value.as_deref(), user.profile.get(field), "{:?} {}", format, field);
                    }
                    // A CSV with no attr.KEY column says nothing of attributes.
                    prop_assert_eq!(&row.attributes.clone().unwrap_or_default(), &user.attributes, "{:?}", format);
                    prop_assert_eq!(row.roles.as_ref(), Some(&user.roles));
                    let groups: Vec<String> = row.groups.as_ref().unwrap().iter().map(|g| g.to_string()).collect();
                    let want: Vec<String> = user.groups.iter().map(|g| g.to_string()).collect();
                    prop_assert_eq!(groups, want, "{:?}", format);
                    prop_assert_eq!(row.permissions.as_ref(), Some(&user.permissions));
                    prop_assert_eq!(row.status, Some(user.status));
                    prop_assert_eq!(row.created_at, Some(user.created_at));
                    prop_assert_eq!(row.last_login_at, Some(user.last_login_at));
                    prop_assert_eq!(row.must_change_password, Some(user.must_change_password));
                    prop_assert_eq!(row.failed_logins, Some(user.failed_logins));
                    prop_assert_eq!(row.blocked_reason.clone(), Some(user.blocked_reason.clone()));
                }
            }
        }
    }
}
