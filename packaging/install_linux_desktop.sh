#!/bin/sh
# Install (or remove) GPTBots Credit Planner's desktop integration for the current user:
# the .desktop entry, the AppStream metainfo, the MIME type for *.gbplan plan files and the
# icons, all under ${XDG_DATA_HOME:-~/.local/share}.  Needs no root.
#
# Works from a source checkout (packaging/install_linux_desktop.sh; the app itself comes from
# `pip install`) and from an unpacked bundle (gptbots-planner/install_linux_desktop.sh, next to
# the executable; the menu entry then starts that executable by its absolute path).
#
# usage: install_linux_desktop.sh [--exec COMMAND] [--uninstall] [--help]
set -eu

APP_ID=io.github.gptbots_planner.Planner
SIZES="16 24 32 48 64 128 256 512"

usage() {
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    cat <<EOF

  --exec COMMAND  what the menu entry runs (default: the bundle's executable when run from a
                  bundle, otherwise the full path of the gptbots-planner found on PATH)
  --uninstall     remove the files this script installs
EOF
}

here=$(cd "$(dirname "$0")" && pwd)
exec_cmd=""
uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --exec) [ $# -ge 2 ] || { echo "--exec needs a command" >&2; exit 2; }; exec_cmd=$2; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done

# Where the files to install are: a source tree keeps them in resources/, a PyInstaller
# bundle under _internal/gptbots_planner/resources/.
if [ -d "$here/../resources/linux" ]; then
    res=$(cd "$here/../resources" && pwd)
elif [ -d "$here/_internal/gptbots_planner/resources/linux" ]; then
    res="$here/_internal/gptbots_planner/resources"
    if [ -z "$exec_cmd" ] && [ -x "$here/gptbots-planner" ]; then
        exec_cmd="$here/gptbots-planner"
    fi
else
    echo "cannot find resources/linux next to $here" >&2
    exit 1
fi

data=${XDG_DATA_HOME:-$HOME/.local/share}
desktop="$data/applications/$APP_ID.desktop"
metainfo="$data/metainfo/$APP_ID.metainfo.xml"
mime="$data/mime/packages/$APP_ID.xml"

refresh_caches() {
    # Each tool is optional: a desktop without it simply rescans later.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" || true
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
    fi
}

if [ "$uninstall" -eq 1 ]; then
    rm -f "$desktop" "$metainfo" "$mime" "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    mkdir -p "$data/applications" "$data/mime/packages"
    refresh_caches
    echo "removed the desktop integration of $APP_ID from $data"
    exit 0
fi

if [ -n "$exec_cmd" ]; then
    # The Exec key quotes arguments with double quotes and gives \ " ` $ special meaning;
    # refuse those rather than write an entry that runs something else.
    case "$exec_cmd" in
        *[\"\`\$\\]*) echo "--exec: the path must not contain \" \` \$ or \\" >&2; exit 2 ;;
    esac
    case "$exec_cmd" in
        *" "*) exec_field="\"$exec_cmd\"" ;;
        *) exec_field=$exec_cmd ;;
    esac
elif found=$(command -v gptbots-planner 2>/dev/null) && [ -n "$found" ]; then
    # The absolute path: a virtual environment active in this shell is not on the desktop's
    # PATH.  (Re-run with --exec gptbots-planner to keep the bare name.)
    exec_cmd=$found
    case "$exec_cmd" in
        *[\"\`\$\\]*) exec_field="" ;;  # unusual path: keep the bare name from the file
        *" "*) exec_field="\"$exec_cmd\"" ;;
        *) exec_field=$exec_cmd ;;
    esac
else
    exec_field=""
    echo "warning: gptbots-planner is not on PATH; install the app (pip install .) or pass --exec" >&2
fi

mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages" \
    "$data/icons/hicolor/scalable/apps"
if [ -n "$exec_field" ]; then
    # Escape for sed's replacement text (& and the | delimiter).
    sed_field=$(printf '%s' "$exec_field" | sed 's/[&|]/\\&/g')
    sed -e "s|^Exec=gptbots-planner |Exec=$sed_field |" -e "s|^TryExec=.*|TryExec=$sed_field|" \
        "$res/linux/$APP_ID.desktop" >"$desktop.tmp"
    # TryExec must be a plain path: drop the quotes added for Exec.
    sed -i -e "s|^TryExec=\"\(.*\)\"$|TryExec=\1|" "$desktop.tmp"
else
    cp "$res/linux/$APP_ID.desktop" "$desktop.tmp"
fi
mv "$desktop.tmp" "$desktop"
cp "$res/linux/$APP_ID.metainfo.xml" "$metainfo"
cp "$res/linux/$APP_ID.mime.xml" "$mime"
cp "$res/icons/$APP_ID.svg" "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$res/icons/$APP_ID-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh_caches
echo "installed the desktop integration of $APP_ID into $data"
grep '^Exec=' "$desktop"
