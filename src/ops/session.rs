//! A front end's handle on the operations: an open store, who acts (with
//! the settings the operations need), and how mail leaves. The command line
//! opens one per command; the server one per request. Front ends call the
//! operations with it and never touch the store themselves.

use crate::domain::actor::Actor;
use crate::domain::error::{Error, Result};
use crate::mail::Delivery;
use crate::ops::Ctx;
use crate::ops::delivery::{self, MailSettings};
use crate::ops::front::Notices;
use crate::ops::permissions;
use crate::store::Store;
pub use crate::store::{OpenOptions, StoreLocation};

pub struct Session {
    store: Store,
    pub ctx: Ctx,
    pub mail: MailSettings,
    /// The directory of the empty store a dry run plans against when there
    /// is none: removed with the session.
    scratch: Option<tempfile::TempDir>,
}

/// What a front end opens a session on, and for what.
#[derive(Clone, Debug)]
pub struct Opening<'a> {
    pub location: &'a StoreLocation,
    pub options: OpenOptions,
    /// Only plans: where there is no store, plan against an empty scratch
    /// store made aside, and make none.
    pub dry_run: bool,
    /// The command (`user block`), whose permission the actor must hold
    /// ([`crate::ops::permissions`]).
    pub command: &'a str,
    /// The actor was named (`--as`, `ROSTER_ACTOR`, a server's credential);
    /// else it is the account that runs roster, trusted.
    pub actor_named: bool,
}

impl Session {
    /// A session on `store`, acting as `ctx` says (its actor resolved by
    /// [`crate::ops::actor::resolve_actor`] when it names a user).
    pub fn new(store: Store, ctx: Ctx, mail: MailSettings) -> Session {
        Session {
            store,
            ctx,
            mail,
            scratch: None,
        }
    }

    /// Opens the store as `opening` says, resolves who acts (SPEC §8) and
    /// checks the command's permission, before anything is read or
    /// changed. The store's warnings, and a migration, go to `notices`.
    pub fn open(
        opening: &Opening<'_>,
        ctx: Ctx,
        mail: MailSettings,
        notices: &dyn Notices,
    ) -> Result<Session> {
        let (store, scratch) = open_store(opening)?;
        for warning in store.warnings() {
            notices.warn(warning);
        }
        let acting = admit(&store, &ctx, opening.actor_named, opening.command)?;
        if store.found_version() < store.schema_version() {
            notices.debug(&format!(
                "migrated {} from schema {} to {}",
                Store::shown(opening.location),
                store.found_version(),
                store.schema_version()
            ));
        }
        Ok(Session {
            store,
            ctx: ctx.acting_as(acting),
            mail,
            scratch,
        })
    }

    /// The store and the scratch directory it lives in (a dry run's), for a
    /// caller that keeps the store beyond the session.
    pub fn into_parts(self) -> (Store, Ctx, Option<tempfile::TempDir>) {
        (self.store, self.ctx, self.scratch)
    }

    /// The store, for the operations.
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// The store, for the operations that write.
    #[allow(dead_code)] // for the operations that move here (issue 18)
    pub(crate) fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// The store and the context together, for operations that write with
    /// both at hand.
    pub(crate) fn parts(&mut self) -> (&mut Store, &Ctx) {
        (&mut self.store, &self.ctx)
    }

    /// Delivers mail that a committed change queued (SPEC §7).
    pub fn deliver(&mut self, ids: &[i64], notices: &dyn Notices) -> Result<Vec<Delivery>> {
        delivery::deliver(&mut self.store, &self.mail, ids, notices)
    }

    /// Acts as the command line does on its own store: `name` (its `--as`
    /// or `ROSTER_ACTOR` when `named`, resolved as SPEC §8 says), else the
    /// account that runs roster, trusted. For a server's admin socket,
    /// whose every peer is the server's own OS account.
    pub fn act_as_local(&mut self, name: String, named: bool) -> Result<()> {
        if name.trim().is_empty() {
            return Err(Error::invalid("actor", "must not be blank"));
        }
        crate::domain::types::validate_text("actor", &name, 200)?;
        self.ctx.actor = name;
        self.ctx.acting = actor(&self.store, &self.ctx, named)?;
        Ok(())
    }

    /// Gives the store back (a program done with the session).
    pub fn into_store(self) -> Store {
        self.store
    }
}

/// Opens the store; a dry run where there is none plans against an empty
/// one made aside and dropped after (`user import --dry-run` checks a file
/// before a new store is seeded, and makes none).
fn open_store(opening: &Opening<'_>) -> Result<(Store, Option<tempfile::TempDir>)> {
    match Store::open(opening.location, &opening.options) {
        Err(Error::NoStore { .. }) if opening.dry_run => {
            let scratch = tempfile::tempdir()
                .map_err(|e| Error::Internal(format!("a scratch store for the dry run: {e}")))?;
            let path = scratch.path().join("roster.db");
            let options = OpenOptions {
                create: true,
                create_dir: false,
                ..opening.options.clone()
            };
            Ok((Store::open(&path, &options)?, Some(scratch)))
        }
        opened => Ok((opened?, None)),
    }
}

/// Who acts on `store` (see [`actor`]), once the command's permission is
/// checked ([`authorize`]).
pub fn admit(store: &Store, ctx: &Ctx, named: bool, command: &str) -> Result<Actor> {
    let acting = actor(store, ctx, named)?;
    authorize(&acting, command)?;
    Ok(acting)
}

/// Who acts: an actor named (`--as`, `ROSTER_ACTOR`) that names a user of
/// the store is that user, who must be active; one that contains `@` and
/// names nobody is refused (exit 4); any other is a trusted label. A store
/// from before roles (schema 5) has no permissions to check.
fn actor(store: &Store, ctx: &Ctx, named: bool) -> Result<Actor> {
    if !named || !store.has_roles()? {
        return Ok(Actor::trusted(ctx.actor.clone()));
    }
    crate::ops::actor::resolve_actor(store.reader(), &ctx.actor, ctx.now)
}

/// The command's permission: of every user for a command that acts on the
/// whole store, within the actor's reach for one that acts on users one by
/// one ([`permissions::SCOPED`]).
pub fn authorize(acting: &Actor, command: &str) -> Result<()> {
    let what = format!("run `roster {command}`");
    match permissions::required(command) {
        Some(permission) if permissions::SCOPED.contains(&command) => {
            acting.require(permission, &what)
        }
        Some(permission) => acting.require_all(permission, &what),
        None => Ok(()),
    }
}

/// Open stores kept for a server's requests: a request takes one (one is
/// opened when none is free), works on it in a session, and gives it back.
/// A store is opened, checked and migrated once, not per request.
pub struct Pool {
    location: StoreLocation,
    options: OpenOptions,
    idle: std::sync::Mutex<Vec<Store>>,
    /// How many idle stores are kept at most.
    keep: usize,
}

impl Pool {
    /// Opens the store once (making or migrating it as `options` say), to
    /// find out now rather than at the first request that it cannot be.
    pub fn open(location: &StoreLocation, options: OpenOptions, keep: usize) -> Result<Pool> {
        let store = Store::open(location, &options)?;
        let options = OpenOptions {
            create: false,
            create_dir: false,
            ..options
        };
        Ok(Pool {
            location: location.clone(),
            options,
            idle: std::sync::Mutex::new(vec![store]),
            keep: keep.max(1),
        })
    }

    /// A session for one request, acting as `ctx` says (the front end has
    /// resolved who acts from its credential).
    pub fn session(&self, ctx: Ctx, mail: MailSettings) -> Result<Session> {
        let idle = self.idle.lock().map(|mut idle| idle.pop()).ok().flatten();
        let store = match idle {
            Some(store) => store,
            None => Store::open(&self.location, &self.options)?,
        };
        Ok(Session::new(store, ctx, mail))
    }

    /// Takes back the store of a session that is done. A session whose
    /// work failed is dropped with its store (its connection may be in a
    /// state no one should inherit), and so is one beyond `keep`.
    pub fn give_back(&self, session: Session, succeeded: bool) {
        if !succeeded {
            return;
        }
        if let Ok(mut idle) = self.idle.lock() {
            if idle.len() < self.keep {
                idle.push(session.into_store());
            }
        }
    }

    /// Closes the idle stores (a server that stops).
    pub fn close(&self) {
        let idle = self.idle.lock().map(|mut idle| std::mem::take(&mut *idle));
        drop(idle);
    }

    /// Whether the store answers: a session is had and a primary-key
    /// lookup runs on it.
    pub fn healthy(&self, ctx: Ctx, mail: MailSettings) -> Result<()> {
        let session = self.session(ctx, mail)?;
        let answered = session.store().reader().api_token("").map(drop);
        self.give_back(session, answered.is_ok());
        answered
    }
}
