//! Passwords: the policy (SPEC §6), argon2id hashing, verification of argon2 and
//! bcrypt hashes, and generation. A password lives in `Zeroizing` memory.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use rand::TryRng as _;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use super::error::{Error, Result};

/// A password as typed, normalised to NFKC so the same characters always hash
/// the same; the typed form is kept for hashes made elsewhere without NFKC.
/// Wiped from memory when dropped.
pub struct Password {
    normalized: Zeroizing<String>,
    typed: Zeroizing<String>,
}

impl Password {
    pub fn new(raw: &str) -> Password {
        Password {
            normalized: Zeroizing::new(raw.nfkc().collect()),
            typed: Zeroizing::new(raw.to_string()),
        }
    }

    /// The NFKC form: what roster hashes and checks against its policy.
    pub fn expose(&self) -> &str {
        &self.normalized
    }

    /// The forms to try against a stored hash: NFKC, then as typed if different.
    fn candidates(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.normalized.as_str())
            .chain(Some(self.typed.as_str()).filter(|t| *t != self.normalized.as_str()))
    }
}

/// What a password must be. Configurable under `[password]` in the config file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    pub min_length: usize,
    pub max_length: usize,
    /// zxcvbn score, 0–4; below this a password is refused as guessable.
    pub min_score: u8,
    /// Refuse a password that contains the user's email (local part) or username.
    pub forbid_identity: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            min_length: 12,
            max_length: 256,
            min_score: 3,
            forbid_identity: true,
        }
    }
}

impl Policy {
    /// How long generated passwords are under this policy: 28 characters, or
    /// longer if the policy asks for more.
    pub fn generated_length(&self) -> usize {
        GENERATED_LENGTH.max(self.min_length).min(self.max_length)
    }

    /// Checks a password for a user; the error says why it is refused, never the password.
    pub fn check(&self, password: &Password, email: &str, username: Option<&str>) -> Result<()> {
        let refuse = |why: String| Err(Error::invalid("password", why));
        let text = password.expose();
        let length = text.chars().count();
        if length < self.min_length {
            return refuse(format!(
                "it has {length} characters; at least {} are needed",
                self.min_length
            ));
        }
        if length > self.max_length {
            return refuse(format!(
                "it has {length} characters; at most {} are allowed",
                self.max_length
            ));
        }
        if text.chars().any(char::is_control) {
            return refuse("it contains a control character".into());
        }
        let lower = text.to_lowercase();
        let local = email.split('@').next().unwrap_or(email).to_lowercase();
        if self.forbid_identity {
            if local.chars().count() >= 3 && lower.contains(&local) {
                return refuse("it contains the user's email name".into());
            }
            if let Some(name) = username.map(str::to_lowercase) {
                if name.chars().count() >= 3 && lower.contains(&name) {
                    return refuse("it contains the username".into());
                }
            }
        }
        let mut inputs = vec![email, local.as_str()];
        inputs.extend(username);
        let score = u8::from(zxcvbn::zxcvbn(text, &inputs).score());
        if score < self.min_score {
            return refuse(format!(
                "it is too easy to guess (strength {score} of 4, {} needed); a longer phrase of unrelated words works well",
                self.min_score
            ));
        }
        Ok(())
    }
}

/// Hashes a password as an argon2id PHC string with m=19456 KiB, t=2, p=1 (OWASP).
pub fn hash(password: &Password) -> Result<String> {
    argon2::Argon2::default()
        .hash_password(password.expose().as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::Internal(format!("hashing failed: {e}")))
}

/// Hashes many passwords on every core (argon2id is slow by design), calling
/// `done` after each one.
pub fn hash_many(passwords: &[&Password], done: &(dyn Fn() + Sync)) -> Result<Vec<String>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = passwords.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = passwords
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|p| {
                            let hashed = hash(p);
                            done();
                            hashed
                        })
                        .collect::<Result<Vec<_>>>()
                })
            })
            .collect();
        let mut hashes = Vec::with_capacity(passwords.len());
        for handle in handles {
            hashes.extend(
                handle
                    .join()
                    .map_err(|_| Error::Internal("a hashing thread panicked".into()))??,
            );
        }
        Ok(hashes)
    })
}

/// The result of checking a password against a stored hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verified {
    No,
    Yes,
    /// Correct, and the hash is of an older kind (bcrypt) to be replaced.
    YesUpgrade,
}

/// bcrypt reads at most this many bytes of a password and ignores the rest.
const BCRYPT_MAX_BYTES: usize = 72;

/// Checks a password against an argon2 PHC string or a bcrypt MCF hash.
///
/// A right password under bcrypt asks for an upgrade to argon2id, except when it
/// is longer than bcrypt reads: then the stored hash cannot tell which password
/// the user meant, and upgrading would bind them to what they typed this time.
pub fn verify(password: &Password, stored: &str) -> Verified {
    for candidate in password.candidates() {
        let bytes = candidate.as_bytes();
        if stored.starts_with("$argon2") {
            if argon2::Argon2::default()
                .verify_password(bytes, stored)
                .is_ok()
            {
                return Verified::Yes;
            }
        } else if is_bcrypt(stored) && bcrypt::verify(bytes, stored).unwrap_or(false) {
            return if bytes.len() > BCRYPT_MAX_BYTES {
                Verified::Yes
            } else {
                Verified::YesUpgrade
            };
        }
    }
    Verified::No
}

pub fn is_bcrypt(stored: &str) -> bool {
    ["$2a$", "$2b$", "$2y$", "$2x$"]
        .iter()
        .any(|p| stored.starts_with(p))
}

/// True when `stored` is a hash roster can verify (argon2 PHC or bcrypt MCF).
pub fn is_supported_hash(stored: &str) -> bool {
    (stored.starts_with("$argon2") && argon2::password_hash::phc::PasswordHash::new(stored).is_ok())
        || (is_bcrypt(stored) && stored.len() == 60)
}

const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/// Length of generated passwords: 28 characters of a 56-symbol alphabet, about
/// 162 bits, with no look-alike characters (0/O, 1/l/I).
pub const GENERATED_LENGTH: usize = 28;

/// The shortest a generated password may be (SPEC §6).
pub const MIN_GENERATED_LENGTH: usize = 24;

/// A fresh password of `length` characters from the OS CSPRNG.
pub fn generate(length: usize) -> Result<Password> {
    let length = length.max(MIN_GENERATED_LENGTH);
    let mut out = Zeroizing::new(String::with_capacity(length));
    let mut buf = Zeroizing::new([0u8; 64]);
    while out.len() < length {
        rand::rngs::SysRng
            .try_fill_bytes(&mut *buf)
            .map_err(|e| Error::Internal(format!("the OS random number generator failed: {e}")))?;
        // Rejection sampling keeps every symbol equally likely.
        let limit = 256 - (256 % ALPHABET.len());
        for &b in buf.iter() {
            if (b as usize) < limit && out.len() < length {
                out.push(ALPHABET[b as usize % ALPHABET.len()] as char);
            }
        }
    }
    Ok(Password {
        typed: out.clone(),
        normalized: out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_refusals_say_why() {
        let p = Policy::default();
        let check = |pw: &str| p.check(&Password::new(pw), "ada@example.com", Some("lovelace"));
        assert!(
            check("short")
                .unwrap_err()
                .to_string()
                .contains("at least 12")
        );
        assert!(
            check("password1234")
                .unwrap_err()
                .to_string()
                .contains("guess")
        );
        assert!(
            check("xx-ada-correct-horse-battery")
                .unwrap_err()
                .to_string()
                .contains("email")
        );
        assert!(
            check("lovelace-correct-horse-staple")
                .unwrap_err()
                .to_string()
                .contains("username")
        );
        assert!(
            check(&"a".repeat(300))
                .unwrap_err()
                .to_string()
                .contains("at most 256")
        );
        assert!(check("tangerine vortex quietly sublime").is_ok());
    }

    #[test]
    fn nfkc_makes_compatible_forms_equal() {
        // U+FB01 (the "fi" ligature) normalises to "fi".
        assert_eq!(Password::new("\u{fb01}").expose(), "fi");
    }

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let pw = Password::new("tangerine vortex quietly sublime");
        let h = hash(&pw).unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert_eq!(verify(&pw, &h), Verified::Yes);
        assert_eq!(verify(&Password::new("wrong"), &h), Verified::No);
        assert!(is_supported_hash(&h));
    }

    #[test]
    fn hashes_made_without_nfkc_still_verify() {
        // Full-width letters: another system hashed them as typed.
        let typed = "ｔａｎｇｅｒｉｎｅ vortex quietly";
        let h = bcrypt::hash(typed, 4).unwrap();
        assert_eq!(verify(&Password::new(typed), &h), Verified::YesUpgrade);
    }

    #[test]
    fn long_bcrypt_passwords_are_not_upgraded() {
        let long = "x".repeat(80);
        let h = bcrypt::hash(&long, 4).unwrap();
        assert_eq!(verify(&Password::new(&long), &h), Verified::Yes);
    }

    #[test]
    fn bcrypt_verifies_and_asks_for_an_upgrade() {
        let pw = Password::new("tangerine vortex quietly sublime");
        let h = bcrypt::hash(pw.expose(), 4).unwrap();
        assert_eq!(verify(&pw, &h), Verified::YesUpgrade);
        assert_eq!(verify(&Password::new("nope"), &h), Verified::No);
    }

    #[test]
    fn generated_passwords_are_long_random_and_pass_the_policy() {
        let a = generate(GENERATED_LENGTH).unwrap();
        let b = generate(GENERATED_LENGTH).unwrap();
        assert_eq!(a.expose().len(), GENERATED_LENGTH);
        assert_ne!(a.expose(), b.expose());
        Policy::default()
            .check(&a, "ada@example.com", None)
            .unwrap();
    }
}
