//! Ctrl-C (SIGINT): roster stops at once and says what it changed. A write
//! transaction under way is finished first (it is a batch: short, and
//! either all in or all out), so the message can say truly that nothing
//! was changed, or how many batches were written. A credentials file
//! keeps what committed changes need and nothing else: one holding only
//! its header is removed.
//!
//! The handler does only what a signal handler may: atomics, `write`,
//! `ftruncate`, `fsync`, `unlink` and `_exit`.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt as _;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, AtomicU64, Ordering};

/// The exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells use).
pub const EXIT_INTERRUPTED: i32 = 130;

/// Write transactions committed by this process.
static COMMITTED: AtomicU64 = AtomicU64::new(0);
/// A write transaction is under way: an interruption waits for its end.
static WRITING: AtomicBool = AtomicBool::new(false);
/// Ctrl-C came while a write was under way.
static PENDING: AtomicBool = AtomicBool::new(false);

/// The credentials file this run writes, if any: its descriptor, its path,
/// the length committed changes need, and whether this run created it
/// (then a file cut back to its header alone is removed).
static CREDENTIALS_FD: AtomicI32 = AtomicI32::new(-1);
static CREDENTIALS_PATH: AtomicPtr<libc::c_char> = AtomicPtr::new(std::ptr::null_mut());
static CREDENTIALS_KEEP: AtomicU64 = AtomicU64::new(0);
static CREDENTIALS_HEADER: AtomicU64 = AtomicU64::new(0);
static CREDENTIALS_CREATED: AtomicBool = AtomicBool::new(false);

/// The command runs through a server: what it sent, the server may have
/// done, whatever this process saw.
static THROUGH_SERVER: AtomicBool = AtomicBool::new(false);

/// Says the command runs through a server (before anything is sent).
pub fn through_server() {
    THROUGH_SERVER.store(true, Ordering::SeqCst);
}

/// Installs the handler for SIGINT.
pub fn install() {
    let handler: extern "C" fn(libc::c_int) = on_interrupt;
    // SAFETY: the handler only touches atomics and calls async-signal-safe
    // functions; the sigaction struct is fully initialised.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Gives SIGINT back its default, for `roster serve`, whose runtime stops
/// on it the way it stops on SIGTERM: requests in flight finish.
pub fn uninstall() {
    // SAFETY: restoring the default disposition of a signal.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
    }
}

/// Runs `write` (one write transaction, to its commit) so that Ctrl-C
/// waits for its end, and counts it when it commits.
pub fn writing<T, E>(write: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    let nested = WRITING.swap(true, Ordering::SeqCst);
    let result = write();
    if result.is_ok() {
        COMMITTED.fetch_add(1, Ordering::SeqCst);
        keep_credentials_written();
    }
    if !nested {
        WRITING.store(false, Ordering::SeqCst);
        if PENDING.load(Ordering::SeqCst) {
            finish();
        }
    }
    result
}

/// Notes the credentials file this run writes: `fd` open on `path`,
/// `created` by this run, `header` bytes long when it holds no password
/// of this run, `kept` bytes long before this run.
pub fn credentials_opened(fd: i32, path: &Path, created: bool, header: u64, kept: u64) {
    let Ok(path) = CString::new(path.as_os_str().as_bytes()) else {
        return;
    };
    CREDENTIALS_KEEP.store(kept, Ordering::SeqCst);
    CREDENTIALS_HEADER.store(header, Ordering::SeqCst);
    CREDENTIALS_CREATED.store(created, Ordering::SeqCst);
    let old = CREDENTIALS_PATH.swap(path.into_raw(), Ordering::SeqCst);
    if !old.is_null() {
        // SAFETY: every pointer stored here came from CString::into_raw.
        drop(unsafe { CString::from_raw(old) });
    }
    CREDENTIALS_FD.store(fd, Ordering::SeqCst);
}

/// The credentials file is closed: the interruption leaves it alone.
pub fn credentials_closed() {
    CREDENTIALS_FD.store(-1, Ordering::SeqCst);
}

/// After a commit, every line written so far belongs to committed changes.
fn keep_credentials_written() {
    let fd = CREDENTIALS_FD.load(Ordering::SeqCst);
    if fd < 0 {
        return;
    }
    // SAFETY: fstat on a descriptor this process holds, into a zeroed struct.
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut stat) } == 0 {
        CREDENTIALS_KEEP.store(stat.st_size as u64, Ordering::SeqCst);
    }
}

extern "C" fn on_interrupt(_signal: libc::c_int) {
    if WRITING.load(Ordering::SeqCst) {
        PENDING.store(true, Ordering::SeqCst);
        return;
    }
    finish();
}

/// Takes back the credentials this run wrote for no committed change,
/// says what was changed, and exits.
fn finish() -> ! {
    let fd = CREDENTIALS_FD.load(Ordering::SeqCst);
    let mut removed = false;
    if fd >= 0 {
        let keep = CREDENTIALS_KEEP.load(Ordering::SeqCst);
        let header_only = keep <= CREDENTIALS_HEADER.load(Ordering::SeqCst);
        let path = CREDENTIALS_PATH.load(Ordering::SeqCst);
        // SAFETY: async-signal-safe calls on a descriptor and a path this
        // process holds.
        unsafe {
            if CREDENTIALS_CREATED.load(Ordering::SeqCst) && header_only && !path.is_null() {
                removed = libc::unlink(path) == 0;
            } else {
                libc::ftruncate(fd, keep as libc::off_t);
                libc::fsync(fd);
            }
        }
    }
    let mut message = Message::new();
    message.push(b"\nroster: interrupted; ");
    match COMMITTED.load(Ordering::SeqCst) {
        _ if THROUGH_SERVER.load(Ordering::SeqCst) => message.push(
            b"the server goes on with a request it received until it notices the client is gone, \
              committing whole batches only (`roster audit list` there shows what it did)",
        ),
        0 => message.push(b"nothing was changed"),
        n => {
            message.number(n);
            message.push(if n == 1 {
                b" write (a batch, or a record of mail sent) was committed before it and stays (`roster audit list` shows the changes); nothing else was changed".as_slice()
            } else {
                b" writes (batches, or records of mail sent) were committed before it and stay (`roster audit list` shows the changes); nothing else was changed".as_slice()
            });
        }
    }
    if removed {
        message.push(b"; the credentials file, which held no password, was removed");
    }
    message.push(b"\n");
    // SAFETY: write and _exit are async-signal-safe.
    unsafe {
        libc::write(2, message.bytes.as_ptr().cast(), message.len);
        libc::_exit(EXIT_INTERRUPTED);
    }
}

/// A message built without allocating (in a signal handler).
struct Message {
    bytes: [u8; 512],
    len: usize,
}

impl Message {
    fn new() -> Message {
        Message {
            bytes: [0; 512],
            len: 0,
        }
    }

    fn push(&mut self, text: &[u8]) {
        let room = self.bytes.len() - self.len;
        let n = text.len().min(room);
        self.bytes[self.len..self.len + n].copy_from_slice(&text[..n]);
        self.len += n;
    }

    fn number(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.push(&digits[i..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_built_without_allocating() {
        let mut m = Message::new();
        m.push(b"n=");
        m.number(0);
        m.push(b",");
        m.number(12345);
        assert_eq!(&m.bytes[..m.len], b"n=0,12345");
    }
}
