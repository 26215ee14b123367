//! roster: administer the user accounts of a back-office product on a local
//! SQLite store.
//!
//! The library is what the `roster` binary runs, and what applications use to
//! read and change the same store: [`store::Store`] opens it, [`ops`] holds the
//! operations (create, update, the lifecycle verbs), [`domain`] the types and rules.

pub mod cli;
pub mod commands;
pub mod domain;
pub mod exit;
pub mod interrupt;
pub mod mail;
pub mod ops;
pub mod output;
pub mod private;
pub mod secret;
pub mod settings;
pub mod store;
pub mod transfer;

pub use domain::error::{Error, Result};
