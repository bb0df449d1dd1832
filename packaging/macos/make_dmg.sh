#!/usr/bin/env bash
# The macOS disk image from the PyInstaller .app: make_dmg.sh "Runtime Advisor.app" VERSION OUT_DIR
# Signs and notarizes when the credentials are in the environment, and says so when it skips:
#   MACOS_SIGN_IDENTITY        "Developer ID Application: ..." (a certificate in the keychain)
#   MACOS_NOTARY_PROFILE       a notarytool keychain profile (xcrun notarytool store-credentials)
set -euo pipefail
app=$1
version=$2
out_dir=$3
dmg="$out_dir/runtime-advisor-$version.dmg"
mkdir -p "$out_dir"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict "$app"
else
  echo "MACOS_SIGN_IDENTITY is not set: the .app is NOT signed (Gatekeeper will warn users)."
fi

staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Runtime Advisor $version" -srcfolder "$staging" -fs HFS+ -format UDZO "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
else
  echo "Signing identity or MACOS_NOTARY_PROFILE missing: the .dmg is NOT notarized."
fi
echo "built $dmg"
