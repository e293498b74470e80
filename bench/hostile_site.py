#!/usr/bin/env python3
"""A hostile site for the memory bench (bench/hostile.sh), served on 127.0.0.1.

Every page is made on the fly, the same for the same URL, so nothing is stored:

  /huge/N     a page of --huge-mib MiB of text, phone numbers and links, past the body cap
  /nested/N   a page nested --depth elements deep (div, span, table, li in turn)
  /links/N    a page of --links links to other /links/ pages, most of them new
  /gzip/N     a page that inflates to --huge-mib MiB, sent as Content-Encoding: gzip, gzip
  /           links to the first page of each family, or only to the family named by --case

Run: hostile_site.py --port 0 [--case huge|nested|links|gzip|all] (prints the port, then serves
until killed).
"""
import argparse
import gzip
import http.server
import random
import socketserver
import sys

CHUNK = 64 * 1024


def page_links(family, n, count):
    rng = random.Random(f"{family}/{n}")
    return "".join(f'<a href="/{family}/{rng.randrange(10**9)}">page {i}</a>\n' for i in range(count))


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet: the bench prints its own table
        pass

    def send_page(self, chunks, encoding=None):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for chunk in chunks:
                if chunk:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def do_GET(self):
        args = self.server.args
        parts = self.path.strip("/").split("/")
        family, n = (parts + ["0"])[:2] if parts[0] else ("", "0")
        if family == "":
            families = ["huge", "nested", "links", "gzip"] if args.case == "all" else [args.case]
            body = "".join(f'<a href="/{f}/0">{f}</a>\n' for f in families)
            return self.send_page([f"<html><body>{body}</body></html>".encode()])
        if family == "huge":
            return self.send_page(self.huge(n))
        if family == "nested":
            return self.send_page(self.nested(n))
        if family == "links":
            html = f"<html><body><h1>links {n}</h1>{page_links('links', n, args.links)}</body></html>"
            return self.send_page([html.encode()])
        if family == "gzip":
            body = b"".join(self.huge(n))
            return self.send_page([gzip.compress(gzip.compress(body, 9), 9)], "gzip, gzip")
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def huge(self, n):
        args = self.server.args
        yield f"<html><body><h1>huge {n}</h1>{page_links('huge', n, 20)}".encode()
        line = ("<p>Appelez le 01 42 68 53 00 ou le 06 12 34 56 78, du lundi au vendredi de 9h à 18h. "
                '<a href="/huge/0">accueil</a></p>\n').encode()
        block = line * (CHUNK // len(line))
        for _ in range(args.huge_mib * 1024 * 1024 // len(block)):
            yield block
        yield b"</body></html>"

    def nested(self, n):
        args = self.server.args
        tags = ["div", "span", "table", "li"]
        yield f"<html><body><h1>nested {n}</h1>{page_links('nested', n, 20)}".encode()
        opening = "".join(f"<{tags[i % 4]}>" for i in range(args.depth)).encode()
        for start in range(0, len(opening), CHUNK):
            yield opening[start:start + CHUNK]
        yield b"<p>01 42 68 53 00</p>"
        closing = "".join(f"</{tags[i % 4]}>" for i in reversed(range(args.depth))).encode()
        for start in range(0, len(closing), CHUNK):
            yield closing[start:start + CHUNK]
        yield b"</body></html>"


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # the crawler hangs up on purpose
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--case", default="all", choices=["all", "huge", "nested", "links", "gzip"])
    parser.add_argument("--huge-mib", type=int, default=8)
    parser.add_argument("--depth", type=int, default=100000)
    parser.add_argument("--links", type=int, default=20000)
    args = parser.parse_args()
    server = Server(("127.0.0.1", args.port), Handler)
    server.args = args
    print(server.server_address[1], flush=True)
    sys.stdout.close()
    server.serve_forever()


if __name__ == "__main__":
    main()
