"""An app in another language behind Sesame's forward auth (docs/forward-auth.md).

Python's standard library only (Debian's python3, nothing to install). nginx, with
deploy/nginx/forward-auth.conf, asks Sesame about every request before forwarding it here, so this
app holds no session code: it reads who the caller is from the X-Sesame-* request headers.

    GET  /app/                a greeting page
    GET  /app/api/whoami      the user and every X-Sesame-* header that arrived, as JSON
    GET  /app/api/notes       the caller's notes, newest first
    POST /app/api/notes       {"text": "..."} -> 201 {"id", "text"}; nginx asks Sesame for
                              notes.add_note first, and Sesame checks CSRF for every POST

It must be reachable only through nginx: it binds to 127.0.0.1 (HOST to change it) on PORT (9000).
Notes live in memory, per user id, for as long as the process runs.
"""

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

MAX_BODY = 64 * 1024
NOTES: dict[str, list[dict]] = {}
NOTES_LOCK = threading.Lock()
NEXT_ID = [1]


class User:
    """The caller, as Sesame described them in the headers nginx set."""

    def __init__(self, headers):
        self.id = headers.get("X-Sesame-User-Id", "")
        # Percent-encoded by Sesame: a header cannot carry every character of a name.
        self.username = unquote(headers.get("X-Sesame-Username", ""))
        self.email = unquote(headers.get("X-Sesame-Email", ""))
        self.is_staff = headers.get("X-Sesame-Is-Staff") == "true"
        self.is_superuser = headers.get("X-Sesame-Is-Superuser") == "true"
        permissions = headers.get("X-Sesame-Permissions", "")
        self.permissions = [p for p in permissions.split(",") if p]

    def as_json(self):
        return {
            "id": int(self.id),
            "username": self.username,
            "email": self.email,
            "isStaff": self.is_staff,
            "isSuperuser": self.is_superuser,
            "permissions": self.permissions,
        }


class Handler(BaseHTTPRequestHandler):
    server_version = "forward-auth-python"

    def send_json(self, status, body):
        data = (json.dumps(body) + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, code, message):
        self.send_json(status, {"error": {"code": code, "message": message}})

    def user(self):
        """The caller, or None (then answered 401): nginx forwards only requests Sesame let through,
        so a request without the user id did not come through nginx."""
        if not self.headers.get("X-Sesame-User-Id", "").isdigit():
            self.error(401, "not_authenticated", "Authentication credentials were not provided.")
            return None
        return User(self.headers)

    def do_GET(self):
        user = self.user()
        if user is None:
            return
        path = self.path.split("?", 1)[0]
        if path == "/app/":
            page = f"<!doctype html><title>Hello</title><h1>Hello {escape(user.username)}</h1>\n"
            data = page.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        elif path == "/app/api/whoami":
            received = {k.lower(): v for k, v in self.headers.items() if k.lower().startswith("x-sesame-")}
            self.send_json(200, {"user": user.as_json(), "headers": received})
        elif path in ("/app/api/notes", "/app/api/notes/"):
            with NOTES_LOCK:
                notes = list(reversed(NOTES.get(user.id, [])))
            self.send_json(200, {"results": notes})
        else:
            self.error(404, "not_found", "Not found.")

    def do_POST(self):
        user = self.user()
        if user is None:
            return
        if self.path.split("?", 1)[0] not in ("/app/api/notes", "/app/api/notes/"):
            self.error(404, "not_found", "Not found.")
            return
        length = self.headers.get("Content-Length", "")
        if not length.isdigit() or int(length) > MAX_BODY:
            self.error(400, "invalid_request", "Send a JSON body of at most 64 KiB.")
            return
        try:
            body = json.loads(self.rfile.read(int(length)) or b"null")
        except ValueError:
            body = None
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text.strip() or len(text) > 1000:
            self.error(400, "invalid_request", 'Send {"text": "..."}, 1 to 1000 characters.')
            return
        with NOTES_LOCK:
            note = {"id": NEXT_ID[0], "text": text}
            NEXT_ID[0] += 1
            NOTES.setdefault(user.id, []).append(note)
        self.send_json(201, note)


def escape(text):
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def main():
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "9000"))
    server = ThreadingHTTPServer((host, port), Handler)
    print(f"forward-auth-python on http://{host}:{port}/app/ (only nginx should reach it)", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
