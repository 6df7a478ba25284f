"""A CRFsuite model with its attributes renamed to short codes, weights and ids unchanged.

Tagging with pycrfsuite costs mostly in the attribute strings: each one is copied into C++
strings and hashed, and a string longer than 15 bytes (most of ours: ``-1:w=`` and an Arabic
word is already 17) takes heap allocations, so a token's ~30 attributes cost 2.5x what they
would at 3 bytes each. :func:`short_names` gives the same model with every attribute named by a
code of at most 3 printable bytes (its id in base 94) and the table from each original name to
its code; the tagger codes its features with that table (:class:`~qari.core.extract.features.ModelInput`).
Only the attribute dictionary changes: the new one (a CQDB chunk, written as ``cqdb.c`` writes
it) is appended to the file and the header's offset points to it; labels, features and their
ids are the file's own, so scores, tags and marginals are exactly those of the original model.

The formats are CRFsuite's (``lib/crf/src/crf1d_model.c``, ``lib/cqdb/src/cqdb.c``; the hash is
Bob Jenkins' lookup3 ``hashlittle``). Anything unexpected raises :class:`ValueError`, and the
tagger then reads the model as it is.
"""

from __future__ import annotations

import struct

__all__ = ["attribute_names", "hashlittle", "short_names"]

_M = 0xFFFFFFFF
_OFF_ATTRS = 36  # header: magic, size, type, version, #features, #labels, #attrs, 5 offsets
_CQDB_HEADER = 24  # "CQDB", size, flag, byte order, backward-array size, backward-array offset
_TABLES = 256
_DATA = _CQDB_HEADER + 8 * _TABLES  # the first record
_BYTEORDER = 0x62445371


def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _M


def hashlittle(key: bytes, initval: int = 0) -> int:
    """lookup3's ``hashlittle`` of ``key`` (the byte-at-a-time reading, which every platform's
    faster readings equal)."""
    length = len(key)
    a = b = c = (0xDEADBEEF + length + initval) & _M
    k = 0
    while length > 12:
        a = (a + int.from_bytes(key[k : k + 4], "little")) & _M
        b = (b + int.from_bytes(key[k + 4 : k + 8], "little")) & _M
        c = (c + int.from_bytes(key[k + 8 : k + 12], "little")) & _M
        a = (a - c) & _M; a ^= _rot(c, 4); c = (c + b) & _M  # noqa: E702 - lookup3's mix(), as written there
        b = (b - a) & _M; b ^= _rot(a, 6); a = (a + c) & _M  # noqa: E702
        c = (c - b) & _M; c ^= _rot(b, 8); b = (b + a) & _M  # noqa: E702
        a = (a - c) & _M; a ^= _rot(c, 16); c = (c + b) & _M  # noqa: E702
        b = (b - a) & _M; b ^= _rot(a, 19); a = (a + c) & _M  # noqa: E702
        c = (c - b) & _M; c ^= _rot(b, 4); b = (b + a) & _M  # noqa: E702
        length -= 12
        k += 12
    if length == 0:
        return c
    tail = key[k:] + bytes(12 - length)
    a = (a + int.from_bytes(tail[0:4], "little")) & _M
    b = (b + int.from_bytes(tail[4:8], "little")) & _M
    c = (c + int.from_bytes(tail[8:12], "little")) & _M
    c ^= b; c = (c - _rot(b, 14)) & _M  # noqa: E702 - lookup3's final()
    a ^= c; a = (a - _rot(c, 11)) & _M  # noqa: E702
    b ^= a; b = (b - _rot(a, 25)) & _M  # noqa: E702
    c ^= b; c = (c - _rot(b, 16)) & _M  # noqa: E702
    a ^= c; a = (a - _rot(c, 4)) & _M  # noqa: E702
    b ^= a; b = (b - _rot(a, 14)) & _M  # noqa: E702
    c ^= b; c = (c - _rot(b, 24)) & _M  # noqa: E702
    return c


def _u32(buf: bytes, at: int) -> int:
    if at + 4 > len(buf):
        raise ValueError("truncated CRFsuite model")
    return int.from_bytes(buf[at : at + 4], "little")


def attribute_names(model: bytes) -> list[str]:
    """The model's attribute names, by id."""
    if model[:4] != b"lCRF":
        raise ValueError("not a CRFsuite model")
    base = _u32(model, _OFF_ATTRS)
    if model[base : base + 4] != b"CQDB" or _u32(model, base + 12) != _BYTEORDER:
        raise ValueError("no attribute dictionary")
    bwd_offset = _u32(model, base + 20)
    num = sum(_u32(model, base + _CQDB_HEADER + 8 * i + 4) for i in range(_TABLES)) // 2
    if not bwd_offset:
        raise ValueError("the attribute dictionary has no backward links")
    names = []
    for i in range(num):
        rec = base + _u32(model, base + bwd_offset + 4 * i)
        if _u32(model, rec) != i:
            raise ValueError("attribute ids are not 0..n-1")
        size = _u32(model, rec + 4)
        names.append(model[rec + 8 : rec + 8 + size - 1].decode("utf-8"))
    return names


def _code(i: int) -> bytes:
    """Attribute id ``i`` as 1-3 printable ASCII bytes (base 94, "!" to "~")."""
    out = bytearray()
    while True:
        out.append(33 + i % 94)
        i //= 94
        if not i:
            return bytes(out)


def _cqdb(keys: list[bytes]) -> bytes:
    """A CQDB chunk mapping ``keys[i]`` to ``i``, with backward links, as ``cqdb_writer`` writes it."""
    data = bytearray()
    tables: list[list[tuple[int, int]]] = [[] for _ in range(_TABLES)]
    bwd = []
    for i, key in enumerate(keys):
        z = key + b"\0"
        hv = hashlittle(z)
        offset = _DATA + len(data)
        tables[hv % _TABLES].append((hv, offset))
        bwd.append(offset)
        data += struct.pack("<II", i, len(z)) + z
    refs = bytearray()
    buckets = bytearray()
    cur = _DATA + len(data)
    for entries in tables:
        n = 2 * len(entries)
        refs += struct.pack("<II", cur if entries else 0, n)
        if not entries:
            continue
        slots = [(0, 0)] * n
        for hv, offset in entries:
            k = (hv >> 8) % n
            while slots[k][1]:
                k = (k + 1) % n
            slots[k] = (hv, offset)
        for hv, offset in slots:
            buckets += struct.pack("<II", hv, offset)
        cur += 8 * n
    bwd_offset = cur
    size = bwd_offset + 4 * len(bwd)
    header = b"CQDB" + struct.pack("<IIIII", size, 0, _BYTEORDER, len(bwd), bwd_offset)
    return header + bytes(refs) + bytes(data) + bytes(buckets) + struct.pack(f"<{len(bwd)}I", *bwd)


def short_names(model: bytes) -> tuple[bytes, dict[str, bytes]]:
    """The model with short attribute names, and each original name's code."""
    names = attribute_names(model)
    codes = [_code(i) for i in range(len(names))]
    start = (len(model) + 15) // 16 * 16
    chunk = _cqdb(codes)
    out = bytearray(model) + bytes(start - len(model)) + chunk
    out[4:8] = struct.pack("<I", len(out))
    out[_OFF_ATTRS : _OFF_ATTRS + 4] = struct.pack("<I", start)
    return bytes(out), dict(zip(names, codes, strict=True))
