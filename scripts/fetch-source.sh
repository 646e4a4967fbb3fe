#!/usr/bin/env bash
# Fetches the source of a C++ library the web app compiles itself, from Debian's source packages:
#   scripts/fetch-source.sh imgui [DEST]        Dear ImGui 1.90.1 (default DEST: deps/imgui)
#   scripts/fetch-source.sh qrcodegen [DEST]    Nayuki's QR Code generator 1.8.0 (deps/qrcodegen)
#   scripts/fetch-source.sh quirc [DEST]        quirc 1.2, a QR code reader (deps/quirc)
# Only the upstream tarball is fetched (apt's --tar-only), checked against its sha256 (the one in
# Debian's signed .dsc) and unpacked. A private apt list is used, so the machine's own apt setup is
# left alone; the mirror is read from the machine's Debian config.
set -euo pipefail

name="${1:?usage: fetch-source.sh imgui|qrcodegen|quirc [DEST]}"
case "$name" in
imgui)
    package="imgui=1.90.1+ds-1"
    tarball="imgui_1.90.1+ds.orig.tar.xz"
    sha256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
    marker="imgui.h"
    marker_text='"1.90.1"'
    suite=trixie
    ;;
qrcodegen)
    package="qr-code-generator=1.8.0-1.2"
    tarball="qr-code-generator_1.8.0.orig.tar.gz"
    sha256="2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60"
    marker="cpp/qrcodegen.hpp"
    marker_text="qrcodegen"
    suite=trixie
    ;;
quirc)
    package="quirc=1.2-1"
    tarball="quirc_1.2.orig.tar.gz"
    sha256="39295a364c933bc701a7c93acf86d35a297d253570ccf3c556c2dfe44ea485c3"
    marker="lib/quirc.h"
    marker_text="quirc_decode"
    suite=sid  # not in a stable release yet
    ;;
*)
    echo "fetch-source: unknown library $name" >&2
    exit 1
    ;;
esac
dest="${2:-$(cd "$(dirname "$0")/.." && pwd)/deps/$name}"

if [ -f "$dest/$marker" ] && grep -q "$marker_text" "$dest/$marker" && [ -f "$dest/.sha256" ] &&
    [ "$(cat "$dest/.sha256")" = "$sha256" ]; then
    exit 0
fi

mirror=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || { echo "fetch-source: no Debian mirror found in the apt configuration" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/download"
echo "deb-src $mirror $suite main" > "$work/sources.list"
apt_private=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null -o APT::Sandbox::User=root
             -o "Dir::State::Lists=$work/lists")
apt-get -qq "${apt_private[@]}" update
(cd "$work/download" && apt-get -qq "${apt_private[@]}" source --download-only --tar-only "$package")

echo "$sha256  $work/download/$tarball" | sha256sum --check --quiet
rm -rf "$dest"
mkdir -p "$dest"
tar -xf "$work/download/$tarball" -C "$dest" --strip-components=1
echo "$sha256" > "$dest/.sha256"
echo "fetch-source: $package in $dest"
