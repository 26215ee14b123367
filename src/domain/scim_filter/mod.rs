//! SCIM filters (RFC 7644 §3.4.2.2): the whole grammar (the comparison
//! operators, `pr`, `and`/`or`/`not`, grouping, value paths, attribute
//! paths with a schema URI) read into a tree that the rest of roster
//! compiles to its own queries, never to SQL text; and a plain evaluation
//! of that tree on a resource as JSON, the reference the compiled queries
//! are checked against.
//!
//! Operators and attribute names are case-insensitive; string values are
//! JSON strings. `not` binds tighter than `and`, which binds tighter than
//! `or`. A filter is at most [`MAX_LEN`] characters and [`MAX_DEPTH`]
//! levels deep, so that no request can exhaust the stack.

use std::fmt;

use serde_json::Value;

use super::error::{Error, Result};

/// The longest filter read.
pub const MAX_LEN: usize = 4096;
/// The deepest nesting of groups and `not`s.
pub const MAX_DEPTH: usize = 32;
/// The most comparisons (and `pr`s) in one filter: the tree is never
/// deeper.
pub const MAX_TERMS: usize = 100;

/// An attribute's path: `userName`, `name.givenName`,
/// `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttrPath {
    /// The schema URI it is qualified with, if any.
    pub uri: Option<String>,
    pub name: String,
    pub sub: Option<String>,
}

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}

/// A value compared with.
#[derive(Clone, Debug, PartialEq)]
pub enum CompValue {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
}

/// A filter, as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Filter {
    Compare {
        path: AttrPath,
        op: CompareOp,
        value: CompValue,
    },
    Present(AttrPath),
    And(Box<Filter>, Box<Filter>),
    Or(Box<Filter>, Box<Filter>),
    Not(Box<Filter>),
    /// `emails[type eq "work"]`: some value of the multi-valued attribute
    /// matches the inner filter (whose paths are its sub-attributes);
    /// `.value` after it names a sub-attribute that must be present.
    ValuePath {
        path: AttrPath,
        filter: Box<Filter>,
        sub: Option<String>,
    },
}

impl CompareOp {
    fn parse(word: &str) -> Option<CompareOp> {
        Some(match word.to_ascii_lowercase().as_str() {
            "eq" => CompareOp::Eq,
            "ne" => CompareOp::Ne,
            "co" => CompareOp::Co,
            "sw" => CompareOp::Sw,
            "ew" => CompareOp::Ew,
            "gt" => CompareOp::Gt,
            "ge" => CompareOp::Ge,
            "lt" => CompareOp::Lt,
            "le" => CompareOp::Le,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CompareOp::Eq => "eq",
            CompareOp::Ne => "ne",
            CompareOp::Co => "co",
            CompareOp::Sw => "sw",
            CompareOp::Ew => "ew",
            CompareOp::Gt => "gt",
            CompareOp::Ge => "ge",
            CompareOp::Lt => "lt",
            CompareOp::Le => "le",
        }
    }

    /// `gt`, `ge`, `lt`, `le`: an order, which booleans and null do not have.
    fn orders(self) -> bool {
        matches!(
            self,
            CompareOp::Gt | CompareOp::Ge | CompareOp::Lt | CompareOp::Le
        )
    }

    /// `co`, `sw`, `ew`: text, which only a string is.
    fn on_text(self) -> bool {
        matches!(self, CompareOp::Co | CompareOp::Sw | CompareOp::Ew)
    }

    /// Whether it compares with `value` at all.
    fn takes(self, value: &CompValue) -> bool {
        let ordered = !matches!(value, CompValue::Bool(_) | CompValue::Null);
        let text = matches!(value, CompValue::String(_));
        (ordered || !self.orders()) && (text || !self.on_text())
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Word(String),
    Str(String),
}

fn invalid(message: impl Into<String>) -> Error {
    Error::invalid("filter", message)
}

fn tokens(text: &str) -> Result<Vec<(usize, Token)>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(at, c)) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' | ')' | '[' | ']' => {
                chars.next();
                out.push((
                    at,
                    match c {
                        '(' => Token::Open,
                        ')' => Token::Close,
                        '[' => Token::OpenBracket,
                        _ => Token::CloseBracket,
                    },
                ));
            }
            '"' => {
                // A JSON string: read to its closing quote, escapes kept for
                // the JSON reader.
                let mut end = None;
                let mut escaped = false;
                chars.next();
                for (i, c) in chars.by_ref() {
                    match (escaped, c) {
                        (true, _) => escaped = false,
                        (false, '\\') => escaped = true,
                        (false, '"') => {
                            end = Some(i);
                            break;
                        }
                        _ => {}
                    }
                }
                let end = end.ok_or_else(|| invalid(format!("a string at {at} is not closed")))?;
                let value: String = serde_json::from_str(&text[at..=end])
                    .map_err(|e| invalid(format!("the string at {at} is not valid JSON: {e}")))?;
                out.push((at, Token::Str(value)));
            }
            _ => {
                let mut end = text.len();
                while let Some(&(i, c)) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '"') {
                        end = i;
                        break;
                    }
                    chars.next();
                }
                out.push((at, Token::Word(text[at..end].to_string())));
            }
        }
    }
    Ok(out)
}

/// The core User and Group schemas, whose attributes are named without it.
const CORE: [&str; 2] = [
    "urn:ietf:params:scim:schemas:core:2.0:user",
    "urn:ietf:params:scim:schemas:core:2.0:group",
];

impl AttrPath {
    /// Reads `[URI ":"] ATTRNAME ["." subAttr]`.
    pub fn parse(word: &str) -> Result<AttrPath> {
        let (uri, rest) = match word.rfind(':') {
            Some(i) => (Some(&word[..i]), &word[i + 1..]),
            None => (None, word),
        };
        let (name, sub) = match rest.split_once('.') {
            Some((name, sub)) => (name, Some(sub)),
            None => (rest, None),
        };
        let is_name = |n: &str| {
            let mut chars = n.chars();
            chars.next().is_some_and(|c| c.is_ascii_alphabetic())
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '$')
        };
        if !is_name(name) || sub.is_some_and(|s| !is_name(s)) {
            return Err(invalid(format!("{word:?} is not an attribute path")));
        }
        if uri.is_some_and(|u| u.is_empty() || u.contains(char::is_whitespace)) {
            return Err(invalid(format!("{word:?} is not an attribute path")));
        }
        // The core schema says nothing more than the bare name.
        let uri = uri
            .filter(|u| !CORE.contains(&u.to_ascii_lowercase().as_str()))
            .map(str::to_string);
        Ok(AttrPath {
            uri,
            name: name.to_string(),
            sub: sub.map(str::to_string),
        })
    }

    /// Whether it names `name` (and `sub`), in any case.
    pub fn is(&self, name: &str, sub: Option<&str>) -> bool {
        self.uri.is_none()
            && self.name.eq_ignore_ascii_case(name)
            && match (&self.sub, sub) {
                (None, None) => true,
                (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                _ => false,
            }
    }
}

impl fmt::Display for AttrPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(uri) = &self.uri {
            write!(f, "{uri}:")?;
        }
        f.write_str(&self.name)?;
        if let Some(sub) = &self.sub {
            write!(f, ".{sub}")?;
        }
        Ok(())
    }
}

impl fmt::Display for CompValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompValue::Null => f.write_str("null"),
            CompValue::Bool(b) => write!(f, "{b}"),
            CompValue::Number(n) => write!(f, "{n}"),
            CompValue::String(s) => f.write_str(&Value::String(s.clone()).to_string()),
        }
    }
}

/// Written back as a filter that reads as the same tree, with parentheses
/// only where the order of the operators needs them (so never deeper than
/// the filter read).
impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let grouped = |f: &mut fmt::Formatter<'_>, part: &Filter, group: bool| {
            if group {
                write!(f, "({part})")
            } else {
                write!(f, "{part}")
            }
        };
        match self {
            Filter::Compare { path, op, value } => write!(f, "{path} {} {value}", op.as_str()),
            Filter::Present(path) => write!(f, "{path} pr"),
            Filter::And(a, b) => {
                grouped(f, a, matches!(**a, Filter::Or(..)))?;
                f.write_str(" and ")?;
                grouped(f, b, matches!(**b, Filter::Or(..) | Filter::And(..)))
            }
            Filter::Or(a, b) => {
                grouped(f, a, false)?;
                f.write_str(" or ")?;
                grouped(f, b, matches!(**b, Filter::Or(..)))
            }
            Filter::Not(a) => write!(f, "not ({a})"),
            Filter::ValuePath { path, filter, sub } => {
                write!(f, "{path}[{filter}]")?;
                if let Some(sub) = sub {
                    write!(f, ".{sub}")?;
                }
                Ok(())
            }
        }
    }
}

struct Parser {
    tokens: Vec<(usize, Token)>,
    at: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at).map(|(_, t)| t)
    }

    fn where_(&self) -> String {
        match self.tokens.get(self.at) {
            Some((i, _)) => format!("at {i}"),
            None => "at the end".into(),
        }
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w.eq_ignore_ascii_case(word))
    }

    fn expect(&mut self, token: Token, what: &str) -> Result<()> {
        if self.peek() == Some(&token) {
            self.at += 1;
            Ok(())
        } else {
            Err(invalid(format!("{what} expected {}", self.where_())))
        }
    }

    fn deeper(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(invalid(format!(
                "the filter is nested more than {MAX_DEPTH} deep"
            )));
        }
        Ok(())
    }

    fn or(&mut self, inner: bool) -> Result<Filter> {
        self.deeper()?;
        let mut left = self.and(inner)?;
        while self.keyword("or") {
            self.at += 1;
            let right = self.and(inner)?;
            left = Filter::Or(Box::new(left), Box::new(right));
        }
        self.depth -= 1;
        Ok(left)
    }

    fn and(&mut self, inner: bool) -> Result<Filter> {
        let mut left = self.unary(inner)?;
        while self.keyword("and") {
            self.at += 1;
            let right = self.unary(inner)?;
            left = Filter::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self, inner: bool) -> Result<Filter> {
        if self.keyword("not") && self.tokens.get(self.at + 1).map(|(_, t)| t) == Some(&Token::Open)
        {
            self.at += 2;
            self.deeper()?;
            let filter = self.or(inner)?;
            self.depth -= 1;
            self.expect(Token::Close, "')'")?;
            return Ok(Filter::Not(Box::new(filter)));
        }
        if self.peek() == Some(&Token::Open) {
            self.at += 1;
            let filter = self.or(inner)?;
            self.expect(Token::Close, "')'")?;
            return Ok(filter);
        }
        self.attr_exp(inner)
    }

    fn attr_exp(&mut self, inner: bool) -> Result<Filter> {
        let Some(Token::Word(word)) = self.peek().cloned() else {
            return Err(invalid(format!("an attribute expected {}", self.where_())));
        };
        let path = AttrPath::parse(&word)?;
        self.at += 1;
        if self.peek() == Some(&Token::OpenBracket) {
            if path.sub.is_some() {
                return Err(invalid(format!(
                    "{word}[…]: a value path names a multi-valued attribute, not a sub-attribute"
                )));
            }
            if inner {
                return Err(invalid(format!(
                    "a value path inside a value path {}",
                    self.where_()
                )));
            }
            self.at += 1;
            let filter = self.or(true)?;
            self.expect(Token::CloseBracket, "']'")?;
            let sub = match self.peek() {
                Some(Token::Word(w)) if w.starts_with('.') => {
                    let sub = AttrPath::parse(&w[1..])?;
                    if sub.uri.is_some() || sub.sub.is_some() {
                        return Err(invalid(format!("{w:?} is not a sub-attribute")));
                    }
                    self.at += 1;
                    Some(sub.name)
                }
                _ => None,
            };
            return Ok(Filter::ValuePath {
                path,
                filter: Box::new(filter),
                sub,
            });
        }
        if self.keyword("pr") {
            self.at += 1;
            return Ok(Filter::Present(path));
        }
        let op = match self.peek() {
            Some(Token::Word(w)) => CompareOp::parse(w),
            _ => None,
        }
        .ok_or_else(|| {
            invalid(format!(
                "an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) expected after {word} {}",
                self.where_()
            ))
        })?;
        self.at += 1;
        let value = match self.peek().cloned() {
            Some(Token::Str(s)) => CompValue::String(s),
            Some(Token::Word(w)) => match w.as_str() {
                "true" => CompValue::Bool(true),
                "false" => CompValue::Bool(false),
                "null" => CompValue::Null,
                number => match serde_json::from_str::<Value>(number) {
                    Ok(Value::Number(n)) => CompValue::Number(n),
                    _ => {
                        return Err(invalid(format!(
                            "{number:?} is not a value (a string in double quotes, a number, true, false or null)"
                        )));
                    }
                },
            },
            _ => {
                return Err(invalid(format!(
                    "a value expected after {word} {} {}",
                    op.as_str(),
                    self.where_()
                )));
            }
        };
        if !op.takes(&value) {
            return Err(invalid(if op.orders() {
                format!(
                    "{} compares an order, which {value} does not have",
                    op.as_str()
                )
            } else {
                format!("{} compares text, and {value} is not a string", op.as_str())
            }));
        }
        self.at += 1;
        Ok(Filter::Compare { path, op, value })
    }
}

impl Filter {
    /// Reads a filter; anything it cannot read is invalid input naming
    /// where (`invalidFilter` to a SCIM client).
    pub fn parse(text: &str) -> Result<Filter> {
        if text.len() > MAX_LEN {
            return Err(invalid(format!("a filter is at most {MAX_LEN} characters")));
        }
        let mut parser = Parser {
            tokens: tokens(text)?,
            at: 0,
            depth: 0,
        };
        if parser.tokens.is_empty() {
            return Err(invalid("the filter is empty"));
        }
        let filter = parser.or(false)?;
        if filter.terms() > MAX_TERMS {
            return Err(invalid(format!(
                "a filter compares at most {MAX_TERMS} attributes"
            )));
        }
        if parser.at != parser.tokens.len() {
            return Err(invalid(format!(
                "unexpected text {} (and, or, or the end expected)",
                parser.where_()
            )));
        }
        Ok(filter)
    }

    /// How many comparisons and `pr`s it holds.
    pub fn terms(&self) -> usize {
        match self {
            Filter::Compare { .. } | Filter::Present(_) => 1,
            Filter::And(a, b) | Filter::Or(a, b) => a.terms() + b.terms(),
            Filter::Not(a) => a.terms(),
            Filter::ValuePath { filter, .. } => 1 + filter.terms(),
        }
    }

    /// Whether `resource` (a SCIM resource as JSON) matches, as RFC 7644
    /// says: names in any case; a multi-valued attribute matches when any
    /// of its values does (its `value` when no sub-attribute is named);
    /// strings compared ignoring case unless `case_exact` says the
    /// attribute is case-exact.
    pub fn matches(&self, resource: &Value, case_exact: &dyn Fn(&AttrPath) -> bool) -> bool {
        match self {
            Filter::And(a, b) => a.matches(resource, case_exact) && b.matches(resource, case_exact),
            Filter::Or(a, b) => a.matches(resource, case_exact) || b.matches(resource, case_exact),
            Filter::Not(a) => !a.matches(resource, case_exact),
            // `name pr`: a complex value is present when it holds anything
            // (it has no `value` of its own to look at).
            Filter::Present(path) if path.sub.is_none() => elements(resource, path)
                .iter()
                .any(|v| present(v) && v.get("value").is_none_or(present)),
            Filter::Present(path) => values(resource, path).iter().any(|v| present(v)),
            Filter::Compare { path, op, value } => {
                let found = values(resource, path);
                let exact = case_exact(path);
                match op {
                    CompareOp::Ne if *value == CompValue::Null => found.iter().any(|v| present(v)),
                    CompareOp::Ne => !found
                        .iter()
                        .any(|v| compare(v, CompareOp::Eq, value, exact)),
                    CompareOp::Eq if *value == CompValue::Null => !found.iter().any(|v| present(v)),
                    op => found.iter().any(|v| compare(v, *op, value, exact)),
                }
            }
            Filter::ValuePath { path, filter, sub } => {
                let whole = AttrPath {
                    sub: None,
                    ..path.clone()
                };
                elements(resource, &whole).iter().any(|element| {
                    filter.matches(element, case_exact)
                        && sub
                            .as_ref()
                            .is_none_or(|s| field(element, s).is_some_and(present))
                })
            }
        }
    }
}

/// A key of an object, in any case.
fn field<'v>(object: &'v Value, name: &str) -> Option<&'v Value> {
    object
        .as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// The attribute's own values: each element of a multi-valued one.
fn elements<'v>(resource: &'v Value, path: &AttrPath) -> Vec<&'v Value> {
    let base = match &path.uri {
        Some(uri) => match field(resource, uri) {
            Some(extension) => extension,
            None => return Vec::new(),
        },
        None => resource,
    };
    match field(base, &path.name) {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(one) => vec![one],
    }
}

/// The values a path names: a sub-attribute of each element, or a
/// complex element's `value`.
fn values<'v>(resource: &'v Value, path: &AttrPath) -> Vec<&'v Value> {
    elements(resource, path)
        .into_iter()
        .filter_map(|element| match (&path.sub, element) {
            (Some(sub), _) => field(element, sub),
            (None, Value::Object(_)) => field(element, "value"),
            (None, _) => Some(element),
        })
        .collect()
}

/// What a resource sorts by (RFC 7644 §3.4.2.3): the first value the path
/// names (a multi-valued attribute's primary one where it has one),
/// strings ignoring case; kinds of value in the order false/true, numbers,
/// strings.
#[derive(Clone, Debug, PartialEq)]
pub enum SortKey {
    Bool(bool),
    Number(f64),
    Text(String),
}

impl Eq for SortKey {}

impl PartialOrd for SortKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SortKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        use SortKey::*;
        match (self, other) {
            (Bool(a), Bool(b)) => a.cmp(b),
            (Number(a), Number(b)) => a.total_cmp(b),
            (Text(a), Text(b)) => a.cmp(b),
            (Bool(_), _) | (Number(_), Text(_)) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        }
    }
}

/// The key `resource` sorts by on `path`, if it has a value there.
pub fn sort_key(resource: &Value, path: &AttrPath) -> Option<SortKey> {
    let whole = AttrPath {
        sub: None,
        ..path.clone()
    };
    let elements = elements(resource, &whole);
    let primary = elements
        .iter()
        .position(|e| field(e, "primary") == Some(&Value::Bool(true)))
        .unwrap_or(0);
    let element = elements.get(primary)?;
    let value = match (&path.sub, element) {
        (Some(sub), _) => field(element, sub)?,
        (None, Value::Object(_)) => field(element, "value")?,
        (None, v) => v,
    };
    match value {
        Value::Bool(b) => Some(SortKey::Bool(*b)),
        Value::Number(n) => n.as_f64().map(SortKey::Number),
        Value::String(s) => Some(SortKey::Text(s.to_lowercase())),
        _ => None,
    }
}

fn present(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

fn compare(found: &Value, op: CompareOp, wanted: &CompValue, exact: bool) -> bool {
    use std::cmp::Ordering;
    let order = match (found, wanted) {
        (Value::String(a), CompValue::String(b)) => {
            let (a, b) = if exact {
                (a.clone(), b.clone())
            } else {
                (a.to_lowercase(), b.to_lowercase())
            };
            match op {
                CompareOp::Co => return a.contains(&b),
                CompareOp::Sw => return a.starts_with(&b),
                CompareOp::Ew => return a.ends_with(&b),
                _ => a.cmp(&b),
            }
        }
        (Value::Number(a), CompValue::Number(b)) => match (a.as_f64(), b.as_f64()) {
            (Some(a), Some(b)) => match a.partial_cmp(&b) {
                Some(o) => o,
                None => return false,
            },
            _ => return false,
        },
        (Value::Bool(a), CompValue::Bool(b)) => a.cmp(b),
        _ => return false,
    };
    match op {
        CompareOp::Eq => order == Ordering::Equal,
        CompareOp::Ne => order != Ordering::Equal,
        CompareOp::Gt => order == Ordering::Greater,
        CompareOp::Ge => order != Ordering::Less,
        CompareOp::Lt => order == Ordering::Less,
        CompareOp::Le => order != Ordering::Greater,
        CompareOp::Co | CompareOp::Sw | CompareOp::Ew => false,
    }
}

#[cfg(test)]
mod tests;
