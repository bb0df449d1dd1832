#!/usr/bin/env bash
# The release workflow's signing keychain on a hosted macOS runner, which has no certificate of
# ours: imports the Developer ID certificate from the secrets into a temporary keychain that
# codesign finds, and writes the notary API key where make_dmg.sh finds it (MACOS_NOTARY_KEY).
# Every secret missing is an error, found here before the build: this runs only when signing
# was asked for.
set -euo pipefail
missing=()
for name in MACOS_CERTIFICATE_P12 MACOS_CERTIFICATE_PASSWORD MACOS_SIGN_IDENTITY MACOS_NOTARY_KEY_P8 \
    MACOS_NOTARY_KEY_ID MACOS_NOTARY_ISSUER; do
  [ -n "${!name:-}" ] || missing+=("$name")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "::error::signing was asked for, but these secrets are empty: ${missing[*]}" >&2
  exit 1
fi

keychain="$RUNNER_TEMP/signing.keychain-db"
password=$(uuidgen)
security create-keychain -p "$password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$password" "$keychain"
certificate="$RUNNER_TEMP/certificate.p12"
printf '%s' "$MACOS_CERTIFICATE_P12" | base64 --decode > "$certificate"
security import "$certificate" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -f pkcs12 -T /usr/bin/codesign
rm -f "$certificate"
# let codesign use the key without a dialog nobody could answer
security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" "$keychain" > /dev/null
# search this keychain first, then the user's usual ones
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
security find-identity -v -p codesigning "$keychain"

key="$RUNNER_TEMP/notary-key.p8"
printf '%s' "$MACOS_NOTARY_KEY_P8" > "$key"
echo "MACOS_NOTARY_KEY=$key" >> "$GITHUB_ENV"
