//! `roster user update`

use anyhow::Result;

use super::create::parsed;
use crate::cli::UpdateArgs;
use crate::commands::{App, CliError};
use crate::domain::access::{GroupRef, Permission, RoleName};
use crate::domain::types::{Email, Username, validate_word};
use crate::domain::user::UserChanges;
use crate::exit::Exit;
use crate::ops::users::{self, UpdateUser};

pub fn run(app: &mut App, args: UpdateArgs) -> Result<Exit> {
    let changes = changes(&args)?;
    if changes.is_empty() {
        return Err(CliError::Usage(
            "nothing to change: give a field flag such as --phone, --attr or --add-role (see roster user update --help)".into(),
        )
        .into());
    }
    let request = UpdateUser {
        user: args.user.clone(),
        changes,
    };
    if let Some(url) = app.settings.server.clone() {
        let answer = crate::commands::remote::update_user(app, &url, &request)?;
        for notice in &answer.notices {
            notice.tell(app);
        }
        say_updated(app, &answer.user, &answer.changed);
        app.out.row(&answer.user)?;
        return crate::commands::remote::delivered(answer.delivery_error);
    }
    let mut session = app.session()?;
    let updated = users::update_user(&mut session, request)?;
    let delivery = session.deliver(&updated.mail, app);
    let fields: Vec<String> = updated.changes.iter().map(|c| c.field.clone()).collect();
    say_updated(app, &updated.user, &fields);
    app.out.row(&updated.user)?;
    delivery?;
    Ok(Exit::Ok)
}

/// What an update did, said on stderr.
fn say_updated(app: &App, user: &crate::domain::user::User, fields: &[String]) {
    if fields.is_empty() {
        app.say(&format!(
            "{}: unchanged (every value was already as asked)",
            user.email
        ));
    } else {
        app.say(&format!("{}: updated {}", user.email, fields.join(", ")));
    }
}

/// A repeated flag that replaces a whole list, when it was given.
fn replace(raw: &[String]) -> Option<&[String]> {
    (!raw.is_empty()).then_some(raw)
}

fn changes(args: &UpdateArgs) -> crate::Result<UserChanges> {
    Ok(UserChanges {
        email: args.email.as_deref().map(Email::parse).transpose()?,
        username: match args.username.as_deref().map(str::trim) {
            None => None,
            Some("") => Some(None),
            Some(name) => Some(Some(Username::parse(name)?)),
        },
        profile: args
            .profile
            .given()
            .into_iter()
            .map(|(field, value)| (field.to_string(), Some(value.to_string())))
            .collect(),
        set_attributes: crate::domain::types::attribute_map(&args.set_attributes)?,
        unset_attributes: args
            .unset_attributes
            .iter()
            .map(|k| validate_word("unset-attr", k))
            .collect::<crate::Result<_>>()?,
        roles: replace(&args.roles)
            .map(|r| parsed(r, RoleName::parse))
            .transpose()?,
        add_roles: parsed(&args.add_roles, RoleName::parse)?,
        remove_roles: parsed(&args.remove_roles, RoleName::parse)?,
        groups: replace(&args.groups)
            .map(|g| parsed(g, GroupRef::parse))
            .transpose()?,
        add_groups: parsed(&args.add_groups, GroupRef::parse)?,
        remove_groups: parsed(&args.remove_groups, GroupRef::parse)?,
        permissions: replace(&args.permissions)
            .map(|p| parsed(p, Permission::parse))
            .transpose()?,
        add_permissions: parsed(&args.add_permissions, Permission::parse)?,
        remove_permissions: parsed(&args.remove_permissions, Permission::parse)?,
        create_groups: args.create_groups,
        request_onboarding: args.request_onboarding,
    })
}
