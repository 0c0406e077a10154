#!/usr/bin/env python3
"""Issue 12: `lagebild sync` against medallion, the OASIS TAXII 2.1 reference server, through a proxy
that misbehaves on purpose. After every sync that reports success, the ids and versions in the cache
must equal what medallion serves, counted here with plain HTTP.

    medallion_sync_test.py LAGEBILD MEDALLION_RUN_SH [--page-sizes 2,100] [--objects 1000]

For each page size: medallion starts on a free port (stopped by its PID); objects are POSTed in
batches (every object of one POST shares one date_added); then
  1. a first sync of all of them, a second that adds exactly what was posted in between, a third
     that adds nothing;
  2. the proxy drops one answer to a `next` request after medallion has sent it (medallion has moved
     its paging state on by a page: a repeat would skip one);
  3. the proxy closes the connection in the middle of an answer's body;
  4. a sync is killed while it waits for a page, the `next` token of its query expires on the
     server (medallion forgets tokens about 30 s after the query), and the next sync resumes;
  5. through a feed with a 2 s time limit: an answer slower than that fails with a message stating
     the limit; a `next` answer slower than that restarts the query (page size 2); then the mixed
     STIX 2.0/2.1 collection is exact, with the newest version of each object even where that is
     a 2.0 one;
  6. the discovery URL of a medallion on port 5000 names its API roots on
     `localhost` while the feed is configured on 127.0.0.1: the same server, synced.
"""
import argparse
import base64
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

TAXII = "application/taxii+json;version=2.1"
AUTH = "Basic " + base64.b64encode(b"admin:Password0").decode()
ROOT = "trustgroup1"
WRITABLE = "365fed99-08fa-fdcd-a1b3-fb247eb41d01"
MIXED = "91a7b528-80eb-42ed-a74d-c6fbd5a26116"  # five objects, several versions, one newest version in STIX 2.0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print("ok: " + message)


class Medallion:
    def __init__(self, run_sh, page_size, port=None):
        self.port = port or free_port()
        self.proc = subprocess.Popen([run_sh, "--port", str(self.port), "--page-size", str(page_size)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                self.request("GET", "/taxii2/")
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                if self.proc.poll() is not None:
                    fail("medallion did not start (exit %s); are its Debian packages installed?" % self.proc.returncode)
                time.sleep(0.2)
        fail("medallion did not answer within 60 s")

    def stop(self):
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=30)

    def request(self, method, path, body=None):
        req = urllib.request.Request("http://127.0.0.1:%d%s" % (self.port, path), method=method, data=body,
                                     headers={"Accept": TAXII, "Authorization": AUTH, "Content-Type": TAXII})
        with urllib.request.urlopen(req, timeout=300) as answer:
            return json.loads(answer.read() or b"{}")

    def post(self, objects):
        status = self.request("POST", "/%s/collections/%s/objects/" % (ROOT, WRITABLE),
                              json.dumps({"objects": objects}).encode())
        if status.get("failure_count", 0):
            fail("medallion refused objects: %s" % status)

    def served(self, collection, page_size):
        """{id: newest version} as medallion serves the collection, paged with plain HTTP."""
        versions = {}
        path = "/%s/collections/%s/objects/?limit=%d&match[spec_version]=2.0,2.1" % (ROOT, collection, page_size)
        page = self.request("GET", path)
        while True:
            for o in page.get("objects", []):
                versions[o["id"]] = o.get("modified") or o.get("created") or ""
            if not page.get("more"):
                return versions
            page = self.request("GET", path + "&next=" + page["next"])


def indicators(count):
    now = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
    out = []
    for _ in range(count):
        n = uuid.uuid4()
        out.append({"type": "indicator", "spec_version": "2.1", "id": "indicator--%s" % n, "created": now,
                    "modified": now, "name": "posted %s" % n, "pattern_type": "stix", "valid_from": now,
                    "pattern": "[ipv4-addr:value = '10.%d.%d.%d']" % (n.bytes[0], n.bytes[1], n.bytes[2])})
    return out


class Proxy(threading.Thread):
    """HTTP/1.1 proxy in front of medallion, one request per connection (the client sends
    Connection: close). A fault applies to the `skip`+1-th request whose target contains `match`."""

    def __init__(self, upstream_port):
        super().__init__(daemon=True)
        self.upstream = upstream_port
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.lock = threading.Lock()
        self.fault = None  # (kind, match, skip, seconds)
        self.seen = 0
        self.hit = threading.Event()
        self.release = threading.Event()
        self.targets = []
        self.start()

    def set_fault(self, kind, match="next=", skip=0, seconds=0.0):
        with self.lock:
            self.fault, self.seen = (kind, match, skip, seconds), 0
            self.hit.clear()
            self.release.clear()

    def clear(self):
        with self.lock:
            self.fault = None
        self.release.set()

    def run(self):
        while True:
            client, _ = self.server.accept()
            threading.Thread(target=self.serve, args=(client,), daemon=True).start()

    def serve(self, client):
        try:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = client.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            while len(rest) < length:
                rest += client.recv(65536)
            target = head.split(b" ")[1].decode()
            if "next=" in target:
                self.targets.append(target)
            fault = None
            with self.lock:
                if self.fault and self.fault[1] in target:
                    if self.seen == self.fault[2]:
                        fault = self.fault
                    self.seen += 1
            upstream = socket.create_connection(("127.0.0.1", self.upstream))
            upstream.sendall(head + b"\r\n\r\n" + rest)
            answer = b""
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                answer += chunk
            upstream.close()
            if fault:
                self.hit.set()
                kind = fault[0]
                if kind == "drop":
                    return  # medallion answered and moved on; the client gets nothing
                if kind == "cut":
                    head_end = answer.index(b"\r\n\r\n") + 4
                    client.sendall(answer[:head_end + (len(answer) - head_end) // 2])
                    return
                if kind == "delay":
                    self.release.wait(fault[3])
                if kind == "hold":
                    self.release.wait(600)
                    return
            client.sendall(answer)
        except OSError:
            pass
        finally:
            client.close()


class Lagebild:
    def __init__(self, binary, db):
        self.binary, self.db = binary, db
        self.env = dict(os.environ, MEDALLION_PASSWORD="Password0", QT_QPA_PLATFORM="offscreen")

    def run(self, *args, check_exit=True):
        done = subprocess.run([self.binary, "--db", self.db] + list(args), capture_output=True, text=True, env=self.env,
                              timeout=1800)
        if check_exit and done.returncode not in (0, 1):
            fail("lagebild %s exited %d: %s" % (" ".join(args), done.returncode, done.stderr))
        return done

    def add_feed(self, name, url, collection, timeout):
        done = self.run("feeds", "add", name, "--kind", "taxii21", "--url", url, "--collection", collection, "--user",
                        "admin", "--secret-env", "MEDALLION_PASSWORD", "--timeout", str(timeout))
        if done.returncode != 0:
            fail("feeds add %s: %s" % (name, done.stderr))

    def sync(self, name):
        done = self.run("sync", "--json", name)
        try:
            return json.loads(done.stdout)["feeds"][0]
        except (ValueError, KeyError, IndexError):
            fail("sync --json printed no report: %r %r" % (done.stdout, done.stderr))

    def versions(self):
        with sqlite3.connect(self.db) as db:
            # The verbatim JSON of the stored (current) version; its own `modified` as the server wrote it.
            return {row[0]: row[1] or "" for row in db.execute(
                "SELECT id, coalesce(json_extract(json, '$.modified'), json_extract(json, '$.created')) FROM stix_object")}


def same_as_served(lagebild, medallion, collection, page_size, what):
    served = medallion.served(collection, page_size)
    cached = lagebild.versions()
    missing = [i for i in served if i not in cached]
    stale = [i for i in served if i in cached and cached[i] != served[i]]
    check(not missing and not stale,
          "%s: the cache holds all %d objects medallion serves at their versions (missing %d, stale %d)"
          % (what, len(served), len(missing), len(stale)))


def scenario(args, page_size, workdir):
    print("--- page size %d" % page_size)
    medallion = Medallion(args.run_sh, page_size)
    proxy = Proxy(medallion.port)
    try:
        lagebild = Lagebild(args.lagebild, os.path.join(workdir, "cache-%d.sqlite" % page_size))
        url = "http://127.0.0.1:%d/%s/" % (proxy.port, ROOT)
        lagebild.add_feed("m", url, WRITABLE, 300)
        batch = max(1, args.objects // 4)
        posted = 0
        while posted < args.objects:
            medallion.post(indicators(min(batch, args.objects - posted)))
            posted += batch

        first = lagebild.sync("m")
        check(first["ok"] and first["added"] == args.objects,
              "first sync: ok and %d added (%s)" % (args.objects, first))
        same_as_served(lagebild, medallion, WRITABLE, page_size, "first sync")
        medallion.post(indicators(37))
        medallion.post(indicators(13))
        second = lagebild.sync("m")
        check(second["ok"] and second["added"] == 50, "second sync adds exactly the 50 posted since (%s)" % second)
        third = lagebild.sync("m")
        check(third["ok"] and third["added"] == 0 and third["updated"] == 0, "third sync adds nothing (%s)" % third)
        same_as_served(lagebild, medallion, WRITABLE, page_size, "third sync")

        for kind in ("drop", "cut"):
            medallion.post(indicators(9 * page_size if page_size < 10 else 250))
            proxy.set_fault(kind, skip=1)
            run = lagebild.sync("m")
            check(proxy.hit.is_set(), "%s: the proxy's fault was applied" % kind)
            proxy.clear()
            check(run["ok"], "%s on a next answer: the sync restarts the query and succeeds (%s)" % (kind, run))
            same_as_served(lagebild, medallion, WRITABLE, page_size, "after '%s'" % kind)

        # Killed while it waits for a page; the token of its query expires; the next run resumes.
        medallion.post(indicators(6 * page_size if page_size < 10 else 300))
        proxy.set_fault("hold", skip=1)
        killed = subprocess.Popen([args.lagebild, "--db", lagebild.db, "sync", "--json", "m"], env=lagebild.env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not proxy.hit.wait(600):
            fail("the sync to be killed never reached its second next request")
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        proxy.clear()
        # medallion forgets a token 30 s after the query that issued it, checked every 10 s; wait
        # that out, then make sure the held request's token is no longer usable.
        time.sleep(42)
        try:
            medallion.request("GET", proxy.targets[-1])
            expired = False
        except urllib.error.HTTPError as e:
            expired = e.code == 400
        check(expired, "the killed sync's next token is no longer valid on the server")
        resumed = lagebild.sync("m")
        check(resumed["ok"], "the sync after the kill succeeds (%s)" % resumed)
        same_as_served(lagebild, medallion, WRITABLE, page_size, "after kill and expiry")

        # The mixed 2.0/2.1 collection through a feed with a 2 s limit: an answer slower than that
        # fails and says so; a `next` answer slower than that restarts the query; then it is exact.
        lagebild.add_feed("mixed", url, MIXED, 2)
        proxy.set_fault("delay", match="objects/", skip=0, seconds=4.0)
        slow = lagebild.sync("mixed")
        proxy.clear()
        check(not slow["ok"] and "within 2 s" in (slow.get("error") or ""),
              "an answer slower than the feed's 2 s limit fails and says so (%s)" % slow.get("error"))
        if page_size < 8:
            proxy.set_fault("delay", skip=1, seconds=4.0)
        mixed = lagebild.sync("mixed")
        proxy.clear()
        check(mixed["ok"], "the mixed STIX 2.0/2.1 collection syncs, a late next answer included (%s)" % mixed)
        same_as_served(lagebild, medallion, MIXED, page_size, "mixed 2.0/2.1 collection")
        with sqlite3.connect(lagebild.db) as db:
            newest = db.execute("SELECT json_extract(json, '$.modified') FROM stix_object WHERE id = "
                                "'malware--c0931cc6-c75e-47e5-9036-78fabc95d4ec'").fetchone()
        check(newest is not None and newest[0].startswith("2018-02-23"),
              "the newest version of the malware (a STIX 2.0 object) is the one kept (%s)" % (newest,))
    finally:
        proxy.clear()
        medallion.stop()


def discovery(args, workdir):
    print("--- discovery on localhost:5000")
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", 5000)) == 0:
            fail("port 5000 is in use; medallion's discovery document always names localhost:5000")
    medallion = Medallion(args.run_sh, 100, port=5000)
    try:
        lagebild = Lagebild(args.lagebild, os.path.join(workdir, "discovery.sqlite"))
        lagebild.add_feed("d", "http://127.0.0.1:5000/taxii2/", MIXED, 300)
        run = lagebild.sync("d")
        check(run["ok"], "discovery naming localhost while 127.0.0.1 is configured: the same server (%s)" % run)
        same_as_served(lagebild, medallion, MIXED, 100, "via discovery")
    finally:
        medallion.stop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("lagebild")
    parser.add_argument("run_sh")
    parser.add_argument("--page-sizes", default="2,100")
    parser.add_argument("--objects", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        for size in [int(s) for s in args.page_sizes.split(",")]:
            scenario(args, size, workdir)
        discovery(args, workdir)
    print("medallion sync: all checks passed")


if __name__ == "__main__":
    main()
