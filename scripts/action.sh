#!/usr/bin/env bash
# The logic of the recon GitHub Action (action.yml): gets recon, runs `recon compare` on the given paths,
# leaves a SARIF file for code scanning and appends the Markdown report to the step summary. Its exit code
# is recon's, so `fail-on` fails the step. Reads what GitHub sets for an action step:
#   INPUT_PATHS      files and folders to compare, separated by spaces or new lines (required)
#   INPUT_FAIL_ON    info|minor|major|never (default major)
#   INPUT_BASELINE   an earlier JSON report (optional)
#   INPUT_FORMAT     md|json|html|sarif|github, the report printed in the log and given as output `report`
#                    (default github: annotations on the changed lines)
#   INPUT_CONFIG     a recon.json to read (optional; else recon looks for one as usual)
#   INPUT_VERSION    a released version to download (optional; else recon is built from the action's source)
#   GITHUB_ACTION_PATH, GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
#   GITHUB_SERVER_URL, GITHUB_ACTION_REPOSITORY
# RECON_TARBALL, when set, names a recon-VERSION-linux-x64.tar.gz to use instead (self-hosted runners, tests).
# Writes outputs exit-code, report, sarif and summary (file paths under RUNNER_TEMP).
set -euo pipefail

fail() { # fail CODE MESSAGE: an error the workflow shows, and recon's exit code for it
  echo "::error title=recon::$2"
  echo "exit-code=$1" >>"$GITHUB_OUTPUT"
  exit "$1"
}
for v in GITHUB_ACTION_PATH GITHUB_WORKSPACE RUNNER_TEMP GITHUB_OUTPUT GITHUB_STEP_SUMMARY; do
  [ -n "${!v:-}" ] || { echo "recon action: $v is not set; run this script as a GitHub Actions step" >&2; exit 2; }
done

paths_input="${INPUT_PATHS:-}"
fail_on="${INPUT_FAIL_ON:-major}"
format="${INPUT_FORMAT:-github}"
baseline="${INPUT_BASELINE:-}"
config="${INPUT_CONFIG:-}"
version="${INPUT_VERSION:-}"
read -r -d '' -a paths <<<"$paths_input" || true
[ "${#paths[@]}" -gt 0 ] || fail 2 "input 'paths' is empty: give the files and folders to compare"
# Exit code 2 (usage) as recon gives for a bad value, but said before anything is downloaded or built.
case "$fail_on" in info|minor|major|never) ;; *) fail 2 "input 'fail-on' is '$fail_on'; expected info, minor, major or never" ;; esac
case "$format" in md|json|html|sarif|github) ;; *) fail 2 "input 'format' is '$format'; expected md, json, html, sarif or github" ;; esac

work="$RUNNER_TEMP/recon-action"
rm -rf "$work"
mkdir -p "$work"

# recon itself: a given tarball, a released one, or one built from the action's own checkout.
tarball="${RECON_TARBALL:-}"
if [ -z "$tarball" ] && [ -n "$version" ]; then
  tarball="$work/recon-$version-linux-x64.tar.gz"
  # github.action_repository is empty inside a composite action on some runners; the runner checks an
  # action out at RUNNER/_actions/OWNER/REPO/REF, which names it as well
  repository="${GITHUB_ACTION_REPOSITORY:-}"
  if [ -z "$repository" ] && [[ "$GITHUB_ACTION_PATH" =~ /_actions/([^/]+)/([^/]+)/[^/]+/?$ ]]; then
    repository="${BASH_REMATCH[1]}/${BASH_REMATCH[2]}"
  fi
  [ -n "$repository" ] || fail 4 "cannot tell which repository to download recon $version from: GITHUB_ACTION_REPOSITORY is empty"
  url="${GITHUB_SERVER_URL:-https://github.com}/$repository/releases/download/v$version/recon-$version-linux-x64.tar.gz"
  echo "recon action: downloading $url"
  curl -fsSL --retry 3 -o "$tarball" "$url" || fail 4 "cannot download recon $version from $url"
fi
if [ -z "$tarball" ]; then
  shopt -s nullglob
  built=("$GITHUB_ACTION_PATH"/dist/target/recon-*-linux-x64.tar.gz)
  if [ "${#built[@]}" -eq 0 ]; then
    echo "recon action: building recon from $GITHUB_ACTION_PATH"
    # GitHub's Ubuntu runners have Java 17 and Maven; prefer that JDK when several are installed.
    (cd "$GITHUB_ACTION_PATH" && JAVA_HOME="${JAVA_HOME_17_X64:-${JAVA_HOME:-}}" \
      mvn -B -ntp -q -pl dist -am package -DskipTests) || fail 4 "building recon failed"
    built=("$GITHUB_ACTION_PATH"/dist/target/recon-*-linux-x64.tar.gz)
  fi
  shopt -u nullglob
  [ "${#built[@]}" -eq 1 ] || fail 4 "expected one recon tarball in $GITHUB_ACTION_PATH/dist/target, found ${#built[@]}"
  tarball="${built[0]}"
fi
mkdir -p "$work/recon"
tar -xzf "$tarball" -C "$work/recon" --strip-components=1 || fail 4 "cannot unpack $tarball"
recon="$work/recon/bin/recon"

options=()
[ -n "$baseline" ] && options+=(--baseline "$baseline")
[ -n "$config" ] && options+=(--config "$config")

cd "$GITHUB_WORKSPACE"
case "$format" in md) ext=md ;; github) ext=txt ;; *) ext="$format" ;; esac
report="$work/report.$ext"
# The run that decides: recon's exit code is the step's. recon would append its own summary to
# GITHUB_STEP_SUMMARY with --format github; this script writes the one summary below, cut to GitHub's limit.
set +e
env -u GITHUB_STEP_SUMMARY "$recon" compare --format "$format" --fail-on "$fail_on" "${options[@]}" --output "$report" "${paths[@]}"
rc=$?
set -e
echo "exit-code=$rc" >>"$GITHUB_OUTPUT"
if [ "$rc" -ge 2 ]; then
  # recon has said what is wrong on stderr, one line; there is no report to pass on
  echo "::error title=recon::recon compare failed (exit $rc); see the line above"
  exit "$rc"
fi
echo "report=$report" >>"$GITHUB_OUTPUT"
# Workflow commands (annotations) and the Markdown report belong in the log; the other formats are files.
case "$format" in github|md) cat "$report" ;; *) echo "recon action: report written to $report" ;; esac

# SARIF for code scanning and Markdown for the summary: the same input and options again, so the same
# findings (recon is deterministic), in the other formats. The same fail-on too, or a recon.json's failOn
# would decide these runs' exit codes (and SARIF's record of it); exit 1 is their findings, not a failure.
again() { # again ARGS...: another run of recon compare on the same input
  local code=0
  "$recon" compare --quiet --fail-on "$fail_on" "${options[@]}" "$@" "${paths[@]}" || code=$?
  [ "$code" -le 1 ] || fail "$code" "recon compare $1 $2 failed (exit $code) after the first run succeeded"
}
sarif="$report"
if [ "$format" != sarif ]; then
  sarif="$work/recon.sarif"
  again --format sarif --output "$sarif"
fi
echo "sarif=$sarif" >>"$GITHUB_OUTPUT"
# The summary as recon writes it for a step: every finding, held to GitHub's 1 MiB for a step summary
# (a Markdown report proper is held to a comment's 65,536 characters).
summary="$work/summary.md"
: >"$summary"
GITHUB_STEP_SUMMARY="$summary" again --format github --output "$work/annotations.txt"
echo "summary=$summary" >>"$GITHUB_OUTPUT"
cat "$summary" >>"$GITHUB_STEP_SUMMARY"
exit "$rc"
