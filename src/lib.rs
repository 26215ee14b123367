//! roster: administer the user accounts of a back-office product, on a local
//! SQLite store or a PostgreSQL database.
//!
//! The library is what the `roster` binary runs, and what applications use to
//! read and change the same store: [`store::Store`] opens it, [`ops`] holds the
//! operations (create, update, the lifecycle verbs, the bulk engine, the grant
//! rules), [`domain`] the types and rules. `examples/library.rs` shows a
//! program using it, and docs/architecture.md how the layers fit.

pub mod cli;
pub mod client;
pub mod commands;
pub mod domain;
pub mod exit;
pub mod interrupt;
pub mod mail;
pub mod ops;
pub mod output;
pub mod private;
pub mod serve;
pub mod settings;
pub mod store;
pub mod token;
pub mod transfer;

pub use domain::error::{Error, Result};
