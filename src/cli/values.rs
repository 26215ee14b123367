//! Value parsers the flags share: text whose usual values shell completion
//! offers, checked statuses, and the lists they offer.

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

/// `--status`: comma-separated statuses, each checked here (a bad one is a
/// bad flag, exit 2), offered by shell completion.
#[derive(Clone)]
pub(super) struct StatusList;

impl clap::builder::TypedValueParser for StatusList {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let text = clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)?;
        for part in text.split(',').filter(|p| !p.trim().is_empty()) {
            if let Err(e) = part.parse::<crate::domain::Status>() {
                let message = e.to_string();
                return Err(clap::Error::raw(
                    clap::error::ErrorKind::InvalidValue,
                    format!(
                        "invalid value for --status: {}\n",
                        message.trim_start_matches("invalid status: ")
                    ),
                )
                .with_cmd(cmd));
            }
        }
        Ok(text)
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
    crate::output::records::USER_CSV.to_vec()
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
