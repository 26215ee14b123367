//! `roster user create`

use anyhow::Result;

use crate::cli::CreateArgs;
use crate::commands::App;
use crate::commands::passwords::{self, CredentialsFile};
use crate::domain::Status;
use crate::domain::access::{GroupRef, Permission, RoleName};
use crate::domain::password::{self, Password};
use crate::domain::types::{Email, Username, attribute_map};
use crate::domain::user::User;
use crate::domain::user::{Initial, NewUser, Profile};
use crate::exit::Exit;
use crate::ops::session::Session;
use crate::ops::users::{self, CreateUser};
use crate::output::{Fit, Record, WithPassword};
use serde::Serialize;

/// A created user, or the one `--if-not-exists` found, with what happened.
#[derive(Serialize)]
struct CreatedRow<'a> {
    #[serde(flatten)]
    user: &'a User,
    /// `created`, or `unchanged` when `--if-not-exists` found the user.
    outcome: &'static str,
}

impl Record for CreatedRow<'_> {
    fn id(&self) -> Option<&str> {
        self.user.id()
    }
    fn table_headers() -> Vec<&'static str> {
        let mut headers = vec!["OUTCOME"];
        headers.extend(User::table_headers());
        headers
    }
    fn table_fits() -> Vec<Fit> {
        let mut fits = vec![Fit::Keep];
        fits.extend(User::table_fits());
        fits
    }
    fn table_cells(&self) -> Vec<String> {
        let mut cells = vec![self.outcome.to_string()];
        cells.extend(self.user.table_cells());
        cells
    }
    fn table_color(&self, column: usize) -> Option<comfy_table::Color> {
        column.checked_sub(1).and_then(|c| self.user.table_color(c))
    }
    fn csv_headers() -> Vec<String> {
        let mut headers = User::csv_headers();
        headers.push("outcome".into());
        headers
    }
    fn csv_cells(&self) -> Vec<String> {
        let mut cells = self.user.csv_cells();
        cells.push(self.outcome.to_string());
        cells
    }
}

/// `--if-not-exists` found the user: say so, show it as `unchanged`.
fn unchanged(app: &mut App, user: &User) -> Result<Exit> {
    app.say(&format!("{} already exists; left unchanged", user.email));
    app.out.row(&CreatedRow {
        user,
        outcome: "unchanged",
    })?;
    Ok(Exit::Ok)
}

/// The password this run set and showed or wrote down (`--generate-password`),
/// and the credentials file it went to.
#[derive(Default)]
struct Given {
    generated: Option<Password>,
    credentials: Option<CredentialsFile>,
}

pub fn run(app: &mut App, args: CreateArgs) -> Result<Exit> {
    if let Some(url) = app.settings.server.clone() {
        return run_remote(app, args, &url);
    }
    let mut request = request(&args)?;
    // The actor's permission before any input is read (a password on
    // stdin, the credentials file).
    let mut session = app.session()?;
    passwords::check_generated_output(
        app,
        args.password.generate_password,
        args.credentials_file.as_deref(),
    )?;
    // A user that exists is left alone before any password is asked for,
    // generated or written down.
    if args.if_not_exists {
        if let Some(user) = users::existing(&session, &request.email)? {
            return unchanged(app, &user);
        }
    }
    let mut given = password(app, &session, &args, &mut request)?;
    let request = CreateUser {
        user: request,
        if_not_exists: args.if_not_exists,
    };
    let created = users::create_user(&mut session, request)?;
    if !created.created {
        // Another process created it meanwhile; the credentials line this
        // run wrote is taken back when `credentials` is dropped.
        return unchanged(app, &created.user);
    }
    let delivery = session.deliver(&created.mail, app);
    app.say(&format!(
        "created {} ({})",
        created.user.email,
        how(&args, &created.user, &given)
    ));
    show(app, &created.user, &mut given)?;
    delivery?;
    Ok(Exit::Ok)
}

/// How a created user starts, as the command says it.
fn how(args: &CreateArgs, user: &User, given: &Given) -> &'static str {
    match user.status {
        Status::Invited if args.no_email => "invited, no email sent",
        Status::Invited => "invited",
        _ if given.generated.is_some() => "active, with a generated password",
        _ if args.password.password_stdin || args.password.prompt_password => {
            "active, with the password given"
        }
        _ => "active, no password yet",
    }
}

/// `user create` through the server: a password is read here and sent
/// (the server checks it against its policy and hashes it), a generated
/// one is made there and shown or written down here, in a credentials
/// file opened before the request is sent.
fn run_remote(app: &mut App, args: CreateArgs, url: &str) -> Result<Exit> {
    let user = request(&args)?;
    // The permission before any input is read, as on the store.
    crate::commands::remote::authorize(app, url)?;
    let connected = crate::commands::remote::connect(app, url)?;
    let source = &args.password;
    passwords::check_generated_output(
        app,
        source.generate_password,
        args.credentials_file.as_deref(),
    )?;
    let typed = (source.password_stdin || source.prompt_password)
        .then(|| {
            passwords::password(
                app,
                source.password_stdin,
                source.prompt_password,
                &args.email,
            )
        })
        .transpose()?;
    let credentials = args
        .credentials_file
        .as_deref()
        .filter(|_| source.generate_password)
        .map(CredentialsFile::open)
        .transpose()?;
    let request = crate::ops::wire::CreateRequest {
        user,
        if_not_exists: args.if_not_exists,
        password: typed.as_ref().map(|p| p.expose().to_string()),
        generate_password: source.generate_password,
        must_change: !args.no_must_change,
    };
    let answer = crate::commands::remote::create_user(&connected, &request)?;
    if !answer.created {
        return unchanged(app, &answer.user);
    }
    let mut given = Given {
        generated: answer.password.as_deref().map(Password::new),
        credentials,
    };
    // The user exists now: a password that cannot be written down is
    // shown instead, never lost.
    if let (Some(password), Some(file)) = (&given.generated, given.credentials.as_mut()) {
        if let Err(e) = file.write_line(&answer.user.email, password.expose()) {
            app.warn(&format!(
                "{e}; the generated password is shown below instead"
            ));
            given.credentials = None;
        }
    }
    for notice in &answer.notices {
        notice.tell(app);
    }
    app.say(&format!(
        "created {} ({})",
        answer.user.email,
        how(&args, &answer.user, &given)
    ));
    show(app, &answer.user, &mut given)?;
    crate::commands::remote::delivered(answer.delivery_error)
}

/// A password set here is checked against the policy and hashed before
/// the store is written: bad input changes nothing. A generated one is
/// written to the credentials file when there is one.
fn password(
    app: &App,
    session: &Session,
    args: &CreateArgs,
    request: &mut NewUser,
) -> Result<Given> {
    let source = &args.password;
    if !(source.password_stdin || source.prompt_password || source.generate_password) {
        return Ok(Given::default());
    }
    let password = if source.generate_password {
        session.ctx.auth.policy.generate_for(
            request.email.as_str(),
            request.username.as_ref().map(|u| u.as_str()),
        )?
    } else {
        passwords::password(
            app,
            source.password_stdin,
            source.prompt_password,
            &args.email,
        )?
    };
    session.ctx.auth.policy.check(
        &password,
        request.email.as_str(),
        request.username.as_ref().map(|u| u.as_str()),
    )?;
    request.initial = Initial::Password {
        hash: password::hash(&password)?,
        must_change: !args.no_must_change,
    };
    if !source.generate_password {
        return Ok(Given::default());
    }
    let mut credentials = args
        .credentials_file
        .as_deref()
        .map(CredentialsFile::open)
        .transpose()?;
    if let Some(file) = credentials.as_mut() {
        file.write_line(request.email.as_str(), password.expose())?;
    }
    Ok(Given {
        generated: Some(password),
        credentials,
    })
}

/// The created user; a generated password beside it, or the file it went
/// to (kept now that the user exists).
fn show(app: &mut App, user: &User, given: &mut Given) -> Result<()> {
    let shown = match (&given.generated, &mut given.credentials) {
        (Some(_), Some(file)) => {
            file.keep();
            app.say(&format!("password written to {}", file.path().display()));
            None
        }
        (Some(pw), None) => Some(pw.expose()),
        _ => None,
    };
    let row = CreatedRow {
        user,
        outcome: "created",
    };
    match shown {
        Some(password) => app.out.row(&WithPassword {
            record: &row,
            password: Some(password.to_string()),
        })?,
        None => app.out.row(&row)?,
    }
    Ok(())
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
        attributes: attribute_map(&args.attributes)?,
        roles: parsed(&args.roles, RoleName::parse)?,
        groups: parsed(&args.groups, GroupRef::parse)?,
        permissions: parsed(&args.permissions, Permission::parse)?,
        create_groups: args.create_groups,
        initial: if args.no_invite {
            Initial::Active
        } else {
            Initial::Invite
        },
        request_onboarding: args.request_onboarding,
        send_email: !args.no_email,
    })
}

/// Each value of a repeated flag, parsed.
pub(super) fn parsed<T>(
    raw: &[String],
    parse: impl Fn(&str) -> crate::Result<T>,
) -> crate::Result<Vec<T>> {
    raw.iter().map(|r| parse(r)).collect()
}
