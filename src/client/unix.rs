//! HTTP over a Unix socket (`--server unix:PATH`, a server's admin
//! socket): a connector for ureq that ignores the URL's host and connects
//! to the socket, with the read and write deadlines ureq asks for.

use std::io::{Read as _, Write as _};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::Arc;

use ureq::Error;
use ureq::unversioned::transport::{
    Buffers, ConnectionDetails, Connector, LazyBuffers, NextTimeout, Transport,
};

/// Connects every request to the socket at `path`.
#[derive(Debug)]
pub struct UnixConnector {
    pub path: PathBuf,
}

impl Connector<()> for UnixConnector {
    type Out = UnixTransport;

    fn connect(
        &self,
        details: &ConnectionDetails,
        _chained: Option<()>,
    ) -> Result<Option<Self::Out>, Error> {
        let stream = UnixStream::connect(&self.path)?;
        // What goes over it (typed passwords, files) goes only to a server
        // of this account: a socket someone else made where the server's
        // should be is not spoken to.
        let peer = stream.peer_cred_uid()?;
        // SAFETY: geteuid only reads the process's effective user id.
        let own = unsafe { libc::geteuid() };
        if peer != own {
            return Err(Error::Io(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!(
                    "the socket is served by the account of uid {peer}, not this one (uid {own}); \
                     an admin socket is used by the account that runs its server"
                ),
            )));
        }
        let config = details.config;
        Ok(Some(UnixTransport {
            stream: Arc::new(stream),
            buffers: LazyBuffers::new(config.input_buffer_size(), config.output_buffer_size()),
        }))
    }
}

#[derive(Debug)]
pub struct UnixTransport {
    stream: Arc<UnixStream>,
    buffers: LazyBuffers,
}

/// The user id of a Unix stream's peer (`SO_PEERCRED`).
trait PeerUid {
    fn peer_cred_uid(&self) -> std::io::Result<u32>;
}

impl PeerUid for UnixStream {
    fn peer_cred_uid(&self) -> std::io::Result<u32> {
        use std::os::fd::AsRawFd as _;
        let mut cred = libc::ucred {
            pid: 0,
            uid: 0,
            gid: 0,
        };
        let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
        // SAFETY: getsockopt writes at most `len` bytes into `cred`, which
        // is a `ucred` of that size; the descriptor is the stream's, open.
        let done = unsafe {
            libc::getsockopt(
                self.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_PEERCRED,
                (&raw mut cred).cast(),
                &mut len,
            )
        };
        if done != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(cred.uid)
    }
}

/// An I/O error, with a deadline that passed as ureq's timeout.
fn io_error(e: std::io::Error, timeout: &NextTimeout) -> Error {
    match e.kind() {
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => {
            Error::Timeout(timeout.reason)
        }
        _ => Error::Io(e),
    }
}

impl Transport for UnixTransport {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), Error> {
        let timeout = timeout.for_write();
        self.stream
            .set_write_timeout(timeout.not_zero().map(|t| *t))?;
        let output = &self.buffers.output()[..amount];
        (&*self.stream)
            .write_all(output)
            .map_err(|e| io_error(e, &timeout))
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, Error> {
        let timeout = timeout.for_read();
        self.stream
            .set_read_timeout(timeout.not_zero().map(|t| *t))?;
        let input = self.buffers.input_append_buf();
        let amount = loop {
            match (&*self.stream).read(input) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other.map_err(|e| io_error(e, &timeout))?,
            }
        };
        self.buffers.input_appended(amount);
        Ok(amount > 0)
    }

    fn is_open(&mut self) -> bool {
        // Not kept for another request: a connection on this machine costs
        // next to nothing, and one the server closed is never reused.
        false
    }
}
