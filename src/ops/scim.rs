//! SCIM's reads of users (SPEC §13): a user by id, and a page of the users
//! a filter picks, as the token's user may read them (`users.read`, within
//! its reach), as SCIM resources.

use serde_json::Value;

use super::session::Session;
use crate::domain::error::{Denied, Error, Result};
use crate::domain::query::ListQuery;
use crate::domain::scim_filter::{CompValue, CompareOp, Filter};
use crate::domain::scim_user;
use crate::domain::types::Status;

/// The most resources one page holds; a larger `count` is taken as this
/// (RFC 7644 §3.4.2.4 lets a server return fewer than asked).
pub const MAX_PAGE: u64 = 1000;
/// A page's size when the client names none.
pub const DEFAULT_PAGE: u64 = 100;

/// How a list is sorted (`sortBy`, `sortOrder`, RFC 7644 §3.4.2.3).
#[derive(Clone, Debug)]
pub struct Sort {
    pub by: crate::domain::scim_filter::AttrPath,
    pub descending: bool,
}

/// The most resources a sorted list takes in: sorting needs them all at
/// once, where an unsorted list streams.
pub const MAX_SORTED: usize = 100_000;

impl Sort {
    /// Sorts `resources` by the attribute (its first value; those without
    /// one last, or first when descending), keeping the order of ids
    /// among equals.
    pub fn apply(&self, resources: &mut [Value]) {
        use crate::domain::scim_filter::sort_key;
        resources.sort_by(|a, b| {
            let order = match (sort_key(a, &self.by), sort_key(b, &self.by)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            };
            if self.descending {
                order.reverse()
            } else {
                order
            }
        });
    }
}

/// A page of `all`, sorted, as asked.
pub fn page_of(mut all: Vec<Value>, sort: &Sort, start: u64, count: u64) -> Page {
    sort.apply(&mut all);
    let total = all.len() as u64;
    let resources = all
        .into_iter()
        .skip(start.max(1) as usize - 1)
        .take(count.min(MAX_PAGE) as usize)
        .collect();
    Page {
        total,
        start: start.max(1),
        resources,
    }
}

fn too_many() -> Error {
    Error::invalid(
        "sortBy",
        format!(
            "more than {MAX_SORTED} resources match, too many to sort at once; narrow the filter, \
             or leave sortBy out (unsorted pages stream)"
        ),
    )
}

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
    session.ctx.acting.require("users.read", "read users")?;
    // By id only: a SCIM id is never an email or a username.
    if crate::domain::UserId::parse(id).is_none() {
        return Err(Error::not_found("user", id));
    }
    match super::users::show(session, id) {
        // An archived user is a deleted one, as SCIM sees it.
        Ok(shown) if shown.user.status == Status::Archived => Err(Error::not_found("user", id)),
        Ok(shown) => Ok(scim_user::resource(&shown.user, base)),
        // One the actor's reach leaves out is one it cannot find, as in
        // a list: it is not told who that is.
        Err(Error::Denied(Denied::OutOfScope { .. })) => Err(Error::not_found("user", id)),
        Err(e) => Err(e),
    }
}

/// The users `filter` picks (all without one) that the actor may read,
/// in the order of their ids (stable across pages), the page from
/// `start` (1-based) of `count` resources.
pub fn users(
    session: &Session,
    filter: Option<&Filter>,
    sort: Option<&Sort>,
    start: u64,
    count: u64,
    base: &str,
) -> Result<Page> {
    session.ctx.acting.require("users.read", "read users")?;
    let start = start.max(1);
    let count = count.min(MAX_PAGE);
    let mut total = 0u64;
    let mut resources = Vec::new();
    // Sorted: every match kept (within MAX_SORTED), paged once sorted.
    let mut all = Vec::new();
    let mut take = |user: &crate::domain::user::User| -> Result<()> {
        if user.status == Status::Archived {
            return Ok(());
        }
        let resource = scim_user::resource(user, base);
        if filter.is_none_or(|f| f.matches(&resource, &scim_user::case_exact)) {
            total += 1;
            if sort.is_some() {
                if all.len() >= MAX_SORTED {
                    return Err(too_many());
                }
                all.push(resource);
            } else if total >= start && (resources.len() as u64) < count {
                resources.push(resource);
            }
        }
        Ok(())
    };
    match filter.and_then(indexed) {
        Some(Lookup::Email(email)) => {
            // What the providers send before every create: one lookup (the
            // filter is still applied: a user with a username is not found
            // by its email, as in the scan).
            match super::users::show(session, email.as_str()) {
                Ok(shown) => take(&shown.user)?,
                Err(Error::NotFound { .. } | Error::Denied(Denied::OutOfScope { .. })) => {}
                Err(e) => return Err(e),
            }
        }
        lookup => {
            let mut query = ListQuery::default();
            match lookup {
                // The attribute's index finds the user a client knows by
                // its own id.
                Some(Lookup::ExternalId(id)) => query
                    .selector
                    .attributes
                    .push((scim_user::EXTERNAL_ID.to_string(), id)),
                _ => query.selector.all = true,
            }
            super::users::list(session, query)?.each(|user| take(&user))?;
        }
    }
    if let Some(sort) = sort {
        return Ok(page_of(all, sort, start, count));
    }
    Ok(Page {
        total,
        start,
        resources,
    })
}

/// What an index finds for a filter, where one does: the providers'
/// lookups before a create (`userName eq "…@…"`, `emails.value eq`,
/// `externalId eq`), alone or and-ed with more.
enum Lookup {
    Email(crate::domain::Email),
    ExternalId(String),
}

/// The lookup a filter's indexed clause allows. (A userName without `@`
/// may be a username or an id's prefix, which the lookup would read
/// otherwise than the filter: those are scanned.)
fn indexed(filter: &Filter) -> Option<Lookup> {
    match filter {
        Filter::And(a, b) => indexed(a).or_else(|| indexed(b)),
        Filter::Compare {
            path,
            op: CompareOp::Eq,
            value: CompValue::String(name),
        } if path.is("userName", None) || path.is("emails", Some("value")) => {
            crate::domain::Email::parse(name).ok().map(Lookup::Email)
        }
        Filter::Compare {
            path,
            op: CompareOp::Eq,
            value: CompValue::String(id),
        } if path.is("externalId", None) => Some(Lookup::ExternalId(id.clone())),
        _ => None,
    }
}
