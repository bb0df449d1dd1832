#!/usr/bin/env bash
# The macOS disk image from the PyInstaller .app: make_dmg.sh "Runtime Advisor.app" VERSION ARCH OUT_DIR
#
# Signing is done by PyInstaller while it builds the .app (every binary, inside out, with the
# hardened runtime; the spec reads MACOS_SIGN_IDENTITY), not here with `codesign --deep`, which
# signs nested code in the wrong order and with the outer bundle's options. This script checks
# that signature, signs the disk image, notarizes it and staples the ticket. Environment:
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
  codesign --display --verbose=4 "$app" 2>&1 | grep -q "flags=0x10000(runtime)" \
    || fail_or_warn "the .app is not signed with the hardened runtime (notarization would refuse it)"
else
  fail_or_warn "MACOS_SIGN_IDENTITY is not set: the .app is NOT signed (Gatekeeper will block it)"
  suffix="-unsigned"
fi

dmg="$out_dir/runtime-advisor-$version-macos-$arch$suffix.dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Runtime Advisor $version" -srcfolder "$staging" -fs HFS+ -format UDZO "$dmg"

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
    result=$(xcrun notarytool submit "$dmg" "${credentials[@]}" --wait --output-format json)
    echo "$result"
    status=$(printf '%s' "$result" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("status", ""))')
    submission=$(printf '%s' "$result" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("id", ""))')
    if [ "$status" != "Accepted" ]; then
      xcrun notarytool log "$submission" "${credentials[@]}" || true
      echo "::error::notarization ended with status '$status' (the log above says why)" >&2
      exit 1
    fi
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
  fi
fi
echo "built $dmg"
