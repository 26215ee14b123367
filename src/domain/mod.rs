//! Domain types, requests and rules: no SQL, no terminal.

pub mod error;
pub mod password;
pub mod query;
pub mod transitions;
pub mod types;
pub mod user;

pub use error::{Error, Result};
pub use transitions::{Decision, Verb};
pub use types::{Email, GroupRef, Status, UserId, Username};
pub use user::User;
