//! `roster user create`

use anyhow::Result;

use crate::cli::CreateArgs;
use crate::commands::App;
use crate::commands::secrets::{self, CredentialsFile};
use crate::domain::Status;
use crate::domain::password::{self, Password};
use crate::domain::types::{Email, GroupRef, Username, parse_attr, validate_word};
use crate::domain::user::{Initial, NewUser, Profile};
use crate::exit::Exit;
use crate::ops::users;
use crate::output::WithPassword;

pub fn run(app: &mut App, args: CreateArgs) -> Result<Exit> {
    let mut request = request(&args)?;
    let source = &args.password;
    secrets::check_generated_output(
        app,
        source.generate_password,
        args.credentials_file.as_deref(),
    )?;
    // A password set here is checked against the policy and hashed before the
    // store is opened: bad input changes nothing.
    let mut generated: Option<Password> = None;
    let mut credentials = None;
    if source.password_stdin || source.prompt_password || source.generate_password {
        let password = if source.generate_password {
            password::generate(app.settings.auth.policy.generated_length())?
        } else {
            secrets::password(
                app,
                source.password_stdin,
                source.prompt_password,
                &args.email,
            )?
        };
        app.ctx().auth.policy.check(
            &password,
            request.email.as_str(),
            request.username.as_ref().map(|u| u.as_str()),
        )?;
        request.initial = Initial::Password {
            hash: password::hash(&password)?,
            must_change: !args.no_must_change,
        };
        if source.generate_password {
            credentials = args
                .credentials_file
                .as_deref()
                .map(CredentialsFile::create)
                .transpose()?;
            if let Some(file) = credentials.as_mut() {
                file.write_line(request.email.as_str(), password.expose())?;
            }
            generated = Some(password);
        }
    }
    let mut store = app.open_store()?;
    let created = users::create(&mut store, &app.ctx(), request, args.if_not_exists)?;
    if !created.created {
        app.say(&format!(
            "{} already exists; left unchanged",
            created.user.email
        ));
        app.out.row(&created.user)?;
        return Ok(Exit::Ok);
    }
    let delivery = app.deliver(&mut store, &created.mail);
    let how = match created.user.status {
        Status::Invited if args.no_email => "invited (no email sent)",
        Status::Invited => "invited",
        _ if generated.is_some() => "active, with a generated password",
        _ if args.password.password_stdin || args.password.prompt_password => {
            "active, with the password given"
        }
        _ => "active, no password yet",
    };
    app.say(&format!("created {} ({how})", created.user.email));
    let shown = match (&generated, &mut credentials) {
        (Some(_), Some(file)) => {
            file.keep();
            app.say(&format!("password written to {}", file.path().display()));
            None
        }
        (Some(pw), None) => Some(pw.expose()),
        _ => None,
    };
    match shown {
        Some(password) => app.out.row(&WithPassword {
            record: &created.user,
            password: Some(password),
        })?,
        None => app.out.row(&created.user)?,
    }
    delivery?;
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
        request_onboarding: args.request_onboarding,
    })
}

pub(super) fn words(field: &str, raw: &[String]) -> crate::Result<Vec<String>> {
    raw.iter().map(|r| validate_word(field, r)).collect()
}
