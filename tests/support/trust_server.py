#!/usr/bin/python3
"""Local HTTPS trust server for the trust-update tests (127.0.0.1 only, TEST ONLY).

Serves the files of --dir under paths that choose how they are served:
  /files/NAME        as they are (NAME ending .json: application/json, otherwise text/plain)
  /wrong-type/NAME   with Content-Type text/html
  /truncated/NAME    announcing the full Content-Length, sending half, then closing the connection
  /slow/NAME         after a --slow seconds pause
  /status/CODE       an empty answer with that HTTP status
Prints the port it listens on as the first line of stdout, then serves until killed.
"""
import argparse
import http.server
import os
import ssl
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--slow", type=float, default=5.0)
    args = parser.parse_args()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *values):
            sys.stderr.write("trust_server: " + (fmt % values) + "\n")

        def do_GET(self):
            parts = self.path.split("/", 2)
            mode = parts[1] if len(parts) > 1 else ""
            name = parts[2] if len(parts) > 2 else ""
            if mode == "status":
                self.send_response(int(name))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            path = os.path.join(args.dir, os.path.basename(name))
            if not os.path.isfile(path):
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            with open(path, "rb") as f:
                body = f.read()
            content_type = "application/json" if name.endswith(".json") else "text/plain; charset=utf-8"
            if mode == "wrong-type":
                content_type = "text/html"
            if mode == "slow":
                time.sleep(args.slow)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if mode == "truncated":
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
