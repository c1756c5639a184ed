#!/usr/bin/env bash
# Renders the committed PNG icons from the SVG sources in resources/icons/. Run it by hand after
# changing an SVG (needs rsvg-convert: apt-get install librsvg2-bin); the build does not run it.
#   16 px comes from the hand-hinted org.helpline.Workstation-16.svg, every other size from
#   org.helpline.Workstation.svg. Output: resources/icons/hicolor/<N>x<N>/apps/org.helpline.Workstation.png
set -euo pipefail

id=org.helpline.Workstation
icons="$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)"
command -v rsvg-convert >/dev/null || { echo "render-icons: needs rsvg-convert (librsvg2-bin)" >&2; exit 1; }

for size in 16 32 48 64 128 256; do
  src="$icons/$id.svg"
  [[ $size == 16 ]] && src="$icons/$id-16.svg"
  out="$icons/hicolor/${size}x${size}/apps/$id.png"
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$src"
  echo "render-icons: $out"
done
