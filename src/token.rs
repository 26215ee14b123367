//! Tokens: 256 bits from the OS CSPRNG, handed out once, stored only as SHA-256.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::TryRng as _;
use sha2::{Digest, Sha256};

use crate::domain::error::{Error, Result};

/// A fresh token as handed to its user, and the digest the store keeps.
pub struct Token {
    pub secret: String,
    pub digest: String,
}

pub fn new_token() -> Result<Token> {
    let mut bytes = [0u8; 32];
    rand::rngs::SysRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| Error::Internal(format!("the OS random number generator failed: {e}")))?;
    let secret = URL_SAFE_NO_PAD.encode(bytes);
    let digest = token_digest(&secret);
    Ok(Token { secret, digest })
}

/// The SHA-256 (hex) under which a token is stored and looked up.
pub fn token_digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.trim().as_bytes()))
}

/// How many hex characters of a token's digest select it in the store (64 bits).
pub const SELECTOR_LEN: usize = 16;

/// Compares two byte strings in time that depends only on their lengths
/// (the `subtle` crate, which keeps the compiler from shortening it).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq as _;
    a.ct_eq(b).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_256_bits_base64url_and_distinct() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_eq!(a.secret.len(), 43);
        assert!(
            a.secret
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_ne!(a.secret, b.secret);
        assert_eq!(a.digest, token_digest(&a.secret));
        assert_eq!(a.digest.len(), 64);
    }
}
