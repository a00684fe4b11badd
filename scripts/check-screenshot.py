#!/usr/bin/env python3
"""Checks that a PNG screenshot is not blank: at least 16 colours and 3% non-white pixels.
Used by scripts/screenshot-flow.sh and scripts/screenshot-serve.sh."""
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height, ctype = 8, b"", 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    chunk = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
    elif kind == b"IDAT":
        idat += chunk
    pos += 12 + length
channels = {2: 3, 6: 4}.get(ctype, 3)
raw = zlib.decompress(idat)
stride = width * channels
rows, previous, colours, ink = [], bytearray(stride), set(), 0
i = 0
for _ in range(height):
    kind = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
    for x in range(stride):
        a = line[x - channels] if x >= channels else 0
        b = previous[x]; c = previous[x - channels] if x >= channels else 0
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, channels):
        px = bytes(line[x:x + 3]); colours.add(px)
        if px != b"\xff\xff\xff": ink += 1
    previous = line
share = ink / (width * height)
print(f"{sys.argv[1]}: {width}x{height}, {len(colours)} colours, {share:.1%} non-white")
if len(colours) < 16 or share < 0.03:
    sys.exit("blank or nearly blank screenshot")
