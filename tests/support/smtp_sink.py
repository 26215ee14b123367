"""A real SMTP server for roster's tests (aiosmtpd), on 127.0.0.1.

Usage: smtp_sink.py PORT DIR [--auth USER:PASSWORD] [--tls starttls|wrapper] [--smtputf8]
Each message received is written to DIR as NNNN.eml, and its envelope (the
MAIL FROM and RCPT TO addresses) as NNNN.env, one address a line. With
--smtputf8 the server offers SMTPUTF8; without, it does not. With --auth the server
requires AUTH. With --tls it speaks TLS with a certificate for 127.0.0.1 from a
CA made for this run (trustme), whose certificate it writes to DIR/ca.pem:
`starttls` offers and requires STARTTLS, `wrapper` is TLS from the first byte
(smtps). Prints "ready" on stdout once it accepts connections, and stops when
stdin closes.
"""

import argparse
import logging
import pathlib
import ssl
import sys
import warnings

# Requiring AUTH without TLS is what this loopback test wants; say nothing of it.
warnings.simplefilter("ignore")
# A refused TLS handshake is what some tests want too: no tracebacks for it.
logging.getLogger("mail.log").setLevel(logging.CRITICAL)

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Sink:
    def __init__(self, directory: pathlib.Path):
        self.directory = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = self.directory / f"{self.count:04d}.eml"
        (self.directory / f"{self.count:04d}.env").write_text(
            "\n".join([envelope.mail_from, *envelope.rcpt_tos]) + "\n", encoding="utf-8"
        )
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


def server_context(directory: pathlib.Path) -> ssl.SSLContext:
    import trustme

    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(directory / "ca.pem"))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("dir", type=pathlib.Path)
    parser.add_argument("--auth")
    parser.add_argument("--tls", choices=["starttls", "wrapper"])
    parser.add_argument("--smtputf8", action="store_true")
    args = parser.parse_args()
    directory = args.dir
    directory.mkdir(parents=True, exist_ok=True)
    options = {"enable_SMTPUTF8": args.smtputf8}
    if args.auth:
        options.update(
            authenticator=authenticator(args.auth),
            auth_required=True,
            # aiosmtpd counts only STARTTLS as TLS; with smtps the whole
            # connection is TLS already.
            auth_require_tls=args.tls == "starttls",
        )
    if args.tls == "starttls":
        options.update(tls_context=server_context(directory), require_starttls=True)
    elif args.tls == "wrapper":
        options.update(ssl_context=server_context(directory))
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=args.port, **options)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
