//! `reset-password` through the bulk driver: the plan, then the new
//! passwords (typed, generated, or none for a reset link) checked against
//! the policy and hashed on every core before the write, then the batches.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::domain::UserId;
use crate::domain::error::{Error, Result};
use crate::domain::password::{self, Password};
use crate::ops::bulk::{self, Action, Outcome, OutcomeRow, Targets};
use crate::ops::driver::{self, BulkOptions, Report};
use crate::ops::front::{Notices, Prompter, Sink};
use crate::ops::lifecycle::{ResetMode, ResetPassword};
use crate::ops::session::Session;

/// Where the new passwords come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NewPassword {
    /// Typed by a person, for one user only.
    Typed,
    /// Generated, one per user, shown (or written to a file) once.
    Generated,
    /// None: a single-use reset link by mail.
    Link,
}

/// `user reset-password` as a front end asks for it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ResetRequest {
    pub password: NewPassword,
    /// Ask for a new password at the next sign-in.
    pub must_change: bool,
    pub reason: Option<String>,
}

/// What the front end does with new passwords: asks for a typed one, and
/// sees each chosen one before the write (to write a credentials file, or
/// to show a generated one once the row commits).
pub trait Passwords {
    /// The typed password for the user with `email`.
    fn typed(&mut self, email: &str) -> Result<Password>;
    /// A password about to be set for `id`, before anything is written.
    fn chosen(&mut self, id: &UserId, email: &str, password: Password) -> Result<()>;
    /// Hashing `count` passwords begins: what to call as each is hashed
    /// (a progress bar, dropped when hashing ends).
    fn hashing(&mut self, _count: usize) -> Box<dyn Fn() + Sync> {
        Box::new(|| {})
    }
}

/// Runs a reset: survey, safety options, the plan or the question, the new
/// passwords, then the write.
#[allow(clippy::too_many_arguments)]
pub fn run(
    session: &mut Session,
    request: &ResetRequest,
    targets: &Targets,
    options: &BulkOptions,
    prompter: &mut dyn Prompter,
    passwords: &mut dyn Passwords,
    sink: &mut dyn Sink,
    notices: &dyn Notices,
) -> Result<Report> {
    let mut action = ResetPassword {
        reason: crate::ops::change::reason(request.reason.as_deref())?,
        mode: match request.password {
            NewPassword::Link => ResetMode::Link,
            _ => ResetMode::Hash,
        },
        hashes: HashMap::new(),
        prepared: false,
        must_change: request.must_change,
    };
    bulk::select(session.store(), &session.ctx, targets)?;
    // The users a new password is for: those the action would change (a
    // reset link needs none, and a million of them are not held).
    let mut changing: Vec<(UserId, String)> = Vec::new();
    let link = request.password == NewPassword::Link;
    let survey = bulk::survey(
        session.store(),
        &session.ctx,
        &action,
        targets,
        Some(&mut |row: &OutcomeRow| {
            if let (Outcome::WouldChange, Some(id), false) = (row.outcome, &row.id, link) {
                let id = UserId::parse(id).expect("rows hold ids");
                changing.push((id, row.email.clone().unwrap_or_default()));
            }
            Ok(())
        }),
    )?;
    if request.password == NewPassword::Typed && changing.len() > 1 {
        return Err(Error::Unsupported(
            "one typed password for several users is refused; use --generate-password or --link"
                .into(),
        ));
    }
    driver::check(&survey, options)?;
    if options.dry_run {
        return driver::plan(session, &action, targets, survey, sink);
    }
    driver::confirm(&action, targets, &survey, prompter)?;
    if request.password != NewPassword::Link {
        action.hashes = hashes(session, request.password, &changing, passwords)?;
    }
    action.prepared = true;
    let total = survey.tally.total();
    driver::apply(session, &action, targets, options, total, sink, notices)
}

/// New passwords for `changing`, each checked against the policy, hashed
/// on every core before the write; the front end sees each first.
fn hashes(
    session: &Session,
    how: NewPassword,
    changing: &[(UserId, String)],
    passwords: &mut dyn Passwords,
) -> Result<HashMap<UserId, String>> {
    let policy = &session.ctx.auth.policy;
    let mut chosen = Vec::with_capacity(changing.len());
    for (id, email) in changing {
        let username = session
            .store()
            .reader()
            .subject(id.as_str(), session.ctx.now)?
            .and_then(|s| s.username);
        let pw = match how {
            NewPassword::Typed => passwords.typed(email)?,
            _ => policy.generate_for(email, username.as_deref())?,
        };
        policy.check(&pw, email, username.as_deref())?;
        chosen.push(pw);
    }
    let tick = passwords.hashing(chosen.len());
    let refs: Vec<&Password> = chosen.iter().collect();
    let hashed = password::hash_many(&refs, &*tick)?;
    drop(tick);
    let mut hashes = HashMap::with_capacity(changing.len());
    for (((id, email), hash), pw) in changing.iter().zip(hashed).zip(chosen) {
        hashes.insert(id.clone(), hash);
        passwords.chosen(id, email, pw)?;
    }
    Ok(hashes)
}

/// The action a reset runs, for what its rows and questions say.
pub fn verb() -> &'static str {
    ResetPassword {
        reason: None,
        mode: ResetMode::Link,
        hashes: HashMap::new(),
        prepared: false,
        must_change: false,
    }
    .name()
}
