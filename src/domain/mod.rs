//! Domain types, requests and rules: no SQL, no terminal.

pub mod access;
pub mod actor;
pub mod api_token;
pub mod error;
pub mod file_row;
pub mod password;
pub mod presets;
pub mod query;
pub mod scim_filter;
pub mod scim_group;
pub mod scim_input;
pub mod scim_patch;
pub mod scim_schema;
pub mod scim_user;
pub mod status;
pub mod stored;
pub mod transitions;
pub mod types;
pub mod user;
pub mod user_id;
pub mod wire;

pub use access::{GroupRef, Permission, Role, RoleName};
pub use error::{Error, Result};
pub use transitions::{Decision, Verb};
pub use types::{Email, Status, UserId, Username};
pub use user::User;
