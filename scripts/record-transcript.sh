#!/usr/bin/env bash
# Writes a transcript from a file of commands (one per line; "#" lines are copied as comments),
# running each against a fresh state with the real tools. Review the result before committing it:
# a transcript is a claim about what illumos prints.
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
export PATH="$root/bin:$PATH" IPMPLAB_STATE="$dir/state.db" NO_COLOR=1
unset NODE_EXTRA_CA_CERTS IPMPLAB_PRIVILEGED
while IFS= read -r line; do
  case "$line" in
    '#'*|'') printf '%s\n' "$line"; continue ;;
  esac
  printf '$ %s\n' "$line"
  out="$(cd "$root" && /bin/sh -c "$line" 2>&1)"; rc=$?
  [ -n "$out" ] && printf '%s\n' "$out"
  [ "$rc" -ne 0 ] && printf '[exit %d]\n' "$rc"
done < "${1:-/dev/stdin}"
