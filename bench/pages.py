"""The invitation page's cost, as a browser pays it (bench/run.sh).

    pages.py BASE_URL OUTBOX

For each invitation (.eml) in OUTBOX, one after another on one kept-alive
connection: the link (its token moved into a cookie), the form rendered
(the token looked up), the form submitted (the password checked against
the policy and hashed, the user made active). Prints the median render
and submit times in milliseconds: "RENDER SUBMIT COUNT".
"""

import email
import email.policy
import glob
import http.client
import os
import re
import statistics
import sys
import time
import urllib.parse

base, outbox = sys.argv[1], sys.argv[2]
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port)
PASSWORD = "violet harbour lantern 31 quietly"


def request(method, path, cookies, body=None, site="same-origin"):
    headers = {
        "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
        # As a browser says it: the link pasted (none), then this site's pages.
        "Sec-Fetch-Site": site,
    }
    if body is not None:
        body = urllib.parse.urlencode(body)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    text = resp.read().decode()
    for name, value in resp.getheaders():
        if name.lower() == "set-cookie":
            k, v = value.split(";")[0].split("=", 1)
            cookies[k] = v
    return resp.status, text


renders, submits = [], []
for path in sorted(glob.glob(os.path.join(outbox, "*.eml"))):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    found = re.search(r"/accept-invite\?token=[A-Za-z0-9_-]+",
                      msg.get_body(preferencelist=("plain",)).get_content())
    if not found:
        continue
    cookies = {}
    status, _ = request("GET", found.group(0), cookies, site="none")
    assert status == 303, status
    start = time.perf_counter()
    status, form = request("GET", "/accept-invite", cookies)
    renders.append(time.perf_counter() - start)
    assert status == 200, (status, form)
    csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    start = time.perf_counter()
    status, done = request("POST", "/accept-invite", cookies,
                           {"csrf": csrf, "password": PASSWORD, "confirm": PASSWORD})
    submits.append(time.perf_counter() - start)
    assert status == 200, (status, done)

print(f"{statistics.median(renders) * 1000:.2f} {statistics.median(submits) * 1000:.2f} {len(submits)}")
