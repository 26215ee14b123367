//! `roster user …`

mod create;
mod email;
mod lifecycle;
mod list;
mod reset_password;
mod targets;
mod update;

use anyhow::Result;

use super::App;
use crate::cli::UserCommand;
use crate::domain::transitions::{TABLE, Verb};
use crate::exit::Exit;
use crate::ops::find_user;
use crate::ops::lifecycle::VerbOptions;
use crate::output::records::TransitionRow;
use crate::store::AuditFilter;

pub fn run(app: &mut App, cmd: UserCommand) -> Result<Exit> {
    match cmd {
        UserCommand::Create(args) => create::run(app, args),
        UserCommand::List(args) => list::run(app, args),
        UserCommand::Show { user } => {
            let store = app.open_store()?;
            let user = find_user(store.reader(), &user, app.now)?;
            let effective = crate::ops::access::permissions_of(store.reader(), &user)?;
            app.out.one(&Shown {
                user: &user,
                effective_permissions: effective.iter().map(ToString::to_string).collect(),
            })?;
            Ok(Exit::Ok)
        }
        UserCommand::Update(args) => update::run(app, args),
        UserCommand::Invite(args) => {
            let options = VerbOptions {
                no_email: args.no_email,
                ..VerbOptions::default()
            };
            lifecycle::run(app, Verb::Invite, args.bulk, options)
        }
        UserCommand::Revoke(args) => {
            lifecycle::run(app, Verb::Revoke, args, VerbOptions::default())
        }
        UserCommand::Block(args) => lifecycle::run_block(app, args),
        UserCommand::Unblock(args) => {
            lifecycle::run(app, Verb::Unblock, args, VerbOptions::default())
        }
        UserCommand::Archive(args) => {
            lifecycle::run(app, Verb::Archive, args, VerbOptions::default())
        }
        UserCommand::Restore(args) => {
            lifecycle::run(app, Verb::Restore, args, VerbOptions::default())
        }
        UserCommand::Delete(args) => {
            lifecycle::run(app, Verb::Delete, args, VerbOptions::default())
        }
        UserCommand::ResetPassword(args) => reset_password::run(app, args),
        UserCommand::SignOut(args) => {
            lifecycle::run(app, Verb::SignOut, args, VerbOptions::default())
        }
        UserCommand::Unlock(args) => {
            lifecycle::run(app, Verb::Unlock, args, VerbOptions::default())
        }
        UserCommand::Email(args) => email::run(app, args),
        UserCommand::History { user } => {
            let store = app.open_store()?;
            let user = find_user(store.reader(), &user, app.now)?;
            let filter = AuditFilter {
                user_id: Some(user.id.to_string()),
                ..AuditFilter::default()
            };
            super::audit::print_entries(app, &store, &filter)
        }
        UserCommand::Transitions => {
            let mut list = app.out.list::<TransitionRow>()?;
            for rule in TABLE {
                list.push(&TransitionRow::from(rule))?;
            }
            list.finish()?;
            Ok(Exit::Ok)
        }
    }
}

/// A user as `user show` prints it: every field, and what the user may do.
#[derive(serde::Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    user: &'a crate::domain::user::User,
    /// The permissions of the user's roles and their own.
    effective_permissions: Vec<String>,
}

impl crate::output::Record for Shown<'_> {
    fn id(&self) -> Option<&str> {
        Some(self.user.id.as_str())
    }
    fn table_headers() -> Vec<&'static str> {
        crate::domain::user::User::table_headers()
    }
    fn table_cells(&self) -> Vec<String> {
        self.user.table_cells()
    }
    fn csv_headers() -> Vec<String> {
        let mut headers = crate::domain::user::User::csv_headers();
        headers.push("effective_permissions".into());
        headers
    }
    fn csv_cells(&self) -> Vec<String> {
        let mut cells = self.user.csv_cells();
        cells.push(self.effective_permissions.join(";"));
        cells
    }
}
