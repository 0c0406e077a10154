#!/usr/bin/env python3
"""Sync throughput from medallion, the OASIS TAXII 2.1 reference server, over loopback (issue 12),
against a file import of the same objects measured in the same run.

    tests/bench/medallion_sync_bench.py --lagebild build-release/app/lagebild [--count 2000] [--page-size 1000]

N indicators are POSTed to medallion in batches of 500 (each POST shares one date_added), and the
same objects are written as one STIX bundle. Then, each into a fresh database:
  baseline: `lagebild import bundle.json`
  sync:     `lagebild sync` of a feed on medallion's writable collection (page size as given)
Prints objects/s of each and the ratio sync/import. medallion spends most of a query's time in its
own Python code (20-40 s before the first byte of a query over a few thousand objects); the
fake-server figure (tests/bench/sync_bench) shows what Lagebild's side costs.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
import medallion_sync_test as m  # noqa: E402  (the test's medallion runner and object generator)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lagebild", required=True)
    parser.add_argument("--run-sh", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                                                         "shared", "peers", "medallion", "run.sh"))
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--page-size", type=int, default=1000)
    args = parser.parse_args()
    medallion = m.Medallion(args.run_sh, args.page_size)
    try:
        with tempfile.TemporaryDirectory() as work:
            objects = m.indicators(args.count)
            for i in range(0, len(objects), 500):
                medallion.post(objects[i:i + 500])
            bundle = os.path.join(work, "bundle.json")
            with open(bundle, "w") as f:
                json.dump({"type": "bundle", "id": "bundle--6f0ad2a5-5b1e-4bbd-9a43-0c7d0a2a6c11", "objects": objects}, f)

            imported = m.Lagebild(args.lagebild, os.path.join(work, "file.sqlite"))
            t0 = time.monotonic()
            done = imported.run("import", "--json", bundle)
            file_s = time.monotonic() - t0
            if done.returncode != 0:
                m.fail("import: " + done.stderr)

            synced = m.Lagebild(args.lagebild, os.path.join(work, "sync.sqlite"))
            synced.add_feed("bench", "http://127.0.0.1:%d/%s/" % (medallion.port, m.ROOT), m.WRITABLE, 600)
            t0 = time.monotonic()
            report = synced.sync("bench")
            sync_s = time.monotonic() - t0
            if not report["ok"] or report["added"] != args.count:
                m.fail("sync: %s" % report)
            print("objects: %d, medallion page size %d" % (args.count, args.page_size))
            print("file import (baseline, same objects, same run): %.2f s, %.0f objects/s" % (file_s, args.count / file_s))
            print("sync from medallion over loopback:               %.2f s, %.0f objects/s" % (sync_s, args.count / sync_s))
            print("ratio sync/import: %.2f" % ((args.count / sync_s) / (args.count / file_s)))
    finally:
        medallion.stop()


if __name__ == "__main__":
    main()
