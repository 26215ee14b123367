//! The store side of `user import` and `user sync` (`ops::sync`): a
//! file read into the staging table, every staged row decided against the
//! store, and a page of them written in one transaction with its audit
//! rows, the roles and groups it needs, and the passwords it generates.

use std::collections::{BTreeSet, HashMap};

use serde_json::{Map, Value};

use super::Ctx;
use super::bulk::{self, Outcome, OutcomeRow};
use super::file_rows::{FileOutcome, FileRow, Front, Missed, Passwords, RowSink, missed_targets};
use super::import::{self, Catalogue, Options, Plan};
use super::session::Session;
use crate::domain::error::{Conflict, Error, Result};
use crate::domain::file_row::{self, Desired};
use crate::domain::password::{self, Password};
use crate::domain::stored::{NewRow, StagedRow};
use crate::store::{Reader, Store, Tx};
use crate::transfer::{Item, Source};

/// Rows read and written a batch at a time: one transaction each.
pub(super) const BATCH: usize = 2_000;

/// The rows of a run, opened: a file read a row at a time, or rows given
/// whole.
pub(super) enum Opened {
    File(Source),
    Given(Vec<Map<String, Value>>),
}

impl Opened {
    fn for_each(self, each: &mut dyn FnMut(Item) -> Result<()>) -> Result<()> {
        match self {
            Opened::File(source) => source.for_each(each),
            Opened::Given(rows) => rows
                .into_iter()
                .zip(1u64..)
                .try_for_each(|(fields, line)| each(Item::Row { line, fields })),
        }
    }
}

/// Reads the rows into the staging table: each row parsed and checked on
/// its own, then rows that repeat an earlier row's user marked. The rows
/// are parsed a chunk at a time on the second core while this one reads
/// the next chunk and stages the one before.
pub(super) fn stage(store: &Store, name: &str, rows: Opened) -> Result<()> {
    store.stage(|add| {
        std::thread::scope(|scope| {
            let mut chunk: Vec<Item> = Vec::with_capacity(CHUNK);
            let mut parsing = None;
            rows.for_each(&mut |item| {
                chunk.push(item);
                if chunk.len() == CHUNK {
                    let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
                    let next = scope.spawn(move || parse_chunk(name, full));
                    if let Some(previous) = parsing.replace(next) {
                        add_parsed(add, super::cores::joined(previous.join()))?;
                    }
                }
                Ok(())
            })?;
            if let Some(previous) = parsing.take() {
                add_parsed(add, super::cores::joined(previous.join()))?;
            }
            add_parsed(add, parse_chunk(name, chunk))
        })
    })?;
    let repeats = store.reader().staged_repeats()?;
    store.stage_batch(|| {
        for repeat in &repeats {
            let message = format!(
                "{name}: line {}: {}: the same user as line {}",
                repeat.line, repeat.field, repeat.first_line
            );
            store.stage_error(repeat.n, Some((&message, INVALID)))?;
        }
        Ok(())
    })
}

/// How many rows are parsed at a time on the second core.
const CHUNK: usize = 1024;

/// The code of a row that is not valid on its own.
const INVALID: &str = "invalid_input";

/// A row of the file as it is staged: parsed (on the second core), with
/// whom it names and, if it is not valid on its own, why.
struct Parsed {
    line: i64,
    fields: String,
    email_key: Option<String>,
    username_key: Option<String>,
    id: Option<String>,
    error: Option<String>,
}

fn parse_chunk(name: &str, items: Vec<Item>) -> Vec<Parsed> {
    items
        .into_iter()
        .map(|item| {
            let line = item.line() as i64;
            match item {
                Item::Broken { message, .. } => Parsed {
                    line,
                    fields: "{}".into(),
                    email_key: None,
                    username_key: None,
                    id: None,
                    error: Some(format!("{name}: line {line}: {message}")),
                },
                Item::Row { fields, .. } => parse_row(name, line, fields),
            }
        })
        .collect()
}

/// Stages parsed rows, in order.
fn add_parsed(add: &mut dyn FnMut(NewRow<'_>) -> Result<()>, rows: Vec<Parsed>) -> Result<()> {
    for row in &rows {
        add(NewRow {
            line: row.line,
            fields: &row.fields,
            email_key: row.email_key.as_deref(),
            username_key: row.username_key.as_deref(),
            id: row.id.as_deref(),
            error: row.error.as_deref(),
        })?;
    }
    Ok(())
}

/// Parses one row of fields: whom it names, or why it is not valid.
fn parse_row(name: &str, line: i64, mut fields: Map<String, Value>) -> Parsed {
    // A plain password is refused, and never kept.
    if let Some(value) = fields.get_mut("password") {
        *value = Value::String("(not kept)".into());
    }
    match file_row::parse(&fields) {
        Ok(d) => Parsed {
            line,
            email_key: d.email.as_ref().map(|e| e.key()),
            username_key: d
                .username
                .as_ref()
                .and_then(|u| u.as_ref().map(|u| u.key())),
            id: d.id.as_ref().map(|i| i.to_string()),
            fields: Value::Object(fields).to_string(),
            error: None,
        },
        Err(errors) => {
            let message = errors
                .iter()
                .map(|e| match &e.field {
                    Some(field) => format!("{field}: {}", e.message),
                    None => e.message.clone(),
                })
                .collect::<Vec<_>>()
                .join("; ");
            // Whom the row names, as far as it can be told: so that `sync
            // --missing` never takes a user whose row was only mistyped for
            // one it does not list.
            let raw = |field: &str| fields.get(field).and_then(Value::as_str);
            let email_key = raw("email")
                .filter(|e| !e.trim().is_empty())
                .map(crate::domain::types::email_key);
            let id = raw("id")
                .and_then(crate::domain::types::UserId::parse)
                .map(|i| i.to_string());
            Parsed {
                line,
                email_key,
                username_key: None,
                id,
                fields: Value::Object(fields).to_string(),
                error: Some(format!("{name}: line {line}: {message}")),
            }
        }
    }
}

/// A page of staged rows read back (None for a row staged with its
/// error), the users their emails name read ahead in one query for
/// `decide`.
fn read_page(
    reader: Reader<'_>,
    catalogue: &Catalogue,
    page: &[StagedRow],
) -> Result<Vec<Option<Result<Desired>>>> {
    // Parsing is the page's pure work: half of it on the second core.
    let read = super::cores::map_halves(page, |s| s.error.is_none().then(|| desired(s)));
    catalogue.know_emails(
        reader,
        read.iter().flatten().filter_map(|r| r.as_ref().ok()),
    )?;
    Ok(read)
}

/// The fields of a staged row, read back.
fn desired(row: &StagedRow) -> Result<Desired> {
    let fields: Map<String, Value> = serde_json::from_str(&row.fields)
        .map_err(|e| Error::Internal(format!("a staged row is not JSON: {e}")))?;
    file_row::parse(&fields).map_err(|errors| {
        Error::invalid(
            "row",
            errors
                .iter()
                .map(|e| e.message.clone())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}

/// The email a staged row names, as written (for a failed row).
fn staged_email(row: &StagedRow) -> Option<String> {
    serde_json::from_str::<Map<String, Value>>(&row.fields)
        .ok()
        .and_then(|f| f.get("email").and_then(Value::as_str).map(str::to_string))
}

/// A staged row that failed with `error` (its code `code`).
pub(super) fn failed(
    row: &StagedRow,
    verb: &'static str,
    error: String,
    code: &'static str,
) -> FileRow {
    FileRow::failed(Some(row.line), staged_email(row), verb, error, code)
}

/// A row staged with its error, as it failed.
fn failed_staged(row: &StagedRow, verb: &'static str) -> FileRow {
    let code = code_named(row.error_kind.as_deref().unwrap_or(INVALID));
    failed(row, verb, row.error.clone().unwrap_or_default(), code)
}

/// The error code a staged row keeps, as one of the codes errors have.
fn code_named(name: &str) -> &'static str {
    Error::CODES
        .iter()
        .find(|c| **c == name)
        .copied()
        .unwrap_or("failure")
}

/// What a run is: the name of its file in errors, how rows become users,
/// the verb of its rows, and whether it only plans.
pub(super) struct Job {
    pub name: String,
    pub options: Options,
    /// `import` or `sync`: the action of a row left alone or failed.
    pub verb: &'static str,
    pub dry_run: bool,
}

/// Decides every valid staged row against the store as it is now, records
/// each failure (and with generated passwords, each plan) in the staging
/// table, and hands each page's rows to `rows`; adds to `needs` the
/// permissions the rows need beyond creating and changing users.
pub(super) fn decide_all(
    ctx: &Ctx,
    store: &Store,
    job: &Job,
    needs: &mut BTreeSet<&'static str>,
    rows: &mut dyn FnMut(&[FileRow]) -> Result<()>,
) -> Result<()> {
    let catalogue = Catalogue::load(store.reader())?;
    let mut after = 0;
    loop {
        let page = store.reader().staged(after, BATCH, false)?;
        let Some(last) = page.last() else { break };
        after = last.n;
        let read = read_page(store.reader(), &catalogue, &page)?;
        let decided = store.stage_batch(|| {
            page.iter()
                .zip(read)
                .map(|(staged, read)| decide_row(ctx, store, &catalogue, job, needs, staged, read))
                .collect::<Result<Vec<FileRow>>>()
        })?;
        rows(&decided)?;
    }
    Ok(())
}

/// Decides one staged row (inside the staging batch of its page).
fn decide_row(
    ctx: &Ctx,
    store: &Store,
    catalogue: &Catalogue,
    job: &Job,
    needs: &mut BTreeSet<&'static str>,
    staged: &StagedRow,
    read: Option<Result<Desired>>,
) -> Result<FileRow> {
    if staged.error.is_some() {
        return Ok(failed_staged(staged, job.verb));
    }
    let mut named = false;
    let decided = read.unwrap_or_else(|| desired(staged)).and_then(|d| {
        named = d.id.is_some();
        import::decide(store.reader(), ctx, catalogue, &d, &job.options)
    });
    match decided {
        Ok(plan) => {
            // Only the passwords made before a page's write read the plan
            // back: a store without them is spared a write a row.
            if job.options.generate_password {
                store.stage_plan(staged.n, plan.name())?;
            }
            needs.extend(import::permissions_for(store.reader(), &plan)?);
            // A new user's id is made when it is written.
            let shown_id =
                (named || !matches!(plan, Plan::Create(_))).then(|| plan.user().id.to_string());
            Ok(FileRow::planned(
                staged.line,
                &plan,
                shown_id,
                job.verb,
                true,
            ))
        }
        Err(e) => {
            let text = format!("{}: line {}: {e}", job.name, staged.line);
            store.stage_error(staged.n, Some((&text, e.code())))?;
            Ok(failed(staged, job.verb, text, e.code()))
        }
    }
}

/// Hands `rows` every staged row that failed, a page at a time.
pub(super) fn each_failed(
    store: &Store,
    verb: &'static str,
    rows: &mut dyn FnMut(&[FileRow]) -> Result<()>,
) -> Result<()> {
    let mut after = 0;
    loop {
        let page = store.reader().staged(after, BATCH, false)?;
        let Some(last) = page.last() else { break };
        after = last.n;
        let failed: Vec<FileRow> = page
            .iter()
            .filter(|s| s.error.is_some())
            .map(|s| failed_staged(s, verb))
            .collect();
        rows(&failed)?;
    }
    Ok(())
}

/// What writing a page did.
#[derive(Default)]
pub(super) struct Written {
    pub rows: Vec<FileRow>,
    pub mail: Vec<i64>,
    /// Each new user's email and generated password, for the caller's
    /// [`super::file_rows::Passwords`].
    pub passwords: Vec<(String, Password)>,
    /// Roles and groups made because the file names them.
    pub made: Vec<String>,
    /// The first row that failed as it was written (for `--atomic`).
    pub first_error: Option<Error>,
}

/// Decides and writes one page of staged rows in `tx`: the rows, their
/// audit entries in one go, the roles and groups they need.
pub(super) fn write_page(
    tx: &Tx<'_>,
    ctx: &Ctx,
    job: &Job,
    page: &[StagedRow],
    hashes: &mut HashMap<i64, (Password, String)>,
) -> Result<Written> {
    let catalogue = Catalogue::load(tx.reader())?;
    let read = read_page(tx.reader(), &catalogue, page)?;
    let mut written = Written::default();
    // (its plan, the password it was given)
    let mut plans: Vec<(Plan, Option<Password>)> = Vec::new();
    for (staged, read) in page.iter().zip(read) {
        if staged.error.is_some() {
            written.rows.push(failed_staged(staged, job.verb));
            continue;
        }
        let decided = read
            .unwrap_or_else(|| desired(staged))
            .and_then(|d| import::decide(tx.reader(), ctx, &catalogue, &d, &job.options));
        match decided {
            Ok(mut plan) => {
                let given = give_password(ctx, &job.options, staged, &mut plan, hashes)?;
                let id = Some(plan.user().id.to_string());
                written
                    .rows
                    .push(FileRow::planned(staged.line, &plan, id, job.verb, false));
                plans.push((plan, given));
            }
            Err(e) => {
                let text = format!("{}: line {}: {e}", job.name, staged.line);
                written.rows.push(failed(staged, job.verb, text, e.code()));
                written.first_error.get_or_insert(e);
            }
        }
    }
    let (made, mail) = write_plans(tx, ctx, &job.options, &plans)?;
    written.made = made;
    written.mail = mail;
    for (plan, given) in plans {
        if let Some(password) = given {
            written
                .passwords
                .push((plan.user().email.clone(), password));
        }
    }
    Ok(written)
}

/// Gives a new active user without a hash the password prepared for its
/// row, or one made now (a row planned as an update whose user was deleted
/// meanwhile has none prepared). Returns the password given.
fn give_password(
    ctx: &Ctx,
    options: &Options,
    staged: &StagedRow,
    plan: &mut Plan,
    hashes: &mut HashMap<i64, (Password, String)>,
) -> Result<Option<Password>> {
    let Plan::Create(user) = plan else {
        return Ok(None);
    };
    if user.password_hash.is_some() || user.status != crate::domain::Status::Active {
        return Ok(None);
    }
    let prepared = match hashes.remove(&staged.n) {
        Some(prepared) => Some(prepared),
        None if options.generate_password => {
            let username = user.username.as_deref();
            let password = ctx
                .auth
                .policy
                .generate_for(user.email.as_str(), username)?;
            let hash = password::hash(&password)?;
            Some((password, hash))
        }
        None => None,
    };
    let Some((password, hash)) = prepared else {
        return Ok(None);
    };
    user.password_hash = Some(hash);
    user.must_change_password = options.must_change;
    user.password_changed_at = Some(ctx.now);
    Ok(Some(password))
}

/// Writes a page's plans in `tx`: the roles and groups they need, the
/// users, their audit rows; keeps an active holder of `roles.manage`.
/// Returns what it made and the mail to deliver.
fn write_plans(
    tx: &Tx<'_>,
    ctx: &Ctx,
    options: &Options,
    plans: &[(Plan, Option<Password>)],
) -> Result<(Vec<String>, Vec<i64>)> {
    let made = import::make_missing(
        tx,
        ctx,
        plans
            .iter()
            .filter(|(p, _)| !matches!(p, Plan::Unchanged(_)))
            .map(|(p, _)| p.user()),
    )?;
    let refs: Vec<&Plan> = plans.iter().map(|(p, _)| p).collect();
    // Updates may take roles.manage from its last active holder.
    let managers = if refs.iter().any(|p| matches!(p, Plan::Update { .. })) {
        Some(super::grant::managers(tx.reader(), ctx.now)?)
    } else {
        None
    };
    let (audit, mail) = import::write_all(tx, ctx, &refs, options)?;
    if let Some(managers) = &managers {
        super::grant::keep_a_manager(tx.reader(), ctx.now, managers, "this import")?;
    }
    tx.append_audit_many(ctx.now, &ctx.actor, &audit)?;
    Ok((made, mail))
}

/// Generated passwords for the rows of a page the plan creates as active
/// users without a hash: generated, checked and hashed on every core
/// before the page's transaction; `hashed` is called as each is done.
pub(super) fn passwords_for(
    ctx: &Ctx,
    page: &[StagedRow],
    options: &Options,
    hashed: &(dyn Fn() + Sync),
) -> Result<HashMap<i64, (Password, String)>> {
    if !options.generate_password {
        return Ok(HashMap::new());
    }
    let mut wanted = Vec::new();
    for staged in page {
        if staged.error.is_some() || staged.plan.as_deref() != Some("create") {
            continue;
        }
        let d = desired(staged)?;
        let has_hash = d.password_hash.is_some();
        let active = d.status.is_none_or(|s| s == crate::domain::Status::Active);
        if !has_hash && active {
            let email = d.email.as_ref().map(|e| e.as_str().to_owned());
            let username = d.username.flatten().map(|u| u.as_str().to_owned());
            wanted.push((staged.n, email.unwrap_or_default(), username));
        }
    }
    let policy = &ctx.auth.policy;
    let passwords: Vec<Password> = wanted
        .iter()
        .map(|(_, email, username)| policy.generate_for(email, username.as_deref()))
        .collect::<Result<_>>()?;
    let wanted = wanted.into_iter().map(|(n, _, _)| n);
    let refs: Vec<&Password> = passwords.iter().collect();
    let hashes = password::hash_many(&refs, hashed)?;
    Ok(wanted
        .into_iter()
        .zip(passwords.into_iter().zip(hashes))
        .collect())
}

/// Adds what a written page did to the outcome; hands its rows to the
/// sink (a failure to take them stops the run).
fn take_page(outcome: &mut FileOutcome, written: Written, hashed: usize, sink: &mut dyn RowSink) {
    outcome.passwords += written.passwords.len();
    outcome.mail.extend(written.mail);
    outcome.made.extend(written.made);
    // Rows whose password was hashed have been counted already.
    sink.steps()
        .advance(written.rows.len().saturating_sub(hashed));
    for row in &written.rows {
        outcome.tally.add(row);
    }
    if let Err(e) = sink.rows(&written.rows) {
        outcome.stopped.get_or_insert(e);
    }
}

/// `atomic`: every page, and a sync's users the rows do not list, in one
/// transaction that no failed row commits. The generated passwords are
/// handed over before it commits.
pub(super) fn write_atomic(
    session: &mut Session,
    job: &Job,
    missed: Option<&Missed>,
    total: u64,
    front: &mut Front<'_>,
) -> Result<FileOutcome> {
    front.sink.begin(Some(total))?;
    let (store, ctx) = session.parts();
    let hashed = std::sync::atomic::AtomicUsize::new(0);
    let steps = front.sink.steps();
    let passwords = &mut front.passwords;
    let result = store.write(|tx| {
        let mut all = Written::default();
        let mut after = 0;
        loop {
            let page = tx.reader().staged(after, BATCH, false)?;
            let Some(last) = page.last() else { break };
            after = last.n;
            let mut hashes = passwords_for(ctx, &page, &job.options, &|| steps.advance(1))?;
            hashed.fetch_add(hashes.len(), std::sync::atomic::Ordering::Relaxed);
            let written = write_page(tx, ctx, job, &page, &mut hashes)?;
            if let Some(first) = written.first_error {
                let failures = written.rows.iter().filter(|r| r.code.is_some()).count();
                return Err(Error::Atomic {
                    failures,
                    targets: total as usize,
                    first: Box::new(first),
                });
            }
            all.rows.extend(written.rows);
            all.mail.extend(written.mail);
            all.passwords.extend(written.passwords);
            all.made.extend(written.made);
        }
        // The users the sync's rows do not list, in the same transaction.
        if let Some(missed) = missed {
            let (rows, mail) =
                bulk::apply_within(tx, ctx, missed.action.as_ref(), &missed_targets())?;
            refuse_failed_missing(&rows, total)?;
            all.rows.extend(rows.iter().map(FileRow::missing));
            all.mail.extend(mail);
        }
        if let Some(passwords) = passwords
            .as_deref_mut()
            .filter(|_| !all.passwords.is_empty())
        {
            passwords.write(&all.passwords)?;
        }
        Ok(all)
    });
    let written = settle(result, front.passwords.as_deref_mut())?;
    let mut outcome = FileOutcome::default();
    take_page(&mut outcome, written, hashed.into_inner(), front.sink);
    if let Err(e) = front.sink.end() {
        outcome.stopped.get_or_insert(e);
    }
    Ok(outcome)
}

/// `atomic`: a user the rows do not list whom the sync fails on fails it
/// all.
fn refuse_failed_missing(rows: &[OutcomeRow], total: u64) -> Result<()> {
    let failures: Vec<&OutcomeRow> = rows.iter().filter(|r| r.outcome.is_failure()).collect();
    let Some(first) = failures.first() else {
        return Ok(());
    };
    let error = first.error.clone().unwrap_or_default();
    Err(Error::Atomic {
        failures: failures.len(),
        targets: total as usize + rows.len(),
        first: Box::new(match first.outcome {
            Outcome::Denied => crate::domain::error::Denied::Refused(error).into(),
            _ => Conflict::Refused(error).into(),
        }),
    })
}

/// Tells the passwords whether the write that holds them committed.
fn settle<'a, 'p>(
    result: Result<Written>,
    passwords: Option<&'a mut (dyn Passwords + 'p)>,
) -> Result<Written> {
    match (result, passwords) {
        (Ok(written), Some(passwords)) if !written.passwords.is_empty() => {
            passwords.committed();
            Ok(written)
        }
        (Err(e), Some(passwords)) => {
            passwords.rolled_back();
            Err(e)
        }
        (result, _) => result,
    }
}

/// Every page in a transaction of its own, then a sync's users the rows do
/// not list in the bulk engine's batches. A page that fails after an
/// earlier one committed fails its own rows; the pages after it are tried.
pub(super) fn write_batches(
    session: &mut Session,
    job: &Job,
    missed: Option<&Missed>,
    total: u64,
    front: &mut Front<'_>,
) -> Result<FileOutcome> {
    front.sink.begin(Some(total))?;
    let (store, ctx) = session.parts();
    let mut outcome = FileOutcome::default();
    let mut after = 0;
    let mut first = true;
    loop {
        let page = store.reader().staged(after, BATCH, false)?;
        let Some(last) = page.last() else { break };
        after = last.n;
        let steps = front.sink.steps();
        let mut hashes = passwords_for(ctx, &page, &job.options, &|| steps.advance(1))?;
        let hashed = hashes.len();
        let passwords = &mut front.passwords;
        let attempt = store.write(|tx| {
            let written = write_page(tx, ctx, job, &page, &mut hashes)?;
            if let Some(passwords) = passwords
                .as_deref_mut()
                .filter(|_| !written.passwords.is_empty())
            {
                passwords.write(&written.passwords)?;
            }
            Ok(written)
        });
        let written = match settle(attempt, front.passwords.as_deref_mut()) {
            Ok(written) => written,
            Err(e) if first => return Err(e),
            Err(e) => Written {
                rows: page
                    .iter()
                    .map(|staged| {
                        let text = staged
                            .error
                            .clone()
                            .unwrap_or_else(|| format!("{}: line {}: {e}", job.name, staged.line));
                        failed(staged, job.verb, text, e.code())
                    })
                    .collect(),
                ..Written::default()
            },
        };
        first = false;
        take_page(&mut outcome, written, hashed, front.sink);
        if outcome.stopped.is_some() {
            break;
        }
    }
    if let (Some(missed), None) = (missed, &outcome.stopped) {
        let (tally, sink) = (&mut outcome.tally, &mut *front.sink);
        let done = bulk::apply(
            store,
            ctx,
            missed.action.as_ref(),
            &missed_targets(),
            false,
            &mut |rows: &[OutcomeRow]| {
                let rows: Vec<FileRow> = rows.iter().map(FileRow::missing).collect();
                for row in &rows {
                    tally.add(row);
                }
                sink.rows(&rows)
            },
            &|_| {},
        )?;
        outcome.mail.extend(done.mail);
        if let Some(e) = done.stopped {
            outcome.stopped = Some(e);
        }
    }
    if let Err(e) = front.sink.end() {
        outcome.stopped.get_or_insert(e);
    }
    Ok(outcome)
}
