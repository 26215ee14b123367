"""Hashes the password on stdin with argon2-cffi, the way another system
would have: roster must import and verify the result. Optional arguments set
the cost: time_cost memory_cost (KiB) parallelism."""
import sys

from argon2 import PasswordHasher

costs = [int(a) for a in sys.argv[1:4]]
hasher = PasswordHasher(*costs) if costs else PasswordHasher()
print(hasher.hash(sys.stdin.read()))
