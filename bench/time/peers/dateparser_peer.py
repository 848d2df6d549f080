#!/usr/bin/python3
"""dateparser as a TIMEX3 tagger, for bench/time/compare_peers.

stdin:  JSON lines {file, dct, text} (written by `compare_peers --dump`).
stdout: one JSON line per expression {file, begin, end, text, value, type}, then
        one line {"stats": {...}} with the peer's own timing.

Run with Debian's /usr/bin/python3 (python3-dateparser lives in its dist-packages).

search_dates(text, languages=['en'], settings={'RELATIVE_BASE': DCT}) returns
(substring, datetime) pairs in text order; offsets are found by searching each
substring after the previous one. A datetime alone does not say how much of it
came from the text, but dateparser's parser does: every parsed item carries a
period ('year', 'month', 'week', 'day', 'time' with RETURN_TIME_AS_PERIOD). The
public call path is unchanged; a wrapper around _ExactLanguageSearch's
parse_found_objects only records those periods so the value is as fine as what
dateparser read: 'March' is 1998-03, 'last week' 1998-W01, '10 am' a time.
dateparser has no durations, sets or PRESENT_REF: it expresses DATE and TIME only.

Usage: /usr/bin/python3 dateparser_peer.py [PASSES] < docs.jsonl > out.jsonl
Timing: start-up (interpreter, import, one warm-up search) is measured apart from
the loop, which times search_dates plus the offset and value building.
"""
import time

_T0 = time.perf_counter()

import datetime  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402

# pytz deprecation chatter from dateparser's freshness parser, once per call.
warnings.filterwarnings('ignore')

import dateparser  # noqa: E402
from dateparser.search import search_dates  # noqa: E402
from dateparser.search.search import _ExactLanguageSearch  # noqa: E402

_periods = []
_parse_found_objects = _ExactLanguageSearch.parse_found_objects


def _recording_parse_found_objects(self, *args, **kwargs):
    parsed, substrings = _parse_found_objects(self, *args, **kwargs)
    _periods[:] = [item[0]['period'] for item in parsed]
    return parsed, substrings


_ExactLanguageSearch.parse_found_objects = _recording_parse_found_objects


def timex_of(when, period):
    if period == 'time':
        return when.strftime('%Y-%m-%dT%H:%M'), 'TIME'
    if period == 'week':
        year, week, _ = when.isocalendar()
        return '%04d-W%02d' % (year, week), 'DATE'
    if period == 'month':
        return when.strftime('%Y-%m'), 'DATE'
    if period == 'year':
        return '%04d' % when.year, 'DATE'
    return when.strftime('%Y-%m-%d'), 'DATE'


def relative_base(dct):
    try:
        return datetime.datetime.strptime(dct, '%Y-%m-%d').replace(hour=12)
    except ValueError:
        return datetime.datetime.now()


def tag(text, dct):
    settings = {'RELATIVE_BASE': relative_base(dct), 'RETURN_TIME_AS_PERIOD': True}
    _periods.clear()
    found = search_dates(text, languages=['en'], settings=settings) or []
    periods = list(_periods) if len(_periods) == len(found) else ['day'] * len(found)
    timexes, cursor = [], 0
    for (substring, when), period in zip(found, periods):
        begin = text.find(substring, cursor)
        if begin < 0:
            begin = text.find(substring)
        if begin < 0:
            continue  # a substring dateparser rewrote; no offset to give
        cursor = begin + len(substring)
        value, kind = timex_of(when, period)
        timexes.append((begin, cursor, substring, value, kind))
    return timexes


def byte_offset(text, index, ascii_only):
    return index if ascii_only else len(text[:index].encode('utf-8'))


def main():
    # Passes over all documents (argv[1], default 3): the best pass is the speed, so
    # a shared machine's hiccups count less; the output is the first pass's.
    passes = max(1, int(sys.argv[1])) if len(sys.argv) > 1 else 3
    tag('He left on Tuesday, March 3, 1998 at 10 am.', '1998-01-08')  # warm-up
    startup = time.perf_counter() - _T0
    docs = [json.loads(line) for line in sys.stdin if line.strip()]
    parse_seconds, nbytes, nfound, out = float('inf'), 0, 0, []
    for pass_index in range(passes):
        seconds = 0.0
        for doc in docs:
            text = doc['text']
            t0 = time.perf_counter()
            timexes = tag(text, doc['dct'])
            seconds += time.perf_counter() - t0
            if pass_index > 0:
                continue
            nbytes += len(text.encode('utf-8'))
            ascii_only = text.isascii()
            for begin, end, substring, value, kind in timexes:
                nfound += 1
                out.append(json.dumps({
                    'file': doc['file'], 'begin': byte_offset(text, begin, ascii_only),
                    'end': byte_offset(text, end, ascii_only), 'text': substring,
                    'value': value, 'type': kind}))
        parse_seconds = min(parse_seconds, seconds)
    out.append(json.dumps({'stats': {
        'system': 'dateparser', 'version': dateparser.__version__, 'docs': len(docs),
        'bytes': nbytes, 'timexes': nfound, 'passes': passes,
        'parse_seconds': parse_seconds, 'startup_seconds': startup}}))
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
