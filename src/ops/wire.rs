//! The admin API's requests and the lines of its answers (SPEC §12): one
//! definition for the server that reads the requests and writes the
//! lines, and for the command line that sends them and reads them back.

use serde::{Deserialize, Serialize};

use crate::domain::query::Selector;
use crate::domain::stored::AuditEntry;
use crate::domain::user::User;
use crate::ops::bulk::OutcomeRow;
use crate::ops::change::Change;
use crate::ops::driver::BulkOptions;

/// The version of the admin API this roster speaks (as a client, and as a
/// server); a client and a server of different versions say which side
/// to upgrade.
pub const API_VERSION: u32 = 1;

/// On a server's admin socket, where the peer is the server's own OS
/// account: who acts, as the command line names it (`--as`,
/// `ROSTER_ACTOR`, or the OS account's name) ...
pub const ACTOR_HEADER: &str = "roster-actor";
/// ... and whether it was named (`1`): a named actor that is a user of the
/// store acts with that user's permissions, as on the command line.
pub const ACTOR_NAMED_HEADER: &str = "roster-actor-named";

/// `--require-delivery` on a request whose body does not carry it (`user
/// create`, `user update`): `1`, and mail the change sends that is not
/// delivered makes it exit 8, as on the command line.
pub const REQUIRE_DELIVERY_HEADER: &str = "roster-require-delivery";

/// Whether the admin API's `path` changes something: such a request is
/// applied once per request id, and a client interrupted after sending it
/// cannot say that nothing was changed.
pub fn changes(path: &str) -> bool {
    let reads = [
        "list",
        "show",
        "history",
        "export",
        "whoami",
        "stats",
        "check",
        "verify",
        "login",
        "logout",
        "authorize",
    ];
    path.starts_with("/v1/admin/") && !reads.contains(&path.rsplit('/').next().unwrap_or_default())
}

/// An actor's name as `ACTOR_HEADER` carries it: percent-encoded, since
/// a header holds ASCII only and a name may hold any character.
pub fn actor_header(name: &str) -> String {
    percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// The actor's name from `ACTOR_HEADER`; None when it is not UTF-8.
pub fn actor_from_header(value: &str) -> Option<String> {
    percent_encoding::percent_decode_str(value)
        .decode_utf8()
        .ok()
        .map(|name| name.into_owned())
}

/// A bulk change as the admin API takes it: the library's request, and
/// whether the caller confirmed it (a person answered the question, or
/// `--yes`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeRequest {
    pub change: Change,
    #[serde(default)]
    pub users: Vec<String>,
    #[serde(default)]
    pub selector: Selector,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub options: BulkOptions,
    #[serde(default)]
    pub confirmed: bool,
    /// A message that cannot be delivered now fails the change's report
    /// (`--require-delivery`).
    #[serde(default)]
    pub require_delivery: bool,
}

/// One line of a change's answer.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    /// A target's outcome, as the command line prints it.
    Row(OutcomeRow),
    /// A user a list selected.
    User(Box<User>),
    /// An entry of the audit log a list selected.
    Audit(Box<AuditEntry>),
    /// A piece of an export's file, whole lines of it, in order.
    Chunk(String),
    /// The end of a list: how many users it held.
    End { count: u64 },
    /// A password a reset generated for a user, before the batches write
    /// it: shown once, or written down, by the client.
    Password(GeneratedPassword),
    /// What the operation told people (where mail went, mail that stays
    /// queued), as it did.
    Notice(Notice),
    /// The end: what the command line says after the rows.
    Report(WireReport),
    /// An import's or sync's list of rows begins (`writing`: how many rows
    /// it writes; none for a plan or a refusal).
    FileBegin { writing: Option<u64> },
    /// A row of an import or sync, decided or committed.
    FileRow(WireFileRow),
    /// The list of rows is complete.
    FileEnd,
    /// A batch's generated passwords, before it commits.
    Passwords(Vec<GeneratedPassword>),
    /// The batch whose passwords came last committed: they stay.
    PasswordsKept,
    /// Its commit failed: they are taken back.
    PasswordsTakenBack,
    /// The end of an import or sync: what the command line says after the
    /// rows.
    FileReport(FileReport),
    /// The run failed after rows were sent (the status line was already
    /// 200).
    Error { code: String, message: String },
}

/// A notice of the operation: said, or (`warn`) a warning.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Notice {
    #[serde(default)]
    pub warn: bool,
    pub text: String,
}

impl Notice {
    /// Tells it as the command line tells its own.
    pub fn tell(&self, to: &dyn crate::ops::front::Notices) {
        if self.warn {
            to.warn(&self.text)
        } else {
            to.say(&self.text)
        }
    }
}

/// Keeps notices, for an answer that carries them.
#[derive(Default)]
pub struct Kept(pub std::cell::RefCell<Vec<Notice>>);

impl crate::ops::front::Notices for Kept {
    fn warn(&self, text: &str) {
        self.0.borrow_mut().push(Notice {
            warn: true,
            text: text.to_string(),
        });
    }
    fn say(&self, text: &str) {
        self.0.borrow_mut().push(Notice {
            warn: false,
            text: text.to_string(),
        });
    }
}

/// A password generated for a user, sent once.
#[derive(Serialize, Deserialize)]
pub struct GeneratedPassword {
    pub id: String,
    pub email: String,
    pub password: String,
}

/// Never shows the password.
impl std::fmt::Debug for GeneratedPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GeneratedPassword")
            .field("id", &self.id)
            .field("email", &self.email)
            .field("password", &"(hidden)")
            .finish()
    }
}

/// `user reset-password` as the admin API takes it: the library's request,
/// its users, and the typed password for one user (`"password":"typed"`).
/// A change's confirmation works as [`ChangeRequest`]'s does.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResetWire {
    pub reset: crate::ops::reset::ResetRequest,
    #[serde(default)]
    pub users: Vec<String>,
    #[serde(default)]
    pub selector: Selector,
    #[serde(default)]
    pub options: BulkOptions,
    #[serde(default)]
    pub confirmed: bool,
    #[serde(default)]
    pub require_delivery: bool,
    /// The new password of a typed reset, checked against the server's
    /// policy and hashed there.
    #[serde(default)]
    pub typed: Option<String>,
}

/// Never shows a password.
impl std::fmt::Debug for ResetWire {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResetWire")
            .field("reset", &self.reset)
            .field("users", &self.users.len())
            .field("selector", &self.selector)
            .field("options", &self.options)
            .field("confirmed", &self.confirmed)
            .field("typed", &self.typed.as_ref().map(|_| "(hidden)"))
            .finish()
    }
}

/// A change the server may answer with its question (`428`): sent again,
/// confirmed, with `expect_count` the count found when it was asked.
pub trait Confirmable: Serialize {
    fn confirmed(&self) -> bool;
    fn confirm(&mut self, found: u64);
}

macro_rules! confirmable {
    ($($request:ty),*) => {$(
        impl Confirmable for $request {
            fn confirmed(&self) -> bool {
                self.confirmed
            }
            fn confirm(&mut self, found: u64) {
                self.options.expect_count.get_or_insert(found);
                self.confirmed = true;
            }
        }
    )*};
}

confirmable!(ChangeRequest, ResetWire);

/// A row of an import or sync as it crosses the wire: the library's row
/// with its action and error code spelled out.
#[derive(Debug, Serialize, Deserialize)]
pub struct WireFileRow {
    pub line: Option<i64>,
    pub row: OutcomeRow,
    pub action: String,
    pub code: Option<String>,
}

impl WireFileRow {
    pub fn of(row: &crate::ops::sync::FileRow) -> WireFileRow {
        WireFileRow {
            line: row.line,
            row: row.row.clone(),
            action: row.row.action.to_string(),
            code: row.code.map(str::to_string),
        }
    }

    /// The library's row again (an action or code this roster does not
    /// know reads as none, a failure).
    pub fn into_row(self) -> crate::ops::sync::FileRow {
        let action = ["create", "update", "block", "archive", "import", "sync"]
            .into_iter()
            .find(|a| *a == self.action)
            .unwrap_or_default();
        crate::ops::sync::FileRow {
            line: self.line,
            row: OutcomeRow { action, ..self.row },
            code: self.code.map(|c| crate::exit::Exit::of_code(&c).name()),
        }
    }
}

/// An import's or sync's end, as the command line needs it to finish as
/// it does locally.
#[derive(Debug, Serialize, Deserialize)]
pub struct FileReport {
    pub summary: String,
    /// SPEC §5's code of the run.
    pub exit: u8,
    /// Nothing was written because rows failed.
    pub refused: bool,
    pub stopped: bool,
    /// Mail that had to be delivered and was not.
    pub undelivered: Option<(String, String)>,
}

/// `user import` or `user sync` as the admin API takes it: the first line
/// of the body, the file after it. `credentials`: the client writes
/// generated passwords down (else none are made to be sent).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileWire<R> {
    pub request: R,
    #[serde(default)]
    pub confirmed: bool,
    #[serde(default)]
    pub require_delivery: bool,
    /// Where the client writes generated passwords (its
    /// `--credentials-file`, as the command's notices name it); none: no
    /// password is generated to be sent.
    #[serde(default)]
    pub credentials: Option<String>,
}

impl<R: Serialize + crate::ops::sync::RunOf> Confirmable for FileWire<R> {
    fn confirmed(&self) -> bool {
        self.confirmed
    }
    fn confirm(&mut self, found: u64) {
        self.request.run_mut().expect_count.get_or_insert(found);
        self.confirmed = true;
    }
}

/// A change's report, as the command line needs it to finish as it does
/// locally: the summary, the exit code, and a delivery error.
#[derive(Debug, Serialize, Deserialize)]
pub struct WireReport {
    pub dry_run: bool,
    pub summary: String,
    /// SPEC §5's code of the run (`0` ok, `3` partial, …).
    pub exit: u8,
    pub stopped: bool,
    /// A delivery `require_delivery` needed and did not get.
    pub delivery_error: Option<(String, String)>,
}

/// What `user list` asks for: the selector, the order, a page.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRequest {
    #[serde(default)]
    pub selector: Selector,
    #[serde(default)]
    pub sort: Vec<String>,
    #[serde(default)]
    pub limit: Option<u64>,
    #[serde(default)]
    pub offset: u64,
}

/// What `user export` asks for: the selector, the password hashes (which
/// need `store.admin`), and the file's format: the server writes the file
/// as `user export` does, and the client keeps it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    #[serde(default)]
    pub selector: Selector,
    #[serde(default)]
    pub include_hashes: bool,
    pub format: crate::transfer::FileFormat,
}

/// What `user create` asks for: the new user, and the password it starts
/// with, if any. A password is checked against the server's policy and
/// hashed there (a hash is not taken); a generated one is made there and
/// given back once, for the client to show or write down.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateRequest {
    pub user: crate::domain::user::NewUser,
    #[serde(default)]
    pub if_not_exists: bool,
    #[serde(default)]
    pub password: Option<String>,
    #[serde(default)]
    pub generate_password: bool,
    /// The password must be changed at first sign-in (the default, as on
    /// the command line).
    #[serde(default = "yes")]
    pub must_change: bool,
}

fn yes() -> bool {
    true
}

/// Never shows a password.
impl std::fmt::Debug for CreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateRequest")
            .field("user", &self.user)
            .field("if_not_exists", &self.if_not_exists)
            .field("password", &self.password.as_ref().map(|_| "(hidden)"))
            .field("generate_password", &self.generate_password)
            .field("must_change", &self.must_change)
            .finish()
    }
}

/// What `user create` did: the user (the one found, when `if_not_exists`
/// found it), the password generated for it, and a delivery that failed.
#[derive(Serialize, Deserialize)]
pub struct CreateAnswer {
    pub user: User,
    pub created: bool,
    #[serde(default)]
    pub password: Option<String>,
    #[serde(default)]
    pub delivery_error: Option<(String, String)>,
    /// Where its mail went.
    #[serde(default)]
    pub notices: Vec<Notice>,
}

/// Never shows a password.
impl std::fmt::Debug for CreateAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateAnswer")
            .field("user", &self.user.email)
            .field("created", &self.created)
            .field("password", &self.password.as_ref().map(|_| "(hidden)"))
            .field("delivery_error", &self.delivery_error)
            .finish()
    }
}

/// What `user update` did: the user as it is now, the fields that changed
/// (none when every value was already as asked), and a delivery that
/// failed.
#[derive(Debug, Serialize, Deserialize)]
pub struct UpdateAnswer {
    pub user: User,
    pub changed: Vec<String>,
    #[serde(default)]
    pub delivery_error: Option<(String, String)>,
    /// Where its mail went.
    #[serde(default)]
    pub notices: Vec<Notice>,
}

/// What `audit list` asks for.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuditRequest {
    /// A user by id, email or username (or the id of one deleted).
    pub user: Option<String>,
    pub action: Option<String>,
    pub since: Option<jiff::Timestamp>,
    pub until: Option<jiff::Timestamp>,
}
