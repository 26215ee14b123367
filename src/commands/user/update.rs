//! `roster user update`

use anyhow::Result;

use super::create::words;
use crate::cli::UpdateArgs;
use crate::commands::{App, CliError};
use crate::domain::types::{Email, GroupRef, Username, parse_attr, validate_word};
use crate::domain::user::UserChanges;
use crate::exit::Exit;
use crate::ops::users;

pub fn run(app: &mut App, args: UpdateArgs) -> Result<Exit> {
    let changes = changes(&args)?;
    if changes.is_empty() {
        return Err(CliError::Usage(
            "nothing to change: give a field flag such as --phone, --attr or --add-role (see roster user update --help)".into(),
        )
        .into());
    }
    let mut store = app.open_store()?;
    let (user, diff) = users::update(&mut store, &app.ctx(), &args.user, changes)?;
    if diff.is_empty() {
        app.say(&format!(
            "{}: unchanged (every value was already as asked)",
            user.email
        ));
    } else {
        let fields: Vec<&str> = diff.iter().map(|c| c.field.as_str()).collect();
        app.say(&format!("{}: updated {}", user.email, fields.join(", ")));
    }
    app.out.row(&user)?;
    Ok(Exit::Ok)
}

fn groups(raw: &[String]) -> crate::Result<Vec<GroupRef>> {
    raw.iter().map(|g| GroupRef::parse(g)).collect()
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
        set_attributes: args
            .set_attributes
            .iter()
            .map(|a| parse_attr(a))
            .collect::<crate::Result<_>>()?,
        unset_attributes: args
            .unset_attributes
            .iter()
            .map(|k| validate_word("unset-attr", k))
            .collect::<crate::Result<_>>()?,
        add_roles: words("add-role", &args.add_roles)?,
        remove_roles: words("remove-role", &args.remove_roles)?,
        add_groups: groups(&args.add_groups)?,
        remove_groups: groups(&args.remove_groups)?,
        add_permissions: words("add-permission", &args.add_permissions)?,
        remove_permissions: words("remove-permission", &args.remove_permissions)?,
    })
}
