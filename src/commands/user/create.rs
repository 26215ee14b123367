//! `roster user create`

use anyhow::Result;

use crate::cli::CreateArgs;
use crate::commands::App;
use crate::domain::types::{Email, GroupRef, Username, parse_attr, validate_word};
use crate::domain::user::{Initial, NewUser, Profile};
use crate::exit::Exit;
use crate::ops::users;

pub fn run(app: &mut App, args: CreateArgs) -> Result<Exit> {
    let request = request(&args)?;
    let mut store = app.open_store()?;
    let created = users::create(&mut store, &app.ctx(), request, args.if_not_exists)?;
    app.deliver(&mut store, &created.mail)?;
    if created.created {
        let how = match created.user.status {
            crate::domain::Status::Invited if args.no_email => "invited (no email sent)",
            crate::domain::Status::Invited => "invited",
            _ => "active",
        };
        app.say(&format!("created {} ({how})", created.user.email));
    } else {
        app.say(&format!(
            "{} already exists; left unchanged",
            created.user.email
        ));
    }
    app.out.row(&created.user)?;
    Ok(Exit::Ok)
}

fn request(args: &CreateArgs) -> crate::Result<NewUser> {
    let mut profile = Profile::default();
    for (field, value) in args.profile.given() {
        profile.set(field, Some(value))?;
    }
    Ok(NewUser {
        email: Email::parse(&args.email)?,
        username: args.username.as_deref().map(Username::parse).transpose()?,
        profile,
        attributes: args
            .attributes
            .iter()
            .map(|a| parse_attr(a))
            .collect::<crate::Result<_>>()?,
        roles: words("role", &args.roles)?,
        groups: args
            .groups
            .iter()
            .map(|g| GroupRef::parse(g))
            .collect::<crate::Result<_>>()?,
        permissions: words("permission", &args.permissions)?,
        initial: if args.no_invite {
            Initial::Active
        } else {
            Initial::Invite {
                send_email: !args.no_email,
            }
        },
    })
}

pub(super) fn words(field: &str, raw: &[String]) -> crate::Result<Vec<String>> {
    raw.iter().map(|r| validate_word(field, r)).collect()
}
