#!/usr/bin/env bash
# The browser tests (system-tests, *WebIT) run Debian's Chromium through Playwright for Java. `./mvnw verify` runs this
# before them: it does nothing when /usr/bin/chromium is there, installs Debian's package when the build runs as root,
# and otherwise stops the build saying exactly what to install.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: /usr/bin/chromium is missing; installing Debian's chromium with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends chromium >/tmp/guildhall-chromium-install.log 2>&1; then
    apt-get update >>/tmp/guildhall-chromium-install.log 2>&1
    apt-get install -y --no-install-recommends chromium >>/tmp/guildhall-chromium-install.log 2>&1 || {
      echo "ensure-chromium: apt-get install chromium failed; see /tmp/guildhall-chromium-install.log" >&2
      exit 1
    }
  fi
  exit 0
fi
echo "ensure-chromium: the browser tests need Chromium at /usr/bin/chromium." >&2
echo "  On Debian or Ubuntu, as root: apt-get install -y chromium" >&2
echo "  Or skip the integration tests: ./mvnw verify -DskipITs" >&2
exit 1
