//! roster's integration tests: the built binary on a temp store.

mod common;

mod access;
mod architecture;
mod audit;
mod auth;
mod browser;
mod contract;
mod delivery;
mod docs;
mod faults;
mod files;
mod generated;
mod grants;
mod hostile;
mod lifecycle;
mod mail;
mod output;
mod pages;
mod postgres;
mod properties;
mod remote;
mod scim;
mod scim_write;
mod secrets;
mod serve;
mod socket;
mod store;
mod tokens;
mod transfer;
mod tty;
mod users;
