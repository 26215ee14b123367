"""Runs scim2-tester, an independent SCIM 2.0 conformance checker (PyPI,
by the python-scim project), against a server.

usage: SCIM_TOKEN=... python scim_check.py BASE_URL [--include TAG]...
           [--exclude TAG]... [--resource-type NAME]...

Prints one line a result (its status, check and resource type, and why
when it did not succeed) and ends with 'scim2-tester: N passed, N failed,
N skipped'. Exits 1 when a result is an error.
"""
import argparse
import os
import sys
from collections import Counter

from httpx2 import Client
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import Status, check_server

parser = argparse.ArgumentParser()
parser.add_argument("url")
parser.add_argument("--include", action="append")
parser.add_argument("--exclude", action="append")
parser.add_argument("--resource-type", action="append")
args = parser.parse_args()

http = Client(
    base_url=args.url,
    headers={"Authorization": f"Bearer {os.environ['SCIM_TOKEN']}"},
)
results = check_server(
    SyncSCIMClient(http),
    include_tags=set(args.include) if args.include else None,
    exclude_tags=set(args.exclude) if args.exclude else None,
    resource_types=args.resource_type,
)
counts = Counter()
for result in results:
    counts[result.status] += 1
    where = f" [{result.resource_type}]" if result.resource_type else ""
    print(f"{result.status.name:10} {result.title}{where}")
    if result.reason and result.status != Status.SUCCESS:
        for line in result.reason.splitlines():
            print(f"    {line}")
failed = counts[Status.ERROR] + counts[Status.CRITICAL]
skipped = counts[Status.SKIPPED]
print(f"scim2-tester: {len(results) - failed - skipped} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
