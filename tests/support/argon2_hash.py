"""Hashes the password on stdin with argon2-cffi (its own parameters), the
way another system would have: roster must import and verify the result."""
import sys

from argon2 import PasswordHasher

print(PasswordHasher().hash(sys.stdin.read()))
