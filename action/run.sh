#!/usr/bin/env bash
# The GitHub Action's lint step (action.yml): turns the inputs into unlinter arguments and, on a
# pull request, lints only the drafts it adds or changes. Inputs arrive as environment variables
# (never pasted into the script), so a path or a branch name cannot inject shell code.
#
#   INPUT_PATHS               files, folders or globs, separated by spaces or new lines (default .)
#   INPUT_PRESET              --preset
#   INPUT_CONFIG              --config
#   INPUT_MAX_WARNINGS        --max-warnings
#   INPUT_CHANGED_FILES_ONLY  true: on pull requests, lint the changed drafts only
#   GITHUB_EVENT_NAME, BASE_SHA (the pull request's base commit), GITHUB_ACTION_PATH: from Actions
#   UNLINTER                  command to run unlinter (default: the repository's own, else the action's)
set -euo pipefail

read -r -d '' -a paths < <(printf '%s\0' "${INPUT_PATHS:-.}" | tr '\n' ' ') || true
[ "${#paths[@]}" -gt 0 ] || paths=(.)

args=(--format github --no-warn-ignored)
[ -z "${INPUT_PRESET:-}" ] || args+=(--preset "$INPUT_PRESET")
[ -z "${INPUT_CONFIG:-}" ] || args+=(--config "$INPUT_CONFIG")
[ -z "${INPUT_MAX_WARNINGS:-}" ] || args+=(--max-warnings "$INPUT_MAX_WARNINGS")

if [ -n "${UNLINTER:-}" ]; then
  read -r -a unlinter <<<"$UNLINTER"
elif [ -x node_modules/.bin/unlinter ]; then
  unlinter=(node_modules/.bin/unlinter)
else
  unlinter=(node "${GITHUB_ACTION_PATH:?}/bin/unlinter.js")
fi

# Whether a changed file is covered by one of the paths: `.`, the file itself, a folder above it,
# or a shell pattern (where `*` also matches `/`).
covered() {
  local file=$1 p
  for p in "${paths[@]}"; do
    p=${p#./}
    p=${p%/}
    if [ -z "$p" ] || [ "$p" = . ] || [ "$file" = "$p" ] || [[ $file == "$p"/* ]]; then return 0; fi
    # shellcheck disable=SC2053 # $p is a pattern on purpose
    if [[ $p == *[*?[]* && $file == $p ]]; then return 0; fi
  done
  return 1
}

case "${GITHUB_EVENT_NAME:-}" in pull_request | pull_request_target) pr=true ;; *) pr=false ;; esac
if [ "$pr" = true ] && [ "${INPUT_CHANGED_FILES_ONLY:-true}" = true ]; then
  base=${BASE_SHA:?the pull request has no base commit}
  # actions/checkout fetches one commit by default; the base is needed to compare against.
  git cat-file -e "$base^{commit}" 2>/dev/null || git fetch --no-tags --quiet --depth=1 origin "$base"
  files=()
  while IFS= read -r -d '' f; do
    case "$f" in *.md | *.markdown | *.mdx | *.txt) covered "$f" && files+=("$f") ;; esac
  done < <(git diff --name-only --diff-filter=ACMR -z "$base" HEAD)
  if [ "${#files[@]}" -eq 0 ]; then
    echo "unlinter: this pull request changes no drafts under: ${paths[*]}"
    exit 0
  fi
  echo "unlinter: checking ${#files[@]} changed draft(s)"
  exec "${unlinter[@]}" "${args[@]}" -- "${files[@]}"
fi
exec "${unlinter[@]}" "${args[@]}" -- "${paths[@]}"
