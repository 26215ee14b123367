//! The pages behind the links in roster's mail (SPEC §12): accepting an
//! invitation, completing a reset, asking for a reset link, changing a
//! password. Plain HTML forms that work without JavaScript, each post
//! checked against cross-site forgery and rate-limited, each outcome in
//! the audit log as `self-service (CLIENT)`; the same operations as
//! `roster auth …`.

use std::sync::Arc;

use axum::Extension;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;

use super::Server;
use super::http::Failure;
use super::web::{self, looks_like_token, with_cookies};
use crate::domain::error::{Conflict, Denied, Error};
use crate::domain::password::{self, Password};
use crate::ops;
use crate::ops::auth::Link;
use crate::ops::front::Quiet;
use crate::ops::self_service::Forgot;

/// Who sent the request, as the access log names it.
#[derive(Clone, Debug)]
pub struct Client(pub String);

/// How long a link's token waits in its cookie for the form to be sent.
const FLOW_COOKIE_SECONDS: u64 = 15 * 60;

#[derive(Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

#[derive(Deserialize)]
pub struct SetPasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

#[derive(Deserialize)]
pub struct ChangeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// What a link page says and does, for an invitation and for a reset.
struct LinkPage {
    link: Link,
    path: &'static str,
    cookie: &'static str,
    /// The audit action of a refused use.
    page: &'static str,
    title: &'static str,
    submit: &'static str,
    /// What to do when the link no longer works.
    renew: &'static str,
    renew_link: Option<(&'static str, &'static str)>,
}

const INVITATION: LinkPage = LinkPage {
    link: Link::Invitation,
    path: "/accept-invite",
    cookie: "roster_invite",
    page: "accept-invite",
    title: "Choose your password",
    submit: "Activate my account",
    renew: "Ask the person who invited you to send a new invitation.",
    renew_link: None,
};

const RESET: LinkPage = LinkPage {
    link: Link::Reset,
    path: "/reset",
    cookie: "roster_reset",
    page: "reset",
    title: "Choose a new password",
    submit: "Set the new password",
    renew: "You can ask for a new link.",
    renew_link: Some(("/forgot", "Ask for a new link")),
};

impl Server {
    /// A page that says something went wrong on the server's side.
    fn trouble(&self, failure: Failure) -> Response {
        let (title, line) = if failure.status == StatusCode::SERVICE_UNAVAILABLE {
            (
                "Please try again in a moment",
                "The service is busy or cannot reach its store right now.",
            )
        } else {
            ("Something went wrong", "The server's log says more.")
        };
        let mut page = self
            .look
            .message(failure.status, "error", title, &[line], None);
        if let Some(seconds) = failure.retry_after {
            page.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        page
    }

    /// 429 with `Retry-After`, as a page.
    fn too_many(&self, seconds: u64) -> Response {
        let mut page = self.look.message(
            StatusCode::TOO_MANY_REQUESTS,
            "refused",
            "Too many attempts",
            &["Wait a minute, then try again."],
            None,
        );
        page.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        page
    }

    /// A form post that is not the form this server gave out.
    fn forged(&self, why: &str, client: &Client) -> Response {
        eprintln!(
            "roster serve: a form post from {} was refused: {why}",
            client.0
        );
        self.look.message(
            StatusCode::FORBIDDEN,
            "refused",
            "This form could not be accepted",
            &[
                "It did not come from this site's own page, or it was open too long.",
                "Go back, reload the page, and send it again.",
            ],
            None,
        )
    }

    /// A form that could not be read (wrong content type, too large).
    fn unreadable(&self, rejection: &FormRejection) -> Response {
        self.look.message(
            rejection.status(),
            "refused",
            "This form could not be read",
            &["Go back, reload the page, and send it again."],
            None,
        )
    }

    /// A form post, admitted: read, sent from this site's own page (its
    /// CSRF token the cookie's), and within the client's limit.
    fn admit<T>(
        &self,
        client: &Client,
        headers: &HeaderMap,
        form: Result<Form<T>, FormRejection>,
        csrf: impl FnOnce(&T) -> &str,
    ) -> Result<T, Response> {
        let Form(form) = form.map_err(|rejection| self.unreadable(&rejection))?;
        if let Some(why) = web::cross_site(headers, self.cookies, csrf(&form), &self.public) {
            return Err(self.forged(why, client));
        }
        self.limit_client(client)?;
        Ok(form)
    }

    /// Counts a request that checks a secret or sends mail against its
    /// client address.
    fn limit_client(&self, client: &Client) -> Result<(), Response> {
        self.per_client
            .check(&client.0)
            .map_err(|seconds| self.too_many(seconds))
    }

    /// Runs page work on the store as `self-service (CLIENT)`.
    async fn as_self_service<T: Send + 'static>(
        self: &Arc<Self>,
        client: &Client,
        work: impl FnOnce(&Server, &mut ops::session::Session) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Response> {
        let actor = format!("self-service ({})", client.0);
        let server = Arc::clone(self);
        self.as_actor(actor, work)
            .await
            .map_err(|failure| server.trouble(failure))
    }

    /// Sends mail a page's change queued, after the answer has left (how
    /// long a mail server takes must not tell whether an address is
    /// known). What is not delivered stays queued, as from the CLI.
    pub(super) fn deliver_later(self: &Arc<Self>, ids: Vec<i64>) {
        if ids.is_empty() {
            return;
        }
        self.count(|m| m.mail_queued += ids.len() as u64);
        let server = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let Ok(mut session) = server
                .pool
                .session(server.ctx(), server.config.mail.clone())
            else {
                return;
            };
            let result = session.deliver(&ids, &Quiet);
            if let Err(e) = &result {
                eprintln!("roster serve: mail left queued: {e}");
            }
            server.pool.give_back(session, result.is_ok());
        });
    }

    /// What the policy asks of a new password, in a line.
    fn policy_hint(&self) -> String {
        let policy = &self.config.ctx.auth.policy;
        format!(
            "At least {} characters. Long phrases are easier to remember and harder to guess; avoid your name and common words.",
            policy.min_length
        )
    }

    /// A form: `template` with `values` and the form's CSRF token (the
    /// request's, or a new one with the cookie that holds it).
    fn form(
        &self,
        headers: &HeaderMap,
        status: StatusCode,
        template: &str,
        mut values: serde_json::Value,
    ) -> Response {
        match self.cookies.csrf(headers) {
            Ok((csrf, set)) => {
                values["csrf"] = csrf.into();
                with_cookies(self.look.page(status, template, &values), set)
            }
            Err(e) => self.trouble(e.into()),
        }
    }

    /// The form a link opens, for `email`.
    fn link_form(
        &self,
        headers: &HeaderMap,
        status: StatusCode,
        page: &LinkPage,
        email: &str,
        error: Option<&str>,
    ) -> Response {
        let intro = match page.link {
            Link::Invitation => format!(
                "You were invited to {}. Choose a password to activate your account.",
                self.look.product
            ),
            Link::Reset => "Choose a new password for your account. Every session of the account is signed out.".to_string(),
        };
        self.form(
            headers,
            status,
            "set_password.html",
            json!({
                "title": page.title,
                "intro": intro,
                "email": email,
                "action": page.path,
                "submit": page.submit,
                "error": error,
                "policy_hint": self.policy_hint(),
            }),
        )
    }

    /// The page for a link that does not work (any more), and why.
    fn dead_link(&self, page: &LinkPage, e: &Error) -> Response {
        let (status, title, why) = match e {
            Error::Conflict(Conflict::TokenUsed { .. }) => (
                StatusCode::GONE,
                "This link was already used",
                "Each link works once.",
            ),
            Error::Conflict(Conflict::TokenExpired { .. }) => (
                StatusCode::GONE,
                "This link has expired",
                "Links work for a limited time.",
            ),
            Error::InvalidTransition { .. } => (
                StatusCode::CONFLICT,
                "This link cannot be used for this account now",
                "The account changed since the link was sent.",
            ),
            _ => (
                StatusCode::NOT_FOUND,
                "This link does not work",
                "It may have been replaced by a newer one, or copied only in part.",
            ),
        };
        let mut response =
            self.look
                .message(status, "dead", title, &[why, page.renew], page.renew_link);
        response
            .headers_mut()
            .append(header::SET_COOKIE, self.cookies.set(page.cookie, "", 0));
        response
    }
}

/// Whether an error means the link itself no longer works.
fn is_dead_link(e: &Error) -> bool {
    matches!(
        e,
        Error::Conflict(Conflict::TokenUsed { .. } | Conflict::TokenExpired { .. })
            | Error::InvalidTransition { .. }
            | Error::NotFound { .. }
    )
}

pub async fn accept_invite_page(
    State(server): State<Arc<Server>>,
    Extension(client): Extension<Client>,
    headers: HeaderMap,
    Query(query): Query<TokenQuery>,
) -> Response {
    link_page(server, client, headers, query, &INVITATION).await
}

pub async fn reset_page(
    State(server): State<Arc<Server>>,
    Extension(client): Extension<Client>,
    headers: HeaderMap,
    Query(query): Query<TokenQuery>,
) -> Response {
    link_page(server, client, headers, query, &RESET).await
}

pub async fn accept_invite_post(
    State(server): State<Arc<Server>>,
    Extension(client): Extension<Client>,
    headers: HeaderMap,
    form: Result<Form<SetPasswordForm>, FormRejection>,
) -> Response {
    link_post(server, client, headers, form, &INVITATION).await
}

pub async fn reset_post(
    State(server): State<Arc<Server>>,
    Extension(client): Extension<Client>,
    headers: HeaderMap,
    form: Result<Form<SetPasswordForm>, FormRejection>,
) -> Response {
    link_post(server, client, headers, form, &RESET).await
}

/// `GET /accept-invite?token=T` (or `/reset?token=T`): the token moves
/// into a cookie and the browser to the same page without it, so it is
/// not left in the address bar, the history or a proxy's log. A browser
/// that came from another site (a webmail) is sent on by a page of this
/// site: its SameSite=Strict cookie goes only with a request that starts
/// here. Without a token in the address, the cookie's link is checked
/// and its form shown.
async fn link_page(
    server: Arc<Server>,
    client: Client,
    headers: HeaderMap,
    query: TokenQuery,
    page: &'static LinkPage,
) -> Response {
    if let Some(token) = query.token {
        let token = token.trim().to_string();
        let cookie = server.cookies.set(
            page.cookie,
            if looks_like_token(&token) {
                &token
            } else {
                "unknown"
            },
            FLOW_COOKIE_SECONDS,
        );
        // Only a browser that says the navigation started here (typed,
        // or from this site) is redirected; one from elsewhere, or one
        // that does not say (older browsers), is sent on by a page.
        let from_elsewhere = !headers
            .get("sec-fetch-site")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.eq_ignore_ascii_case("none") || v.eq_ignore_ascii_case("same-origin")
            });
        let onward = if from_elsewhere {
            server.look.page(
                StatusCode::OK,
                "continue.html",
                &json!({ "title": page.title, "next": page.path }),
            )
        } else {
            Redirect::to(page.path).into_response()
        };
        return with_cookies(onward, [cookie]);
    }
    let Some(token) = server.cookies.get(&headers, page.cookie) else {
        return server.look.message(
            StatusCode::BAD_REQUEST,
            "dead",
            "Open the link from your email",
            &[
                "This page needs the link from the email you received, opened in this browser.",
                page.renew,
            ],
            page.renew_link,
        );
    };
    if let Err(page) = server.limit_client(&client) {
        return page;
    }
    let link = page.link;
    let holder = server
        .as_self_service(&client, move |_, session| {
            Ok(ops::auth::link_holder(session, &token, link))
        })
        .await;
    let holder = match holder {
        Ok(holder) => holder,
        Err(page) => return page,
    };
    match holder {
        Ok(user) => server.link_form(&headers, StatusCode::OK, page, &user.email, None),
        Err(e) if is_dead_link(&e) => server.dead_link(page, &e),
        Err(e) => server.trouble(e.into()),
    }
}

/// What a link's form post came to.
enum LinkOutcome {
    /// Done: the mail it queued.
    Done(Vec<i64>),
    /// The password was refused: the form again, with why.
    Again {
        email: String,
        why: String,
    },
    Dead(Error),
}

/// `POST /accept-invite` (or `/reset`): the password twice; on success
/// the user is active (or has the new password, every session ended),
/// signed in nowhere: the product signs in.
async fn link_post(
    server: Arc<Server>,
    client: Client,
    headers: HeaderMap,
    form: Result<Form<SetPasswordForm>, FormRejection>,
    page: &'static LinkPage,
) -> Response {
    let form = match server.admit(&client, &headers, form, |f| &f.csrf) {
        Ok(form) => form,
        Err(page) => return page,
    };
    let Some(token) = server.cookies.get(&headers, page.cookie) else {
        return server.dead_link(page, &Error::not_found("link", "no link in this browser"));
    };
    // And per account: a link is one account's (`serve.sign_in_limit`).
    if let Err(seconds) = server.per_account.check(&format!("link {token}")) {
        return server.too_many(seconds);
    }
    let link = page.link;
    let audit_page = page.page;
    let outcome = server
        .as_self_service(&client, move |_, session| {
            let refuse = |session: &mut ops::session::Session, why: &str| -> Result<(), Failure> {
                let owner = ops::auth::link_owner(session, &token, link)?;
                ops::self_service::refused(session, audit_page, owner.as_ref(), why)?;
                Ok(())
            };
            let holder = match ops::auth::link_holder(session, &token, link) {
                Ok(user) => user,
                Err(e) if is_dead_link(&e) => {
                    refuse(session, &e.to_string())?;
                    return Ok(LinkOutcome::Dead(e));
                }
                Err(e) => return Err(e.into()),
            };
            if form.password != form.confirm {
                refuse(session, "the two passwords differ")?;
                return Ok(LinkOutcome::Again {
                    email: holder.email,
                    why: "The two passwords are not the same; type the new password twice.".into(),
                });
            }
            let password = Password::new(&form.password);
            let done = match link {
                Link::Invitation => ops::auth::accept_invite(session, &token, &password),
                Link::Reset => ops::auth::complete_reset(session, &token, &password),
            };
            match done {
                Ok(done) => Ok(LinkOutcome::Done(done.mail)),
                Err(Error::Invalid { message, .. }) => {
                    refuse(session, &format!("the password was refused: {message}"))?;
                    Ok(LinkOutcome::Again {
                        email: holder.email,
                        why: sentence(&message),
                    })
                }
                Err(e) if is_dead_link(&e) => {
                    refuse(session, &e.to_string())?;
                    Ok(LinkOutcome::Dead(e))
                }
                Err(e) => Err(e.into()),
            }
        })
        .await;
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(page) => return page,
    };
    match outcome {
        LinkOutcome::Done(mail) => {
            server.deliver_later(mail);
            let lines: [&str; 2] = match page.link {
                Link::Invitation => [
                    "Your account is active.",
                    "Sign in with your email address and the password you chose.",
                ],
                Link::Reset => [
                    "Your password is changed.",
                    "Every session of your account was signed out; sign in again with the new password.",
                ],
            };
            let response = server
                .look
                .message(StatusCode::OK, "done", "All set", &lines, None);
            with_cookies(response, [server.cookies.set(page.cookie, "", 0)])
        }
        LinkOutcome::Again { email, why } => server.link_form(
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            page,
            &email,
            Some(&why),
        ),
        LinkOutcome::Dead(e) => server.dead_link(page, &e),
    }
}

/// A message as a sentence for a page: capitalised, with a full stop.
fn sentence(message: &str) -> String {
    let mut chars = message.trim().chars();
    let mut text = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
        None => return String::new(),
    };
    if !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

/// `GET /forgot`: a form asking for an email address.
pub async fn forgot_page(State(server): State<Arc<Server>>, headers: HeaderMap) -> Response {
    forgot_form(&server, &headers, StatusCode::OK, "", None)
}

fn forgot_form(
    server: &Server,
    headers: &HeaderMap,
    status: StatusCode,
    email: &str,
    error: Option<&str>,
) -> Response {
    server.form(
        headers,
        status,
        "forgot.html",
        json!({ "title": "Forgot your password?", "email": email, "error": error }),
    )
}

/// `POST /forgot`: the same answer whatever the address (known, unknown,
/// not active, asked for a moment ago); an active user gets a reset link,
/// at most one per `serve.reset_mail_interval`.
pub async fn forgot_post(
    State(server): State<Arc<Server>>,
    Extension(client): Extension<Client>,
    headers: HeaderMap,
    form: Result<Form<ForgotForm>, FormRejection>,
) -> Response {
    let form = match server.admit(&client, &headers, form, |f| &f.csrf) {
        Ok(form) => form,
        Err(page) => return page,
    };
    let email = form.email.trim().to_string();
    if email.is_empty() || email.len() > 320 {
        return forgot_form(
            &server,
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            "",
            Some("Enter the email address of your account."),
        );
    }
    let interval = server.reset_interval;
    let typed = email.clone();
    let done = server
        .as_self_service(&client, move |_, session| {
            Ok(ops::self_service::forgot(session, &typed, interval)?)
        })
        .await;
    match done {
        Ok(Forgot::Sent(mail)) => server.deliver_later(mail),
        Ok(Forgot::NotSent(_)) => {}
        Err(page) => return page,
    }
    let ttl = spelled(server.config.ctx.auth.reset_ttl);
    let first =
        format!("If {email} belongs to an account, a link to choose a new password is on its way.");
    let second = format!(
        "The link works for {ttl}. If no email arrives, check the address and your spam folder."
    );
    server.look.message(
        StatusCode::OK,
        "sent",
        "Check your email",
        &[&first, &second],
        None,
    )
}

/// A duration as a page says it: `1 hour`, `30 minutes`, `2 days`.
fn spelled(d: jiff::SignedDuration) -> String {
    let seconds = d.as_secs().max(0);
    let (n, unit) = match seconds {
        s if s >= 86_400 && s % 86_400 == 0 => (s / 86_400, "day"),
        s if s >= 3_600 && s % 3_600 == 0 => (s / 3_600, "hour"),
        s if s >= 60 && s % 60 == 0 => (s / 60, "minute"),
        s => (s, "second"),
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

/// `GET /change-password`: email, current password, new one twice.
pub async fn change_page(State(server): State<Arc<Server>>, headers: HeaderMap) -> Response {
    change_form(&server, &headers, StatusCode::OK, "", None)
}

fn change_form(
    server: &Server,
    headers: &HeaderMap,
    status: StatusCode,
    email: &str,
    error: Option<&str>,
) -> Response {
    server.form(
        headers,
        status,
        "change_password.html",
        json!({
            "title": "Change your password",
            "email": email,
            "error": error,
            "policy_hint": server.policy_hint(),
        }),
    )
}

/// What a change of password came to.
enum ChangeOutcome {
    Done(Vec<i64>),
    /// Refused: the reason to show (one answer for a wrong email or
    /// password, a locked or inactive account).
    Refused(StatusCode, String),
}

/// `POST /change-password`: the current password is checked as a sign-in
/// is (a wrong one counts towards the lockout); the new one against the
/// policy. An unknown address takes as long and reads the same as a wrong
/// password.
pub async fn change_post(
    State(server): State<Arc<Server>>,
    Extension(client): Extension<Client>,
    headers: HeaderMap,
    form: Result<Form<ChangeForm>, FormRejection>,
) -> Response {
    let form = match server.admit(&client, &headers, form, |f| &f.csrf) {
        Ok(form) => form,
        Err(page) => return page,
    };
    let email = form.email.trim().to_string();
    if let Err(seconds) = server.per_account.check(&email.to_lowercase()) {
        return server.too_many(seconds);
    }
    let again =
        |status: StatusCode, why: &str| change_form(&server, &headers, status, &email, Some(why));
    let typed = email.clone();
    let outcome = server
        .as_self_service(&client, move |server, session| {
            let refuse = |session: &mut ops::session::Session, why: &str| -> Result<(), Failure> {
                let user = ops::self_service::user_by_email(session, &typed)?;
                ops::self_service::refused(session, "change-password", user.as_ref(), why)?;
                Ok(())
            };
            if form.password != form.confirm {
                refuse(session, "the two new passwords differ")?;
                return Ok(ChangeOutcome::Refused(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "The two new passwords are not the same; type the new password twice.".into(),
                ));
            }
            let current = Password::new(&form.current);
            let new = Password::new(&form.password);
            // The operation says of the new password only what does not
            // tell whether the address has an account, and takes as long
            // for an unknown address as for a known one.
            match ops::auth::change_password(session, &typed, &current, &new) {
                Ok(done) => Ok(ChangeOutcome::Done(done.mail)),
                Err(Error::Invalid { message, .. }) => {
                    refuse(session, &format!("the new password was refused: {message}"))?;
                    Ok(ChangeOutcome::Refused(StatusCode::UNPROCESSABLE_ENTITY, sentence(&message)))
                }
                Err(e @ (Error::Denied(_) | Error::NotFound { .. })) => {
                    if matches!(e, Error::NotFound { .. }) {
                        // The time a known address spends checking the
                        // current password (the new one was hashed).
                        password::check_nothing(&current);
                    }
                    let wrong = matches!(e, Error::Denied(Denied::WrongPassword { .. }));
                    if let Error::Denied(Denied::WrongPassword { locked_until: Some(_), .. }) = &e {
                        server.count(|m| m.lockouts += 1);
                    }
                    if !wrong {
                        // A wrong password is in the log already (login-failed).
                        refuse(session, &e.to_string())?;
                    }
                    Ok(ChangeOutcome::Refused(
                        StatusCode::UNAUTHORIZED,
                        "The email address or the current password is wrong, or the account cannot sign in now.".into(),
                    ))
                }
                Err(e) => Err(e.into()),
            }
        })
        .await;
    match outcome {
        Ok(ChangeOutcome::Done(mail)) => {
            server.deliver_later(mail);
            server.look.message(
                StatusCode::OK,
                "done",
                "Password changed",
                &[
                    "Your password is changed.",
                    "Every session of your account was signed out; sign in again with the new password.",
                ],
                None,
            )
        }
        Ok(ChangeOutcome::Refused(status, why)) => again(status, &why),
        Err(page) => page,
    }
}

/// `GET /onboarding`: the onboarding form (seed 000) is not served yet.
pub async fn onboarding(State(server): State<Arc<Server>>) -> Response {
    server.look.message(
        StatusCode::NOT_IMPLEMENTED,
        "refused",
        "Onboarding is not served here",
        &[
            "This service does not show the onboarding form yet.",
            "The product you were invited to will ask for these details, or your administrator will tell you where to send them.",
        ],
        None,
    )
}

/// `GET /static/roster.css`.
pub async fn style() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        web::STYLE,
    )
        .into_response()
}

/// `GET /logo`: `serve.logo`, if set.
pub async fn logo(State(server): State<Arc<Server>>) -> Response {
    match &server.look.logo {
        Some((bytes, kind)) => ([(header::CONTENT_TYPE, *kind)], bytes.clone()).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_messages_read_as_sentences() {
        let spell = |s: i64| spelled(jiff::SignedDuration::from_secs(s));
        assert_eq!(spell(3600), "1 hour");
        assert_eq!(spell(180), "3 minutes");
        assert_eq!(spell(2 * 86_400), "2 days");
        assert_eq!(spell(90), "90 seconds");
        assert_eq!(sentence("it is too short"), "It is too short.");
        assert_eq!(sentence("done!"), "Done!");
    }
}
