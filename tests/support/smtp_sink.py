"""A real SMTP server for roster's tests (aiosmtpd), on 127.0.0.1.

Usage: smtp_sink.py PORT DIR [USER:PASSWORD]
Each message received is written to DIR as NNNN.eml. With USER:PASSWORD the
server requires AUTH (over plain text: it is a test on loopback). Prints "ready"
on stdout once it accepts connections, and stops when stdin closes.
"""

import pathlib
import sys
import warnings

# Requiring AUTH without TLS is what this loopback test wants; say nothing of it.
warnings.simplefilter("ignore")

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Sink:
    def __init__(self, directory: pathlib.Path):
        self.directory = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = self.directory / f"{self.count:04d}.eml"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(envelope.original_content or envelope.content)
        tmp.rename(path)
        return "250 OK"


def authenticator(expected: str):
    def check(server, session, envelope, mechanism, auth_data):
        login = getattr(auth_data, "login", b"") or b""
        password = getattr(auth_data, "password", b"") or b""
        ok = f"{login.decode()}:{password.decode()}" == expected
        # handled=False: aiosmtpd answers 535 itself on a failure.
        return AuthResult(success=ok, handled=False)

    return check


def main() -> None:
    port = int(sys.argv[1])
    directory = pathlib.Path(sys.argv[2])
    directory.mkdir(parents=True, exist_ok=True)
    options = {}
    if len(sys.argv) > 3:
        options = dict(
            authenticator=authenticator(sys.argv[3]),
            auth_required=True,
            auth_require_tls=False,
        )
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
