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
    pub fn apply(&self, resources: &mut Vec<Value>) {
        use crate::domain::scim_filter::sort_key;
        // Each key read once: (without a value, the value), then the
        // place it had, so equals keep the order of ids either way.
        let mut keyed: Vec<((bool, Option<_>), usize, Value)> = std::mem::take(resources)
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                let key = sort_key(&r, &self.by);
                ((key.is_none(), key), i, r)
            })
            .collect();
        if self.descending {
            keyed.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        } else {
            keyed.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        }
        resources.extend(keyed.into_iter().map(|(_, _, r)| r));
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
    let total = std::cell::Cell::new(0u64);
    let mut resources = Vec::new();
    // Sorted: every match kept (within MAX_SORTED), paged once sorted.
    let mut all = Vec::new();
    let mut take = |user: &crate::domain::user::User| -> Result<()> {
        if user.status == Status::Archived {
            return Ok(());
        }
        let resource = scim_user::resource(user, base);
        if filter.is_none_or(|f| f.matches(&resource, &scim_user::case_exact)) {
            total.set(total.get() + 1);
            if sort.is_some() {
                if all.len() >= MAX_SORTED {
                    return Err(too_many());
                }
                all.push(resource);
            } else if total.get() >= start && (resources.len() as u64) < count {
                resources.push(resource);
            }
        }
        Ok(())
    };
    match filter.and_then(indexed) {
        Some(Lookup::Email(email, name)) => {
            // What the providers send before every create: one lookup by
            // the email, and one by the name kept apart (a userPrincipalName
            // beside another mailbox); the filter is still applied (a user
            // with a username is not found by its email, as in the scan).
            match super::users::show(session, email.as_str()) {
                Ok(shown) => take(&shown.user)?,
                Err(Error::NotFound { .. } | Error::Denied(Denied::OutOfScope { .. })) => {}
                Err(e) => return Err(e),
            }
            // A name kept apart is never another user's address (see
            // `scim_write::unique_name`): asked only when the address
            // found no one.
            if total.get() > 0 {
                return Ok(Page {
                    total: total.get(),
                    start,
                    resources,
                });
            }
            let mut query = ListQuery::default();
            query
                .selector
                .attributes
                .push((scim_user::USER_NAME.to_string(), name.to_lowercase()));
            each_of(session, query, &mut take)?;
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
            each_of(session, query, &mut take)?;
        }
    }
    if let Some(sort) = sort {
        return Ok(page_of(all, sort, start, count));
    }
    Ok(Page {
        total: total.get(),
        start,
        resources,
    })
}

/// Hands `take` each user `query` selects, within the actor's reach of
/// `users.read`. (Not `users::list`: its check that an attribute's name is
/// known reads every key, and here an attribute no user has yet simply
/// selects nobody.)
fn each_of(
    session: &Session,
    mut query: ListQuery,
    take: &mut dyn FnMut(&crate::domain::user::User) -> Result<()>,
) -> Result<()> {
    query.selector.reach = session.ctx.acting.reach_of("users.read");
    session
        .store()
        .reader()
        .list_users(&query, session.ctx.now, |user| take(&user))
}

/// What an index finds for a filter, where one does: the providers'
/// lookups before a create (`userName eq "…@…"`, `emails.value eq`,
/// `externalId eq`), alone or and-ed with more.
enum Lookup {
    Email(crate::domain::Email, String),
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
            crate::domain::Email::parse(name)
                .ok()
                .map(|email| Lookup::Email(email, name.clone()))
        }
        Filter::Compare {
            path,
            op: CompareOp::Eq,
            value: CompValue::String(id),
        } if path.is("externalId", None) => Some(Lookup::ExternalId(id.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    //! The index-backed plans against the naive evaluation: for random
    //! users (addresses, usernames, names kept apart, external ids, some
    //! blocked, some archived) and random filters of the shapes providers
    //! send, in any case and-ed with more, the users a lookup finds are the
    //! users a pass over every resource keeps.

    use std::time::Duration;

    use proptest::prelude::*;
    use serde_json::json;

    use super::*;
    use crate::ops::Ctx;
    use crate::ops::delivery::MailSettings;
    use crate::store::{OpenOptions, Store};

    const BASE: &str = "https://accounts.example.com";

    fn session(dir: &std::path::Path) -> Session {
        let options = OpenOptions {
            create: true,
            create_dir: true,
            ..OpenOptions::default()
        };
        let store = Store::open(&dir.join("roster.db"), &options).unwrap();
        let mail = MailSettings {
            transport: crate::mail::Transport::File(dir.join("outbox")),
            from: "roster@example.com".into(),
            deadline: Duration::from_secs(5),
            require_delivery: false,
        };
        Session::new(store, Ctx::new("setup", BASE), mail)
    }

    /// A user as a provider would send it: (local part, domain, the name
    /// it goes by (0 the address, 1 a username, 2 a GUID-like name, 3 an
    /// address that is not its mailbox), an external id, active, archived).
    type Person = (String, u8, u8, Option<String>, bool, bool);

    fn user() -> impl Strategy<Value = Person> {
        (
            "[ab]",
            0u8..2,
            0u8..4,
            proptest::option::of("[xy]"),
            proptest::bool::weighted(0.8),
            proptest::bool::weighted(0.2),
        )
    }

    fn body(u: &Person) -> Value {
        let (local, domain, naming, external, active, _) = u;
        let email = format!("{local}@d{domain}.example.com");
        let user_name = match naming {
            0 => email.clone(),
            1 => format!("{local}.{domain}"),
            2 => format!("ID {local} {domain}"),
            _ => format!("{local}@upn{domain}.example.com"),
        };
        let mut body = json!({
            "schemas": [scim_user::USER_SCHEMA],
            "userName": user_name,
            "emails": [{"value": email, "type": "work", "primary": true}],
            "active": active,
        });
        if let Some(external) = external {
            body["externalId"] = json!(external);
        }
        body
    }

    /// A filter of a shape a lookup answers, on the values of one of the
    /// users (picked by `who`), named one of the four ways, in either case.
    fn filter() -> impl Strategy<Value = (proptest::sample::Index, u8, u8, bool, String)> {
        let more = prop_oneof![
            Just(String::new()),
            Just(" and active eq true".to_string()),
            Just(" and not (active eq true)".to_string()),
            Just(" and emails[type eq \"work\"]".to_string()),
        ];
        (
            any::<proptest::sample::Index>(),
            0u8..4,
            0u8..3,
            proptest::bool::ANY,
            more,
        )
    }

    fn filter_text(
        people: &[Person],
        (who, naming, shape, upper, more): &(proptest::sample::Index, u8, u8, bool, String),
    ) -> String {
        let (local, domain, _, external, _, _) = who.get(people);
        let name = match naming {
            0 => format!("{local}@d{domain}.example.com"),
            1 => format!("{local}.{domain}"),
            2 => format!("ID {local} {domain}"),
            _ => format!("{local}@upn{domain}.example.com"),
        };
        let name = if *upper { name.to_uppercase() } else { name };
        let external = external.clone().unwrap_or_else(|| "none".into());
        match shape {
            0 => format!("userName eq \"{name}\"{more}"),
            1 => format!("emails.value eq \"{name}\"{more}"),
            _ => format!("externalId eq \"{external}\"{more}"),
        }
    }

    fn ids(page: &Page) -> Vec<String> {
        let mut ids: Vec<String> = page
            .resources
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        #[test]
        fn a_lookup_finds_what_a_pass_over_every_user_keeps(
            people in proptest::collection::vec(user(), 1..8),
            filters in proptest::collection::vec(filter(), 1..12),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let mut session = session(dir.path());
            for u in &people {
                // A clash (the same address or name twice) is the store's
                // uniqueness, not this test's business.
                if let Ok(made) = super::super::scim_write::create(&mut session, &body(u), BASE) {
                    if u.5 {
                        let id = made.resource["id"].as_str().unwrap().to_string();
                        super::super::scim_write::remove(&mut session, &id, None, false, BASE).unwrap();
                    }
                }
            }
            let every = users(&session, None, None, 1, MAX_PAGE, BASE).unwrap();
            for picked in &filters {
                let text = &filter_text(&people, picked);
                let filter = Filter::parse(text).unwrap();
                let found = users(&session, Some(&filter), None, 1, MAX_PAGE, BASE).unwrap();
                let kept: Vec<Value> = every
                    .resources
                    .iter()
                    .filter(|r| filter.matches(r, &scim_user::case_exact))
                    .cloned()
                    .collect();
                let naive = Page { total: kept.len() as u64, start: 1, resources: kept };
                prop_assert_eq!(ids(&found), ids(&naive), "{}", text);
                prop_assert_eq!(found.total, naive.total, "{}", text);
            }
        }
    }
}
