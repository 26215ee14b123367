//! Passwords: the policy (SPEC §6), argon2id hashing, verification of argon2 and
//! bcrypt hashes, and generation. A password lives in `Zeroizing` memory.

use std::sync::atomic::{AtomicUsize, Ordering};

use argon2::password_hash::PasswordVerifier;
use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
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
        let local = email.split('@').next().unwrap_or(email).to_lowercase();
        if let Some(why) = self.names_identity(text, email, username) {
            return refuse(why.into());
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

    /// Why `text` is refused for holding the user's email name or username,
    /// when the policy forbids that.
    fn names_identity(
        &self,
        text: &str,
        email: &str,
        username: Option<&str>,
    ) -> Option<&'static str> {
        if !self.forbid_identity {
            return None;
        }
        let lower = text.to_lowercase();
        let local = email.split('@').next().unwrap_or(email).to_lowercase();
        if local.chars().count() >= 3 && lower.contains(&local) {
            return Some("it contains the user's email name");
        }
        let name = username.map(str::to_lowercase)?;
        (name.chars().count() >= 3 && lower.contains(&name)).then_some("it contains the username")
    }

    /// A fresh password for this user that the policy accepts: random
    /// letters can spell a short email name ("ada") by chance, so such a
    /// draw is thrown away and another taken.
    pub fn generate_for(&self, email: &str, username: Option<&str>) -> Result<Password> {
        loop {
            let password = generate(self.generated_length())?;
            if self
                .names_identity(password.expose(), email, username)
                .is_none()
            {
                return Ok(password);
            }
        }
    }
}

/// Hashes a password as an argon2id PHC string with m=19456 KiB, t=2, p=1 (OWASP).
pub fn hash(password: &Password) -> Result<String> {
    let mut slot = CoreSlot::take();
    let memory = slot.memory.get_or_insert_with(Memory::new);
    hash_in(password, memory)
}

/// Hashes many passwords on every core (argon2id is slow by design), calling
/// `done` after each one. The hashes are in the order of `passwords`.
///
/// Each thread allocates argon2's memory once and reuses it for every password
/// it takes; threads take the next password from a shared counter, so none
/// idles while another still has a queue.
pub fn hash_many(passwords: &[&Password], done: &(dyn Fn() + Sync)) -> Result<Vec<String>> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(passwords.len());
    let next = AtomicUsize::new(0);
    // One worker: hashes passwords by index until none is left or one fails.
    let work = || -> Result<Vec<(usize, String)>> {
        let mut memory = Memory::new();
        let mut hashed = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(password) = passwords.get(i) else {
                return Ok(hashed);
            };
            match hash_in(password, &mut memory) {
                Ok(h) => hashed.push((i, h)),
                Err(e) => {
                    // The others stop after the password they are on.
                    next.store(passwords.len(), Ordering::Relaxed);
                    return Err(e);
                }
            }
            done();
        }
    };
    let parts = if threads <= 1 {
        vec![work()?]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .map_err(|_| Error::Internal("a hashing thread panicked".into()))?
                })
                .collect::<Result<Vec<_>>>()
        })?
    };
    let mut hashes = vec![String::new(); passwords.len()];
    for (i, h) in parts.into_iter().flatten() {
        hashes[i] = h;
    }
    Ok(hashes)
}

/// The working memory of one argon2id hash (m_cost blocks of 1 KiB), reused
/// from one hash to the next and wiped when dropped.
struct Memory(Zeroizing<Vec<argon2::Block>>);

impl Memory {
    fn new() -> Memory {
        Memory(Zeroizing::new(vec![
            argon2::Block::default();
            argon2::Params::DEFAULT.block_count()
        ]))
    }
}

/// Hashes a password with a fresh 16-byte salt from the OS, in the given memory.
fn hash_in(password: &Password, memory: &mut Memory) -> Result<String> {
    let mut salt = [0u8; Salt::RECOMMENDED_LENGTH];
    rand::rngs::SysRng
        .try_fill_bytes(&mut salt)
        .map_err(|e| Error::Internal(format!("the OS random number generator failed: {e}")))?;
    hash_with_salt(password.expose().as_bytes(), &salt, memory)
}

/// The argon2id PHC string of `password` under `Argon2::default()` (argon2id,
/// v=19, m=19456 KiB, t=2, p=1, 32-byte output) with `salt`, computed in
/// `memory`: the string `PasswordHasher::hash_password_with_salt` makes.
fn hash_with_salt(password: &[u8], salt: &[u8], memory: &mut Memory) -> Result<String> {
    let failed = |e: &dyn std::fmt::Display| Error::Internal(format!("hashing failed: {e}"));
    let argon2 = argon2::Argon2::default();
    let mut out = [0u8; argon2::Params::DEFAULT_OUTPUT_LEN];
    argon2
        .hash_password_into_with_memory(password, salt, &mut out, memory.0.as_mut_slice())
        .map_err(|e| failed(&e))?;
    let phc = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(argon2::Version::V0x13.into()),
        params: ParamsString::try_from(argon2.params()).map_err(|e| failed(&e))?,
        salt: Some(Salt::new(salt).map_err(|e| failed(&e))?),
        hash: Some(Output::new(&out).map_err(|e| failed(&e))?),
    };
    Ok(phc.to_string())
}

/// Whether `password` is the one an argon2 PHC string was made from. A hash
/// with roster's own parameters is computed in one of the working memories
/// of [`CoreSlot`], kept from one check to the next: a server checking
/// passwords neither allocates 19 MiB a check (and faults every page of it
/// in) nor leaves freed copies in the allocator. Others are checked by the
/// argon2 crate as they are.
fn verify_argon2(password: &[u8], stored: &str) -> bool {
    let Ok(hash) = PasswordHash::new(stored) else {
        return false;
    };
    let ours = hash.algorithm == argon2::ARGON2ID_IDENT
        && hash.version == Some(argon2::Version::V0x13.into())
        && argon2::Params::try_from(&hash).is_ok_and(|p| {
            let d = argon2::Params::default();
            (p.m_cost(), p.t_cost(), p.p_cost()) == (d.m_cost(), d.t_cost(), d.p_cost())
        });
    let (Some(salt), Some(expected)) = (hash.salt.as_ref(), hash.hash.as_ref()) else {
        return false;
    };
    if !ours || expected.as_ref().len() != argon2::Params::DEFAULT_OUTPUT_LEN {
        return argon2::Argon2::default()
            .verify_password(password, stored)
            .is_ok();
    }
    let mut out = Zeroizing::new([0u8; argon2::Params::DEFAULT_OUTPUT_LEN]);
    let mut slot = CoreSlot::take();
    let memory = slot.memory.get_or_insert_with(Memory::new);
    let computed = argon2::Argon2::default()
        .hash_password_into_with_memory(password, salt.as_ref(), &mut *out, memory.0.as_mut_slice())
        .is_ok();
    drop(slot);
    use subtle::ConstantTimeEq as _;
    computed && bool::from(out.as_slice().ct_eq(expected.as_ref()))
}

/// One of as many places to hash or check a password as the machine has cores,
/// with its working memory. A check waits for a free place: more checks at
/// once than cores (a server's requests) would share the cores by turns,
/// with as many 19 MiB memories going in and out of the caches as there
/// are checks; this way each core works through one check at a time in one
/// of at most as many memories as cores, which the process keeps. Measured
/// on 2 cores with 4 sign-ins in flight: about 9% more sign-ins a second
/// than one memory a thread (bench/run.sh's sign-in line, A/B).
struct CoreSlot {
    memory: Option<Memory>,
}

/// How many places are taken, and the memories of the free ones.
static CORE_SLOTS: std::sync::Mutex<(usize, Vec<Memory>)> = std::sync::Mutex::new((0, Vec::new()));
static CORE_FREED: std::sync::Condvar = std::sync::Condvar::new();

impl CoreSlot {
    fn take() -> CoreSlot {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut slots = CORE_SLOTS.lock().unwrap_or_else(|e| e.into_inner());
        while slots.0 >= cores {
            slots = CORE_FREED.wait(slots).unwrap_or_else(|e| e.into_inner());
        }
        slots.0 += 1;
        CoreSlot {
            memory: slots.1.pop(),
        }
    }
}

impl Drop for CoreSlot {
    fn drop(&mut self) {
        let mut slots = CORE_SLOTS.lock().unwrap_or_else(|e| e.into_inner());
        slots.0 = slots.0.saturating_sub(1);
        if let Some(memory) = self.memory.take() {
            slots.1.push(memory);
        }
        CORE_FREED.notify_one();
    }
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

/// Spends the time of one password check and learns nothing: a sign-in
/// refused before its hash is checked (an unknown user, a locked, inactive
/// or password-less one) then takes as long as one that is checked, so the
/// time taken does not tell which accounts exist.
pub fn check_nothing(password: &Password) {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let decoy = DECOY
        .get_or_init(|| hash(&Password::new("a decoy: no user has this hash")).unwrap_or_default());
    let _ = verify(password, decoy);
}

/// Checks a password against an argon2 PHC string or a bcrypt MCF hash.
///
/// A right password under bcrypt asks for an upgrade to argon2id, except when it
/// is longer than bcrypt reads: then the stored hash cannot tell which password
/// the user meant, and upgrading would bind them to what they typed this time.
pub fn verify(password: &Password, stored: &str) -> Verified {
    for candidate in password.candidates() {
        let bytes = candidate.as_bytes();
        if stored.starts_with("$argon2") {
            // A hash that would take minutes to check is never checked.
            let Some(cost) = argon2_params(stored).filter(|c| c.bounded) else {
                return Verified::No;
            };
            if verify_argon2(bytes, stored) {
                return if cost.weak {
                    Verified::YesUpgrade
                } else {
                    Verified::Yes
                };
            }
        } else if is_bcrypt(stored)
            && bcrypt_cost(stored).is_some_and(|cost| cost <= MAX_BCRYPT_COST)
            && bcrypt::verify(bytes, stored).unwrap_or(false)
        {
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
    hash_problem(stored).is_none()
}

/// Why roster cannot take `stored` as a password hash, if it cannot.
pub fn hash_problem(stored: &str) -> Option<String> {
    if is_bcrypt(stored) {
        if stored.len() != 60 {
            return Some("is not a whole bcrypt hash (60 characters)".into());
        }
        return match bcrypt_cost(stored) {
            None => Some("is not a well-formed bcrypt hash ($2b$NN$…)".into()),
            Some(cost) if cost > MAX_BCRYPT_COST => Some(format!(
                "asks too much of every sign-in: bcrypt cost {cost}, at most {MAX_BCRYPT_COST}"
            )),
            Some(_) => None,
        };
    }
    if !stored.starts_with("$argon2") {
        return Some("is not an argon2 PHC string ($argon2id$…) or a bcrypt hash ($2b$…)".into());
    }
    match argon2_params(stored) {
        None => Some("is not a well-formed argon2 PHC string".into()),
        Some(cost) if !cost.bounded => Some(format!(
            "asks too much of every sign-in: at most m={MAX_M_COST} (KiB), t={MAX_T_COST}, p={MAX_P_COST}"
        )),
        Some(_) => None,
    }
}

/// The highest bcrypt cost roster checks: 2^14 rounds take about a second.
/// Each step doubles the work, so cost 31 takes days at every sign-in.
const MAX_BCRYPT_COST: u32 = 14;

/// The cost of a bcrypt hash (`$2b$12$…` is 12), if it has a readable one.
fn bcrypt_cost(stored: &str) -> Option<u32> {
    let digits = stored.get(4..6)?;
    if stored.get(6..7) != Some("$") || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The most an argon2 hash from elsewhere may ask of a check: 256 MiB and 16
/// passes on 16 lanes. A hash that asks more would make every sign-in of
/// its user a denial of service (2 GiB, 100 passes takes minutes).
const MAX_M_COST: u32 = 256 * 1024;
const MAX_T_COST: u32 = 16;
const MAX_P_COST: u32 = 16;

/// What an argon2 PHC string asks of a check.
struct Argon2Cost {
    /// Within the bounds above.
    bounded: bool,
    /// Weaker than roster's own (m=19456 KiB, t=2): to be replaced at the
    /// next sign-in.
    weak: bool,
}

fn argon2_params(stored: &str) -> Option<Argon2Cost> {
    let hash = argon2::password_hash::phc::PasswordHash::new(stored).ok()?;
    let params = argon2::Params::try_from(&hash).ok()?;
    let ours = argon2::Params::default();
    Some(Argon2Cost {
        bounded: params.m_cost() <= MAX_M_COST
            && params.t_cost() <= MAX_T_COST
            && params.p_cost() <= MAX_P_COST,
        weak: params.m_cost() < ours.m_cost() || params.t_cost() < ours.t_cost(),
    })
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

    /// More checks at once than cores wait for a place and each gets its
    /// own answer; no more memories are kept than there are places.
    #[test]
    fn more_checks_at_once_than_cores_each_get_their_answer() {
        let right = Password::new("correct horse battery staple");
        let stored = hash(&right).unwrap();
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let answers: Vec<(bool, Verified)> = std::thread::scope(|scope| {
            let checks: Vec<_> = (0..cores * 3)
                .map(|i| {
                    let stored = &stored;
                    scope.spawn(move || {
                        let wrong = i % 2 == 1;
                        let typed = if wrong {
                            "not the password"
                        } else {
                            "correct horse battery staple"
                        };
                        (wrong, verify(&Password::new(typed), stored))
                    })
                })
                .collect();
            checks.into_iter().map(|c| c.join().unwrap()).collect()
        });
        for (wrong, answer) in answers {
            assert_eq!(answer, if wrong { Verified::No } else { Verified::Yes });
        }
        // (Other tests may be checking passwords right now: only what holds
        // at any moment is asserted.)
        let slots = CORE_SLOTS.lock().unwrap();
        assert!(
            slots.0 + slots.1.len() <= cores,
            "{} places taken, {} memories kept",
            slots.0,
            slots.1.len()
        );
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
    fn the_reused_memory_path_makes_what_the_argon2_crate_makes() {
        use argon2::password_hash::PasswordHasher as _;
        let salt = b"sixteen byte slt";
        let mut memory = Memory::new();
        for pw in ["tangerine vortex quietly sublime", "", "x"] {
            let ours = hash_with_salt(pw.as_bytes(), salt, &mut memory).unwrap();
            let theirs = argon2::Argon2::default()
                .hash_password_with_salt(pw.as_bytes(), salt)
                .unwrap()
                .to_string();
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn hashes_have_a_fresh_16_byte_salt_and_a_32_byte_output() {
        let pw = Password::new("tangerine vortex quietly sublime");
        let (a, b) = (hash(&pw).unwrap(), hash(&pw).unwrap());
        assert_ne!(a, b);
        let parsed = PasswordHash::new(&a).unwrap();
        let salt = parsed.salt.unwrap();
        assert_eq!(salt.as_ref().len(), 16);
        assert_eq!(parsed.hash.unwrap().as_ref().len(), 32);
        // Base64 without padding: 22 characters of salt, 43 of hash.
        let fields: Vec<&str> = a.split('$').collect();
        assert_eq!((fields[4].len(), fields[5].len()), (22, 43), "{a}");
    }

    #[test]
    fn hash_many_keeps_the_order_of_its_input() {
        let passwords: Vec<Password> = (0..7)
            .map(|i| Password::new(&format!("tangerine vortex {i} quietly")))
            .collect();
        let refs: Vec<&Password> = passwords.iter().collect();
        let calls = AtomicUsize::new(0);
        let hashes = hash_many(&refs, &|| {
            calls.fetch_add(1, Ordering::Relaxed);
        })
        .unwrap();
        assert_eq!(hashes.len(), passwords.len());
        assert_eq!(calls.load(Ordering::Relaxed), passwords.len());
        for (i, (pw, h)) in passwords.iter().zip(&hashes).enumerate() {
            assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
            assert_eq!(verify(pw, h), Verified::Yes, "password {i}");
            let neighbour = &hashes[(i + 1) % hashes.len()];
            assert_eq!(verify(pw, neighbour), Verified::No, "password {i}");
        }
        assert!(hash_many(&[], &|| ()).unwrap().is_empty());
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
    fn bcrypt_costs_above_14_are_refused_and_never_checked() {
        let pw = Password::new("tangerine vortex quietly sublime");
        let cheap = bcrypt::hash(pw.expose(), 4).unwrap();
        assert_eq!(hash_problem(&cheap), None);
        // The same hash claiming cost 31: checking it would take days.
        let costly = cheap.replacen("$04$", "$31$", 1);
        let problem = hash_problem(&costly).unwrap();
        assert!(problem.contains("bcrypt cost 31, at most 14"), "{problem}");
        let started = std::time::Instant::now();
        assert_eq!(verify(&pw, &costly), Verified::No);
        assert!(started.elapsed().as_secs() < 1);
        assert_eq!(hash_problem(&cheap.replacen("$04$", "$14$", 1)), None);
        assert!(hash_problem(&cheap.replacen("$04$", "$15$", 1)).is_some());
        assert!(hash_problem(&cheap.replacen("$04$", "$x4$", 1)).is_some());
    }

    #[test]
    fn generated_passwords_are_long_random_and_pass_the_policy() {
        let a = generate(GENERATED_LENGTH).unwrap();
        let b = generate(GENERATED_LENGTH).unwrap();
        assert_eq!(a.expose().len(), GENERATED_LENGTH);
        assert_ne!(a.expose(), b.expose());
        let policy = Policy::default();
        let c = policy.generate_for("ada@example.com", Some("bob")).unwrap();
        policy.check(&c, "ada@example.com", Some("bob")).unwrap();
    }

    #[test]
    fn a_check_in_kept_memory_agrees_with_the_argon2_crate() {
        let right = Password::new("correct horse battery staple");
        let ours = hash(&right).unwrap();
        // Roster's parameters take the kept-memory path; others the crate's.
        let cheap =
            "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$8gsuOzSd9Fr1+p7v43q5qT6cLtZ1RFRUxq8r6l9Ah3o";
        for _ in 0..2 {
            assert!(verify_argon2(right.expose().as_bytes(), &ours));
            assert!(!verify_argon2(b"correct horse battery stapl", &ours));
        }
        assert_eq!(
            verify_argon2(b"password", cheap),
            argon2::Argon2::default()
                .verify_password(b"password", cheap)
                .is_ok()
        );
        assert!(!verify_argon2(
            b"x",
            "$argon2id$v=19$m=19456,t=2,p=1$broken"
        ));
    }

    #[test]
    fn a_generated_password_never_spells_the_users_names() {
        // About one draw in a thousand holds a given three letters.
        let policy = Policy::default();
        for _ in 0..5000 {
            let pw = policy.generate_for("ada@example.com", Some("bob")).unwrap();
            let lower = pw.expose().to_lowercase();
            assert!(!lower.contains("ada") && !lower.contains("bob"));
        }
    }
}
