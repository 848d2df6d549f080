#!/usr/bin/env python3
"""Writes the hostile reader inputs in this folder (run from anywhere).

Each file is one way input goes wrong in practice; hostile_test.cc says what the
reader must do with each. Inputs that cannot live in git (symlink loops, FIFOs,
a file over the 64 MiB limit, a million nested tags) are made by the test at run time.
"""
import json, os

here = os.path.dirname(os.path.abspath(__file__))

def put(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
put("broken_utf8.txt", b"Harbour talks stall\nThe envoy\xff said the \xc3 deal was off \xe2\x82.\n")
put("empty.txt", b"")
put("whitespace_only.txt", b"  \n\t\r\n  \n")
put("utf16.txt", "Talks resume\nThe envoy spoke.\n".encode("utf-16"))
put("bom.txt", b"\xef\xbb\xbfTalks resume in Geneva\nThe envoy spoke briefly.\n")
put("crlf.txt", b"Talks resume in Geneva\r\nThe envoy spoke briefly.\r\nThen he left.\r\n")
put("no_extension", b"Port deal under review\nOfficials said little about the lease.\n")
put("image.dat", b"\x00\x01\x02\x03binary payload\x00\x00")
good = {"id": "g1", "text": "A convoy left the airbase at dawn."}
lines = [
    json.dumps(good),
    '{"id": "t2", "text": "The envoy said the talks',                      # truncated line
    json.dumps({"id": "g3", "text": "Delegates met on Tuesday."}),
]
put("truncated.jsonl", "\n".join(lines) + "\n")
wrong = [
    json.dumps({"id": "w1", "text": 42}),                                  # text not a string
    json.dumps({"id": {"x": 1}, "text": "Id is an object here."}),          # id derived
    json.dumps({"id": "w3", "text": "Title is a list.", "title": ["a"]}),   # warning
    json.dumps({"id": "w4", "text": "Date is prose.", "published": "yesterday"}),
    json.dumps({"id": "w5", "text": "Date is a number.", "published": 1734220800}),
    json.dumps(["an", "array"]),                                            # not an object
    "null",
    json.dumps({"id": 7, "text": "Integer ids are fine."}),
    json.dumps({"id": "w9"}),                                               # no text
    json.dumps({"id": "w10", "text": "   "}),                                # blank text
    '{"id": "w11", "text": "lone surrogate \\ud800 here"}',                 # invalid escape
    '{"id": "w12", "text": "raw bad byte \xff here"}',                      # invalid UTF-8 (repaired)
    "[" * 5000 + "]" * 5000,                                                # deep nesting
]
with open(os.path.join(here, "wrong_types.jsonl"), "wb") as f:
    for w in wrong:
        f.write(w.encode("utf-8", "surrogateescape") if "\xff" not in w else w.encode("latin-1"))
        f.write(b"\n")
put("hostile.html", """<!DOCTYPE html><html lang="en"><head>
<title>Port deal under review | Evening Courier</title>
<meta property="og:title" content="Port deal under review">
<meta property="og:site_name" content="Evening Courier">
<meta property="article:published_time" content="not a date">
<script>document.write("<p>INJECTED</p>"); while(1){}</script>
<style>p { color: red } </style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="share-bar">Share this</div>
<p>Officials said little about the lease.<p>Unclosed paragraphs <b>bold <i>nested</b> text</i>
<div><div><span>deep <table><tr><td>cell<td>cell two</table>
<form><input value="search"><button>Go</button></form>
<time datetime="2024-12-16T08:00:00Z">Monday</time>
<aside>Related: other stories</aside><footer>Copyright</footer>
<![CDATA[ weird ]]> <svg><text>svg text</text></svg> &amp; &#x1F600; &bogus;
""")
print("written to", here)
