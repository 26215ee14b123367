"""Checks a PHC string with argon2-cffi, an implementation independent of roster's.

Usage: argon2_check.py  (stdin: the hash on line 1, the password on line 2)
Exit 0 when the password matches, 1 when it does not; prints the parameters.
"""

import sys

from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import VerifyMismatchError

hash_, password = sys.stdin.read().split("\n")[:2]
params = extract_parameters(hash_)
print(f"type={params.type.name} m={params.memory_cost} t={params.time_cost} p={params.parallelism}")
if params.type != Type.ID:
    sys.exit(2)
try:
    PasswordHasher().verify(hash_, password)
except VerifyMismatchError:
    sys.exit(1)
