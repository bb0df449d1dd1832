#!/usr/bin/env bash
# The macOS disk image from the PyInstaller .app: make_dmg.sh "Runtime Advisor.app" VERSION ARCH OUT_DIR
#
# Signing is done by PyInstaller while it builds the .app (the spec reads MACOS_SIGN_IDENTITY):
# it signs every binary on its own first, with the hardened runtime and a timestamp, and then the
# bundle (that last pass uses --deep, after every nested binary already carries its signature).
# This script checks that signature, signs the disk image, notarizes it and staples the ticket.
# Environment:
#   MACOS_SIGN_IDENTITY      "Developer ID Application: ..." (a certificate in the keychain)
#   MACOS_NOTARY_KEY, MACOS_NOTARY_KEY_ID, MACOS_NOTARY_ISSUER   an App Store Connect API key
#   MACOS_NOTARY_PROFILE     or, on a developer's Mac, a `notarytool store-credentials` profile
#   RUNTIME_ADVISOR_REQUIRE_SIGNING=1   anything missing for signing or notarizing is an error
set -euo pipefail
app=$1
version=$2
arch=$3
out_dir=$4
require=${RUNTIME_ADVISOR_REQUIRE_SIGNING:-0}
mkdir -p "$out_dir"

fail_or_warn() {
  if [ "$require" = "1" ]; then
    echo "::error::$1" >&2
    exit 1
  fi
  echo "warning: $1" >&2
}

suffix=""
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --verify --strict --deep --verbose=2 "$app"
  # read the whole output first: `grep -q` would stop codesign mid-write, and pipefail would
  # count that as a failure
  signature=$(codesign --display --verbose=4 "$app" 2>&1)
  case "$signature" in
    *"(runtime)"*) ;;
    *) fail_or_warn "the .app is not signed with the hardened runtime (notarization would refuse it)" ;;
  esac
else
  fail_or_warn "MACOS_SIGN_IDENTITY is not set: the .app is NOT signed (Gatekeeper will block it)"
  suffix="-unsigned"
fi

dmg="$out_dir/runtime-advisor-$version-macos-$arch$suffix.dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
# hdiutil fails now and then with "Resource busy" on hosted runners: try again before giving up
for attempt in 1 2 3 4 5; do
  if hdiutil create -volname "Runtime Advisor $version" -srcfolder "$staging" -fs HFS+ -format UDZO "$dmg"; then
    break
  fi
  [ "$attempt" = 5 ] && { echo "::error::hdiutil create failed 5 times" >&2; exit 1; }
  rm -f "$dmg"
  sleep $((attempt * 5))
done

if [ -z "$suffix" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  if [ -n "${MACOS_NOTARY_KEY:-}" ] && [ -n "${MACOS_NOTARY_KEY_ID:-}" ] && [ -n "${MACOS_NOTARY_ISSUER:-}" ]; then
    credentials=(--key "$MACOS_NOTARY_KEY" --key-id "$MACOS_NOTARY_KEY_ID" --issuer "$MACOS_NOTARY_ISSUER")
  elif [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    credentials=(--keychain-profile "$MACOS_NOTARY_PROFILE")
  else
    credentials=()
    fail_or_warn "no notary credentials: the .dmg is signed but NOT notarized"
  fi
  if [ ${#credentials[@]} -gt 0 ]; then
    # `submit --wait` exits 0 even when Apple answers Invalid: read the status it reports
    # (a failure of notarytool itself, e.g. the network or the key, is reported the same way)
    result=$(xcrun notarytool submit "$dmg" "${credentials[@]}" --wait --output-format json) || true
    echo "$result"
    field() { printf '%s' "$result" | python3 -c "import json, sys; print(json.load(sys.stdin).get('$1', ''))" 2>/dev/null || true; }
    status=$(field status)
    submission=$(field id)
    if [ "$status" != "Accepted" ]; then
      [ -n "$submission" ] && { xcrun notarytool log "$submission" "${credentials[@]}" || true; }
      echo "::error::notarization ended with status '$status' (the log above says why)" >&2
      exit 1
    fi
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
  fi
fi
echo "built $dmg"
