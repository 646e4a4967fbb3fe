#!/usr/bin/env bash
# Fetches the Dear ImGui 1.90.1 source from Debian's source package into DEST (default deps/imgui).
# It uses a private apt list so the machine's own apt setup is left alone, and checks the
# upstream tarball's sha256 before unpacking. The mirror is read from the machine's Debian config.
set -euo pipefail

readonly version="1.90.1+ds-1"
readonly tarball="imgui_1.90.1+ds.orig.tar.xz"
readonly sha256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
dest="${1:-$(cd "$(dirname "$0")/.." && pwd)/deps/imgui}"

if [ -f "$dest/imgui.h" ] && grep -q '"1.90.1"' "$dest/imgui.h"; then
    exit 0
fi

mirror=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || { echo "fetch-imgui: no Debian mirror found in the apt configuration" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/download"
echo "deb-src $mirror trixie main" > "$work/sources.list"
apt_private=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null -o APT::Sandbox::User=root
             -o "Dir::State::Lists=$work/lists")
apt-get -qq "${apt_private[@]}" update
(cd "$work/download" && apt-get -qq "${apt_private[@]}" source --download-only "imgui=$version")

echo "$sha256  $work/download/$tarball" | sha256sum --check --quiet
rm -rf "$dest"
mkdir -p "$dest"
tar -xJf "$work/download/$tarball" -C "$dest" --strip-components=1
echo "fetch-imgui: Dear ImGui 1.90.1 in $dest"
