//! Value parsers the flags share: text whose usual values shell completion
//! offers, domain values read by the domain's parsers (statuses, names,
//! groups, times), and the lists they offer.

/// Text whose usual values shell completion offers, while any text is
/// accepted here and checked where it is used (a bad value is a usage
/// error, exit 2, that lists the known ones: `commands::flag_value`).
#[derive(Clone)]
pub(super) struct Suggest(pub(super) fn() -> Vec<&'static str>);

impl clap::builder::TypedValueParser for Suggest {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            (self.0)()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// A flag whose value is a domain value, read by the domain's own parser: a
/// bad value is a usage error (exit 2), `invalid value for --FLAG: why`,
/// the flag named by the domain error's field (`attr KEY` is `--attr`, with
/// `KEY: ` before the reason).
pub(super) struct Domain<T>(pub(super) fn(&str) -> crate::domain::error::Result<T>);

impl<T> Clone for Domain<T> {
    fn clone(&self) -> Self {
        Domain(self.0)
    }
}

impl<T: Clone + Send + Sync + 'static> clap::builder::TypedValueParser for Domain<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)?;
        (self.0)(&text).map_err(|e| {
            let message = match e {
                crate::domain::error::Error::Invalid { field, message } => {
                    match field.split_once(' ') {
                        Some((flag, rest)) => {
                            format!("invalid value for --{flag}: {rest}: {message}")
                        }
                        None => format!("invalid value for --{field}: {message}"),
                    }
                }
                other => other.to_string(),
            };
            clap::Error::raw(clap::error::ErrorKind::InvalidValue, format!("{message}\n"))
                .with_cmd(cmd)
        })
    }
}

/// One `--status`: comma-separated statuses (an empty part names none),
/// each checked here, offered by shell completion.
#[derive(Clone)]
pub(super) struct StatusList;

impl clap::builder::TypedValueParser for StatusList {
    type Value = Vec<crate::domain::Status>;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        Domain(crate::domain::query::parse_statuses).parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::domain::Status::ALL
                .iter()
                .map(|s| clap::builder::PossibleValue::new(s.as_str())),
        ))
    }
}

pub(super) fn sort_names() -> Vec<&'static str> {
    crate::domain::query::SortKey::NAMES
        .iter()
        .map(|(name, _)| *name)
        .collect()
}

pub(super) fn column_names() -> Vec<&'static str> {
    crate::output::columns::USER_CSV.to_vec()
}

pub(super) fn template_names() -> Vec<&'static str> {
    crate::mail::templates::SENDABLE.to_vec()
}

/// A value that must hold more than blanks (`--as`).
pub(super) fn not_blank(raw: &str) -> Result<String, String> {
    if raw.trim().is_empty() {
        Err("must not be empty or blank".into())
    } else {
        Ok(raw.to_string())
    }
}
