"""A real SMTP server for roster's tests (aiosmtpd), on 127.0.0.1.

Usage: smtp_sink.py PORT DIR
Each message received is written to DIR as NNNN.eml. Prints "ready" on stdout
once it accepts connections, and stops when stdin closes.
"""

import pathlib
import sys

from aiosmtpd.controller import Controller


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


def main() -> None:
    port = int(sys.argv[1])
    directory = pathlib.Path(sys.argv[2])
    directory.mkdir(parents=True, exist_ok=True)
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
