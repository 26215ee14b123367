//! `user import` and `user sync` through the admin API: the client streams
//! the file, after one line of JSON with the request; the server spools it
//! to a private temporary file (memory stays bounded however large it is),
//! then runs the library's import or sync on it as the credential's user,
//! with the same whole-file check before any write, and streams the rows
//! back as each batch commits.

use std::io::Write;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;

use super::Server;
use super::admin::Asked;
use super::http::Failure;
use super::stream::{Out, Told, send, send_now, streamed};
use crate::domain::api_token::Scope;
use crate::domain::error::{Error, Result};
use crate::domain::password::Password;
use crate::ops;
use crate::ops::sync::{FileOutcome, FileRow, ImportRequest, Input, RunOf, SyncRequest};
use crate::ops::wire::{FileReport, FileWire, GeneratedPassword, Line, WireFileRow};

/// The largest file taken.
const FILE_LIMIT: u64 = 4 * 1024 * 1024 * 1024;
/// The largest request line before it.
const REQUEST_LIMIT: usize = 1024 * 1024;
/// How long an upload may send nothing before it is cut off (and its turn
/// given back).
const UPLOAD_STALL: std::time::Duration = std::time::Duration::from_secs(20);

/// `POST /v1/admin/users/import`: `user import` of the file that follows
/// the request's line.
pub async fn import(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: Body,
) -> std::result::Result<Response, Failure> {
    run::<ImportRequest>(
        server,
        headers,
        body,
        "user import",
        |session, req, front| {
            ops::sync::import(
                session,
                req,
                front.asked,
                front.sink,
                front.passwords,
                front.notices,
            )
        },
    )
    .await
}

/// `POST /v1/admin/users/sync`: `user sync` of the file that follows the
/// request's line.
pub async fn sync(
    State(server): State<Arc<Server>>,
    headers: HeaderMap,
    body: Body,
) -> std::result::Result<Response, Failure> {
    run::<SyncRequest>(server, headers, body, "user sync", |session, req, front| {
        ops::sync::sync(
            session,
            req,
            front.asked,
            front.sink,
            front.passwords,
            front.notices,
        )
    })
    .await
}

/// What the operation talks to on the server.
struct Front<'f> {
    asked: &'f mut Asked,
    sink: &'f mut dyn ops::sync::RowSink,
    passwords: Option<&'f mut dyn ops::sync::Passwords>,
    notices: &'f dyn crate::ops::front::Notices,
}

type Operation<R> = fn(&mut ops::session::Session, R, Front<'_>) -> Result<FileOutcome>;

/// The credential and the command's permission first (nobody spools a
/// file they may not import), then the request and the file, then the
/// operation on the file.
async fn run<R>(
    server: Arc<Server>,
    headers: HeaderMap,
    body: Body,
    command: &'static str,
    operation: Operation<R>,
) -> std::result::Result<Response, Failure>
where
    R: DeserializeOwned + RunOf + Send + 'static,
{
    server
        .with_credential(
            &headers,
            Scope::Admin,
            "use the admin API",
            move |_, session, _| Ok(ops::session::authorize(&session.ctx.acting, command)?),
        )
        .await?;
    let is_upload = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/octet-stream"));
    if !is_upload {
        return Err(Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "usage",
            "the body is the request as one line of JSON, then the file \
             (Content-Type: application/octet-stream)",
        ));
    }
    // A few uploads at a time, each until its work ends (its file is
    // removed then); the others wait their turn, or are told to come back
    // (nothing done).
    let turn = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        Arc::clone(&server.uploads).acquire_owned(),
    )
    .await
    .map_err(|_| Failure::busy())?
    .map_err(|_| Failure::busy())?;
    let (mut wire, file): (FileWire<R>, _) = spool(body).await?;
    streamed(server, headers, move |session, tx| {
        ops::session::authorize(&session.ctx.acting, command)?;
        session.mail.require_delivery = wire.require_delivery;
        let run = wire.request.run_mut();
        let (format, name) = match &run.input {
            Input::File { format, name, path } => (
                *format,
                name.clone().unwrap_or_else(|| path.display().to_string()),
            ),
            Input::Rows { name, .. } => (None, name.clone()),
        };
        run.input = Input::File {
            path: file.path().to_path_buf(),
            format,
            name: Some(name),
        };
        let mut asked = Asked::new(wire.confirmed);
        let mut sink = Rows {
            tx: tx.clone(),
            begun: None,
        };
        let mut passwords = Sent {
            tx: tx.clone(),
            place: wire.credentials.clone().unwrap_or_default(),
        };
        let front = Front {
            asked: &mut asked,
            sink: &mut sink,
            passwords: wire
                .credentials
                .is_some()
                .then_some(&mut passwords as &mut dyn ops::sync::Passwords),
            notices: &Told(tx),
        };
        let outcome = operation(session, wire.request, front).map_err(|e| asked.refusal(e))?;
        drop(file);
        drop(turn);
        send(tx, Line::FileReport(report(&outcome)))?;
        Ok(())
    })
    .await
}

fn report(outcome: &FileOutcome) -> FileReport {
    FileReport {
        summary: outcome.summary(),
        exit: crate::exit::of_file(outcome).code(),
        refused: outcome.refused.is_some(),
        stopped: outcome.stopped.is_some(),
        undelivered: outcome
            .undelivered
            .as_ref()
            .map(|e| (e.code().to_string(), e.to_string())),
    }
}

/// The request's line, and the file after it in a private temporary file.
async fn spool<W: DeserializeOwned>(
    body: Body,
) -> std::result::Result<(W, tempfile::NamedTempFile), Failure> {
    let too_large = |what: &str| {
        Failure::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "usage",
            format!("the {what} is too large"),
        )
    };
    let broken = |e: String| Failure::new(StatusCode::BAD_REQUEST, "usage", e);
    let mut file = tempfile::NamedTempFile::new()
        .map_err(|e| Failure::from(Error::Internal(format!("a temporary file: {e}"))))?;
    let mut head: Vec<u8> = Vec::new();
    let mut request: Option<W> = None;
    let mut written: u64 = 0;
    let mut stream = body.into_data_stream();
    // The route has no deadline as a whole (a large file takes its time),
    // but an upload that stalls gives its turn back: a client that sends
    // nothing for this long is cut off.
    loop {
        let next = tokio::time::timeout(UPLOAD_STALL, stream.next())
            .await
            .map_err(|_| {
                Failure::new(
                    StatusCode::REQUEST_TIMEOUT,
                    "unavailable",
                    format!(
                        "the upload sent nothing for {} s and was cut off",
                        UPLOAD_STALL.as_secs()
                    ),
                )
            })?;
        let Some(chunk) = next else { break };
        let chunk = chunk.map_err(|e| broken(format!("the upload broke off: {e}")))?;
        let rest: &[u8] = if request.is_none() {
            head.extend_from_slice(&chunk);
            let Some(end) = head.iter().position(|b| *b == b'\n') else {
                if head.len() > REQUEST_LIMIT {
                    return Err(too_large("request line"));
                }
                continue;
            };
            request = Some(serde_json::from_slice(&head[..end]).map_err(|e| {
                broken(format!(
                    "the first line is not the request this endpoint takes: {e}"
                ))
            })?);
            let rest = head.split_off(end + 1);
            head = rest;
            &head
        } else {
            &chunk
        };
        written += rest.len() as u64;
        if written > FILE_LIMIT {
            return Err(too_large("file"));
        }
        tokio::task::block_in_place(|| file.write_all(rest))
            .map_err(|e| Failure::from(Error::Internal(format!("spooling the file: {e}"))))?;
        head.clear();
    }
    let request = request.ok_or_else(|| broken("the body holds no request line".into()))?;
    tokio::task::block_in_place(|| file.flush())
        .map_err(|e| Failure::from(Error::Internal(format!("spooling the file: {e}"))))?;
    Ok((request, file))
}

/// The rows to the answer as they come; a list's beginning is sent with
/// its first row or its end, so that a question asked before any row can
/// still be the answer's status.
struct Rows {
    tx: Out,
    begun: Option<Option<u64>>,
}

impl Rows {
    fn open(&mut self) -> Result<()> {
        if let Some(writing) = self.begun.take() {
            send(&self.tx, Line::FileBegin { writing })?;
        }
        Ok(())
    }
}

impl ops::sync::RowSink for Rows {
    fn begin(&mut self, writing: Option<u64>) -> Result<()> {
        self.begun = Some(writing);
        Ok(())
    }
    fn rows(&mut self, rows: &[FileRow]) -> Result<()> {
        self.open()?;
        for row in rows {
            send(&self.tx, Line::FileRow(WireFileRow::of(row)))?;
        }
        self.tx.flush()
    }
    fn end(&mut self) -> Result<()> {
        self.open()?;
        send(&self.tx, Line::FileEnd)
    }
}

/// Generated passwords to the client, a batch before it commits; then
/// whether it did.
struct Sent {
    tx: Out,
    /// Where the client keeps them.
    place: String,
}

impl ops::sync::Passwords for Sent {
    fn write(&mut self, lines: &[(String, Password)]) -> Result<()> {
        let sent = lines
            .iter()
            .map(|(email, password)| GeneratedPassword {
                id: String::new(),
                email: email.clone(),
                password: password.expose().to_string(),
            })
            .collect();
        send_now(&self.tx, Line::Passwords(sent))
    }
    fn committed(&mut self) {
        let _ = send_now(&self.tx, Line::PasswordsKept);
    }
    fn rolled_back(&mut self) {
        let _ = send_now(&self.tx, Line::PasswordsTakenBack);
    }
    fn place(&self) -> String {
        self.place.clone()
    }
}
