#!/usr/bin/env bash
# Build the Linux bundle (PyInstaller onedir) and prove it starts on its own:
#   1. pyinstaller packaging/gptbots-planner.spec  -> packaging/dist/gptbots-planner/
#   2. run the bundle with --version and --self-check, offscreen, with no DISPLAY, no network
#      and this machine's Python hidden (when `unshare` can make namespaces), from an empty
#      environment;
#   3. start the window offscreen (and under Xvfb when installed) and check it is still running
#      after a few seconds (it has no "quit after start" switch, so surviving is the test);
#   4. report the unpacked size (fails above the 250 MB goal) and pack a .tar.gz.
#
# usage: packaging/build_linux.sh [--report FILE] [--skip-build]
#   --report FILE  also write the results as Markdown to FILE
#   --skip-build   check an existing packaging/dist/gptbots-planner
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
dist="$here/dist"
work="$here/build"
name=$(python3 -c "import tomllib; print(tomllib.load(open('$root/pyproject.toml','rb'))['project']['name'])")
version=$(python3 -c "import tomllib; print(tomllib.load(open('$root/pyproject.toml','rb'))['project']['version'])")
cli_name=$(python3 -c "import tomllib; s=tomllib.load(open('$root/pyproject.toml','rb'))['project']['scripts']; print(next(k for k, v in s.items() if v == 'gptbots_planner.cli:main'))")
bundle="$dist/$name"
exe="$bundle/$name"
cli="$bundle/$cli_name"
size_goal_mb=250
gui_seconds=8

report=""
skip_build=0
while [ $# -gt 0 ]; do
    case "$1" in
        --report) report=$2; shift 2 ;;
        --skip-build) skip_build=1; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

log() { printf '== %s\n' "$*" >&2; }
failures=0
results=()
record() { results+=("$1"); printf '%s\n' "$1"; }

if [ "$skip_build" -eq 0 ]; then
    command -v pyinstaller >/dev/null || { echo "pyinstaller is not installed (pip install pyinstaller)" >&2; exit 1; }
    log "building $name $version with $(pyinstaller --version)"
    start=$(date +%s)
    pyinstaller --noconfirm --clean --log-level WARN \
        --distpath "$dist" --workpath "$work" "$here/gptbots-planner.spec"
    record "- build: PyInstaller $(pyinstaller --version), $(( $(date +%s) - start )) s, on $(uname -sm), Python $(python3 -c 'import platform; print(platform.python_version())')"
fi
[ -x "$exe" ] && [ -x "$cli" ] || { echo "no bundle at $bundle" >&2; exit 1; }
# The desktop-integration installer travels with the bundle (it finds the bundled resources).
cp "$here/install_linux_desktop.sh" "$bundle/"

# An isolated run: an empty environment; with unshare, also no network and no Python
# installation visible (tmpfs over the interpreters' library folders).
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
isolation="empty environment, no DISPLAY"
python_dirs=()
for d in /usr/lib/python3* /usr/local/lib/python3* "${PYENV_ROOT:-$HOME/.pyenv}"; do
    [ -d "$d" ] && python_dirs+=("$d")
done
if unshare -m -n true 2>/dev/null; then
    use_unshare=1
    isolation="$isolation, no network (unshare -n), Python hidden (${python_dirs[*]:-none found})"
else
    use_unshare=0
fi

run_isolated() {
    # $1: seconds (0 = no limit); the rest: arguments for the bundle's window executable
    # (RUN_EXE picks another executable).
    local seconds=$1
    shift
    local cmd=(env -i "HOME=$home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8"
        "GPTBOTS_PLANNER_HOME=$home/planner" "QT_QPA_PLATFORM=${QPA:-offscreen}")
    [ -n "${DISPLAY_FOR_RUN:-}" ] && cmd+=("DISPLAY=$DISPLAY_FOR_RUN")
    [ "$seconds" -gt 0 ] && cmd+=(timeout "$seconds")
    cmd+=("${RUN_EXE:-$exe}" "$@")
    if [ "$use_unshare" -eq 1 ] && [ -z "${DISPLAY_FOR_RUN:-}" ]; then
        local hide=""
        for d in "${python_dirs[@]}"; do hide+="mount -t tmpfs none '$d'; "; done
        unshare -m -n sh -c "$hide"'exec "$@"' sh "${cmd[@]}"
    else
        "${cmd[@]}"
    fi
}

log "offline start: --version ($isolation)"
if out=$(run_isolated 0 --version 2>&1) && [ "$out" = "$name $version" ]; then
    record "- \`--version\` ($isolation): \`$out\`"
else
    record "- FAILED \`--version\`: $out"
    failures=$((failures + 1))
fi

log "offline start: --self-check"
if out=$(run_isolated 0 --self-check 2>&1); then
    record "- \`--self-check\` exit 0:"
else
    record "- FAILED \`--self-check\`:"
    failures=$((failures + 1))
fi
record '```'
record "$out"
record '```'

log "offline start: $cli_name"
if out=$(RUN_EXE=$cli run_isolated 0 price --model GPT-4.1-1M --key gptbots --input-tokens 1000 --format json 2>&1) \
    && printf '%s' "$out" | grep -q '"credits": "0.22"'; then
    record "- \`$cli_name price --model GPT-4.1-1M --key gptbots --input-tokens 1000\`: 0.22 credits (the pricing page's example)"
else
    record "- FAILED \`$cli_name price\`: $out"
    failures=$((failures + 1))
fi
# Measure a text file and a PNG (tiktoken and Pillow inside the bundle).
mkdir -p "$home/sample"
printf 'GPTBots credits: 1000 积分 = $10\n' >"$home/sample/note.txt"
cp "$root/resources/icons/io.github.gptbots_planner.Planner-256.png" "$home/sample/icon.png"
if out=$(RUN_EXE=$cli run_isolated 0 measure "$home/sample" 2>&1) \
    && printf '%s' "$out" | grep -q 'note.txt' && printf '%s' "$out" | grep -q 'icon.png'; then
    record "- \`$cli_name measure\` (a text file and a PNG):"
else
    record "- FAILED \`$cli_name measure\`:"
    failures=$((failures + 1))
fi
record '```'
record "$out"
record '```'

gui_check() {
    # Start the window and expect it to be still running (timeout's 124) after $gui_seconds.
    local label=$1
    local status=0
    out=$(run_isolated "$gui_seconds" 2>&1) || status=$?
    if [ "$status" -eq 124 ] && printf '%s' "$out" | grep -qE 'Traceback|Could not (load|find) the Qt platform plugin'; then
        record "- FAILED window ($label): running, but it reported: $(printf '%s' "$out" | grep -E -A3 'Traceback|Could not' | head -8)"
        failures=$((failures + 1))
    elif [ "$status" -eq 124 ]; then
        record "- window ($label): still running after ${gui_seconds} s, stopped by timeout, no traceback"
    else
        record "- FAILED window ($label): exited with $status: $(printf '%s' "$out" | tail -5)"
        failures=$((failures + 1))
    fi
}

if [ -f "$root/gptbots_planner/gui/app.py" ]; then
    log "window start, offscreen"
    QPA=offscreen gui_check "QT_QPA_PLATFORM=offscreen, $isolation"
    if command -v Xvfb >/dev/null; then
        log "window start, xcb under Xvfb"
        display=:97
        Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        sleep 1
        rm -f "$work/window-xvfb.png"
        if command -v import >/dev/null; then
            # A picture of the screen shortly before the timeout, to look at.
            (sleep $((gui_seconds - 2)); DISPLAY=$display import -window root "$work/window-xvfb.png" 2>/dev/null) &
        fi
        QPA=xcb DISPLAY_FOR_RUN=$display gui_check "QT_QPA_PLATFORM=xcb on Xvfb, empty environment"
        [ -f "$work/window-xvfb.png" ] && record "- screenshot of the Xvfb screen: \`packaging/build/window-xvfb.png\`"
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
else
    record "- window: not checked, gptbots_planner/gui/app.py does not exist yet"
fi

# The desktop integration installed from the bundle (into a throwaway data folder).
if out=$(XDG_DATA_HOME="$home/share" sh "$bundle/install_linux_desktop.sh" 2>&1) \
    && grep -qx "Exec=$exe %F" "$home/share/applications/io.github.gptbots_planner.Planner.desktop" \
    && { ! command -v desktop-file-validate >/dev/null \
        || desktop-file-validate "$home/share/applications/io.github.gptbots_planner.Planner.desktop"; }; then
    record "- \`install_linux_desktop.sh\` from the bundle: menu entry runs \`$exe\`, desktop-file-validate clean"
else
    record "- FAILED \`install_linux_desktop.sh\` from the bundle: $out"
    failures=$((failures + 1))
fi

size_bytes=$(du -sb "$bundle" | cut -f1)
size_mb=$(( (size_bytes + 524288) / 1048576 ))
files=$(find "$bundle" -type f | wc -l)
if [ "$size_mb" -lt "$size_goal_mb" ]; then
    record "- unpacked size: ${size_mb} MB (${size_bytes} bytes, ${files} files); goal < ${size_goal_mb} MB: met"
else
    record "- unpacked size: ${size_mb} MB (${size_bytes} bytes, ${files} files); goal < ${size_goal_mb} MB: MISSED"
    failures=$((failures + 1))
fi
record "- largest parts: $(cd "$bundle/_internal" && du -sm -- * | sort -rn | head -6 | awk '{printf "%s %s MB; ", $2, $1}')"

archive="$dist/$name-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" -czf "$archive" "$name"
record "- archive: $(basename "$archive"), $(( ($(stat -c %s "$archive") + 524288) / 1048576 )) MB"

if [ -n "$report" ]; then
    {
        echo "# Bundle build results"
        echo
        echo "$name $version, built $(date -u +%Y-%m-%dT%H:%MZ) from the work tree at commit" \
            "$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)" \
            "by \`packaging/build_linux.sh --report packaging/BUILD-RESULTS.md\`."
        echo "The bundle (packaging/dist/) is not committed; run the script to rebuild and re-check it."
        echo
        printf '%s\n' "${results[@]}"
    } >"$report"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
log "all checks passed: $bundle"
