#!/usr/bin/env python3
"""Demo-situation benchmark: how fast `lagebild demo --alerts N` writes alerts.

    demo_bench.py --lagebild PATH [--count N] [--workdir DIR] [--json]

1. Times `lagebild --db DB demo --alerts N --json` (wall clock and CPU of the child via os.wait4,
   peak RSS).
2. Baseline, same run, same machine: the sqlite3 shell fills a database with the same schema
   (created by `lagebild stats`) with N alert rows, two alert_observable rows each and the
   alert_fts rows, set-based in one transaction (a recursive CTE) - what storing the alerts alone
   costs, without generating realistic content or matching.
3. Prints alerts/s of both and the lagebild/baseline ratio (or one JSON line).

Exit status: 0 unless a run failed. Timing never fails the run. Use a Release build; the machine
is shared, so compare the CPU ratio rather than wall-clock figures.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def timed(cmd, stdin=None):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin else None, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    if stdin:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{cmd[0]} failed ({code}): {err.decode(errors='replace').strip()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


def baseline_sql(n):
    return f"""PRAGMA journal_mode=DELETE; PRAGMA cache_size=-262144;
BEGIN;
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < {n - 1})
INSERT INTO alert (rid, dedup_key, time, sensor, signature, signature_id, category, severity, priority, src, dst, raw)
SELECT i + 1, printf('base:1:%012d', i), 1780000000000000 + i * 1000, 'suricata', 'ET SCAN Potential SSH Scan',
       '2001219', 'Attempted Information Leak', abs(random()) % 4 + 1, abs(random()) % 5,
       '10.20.1.' || (abs(random()) % 250), '185.' || (abs(random()) % 250) || '.' || (abs(random()) % 250) || '.7',
       printf('{{"timestamp":"2026-05-28T00:00:00.000Z","flow_id":%d,"event_type":"alert","src_ip":"10.20.1.9",' ||
              '"src_port":4444,"dest_ip":"185.1.2.3","dest_port":443,"proto":"TCP","alert":{{"signature_id":2001219,' ||
              '"signature":"ET SCAN Potential SSH Scan","severity":2}}}}', random())
FROM k;
INSERT INTO alert_observable (alert_rid, type, value, num) SELECT rid, 'ipv4-addr', src, abs(random()) % 4294967296 FROM alert;
INSERT INTO alert_observable (alert_rid, type, value, num) SELECT rid, 'ipv4-addr', dst, abs(random()) % 4294967296 FROM alert;
INSERT INTO alert_fts (rowid, signature, category, observables) SELECT rid, signature, category, src || ' ' || dst FROM alert;
COMMIT;
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lagebild", required=True)
    ap.add_argument("--count", type=int, default=1000000)
    ap.add_argument("--workdir")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("sqlite3 shell not found (Debian package sqlite3)")
    work = args.workdir or tempfile.mkdtemp(prefix="demo-bench-")
    os.makedirs(work, exist_ok=True)
    demo_db, base_db = os.path.join(work, "demo.sqlite"), os.path.join(work, "base.sqlite")
    for p in (demo_db, base_db):
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(p + suffix):
                os.remove(p + suffix)
    wall, cpu, rss, out = timed([args.lagebild, "--db", demo_db, "demo", "--alerts", str(args.count), "--json"])
    summary = json.loads(out)
    timed([args.lagebild, "--db", base_db, "stats"])
    bwall, bcpu, brss, _ = timed(["sqlite3", base_db], baseline_sql(args.count))
    result = {
        "alerts": args.count, "matched": summary["matched"],
        "lagebild": {"seconds": round(wall, 2), "cpu_seconds": round(cpu, 2), "alerts_per_s": round(args.count / wall),
                     "alerts_per_cpu_s": round(args.count / cpu), "peak_rss_mb": round(rss)},
        "baseline": {"seconds": round(bwall, 2), "cpu_seconds": round(bcpu, 2), "alerts_per_s": round(args.count / bwall),
                     "alerts_per_cpu_s": round(args.count / bcpu), "peak_rss_mb": round(brss)},
        "ratio_wall": round(wall / bwall, 2), "ratio_cpu": round(cpu / bcpu, 2),
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"demo --alerts {args.count}: {wall:.1f} s wall, {cpu:.1f} s CPU -> {args.count / wall:,.0f} alerts/s "
          f"({args.count / cpu:,.0f} per CPU second), peak RSS {rss:.0f} MB, {summary['matched']:,} matched")
    print(f"sqlite3 baseline: {bwall:.1f} s wall, {bcpu:.1f} s CPU -> {args.count / bwall:,.0f} alerts/s "
          f"({args.count / bcpu:,.0f} per CPU second)")
    print(f"ratio lagebild/baseline: {wall / bwall:.2f} wall, {cpu / bcpu:.2f} CPU")


if __name__ == "__main__":
    main()
