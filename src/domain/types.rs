//! Newtypes for values that must be valid: parsed once at the edge, trusted inside.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};

use super::error::{Error, Result, quoted};
pub use super::status::Status;
pub use super::user_id::UserId;

/// Longest name-like field (first, last, company, …).
pub const MAX_NAME: usize = 200;
pub const MAX_EMAIL: usize = 254;
pub const MAX_COMMENT: usize = 4000;
pub const MAX_ATTR_VALUE: usize = 1000;

/// Checks free text for a field: no control characters, at most `max` characters.
/// Returns the text unchanged, so `validate_text("phone", s, MAX_NAME)?` reads well.
pub fn validate_text(field: &str, value: &str, max: usize) -> Result<String> {
    if let Some(bad) = value.chars().find(|c| c.is_control()) {
        return Err(Error::invalid(
            field,
            format!("control character U+{:04X} is not allowed", bad as u32),
        ));
    }
    if is_bidi_control_in(value) {
        return Err(Error::invalid(
            field,
            "bidirectional control characters are not allowed",
        ));
    }
    let count = value.chars().count();
    if count > max {
        return Err(Error::invalid(
            field,
            format!("{count} characters is longer than the limit of {max}"),
        ));
    }
    Ok(value.to_string())
}

fn is_bidi_control_in(value: &str) -> bool {
    value.chars().any(is_bidi_control)
}

/// Characters that reorder text on display (Trojan Source); refused like control characters.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// An email address: syntax checked, kept in NFKC form (so fullwidth
/// `ａｄａ@…` is `ada@…`), and compared by its [`email_key`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email> {
        use unicode_normalization::UnicodeNormalization as _;
        let field = "email";
        let value: String = if raw.is_ascii() {
            raw.trim().to_string()
        } else {
            raw.trim().nfkc().collect()
        };
        let value = value.as_str();
        validate_text(field, value, MAX_EMAIL)?;
        if value.is_empty() {
            return Err(Error::invalid(field, "must not be empty"));
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err(Error::invalid(
                field,
                format!("{value} has no @", value = quoted(value)),
            ));
        };
        if local.is_empty() || local.chars().count() > 64 {
            return Err(Error::invalid(
                field,
                format!(
                    "{value}: the part before @ must have 1 to 64 characters",
                    value = quoted(value)
                ),
            ));
        }
        if local.contains(char::is_whitespace) || local.contains('@') {
            return Err(Error::invalid(
                field,
                format!(
                    "{value}: the part before @ has a space or a second @",
                    value = quoted(value)
                ),
            ));
        }
        let atext = |c: char| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c);
        if let Some(bad) = local.chars().find(|c| !atext(*c)) {
            return Err(Error::invalid(
                field,
                format!(
                    "{value}: {bad:?} is not allowed before @",
                    value = quoted(value)
                ),
            ));
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(Error::invalid(
                field,
                format!(
                    "{value}: dots before @ must sit between other characters",
                    value = quoted(value)
                ),
            ));
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let label_ok = |l: &&str| {
            !l.is_empty()
                && l.chars().count() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        if labels.len() < 2
            || !labels.iter().all(label_ok)
            || idna::domain_to_ascii(domain).is_err()
        {
            return Err(Error::invalid(
                field,
                format!(
                    "{value}: {domain} is not a domain name like example.com",
                    value = quoted(value),
                    domain = quoted(domain)
                ),
            ));
        }
        Ok(Email(value.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key that makes addresses unique (see [`email_key`]).
    pub fn key(&self) -> String {
        email_key(&self.0)
    }
}

/// The identity of an email address: the part before `@` in NFKC form and
/// case-folded (Unicode default case folding: `STRASSE` and `straße` are one),
/// the domain in its IDNA (punycode) form. So `Ada@example.com`,
/// `ａｄａ@example.com`, `𝐚𝐝𝐚@example.com` and `ada@ｅｘａｍｐｌｅ.com` are one
/// address, and so are `idn@bücher.de` and `idn@xn--bcher-kva.de`.
pub fn email_key(email: &str) -> String {
    let trimmed = email.trim();
    if trimmed.is_ascii() {
        // NFKC leaves ASCII as it is, case folding lowercases it, and an
        // ASCII domain's IDNA form is the domain lowercased.
        return trimmed.to_ascii_lowercase();
    }
    folded_key(trimmed)
}

/// [`email_key`] the long way, for any text.
fn folded_key(email: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let email: String = email.trim().nfkc().collect();
    let Some((local, domain)) = email.rsplit_once('@') else {
        return email.to_lowercase();
    };
    let local: String = caseless::default_case_fold_str(local).nfkc().collect();
    let domain = idna::domain_to_ascii(domain).unwrap_or_else(|_| domain.to_lowercase());
    format!("{local}@{domain}")
}

/// The address as mail is sent to it: the domain in punycode, so that only a
/// part before `@` that is not ASCII needs a server that speaks SMTPUTF8.
pub fn ascii_domain_address(email: &str) -> String {
    match email.rsplit_once('@') {
        Some((_, domain)) if domain.is_ascii() => email.to_string(),
        Some((local, domain)) => match idna::domain_to_ascii(domain) {
            Ok(ascii) => format!("{local}@{ascii}"),
            Err(_) => email.to_string(),
        },
        None => email.to_string(),
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A login name: 1–64 of letters, digits, `.`, `_`, `-`, starting with a letter or digit.
/// It cannot contain `@`, so it is never mistaken for an email.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Result<Username> {
        let value = raw.trim();
        let ok_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
        if value.is_empty() || value.len() > 64 {
            return Err(Error::invalid("username", "must have 1 to 64 characters"));
        }
        if !value.chars().all(ok_char) || !value.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return Err(Error::invalid(
                "username",
                format!(
                    "{value} may hold only letters, digits, '.', '_' and '-', and must start with a letter or digit",
                    value = quoted(value)
                ),
            ));
        }
        if UserId::parse(value).is_some() {
            return Err(Error::invalid(
                "username",
                format!(
                    "{value} looks like a user id; ids and usernames must not be confused",
                    value = quoted(value)
                ),
            ));
        }
        Ok(Username(value.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn key(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

/// A name for a role, permission, group kind or group name, or attribute key:
/// 1–64 of letters, digits, `.`, `_`, `-`, `/`.
pub fn validate_word(field: &str, raw: &str) -> Result<String> {
    let value = raw.trim();
    let ok_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/');
    if value.is_empty() || value.len() > 64 || !value.chars().all(ok_char) {
        return Err(Error::invalid(
            field,
            format!(
                "{value} must be 1 to 64 letters, digits, '.', '_', '-' or '/'",
                value = quoted(value)
            ),
        ));
    }
    Ok(value.to_string())
}

/// Parses `KEY=VALUE` for `--attr`.
pub fn parse_attr(raw: &str) -> Result<(String, String)> {
    let Some((key, value)) = raw.split_once('=') else {
        return Err(Error::invalid(
            "attr",
            format!(
                "{raw} must be KEY=VALUE, for example operator_type=PAYE",
                raw = quoted(raw)
            ),
        ));
    };
    validate_attr(key, value)
}

/// A description as roles and attributes keep it: trimmed, at most 1,000
/// characters of text; an empty one is none (`Some(None)`: remove it).
pub fn description(raw: Option<&str>) -> Result<Option<Option<String>>> {
    raw.map(|d| {
        let d = d.trim();
        if d.is_empty() {
            Ok(None)
        } else {
            validate_text("description", d, 1000).map(Some)
        }
    })
    .transpose()
}

/// `--attr KEY=VALUE` flags of a create or an update as a map: one
/// without `=` does not parse (a usage error, exit 2, as for `user list`);
/// a key or value that breaks the rules is invalid input (exit 6) naming
/// it; a key given twice is a mistake in the command line (exit 2), not a
/// value to pick from.
pub fn attribute_map(flags: &[String]) -> Result<std::collections::BTreeMap<String, String>> {
    let mut map = std::collections::BTreeMap::new();
    for raw in flags {
        let Some((key, value)) = raw.split_once('=') else {
            return Err(Error::Unsupported(format!(
                "invalid value for --attr: {} must be KEY=VALUE, for example operator_type=PAYE",
                quoted(raw)
            )));
        };
        let (key, value) = validate_attr(key, value)?;
        if map.insert(key.clone(), value).is_some() {
            return Err(Error::Unsupported(format!(
                "--attr {key} is given twice; give each key once"
            )));
        }
    }
    Ok(map)
}

/// An attribute's key (a word) and value (text of bounded length), as
/// roster keeps them.
pub fn validate_attr(key: &str, value: &str) -> Result<(String, String)> {
    let key = validate_word("attr key", key)?;
    let value = validate_text(&format!("attr {key}"), value, MAX_ATTR_VALUE)?;
    Ok((key, value))
}

impl FromStr for Status {
    type Err = Error;
    fn from_str(s: &str) -> Result<Status> {
        let wanted = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
                Error::invalid(
                    "status",
                    format!("{s} is not one of {}", names.join(", "), s = quoted(s)),
                )
            })
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Status, D::Error> {
        deserialize_parsed(d, str::parse)
    }
}

/// Deserialises text through a domain parser: what a request carries is
/// checked as a flag's value is.
pub fn deserialize_parsed<'de, D: Deserializer<'de>, T>(
    d: D,
    parse: impl FnOnce(&str) -> Result<T>,
) -> std::result::Result<T, D::Error> {
    let raw = String::deserialize(d)?;
    parse(&raw).map_err(serde::de::Error::custom)
}

/// Parses a duration such as `7d`, `12h`, `15m`, `90s`, `2w` or `1d12h`.
pub fn parse_duration(field: &str, raw: &str) -> Result<jiff::SignedDuration> {
    let text = raw.trim();
    let bad = || {
        Error::invalid(
            field,
            format!(
                "{raw} is not a duration like 90s, 15m, 12h, 7d or 2w",
                raw = quoted(raw)
            ),
        )
    };
    if text.is_empty() {
        return Err(bad());
    }
    let mut total: i64 = 0;
    let mut digits = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit: i64 = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return Err(bad()),
        };
        let n: i64 = digits.parse().map_err(|_| bad())?;
        digits.clear();
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(bad)?;
    }
    if !digits.is_empty() {
        return Err(bad());
    }
    Ok(jiff::SignedDuration::from_secs(total))
}

/// A time truncated to the whole second: the precision roster keeps.
pub fn to_second(t: jiff::Timestamp) -> jiff::Timestamp {
    jiff::Timestamp::from_second(t.as_second()).unwrap_or(t)
}

/// Parses a point in time: RFC 3339 (`2026-01-31T12:00:00Z`), a date (`2026-01-31`,
/// midnight UTC), or a duration from now (`+7d`) or ago (`-30d`).
pub fn parse_time(field: &str, raw: &str, now: jiff::Timestamp) -> Result<jiff::Timestamp> {
    TimeSpec::parse(field, raw)?.resolve(field, now)
}

/// A point in time as a flag gives it: a time (RFC 3339 or a date), or a
/// duration from the clock's reading (`+7d`, `-30d`) that [`TimeSpec::resolve`]
/// turns into a time against the command's `now`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimeSpec {
    At(jiff::Timestamp),
    /// `by` from now (negative: ago), as `written`.
    FromNow {
        by: jiff::SignedDuration,
        written: String,
    },
}

/// The earliest and latest times roster holds: the first of RFC 3339's
/// years, and the last time jiff can hold in every time zone.
const EARLIEST: &str = "0000-01-01T00:00:00Z";
const LATEST: &str = "9999-12-30T22:00:00Z";

/// A time that parses but is out of the range roster holds.
fn out_of_range(field: &str, raw: &str) -> Error {
    Error::invalid(
        field,
        format!(
            "{} is out of range: times run from {EARLIEST} to {LATEST}",
            quoted(raw.trim())
        ),
    )
}

/// Refuses a time before the first of RFC 3339's years.
fn in_range(field: &str, raw: &str, ts: jiff::Timestamp) -> Result<jiff::Timestamp> {
    let earliest: jiff::Timestamp = EARLIEST.parse().expect("a valid time");
    if ts < earliest {
        return Err(out_of_range(field, raw));
    }
    Ok(ts)
}

impl TimeSpec {
    /// Reads `raw` as [`parse_time`] does; an error names `field`.
    pub fn parse(field: &str, raw: &str) -> Result<TimeSpec> {
        let text = raw.trim();
        if let Some(rest) = text.strip_prefix('+') {
            return Ok(TimeSpec::FromNow {
                by: parse_duration(field, rest)?,
                written: raw.to_string(),
            });
        }
        if let Some(rest) = text.strip_prefix('-') {
            return Ok(TimeSpec::FromNow {
                by: -parse_duration(field, rest)?,
                written: raw.to_string(),
            });
        }
        let not_a_time = || {
            Error::invalid(
                field,
                format!(
                    "{raw} is not a time like 2026-01-31, 2026-01-31T12:00:00Z, +7d or -30d",
                    raw = quoted(raw)
                ),
            )
        };
        match text.parse::<jiff::Timestamp>() {
            Ok(ts) => return in_range(field, text, ts).map(TimeSpec::At),
            // Shaped like RFC 3339 but past what roster can hold: say so,
            // rather than "not a time like …" (or jiff's own words).
            Err(e) if text.len() >= 20 && text.as_bytes().get(10) == Some(&b'T') => {
                return Err(if e.to_string().contains("timestamp") {
                    out_of_range(field, raw)
                } else {
                    not_a_time()
                });
            }
            Err(_) => {}
        }
        if let Ok(date) = text.parse::<jiff::civil::Date>() {
            return date
                .to_zoned(jiff::tz::TimeZone::UTC)
                .map_err(|_| out_of_range(field, raw))
                .and_then(|z| in_range(field, text, z.timestamp()))
                .map(TimeSpec::At);
        }
        Err(not_a_time())
    }

    /// The time this names when the clock reads `now`, to the whole second;
    /// an error (out of range) names `field`.
    pub fn resolve(&self, field: &str, now: jiff::Timestamp) -> Result<jiff::Timestamp> {
        let ts = match self {
            TimeSpec::At(ts) => *ts,
            TimeSpec::FromNow { by, written } => {
                let ts = now
                    .checked_add(*by)
                    .map_err(|_| out_of_range(field, written))?;
                in_range(field, written, ts)?
            }
        };
        Ok(to_second(ts))
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_ascii_key_is_the_folded_key() {
        for email in [
            "Ada@Example.COM",
            "o'brien+tag@sub.example.co.uk",
            "idn@xn--bcher-kva.de",
            "MiXeD.Case_1@EXAMPLE.org",
        ] {
            assert_eq!(email_key(email), folded_key(email), "{email}");
        }
    }

    use super::*;

    #[test]
    fn emails() {
        assert!(Email::parse("Ada@Example.com").is_ok());
        assert_eq!(
            Email::parse("Ada@Example.com").unwrap().key(),
            "ada@example.com"
        );
        for bad in [
            "",
            "ada",
            "@x.com",
            "ada@",
            "ada@localhost",
            "a b@x.com",
            "ada@x..com",
            "ada@-x.com",
            "a\u{1b}@x.com",
            "a(b)@x.com",
            "a\"b@x.com",
            "x,y@x.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn one_address_in_many_spellings_has_one_key() {
        let key = |raw: &str| Email::parse(raw).unwrap().key();
        for same in [
            "ada@example.com",
            "ADA@Example.COM",
            "ａｄａ@example.com",
            "𝐚𝐝𝐚@example.com",
            "ada@ｅｘａｍｐｌｅ.com",
        ] {
            assert_eq!(key(same), "ada@example.com", "{same}");
        }
        assert_eq!(
            Email::parse("ａｄａ@example.com").unwrap().as_str(),
            "ada@example.com"
        );
        assert_eq!(key("idn@bücher.de"), key("idn@xn--bcher-kva.de"));
        assert_eq!(key("STRASSE@example.com"), key("straße@example.com"));
        assert_eq!(key("idn@BÜCHER.de"), "idn@xn--bcher-kva.de");
        assert_eq!(
            ascii_domain_address("Ida@bücher.de"),
            "Ida@xn--bcher-kva.de"
        );
        assert_eq!(
            ascii_domain_address("jörg@bücher.de"),
            "jörg@xn--bcher-kva.de"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("t", "7d").unwrap().as_secs(), 604_800);
        assert_eq!(parse_duration("t", "1d12h").unwrap().as_secs(), 129_600);
        assert_eq!(parse_duration("t", "0s").unwrap().as_secs(), 0);
        for bad in ["", "7", "d", "7x", "-1d"] {
            assert!(parse_duration("t", bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn statuses_round_trip() {
        for st in Status::ALL {
            assert_eq!(st.as_str().parse::<Status>().unwrap(), st);
        }
        assert_eq!(
            "Invitation Expired".parse::<Status>().unwrap(),
            Status::InvitationExpired
        );
    }

    proptest::proptest! {
        /// Any sum of parts such as `3d`, `12h`, `90s` reads as its seconds.
        #[test]
        fn durations_read_as_the_sum_of_their_parts(
            parts in proptest::collection::vec((0i64..10_000, 0usize..5), 1..5),
        ) {
            const UNITS: [(char, i64); 5] =
                [('s', 1), ('m', 60), ('h', 3600), ('d', 86_400), ('w', 604_800)];
            let text: String = parts.iter().map(|(n, u)| format!("{n}{}", UNITS[*u].0)).collect();
            let want: i64 = parts.iter().map(|(n, u)| n * UNITS[*u].1).sum();
            let got = parse_duration("d", &text).unwrap();
            proptest::prop_assert_eq!(got.as_secs(), want, "{}", text);
        }

        /// Anything else is refused with a message, never a panic.
        #[test]
        fn durations_refuse_what_they_cannot_read(text in "\\PC{0,12}") {
            match parse_duration("d", &text) {
                Ok(d) => proptest::prop_assert!(d.as_secs() >= 0),
                Err(e) => proptest::prop_assert!(e.to_string().contains("is not a duration")),
            }
        }

        #[test]
        fn text_validation_never_accepts_control_chars(s in "\\PC*[\\x00-\\x1f\\x7f][^\\x00]*") {
            proptest::prop_assert!(validate_text("f", &s, 10_000).is_err());
        }
    }
}
