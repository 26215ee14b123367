//! The one bulk engine: every verb that acts on many users (the lifecycle
//! verbs, reset-password, email) runs through it.
//!
//! 1. **Survey**: walk the targets (named users, then the selection, a page
//!    at a time in `seq` order) and decide what the action would do to each;
//!    count the outcomes, and print the rows of a dry run.
//! 2. The command checks `--max-affected`/`--expect-count` and asks.
//! 3. **Apply**: walk the targets again in batches, each batch in one write
//!    transaction that reads its users *inside* the write (so a change made
//!    meanwhile is decided on, never overwritten), decides again, and lets the
//!    action write the whole batch at once (one statement per batch where it
//!    can) with one audit row per user. Rows go to the caller batch by batch.
//!
//! Memory is bounded by the page, not by the selection: a selection of a
//! million users is never held whole. A batch is read, decided and written
//! [`PAGE`] users at a time; only its rows wait for its commit (an
//! `--atomic` run's rows, beyond a page of them, wait in a temporary
//! file). Users added after the survey are not acted on (the walk stops at
//! the largest `seq` the survey saw).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::domain::error::{Error, Result};
use crate::domain::query::Selector;
use crate::domain::transitions::{Decision, Verb, needs};
use crate::domain::types::{Status, UserId};
use crate::domain::user::Subject;
use crate::store::{Reader, Store, Tx};

use super::Ctx;
pub use super::selector::check_selector;
use super::spill::Spill;

/// How many users one transaction changes; a failed batch fails only its users.
pub const BATCH: usize = 50_000;

/// How many users are read, decided and written at a time, a batch being
/// written a page at a time: memory holds a page of users and their audit
/// records, and a batch's rows (about 200 bytes each) until it commits.
const PAGE: usize = 2_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Changed,
    Unchanged,
    WouldChange,
    /// The action does not apply to this user, by design (`user email` to
    /// an archived user): not a failure, and the row says why.
    Skipped,
    InvalidTransition,
    /// The actor may not do this to this user (a scoped role that does not
    /// reach them, the actor itself): exit 7 when no target is allowed.
    Denied,
    /// A rule of the store refuses it (the last active holder of
    /// `roles.manage`): exit 5 when every target is refused.
    Refused,
    NotFound,
    Failed,
}

impl Outcome {
    pub const ALL: [Outcome; 9] = [
        Outcome::Changed,
        Outcome::WouldChange,
        Outcome::Unchanged,
        Outcome::Skipped,
        Outcome::InvalidTransition,
        Outcome::Denied,
        Outcome::Refused,
        Outcome::NotFound,
        Outcome::Failed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Changed => "changed",
            Outcome::Unchanged => "unchanged",
            Outcome::WouldChange => "would_change",
            Outcome::InvalidTransition => "invalid_transition",
            Outcome::Skipped => "skipped",
            Outcome::Denied => "denied",
            Outcome::Refused => "refused",
            Outcome::NotFound => "not_found",
            Outcome::Failed => "failed",
        }
    }

    /// The words of the summary line (`3 would change`).
    pub fn label(self) -> &'static str {
        match self {
            Outcome::WouldChange => "would change",
            Outcome::InvalidTransition => "invalid transition",
            Outcome::NotFound => "not found",
            other => other.as_str(),
        }
    }

    pub fn is_failure(self) -> bool {
        matches!(
            self,
            Outcome::InvalidTransition
                | Outcome::Denied
                | Outcome::Refused
                | Outcome::NotFound
                | Outcome::Failed
        )
    }
}

/// One target's result, the row every bulk verb reports (SPEC §3).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OutcomeRow {
    pub id: Option<String>,
    pub email: Option<String>,
    /// Read back as "": the reader knows the action.
    #[serde(skip_deserializing)]
    pub action: &'static str,
    pub outcome: Outcome,
    pub from: Option<Status>,
    pub to: Option<Status>,
    pub error: Option<String>,
}

/// How many targets had each outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    counts: std::collections::BTreeMap<&'static str, u64>,
}

impl Tally {
    pub fn add(&mut self, outcome: Outcome) {
        *self.counts.entry(outcome.as_str()).or_default() += 1;
    }

    pub fn count(&self, outcome: Outcome) -> u64 {
        self.counts.get(outcome.as_str()).copied().unwrap_or(0)
    }

    pub fn total(&self) -> u64 {
        self.counts.values().sum()
    }

    /// Users found (every target but those named that do not exist).
    pub fn found(&self) -> u64 {
        self.total() - self.count(Outcome::NotFound)
    }

    pub fn failures(&self) -> u64 {
        Outcome::ALL
            .iter()
            .filter(|o| o.is_failure())
            .map(|o| self.count(*o))
            .sum()
    }

    /// Every outcome with how many targets had it, for the exit code.
    pub fn outcomes(&self) -> impl Iterator<Item = Outcome> + '_ {
        Outcome::ALL
            .into_iter()
            .flat_map(|o| std::iter::repeat_n(o, self.count(o) as usize))
    }

    /// `2 changed, 1 unchanged, 1 not found` in the order of SPEC §3.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = Outcome::ALL
            .iter()
            .filter(|o| self.count(**o) > 0)
            .map(|o| match o {
                Outcome::InvalidTransition => crate::domain::error::counted(
                    self.count(*o),
                    "invalid transition",
                    "invalid transitions",
                ),
                _ => format!("{} {}", self.count(*o), o.label()),
            })
            .collect();
        if parts.is_empty() {
            "no users match".into()
        } else {
            parts.join(", ")
        }
    }
}

/// What an action did to a batch beyond the decisions: mail to deliver, and
/// users it turned out to have nothing to do for (no session to end).
#[derive(Debug, Default)]
pub struct Applied {
    pub mail: Vec<i64>,
    pub nothing_to_do: HashSet<UserId>,
}

/// A thing a bulk verb does to users.
pub trait Action {
    /// Its word in rows and in the audit log: `block`.
    fn name(&self) -> &'static str;

    /// What it would do to this user now.
    fn decide(&self, subject: &Subject) -> Decision;

    /// Why it cannot act on this user, when it decided `Invalid`.
    fn refusal(&self, subject: &Subject) -> String;

    /// Reads what it needs to decide on a page of users beyond their
    /// status (their roles, say), before `decide` is asked about them. The
    /// page is read in the same transaction as the write that follows.
    fn prepare(&self, _reader: Reader<'_>, _ctx: &Ctx, _users: &[&Subject]) -> Result<()> {
        Ok(())
    }

    /// The permission it needs of an actor, on each user it acts on.
    fn permission(&self) -> &'static str {
        "users.manage"
    }

    /// Why the action leaves this user alone by design (a `skipped` row),
    /// when it does.
    fn skip(&self, _subject: &Subject) -> Option<String> {
        None
    }

    /// Why the actor may not do this to this user, beyond the permission
    /// (a grant rule): the row is then `denied`.
    fn denial(&self, _ctx: &Ctx, _subject: &Subject) -> Option<String> {
        None
    }

    /// Whether deciding `to` for this user takes an active user out of
    /// use (blocks, archives or deletes them): never the actor itself.
    fn takes_out(&self, subject: &Subject, to: Option<Status>) -> bool {
        subject.status == Status::Active && to != Some(Status::Active)
    }

    /// Whether it takes `roles.manage` from this user, who holds it: by
    /// taking them out of use, unless the action says otherwise.
    fn takes_manager(&self, subject: &Subject, to: Option<Status>) -> bool {
        self.takes_out(subject, to)
    }

    /// Whether it hands the actor a way to sign in as the user (a new
    /// password): then an actor that is a user may do it only to users
    /// whose every permission it holds itself, or it could take a
    /// greater account over.
    fn takes_over(&self) -> bool {
        false
    }

    /// What it does, to finish "name the users to …": `block`.
    fn purpose(&self) -> String {
        self.name().to_string()
    }

    /// The question asked before it changes `count` users:
    /// `Block 3 users?`.
    fn question(&self, count: u64) -> String {
        ask(self.name(), count)
    }

    /// Writes the change for every user of a batch the action decided to
    /// change (with the status each goes to), with their audit rows, in `tx`.
    fn apply(
        &self,
        tx: &Tx<'_>,
        ctx: &Ctx,
        batch: &[(&Subject, Option<Status>)],
    ) -> Result<Applied>;
}

/// `Block 3 users?`: the question for `verb` on `count` users.
pub fn ask(verb: &str, count: u64) -> String {
    let noun = if count == 1 { "user" } else { "users" };
    let mut first = verb.chars();
    let verb: String = first
        .next()
        .map(|c| c.to_uppercase().chain(first).collect())
        .unwrap_or_default();
    format!("{verb} {count} {noun}?")
}

/// The refusal of a verb of the transition table: the user's status and the
/// statuses the verb needs.
pub fn transition_refusal(verb: Verb, subject: &Subject) -> String {
    Error::InvalidTransition {
        user: subject.email.clone(),
        status: subject.status,
        verb: verb.command().into(),
        needs: needs(verb),
    }
    .to_string()
}

/// The users a bulk verb acts on: those named (in order, each once), then
/// those the selector selects.
#[derive(Clone, Debug, Default)]
pub struct Targets {
    pub keys: Vec<String>,
    pub selector: Option<Selector>,
    /// The selection was taken by other means (the users missing from a
    /// sync file) and is walked as it is.
    pub preselected: bool,
}

/// One target as walked: a user, or a name that matched nobody.
enum Target {
    User(Subject),
    Missing(String),
}

impl Targets {
    fn selects(&self) -> bool {
        self.preselected || self.selector.as_ref().is_some_and(|s| s.is_used())
    }
}

/// The selector a command was given, as the actor of `ctx` may use it: each
/// name it holds must exist (exit 4), and a scoped actor's `permission`
/// limits it to the users that permission reaches (a filter never shows it
/// a user of another team; a user it names is a `denied` row instead).
pub fn scope_selector(
    store: &Store,
    ctx: &Ctx,
    selector: &mut Selector,
    permission: &str,
) -> Result<()> {
    check_selector(store.reader(), selector, ctx.now)?;
    selector.reach = ctx.acting.reach_of(permission);
    Ok(())
}

/// Takes the selection once, when the command starts: the users the
/// selector matches now are the ones walked (a user added later is not acted
/// on; a user deleted since is skipped). Returns how many it selected.
pub fn select(store: &Store, ctx: &Ctx, targets: &Targets) -> Result<u64> {
    match &targets.selector {
        Some(selector) if selector.is_used() && !targets.preselected => {
            store.reader().select_into_temp(selector, ctx.now)
        }
        _ => Ok(0),
    }
}

/// Walks the targets a page at a time: the named users (each once, in the
/// order named), then the selection [`select`] took, in `seq` order,
/// skipping users already named.
struct Walker<'t> {
    keys: std::slice::Chunks<'t, String>,
    /// False once the selection is walked to its end.
    selection: bool,
    after: i64,
    named: HashSet<UserId>,
}

impl<'t> Walker<'t> {
    fn new(targets: &'t Targets) -> Walker<'t> {
        Walker {
            keys: targets.keys.chunks(PAGE),
            selection: targets.selects(),
            after: 0,
            named: HashSet::new(),
        }
    }

    fn next_page(&mut self, reader: Reader<'_>, ctx: &Ctx) -> Result<Option<Vec<Target>>> {
        if let Some(keys) = self.keys.next() {
            let mut page = Vec::with_capacity(keys.len());
            for key in keys {
                match reader.subject(key, ctx.now)? {
                    Some(user) if self.named.insert(user.id.clone()) => {
                        page.push(Target::User(user))
                    }
                    Some(_) => {}
                    None => page.push(Target::Missing(key.trim().to_string())),
                }
            }
            return Ok(Some(page));
        }
        if !self.selection {
            return Ok(None);
        }
        let found = reader.selected_subjects(ctx.now, self.after, PAGE)?;
        let Some(last) = found.last() else {
            return Ok(None);
        };
        self.after = last.seq;
        if found.len() < PAGE {
            // A short page is the last: no need to look again.
            self.selection = false;
        }
        Ok(Some(
            found
                .into_iter()
                .filter(|s| !self.named.contains(&s.id))
                .map(Target::User)
                .collect(),
        ))
    }
}

/// Where the rows of a survey go (a dry run prints them).
pub type RowSink<'a> = dyn FnMut(&OutcomeRow) -> Result<()> + 'a;

/// What the survey found.
#[derive(Debug, Default)]
pub struct Survey {
    pub tally: Tally,
    /// The first target the action would fail on, for `--atomic`'s refusal.
    pub first_failure: Option<OutcomeRow>,
    /// The emails of the first few targets that would change, for the
    /// confirmation question (at most [`NAMED_IN_QUESTION`]).
    pub first_changes: Vec<String>,
}

/// How many of the users a confirmation question names.
pub const NAMED_IN_QUESTION: usize = 5;

impl Survey {
    /// `--atomic`: nothing may change if any target would fail.
    pub fn atomic_refusal(&self) -> Option<Error> {
        let first = self.first_failure.as_ref()?;
        let error = first.error.clone().unwrap_or_default();
        Some(Error::Atomic {
            failures: self.tally.failures() as usize,
            targets: self.tally.total() as usize,
            first: Box::new(match first.outcome {
                Outcome::NotFound => {
                    Error::not_found("user", error.trim_start_matches("no user ").to_string())
                }
                Outcome::Denied => Error::from(crate::domain::error::Denied::Refused(error)),
                _ => Error::from(crate::domain::error::Conflict::Refused(error)),
            }),
        })
    }
}

/// What becomes of one target: the action's decision, or the engine's own
/// refusal.
enum Verdict {
    Action(Decision),
    Skipped(String),
    Denied(String),
    Refused(String),
}

/// What the engine decides beyond the action, the same for every verb
/// (SPEC §8): a scoped actor's reach, the actor itself, and the last active
/// holder of `roles.manage`.
#[derive(Default)]
struct Judge {
    /// The groups of the page's users, read when the actor's permission
    /// reaches only some groups.
    groups: std::collections::HashMap<UserId, Vec<crate::domain::access::GroupRef>>,
    /// For an action that takes an account over: the permissions of the
    /// page's users that the actor does not hold.
    beyond: std::collections::HashMap<UserId, Vec<String>>,
    /// The active holders of `roles.manage` as the page is decided.
    managers: std::collections::BTreeMap<UserId, String>,
    /// Holders this walk takes out, among `managers`.
    taken: HashSet<UserId>,
    loaded: bool,
    /// The actor is left alone (`skipped`), not `denied`: a selection the
    /// command did not name (the users a sync file does not list) may
    /// hold the actor without it being a mistake.
    skip_self: bool,
}

impl Judge {
    /// Reads what the page is judged on. `fresh`: the holders are read
    /// again (a write may have changed them since); otherwise they are read
    /// once and what the walk took is remembered across pages.
    fn load(
        &mut self,
        action: &dyn Action,
        reader: Reader<'_>,
        ctx: &Ctx,
        page: &[Target],
        fresh: bool,
    ) -> Result<()> {
        if fresh || !self.loaded {
            self.managers = super::grant::managers(reader, ctx.now)?;
            self.taken.clear();
            self.loaded = true;
        }
        self.groups.clear();
        self.beyond.clear();
        let scoped = ctx.acting.is_scoped(action.permission());
        let takes_over = action.takes_over() && ctx.acting.is_user();
        if scoped || takes_over {
            let ids: Vec<&UserId> = page
                .iter()
                .filter_map(|t| match t {
                    Target::User(u) => Some(&u.id),
                    Target::Missing(_) => None,
                })
                .collect();
            for user in reader.users_by_ids(&ids, ctx.now)? {
                if takes_over {
                    let beyond = super::grant::beyond_actor(reader, ctx, &user)?;
                    if !beyond.is_empty() {
                        self.beyond.insert(user.id.clone(), beyond);
                    }
                }
                if scoped {
                    self.groups.insert(user.id, user.groups);
                }
            }
        }
        Ok(())
    }

    fn judge(&mut self, action: &dyn Action, ctx: &Ctx, target: &Target) -> Verdict {
        let Target::User(user) = target else {
            return Verdict::Action(Decision::Unchanged);
        };
        let permission = action.permission();
        if let Err(e) = ctx.acting.require(permission, action.name()) {
            return Verdict::Denied(e.to_string());
        }
        if ctx.acting.is_scoped(permission) {
            let groups = self.groups.get(&user.id).map(Vec::as_slice).unwrap_or(&[]);
            if let Err(e) = ctx
                .acting
                .require_on(permission, action.name(), &user.email, groups)
            {
                return Verdict::Denied(e.to_string());
            }
        }
        if let Some(why) = action.skip(user) {
            return Verdict::Skipped(why);
        }
        if let Some(beyond) = self.beyond.get(&user.id) {
            return Verdict::Denied(format!(
                "{} may not {} {}: they hold {}, which {} does not (a new password would hand it their account)",
                ctx.acting.name(),
                action.name(),
                user.email,
                beyond.join(", "),
                ctx.acting.name()
            ));
        }
        let decision = action.decide(user);
        if let (Decision::Change(_), Some(denial)) = (decision, action.denial(ctx, user)) {
            return Verdict::Denied(denial);
        }
        let Decision::Change(to) = decision else {
            return Verdict::Action(decision);
        };
        if ctx.acting.is(&user.id) && action.takes_out(user, to) && self.skip_self {
            return Verdict::Skipped(format!(
                "{} is the actor: it is never taken out of use by its own run",
                user.email
            ));
        }
        if ctx.acting.is(&user.id) && action.takes_out(user, to) {
            return Verdict::Denied(format!(
                "{} may not {} itself: an actor never takes itself out of use; another administrator must",
                ctx.acting.name(),
                action.name()
            ));
        }
        if self.managers.contains_key(&user.id)
            && !self.taken.contains(&user.id)
            && action.takes_manager(user, to)
        {
            if self.managers.len() - self.taken.len() <= 1 {
                return Verdict::Refused(
                    Error::from(crate::domain::error::Conflict::LastManager {
                        what: format!("{} {}", action.name(), user.email),
                        who: user.email.clone(),
                    })
                    .to_string(),
                );
            }
            self.taken.insert(user.id.clone());
        }
        Verdict::Action(decision)
    }
}

fn row(action: &dyn Action, target: &Target, verdict: Verdict, dry: bool) -> OutcomeRow {
    let user = match target {
        Target::Missing(key) => {
            return OutcomeRow {
                id: None,
                email: key.contains('@').then(|| key.clone()),
                action: action.name(),
                outcome: Outcome::NotFound,
                from: None,
                to: None,
                error: Some(format!("no user {key}")),
            };
        }
        Target::User(user) => user,
    };
    let (outcome, to, error) = match verdict {
        Verdict::Action(Decision::Change(to)) if dry => (Outcome::WouldChange, to, None),
        Verdict::Action(Decision::Change(to)) => (Outcome::Changed, to, None),
        Verdict::Action(Decision::Unchanged) => (Outcome::Unchanged, Some(user.status), None),
        Verdict::Action(Decision::Invalid) => {
            (Outcome::InvalidTransition, None, Some(action.refusal(user)))
        }
        Verdict::Skipped(why) => (Outcome::Skipped, Some(user.status), Some(why)),
        Verdict::Denied(error) => (Outcome::Denied, None, Some(error)),
        Verdict::Refused(error) => (Outcome::Refused, None, Some(error)),
    };
    OutcomeRow {
        id: Some(user.id.to_string()),
        email: Some(user.email.clone()),
        action: action.name(),
        outcome,
        from: Some(user.status),
        to,
        error,
    }
}

/// Lets the action read what it needs about a page's users.
fn prepare(action: &dyn Action, reader: Reader<'_>, ctx: &Ctx, page: &[Target]) -> Result<()> {
    let users: Vec<&Subject> = page
        .iter()
        .filter_map(|t| match t {
            Target::User(u) => Some(u),
            Target::Missing(_) => None,
        })
        .collect();
    action.prepare(reader, ctx, &users)
}

/// Decides what `action` would do to every target, counting the outcomes;
/// with `rows`, each planned row goes there (a dry run prints them).
pub fn survey(
    store: &Store,
    ctx: &Ctx,
    action: &dyn Action,
    targets: &Targets,
    mut rows: Option<&mut RowSink<'_>>,
) -> Result<Survey> {
    let reader = store.reader();
    let mut survey = Survey::default();
    let mut walker = Walker::new(targets);
    let mut judge = Judge {
        skip_self: targets.preselected,
        ..Judge::default()
    };
    while let Some(page) = walker.next_page(reader, ctx)? {
        prepare(action, reader, ctx, &page)?;
        judge.load(action, reader, ctx, &page, false)?;
        for target in &page {
            let row = row(action, target, judge.judge(action, ctx, target), true);
            survey.tally.add(row.outcome);
            if row.outcome.is_failure() && survey.first_failure.is_none() {
                survey.first_failure = Some(row.clone());
            }
            if row.outcome == Outcome::WouldChange && survey.first_changes.len() < NAMED_IN_QUESTION
            {
                survey.first_changes.extend(row.email.clone());
            }
            if let Some(rows) = rows.as_mut() {
                rows(&row)?;
            }
        }
    }
    Ok(survey)
}

/// Decides and applies one page in `tx`: its rows and the mail to deliver.
fn apply_page(
    tx: &Tx<'_>,
    ctx: &Ctx,
    action: &dyn Action,
    page: &[Target],
    skip_self: bool,
) -> Result<(Vec<OutcomeRow>, Vec<i64>)> {
    prepare(action, tx.reader(), ctx, page)?;
    let mut judge = Judge {
        skip_self,
        ..Judge::default()
    };
    judge.load(action, tx.reader(), ctx, page, true)?;
    let decided: Vec<(&Target, Verdict)> = page
        .iter()
        .map(|t| (t, judge.judge(action, ctx, t)))
        .collect();
    let changes: Vec<(&Subject, Option<Status>)> = decided
        .iter()
        .filter_map(|(t, d)| match (t, d) {
            (Target::User(u), Verdict::Action(Decision::Change(to))) => Some((u, *to)),
            _ => None,
        })
        .collect();
    let applied = if changes.is_empty() {
        Applied::default()
    } else {
        action.apply(tx, ctx, &changes)?
    };
    let rows = decided
        .into_iter()
        .map(|(target, decision)| {
            let decision = match (target, decision) {
                (Target::User(u), Verdict::Action(Decision::Change(_)))
                    if applied.nothing_to_do.contains(&u.id) =>
                {
                    Verdict::Action(Decision::Unchanged)
                }
                (_, d) => d,
            };
            row(action, target, decision, false)
        })
        .collect();
    Ok((rows, applied.mail))
}

/// What applying did: the outcomes, and the mail to deliver.
#[derive(Debug, Default)]
pub struct Done {
    pub tally: Tally,
    pub mail: Vec<i64>,
    /// Why the run stopped early, after some batches were committed (the
    /// next batch could not begin, or its rows could not be reported): the
    /// targets after it were not reached.
    pub stopped: Option<Error>,
}

/// Applies `action` to every target inside `tx`, in pages: for `--atomic`,
/// and for a command that must do more in the same transaction (`user sync
/// --atomic`). Returns the rows and the mail to deliver after the commit.
pub fn apply_within(
    tx: &Tx<'_>,
    ctx: &Ctx,
    action: &dyn Action,
    targets: &Targets,
) -> Result<(Vec<OutcomeRow>, Vec<i64>)> {
    let (mut all, mut mail) = (Vec::new(), Vec::new());
    each_within(tx, ctx, action, targets, &mut |rows, page_mail| {
        all.extend(rows);
        mail.extend(page_mail);
        Ok(())
    })?;
    Ok((all, mail))
}

/// Applies `action` to every target inside `tx`, handing each page's rows
/// and mail to `each`.
fn each_within(
    tx: &Tx<'_>,
    ctx: &Ctx,
    action: &dyn Action,
    targets: &Targets,
    each: &mut dyn FnMut(Vec<OutcomeRow>, Vec<i64>) -> Result<()>,
) -> Result<()> {
    let mut walker = Walker::new(targets);
    while let Some(page) = walker.next_page(tx.reader(), ctx)? {
        let (rows, mail) = apply_page(tx, ctx, action, &page, targets.preselected)?;
        each(rows, mail)?;
    }
    Ok(())
}

/// Applies `action` to every target, batch by batch, each batch one
/// transaction that reads its users inside the write (all in one with
/// `atomic`), showing `done` the rows of each batch as it commits, then
/// handing them to `rows`. A batch that fails after an earlier
/// one committed fails only its own targets (reported `failed`); a failure
/// before anything was written is the command's error; one that leaves the
/// rest unreachable after a commit ends the run with [`Done::stopped`].
#[allow(clippy::too_many_arguments)]
pub fn apply(
    store: &mut Store,
    ctx: &Ctx,
    action: &dyn Action,
    targets: &Targets,
    atomic: bool,
    rows: &mut dyn FnMut(&[OutcomeRow]) -> Result<()>,
    done: &dyn Fn(&[OutcomeRow]),
) -> Result<Done> {
    let mut result = Done::default();
    if atomic {
        // Decided again inside the write: a target that fails now (a rule
        // changed since the survey) rolls the whole write back. The rows
        // wait for the commit, beyond a page of them on disk.
        let (kept, check, mail) = store.write(|tx| {
            let (mut kept, mut check, mut mail) = (Spill::new(PAGE), Survey::default(), vec![]);
            each_within(tx, ctx, action, targets, &mut |rows, page_mail| {
                for row in &rows {
                    check.tally.add(row.outcome);
                    if row.outcome.is_failure() && check.first_failure.is_none() {
                        check.first_failure = Some(row.clone());
                    }
                }
                mail.extend(page_mail);
                kept.extend(rows)
            })?;
            match check.atomic_refusal() {
                Some(refusal) => Err(refusal),
                None => Ok((kept, check, mail)),
            }
        })?;
        (result.tally, result.mail) = (check.tally, mail);
        let shown = kept.each_page(PAGE, |mut page| {
            page.iter_mut().for_each(|row| row.action = action.name());
            done(&page);
            rows(&page)
        });
        result.stopped = shown.err();
        return Ok(result);
    }
    let mut walker = Walker::new(targets);
    let mut first = true;
    loop {
        // What the batch covered, kept outside the transaction so a failed
        // batch can still say whom it failed: the rows of the pages
        // decided, and the page being written.
        let (mut decided, mut writing): (Vec<OutcomeRow>, Vec<Target>) = (vec![], vec![]);
        let attempt = store.write(|tx| {
            let mut mail = Vec::new();
            while decided.len() < BATCH {
                let Some(page) = walker.next_page(tx.reader(), ctx)? else {
                    break;
                };
                writing = page;
                let (rows, page_mail) = apply_page(tx, ctx, action, &writing, targets.preselected)?;
                writing.clear();
                decided.extend(rows);
                mail.extend(page_mail);
            }
            Ok(mail)
        });
        let covered = decided.len() + writing.len();
        let page_rows = match attempt {
            Ok(_) if covered == 0 => break,
            Ok(mail) => {
                result.mail.extend(mail);
                decided
            }
            Err(e) if first => return Err(e),
            Err(e) if covered == 0 => {
                result.stopped = Some(e);
                break;
            }
            Err(e) => {
                let undecided = writing.iter().map(|target| {
                    let verdict = match target {
                        Target::User(user) => Verdict::Action(action.decide(user)),
                        Target::Missing(_) => Verdict::Action(Decision::Unchanged),
                    };
                    row(action, target, verdict, false)
                });
                decided
                    .into_iter()
                    .chain(undecided)
                    .map(|mut row| {
                        if row.outcome != Outcome::NotFound {
                            row.outcome = Outcome::Failed;
                            row.to = None;
                            row.error = Some(e.to_string());
                        }
                        row
                    })
                    .collect()
            }
        };
        first = false;
        for row in &page_rows {
            result.tally.add(row.outcome);
        }
        // Handed on a page at a time: what the caller makes of them is
        // never a whole batch.
        let shown = page_rows.chunks(PAGE).try_for_each(|page| {
            done(page);
            rows(page)
        });
        if let Err(e) = shown {
            result.stopped = Some(e);
            break;
        }
    }
    Ok(result)
}
