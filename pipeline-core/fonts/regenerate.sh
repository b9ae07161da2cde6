#!/usr/bin/env bash
# Regenerates Colophon's bundled font subsets from the upstream OFL fonts.
# Needs: npm (for `npm pack`), a JDK 17+, and fontTools (Debian: apt-get install python3-fonttools;
# elsewhere: pip install fonttools). Usage: bash pipeline-core/fonts/regenerate.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../src/main/resources/io/github/colophon/fonts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python=${PYTHON:-/usr/bin/python3}
"$python" -c 'import fontTools' 2>/dev/null || python=python3

serif_version=0.4.3   # @expo-google-fonts/noto-serif-sc (Noto Serif SC, static TrueType)
sans_version=0.4.3    # @expo-google-fonts/noto-sans-sc (Noto Sans SC, static TrueType)
mono_version=0.4.1    # @expo-google-fonts/jetbrains-mono (JetBrains Mono)

(cd "$work" && npm pack --silent \
  "@expo-google-fonts/noto-serif-sc@$serif_version" \
  "@expo-google-fonts/noto-sans-sc@$sans_version" \
  "@expo-google-fonts/jetbrains-mono@$mono_version" >/dev/null)
for tgz in "$work"/*.tgz; do
  dir="${tgz%.tgz}"; mkdir -p "$dir"; tar xzf "$tgz" -C "$dir"
done

java "$here/SubsetFonts.java" cjk "$work/cjk.txt"
java "$here/SubsetFonts.java" latin "$work/latin.txt"

subset() { # upstream file, output name, character set
  "$python" -m fontTools.subset "$work/$1" --output-file="$out/$2" --unicodes-file="$work/$3.txt" \
    --layout-features='*' --no-hinting --name-IDs='*' --name-languages='*' --notdef-outline \
    --drop-tables+=DSIG
  printf '%s: %s bytes\n' "$2" "$(wc -c < "$out/$2")"
}
mkdir -p "$out"
subset expo-google-fonts-noto-serif-sc-$serif_version/package/400Regular/NotoSerifSC_400Regular.ttf NotoSerifSC-Regular.ttf cjk
subset expo-google-fonts-noto-serif-sc-$serif_version/package/700Bold/NotoSerifSC_700Bold.ttf NotoSerifSC-Bold.ttf cjk
subset expo-google-fonts-noto-sans-sc-$sans_version/package/400Regular/NotoSansSC_400Regular.ttf NotoSansSC-Regular.ttf cjk
subset expo-google-fonts-noto-sans-sc-$sans_version/package/700Bold/NotoSansSC_700Bold.ttf NotoSansSC-Bold.ttf cjk
subset expo-google-fonts-jetbrains-mono-$mono_version/package/400Regular/JetBrainsMono_400Regular.ttf JetBrainsMono-Regular.ttf latin
subset expo-google-fonts-jetbrains-mono-$mono_version/package/700Bold/JetBrainsMono_700Bold.ttf JetBrainsMono-Bold.ttf latin
cp "$work/expo-google-fonts-noto-serif-sc-$serif_version/package/LICENSE_FONT" "$out/OFL-NotoSC.txt"
cp "$work/expo-google-fonts-jetbrains-mono-$mono_version/package/LICENSE_FONT" "$out/OFL-JetBrainsMono.txt"
echo "Subsets written to $out"
