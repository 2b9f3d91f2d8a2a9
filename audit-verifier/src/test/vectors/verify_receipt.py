#!/usr/bin/env python3
"""A second opinion on a Credo receipt, independent of the Java verifier: RFC 9162 §2.1.3.2 inclusion and the
C2SP signed note, with Python's hashlib and `cryptography` only. Exit 0 valid, 1 invalid.
Usage: python3 verify_receipt.py <receipt.json> <log-key.txt>"""
import base64
import hashlib
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def sha(data):
    return hashlib.sha256(data).digest()


def fail(reason):
    print("INVALID: " + reason)
    sys.exit(1)


def checkpoint_text(note, vkey):
    name, key_hash, key = vkey.strip().split("+", 2)
    raw = base64.b64decode(key, validate=True)
    if raw[0] != 1 or len(raw) != 33 or sha(name.encode() + b"\n" + raw)[:4].hex() != key_hash:
        fail("not an Ed25519 verifier key")
    text, _, signatures = note.rpartition("\n\n")
    text += "\n"
    for line in signatures.rstrip("\n").split("\n"):
        dash, sig_name, sig = line.split(" ")
        sig = base64.b64decode(sig, validate=True)
        if dash == "\u2014" and sig_name == name and sig[:4].hex() == key_hash:
            try:
                Ed25519PublicKey.from_public_bytes(raw[1:]).verify(sig[4:], text.encode())
                return text
            except InvalidSignature:
                fail("the checkpoint signature does not verify")
    fail("the checkpoint is not signed by " + name)


def main(receipt_file, key_file):
    receipt = json.load(open(receipt_file, encoding="utf-8"))
    origin, size, root = checkpoint_text(receipt["checkpoint"], open(key_file).read()).split("\n")[:3]
    index, tree_size = receipt["index"], receipt["treeSize"]
    if int(size) != tree_size or not 0 <= index < tree_size:
        fail("the receipt's tree size or index does not fit its checkpoint")
    fn, sn, r = index, tree_size - 1, sha(b"\x00" + receipt["leaf"].encode("utf-8"))
    for p in (base64.b64decode(h, validate=True) for h in receipt["inclusionProof"]):
        if sn == 0:
            fail("the proof is too long")
        if fn & 1 or fn == sn:
            r = sha(b"\x01" + p + r)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = sha(b"\x01" + r + p)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0 or r != base64.b64decode(root):
        fail("the inclusion proof does not lead to the checkpoint's root")
    print("VALID: %s is leaf %d of %s at tree size %d" % (receipt["decisionId"], index, origin, tree_size))


if __name__ == "__main__":
    main(*sys.argv[1:3])
