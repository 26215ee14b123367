//! A streamed answer of the admin API: the work runs as the credential's
//! user on the blocking pool, and its lines (JSON Lines) are gathered into
//! chunks and handed to the answer as it goes; an error before the first
//! chunk is the answer's status, one after it a last `{"error":…}` line.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::Server;
use super::http::Failure;
use crate::domain::api_token::Scope;
use crate::domain::error::{Error, Result};
use crate::ops;
use crate::ops::bulk::OutcomeRow;
use crate::ops::front::Sink;
use crate::ops::wire::{Line, Notice};

/// Passes rows to the answer, a batch at a time as each commits.
pub(super) struct Stream(pub(super) Out);

impl Sink for Stream {
    fn rows(&mut self, rows: &[OutcomeRow]) -> Result<()> {
        for row in rows {
            send(&self.0, Line::Row(row.clone()))?;
        }
        self.0.flush()
    }
}

/// How long a line waits for a client that does not read.
const STALLED: std::time::Duration = std::time::Duration::from_secs(60);
/// How much of an answer is gathered before it is handed on.
pub(super) const CHUNK: usize = 64 * 1024;

/// Where a streamed answer's lines go: gathered as JSON Lines, and handed
/// to the answer a chunk at a time (or when a batch commits, or a secret
/// must reach the client), not a line at a time.
#[derive(Clone)]
pub(super) struct Out(Arc<(tokio::sync::mpsc::Sender<Bytes>, std::sync::Mutex<Vec<u8>>)>);

impl Out {
    fn new(tx: tokio::sync::mpsc::Sender<Bytes>) -> Out {
        Out(Arc::new((
            tx,
            std::sync::Mutex::new(Vec::with_capacity(CHUNK)),
        )))
    }

    /// Hands on what was gathered. A client that went away, or has read
    /// nothing for a minute, stops the work between batches: what
    /// committed stays, and a rerun finishes the job.
    pub(super) fn flush(&self) -> Result<()> {
        let gone = || Error::Unavailable(crate::domain::error::Unavailable::ClientGone);
        let mut chunk = {
            let mut buf = self.0.1.lock().map_err(|_| gone())?;
            if buf.is_empty() {
                return Ok(());
            }
            Bytes::from(std::mem::replace(&mut *buf, Vec::with_capacity(CHUNK)))
        };
        let started = std::time::Instant::now();
        loop {
            match self.0.0.try_send(chunk) {
                Ok(()) => return Ok(()),
                Err(tokio::sync::mpsc::error::TrySendError::Closed(_)) => return Err(gone()),
                Err(tokio::sync::mpsc::error::TrySendError::Full(back)) => {
                    if started.elapsed() > STALLED {
                        return Err(gone());
                    }
                    chunk = back;
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
            }
        }
    }
}

/// Adds a line to the answer (handed on once a chunk's worth is gathered).
pub(super) fn send(out: &Out, line: Line) -> Result<()> {
    let full = {
        let mut buf = out
            .0
            .1
            .lock()
            .map_err(|_| Error::Internal("the answer's buffer".into()))?;
        serde_json::to_writer(&mut *buf, &line).map_err(|e| Error::Internal(e.to_string()))?;
        buf.push(b'\n');
        buf.len() >= CHUNK
    };
    if full { out.flush() } else { Ok(()) }
}

/// Adds a line and hands it on at once.
pub(super) fn send_now(out: &Out, line: Line) -> Result<()> {
    send(out, line)?;
    out.flush()
}

/// Passes the operation's notices to the answer (a client that went away
/// misses them).
pub(super) struct Told<'t>(pub &'t Out);

impl crate::ops::front::Notices for Told<'_> {
    fn warn(&self, text: &str) {
        let _ = send(
            self.0,
            Line::Notice(Notice {
                warn: true,
                text: text.to_string(),
            }),
        );
    }
    fn say(&self, text: &str) {
        let _ = send(
            self.0,
            Line::Notice(Notice {
                warn: false,
                text: text.to_string(),
            }),
        );
    }
}

pub(super) fn to_line(line: &Line) -> Bytes {
    let mut text = serde_json::to_vec(line).unwrap_or_default();
    text.push(b'\n');
    Bytes::from(text)
}

/// Runs `work` as the credential's user on the blocking pool, its lines
/// streamed as JSON Lines as it sends them. An error before the first line
/// is the answer's own status; one after it, a last `{"error":…}` line.
pub(super) async fn streamed(
    server: Arc<Server>,
    headers: HeaderMap,
    work: impl FnOnce(&mut ops::session::Session, &Out) -> std::result::Result<(), Failure>
    + Send
    + 'static,
) -> std::result::Result<Response, Failure> {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Bytes>(64);
    let handle = tokio::spawn(async move {
        server
            .with_credential(
                &headers,
                Scope::Admin,
                "use the admin API",
                move |_, session, _| {
                    let out = Out::new(tx);
                    let done = work(session, &out);
                    // What was gathered goes before the end (or the error).
                    out.flush()?;
                    done
                },
            )
            .await
    });
    let Some(first) = rx.recv().await else {
        // Nothing was sent: the work failed (or the credential did).
        return Err(match handle.await {
            Ok(Err(failure)) => failure,
            Ok(Ok(())) => Error::Internal("the request ended without a word".into()).into(),
            Err(e) => Error::Internal(e.to_string()).into(),
        });
    };
    Ok(ndjson(first, rx, handle))
}

/// A JSON Lines answer: `first`, what follows on `rx`, then the work's
/// error, if it ended with one.
fn ndjson(
    first: Bytes,
    rx: tokio::sync::mpsc::Receiver<Bytes>,
    handle: tokio::task::JoinHandle<std::result::Result<(), Failure>>,
) -> Response {
    let lines = futures_util::stream::unfold(
        (Some(first), rx, Some(handle)),
        |(next, mut rx, handle)| async move {
            let line = match next {
                Some(line) => line,
                None => match rx.recv().await {
                    Some(line) => line,
                    None => {
                        if let Some(handle) = handle
                            && let Ok(Err(f)) = handle.await
                        {
                            let line = Line::Error {
                                code: f.code.into(),
                                message: f.message,
                            };
                            return Some((
                                Ok::<_, std::io::Error>(to_line(&line)),
                                (None, rx, None),
                            ));
                        }
                        return None;
                    }
                },
            };
            Some((Ok(line), (None, rx, handle)))
        },
    );
    let mut response = Body::from_stream(lines).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson"),
    );
    *response.status_mut() = StatusCode::OK;
    response
}
