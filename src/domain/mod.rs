//! Domain types, requests and rules: no SQL, no terminal.

pub mod access;
pub mod actor;
pub mod error;
pub mod file_row;
pub mod password;
pub mod presets;
pub mod query;
pub mod status;
pub mod stored;
pub mod transitions;
pub mod types;
pub mod user;
pub mod user_id;
pub mod wire;

// issue 18: the old name of `file_row`, until ops/import.rs and
// commands/user/import.rs (being rewritten elsewhere) name it; then this
// line goes.
pub use file_row as record;

pub use access::{GroupRef, Permission, Role, RoleName};
pub use error::{Error, Result};
pub use transitions::{Decision, Verb};
pub use types::{Email, Status, UserId, Username};
pub use user::User;
