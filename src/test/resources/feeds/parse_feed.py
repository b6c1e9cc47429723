#!/usr/bin/env python3
"""Read an Atom (or RSS) feed on stdin with feedparser and print what it understood, as one JSON object.

    python3 parse_feed.py < feed.xml

Output:
  {"bozo": bool,                  # true when the feed is not well formed or otherwise broken
   "bozo_exception": str | null,  # what broke it, "ExceptionClass: message"
   "feed": {"title", "id", "updated"},
   "entries": [{"title", "id", "link", "updated", "summary",
                "enclosures": [{"href", "type"}]}]}
A value the feed does not have is null; "link" is the entry's alternate link. feedparser is given the
bytes as a stream, so it never treats them as a URL or a file name and fetches nothing.

Debian's package: apt-get install python3-feedparser
"""
import json
import sys

import feedparser


def alternate(entry):
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate":
            return link.get("href")
    return None


def main():
    parsed = feedparser.parse(sys.stdin.buffer)
    exception = parsed.get("bozo_exception")
    feed = parsed.get("feed", {})
    out = {
        "bozo": bool(parsed.get("bozo")),
        "bozo_exception": None if exception is None else f"{type(exception).__name__}: {exception}",
        "feed": {key: feed.get(key) for key in ("title", "id", "updated")},
        "entries": [
            {
                "title": entry.get("title"),
                "id": entry.get("id"),
                "link": alternate(entry),
                "updated": entry.get("updated"),
                "summary": entry.get("summary"),
                "enclosures": [
                    {"href": enclosure.get("href"), "type": enclosure.get("type")}
                    for enclosure in entry.get("enclosures", [])
                ],
            }
            for entry in parsed.get("entries", [])
        ],
    }
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
