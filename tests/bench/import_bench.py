#!/usr/bin/env python3
"""Import benchmark for the lagebild CLI.

    import_bench.py --lagebild PATH [--count N] [--seed S] [--workdir DIR] [--keep] [--json]

1. Generates a STIX 2.1 bundle with gen_stix_bundle.py (cached in the work
   directory, keyed by N, seed and the generator's hash).
2. Times `lagebild --db DB import --json BUNDLE` followed by
   `lagebild --db DB search --json UNIQUE_WORD`, from the start of the import
   until the search has answered, and checks that the search found the one
   object carrying the unique word.  Peak RSS is taken per child (wait4).
3. Baseline, same run, same objects: the sqlite3 shell loads (id, type, name,
   modified, json) rows from CSV into a table without indexes, then builds a
   unique index on id and an FTS5 table over name, then answers the same
   search.  That is what storage alone costs.
4. Prints a table (or one JSON line with --json).

Exit status: 0 unless the import failed or the search did not find the unique
object (1), or the environment is unusable (2).  Timing never fails the run.

Targets (issue): >= 100,000 objects/s for 1,000,000 indicators on 2 cores,
import start to search answer, peak RSS <= 512 MB.
"""

import argparse
import csv
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "gen_stix_bundle.py")
TARGET_RATE = 100_000      # objects/s
TARGET_RSS_MB = 512


def log(msg):
    print("[bench] " + msg, file=sys.stderr, flush=True)


def die(msg, code=1):
    print("[bench] FAIL: " + msg, file=sys.stderr, flush=True)
    sys.exit(code)


def file_sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def run_child(argv, stdout_path, stderr_path, env=None, stdin_path=None):
    """Runs argv, returns (returncode, seconds, peak RSS in KB) of that child alone."""
    # Write back what earlier steps left dirty (GBs of database pages) before the clock starts,
    # so that one step's writeback is not charged to the next (it cost up to 6 s here).
    os.sync()
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
            data = f.read()
        return data[-n:].decode("utf-8", "replace")
    except OSError:
        return ""


def remove_db(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


def db_size(path):
    return sum(os.path.getsize(path + s) for s in ("", "-wal", "-shm") if os.path.exists(path + s))


def ensure_bundle(workdir, count, seed):
    gen_hash = file_sha256(GENERATOR)[:12]
    stem = os.path.join(workdir, "bundle-n%d-s%d" % (count, seed))
    bundle, meta_path = stem + ".json", stem + ".meta.json"
    if os.path.exists(bundle) and os.path.exists(meta_path):
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
        if meta.get("generator") == gen_hash and meta.get("count") == count and meta.get("seed") == seed:
            log("reusing cached bundle %s" % bundle)
            return bundle, meta
    log("generating %d objects (seed %d) -> %s" % (count, seed, bundle))
    r = subprocess.run([sys.executable, GENERATOR, "--count", str(count), "--seed", str(seed),
                        "--out", bundle], stdout=subprocess.PIPE, check=False)
    if r.returncode != 0:
        die("generator failed (exit %d)" % r.returncode, 2)
    meta = json.loads(r.stdout.decode("utf-8").strip().splitlines()[-1])
    meta["generator"] = gen_hash
    log("generated in %.1f s" % meta["seconds"])
    with open(meta_path, "w", encoding="utf-8") as f:
        json.dump(meta, f)
    try:
        os.remove(stem + ".csv")  # stale baseline rows
    except FileNotFoundError:
        pass
    return bundle, meta


def ensure_csv(bundle, count):
    """One CSV row per object: id,type,name,modified,json (no header), streamed."""
    path = os.path.splitext(bundle)[0] + ".csv"
    if os.path.exists(path) and os.path.getmtime(path) >= os.path.getmtime(bundle):
        return path
    log("writing baseline CSV %s" % path)
    n = 0
    with open(bundle, encoding="utf-8") as src, open(path + ".part", "w", encoding="utf-8", newline="") as dst:
        w = csv.writer(dst, lineterminator="\n")
        for line in src:
            if not line.startswith('{"type":"') or line.startswith('{"type":"bundle"'):
                continue
            line = line.rstrip("\n")
            if line.endswith(","):
                line = line[:-1]
            o = json.loads(line)
            w.writerow((o["id"], o["type"], o.get("name", ""), o.get("modified", ""), line))
            n += 1
    if n != count:
        die("bundle has %d object lines, expected %d" % (n, count), 2)
    os.replace(path + ".part", path)
    return path


def lagebild_run(args, bundle, meta, workdir, env):
    db = os.path.join(workdir, "lagebild.db")
    remove_db(db)
    res = {}
    log("lagebild import ...")
    rc, t_imp, rss_imp = run_child([args.lagebild, "--db", db, "import", "--json", bundle],
                                   os.path.join(workdir, "import.out"), os.path.join(workdir, "import.err"), env)
    if rc != 0:
        die("import exited %d\nstdout: %s\nstderr: %s" % (rc, tail(os.path.join(workdir, "import.out")),
                                                          tail(os.path.join(workdir, "import.err"))))
    try:
        with open(os.path.join(workdir, "import.out"), encoding="utf-8") as f:
            report = json.load(f)
    except ValueError as e:
        die("import did not print JSON (%s): %s" % (e, tail(os.path.join(workdir, "import.out"))))
    counts = {k: 0 for k in ("added", "updated", "unchanged", "older", "rejected", "skipped")}
    issues = []
    for fr in report.get("files", []):
        for k in counts:
            counts[k] += int(fr.get(k, 0) or 0)
        issues.extend(fr.get("issues", []) or [])
    res["import_counts"] = counts
    res["import_issues"] = len(issues)
    res["import_issue_sample"] = issues[:3]
    log("lagebild search %s ..." % meta["unique_word"])
    rc, t_search, rss_search = run_child([args.lagebild, "--db", db, "search", "--json", meta["unique_word"]],
                                         os.path.join(workdir, "search.out"), os.path.join(workdir, "search.err"), env)
    if rc != 0:
        die("search exited %d: %s" % (rc, tail(os.path.join(workdir, "search.err"))))
    try:
        with open(os.path.join(workdir, "search.out"), encoding="utf-8") as f:
            hits = json.load(f).get("results", [])
    except ValueError as e:
        die("search did not print JSON (%s): %s" % (e, tail(os.path.join(workdir, "search.out"))))
    ids = [h.get("id") for h in hits]
    if meta["unique_id"] not in ids:
        die("search for %s did not return %s (got %s)" % (meta["unique_word"], meta["unique_id"], ids[:5]))
    if len(ids) != 1:
        log("warning: search returned %d results, expected exactly 1" % len(ids))
    res.update(import_s=t_imp, search_s=t_search, total_s=t_imp + t_search,
               import_rss_mb=rss_imp / 1024.0, search_rss_mb=rss_search / 1024.0,
               peak_rss_mb=max(rss_imp, rss_search) / 1024.0, db_mb=db_size(db) / 1e6, search_hits=len(ids))
    if not args.keep:
        remove_db(db)
    return res


def baseline_run(args, csv_path, meta, workdir):
    db = os.path.join(workdir, "baseline.db")
    remove_db(db)
    script = os.path.join(workdir, "baseline.sql")
    with open(script, "w", encoding="utf-8") as f:
        f.write(".bail on\n"
                "CREATE TABLE objects(id TEXT, type TEXT, name TEXT, modified TEXT, json TEXT);\n"
                ".mode csv\n"
                ".import '%s' objects\n"
                "CREATE UNIQUE INDEX objects_id ON objects(id);\n"
                "CREATE VIRTUAL TABLE objects_fts USING fts5(name);\n"
                "INSERT INTO objects_fts(rowid, name) SELECT rowid, name FROM objects;\n"
                % csv_path.replace("'", "''"))
    log("baseline: sqlite3 .import + unique index + FTS5 ...")
    rc, t_load, rss_load = run_child([args.sqlite3, db], os.path.join(workdir, "baseline.out"),
                                     os.path.join(workdir, "baseline.err"), stdin_path=script)
    if rc != 0:
        die("baseline sqlite3 exited %d: %s" % (rc, tail(os.path.join(workdir, "baseline.err"))), 2)
    query = ("SELECT o.id FROM objects_fts f JOIN objects o ON o.rowid = f.rowid "
             "WHERE objects_fts MATCH '\"%s\"';" % meta["unique_word"])
    qpath = os.path.join(workdir, "baseline_query.sql")
    with open(qpath, "w", encoding="utf-8") as f:
        f.write(query + "\n")
    rc, t_search, rss_search = run_child([args.sqlite3, db], os.path.join(workdir, "baseline_query.out"),
                                         os.path.join(workdir, "baseline_query.err"), stdin_path=qpath)
    with open(os.path.join(workdir, "baseline_query.out"), encoding="utf-8") as f:
        found = f.read().split()
    if rc != 0 or meta["unique_id"] not in found:
        die("baseline search did not find %s (exit %d, got %s)" % (meta["unique_id"], rc, found[:5]), 2)
    res = dict(base_load_s=t_load, base_search_s=t_search, base_total_s=t_load + t_search,
               base_rss_mb=max(rss_load, rss_search) / 1024.0, base_db_mb=db_size(db) / 1e6)
    if not args.keep:
        remove_db(db)
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description="lagebild import benchmark (see module docstring)")
    ap.add_argument("--lagebild", required=True, help="path to the lagebild binary")
    ap.add_argument("--count", type=int, default=1_000_000, help="objects in the bundle (default 1,000,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", help="work directory (bundle cache, DBs); default: a temporary directory")
    ap.add_argument("--keep", action="store_true", help="keep the databases (and a temporary workdir)")
    ap.add_argument("--json", action="store_true", help="print the result as one JSON line")
    ap.add_argument("--sqlite3", default=shutil.which("sqlite3") or "sqlite3", help="sqlite3 shell for the baseline")
    ap.add_argument("--no-baseline", action="store_true", help="skip the sqlite3 baseline")
    args = ap.parse_args(argv)

    args.lagebild = os.path.abspath(args.lagebild)
    if not os.access(args.lagebild, os.X_OK):
        die("not executable: %s" % args.lagebild, 2)
    if not args.no_baseline and not shutil.which(args.sqlite3):
        die("sqlite3 shell not found (use --sqlite3 PATH or --no-baseline)", 2)
    temp_workdir = args.workdir is None
    workdir = os.path.abspath(args.workdir) if args.workdir else tempfile.mkdtemp(prefix="lagebild-bench-")
    os.makedirs(workdir, exist_ok=True)

    # Keep the children away from the user's settings and display.
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = os.path.join(workdir, "home")
    env["XDG_RUNTIME_DIR"] = os.path.join(workdir, "xdg-runtime")
    for d in (env["HOME"], env["XDG_RUNTIME_DIR"]):
        os.makedirs(d, exist_ok=True)
    os.chmod(env["XDG_RUNTIME_DIR"], 0o700)

    bundle, meta = ensure_bundle(workdir, args.count, args.seed)
    csv_path = None if args.no_baseline else ensure_csv(bundle, args.count)

    r = {"objects": args.count, "indicators": meta["indicators"], "seed": args.seed,
         "bundle_mb": os.path.getsize(bundle) / 1e6, "unique_word": meta["unique_word"],
         "unique_id": meta["unique_id"], "lagebild": args.lagebild}
    r.update(lagebild_run(args, bundle, meta, workdir, env))
    r["objects_per_s"] = args.count / r["total_s"]
    if csv_path:
        r.update(baseline_run(args, csv_path, meta, workdir))
        r["base_objects_per_s"] = args.count / r["base_total_s"]
        r["ratio"] = r["total_s"] / r["base_total_s"]
    r["target_rate_met"] = r["objects_per_s"] >= TARGET_RATE
    r["target_rss_met"] = r["peak_rss_mb"] <= TARGET_RSS_MB
    if r["import_counts"]["added"] + r["import_counts"]["updated"] + r["import_counts"]["unchanged"] != args.count:
        log("warning: import accounted for %d of %d objects: %s" % (
            r["import_counts"]["added"] + r["import_counts"]["updated"] + r["import_counts"]["unchanged"],
            args.count, r["import_counts"]))

    if temp_workdir and not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)

    if args.json:
        print(json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()},
                         ensure_ascii=False))
        return 0

    c = r["import_counts"]
    rows = [
        ("objects", "%d (%d indicators), bundle %.0f MB" % (r["objects"], r["indicators"], r["bundle_mb"])),
        ("import counts", "added %d, updated %d, unchanged %d, older %d, rejected %d, skipped %d, issues %d"
         % (c["added"], c["updated"], c["unchanged"], c["older"], c["rejected"], c["skipped"], r["import_issues"])),
        ("import s", "%.2f" % r["import_s"]),
        ("search s", "%.3f (%d hit)" % (r["search_s"], r["search_hits"])),
        ("total s", "%.2f" % r["total_s"]),
        ("objects/s (total)", "{:,.0f}".format(r["objects_per_s"])),
        ("peak RSS MB", "%.0f (import %.0f, search %.0f)" % (r["peak_rss_mb"], r["import_rss_mb"], r["search_rss_mb"])),
        ("DB size MB", "%.0f" % r["db_mb"]),
    ]
    if csv_path:
        rows += [
            ("baseline s", "%.2f (sqlite3 .import + unique index + FTS5 + search)" % r["base_total_s"]),
            ("baseline objects/s", "{:,.0f}".format(r["base_objects_per_s"])),
            ("baseline RSS / DB MB", "%.0f / %.0f" % (r["base_rss_mb"], r["base_db_mb"])),
            ("ratio lagebild/baseline", "%.2fx" % r["ratio"]),
        ]
    rows += [
        ("target >= %s obj/s" % "{:,}".format(TARGET_RATE), "met" if r["target_rate_met"] else "NOT met"),
        ("target RSS <= %d MB" % TARGET_RSS_MB, "met" if r["target_rss_met"] else "NOT met"),
    ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print("%-*s  %s" % (width, k, v))
    if c["rejected"] or r["import_issues"]:
        for issue in r["import_issue_sample"]:
            print("  issue: %s" % json.dumps(issue, ensure_ascii=False)[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
