//! SCIM's reads of users (SPEC §13): a user by id, and a page of the users
//! a filter picks, as the token's user may read them (`users.read`, within
//! its reach), as SCIM resources.

use serde_json::Value;

use super::session::Session;
use crate::domain::error::{Error, Result};
use crate::domain::query::ListQuery;
use crate::domain::scim_filter::{CompValue, CompareOp, Filter};
use crate::domain::scim_user;

/// The most resources one page holds; a larger `count` is taken as this
/// (RFC 7644 §3.4.2.4 lets a server return fewer than asked).
pub const MAX_PAGE: u64 = 1000;
/// A page's size when the client names none.
pub const DEFAULT_PAGE: u64 = 100;

/// One page of a list: how many match in all, where the page starts
/// (1-based), and its resources.
#[derive(Debug)]
pub struct Page {
    pub total: u64,
    pub start: u64,
    pub resources: Vec<Value>,
}

/// The user `id` as a resource, if the actor may read it.
pub fn user(session: &Session, id: &str, base: &str) -> Result<Value> {
    // By id only: a SCIM id is never an email or a username.
    if crate::domain::UserId::parse(id).is_none() {
        return Err(Error::not_found("user", id));
    }
    let shown = super::users::show(session, id)?;
    Ok(scim_user::resource(&shown.user, base))
}

/// The users `filter` picks (all without one) that the actor may read,
/// in the order they were created (stable across pages), the page from
/// `start` (1-based) of `count` resources.
pub fn users(
    session: &Session,
    filter: Option<&Filter>,
    start: u64,
    count: u64,
    base: &str,
) -> Result<Page> {
    let start = start.max(1);
    let count = count.min(MAX_PAGE);
    if let Some(name) = filter.and_then(user_name_eq) {
        // What the providers send before every create: one lookup.
        let found = match super::users::show(session, &name) {
            Ok(shown) => Some(scim_user::resource(&shown.user, base)),
            Err(Error::NotFound { .. } | Error::Denied(_)) => None,
            Err(e) => return Err(e),
        };
        let found: Vec<Value> = found
            .into_iter()
            .filter(|r| filter.is_some_and(|f| f.matches(r, &scim_user::case_exact)))
            .collect();
        let total = found.len() as u64;
        let resources = found
            .into_iter()
            .skip((start - 1) as usize)
            .take(count as usize)
            .collect();
        return Ok(Page {
            total,
            start,
            resources,
        });
    }
    let mut query = ListQuery::default();
    query.selector.all = true;
    let selected = super::users::list(session, query)?;
    let mut total = 0u64;
    let mut resources = Vec::new();
    selected.each(|user| -> Result<()> {
        let resource = scim_user::resource(&user, base);
        if filter.is_none_or(|f| f.matches(&resource, &scim_user::case_exact)) {
            total += 1;
            if total >= start && (resources.len() as u64) < count {
                resources.push(resource);
            }
        }
        Ok(())
    })?;
    Ok(Page {
        total,
        start,
        resources,
    })
}

/// The name in `userName eq "…"`, the filter a provider sends to find a
/// user before it creates one: answered by a lookup, not a scan.
fn user_name_eq(filter: &Filter) -> Option<String> {
    match filter {
        Filter::Compare {
            path,
            op: CompareOp::Eq,
            value: CompValue::String(name),
        } if path.is("userName", None) => Some(name.clone()),
        _ => None,
    }
}
