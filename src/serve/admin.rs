//! The admin API (SPEC §12): managers administer through the server, each
//! with their own credential (a personal admin session from `roster
//! login`, or an API token of scope `admin`), and the server decides who
//! is acting from that credential alone. Requests are the library's typed
//! requests as JSON; a change answers with the outcome rows the command
//! line prints, as JSON Lines, then its report.

use std::sync::Arc;

use axum::Extension;
use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde::Deserialize;
use serde_json::json;

use super::api::{read_json, refused};
use super::http::Failure;
use super::pages::Client;
use super::stream::{CHUNK, Out, Stream, Told, send, send_now, streamed};
use super::{Caller, Server};
use crate::domain::api_token::Scope;
use crate::domain::error::{Error, Result};
use crate::domain::password::Password;
use crate::ops;
use crate::ops::call::{self, Call};
use crate::ops::change::BulkRequest;
use crate::ops::front::{NoOneToAsk, Prompter, Question, Yes};
use crate::ops::wire::{
    AuditRequest, ChangeRequest, CreateAnswer, CreateRequest, ExportRequest, GeneratedPassword,
    Kept, Line, ListRequest, ResetWire, UpdateAnswer, WireReport,
};

use crate::ops::wire::API_VERSION;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    user: String,
    password: String,
}

/// `POST /v1/admin/login {"user","password"}`: a personal admin session,
/// shown once. The password is checked as a sign-in is (lockout, audit);
/// attempts are limited per client and per account.
pub async fn login(
    State(server): State<Arc<Server>>,
    Extension(client): Extension<Client>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    let req: Credentials = read_json(&headers, body)?;
    server
        .per_client
        .check(&client.0)
        .map_err(Failure::too_many)?;
    let actor = format!("self-service ({})", client.0);
    let done = server
        .as_actor(actor, move |server, session| {
            server.limit(&req.user)?;
            let password = Password::new(&req.password);
            ops::api_token::open_admin_session(session, &req.user, &password)
                .map_err(|e| refused(server, e))
        })
        .await?;
    server.count(|m| m.sign_ins += 1);
    Ok(Json(json!({
        "token": done.token,
        "name": done.about.name,
        "expires_at": done.about.expires_at,
        "user": { "id": done.about.user_id, "email": done.about.user },
        "api_version": API_VERSION,
    }))
    .into_response())
}

/// `GET /v1/admin/whoami`: who the credential acts as, and what it may do.
pub async fn whoami(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
) -> std::result::Result<Response, Failure> {
    let shown = server
        .with_credential(
            &headers,
            Scope::Admin,
            "use the admin API",
            |_, session, caller| {
                let Caller::Credential(credential) = caller else {
                    // The admin socket: a store user named with `--as`, with
                    // its permissions, or the trusted account, with all.
                    let (id, email, permissions) = match session.ctx.acting.acting_user() {
                        Some(user) => {
                            let found = ops::users::me(session, &user.id)?;
                            (
                                Some(found.user.id.to_string()),
                                Some(found.user.email.clone()),
                                found.permissions.iter().map(ToString::to_string).collect(),
                            )
                        }
                        None => (None, None, vec!["(all: trusted)".to_string()]),
                    };
                    return Ok(json!({
                        "user": { "id": id, "email": email, "name": session.ctx.actor },
                        "credential": "admin socket",
                        "expires_at": null,
                        "effective_permissions": permissions,
                        "api_version": API_VERSION,
                    }));
                };
                let found = ops::users::me(session, &credential.token.user_id)?;
                Ok(json!({
                    "user": { "id": found.user.id, "email": found.user.email },
                    "credential": if credential.is_session() { "session".to_string() } else { format!("token:{}", credential.token.name) },
                    "expires_at": credential.token.expires_at,
                    "effective_permissions": found.permissions.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    "api_version": API_VERSION,
                }))
            },
        )
        .await?;
    Ok(Json(shown).into_response())
}

/// `POST /v1/admin/logout`: ends the credential it is called with.
pub async fn logout(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    _body: Unread,
) -> std::result::Result<Response, Failure> {
    server
        .with_credential(
            &headers,
            Scope::Admin,
            "use the admin API",
            |_, session, caller| match caller {
                Caller::Credential(credential) => Ok(ops::api_token::end_own(session, credential)?),
                // The admin socket has no session to end.
                Caller::Local => Ok(()),
            },
        )
        .await?;
    Ok(Json(json!({ "ended": true })).into_response())
}

/// A body the request has no use for (`{}`), read all the same: an answer
/// sent before the request is whole makes the server close the connection
/// under a client still writing it, which then sees a broken pipe, not
/// the answer.
type Unread = std::result::Result<Bytes, BytesRejection>;

/// `POST /v1/admin/authorize {"command", "change"?}`: whether the credential's user
/// may run the command (`user import`), asked before the client reads its
/// input (a file, a password), as the command line checks the permission
/// before it reads any: a refusal is the command's own 403.
pub async fn authorize(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Ask {
        command: String,
        /// A bulk change, checked as its command checks it before it asks
        /// for users (a role assigned must exist).
        #[serde(default)]
        change: Option<ops::change::Change>,
    }
    let req: Ask = read_json(&headers, body)?;
    server
        .with_credential(
            &headers,
            Scope::Admin,
            "use the admin API",
            move |_, session, _| {
                ops::session::authorize(&session.ctx.acting, &req.command)?;
                if let Some(change) = &req.change {
                    change.action(session, None)?;
                }
                Ok(())
            },
        )
        .await?;
    Ok(Json(json!({ "allowed": true })).into_response())
}

/// Answers a question only if the caller confirmed; otherwise keeps it,
/// for the answer to carry.
pub(super) struct Asked {
    confirmed: bool,
    question: Option<Question>,
}

impl Asked {
    /// Answers for a caller who confirmed (`confirmed`), or keeps the
    /// question.
    pub(super) fn new(confirmed: bool) -> Asked {
        Asked {
            confirmed,
            question: None,
        }
    }

    /// A refusal, with the question when it was one nobody answered.
    pub(super) fn refusal(&mut self, e: Error) -> Failure {
        let mut failure = Failure::from(e);
        if let Some(q) = self.question.take() {
            let mut detail = serde_json::Map::new();
            detail.insert("question".into(), json!(q));
            failure.detail = Some(Box::new(detail));
        }
        failure
    }
}

impl Prompter for Asked {
    fn confirm(&mut self, question: &Question) -> Result<()> {
        if self.confirmed {
            return Yes.confirm(question);
        }
        self.question = Some(question.clone());
        NoOneToAsk.confirm(question)
    }
}

/// `POST /v1/admin/users/change`: a bulk change (block, unblock, archive,
/// …) as `ops::change::run` does it for the command line, acting as the
/// credential's user with its permissions and reach. The rows stream as
/// each batch commits; a change that needs confirming and was not is 428
/// with the question (`text`, `count`, `first`): a client asks it and sends
/// the change again, confirmed, with `expect_count` the count.
pub async fn change(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    let req: ChangeRequest = read_json(&headers, body)?;
    streamed(server, headers, move |session, tx| {
        // The command's permission first, as `--as` is checked on the
        // command line: a manager without it is refused whole.
        ops::session::authorize(&session.ctx.acting, req.change.command())?;
        session.mail.require_delivery = req.require_delivery;
        let request = BulkRequest {
            change: req.change,
            users: req.users,
            selector: req.selector,
            reason: req.reason,
            options: req.options,
        };
        let mut asked = Asked {
            confirmed: req.confirmed,
            question: None,
        };
        let mut stream = Stream(tx.clone());
        let report = ops::change::run(session, &request, &mut asked, &mut stream, &Told(tx))
            .map_err(|e| asked.refusal(e))?;
        send(tx, report_line(&report))?;
        Ok(())
    })
    .await
}

/// The last line of a change's answer: its summary and exit code.
fn report_line(report: &ops::driver::Report) -> Line {
    let exit = if report.dry_run {
        0
    } else {
        crate::exit::of_run(&report.done).code()
    };
    Line::Report(WireReport {
        dry_run: report.dry_run,
        summary: report.summary(),
        exit,
        stopped: report.done.stopped.is_some(),
        delivery_error: report
            .delivery_error
            .as_ref()
            .map(|e| (e.code().to_string(), e.to_string())),
    })
}

/// `POST /v1/admin/users/reset-password`: `user reset-password` as
/// `ops::reset::run` does it, as the credential's user. A typed password
/// comes in the request; generated ones are made here and sent once, each
/// as a `{"password":{"id","email","password"}}` line before the batches
/// write them, for the client to show or write down. Then the rows and the
/// report, as a change's; the question as a change's.
pub async fn reset_password(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    let req: ResetWire = read_json(&headers, body)?;
    streamed(server, headers, move |session, tx| {
        ops::session::authorize(&session.ctx.acting, "user reset-password")?;
        session.mail.require_delivery = req.require_delivery;
        let mut selector = req.selector;
        ops::driver::scope(session, &mut selector, "users.reset-password")?;
        let targets = ops::bulk::Targets {
            keys: req.users,
            selector: Some(selector),
            preselected: false,
        };
        let mut asked = Asked {
            confirmed: req.confirmed,
            question: None,
        };
        let mut passwords = SentPasswords {
            typed: req.typed.as_deref().map(Password::new),
            generated: req.reset.password == ops::reset::NewPassword::Generated,
            tx: tx.clone(),
        };
        let report = ops::reset::run(
            session,
            &req.reset,
            &targets,
            &req.options,
            &mut asked,
            &mut passwords,
            &mut Stream(tx.clone()),
            &Told(tx),
        )
        .map_err(|e| asked.refusal(e))?;
        send(tx, report_line(&report))?;
        Ok(())
    })
    .await
}

/// A reset's new passwords on the server: the one the request typed;
/// generated ones sent to the client before anything is written.
struct SentPasswords {
    typed: Option<Password>,
    /// The passwords are generated here: the client needs them.
    generated: bool,
    tx: Out,
}

impl ops::reset::Passwords for SentPasswords {
    fn typed(&mut self, _email: &str) -> Result<Password> {
        self.typed.take().ok_or_else(|| {
            Error::invalid(
                "typed",
                "a typed reset sends the new password (or ask for --generate-password or --link)",
            )
        })
    }

    fn chosen(
        &mut self,
        id: &crate::domain::UserId,
        email: &str,
        password: Password,
    ) -> Result<()> {
        if !self.generated {
            return Ok(());
        }
        send_now(
            &self.tx,
            Line::Password(GeneratedPassword {
                id: id.to_string(),
                email: email.to_string(),
                password: password.expose().to_string(),
            }),
        )
    }
}

/// `POST /v1/admin/users/show {"user"}`: the user as `user show` prints
/// it, if the credential's user may read it.
pub async fn show(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Show {
        user: String,
    }
    let req: Show = read_json(&headers, body)?;
    let shown = server
        .with_credential(
            &headers,
            Scope::Admin,
            "use the admin API",
            move |_, session, _| {
                ops::session::authorize(&session.ctx.acting, "user show")?;
                let found = ops::users::show(session, &req.user)?;
                let mut shown = serde_json::to_value(&found.user)
                    .map_err(|e| Failure::from(Error::Internal(e.to_string())))?;
                shown["effective_permissions"] = json!(
                    found
                        .permissions
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                );
                Ok(shown)
            },
        )
        .await?;
    Ok(Json(shown).into_response())
}

/// `POST /v1/admin/users/create`: `user create`, as the credential's user
/// (who needs `users.manage`, and may give only what it holds). A
/// password is checked against this server's policy and hashed here; a
/// generated one is in the answer, once. The access log never holds it.
pub async fn create(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    let req: CreateRequest = read_json(&headers, body)?;
    answered(server, headers, "user create", move |session| {
        create_as(session, req)
    })
    .await
}

fn create_as(session: &mut ops::session::Session, req: CreateRequest) -> Result<CreateAnswer> {
    use crate::domain::user::Initial;
    let mut user = req.user;
    if matches!(user.initial, Initial::Password { .. }) {
        return Err(Error::invalid(
            "initial",
            "a password hash is not taken here: send the password, or ask for one to be generated",
        ));
    }
    if req.if_not_exists {
        if let Some(found) = ops::users::existing(session, &user.email)? {
            return Ok(CreateAnswer {
                user: found,
                created: false,
                password: None,
                delivery_error: None,
                notices: Vec::new(),
            });
        }
    }
    let policy = &session.ctx.auth.policy;
    let username = user.username.as_ref().map(|u| u.as_str().to_owned());
    let generated = req
        .generate_password
        .then(|| policy.generate_for(user.email.as_str(), username.as_deref()))
        .transpose()?;
    let chosen = req.password.as_deref().map(Password::new);
    if let Some(password) = generated.as_ref().or(chosen.as_ref()) {
        policy.check(password, user.email.as_str(), username.as_deref())?;
        user.initial = Initial::Password {
            hash: crate::domain::password::hash(password)?,
            must_change: req.must_change,
        };
    }
    let created = ops::users::create_user(
        session,
        ops::users::CreateUser {
            user,
            if_not_exists: req.if_not_exists,
        },
    )?;
    let notices = Kept::default();
    let delivery_error = session
        .deliver(&created.mail, &notices)
        .err()
        .map(|e| (e.code().to_string(), e.to_string()));
    Ok(CreateAnswer {
        password: generated
            .filter(|_| created.created)
            .map(|p| p.expose().to_string()),
        user: created.user,
        created: created.created,
        delivery_error,
        notices: notices.0.into_inner(),
    })
}

/// `POST /v1/admin/users/update`: `user update` (the library's
/// `UpdateUser`), as the credential's user, with the same rules.
pub async fn update(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    let req: ops::users::UpdateUser = read_json(&headers, body)?;
    answered(server, headers, "user update", move |session| {
        let updated = ops::users::update_user(session, req)?;
        let notices = Kept::default();
        let delivery_error = session
            .deliver(&updated.mail, &notices)
            .err()
            .map(|e| (e.code().to_string(), e.to_string()));
        Ok(UpdateAnswer {
            changed: updated.changes.iter().map(|c| c.field.clone()).collect(),
            user: updated.user,
            delivery_error,
            notices: notices.0.into_inner(),
        })
    })
    .await
}

/// `POST /v1/admin/db/stats`: how many users have each status (`db
/// stats`), for a credential whose user may read users.
pub async fn db_stats(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    _body: Unread,
) -> std::result::Result<Response, Failure> {
    answered(server, headers, "db stats", |session| {
        ops::db::stats(session)
    })
    .await
}

/// `POST /v1/admin/db/check`: what does not hold in the server's store
/// (`db check`), for a credential whose user holds `store.admin`:
/// `{"problems":[…]}`, empty when the store is sound.
pub async fn db_check(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    _body: Unread,
) -> std::result::Result<Response, Failure> {
    answered(server, headers, "db check", |session| {
        Ok(json!({ "problems": ops::db::check_open(session)? }))
    })
    .await
}

/// `POST` a [`Call`]'s path: the library's request for roles, groups,
/// features, attributes or the outbox, run as the credential's user once
/// its command's permission is checked, answered as JSON.
async fn call<C: Call>(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    let req: C = read_json(&headers, body)?;
    answered(server, headers, req.command(), move |session| {
        req.run(session)
    })
    .await
}

macro_rules! calls {
    ($($call:ty),* $(,)?) => {
        /// The admin API's routes of the [`Call`]s.
        pub fn call_routes(router: Router<Arc<Server>>) -> Router<Arc<Server>> {
            router $(.route(<$call as Call>::PATH, post(call::<$call>)))*
        }

        /// Their paths, as the metrics name routes.
        pub const CALL_PATHS: &[&str] = &[$(<$call as Call>::PATH),*];
    };
}

calls!(
    call::RoleList,
    call::RoleShow,
    ops::role::RoleCreate,
    ops::role::RoleUpdate,
    ops::role::RoleDelete,
    ops::role::PresetApply,
    call::GroupList,
    call::GroupShow,
    ops::group::GroupCreate,
    ops::group::GroupRename,
    ops::group::GroupDelete,
    call::FeatureList,
    ops::feature::FeatureToggle,
    call::AttributeList,
    ops::attribute::AttributeDefine,
    call::MailList,
    call::MailShow,
    call::MailFlush,
    ops::mail::MailRetry,
);

/// Runs `work` as the credential's user once the command's permission is
/// checked (as `--as` is on the command line), answering its value as JSON.
async fn answered<T: serde::Serialize + Send + 'static>(
    server: Arc<Server>,
    headers: HeaderMap,
    command: &'static str,
    work: impl FnOnce(&mut ops::session::Session) -> Result<T> + Send + 'static,
) -> std::result::Result<Response, Failure> {
    let answer = server
        .with_credential(
            &headers,
            Scope::Admin,
            "use the admin API",
            move |_, session, _| {
                ops::session::authorize(&session.ctx.acting, command)?;
                Ok(work(session)?)
            },
        )
        .await?;
    Ok(Json(answer).into_response())
}

/// `POST /v1/admin/users/list`: the users the selector picks that the
/// credential's user may read, as JSON Lines (`{"user":…}` each, then
/// `{"end":{"count"}}`), streamed as they are read.
pub async fn list(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    let req: ListRequest = read_json(&headers, body)?;
    let sort = crate::domain::query::SortSpec::parse_all(&req.sort).map_err(Failure::from)?;
    streamed(server, headers, move |session, tx| {
        ops::session::authorize(&session.ctx.acting, "user list")?;
        let query = crate::domain::query::ListQuery {
            selector: req.selector,
            sort,
            limit: req.limit,
            offset: req.offset,
            with_hashes: false,
        };
        let selected = ops::users::list(session, query)?;
        send_users(tx, &selected)
    })
    .await
}

/// `POST /v1/admin/users/export`: the users the selector picks that the
/// credential's user may read, as `user export` reads them (password
/// hashes only with `store.admin`), as JSON Lines: `{"attribute_keys":[…]}`
/// (the CSV columns of attributes), `{"user":…}` each, then
/// `{"end":{"count"}}`. The client writes the file.
pub async fn export(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    let req: ExportRequest = read_json(&headers, body)?;
    streamed(server, headers, move |session, tx| {
        ops::session::authorize(&session.ctx.acting, "user export")?;
        let query = crate::domain::query::ListQuery {
            selector: req.selector,
            sort: Vec::new(),
            limit: None,
            offset: 0,
            with_hashes: req.include_hashes,
        };
        let csv = req.format == crate::transfer::FileFormat::Csv;
        let selected = ops::users::export(session, query, csv)?;
        let written = |e: std::io::Error| Failure::from(Error::Internal(e.to_string()));
        let mut file = crate::transfer::Sink::start(
            req.format,
            Chunks(tx.clone(), Vec::with_capacity(CHUNK)),
            selected.attribute_keys.clone(),
            req.include_hashes,
        )
        .map_err(written)?;
        selected.each(|user| file.push(&user).map_err(|e| Error::Internal(e.to_string())))?;
        let count = file.finish().map_err(written)?;
        send(tx, Line::End { count })?;
        Ok(())
    })
    .await
}

/// An export's file, written here as `user export` writes it, to the
/// answer as chunks of whole lines (UTF-8 text, never cut inside a
/// character).
struct Chunks(Out, Vec<u8>);

impl Chunks {
    /// Sends what is gathered up to its last line's end (all of it at the
    /// end of the file).
    fn pass(&mut self, all: bool) -> std::io::Result<()> {
        let end = if all {
            self.1.len()
        } else {
            match self.1.iter().rposition(|b| *b == b'\n') {
                Some(i) => i + 1,
                None => return Ok(()),
            }
        };
        let rest = self.1.split_off(end);
        let text = String::from_utf8(std::mem::replace(&mut self.1, rest))
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        send(&self.0, Line::Chunk(text)).map_err(std::io::Error::other)
    }
}

impl std::io::Write for Chunks {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.1.extend_from_slice(buf);
        if self.1.len() >= CHUNK {
            self.pass(false)?;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.pass(true)
    }
}

/// Sends each selected user as it is read, then the end with the count.
fn send_users(tx: &Out, selected: &ops::users::Selected<'_>) -> std::result::Result<(), Failure> {
    let mut count = 0u64;
    selected.each(|user| {
        count += 1;
        send(tx, Line::User(Box::new(user)))
    })?;
    send(tx, Line::End { count })?;
    Ok(())
}

/// `POST /v1/admin/audit/list`: the entries the filter picks, as JSON
/// Lines (`{"audit":…}` each, then `{"end":{"count"}}`).
pub async fn audit_list(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    let req: AuditRequest = read_json(&headers, body)?;
    streamed(server, headers, move |session, tx| {
        ops::session::authorize(&session.ctx.acting, "audit list")?;
        let user_id = req
            .user
            .map(|key| ops::audit::user_id(session, &key))
            .transpose()?;
        let filter = crate::domain::stored::AuditFilter {
            user_id,
            action: req.action,
            since: req.since,
            until: req.until,
        };
        send_entries(tx, session, &filter)
    })
    .await
}

/// `POST /v1/admin/users/history {"user"}`: a user's audit entries, as
/// `user history` lists them (`audit.read` on that user), as JSON Lines
/// (`{"audit":…}` each, then `{"end":{"count"}}`).
pub async fn history(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> std::result::Result<Response, Failure> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct History {
        user: String,
    }
    let req: History = read_json(&headers, body)?;
    streamed(server, headers, move |session, tx| {
        ops::session::authorize(&session.ctx.acting, "user history")?;
        let filter = ops::audit::history(session, &req.user)?;
        send_entries(tx, session, &filter)
    })
    .await
}

/// Sends each entry `filter` selects as it is read, then the end with the
/// count.
fn send_entries(
    tx: &Out,
    session: &ops::session::Session,
    filter: &crate::domain::stored::AuditFilter,
) -> std::result::Result<(), Failure> {
    let mut count = 0u64;
    ops::audit::entries(session, filter, |entry| {
        count += 1;
        send(tx, Line::Audit(Box::new(entry)))
    })?;
    send(tx, Line::End { count })?;
    Ok(())
}

/// `POST /v1/admin/audit/verify`: `{"ok":true,"entries":N}` when the
/// chain holds; the first entry that does not verify otherwise (422).
pub async fn audit_verify(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    _body: Unread,
) -> std::result::Result<Response, Failure> {
    let entries = server
        .with_credential(
            &headers,
            Scope::Admin,
            "use the admin API",
            |_, session, _| {
                ops::session::authorize(&session.ctx.acting, "audit verify")?;
                match ops::audit::verify(session)? {
                    Ok(entries) => Ok(entries),
                    Err(broken) => Err(Error::invalid(
                        "audit log",
                        format!("entry {} does not verify: {}", broken.seq, broken.problem),
                    )
                    .into()),
                }
            },
        )
        .await?;
    Ok(Json(json!({ "ok": true, "entries": entries })).into_response())
}
