#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK: Debian's Redis server (the cluster tests start
# their own instances), PostgreSQL's server binaries (the storage tests run their own initdb/pg_ctl server),
# Chromium for the browser tests, and Node.js/npm for the web view's build.
# Safe to run again: it installs only what is missing.
set -euo pipefail

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Redis and Chromium are started by the tests themselves; stop the distribution's own Redis service if
# the package started one, so it does not hold the default port.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet redis-server 2>/dev/null; then
  systemctl stop redis-server || true
fi
# Likewise the distribution's PostgreSQL cluster: the tests start their own on a free port.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet postgresql 2>/dev/null; then
  systemctl stop postgresql || true
fi
echo "Test dependencies present: $(redis-server --version | cut -d' ' -f3), $(ls -d /usr/lib/postgresql/*/bin/initdb | head -1), $(chromium --version 2>/dev/null | head -1), node $(node --version)"
