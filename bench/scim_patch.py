"""SCIM deactivations one after another (bench/run.sh): Okta's
`{"op":"replace","value":{"active":false}}` to each of COUNT seed users
from FIRST, by id, on one kept-alive connection; prints the seconds.

    SCIM_TOKEN=... scim_patch.py BASE_URL FIRST COUNT
"""

import http.client
import json
import os
import sys
import time
import urllib.parse

base, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port)
headers = {
    "Authorization": f"Bearer {os.environ['SCIM_TOKEN']}",
    "Content-Type": "application/scim+json",
}
body = json.dumps({
    "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
    "Operations": [{"op": "replace", "value": {"active": False}}],
})
started = time.monotonic()
for i in range(first, first + count):
    user = f"{i:08x}-0000-7000-8000-{i:012x}"
    conn.request("PATCH", f"/scim/v2/Users/{user}", body=body, headers=headers)
    response = conn.getresponse()
    answer = response.read()
    if response.status != 200 or json.loads(answer)["active"] is not False:
        sys.exit(f"PATCH {user}: {response.status} {answer[:200]!r}")
print(f"{time.monotonic() - started:.3f}")
