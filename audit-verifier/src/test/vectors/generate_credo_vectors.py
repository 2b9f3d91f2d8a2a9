#!/usr/bin/env python3
"""Writes the Credo vectors under src/test/resources/vectors/credo with an implementation independent of the
Java code: RFC 9162 MTH, PATH and PROOF written recursively as the RFC states them, C2SP signed notes signed with
Python's `cryptography` Ed25519. Deterministic (fixed seeds, Ed25519 is deterministic): rerunning rewrites the same
bytes. Run: python3 src/test/vectors/generate_credo_vectors.py (from audit-verifier/)."""
import base64
import hashlib
import json
import os

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "vectors", "credo")
ORIGIN = "credo.example/decisions"


def sha(data):
    return hashlib.sha256(data).digest()


def leaf_hash(leaf):
    return sha(b"\x00" + leaf)


def mth(leaves):
    n = len(leaves)
    if n == 0:
        return sha(b"")
    if n == 1:
        return leaf_hash(leaves[0])
    k = 1
    while k * 2 < n:
        k *= 2
    return sha(b"\x01" + mth(leaves[:k]) + mth(leaves[k:]))


def path(m, leaves):
    n = len(leaves)
    if n == 1:
        return []
    k = 1
    while k * 2 < n:
        k *= 2
    if m < k:
        return path(m, leaves[:k]) + [mth(leaves[k:])]
    return path(m - k, leaves[k:]) + [mth(leaves[:k])]


def subproof(m, leaves, b):
    n = len(leaves)
    if m == n:
        return [] if b else [mth(leaves)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return subproof(m, leaves[:k], b) + [mth(leaves[k:])]
    return subproof(m - k, leaves[k:], False) + [mth(leaves[:k])]


class Signer:
    def __init__(self, name, seed_text):
        self.name = name
        self.key = Ed25519PrivateKey.from_private_bytes(sha(seed_text.encode()))
        self.pub = self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.key_hash = sha(name.encode() + b"\n\x01" + self.pub)[:4]

    def vkey(self):
        return "%s+%s+%s" % (self.name, self.key_hash.hex(), b64(b"\x01" + self.pub))

    def sign(self, text):
        sig = self.key.sign(text.encode())
        return text + "\n\u2014 " + self.name + " " + b64(self.key_hash + sig) + "\n"


def b64(data):
    return base64.b64encode(data).decode()


def checkpoint(signer, leaves, size):
    return signer.sign("%s\n%d\n%s\n" % (ORIGIN, size, b64(mth(leaves[:size]))))


def record(i):
    # canonical JSON as Credo stores it: keys sorted, no whitespace; one record has non-ASCII text
    decision = {"decisionId": "dec-%04d" % i, "enterpriseId": "91350600MA2Y8K3F%02d" % i,
                "outputs": {"channel": ["green", "yellow", "red"][i % 3], "score": i * 7 % 100},
                "type": "inspection"}
    if i == 5:
        decision["reasons"] = ["\u4f01\u4e1a\u4fe1\u7528\u7b49\u7ea7 A"]
    return json.dumps(decision, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def receipt(index, size, leaves, note, leaf=None, proof=None):
    return json.dumps({"decisionId": "dec-%04d" % index, "index": index, "treeSize": size,
                       "leaf": (leaf if leaf is not None else leaves[index].decode()),
                       "inclusionProof": [b64(h) for h in (proof if proof is not None else path(index, leaves[:size]))],
                       "checkpoint": note}, indent=2, ensure_ascii=False) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    log = Signer(ORIGIN, "credo audit-verifier test log key")
    other = Signer(ORIGIN, "someone else's key under the same name")
    leaves = [record(i) for i in range(21)]
    write("log-key.txt", log.vkey() + "\n")
    write("decisions-21.ndjson", b"".join(l + b"\n" for l in leaves).decode())
    for size in (8, 13, 21):
        write("checkpoint-%d.txt" % size, checkpoint(log, leaves, size))
    note13 = checkpoint(log, leaves, 13)

    write("receipt-valid.json", receipt(5, 13, leaves, note13))
    write("receipt-tampered-leaf.json", receipt(5, 13, leaves, note13,
                                                leaf=leaves[5].decode().replace('"score":35', '"score":36')))
    write("receipt-wrong-index.json", receipt(5, 13, leaves, note13).replace(
        '"index": 5', '"index": 4', 1))
    flipped = path(5, leaves[:13])
    flipped[2] = bytes([flipped[2][0] ^ 0x01]) + flipped[2][1:]
    write("receipt-proof-flipped.json", receipt(5, 13, leaves, note13, proof=flipped))
    write("receipt-proof-truncated.json", receipt(5, 13, leaves, note13, proof=path(5, leaves[:13])[:-1]))
    write("receipt-other-tree-size.json", receipt(5, 21, leaves, note13, proof=path(5, leaves[:21])))
    write("receipt-foreign-key.json", receipt(5, 13, leaves, checkpoint(other, leaves, 13)))
    forged_root = note13.replace(b64(mth(leaves[:13])), b64(mth(leaves[:12])))
    write("receipt-checkpoint-altered.json", receipt(5, 13, leaves, forged_root))

    write("consistency-8-21.json", json.dumps({"from": 8, "to": 21, "proof": [
        b64(h) for h in subproof(8, leaves[:21], True)]}, indent=2) + "\n")
    write("consistency-13-21.json", json.dumps({"from": 13, "to": 21, "proof": [
        b64(h) for h in subproof(13, leaves[:21], True)]}, indent=2) + "\n")
    # a rewritten history: record 3 forged, the log re-signs; its own proof cannot reach the old checkpoint
    forged = list(leaves)
    forged[3] = forged[3].replace(b'"channel":"green"', b'"channel":"red"')
    write("checkpoint-21-rewritten.txt", checkpoint(log, forged, 21))
    write("consistency-8-21-rewritten.json", json.dumps({"from": 8, "to": 21, "proof": [
        b64(h) for h in subproof(8, forged[:21], True)]}, indent=2) + "\n")
    write("decisions-21-rewritten.ndjson", b"".join(l + b"\n" for l in forged).decode())
    write("decisions-19-truncated.ndjson", b"".join(l + b"\n" for l in leaves[:19]).decode())
    # a 13-leaf checkpoint and all the roots, hex, for the Java tests to compare with
    write("roots.json", json.dumps({str(n): mth(leaves[:n]).hex() for n in range(0, 22)}, indent=2) + "\n")


if __name__ == "__main__":
    main()
