#!/usr/bin/env bash
# The step logic of factlint's GitHub Action (action.yml). It picks the
# articles to lint, runs factlint once with three outputs (workflow
# annotations on stdout, JSON for the job summary, SARIF when asked), writes a
# Markdown table of every finding to $GITHUB_STEP_SUMMARY and exits with
# factlint's status (0 clean, 1 findings at or above fail-on, 2 errors).
#
# Inputs (environment):
#   FACTLINT          the factlint binary (default: factlint on PATH)
#   INPUT_PATHS       files or folders, one per line (or separated by spaces);
#                     empty: the Markdown, HTML and text files changed in the
#                     pull request, or every such file in the repository on
#                     other events
#   INPUT_FAIL_ON     error, warning, info, or none (annotate, never fail)
#   INPUT_CONFIG      a config file (default: the nearest .factlint.yml)
#   INPUT_SARIF_FILE  write SARIF for code scanning to this file
# and GitHub's own: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_WORKSPACE,
# GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_SERVER_URL, GITHUB_REPOSITORY,
# GITHUB_SHA.
#
# A test runs it with a fake GITHUB_* environment (scripts/action_test.go).
set -euo pipefail

factlint=${FACTLINT:-factlint}
fail_on=${INPUT_FAIL_ON:-warning}
sarif=${INPUT_SARIF_FILE:-}
config=${INPUT_CONFIG:-}
summary=${GITHUB_STEP_SUMMARY:-/dev/null}
output=${GITHUB_OUTPUT:-/dev/null}
cd "${GITHUB_WORKSPACE:-.}"

case "$fail_on" in
error | warning | info) cli_fail_on=$fail_on ;;
none | never) cli_fail_on=error ;;
*)
	echo "::error title=factlint::fail-on must be error, warning, info or none, not '$fail_on'"
	exit 2
	;;
esac
if ! command -v jq >/dev/null 2>&1; then
	echo "::error title=factlint::jq is needed to write the job summary"
	exit 2
fi

article_re='\.(md|markdown|html|htm|txt)$'
files=()

if [[ -n "${INPUT_PATHS:-}" ]]; then
	if [[ "$INPUT_PATHS" == *$'\n'* ]]; then
		while IFS= read -r p; do
			p=${p%$'\r'}
			[[ -n "${p//[[:space:]]/}" ]] && files+=("$p")
		done <<<"$INPUT_PATHS"
	else
		read -r -a files <<<"$INPUT_PATHS"
	fi
	how="the paths given"
else
	event=${GITHUB_EVENT_NAME:-push}
	if [[ "$event" == pull_request || "$event" == pull_request_target ]]; then
		base=$(jq -r '.pull_request.base.sha // empty' "${GITHUB_EVENT_PATH:?GITHUB_EVENT_PATH is not set}")
		head=$(jq -r '.pull_request.head.sha // empty' "$GITHUB_EVENT_PATH")
		if [[ -z "$base" || -z "$head" ]]; then
			echo "::error title=factlint::the $event event has no pull_request.base.sha / head.sha"
			exit 2
		fi
		for sha in "$base" "$head"; do
			if ! git cat-file -e "$sha^{commit}" 2>/dev/null; then
				git fetch --quiet --no-tags --depth=1 origin "$sha" || {
					echo "::error title=factlint::cannot fetch commit $sha (use actions/checkout with fetch-depth: 0)"
					exit 2
				}
			fi
		done
		range="$base...$head"
		if ! git merge-base "$base" "$head" >/dev/null 2>&1; then
			echo "::notice title=factlint::no merge base of $base and $head in this clone (fetch-depth: 0 gives one): comparing the two commits directly"
			range="$base $head"
		fi
		# shellcheck disable=SC2086 # range is one or two revisions
		while IFS= read -r -d '' f; do
			if [[ "$f" =~ $article_re && -f "$f" ]]; then
				files+=("$f")
			fi
		done < <(git -c core.quotepath=off diff --name-only --diff-filter=ACMRT -z $range --)
		how="the articles changed in the pull request"
	else
		if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
			while IFS= read -r -d '' f; do
				if [[ "$f" =~ $article_re && -f "$f" ]]; then
					files+=("$f")
				fi
			done < <(git ls-files -z)
		else
			files=(.)
		fi
		how="every article in the repository"
	fi
fi

if [[ ${#files[@]} -eq 0 ]]; then
	echo "factlint: no articles to lint ($how)."
	{
		echo "## factlint"
		echo
		echo "No articles to lint ($how)."
	} >>"$summary"
	echo "findings=0" >>"$output"
	exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=(--format github --format "json=$tmp/findings.json" --fail-on "$cli_fail_on")
if [[ -n "$sarif" ]]; then
	mkdir -p "$(dirname "$sarif")"
	args+=(--format "sarif=$sarif")
fi
if [[ -n "$config" ]]; then
	args+=(--config "$config")
fi

echo "factlint: linting ${#files[@]} path(s): $how"
set +e
"$factlint" "${args[@]}" -- "${files[@]}"
status=$?
set -e

if [[ ! -s "$tmp/findings.json" ]]; then
	echo '[]' >"$tmp/findings.json"
fi
count=$(jq 'length' "$tmp/findings.json")
nfiles=$(jq '[.[].path] | unique | length' "$tmp/findings.json")
echo "findings=$count" >>"$output"

# Links to the lines, on the commit being checked.
blob=""
if [[ -n "${GITHUB_SERVER_URL:-}" && -n "${GITHUB_REPOSITORY:-}" ]]; then
	sha=${head:-${GITHUB_SHA:-}}
	[[ -n "$sha" ]] && blob="$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$sha/"
fi

{
	echo "## factlint"
	echo
	case $status in
	0) verdict="passed" ;;
	1) verdict="failed: findings at or above **$fail_on**" ;;
	*) verdict="failed: factlint could not lint some files (see the log)" ;;
	esac
	echo "$count finding(s) in $nfiles of ${#files[@]} path(s) linted ($how); $verdict."
	if [[ $count -gt 0 ]]; then
		echo
		echo "| File | Line | Severity | Rule | Finding | Fix |"
		echo "| --- | ---: | --- | --- | --- | --- |"
		# Every finding, one row each; table cells are escaped for Markdown
		# (pipes, backslashes, line ends) and HTML (<, >, &). The summary is
		# capped below GitHub's 1 MiB limit.
		jq -r --arg blob "$blob" '
			def cell: tostring | gsub("[\r\n]+"; " ") | gsub("&"; "&amp;") | gsub("<"; "&lt;") | gsub(">"; "&gt;")
				| gsub("(?<c>[\\\\`*_\\[\\]|~])"; "\\\(.c)");
			def enc: @uri;
			.[] | [
				(if $blob == "" then (.path | cell)
				 else "[" + (.path | cell) + "](<" + $blob + (.path | split("/") | map(enc) | join("/")) + "#L" + (.line | tostring) + ">)" end),
				"\(.line):\(.column)",
				.severity,
				(.rule | cell),
				(.message | cell),
				((.fixes[0] // null) | if . == null then "" else ((.message | cell) + (if .safe then " (safe)" else "" end)) end)
			] | "| " + join(" | ") + " |"' "$tmp/findings.json" |
			awk -v limit=900000 '{ n += length($0) + 1; if (n > limit) { rest++; next } print }
				END { if (rest) printf "\n%d more finding(s) not shown: the job summary is limited to 1 MiB; see the annotations or the SARIF file.\n", rest }'
	fi
	echo
} >>"$summary"

case $status in
0) exit 0 ;;
1)
	if [[ "$fail_on" == none || "$fail_on" == never ]]; then
		exit 0
	fi
	exit 1
	;;
*) exit "$status" ;;
esac
