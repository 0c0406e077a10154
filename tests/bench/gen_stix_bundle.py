#!/usr/bin/env python3
"""Deterministic generator of large STIX 2.1 bundles for the import benchmark.

    gen_stix_bundle.py --count N --seed S --out FILE [--gzip]

Writes one bundle with exactly N objects (all types counted), streaming: objects
are produced and written one at a time, nothing but a small ring of recent
indicator ids is kept in memory.  The output is compact UTF-8 JSON with one
object per line, so consumers may read it line by line:

    {"type":"bundle","id":"bundle--...","objects":[
    {...},
    {...}
    ]}

Mix: ~0.1 % identities, ~0.5 % malware, ~1 % reports, ~7 % relationships
(indicator "indicates" malware), the rest (~91-92 %) indicators.  Exactly one
indicator, at a seed-determined position in the middle of the indicators,
carries a unique word in its name; it is reported on stdout at the end as one
JSON line: {"count":N,"seed":S,"unique_word":...,"unique_id":...,...}.

The output depends only on (N, seed) (and this file): same arguments, same bytes.
"""

import argparse
import gzip
import io
import json
import os
import random
import sys
import time
import uuid

TLP_GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
TLP_AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"
TLP_CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"

# Description vocabulary.  Entries are already JSON-escaped string fragments
# (they are pasted between quotes as is): some carry \" and \n escapes, some
# German words with umlauts (written as UTF-8, not \u escapes).
WORDS = (
    "observed beacon traffic to command and control infrastructure from several hosts "
    "in the finance segment during the night shift analysts confirmed lateral movement "
    "via remote services credential dumping and staging of archives before exfiltration "
    "the sample drops a loader that injects into legitimate processes persistence through "
    "scheduled tasks registry run keys phishing campaign targeting invoice workflows "
    "actor reuses infrastructure across campaigns sinkholed previously reported by partner "
    "CERT sharing community low false positive rate block at perimeter monitor only "
    "Überweisung Schädling Größe Rechnung Bundesamt Sicherheitslücke Angriff Zugangsdaten "
    "Behörde Prüfung Störung verdächtige Anhänge Empfänger gefälschte Absender Maßnahme"
).split() + [
    '\\"Emotet\\"', '\\"urgent\\"', 'see\\nticket', 'note:\\nverified', '\\"Rechnung.zip\\"',
    'C:\\\\Users\\\\Public', '50\\u00a0%',
]
NAME_WORDS = (
    "Suspicious Malicious Phishing Loader Beacon Dropper Stealer Ransomware Botnet Exfil "
    "Scanner Credential Banking Schädling Überweisung Spam Backdoor Wiper Miner"
).split()
TLDS = ("com", "net", "org", "de", "ru", "info", "io", "biz", "xyz", "top", "cn", "co")
SYLLABLES = ("ka", "lo", "mi", "net", "sec", "upd", "ate", "cdn", "srv", "dat", "ex", "pro",
             "zen", "tor", "vix", "bar", "qu", "ol", "ri", "sta", "ne", "ho", "ma", "ty")
URL_PATHS = ("/gate.php", "/wp-content/plugins/x/load.php", "/invoice/view", "/dl/payload.bin",
             "/api/v2/beacon", "/login/verify", "/Rechnung/Überweisung.html", "/update/check")
EMAIL_USERS = ("billing", "support", "noreply", "hr", "rechnung", "info", "admin", "security")
LABELS = ("malicious-activity", "anomalous-activity", "attribution", "benign", "compromised",
          "phishing", "c2", "botnet", "ransomware", "stealer", "loader")
INDICATOR_TYPES = ("malicious-activity", "anomalous-activity", "compromised", "attribution")
MALWARE_TYPES = ("backdoor", "bot", "dropper", "ransomware", "remote-access-trojan",
                 "spyware", "trojan", "downloader", "worm")
MALWARE_NAMES = ("Emotet", "QakBot", "IcedID", "Cobalt Strike", "AgentTesla", "Formbook",
                 "Dridex", "TrickBot", "LockBit", "Raccoon", "RedLine", "Bumblebee",
                 "Pikabot", "DarkGate", "AsyncRAT", "Remcos", "Smokeloader", "Ursnif")
SECTORS = ("financial-services", "government-national", "healthcare", "energy",
           "telecommunications", "technology", "manufacturing")
ORG_NAMES = ("CERT-Bund", "Landes-CERT Nord", "SOC Süd", "Partner ISAC", "Threat Intel Team",
             "Abteilung Sicherheit", "MISP Community", "Vendor Feed", "Hausbank CSIRT")

# 730 days from 2023-01-01: precomputed "YYYY-MM-DD" prefixes (cheap timestamps).
def _days():
    import datetime
    d0 = datetime.date(2023, 1, 1)
    return tuple((d0 + datetime.timedelta(days=i)).isoformat() for i in range(730))


DAYS = _days()


class Gen:
    def __init__(self, count, seed):
        if count < 1:
            raise ValueError("--count must be >= 1")
        self.count = count
        self.seed = seed
        self.rng = random.Random(seed)
        n = count
        # Exact, deterministic partition of N into object types.
        self.n_ident = max(1, round(n * 0.001)) if n >= 20 else (1 if n >= 2 else 0)
        self.n_malware = max(1, round(n * 0.005)) if n >= 20 else (1 if n >= 5 else 0)
        self.n_report = round(n * 0.01) if n >= 20 else 0
        self.n_rel = round(n * 0.07) if n >= 20 else 0
        self.n_ind = n - self.n_ident - self.n_malware - self.n_report - self.n_rel
        assert self.n_ind >= 1
        # The unique indicator: in the middle (45-55 %) of the indicators.
        lo = (self.n_ind * 45) // 100
        hi = max(lo, (self.n_ind * 55) // 100 - 1)
        self.unique_index = self.rng.randint(lo, hi) if self.n_ind > 1 else 0
        self.unique_word = "Zyxqwvbenchmarkunique%d" % seed
        self.unique_id = None
        self.identities = []
        self.malware = []
        self.recent = []          # ring of recent indicator ids
        self.recent_pos = 0
        self.stats = {"identities": 0, "malware": 0, "indicators": 0, "reports": 0, "relationships": 0}

    # -- primitives ---------------------------------------------------------
    def uid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def ts(self, day=None):
        r = self.rng
        if day is None:
            day = r.randrange(len(DAYS))
        ms = r.getrandbits(27) % 86400000
        s, ms = divmod(ms, 1000)
        m, s = divmod(s, 60)
        h, m = divmod(m, 60)
        return day, "%sT%02d:%02d:%02d.%03dZ" % (DAYS[day], h, m, s, ms)

    def created_modified(self):
        # created in the first 670 days, modified 1-59 days later (never earlier)
        day, created = self.ts(self.rng.randrange(len(DAYS) - 60))
        r = self.rng.random()
        if r < 0.6:
            return created, created
        return created, self.ts(day + self.rng.randrange(1, 60))[1]

    def marking(self):
        r = self.rng.random()
        return TLP_GREEN if r < 0.6 else (TLP_AMBER if r < 0.9 else TLP_CLEAR)

    def words(self, lo, hi):
        r = self.rng
        return " ".join(r.choices(WORDS, k=r.randint(lo, hi)))

    def host(self):
        r = self.rng
        name = "".join(r.choices(SYLLABLES, k=r.randint(2, 4)))
        if r.random() < 0.3:
            name = "".join(r.choices(SYLLABLES, k=2)) + "." + name
        return name + "." + r.choice(TLDS)

    # -- objects --------------------------------------------------------------
    def identity(self):
        oid = "identity--" + self.uid()
        created, modified = self.created_modified()
        name = self.rng.choice(ORG_NAMES) + " %d" % len(self.identities)
        self.identities.append(oid)
        self.stats["identities"] += 1
        return ('{"type":"identity","spec_version":"2.1","id":"%s","created":"%s","modified":"%s",'
                '"name":"%s","identity_class":"organization","sectors":["%s"],'
                '"object_marking_refs":["%s"]}' % (oid, created, modified, name,
                                                   self.rng.choice(SECTORS), TLP_GREEN))

    def malware_obj(self):
        r = self.rng
        oid = "malware--" + self.uid()
        created, modified = self.created_modified()
        name = "%s %s" % (r.choice(MALWARE_NAMES), r.randint(1, 999))
        self.malware.append(oid)
        self.stats["malware"] += 1
        return (('{"type":"malware","spec_version":"2.1","id":"%s","created":"%s","modified":"%s",'
                '"created_by_ref":"%s","name":"%s","description":"%s","malware_types":["%s"],'
                '"is_family":%s,"object_marking_refs":["%s"]}'
                % (oid, created, modified, r.choice(self.identities) if self.identities else "",
                   name, self.words(8, 20), r.choice(MALWARE_TYPES),
                   "true" if r.random() < 0.7 else "false", self.marking()))
                .replace('"created_by_ref":"",', ""))

    def indicator(self):
        r = self.rng
        oid = "indicator--" + self.uid()
        created, modified = self.created_modified()
        k = r.random()
        if k < 0.40:
            ip = r.getrandbits(32)
            v = "%d.%d.%d.%d" % (ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255)
            pattern = "[ipv4-addr:value = '%s']" % v
            name = "%s IP %s" % (r.choice(NAME_WORDS), v)
        elif k < 0.65:
            v = self.host()
            pattern = "[domain-name:value = '%s']" % v
            name = "%s domain %s" % (r.choice(NAME_WORDS), v)
        elif k < 0.80:
            v = "http%s://%s%s?id=%d" % ("s" if r.random() < 0.6 else "", self.host(),
                                         r.choice(URL_PATHS), r.getrandbits(20))
            pattern = "[url:value = '%s']" % v
            name = "%s URL %s" % (r.choice(NAME_WORDS), v)
        elif k < 0.95:
            v = "%064x" % r.getrandbits(256)
            pattern = "[file:hashes.'SHA-256' = '%s']" % v
            name = "%s file %s" % (r.choice(NAME_WORDS), v[:16])
        else:
            v = "%s@%s" % (r.choice(EMAIL_USERS), self.host())
            pattern = "[email-addr:value = '%s']" % v
            name = "%s sender %s" % (r.choice(NAME_WORDS), v)
        if self.stats["indicators"] == self.unique_index:
            name = "%s %s" % (self.unique_word, name)
            self.unique_id = oid
        self.stats["indicators"] += 1
        labels = r.sample(LABELS, r.randint(1, 3))
        # ring of the last 4096 indicator ids (targets of relationships and reports)
        if len(self.recent) < 4096:
            self.recent.append(oid)
        else:
            self.recent[self.recent_pos] = oid
            self.recent_pos = (self.recent_pos + 1) & 4095
        return (('{"type":"indicator","spec_version":"2.1","id":"%s","created":"%s","modified":"%s",'
                '"created_by_ref":"%s","name":"%s","description":"%s","indicator_types":["%s"],'
                '"pattern":"%s","pattern_type":"stix","valid_from":"%s","labels":["%s"],'
                '"confidence":%d,"object_marking_refs":["%s"]}'
                % (oid, created, modified, r.choice(self.identities) if self.identities else "",
                   name, self.words(12, 40), r.choice(INDICATOR_TYPES), pattern, created,
                   '","'.join(labels), r.randint(0, 100), self.marking()))
                .replace('"created_by_ref":"",', ""))

    def relationship(self):
        r = self.rng
        oid = "relationship--" + self.uid()
        created, modified = self.created_modified()
        return ('{"type":"relationship","spec_version":"2.1","id":"%s","created":"%s","modified":"%s",'
                '"created_by_ref":"%s","relationship_type":"indicates","source_ref":"%s",'
                '"target_ref":"%s","confidence":%d,"object_marking_refs":["%s"]}'
                % (oid, created, modified, r.choice(self.identities), r.choice(self.recent),
                   r.choice(self.malware), r.randint(0, 100), self.marking()))

    def report(self):
        r = self.rng
        oid = "report--" + self.uid()
        created, modified = self.created_modified()
        refs = r.sample(self.recent, min(len(self.recent), r.randint(3, 12)))
        if self.malware and r.random() < 0.5:
            refs.append(r.choice(self.malware))
        return ('{"type":"report","spec_version":"2.1","id":"%s","created":"%s","modified":"%s",'
                '"created_by_ref":"%s","name":"Lagebericht %d: %s","description":"%s",'
                '"report_types":["threat-report"],"published":"%s","object_refs":["%s"],'
                '"labels":["%s"],"object_marking_refs":["%s"]}'
                % (oid, created, modified, r.choice(self.identities), self.stats["reports"] + 1,
                   self.words(3, 6), self.words(20, 60), modified, '","'.join(refs),
                   r.choice(LABELS), self.marking()))

    # -- stream ------------------------------------------------------------------
    def objects(self):
        for _ in range(self.n_ident):
            yield self.identity()
        for _ in range(self.n_malware):
            yield self.malware_obj()
        # Interleave indicators, relationships and reports evenly (exact counts);
        # the first object of the stream is always an indicator.
        n_ind, n_rel, n_rep = self.n_ind, self.n_rel, self.n_report
        total = n_ind + n_rel + n_rep
        done_ind = done_rel = done_rep = 0
        for i in range(1, total + 1):
            # the kind whose share is furthest behind its due count goes next
            d_ind = i * n_ind - done_ind * total
            d_rel = i * n_rel - done_rel * total if done_ind else -1
            d_rep = i * n_rep - done_rep * total if done_ind else -1
            if d_ind >= d_rel and d_ind >= d_rep:
                done_ind += 1
                yield self.indicator()
            elif d_rel >= d_rep:
                done_rel += 1
                self.stats["relationships"] += 1
                yield self.relationship()
            else:
                done_rep += 1
                self.stats["reports"] += 1
                yield self.report()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of objects (all types)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="output file ('-' for stdout)")
    ap.add_argument("--gzip", action="store_true", help="gzip the output (deterministic header)")
    a = ap.parse_args(argv)
    if a.count < 1:
        ap.error("--count must be >= 1")

    t0 = time.perf_counter()
    g = Gen(a.count, a.seed)
    bundle_id = "bundle--" + g.uid()
    if a.out == "-":
        raw = sys.stdout.buffer
    else:
        tmp = a.out + ".part"
        raw = open(tmp, "wb")
    if a.gzip:
        stream = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=3, mtime=0)
    else:
        stream = raw
    out = io.TextIOWrapper(stream, encoding="utf-8", newline="\n", write_through=False)
    out.write('{"type":"bundle","id":"%s","objects":[\n' % bundle_id)
    buf = []
    first = True
    for obj in g.objects():
        if first:
            buf.append(obj)
            first = False
        else:
            buf.append(",\n" + obj)
        if len(buf) >= 4096:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))
    out.write("\n]}\n")
    out.flush()
    out.detach()
    if a.gzip:
        stream.close()
    if a.out != "-":
        raw.close()
        os.replace(tmp, a.out)
    else:
        raw.flush()

    info = {"count": a.count, "seed": a.seed, "unique_word": g.unique_word, "unique_id": g.unique_id}
    info.update(g.stats)
    info["bundle_id"] = bundle_id
    info["out"] = a.out
    info["seconds"] = round(time.perf_counter() - t0, 3)
    assert sum(g.stats.values()) == a.count, g.stats
    # the summary goes to stdout unless the bundle itself does
    print(json.dumps(info, ensure_ascii=False), file=sys.stderr if a.out == "-" else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
