//! The peer of bench/run.sh's generated-passwords line: raw argon2id with
//! roster's parameters (`argon2::Argon2::default()`: m=19456 KiB, t=2, p=1,
//! 32-byte output), the same crate and build roster hashes with, on every
//! core. Each thread reuses its memory and takes the next hash from a shared
//! counter, as `roster::domain::password::hash_many` does; what roster does
//! beyond this (making and checking each password, the import, the store)
//! is its cost over this bound.
//!
//!     cargo run --release --example argon2_peer -- COUNT

use std::sync::atomic::{AtomicUsize, Ordering};

use rand::TryRng as _;

/// A generated password's length (28 characters), and argon2's salt.
const PASSWORD: usize = 28;
const SALT: usize = 16;

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .expect("usage: argon2_peer COUNT");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..cores.min(count) {
            scope.spawn(|| {
                let argon2 = argon2::Argon2::default();
                let mut memory =
                    vec![argon2::Block::default(); argon2::Params::DEFAULT.block_count()];
                let mut out = [0u8; argon2::Params::DEFAULT_OUTPUT_LEN];
                while next.fetch_add(1, Ordering::Relaxed) < count {
                    let mut input = [0u8; PASSWORD + SALT];
                    rand::rngs::SysRng
                        .try_fill_bytes(&mut input)
                        .expect("the OS random number generator");
                    let (password, salt) = input.split_at(PASSWORD);
                    argon2
                        .hash_password_into_with_memory(password, salt, &mut out, &mut memory)
                        .expect("argon2id");
                    std::hint::black_box(&out);
                }
            });
        }
    });
}
