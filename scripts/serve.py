#!/usr/bin/env python3
"""Serves a folder (default dist/) on 127.0.0.1 only, with the MIME types the app needs.

WebAssembly must come as application/wasm for streaming compilation; everything is served with
no-cache so a rebuilt app shows at once. Where the build left a pre-compressed copy (file.br,
file.gz) and the browser accepts it, that copy is sent with Content-Encoding. Every response
carries a Permissions-Policy that switches off the browser features the app does not use, and the
camera everywhere but on the group view, whose scanner uses it (docs/privacy.md gives the same for
other hosts; a meta tag cannot carry it). PORT in the environment
overrides the default 8080.
"""
import argparse
import functools
import http.server
import os
import sys
import urllib.parse


# Everything off: the app uses none of these, and nothing it embeds may either. The camera follows.
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "accelerometer", "autoplay", "display-capture", "encrypted-media",
    "fullscreen", "gamepad", "geolocation", "gyroscope", "hid", "idle-detection", "local-fonts",
    "magnetometer", "microphone", "midi", "payment", "picture-in-picture", "publickey-credentials-get",
    "screen-wake-lock", "serial", "usb", "xr-spatial-tracking"))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".html": "text/html; charset=utf-8",
        ".webmanifest": "application/manifest+json",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        # The group view's scanner may ask for the camera (on this origin only); no other page may.
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        camera = "camera=(self)" if query.get("view") == ["group"] else "camera=()"
        self.send_header("Permissions-Policy", f"{camera}, {PERMISSIONS_POLICY}")
        super().end_headers()

    # Pre-compressed copies written by the build (cmake/Compress.cmake), best first.
    precompressed = (("br", ".br"), ("gzip", ".gz"))

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()
        accepted = {part.split(";")[0].strip() for part in self.headers.get("Accept-Encoding", "").split(",")
                    if not part.replace(" ", "").endswith(";q=0")}
        for encoding, suffix in self.precompressed:
            # A copy older than its file is stale (the file changed after the build): never send it.
            if (encoding in accepted and os.path.isfile(path + suffix)
                    and os.path.getmtime(path + suffix) >= os.path.getmtime(path)):
                copy = open(path + suffix, "rb")
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(os.fstat(copy.fileno()).st_size))
                self.send_header("Vary", "Accept-Encoding")
                self.end_headers()
                return copy
        return super().send_head()

    def log_message(self, format, *args):
        if not self.server.quiet:
            super().log_message(format, *args)


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that closed its connection before the response was sent (a closed tab, a
        # cancelled download) is no error of the server's.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default=os.path.join(os.path.dirname(__file__), "..", "dist"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args()

    handler = functools.partial(Handler, directory=os.path.abspath(args.root))
    with Server(("127.0.0.1", args.port), handler) as server:
        server.quiet = args.quiet
        print(f"Leerregie is served on http://127.0.0.1:{server.server_address[1]}/ (Ctrl+C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
