#!/usr/bin/env bash
# Vendors bpmn.io's dmn-js (the DMN modeler of the console's editor) from npm into the console's static resources.
# dmn-js 17 is on neither mvnpm nor WebJars, so the files are committed: building and running Credo needs no npm.
# Run it only to change the version: pin VERSION and INTEGRITY (npm view dmn-js@<v> dist.integrity) together.
set -euo pipefail

VERSION=17.8.1
INTEGRITY=sha512-fGWZdorwZnRkKCwbcnpDY9K+pfxD2FiK3LTm8P8uQrkvVoeBv3rIMIw0SxQaVGPjwGVLrWEslOVdwME1rzBL9g==

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET="$ROOT/engine-service/src/main/resources/META-INF/resources/console/vendor/dmn-js/$VERSION"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "dmn-js@$VERSION" >/dev/null)
TARBALL="$WORK/dmn-js-$VERSION.tgz"
ACTUAL="sha512-$(openssl dgst -sha512 -binary "$TARBALL" | base64 -w0)"
if [ "$ACTUAL" != "$INTEGRITY" ]; then
  echo "dmn-js $VERSION: integrity $ACTUAL differs from the pinned $INTEGRITY" >&2
  exit 1
fi
tar -xzf "$TARBALL" -C "$WORK"

rm -rf "$TARGET"
mkdir -p "$TARGET/assets/dmn-font/css" "$TARGET/assets/dmn-font/font"
cp "$WORK/package/LICENSE" "$TARGET/LICENSE"
cp "$WORK/package/dist/dmn-modeler.production.min.js" "$TARGET/"
cp "$WORK/package/dist/assets/"*.css "$TARGET/assets/"
cp "$WORK/package/dist/assets/dmn-font/css/dmn.css" "$TARGET/assets/dmn-font/css/"
cp "$WORK/package/dist/assets/dmn-font/font/"* "$TARGET/assets/dmn-font/font/"
echo "dmn-js $VERSION vendored into $TARGET"
