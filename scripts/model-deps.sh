#!/usr/bin/env bash
# Installs the Debian word lists `make models` reads besides ../shared/nlp:
# WordNet 3.0 (wordnet-base: /usr/share/wordnet, Princeton's WordNet 3.0
# licence) and SCOWL's largest American list (wamerican-insane:
# /usr/share/dict/american-english-insane, SCOWL licence), and the name
# lists of the recogniser: given names and surnames (ruby-ffaker, Expat
# licence) and GeoNames' place names (libgeonames-common, CC BY 4.0). Only training
# reads them; what a model keeps of them is embedded in the model file.
# Safe to run again: it installs only what is missing.
set -euo pipefail

need=()
[ -f /usr/share/wordnet/data.noun ] || need+=(wordnet-base)
[ -f /usr/share/dict/american-english-insane ] || need+=(wamerican-insane)
compgen -G '/usr/share/rubygems-integration/all/gems/ffaker-*/lib/ffaker/data/name/last_names' >/dev/null || need+=(ruby-ffaker)
[ -f /usr/share/locale/en/LC_MESSAGES/geonames.mo ] || need+=(libgeonames-common)
if [ ${#need[@]} -gt 0 ]; then
	sudo=""
	if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
	export DEBIAN_FRONTEND=noninteractive
	echo "model-deps: installing ${need[*]}" >&2
	$sudo apt-get update -qq
	$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
