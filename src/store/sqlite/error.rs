//! SQLite's errors as roster's: a busy store, a full disk, a damaged file,
//! a duplicate; never the SQL that was running.

use rusqlite::ErrorCode;

use crate::domain::error::{Conflict, Error, Unavailable};

/// What SQLite said went wrong, without the SQL it was running: an input
/// error's message ("no such column: x"), not the statement it quotes.
pub(super) fn without_sql(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        rusqlite::Error::SqliteFailure(_, Some(message)) => message.clone(),
        rusqlite::Error::SqliteFailure(failure, None) => failure.to_string(),
        other => other.to_string(),
    }
}

pub(super) fn sqlite_code(e: &rusqlite::Error) -> Option<ErrorCode> {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    }
}

/// What a uniqueness constraint of the store guards, from SQLite's message
/// ("UNIQUE constraint failed: users.email_key").
fn unique_what(message: Option<&str>) -> String {
    let column = message
        .and_then(|m| m.rsplit_once(": "))
        .map(|(_, cols)| cols)
        .unwrap_or("a value");
    match column {
        "users.email_key" => "this email".into(),
        "users.username_key" => "this username".into(),
        "users.id" => "this user id".into(),
        other => other.to_string(),
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqlInputError { error, msg, .. } = e {
            // Its Display quotes the whole statement: messages never show SQL.
            return Error::from(rusqlite::Error::SqliteFailure(error, Some(msg)));
        }
        let rusqlite::Error::SqliteFailure(failure, message) = &e else {
            return Error::store(e);
        };
        match failure.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => Unavailable::Busy.into(),
            ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
                Unavailable::Unusable {
                    why: format!("it cannot be written: {e}"),
                }
                .into()
            }
            ErrorCode::DiskFull => Unavailable::DiskFull.into(),
            ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => Unavailable::Damaged {
                detail: e.to_string(),
            }
            .into(),
            ErrorCode::ConstraintViolation
                if matches!(
                    failure.extended_code,
                    rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                        | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
                ) =>
            {
                Conflict::Duplicate {
                    what: unique_what(message.as_deref()),
                }
                .into()
            }
            _ => Error::store(e),
        }
    }
}
