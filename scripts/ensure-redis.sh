#!/usr/bin/env bash
# The API's Redis tests (shared response cache and rate limits, REDIS_URL) start their own throwaway
# redis-server: Debian's package, installed here when missing (never a download from elsewhere).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
echo "Installing Debian's redis-server for the API tests…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The tests start their own servers: the package's service is not needed (a container has no init to run it anyway).
$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null
redis-server --version
