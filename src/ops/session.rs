//! A front end's handle on the operations: an open store, who acts (with
//! the settings the operations need), and how mail leaves. The command line
//! opens one per command; the server one per request. Front ends call the
//! operations with it and never touch the store themselves.

use crate::domain::error::Result;
use crate::mail::Delivery;
use crate::ops::Ctx;
use crate::ops::delivery::{self, MailSettings};
use crate::ops::front::Notices;
use crate::store::Store;

pub struct Session {
    store: Store,
    pub ctx: Ctx,
    pub mail: MailSettings,
}

#[allow(dead_code)] // the commands move onto sessions (issue 18)
impl Session {
    /// A session on `store`, acting as `ctx` says (its actor resolved by
    /// [`crate::ops::role::resolve_actor`] when it names a user).
    pub fn new(store: Store, ctx: Ctx, mail: MailSettings) -> Session {
        Session { store, ctx, mail }
    }

    /// The store, for the operations.
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// The store, for the operations that write.
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

    /// Gives the store back (a program done with the session).
    pub fn into_store(self) -> Store {
        self.store
    }
}
