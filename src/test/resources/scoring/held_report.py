#!/usr/bin/env python3
"""Sort each scored note into what an editor would meet: right and published, right but held, wrong
but held with a warning that names the wrong field, wrong and held for another reason, wrong and
published without a warning, or refused.

Runs one normalize command over all notes of a folder (one JVM), scores each item with
score_notes.py (same folder) and compares the failed fields with the fields the item's warnings name.

  held_report.py --cmd 'java ... normalize' --notes DIR --expected DIR [--publication PUB]
                 [--publication-of 'GLOB=PUB' ...] [--summary FILE] [-v]

The notes are read as if filed in their publication's folder (`--publication PUB`, or per file name
with --publication-of). --summary writes the counts as JSON. Exit 0 when no note is silently wrong.
"""
import argparse
import fnmatch
import json
import os
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_notes  # noqa: E402

# which warning fields speak for which scored field
COVERS = {
    'title': ('title',),
    'date': ('date',),
    'format': ('format',),
    'organizers': ('organizers',),
    'speakers-count': ('speakers',),
    'names': ('speakers', '.name'),
    'honorifics': ('speakers', '.name', '.honorific'),
    'roles': ('speakers', '.role', '.organization', '.name'),
    'organizations': ('speakers', '.organization', '.role', '.name'),
    'statements': ('speakers', '.statement'),
}


def covered(field, warnings):
    wanted = COVERS[field]
    for w in warnings:
        f = (w.get('field') if isinstance(w, dict) else None) or ''
        if f == wanted[0] or any(f.startswith('speakers[') and f.endswith(s) for s in wanted[1:]):
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cmd', required=True)
    ap.add_argument('--notes', required=True)
    ap.add_argument('--expected', required=True)
    ap.add_argument('--cwd', default='.')
    ap.add_argument('--publication')
    ap.add_argument('--publication-of', action='append', default=[])
    ap.add_argument('--summary')
    ap.add_argument('-v', action='store_true')
    a = ap.parse_args()
    keys = sorted(f[:-5] for f in os.listdir(a.expected) if f.endswith('.json'))
    groups = {}
    for k in keys:
        if os.path.exists(os.path.join(a.notes, k)):
            pub = a.publication
            for spec in a.publication_of:
                pattern, _, p = spec.partition('=')
                if fnmatch.fnmatch(k, pattern):
                    pub = p
            groups.setdefault(pub, []).append(os.path.join(os.path.abspath(a.notes), k))
    by_file = {}
    refused = {}
    # a mail's items are named after the attachment they came from, so each mail is read on its own
    runs = []
    for pub, files in groups.items():
        runs.append((pub, [f for f in files if not f.endswith('.eml')], None))
        runs.extend((pub, [f], os.path.basename(f)) for f in files if f.endswith('.eml'))
    for pub, files, note in runs:
        if not files:
            continue
        cmd = a.cmd + (' --publication ' + shlex.quote(pub) if pub else '') + ' ' + ' '.join(shlex.quote(f) for f in files)
        out = subprocess.run(cmd, shell=True, cwd=a.cwd, capture_output=True, text=True, timeout=1200)
        try:
            obj = json.loads(out.stdout)
        except ValueError:
            print('normalize printed no JSON:', out.stderr[-2000:])
            return 1
        for item in obj.get('items', []):
            by_file.setdefault(note or item['source']['file'], []).append(item)
        refused.update({(note or e.get('file')): e for e in obj.get('errors', [])})
    POLICY_CODES = {'unsupported-language'}
    counts = {'exact': 0, 'exact-held': 0, 'wrong-held-named': 0, 'wrong-held-other': 0, 'wrong-silent': 0, 'refused': 0,
              'exact-held-by-rule': 0}
    for k in keys:
        key = json.load(open(os.path.join(a.expected, k + '.json'), encoding='utf-8'))
        items = by_file.get(k, [])
        if not items:
            counts['refused'] += 1
            e = refused.get(k, {})
            print(f'REFUSED      {k}: {e.get("code")}')
            continue
        s = score_notes.score_items(items, key)
        item = items[s.index]
        warnings = item.get('warnings') or []
        failed = s.failed_fields()
        if s.passed:
            kind = 'exact-held' if warnings else 'exact'
            # held by a rule of the publication, not by a doubt of the reader (statements not in English)
            # (the *-unconfirmed warnings only come with an item that is held anyway)
            codes = [w.get('code') if isinstance(w, dict) else None for w in warnings]
            if any(c in POLICY_CODES for c in codes) and all(
                    c in POLICY_CODES or (c or '').endswith('-unconfirmed') for c in codes):
                counts['exact-held-by-rule'] += 1
        elif not warnings:
            kind = 'wrong-silent'
        elif all(covered(f, warnings) for f in failed):
            kind = 'wrong-held-named'
        else:
            kind = 'wrong-held-other'
        counts[kind] += 1
        if kind != 'exact' or a.v:
            print(f'{kind.upper():12} {k}: failed {failed}')
            for c in s.failures()[:8]:
                print('      x', c.line()[:160])
            for w in warnings[:8]:
                print('      w', (w.get('code'), w.get('field'), w.get('line')) if isinstance(w, dict) else w,
                      (w.get('message', '') if isinstance(w, dict) else '')[:110])
    print(' '.join(f'{k}={v}' for k, v in counts.items()))
    if a.summary:
        with open(a.summary, 'w', encoding='utf-8') as f:
            json.dump(counts, f)
    return 0 if counts['wrong-silent'] == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
