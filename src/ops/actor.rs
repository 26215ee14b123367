//! Who acts (SPEC §8): the actor a front end names, resolved against the
//! store once, before anything is read or changed.

use crate::domain::access::{Role, RoleName};
use crate::domain::actor::Actor;
use crate::domain::error::{Denied, Error, Result};
use crate::domain::types::Status;
use crate::domain::user::User;
use crate::store::Reader;

/// The actor named with `--as` (SPEC §8): a user of the store (by id,
/// email or username) is that user, who must be active; a name with `@`
/// that is no user of the store is refused (exit 4), since a mistyped
/// address must never be trusted in full; any other name is a label for
/// the trusted account running roster.
pub fn resolve_actor(reader: Reader<'_>, name: &str, now: jiff::Timestamp) -> Result<Actor> {
    let Some(user) = reader.find_user(name, now)? else {
        // `＠` and `﹫` are an at sign too, once normalised.
        use unicode_normalization::UnicodeNormalization as _;
        if name.nfkc().any(|c| c == '@') {
            return Err(Error::not_found(
                "actor",
                format!(
                    "{name} is not a user of this store (`roster user list` shows them); \
                     an actor with @ must be one, and a name without @ is recorded for the trusted account"
                ),
            ));
        }
        return Ok(Actor::trusted(name));
    };
    if user.status != Status::Active {
        return Err(Denied::NotActive {
            user: user.email.clone(),
            status: user.status,
            what: "act through roster",
        }
        .into());
    }
    acting_user(reader, name, &user)
}

/// `user` as an actor: its roles, own permissions and groups.
pub fn acting_user(reader: Reader<'_>, name: &str, user: &User) -> Result<Actor> {
    let roles = roles_named(reader, &user.roles)?;
    let refs: Vec<&Role> = roles.iter().collect();
    Ok(Actor::user(
        name,
        user.id.clone(),
        user.email.clone(),
        &refs,
        &user.permissions,
        &user.groups,
    ))
}

/// The roles named, as defined; an unknown one is "not found" (exit 4).
pub(crate) fn roles_named(reader: Reader<'_>, names: &[RoleName]) -> Result<Vec<Role>> {
    names
        .iter()
        .map(|name| {
            reader.role(name)?.ok_or_else(|| {
                Error::not_found(
                    "role",
                    format!(
                        "{name} (`roster role list` shows the roles; `roster role preset list` the catalogues)"
                    ),
                )
            })
        })
        .collect()
}
