#!/bin/sh
# Re-extracts the product's messages into postmortem.pot and merges them into every catalog
# (new messages arrive untranslated, changed ones fuzzy: `postmortem check` reports both).
# Run from anywhere; needs Babel (a dependency) and Jinja2's extractor (also one).
set -e
cd "$(dirname "$0")/../.."
pybabel extract -F postmortem/locale/babel.cfg --no-location --sort-output --width 110 \
    --project "Postmortem Studio" --copyright-holder "Postmortem Studio contributors" \
    -o postmortem/locale/postmortem.pot .
pybabel update -D postmortem -i postmortem/locale/postmortem.pot -d postmortem/locale \
    --width 110 --ignore-obsolete
