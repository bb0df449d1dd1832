#!/usr/bin/env bash
# The macOS icon (.icns) from the PNGs packaging/build.py rendered: make_icns.sh PNG_DIR OUT.icns
set -euo pipefail
png_dir=$1
out=$2
iconset=$(mktemp -d)/runtime-advisor.iconset
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  cp "$png_dir/$size.png" "$iconset/icon_${size}x${size}.png"
  double=$((size * 2))
  if [ -f "$png_dir/$double.png" ]; then
    cp "$png_dir/$double.png" "$iconset/icon_${size}x${size}@2x.png"
  fi
done
iconutil -c icns -o "$out" "$iconset"
