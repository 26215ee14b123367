"""Runs roster on a pseudo-terminal and answers its prompts, as a person would.

stdin: JSON {"argv": [...], "env": {...}, "steps": [[regex, text to send], ...],
             "dimensions": [rows, cols] (optional; [0, 0] is a terminal with no size)}
A step may carry a third element, a command (argv) run to completion after the
prompt appears and before the answer is sent: another process acting while
roster waits for its user.
stdout: JSON {"exit": code, "output": everything the terminal showed}
"""

import io
import json
import subprocess
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
    dimensions=tuple(spec.get("dimensions", (40, 160))),
)
child.logfile_read = log
for step in spec["steps"]:
    child.expect(step[0])
    if len(step) > 2:
        subprocess.run(step[2], env=spec["env"], check=True, capture_output=True)
    child.send(step[1])
child.expect(pexpect.EOF)
child.close()
print(json.dumps({"exit": child.exitstatus, "output": log.getvalue()}))
