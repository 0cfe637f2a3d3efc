#!/usr/bin/env bash
# Checks deploy/nginx/sesame.conf with `nginx -t`, alone and with deploy/nginx/forward-auth.conf
# included in its HTTPS server as that file says, without root and without touching /etc:
# a throwaway prefix holds a wrapper nginx.conf (events {}, http { include <copy> }), a
# self-signed certificate, and a copy of sesame.conf whose machine-specific parts change: paths
# (certificates, cache, logs) point into the prefix, upstream host names (app1, app2: compose
# service names that do not resolve here, and nginx resolves them while parsing) become
# 127.0.0.1, and the listen ports 80 and 443 become free high ports on 127.0.0.1 (nginx -t binds
# them, which needs root for ports below 1024 and fails where something already listens).
# Warnings fail the check too.
#
# Usage: bash deploy/nginx/check.sh          NGINX=/path/to/nginx to use another binary.
# Exit codes: 0 the configuration is valid, 1 it is not, 77 nginx or openssl is not installed
# (a test should report that as skipped: apt-get install -y nginx openssl).
set -euo pipefail

NGINX="${NGINX:-/usr/sbin/nginx}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CONF="$HERE/sesame.conf"
SNIPPET="$HERE/forward-auth.conf"

for tool in "$NGINX" openssl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check.sh: $tool not found; install it (apt-get install -y nginx openssl) to check $CONF" >&2
    exit 77
  fi
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sesame-nginx-check.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/certs" "$WORK/logs" "$WORK/cache" "$WORK/temp"

# A one-day self-signed certificate: nginx -t loads the certificate and key it is given.
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 1 \
  -keyout "$WORK/certs/privkey.pem" -out "$WORK/certs/fullchain.pem" >/dev/null 2>&1

# Two high ports for the listen directives (nginx -t only binds them for a moment).
HTTP_PORT=$((20000 + RANDOM % 20000))
HTTPS_PORT=$((HTTP_PORT + 1))

# The copy: only host names, ports and paths change, every directive stays as written.
sed -E \
  -e "s#^([[:space:]]*listen[[:space:]]+)80([[:space:];])#\1127.0.0.1:$HTTP_PORT\2#" \
  -e "s#^([[:space:]]*listen[[:space:]]+)443([[:space:];])#\1127.0.0.1:$HTTPS_PORT\2#" \
  -e 's#^([[:space:]]*server[[:space:]]+)[A-Za-z][A-Za-z0-9_.-]*:([0-9]+)#\1127.0.0.1:\2#' \
  -e "s#/etc/nginx/certs/#$WORK/certs/#g" \
  -e "s#/var/cache/nginx-sesame#$WORK/cache#g" \
  -e "s#/var/log/nginx/#$WORK/logs/#g" \
  "$CONF" >"$WORK/sesame.conf"

# The snippet, included before the HTTPS server's first location (after its proxy settings).
cp "$SNIPPET" "$WORK/forward-auth.conf"
sed -E "s#^([[:space:]]*)location /api/ \{#\1include $WORK/forward-auth.conf;\n\1location /api/ {#" \
  "$WORK/sesame.conf" >"$WORK/sesame-forward-auth.conf"
if ! grep -q "include $WORK/forward-auth.conf;" "$WORK/sesame-forward-auth.conf"; then
  echo "check.sh: found no 'location /api/ {' in $CONF to include $SNIPPET before" >&2
  exit 1
fi

# nginx -t on one configuration; fails on errors and on warnings.
check() {
  local name="$1" conf="$2"
  # Every path nginx would otherwise take from its compile-time defaults (/run, /var/lib/nginx,
  # /var/log/nginx) lives in the prefix, so no root is needed.
  cat >"$WORK/nginx.conf" <<EOF
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events {}
http {
    client_body_temp_path $WORK/temp/body;
    proxy_temp_path $WORK/temp/proxy;
    fastcgi_temp_path $WORK/temp/fastcgi;
    uwsgi_temp_path $WORK/temp/uwsgi;
    scgi_temp_path $WORK/temp/scgi;
    include $conf;
}
EOF
  local status=0 output
  # -e: the log nginx writes before it reads error_log (its compiled-in path may need root).
  output="$("$NGINX" -t -p "$WORK/" -c "$WORK/nginx.conf" -e "$WORK/logs/startup.log" 2>&1)" || status=$?
  # Paths of the prefix are noise for the reader: show them as in the shipped files.
  echo "${output//$WORK/<check>}"
  if [ "$status" -ne 0 ]; then
    echo "check.sh: nginx -t failed for $name" >&2
    exit 1
  fi
  if grep -q '\[warn\]' <<<"$output"; then
    echo "check.sh: nginx -t passed with warnings for $name" >&2
    exit 1
  fi
}
check "$CONF" "$WORK/sesame.conf"
check "$CONF with $SNIPPET" "$WORK/sesame-forward-auth.conf"

# HSTS has one owner, Sesame (see the comment in sesame.conf): a second header from nginx would
# be sent next to the app's.
if sed 's/#.*//' "$CONF" "$SNIPPET" | grep -Eiq 'add_header[[:space:]]+"?Strict-Transport-Security'; then
  echo "check.sh: $CONF adds Strict-Transport-Security, which Sesame already sends" >&2
  exit 1
fi
echo "check.sh: $CONF is valid, alone and with $SNIPPET"
