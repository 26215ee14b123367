//! roster's integration tests: the built binary on a temp store.

mod common;

mod audit;
mod auth;
mod delivery;
mod files;
mod generated;
mod lifecycle;
mod mail;
mod output;
mod properties;
mod store;
mod tty;
mod users;
