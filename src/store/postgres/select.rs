//! What a user query selects and in what order, on PostgreSQL: the WHERE
//! clause of a selector (with its `$N` parameters), the ORDER BY of a sort
//! key, and the parts of a `--match` text the trigram index is asked for.

use std::collections::HashMap;

use jiff::Timestamp;
use postgres::types::ToSql;

use super::{Reader, ts};
use crate::domain::error::Result;
use crate::domain::query::{Selector, SortKey};
use crate::domain::types::Status;
use crate::store::row::like_pattern;

const ASCII_UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ASCII_LOWER: &str = "abcdefghijklmnopqrstuvwxyz";

/// The SQL a sort key orders by, and whether the column may be NULL.
/// Text is compared in byte order; first and last names with ASCII letters
/// folded (SQLite's `COLLATE NOCASE`).
pub(super) fn sort_column(key: SortKey) -> (String, bool) {
    match key {
        // Ids and times have one fixed form, which sorts the same in any
        // collation: left bare, so their indexes can give the order.
        SortKey::Id => ("u.id".into(), false),
        SortKey::Created => ("u.created_at".into(), false),
        SortKey::Updated => ("u.updated_at".into(), false),
        SortKey::Email => ("u.email_key COLLATE \"C\"".into(), false),
        SortKey::Username => ("u.username_key COLLATE \"C\"".into(), true),
        SortKey::First => (
            format!("translate(u.first_name, '{ASCII_UPPER}', '{ASCII_LOWER}') COLLATE \"C\""),
            true,
        ),
        SortKey::Last => (
            format!("translate(u.last_name, '{ASCII_UPPER}', '{ASCII_LOWER}') COLLATE \"C\""),
            true,
        ),
        SortKey::Status => ("u.status COLLATE \"C\"".into(), false),
        SortKey::LastLogin => ("u.last_login_at".into(), true),
    }
}

/// A WHERE clause and its parameters (`$1`, `$2`, … in order).
#[derive(Default)]
pub(super) struct Filter {
    sql: Vec<String>,
    params: Vec<Box<dyn ToSql + Sync>>,
    /// The mark of the current time, once a condition needs it.
    now: Option<String>,
}

impl Filter {
    /// Adds a parameter; returns its mark.
    pub(super) fn mark(&mut self, value: impl ToSql + Sync + 'static) -> String {
        self.params.push(Box::new(value));
        format!("${}", self.params.len())
    }

    fn now_mark(&mut self, now: Timestamp) -> String {
        if let Some(mark) = &self.now {
            return mark.clone();
        }
        let mark = self.mark(ts(now));
        self.now = Some(mark.clone());
        mark
    }

    pub(super) fn clause(&self) -> String {
        if self.sql.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.sql.join(" AND "))
        }
    }

    pub(super) fn params(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.params.iter().map(|p| p.as_ref()).collect()
    }
}

/// The SQL that holds for users whose *effective* status is `status`; `{now}`
/// stands for the current time.
fn status_sql(status: Status) -> &'static str {
    match status {
        Status::Invited => {
            "(u.status = 'invited' AND (u.invite_expires_at IS NULL OR u.invite_expires_at > {now}))"
        }
        Status::InvitationExpired => "(u.status = 'invited' AND u.invite_expires_at <= {now})",
        Status::InvitationRevoked => "u.status = 'invitation_revoked'",
        Status::Active => {
            "(u.status = 'active' OR (u.status = 'blocked' AND u.blocked_until <= {now}))"
        }
        Status::Blocked => {
            "(u.status = 'blocked' AND (u.blocked_until IS NULL OR u.blocked_until > {now}))"
        }
        Status::Archived => "u.status = 'archived'",
    }
}

/// The WHERE clause for a selector. Times are compared as text, as on
/// SQLite: their one canonical form compares the same in any collation.
/// `parts`: what the trigram index is asked for instead of the whole
/// `--match` text (see [`match_parts`]); empty, the whole text.
pub(super) fn filter_for(selector: &Selector, now: Timestamp, parts: &[String]) -> Filter {
    let mut f = Filter::default();
    if !selector.statuses.is_empty() {
        let mut parts = Vec::new();
        for status in &selector.statuses {
            let sql = status_sql(*status);
            parts.push(if sql.contains("{now}") {
                let mark = f.now_mark(now);
                sql.replace("{now}", &mark)
            } else {
                sql.to_string()
            });
        }
        f.sql.push(format!("({})", parts.join(" OR ")));
    }
    if let Some(role) = &selector.role {
        let r = f.mark(role.to_string());
        f.sql.push(format!(
            "EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = {r})"
        ));
    }
    if let Some(group) = &selector.group {
        let kind = f.mark(group.kind().to_string());
        let name = f.mark(group.slug().to_string());
        f.sql.push(format!(
            "EXISTS (SELECT 1 FROM user_groups g WHERE g.user_id = u.id AND g.kind = {kind} \
             AND g.name = {name})"
        ));
    }
    if let Some(reach) = &selector.reach {
        if reach.is_empty() {
            f.sql.push("FALSE".into());
        } else {
            let each: Vec<String> = reach
                .iter()
                .map(|g| {
                    let kind = f.mark(g.kind().to_string());
                    let name = f.mark(g.slug().to_string());
                    format!("(g.kind = {kind} AND g.name = {name})")
                })
                .collect();
            f.sql.push(format!(
                "EXISTS (SELECT 1 FROM user_groups g WHERE g.user_id = u.id AND ({}))",
                each.join(" OR ")
            ));
        }
    }
    if let Some(permission) = &selector.permission {
        let p = f.mark(permission.to_string());
        f.sql.push(format!(
            "(EXISTS (SELECT 1 FROM user_permissions p WHERE p.user_id = u.id AND p.permission = {p}) \
             OR EXISTS (SELECT 1 FROM user_roles r JOIN role_permissions rp ON rp.role = r.role \
             WHERE r.user_id = u.id AND rp.permission = {p}))"
        ));
    }
    match selector.onboarding {
        Some(true) => f.sql.push("u.onboarding_requested_at IS NOT NULL".into()),
        Some(false) => f.sql.push("u.onboarding_requested_at IS NULL".into()),
        None => {}
    }
    for (key, value) in &selector.attributes {
        if key.contains('\0') || value.contains('\0') {
            // No stored text holds NUL (nor may a parameter).
            f.sql.push("FALSE".into());
            continue;
        }
        let k = f.mark(key.clone());
        let v = f.mark(value.clone());
        f.sql.push(format!(
            "EXISTS (SELECT 1 FROM user_attributes a WHERE a.user_id = u.id AND a.key = {k} \
             AND a.value = {v})"
        ));
    }
    if let Some(text) = &selector.text {
        // search_text is lowercased; so is the text: the trigram index
        // answers the LIKE as it is.
        let text = text.to_lowercase();
        if parts.is_empty() || text.contains('\0') {
            let m = f.mark(like_pattern(&text));
            f.sql.push(format!("u.search_text LIKE {m}"));
        } else {
            // The index is asked for the rare parts; the whole text is
            // checked on the rows it names (`strpos` is no index condition).
            for part in parts {
                let m = f.mark(like_pattern(part));
                f.sql.push(format!("u.search_text LIKE {m}"));
            }
            let m = f.mark(text);
            f.sql.push(format!("strpos(u.search_text, {m}) > 0"));
        }
    }
    if let Some(idle) = selector.inactive_for {
        let cutoff = now.checked_sub(idle).unwrap_or(Timestamp::MIN);
        let c = f.mark(ts(cutoff));
        f.sql
            .push(format!("COALESCE(u.last_login_at, u.created_at) <= {c}"));
    }
    if selector.locked {
        let now = f.now_mark(now);
        f.sql.push(format!("u.locked_until > {now}"));
    }
    if let Some(before) = selector.created_before {
        let b = f.mark(ts(before));
        f.sql.push(format!("u.created_at < {b}"));
    }
    if let Some(after) = selector.created_after {
        let a = f.mark(ts(after));
        f.sql.push(format!("u.created_at > {a}"));
    }
    f
}

/// A trigram in more than this share of users is common: asking the index
/// for it costs a read of most of its posting lists.
const COMMON_TRIGRAM: f64 = 0.05;

/// Below this share a trigram is rare enough to ask the index for.
const RARE_TRIGRAM: f64 = 0.01;

/// The parts of a `--match` text (lowercased) the trigram index is better
/// asked for than the whole: the runs of the text whose trigrams are not
/// common, by `share` (the share of users whose search text holds a
/// trigram: what the statistics list, else at most the smallest share they
/// list). Empty when the whole text is as good: no trigram is common, or no
/// run holds a rare one. Windows of three characters that are not all ASCII
/// letters and digits are left out of every run: pg_trgm may split them
/// (separators) or list them hashed (other letters), so their share is not
/// known. Each part is a substring of the text, so a user the text matches
/// matches every part; the result is only ever as exact as the check of the
/// whole text beside it.
fn match_parts(text: &str, share: &dyn Fn(&str) -> f64) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < 4 {
        return Vec::new();
    }
    // Each window of three characters: its trigram's share, or None for a
    // window pg_trgm does not read as one trigram (a separator within it).
    let windows: Vec<Option<f64>> = chars
        .windows(3)
        .map(|w| {
            w.iter()
                .all(|c| c.is_ascii_alphanumeric())
                .then(|| share(&w.iter().collect::<String>()))
        })
        .collect();
    if !windows.iter().flatten().any(|s| *s > COMMON_TRIGRAM) {
        return Vec::new();
    }
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut rare = false;
    for (i, window) in windows.iter().chain([&None]).enumerate() {
        match window {
            Some(s) if *s <= COMMON_TRIGRAM => {
                start.get_or_insert(i);
                rare |= *s < RARE_TRIGRAM;
            }
            _ => {
                if let Some(from) = start.take() {
                    // Windows from..i cover characters from..i + 2.
                    if rare {
                        parts.push(chars[from..i + 2].iter().collect());
                    }
                }
                rare = false;
            }
        }
    }
    parts
}

impl Reader<'_> {
    /// The parts of the `--match` text the index is asked for ([`match_parts`]),
    /// from the trigram statistics ANALYZE keeps. Without them (never
    /// analysed, or not visible to this database user), the whole text.
    pub(super) fn match_parts(&self, selector: &Selector) -> Result<Vec<String>> {
        let Some(text) = &selector.text else {
            return Ok(Vec::new());
        };
        let text = text.to_lowercase();
        if text.chars().count() < 4 || text.contains('\0') {
            return Ok(Vec::new());
        }
        let chars: Vec<char> = text.chars().collect();
        let trigrams: Vec<String> = chars.windows(3).map(|w| w.iter().collect()).collect();
        // The listed trigrams of the text, and (trigram NULL) the smallest
        // share listed: `most_common_elem_freqs` ends with the smallest and
        // largest share and the share of empty arrays.
        // The list is cast from `anyarray` once (MATERIALIZED): cast again
        // for each of its thousand elements, it took 137 ms, not 3.
        let rows = self.store().rows(
            "WITH listed AS MATERIALIZED ( \
               SELECT s.most_common_elems::text::text[] AS trigrams, \
                      s.most_common_elem_freqs AS shares \
               FROM pg_stats_ext_exprs s \
               WHERE s.statistics_name = 'users_search_trigrams' \
                 AND s.statistics_schemaname = current_schema()) \
             SELECT x.trigram, x.share::float8 \
             FROM listed l, unnest(l.trigrams, l.shares) WITH ORDINALITY AS x(trigram, share, i) \
             WHERE x.trigram = ANY($1) OR x.i = cardinality(l.trigrams) + 1",
            &[&trigrams],
        )?;
        let mut smallest = None;
        let mut shares: HashMap<String, f64> = HashMap::new();
        for row in &rows {
            match row.get::<_, Option<String>>(0) {
                Some(trigram) => {
                    shares.insert(trigram, row.get(1));
                }
                None => smallest = Some(row.get::<_, f64>(1)),
            }
        }
        // No statistics (never analysed, or not shown to this user).
        let Some(smallest) = smallest else {
            return Ok(Vec::new());
        };
        Ok(match_parts(&text, &|t| {
            shares.get(t).copied().unwrap_or(smallest)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::query::Selector;

    fn now() -> Timestamp {
        "2026-06-01T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn like_patterns_take_wildcards_as_themselves() {
        assert_eq!(like_pattern("ada"), "%ada%");
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }

    #[test]
    fn the_current_time_is_one_parameter_however_many_statuses_need_it() {
        let selector = Selector {
            statuses: vec![Status::Invited, Status::Archived, Status::Blocked],
            text: Some("Ada".into()),
            ..Default::default()
        };
        let f = filter_for(&selector, now(), &[]);
        assert_eq!(f.params.len(), 2);
        let clause = f.clause();
        assert!(clause.contains("u.invite_expires_at > $1"), "{clause}");
        assert!(clause.contains("u.blocked_until > $1"), "{clause}");
        assert!(clause.contains("u.search_text LIKE $2"), "{clause}");
        assert!(!clause.contains("{now}"), "{clause}");
    }

    /// Shares as the bench's million users have them: every user's text
    /// holds `smith`, a tenth `th5`, few the rest.
    fn bench_shares(trigram: &str) -> f64 {
        match trigram {
            "smi" | "mit" | "ith" | "exa" | "xam" | "amp" | "mpl" | "ple" | "use" | "ser" => 1.0,
            "th5" => 0.11,
            "h50" => 0.011,
            "500" => 0.004,
            _ => 0.001,
        }
    }

    #[test]
    fn the_index_is_asked_for_the_runs_without_common_trigrams() {
        assert_eq!(match_parts("smith500000", &bench_shares), ["h500000"]);
        // Two runs, split by a separator and by common trigrams.
        assert_eq!(match_parts("user500@example", &bench_shares), ["er500"]);
        assert_eq!(
            match_parts("zq1smith500x", &bench_shares),
            ["zq1sm", "h500x"]
        );
    }

    #[test]
    fn the_whole_text_when_no_part_is_better() {
        // Nothing common: the whole text is as good as any part.
        assert!(match_parts("ada.lovelace", &bench_shares).is_empty());
        // All common: no rarer part to ask for.
        assert!(match_parts("smith", &bench_shares).is_empty());
        // The runs left hold no rare trigram (th5 is in a tenth of users).
        assert!(match_parts("smith5", &bench_shares).is_empty());
        // Too short to split.
        assert!(match_parts("smi", &bench_shares).is_empty());
    }

    #[test]
    fn windows_of_other_characters_are_in_no_part() {
        // `é` may be hashed or split by pg_trgm: its windows are unknown.
        assert_eq!(match_parts("zéq1smith500", &bench_shares), ["q1sm", "h500"]);
        assert_eq!(match_parts("smith50.0xy", &bench_shares), ["0xy"]);
    }

    #[test]
    fn the_whole_text_is_checked_beside_the_parts() {
        let selector = Selector {
            text: Some("Smith500000".into()),
            ..Default::default()
        };
        let f = filter_for(&selector, now(), &["h500000".to_string()]);
        assert_eq!(
            f.clause(),
            " WHERE u.search_text LIKE $1 AND strpos(u.search_text, $2) > 0"
        );
        assert_eq!(f.params.len(), 2);
    }

    #[test]
    fn no_filter_is_no_where_clause() {
        let f = filter_for(&Selector::default(), now(), &[]);
        assert_eq!(f.clause(), "");
        assert!(f.params.is_empty());
    }

    #[test]
    fn an_attribute_filter_with_nul_matches_nothing() {
        let selector = Selector {
            attributes: vec![("k".into(), "a\0b".into())],
            ..Default::default()
        };
        let f = filter_for(&selector, now(), &[]);
        assert_eq!(f.clause(), " WHERE FALSE");
        assert!(f.params.is_empty());
    }
}
