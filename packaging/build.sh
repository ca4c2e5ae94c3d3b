#!/usr/bin/env bash
# Build the frozen app and the Debian package into dist/:
#   dist/postmortem-studio/            the one-folder bundle (PyInstaller)
#   dist/postmortem-studio_VERSION_ARCH.deb
# Usage: packaging/build.sh   (PYTHON=path/to/python picks the interpreter; default .venv/bin/python)
# The same commit builds the same .deb: timestamps come from the commit (SOURCE_DATE_EPOCH),
# hashing is seeded, and dpkg-deb writes files in sorted order owned by root.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1767225600)}
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8

for tool in objdump fakeroot dpkg-deb; do
    if ! command -v "$tool" >/dev/null; then
        echo "error: $tool is missing; install it with: sudo apt install binutils fakeroot dpkg" >&2
        exit 2
    fi
done

start=$(date +%s)
rm -rf build/pyinstaller dist/postmortem-studio
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/pyinstaller/postmortem-studio.spec
"$PYTHON" packaging/debian/make_deb.py dist/postmortem-studio dist
echo "built dist/postmortem-studio and the .deb in $(( $(date +%s) - start )) s"
