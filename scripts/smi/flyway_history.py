#!/usr/bin/env python3
"""Prints Flyway's history row for one applied migration, as COPY text:

    flyway_history.py RANK FILE MILLISECONDS

The server runs Flyway when the EAR deploys: a database whose tables were made by psql, without this history,
is refused by Flyway as a non-empty schema. With it, the server finds every migration applied and checks each
one's checksum, which is Flyway's own: CRC-32 over the file's lines (without their line ends, BOM removed).
"""

import os
import re
import sys
import zlib


def checksum(path):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines[-1] == "":
        lines.pop()  # a final line end ends the last line, as Java's readLine sees it; it starts no new one
    crc = 0
    for line in lines:
        crc = zlib.crc32(line.encode("utf-8"), crc)
    return crc - (1 << 32) if crc >= 1 << 31 else crc


def main():
    rank, path, millis = sys.argv[1], sys.argv[2], sys.argv[3]
    script = os.path.basename(path)
    version, description = re.match(r"V(\d+)__(.+)\.sql$", script).groups()
    print("\t".join((rank, version, description.replace("_", " "), "SQL", script, str(checksum(path)),
                     "postgres", millis, "t")))


if __name__ == "__main__":
    main()
