//! The errors the domain and the store report, each with what a user needs to act.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what} not found: {key}")]
    NotFound { what: &'static str, key: String },

    /// Something named does not exist, said in a sentence of its own.
    #[error("{0}")]
    Missing(String),

    #[error("invalid {field}: {message}")]
    Invalid { field: String, message: String },

    #[error("{0}")]
    Conflict(String),

    #[error("{user} is {status}; `{verb}` needs {needs}")]
    InvalidTransition {
        user: String,
        status: String,
        verb: String,
        needs: String,
    },

    #[error("{0}")]
    Denied(String),

    #[error("{0}")]
    Unavailable(String),

    #[error("{0}")]
    NotConfirmed(String),

    #[error("{0}")]
    Usage(String),

    /// Writing output failed; a closed pipe (`| head`) is a quiet success.
    #[error("writing output: {0}")]
    Output(#[source] std::io::Error),

    #[error("{0}")]
    Internal(String),
}

impl Error {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn not_found(what: &'static str, key: impl Into<String>) -> Self {
        Error::NotFound {
            what,
            key: key.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
