# Sourced by .ci/run: makes Debian's chromium available to the end-to-end browser test (Playwright cannot download
# browsers here) and exports its path as ROUNDUP_CHROMIUM. The test skips, saying so, when no chromium is found.
roundup_chromium() {
  local exe
  exe=$(command -v chromium || command -v chromium-browser || true)
  if [ -z "$exe" ] && command -v apt-get >/dev/null; then
    apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }
    exe=$(command -v chromium || command -v chromium-browser || true)
  fi
  [ -n "$exe" ] || { echo "chromium: not available"; return 1; }
  export ROUNDUP_CHROMIUM="$exe"
  echo "chromium: $exe"
}
roundup_chromium
