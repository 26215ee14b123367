"""Runs roster on a pseudo-terminal and answers its prompts, as a person would.

stdin: JSON {"argv": [...], "env": {...}, "steps": [[regex, text to send], ...]}
stdout: JSON {"exit": code, "output": everything the terminal showed}
"""

import io
import json
import sys

import pexpect

spec = json.load(sys.stdin)
log = io.StringIO()
child = pexpect.spawn(
    spec["argv"][0],
    spec["argv"][1:],
    env=spec["env"],
    encoding="utf-8",
    timeout=20,
    dimensions=(40, 160),
)
child.logfile_read = log
for expect, send in spec["steps"]:
    child.expect(expect)
    child.send(send)
child.expect(pexpect.EOF)
child.close()
print(json.dumps({"exit": child.exitstatus, "output": log.getvalue()}))
