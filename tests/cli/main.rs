//! roster's integration tests: the built binary on a temp store.

mod common;

mod audit;
mod generated;
mod lifecycle;
mod output;
mod properties;
mod store;
mod users;
