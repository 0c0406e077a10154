#!/usr/bin/env python3
"""Suricata EVE import benchmark for the lagebild CLI.

    eve_bench.py --lagebild PATH [--count N] [--seed S] [--workdir DIR] [--keep] [--json]
    eve_bench.py --generate-only FILE [--count N] [--seed S]     (just write the EVE file)
    eve_bench.py --self-check                                     (check the generator, no lagebild)

1. Generates N Suricata EVE NDJSON lines (cached in the work directory, keyed by N, seed and
   this script's hash): ~70 % `event_type: alert`, the rest flow, dns and http records, with
   the fields real sensors write (flow_id up to 2^63, "+0100" offsets, http/dns/tls members,
   ET signatures) and ~0.5 % of the alerts repeated verbatim, as a re-shipped log would.
2. Times `lagebild --db DB import --json --format eve FILE` (wall clock, peak RSS of that child
   via os.wait4).
3. Baseline, same run, same alerts: the sqlite3 shell `.import`s the alerts' key columns as CSV
   into a table whose dedup key (sensor|time us|flow_id|sid|src|sport|dst|dport) is UNIQUE
   ON CONFLICT IGNORE - what storing the alerts alone costs.
4. Prints records/s, alerts/s, peak RSS and the lagebild/baseline time ratio (or one JSON line).

Exit status: 0 unless the import failed (1) or the environment is unusable (2). Timing never
fails the run. Not part of `all` or ctest; use a Release build.
"""

import argparse
import csv
import datetime
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "oracles", "eve_expect.py"))

ALERT_SHARE = 0.70
DUPLICATE_SHARE = 0.005
ZONE = datetime.timezone(datetime.timedelta(hours=1))

# (signature_id, signature, category, severity, app_proto)
SIGNATURES = [
    (2001219, "ET SCAN Potential SSH Scan", "Attempted Information Leak", 2, None),
    (2002910, "ET SCAN Potential VNC Scan 5800-5820", "Attempted Information Leak", 2, None),
    (2013504, "ET POLICY GNU/Linux APT User-Agent Outbound likely related to package management",
     "Not Suspicious Traffic", 3, "http"),
    (2027865, "ET INFO Observed DNS Query to .cloud TLD", "Potentially Bad Traffic", 2, "dns"),
    (2025275, "ET MALWARE Win32/Emotet CnC Activity (POST)", "A Network Trojan was detected", 1, "http"),
    (2028371, "ET JA3 Hash - Possible Malware - Fake Firefox Font Update", "Unknown Traffic", 3, "tls"),
    (2024897, "ET USER_AGENTS Go HTTP Client User-Agent", "Misc activity", 3, "http"),
    (2210045, "SURICATA STREAM Packet with invalid ack", "Generic Protocol Command Decode", 3, None),
    (2016149, "ET INFO Session Traversal Utilities for NAT (STUN Binding Request)", "Attempted User Privilege Gain", 2,
     None),
    (2030358, "ET TROJAN Observed Cobalt Strike CnC Domain in DNS Lookup", "Domain Observed Used for C2 Detected", 1,
     "dns"),
]
HOSTS = ["deb.debian.org", "security.debian.org", "update.example-cdn.net", "login.portal.example",
         "c2.badcloud.cloud", "files.example.org", "api.telemetry.example.com", "mirror.bund.example"]
AGENTS = ["Debian APT-HTTP/1.3 (2.6.1)", "Go-http-client/1.1", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
          "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36", "curl/7.88.1"]


def log(msg):
    print("[eve-bench] " + msg, file=sys.stderr, flush=True)


def die(msg, code=1):
    print("[eve-bench] FAIL: " + msg, file=sys.stderr, flush=True)
    sys.exit(code)


def file_sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def eve_time(us):
    """Suricata's format: microseconds and a +hhmm offset without a colon."""
    t = datetime.datetime.fromtimestamp(us // 1_000_000, ZONE).replace(microsecond=us % 1_000_000)
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f%z")


def private_ip(rng):
    return "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))


def public_ip(rng):
    return "%d.%d.%d.%d" % (rng.choice([34, 52, 91, 104, 141, 185, 203]), rng.randrange(256), rng.randrange(256),
                            rng.randrange(1, 255))


def dedup_key(rec):
    a = rec["alert"]
    return "suricata|%d|%d|%d|%s|%d|%s|%d" % (rec["_us"], rec["flow_id"], a["signature_id"], rec["src_ip"],
                                             rec["src_port"], rec["dest_ip"], rec["dest_port"])


def generate(path, count, seed, csv_path=None):
    """Writes `count` EVE lines to `path` (and the alerts' key columns to `csv_path`), streaming.
    Same (count, seed) -> same bytes. Returns the meta dict."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    us = 1_709_247_600_000_000  # 2024-03-01T00:00:00+0100
    alerts = distinct = skipped = duplicates = 0
    by_type = {}
    last_alert = None
    keys_seen = set() if count <= 2_000_000 else None
    csv_file = open(csv_path, "w", encoding="utf-8", newline="") if csv_path else None
    writer = csv.writer(csv_file, lineterminator="\n") if csv_file else None
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for i in range(count):
            if last_alert is not None and rng.random() < DUPLICATE_SHARE:
                out.write(last_alert)  # the same alert shipped twice
                alerts += 1
                duplicates += 1
                by_type["alert"] = by_type.get("alert", 0) + 1
                continue
            us += rng.randrange(50, 5000)
            flow_id = rng.randrange(1, 1 << 63)
            src, dst = (private_ip(rng), public_ip(rng)) if rng.random() < 0.6 else (public_ip(rng), private_ip(rng))
            sport, dport = rng.randrange(1024, 65536), rng.choice([22, 53, 80, 443, 445, 3389, 5900, 8080])
            rec = {"timestamp": eve_time(us), "flow_id": flow_id, "in_iface": "eth0", "pcap_cnt": i + 1}
            r = rng.random()
            if r < ALERT_SHARE:
                sid, sig, cat, sev, app = rng.choice(SIGNATURES)
                rec.update(event_type="alert", src_ip=src, src_port=sport, dest_ip=dst, dest_port=dport,
                           proto="UDP" if app == "dns" else "TCP")
                rec["alert"] = {"action": "allowed", "gid": 1, "signature_id": sid, "rev": rng.randrange(1, 20),
                                "signature": sig, "category": cat, "severity": sev}
                if app:
                    rec["app_proto"] = app
                if app == "http":
                    rec["http"] = {"hostname": rng.choice(HOSTS), "url": "/pkg/%d/file-%d.deb" % (i % 97, i),
                                   "http_user_agent": rng.choice(AGENTS), "http_method": "GET",
                                   "protocol": "HTTP/1.1", "status": 200, "length": rng.randrange(100, 900000)}
                elif app == "dns":
                    rec["dns"] = {"type": "query", "id": rng.randrange(65536), "rrname": rng.choice(HOSTS),
                                  "rrtype": "A", "tx_id": 0}
                elif app == "tls":
                    rec["tls"] = {"sni": rng.choice(HOSTS), "version": "TLS 1.2",
                                  "ja3": {"hash": "%032x" % rng.getrandbits(128)}}
                rec["flow"] = {"pkts_toserver": rng.randrange(1, 50), "pkts_toclient": rng.randrange(0, 50),
                               "bytes_toserver": rng.randrange(60, 90000), "bytes_toclient": rng.randrange(0, 90000),
                               "start": eve_time(us - rng.randrange(0, 5_000_000))}
                kind = "alert"
            elif r < ALERT_SHARE + 0.12:
                rec.update(event_type="flow", src_ip=src, src_port=sport, dest_ip=dst, dest_port=dport, proto="TCP",
                           app_proto="failed")
                rec["flow"] = {"pkts_toserver": rng.randrange(1, 500), "pkts_toclient": rng.randrange(0, 500),
                               "bytes_toserver": rng.randrange(60, 900000), "bytes_toclient": rng.randrange(0, 900000),
                               "start": eve_time(us - 10_000_000), "end": eve_time(us), "age": 10, "state": "closed",
                               "reason": "timeout", "alerted": False}
                kind = "flow"
            elif r < ALERT_SHARE + 0.22:
                rec.update(event_type="dns", src_ip=src, src_port=sport, dest_ip=dst, dest_port=53, proto="UDP")
                rec["dns"] = {"type": "query", "id": rng.randrange(65536), "rrname": rng.choice(HOSTS), "rrtype": "A",
                              "tx_id": 0}
                kind = "dns"
            else:
                rec.update(event_type="http", src_ip=src, src_port=sport, dest_ip=dst, dest_port=80, proto="TCP",
                           tx_id=0)
                rec["http"] = {"hostname": rng.choice(HOSTS), "url": "/index-%d.html" % i,
                               "http_user_agent": rng.choice(AGENTS), "http_method": "GET", "protocol": "HTTP/1.1",
                               "status": 200, "length": rng.randrange(0, 50000)}
                kind = "http"
            by_type[kind] = by_type.get(kind, 0) + 1
            line = json.dumps(rec, separators=(",", ":"), ensure_ascii=False) + "\n"
            out.write(line)
            if kind == "alert":
                alerts += 1
                distinct += 1
                last_alert = line
                if writer:
                    rec["_us"] = us
                    a = rec["alert"]
                    writer.writerow((dedup_key(rec), us, flow_id, a["signature_id"], rec["src_ip"], rec["src_port"],
                                     rec["dest_ip"], rec["dest_port"], a["signature"], a["severity"]))
                if keys_seen is not None:
                    keys_seen.add((rec["timestamp"], flow_id, rec["alert"]["signature_id"], src, sport, dst, dport))
            else:
                skipped += 1
    if csv_file:
        csv_file.close()
    # A duplicate line has the same key as the alert it repeats, so distinct counts only fresh alerts.
    if keys_seen is not None:
        assert len(keys_seen) == distinct, "generator produced colliding keys"
    return {"count": count, "seed": seed, "alerts": alerts, "distinct_alerts": distinct, "skipped": skipped,
            "duplicates": duplicates, "by_type": by_type, "bytes": os.path.getsize(path),
            "seconds": round(time.perf_counter() - t0, 3)}


def run_child(argv, stdout_path, stderr_path, env=None, stdin_path=None):
    """Runs argv, returns (returncode, seconds, peak RSS in KB) of that child alone."""
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err, \
            (open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb")) as inp:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdin=inp, stdout=out, stderr=err, env=env)
        _, status, ru = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)  # already reaped; keep Popen quiet
    return p.returncode, dt, ru.ru_maxrss


def tail(path, n=2000):
    try:
        with open(path, "rb") as f:
            return f.read()[-n:].decode("utf-8", "replace")
    except OSError:
        return ""


def remove_db(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


def ensure_input(workdir, count, seed):
    gen_hash = file_sha256(os.path.abspath(__file__))[:12]
    stem = os.path.join(workdir, "eve-n%d-s%d" % (count, seed))
    eve, csv_path, meta_path = stem + ".json", stem + ".csv", stem + ".meta.json"
    if all(os.path.exists(p) for p in (eve, csv_path, meta_path)):
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
        if meta.get("generator") == gen_hash:
            log("reusing cached %s" % eve)
            return eve, csv_path, meta
    log("generating %d EVE lines (seed %d) -> %s" % (count, seed, eve))
    meta = generate(eve, count, seed, csv_path)
    meta["generator"] = gen_hash
    with open(meta_path, "w", encoding="utf-8") as f:
        json.dump(meta, f)
    log("generated in %.1f s (%d alerts, %d other records)" % (meta["seconds"], meta["alerts"], meta["skipped"]))
    return eve, csv_path, meta


def lagebild_run(args, eve, workdir, env):
    db = os.path.join(workdir, "lagebild.db")
    remove_db(db)
    log("lagebild import --format eve ...")
    out, err = os.path.join(workdir, "import.out"), os.path.join(workdir, "import.err")
    rc, secs, rss = run_child([args.lagebild, "--db", db, "import", "--json", "--format", "eve", eve], out, err, env)
    if rc != 0:
        die("import exited %d\nstdout: %s\nstderr: %s" % (rc, tail(out), tail(err)))
    counts = {}
    try:
        with open(out, encoding="utf-8") as f:
            report = json.load(f)
        for fr in report.get("files", []):
            for k, v in fr.items():
                if isinstance(v, int) and not isinstance(v, bool):
                    counts[k] = counts.get(k, 0) + v
    except ValueError as e:
        log("warning: import did not print JSON (%s)" % e)
    res = {"import_s": secs, "import_rss_mb": rss / 1024.0, "import_counts": counts}
    if not args.keep:
        remove_db(db)
    return res


def baseline_run(args, csv_path, workdir):
    db = os.path.join(workdir, "baseline.db")
    remove_db(db)
    script = os.path.join(workdir, "baseline.sql")
    with open(script, "w", encoding="utf-8") as f:
        f.write(".bail on\n"
                "PRAGMA journal_mode=WAL;\n"
                "CREATE TABLE alerts(dedup_key TEXT NOT NULL UNIQUE ON CONFLICT IGNORE, time_us INTEGER, "
                "flow_id TEXT, signature_id INTEGER, src TEXT, src_port INTEGER, dst TEXT, dst_port INTEGER, "
                "signature TEXT, severity INTEGER);\n"
                ".mode csv\n"
                ".import '%s' alerts\n"
                "SELECT count(*) FROM alerts;\n" % csv_path.replace("'", "''"))
    log("baseline: sqlite3 .import into a table with a unique dedup key ...")
    out = os.path.join(workdir, "baseline.out")
    rc, secs, rss = run_child([args.sqlite3, db], out, os.path.join(workdir, "baseline.err"), stdin_path=script)
    if rc != 0:
        die("baseline sqlite3 exited %d: %s" % (rc, tail(os.path.join(workdir, "baseline.err"))), 2)
    rows = tail(out).strip().splitlines()
    res = {"base_s": secs, "base_rss_mb": rss / 1024.0, "base_rows": int(rows[-1]) if rows else -1}
    if not args.keep:
        remove_db(db)
    return res


def self_check():
    """Checks the generator: deterministic, the stated mix, valid EVE, counts equal to the oracle."""
    tmp = tempfile.mkdtemp(prefix="eve-bench-check-")
    try:
        a, b, c = (os.path.join(tmp, n) for n in ("a.json", "b.json", "c.json"))
        meta = generate(a, 5000, 7, os.path.join(tmp, "a.csv"))
        generate(b, 5000, 7)
        generate(c, 5000, 8)
        assert file_sha256(a) == file_sha256(b), "same seed must give the same bytes"
        assert file_sha256(a) != file_sha256(c), "another seed must give other bytes"
        with open(a, encoding="utf-8") as f:
            lines = f.read().splitlines()
        assert len(lines) == 5000 == meta["count"]
        types = {}
        for line in lines:
            r = json.loads(line)
            types[r["event_type"]] = types.get(r["event_type"], 0) + 1
            assert r["timestamp"][-5] in "+-" and r["timestamp"][-3] != ":", r["timestamp"]
            assert 0 < r["flow_id"] < (1 << 63)
        assert types == meta["by_type"], (types, meta["by_type"])
        share = types["alert"] / 5000.0
        assert 0.65 <= share <= 0.75, share
        assert set(types) == {"alert", "flow", "dns", "http"}, types
        assert meta["alerts"] + meta["skipped"] == 5000
        assert meta["duplicates"] > 0 and meta["distinct_alerts"] == meta["alerts"] - meta["duplicates"]
        assert any(json.loads(l)["flow_id"] > (1 << 53) for l in lines), "flow ids beyond 2^53 expected"
        with open(os.path.join(tmp, "a.csv"), encoding="utf-8") as f:
            rows = list(csv.reader(f))
        assert len(rows) == meta["distinct_alerts"] and len({r[0] for r in rows}) == len(rows)
        if os.path.exists(ORACLE):
            out = subprocess.run([sys.executable, ORACLE, a], stdout=subprocess.PIPE, check=True).stdout.split()
            assert [int(x) for x in out] == [meta["alerts"], meta["distinct_alerts"]], (out, meta)
        else:
            log("oracle not found at %s; skipped that part" % ORACLE)
        print("self-check ok: %s" % json.dumps(meta, sort_keys=True))
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description="lagebild Suricata EVE import benchmark (see module docstring)")
    ap.add_argument("--lagebild", help="path to the lagebild binary")
    ap.add_argument("--count", type=int, default=1_000_000, help="EVE lines (default 1,000,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", help="work directory (input cache, DBs); default: a temporary directory")
    ap.add_argument("--keep", action="store_true", help="keep the databases (and a temporary workdir)")
    ap.add_argument("--json", action="store_true", help="print the result as one JSON line")
    ap.add_argument("--sqlite3", default=shutil.which("sqlite3") or "sqlite3", help="sqlite3 shell for the baseline")
    ap.add_argument("--no-baseline", action="store_true", help="skip the sqlite3 baseline")
    ap.add_argument("--generate-only", metavar="FILE", help="write the EVE file and its meta line, run nothing")
    ap.add_argument("--self-check", action="store_true", help="check the generator and exit")
    args = ap.parse_args(argv)

    if args.self_check:
        return self_check()
    if args.generate_only:
        print(json.dumps(generate(args.generate_only, args.count, args.seed)))
        return 0
    if not args.lagebild:
        ap.error("--lagebild is required (or use --generate-only / --self-check)")
    args.lagebild = os.path.abspath(args.lagebild)
    if not os.access(args.lagebild, os.X_OK):
        die("not executable: %s" % args.lagebild, 2)
    if not args.no_baseline and not shutil.which(args.sqlite3):
        die("sqlite3 shell not found (use --sqlite3 PATH or --no-baseline)", 2)
    temp_workdir = args.workdir is None
    workdir = os.path.abspath(args.workdir) if args.workdir else tempfile.mkdtemp(prefix="lagebild-eve-bench-")
    os.makedirs(workdir, exist_ok=True)

    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = os.path.join(workdir, "home")
    env["XDG_RUNTIME_DIR"] = os.path.join(workdir, "xdg-runtime")
    for d in (env["HOME"], env["XDG_RUNTIME_DIR"]):
        os.makedirs(d, exist_ok=True)
    os.chmod(env["XDG_RUNTIME_DIR"], 0o700)

    eve, csv_path, meta = ensure_input(workdir, args.count, args.seed)
    r = {"records": args.count, "alerts": meta["alerts"], "distinct_alerts": meta["distinct_alerts"],
         "other_records": meta["skipped"], "eve_mb": meta["bytes"] / 1e6, "seed": args.seed, "lagebild": args.lagebild}
    r.update(lagebild_run(args, eve, workdir, env))
    r["records_per_s"] = args.count / r["import_s"]
    r["alerts_per_s"] = meta["alerts"] / r["import_s"]
    if not args.no_baseline:
        r.update(baseline_run(args, csv_path, workdir))
        r["base_alerts_per_s"] = meta["distinct_alerts"] / r["base_s"]
        r["ratio"] = r["import_s"] / r["base_s"]
        if r["base_rows"] != meta["distinct_alerts"]:
            log("warning: baseline stored %d rows, expected %d" % (r["base_rows"], meta["distinct_alerts"]))

    if temp_workdir and not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)

    if args.json:
        print(json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}, ensure_ascii=False))
        return 0
    rows = [
        ("input", "%d EVE lines (%d alerts, %d distinct; %d flow/dns/http), %.0f MB"
         % (r["records"], r["alerts"], r["distinct_alerts"], r["other_records"], r["eve_mb"])),
        ("import counts", json.dumps(r["import_counts"], sort_keys=True)),
        ("import s", "%.2f" % r["import_s"]),
        ("records/s", "{:,.0f}".format(r["records_per_s"])),
        ("alerts/s", "{:,.0f}".format(r["alerts_per_s"])),
        ("peak RSS MB", "%.0f" % r["import_rss_mb"]),
    ]
    if not args.no_baseline:
        rows += [
            ("baseline s", "%.2f (sqlite3 .import of the alerts' key columns, unique dedup key)" % r["base_s"]),
            ("baseline alerts/s", "{:,.0f}".format(r["base_alerts_per_s"])),
            ("baseline RSS MB", "%.0f" % r["base_rss_mb"]),
            ("ratio lagebild/baseline", "%.2fx" % r["ratio"]),
        ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print("%-*s  %s" % (width, k, v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
