#!/usr/bin/env bash
# The Debian packages the tests need, in one place: `npm test` and `.ci/run` both start here.
# Installs what is missing where it may (as root, or with password-less sudo); otherwise it stops
# at once with the one line to run. `--list` prints the missing packages and changes nothing.
set -euo pipefail

# Each line: a package, and what needs it (the test that starts it says the same when it is absent).
WANTED=(
  chromium            # Chromium, the first engine (CHROME_PATH overrides)
  firefox-esr         # Firefox ESR (FIREFOX_PATH overrides)
  webkit2gtk-driver   # WebKitGTK's WebDriver and MiniBrowser
  xvfb                # the X server WebKit needs without a display
  locales             # the kit's test runs WebKit in German and English locales
  php8.2-cli          # the CMS integrations' tests: PHP 8.2 …
  php8.2-intl
  php8.2-gd
  php8.2-xml
  php8.2-mbstring
  php8.2-sqlite3
  php8.2-mysql
  php8.2-zip
  php8.2-curl
  composer            # … TYPO3 in Composer mode, offline from ../shared/cms
  unzip
  xz-utils            # unpacks the CMS archives in ../shared/cms (tar -xJ)
  mariadb-server      # WordPress's database
  apache2             # WordPress served by Apache with mod_php
  libapache2-mod-php8.2
)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }

missing=()
for package in "${WANTED[@]}"; do
  case "$package" in
    chromium) [ -n "${CHROME_PATH:-}" ] && continue ;;
    firefox-esr) [ -n "${FIREFOX_PATH:-}" ] && continue ;;
  esac
  installed "$package" || missing+=("$package")
done

if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${missing[@]}"
  exit 0
fi
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-packages: missing ${missing[*]}; this is not a Debian or Ubuntu system: install their equivalents, then run npm test again." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "system-packages: run this once, then npm test again: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "system-packages: installing from Debian: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
