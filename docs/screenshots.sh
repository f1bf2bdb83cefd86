#!/usr/bin/env bash
# Screenshots of the desktop app as a person sees it: the real shaded jar in a virtual X display (Xvfb).
# Writes docs/screenshots/<screen>.png. Add a screen with one more `shoot` line at the bottom.
#
# Needs once: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0 xdotool imagemagick
# Usage:      docs/screenshots.sh            (uses desktop/target/modelwright.jar; builds it if missing)
#             JAR=/path/to/modelwright.jar docs/screenshots.sh
#             ONLY=data-dark SETTLE=10 docs/screenshots.sh   (one screen; settle longer on a busy machine, where
#                                                           Xvfb repaints late and a capture can show an old frame)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${JAR:-$here/desktop/target/modelwright.jar}"
out="$here/docs/screenshots"
mkdir -p "$out"

for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0 xdotool imagemagick" >&2; exit 2; }
done
if [[ ! -f "$jar" ]]; then
  (cd "$here" && mvn -B -q -o -pl desktop -am -DskipTests package)
fi

# shoot NAME [APP ARGUMENTS...] — starts the app, waits until a window title contains WAIT_TITLE (default
# "Modelwright"; a loaded file puts its name in the title), lets it settle, then captures the window.
# Set ACTIONS to a shell snippet to drive the window first ($W is the window id), e.g.
#   ACTIONS="$pick_dark_theme" shoot start-dark
shoot() {
  local name="$1"; shift
  [[ -n "${ONLY:-}" && "$ONLY" != "$name" ]] && return 0
  local tmp; tmp="$(mktemp -d)"
  mkdir -p "$tmp/home"
  # A fresh home folder: no recent files or settings from whoever runs this.
  # A random display number: other people may be running xvfb-run on this machine at the same time.
  xvfb-run -a -n $((100 + RANDOM % 800)) -s "-screen 0 1440x900x24 -nolisten tcp" env JAR="$jar" TMP_DIR="$tmp" SHOT="$out/$name.png" \
      ACTIONS="${ACTIONS:-}" SETTLE="${SETTLE:-4}" WAIT_TITLE="${WAIT_TITLE:-Modelwright}" bash -c '
    # On a busy machine Xvfb may still be starting: wait until the display answers.
    for _ in $(seq 60); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.5; done
    java -Dprism.order=sw -Duser.home="$TMP_DIR/home" -jar "$JAR" "$@" > "$TMP_DIR/app.log" 2>&1 & app=$!
    W=""
    # Start-up and import can take a while on a busy machine.
    for _ in $(seq 240); do
      W=$(xdotool search --onlyvisible --name "$WAIT_TITLE" 2>/dev/null | head -1 || true)
      [[ -n "$W" ]] && break
      sleep 0.5
    done
    if [[ -z "$W" ]]; then echo "The window did not appear; app log:" >&2; cat "$TMP_DIR/app.log" >&2; kill $app; exit 1; fi
    sleep "$SETTLE"
    xdotool mousemove 0 0   # no hover highlight in the picture
    eval "$ACTIONS"
    sleep "$SETTLE"
    eval "$(xdotool getwindowgeometry --shell "$W")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$SHOT"
    kill $app' _ "$@"
  echo "wrote $out/$name.png" >&2
  rm -rf "$tmp"
}

# Keyboard shortcuts of the View menu, and a menu click (window coordinates) for Help > About (Help is the fifth menu).
pick_dark_theme='xdotool windowfocus --sync $W; xdotool key --clearmodifiers ctrl+shift+d; sleep 3'
pick_presentation='xdotool windowfocus --sync $W; xdotool key --clearmodifiers ctrl+shift+p; sleep 3'
open_about='xdotool mousemove --window $W 297 14 click 1; sleep 1; xdotool mousemove --window $W 330 42 click 1; sleep 2; xdotool mousemove 0 0'

shoot start
WAIT_TITLE="iris.csv" shoot data "$here/sample-data/iris.csv"
WAIT_TITLE="cars.csv" ACTIONS="$pick_dark_theme" shoot data-dark "$here/sample-data/cars.csv"
ACTIONS="$pick_presentation" shoot start-presentation
WAIT_TITLE="cars.csv" ACTIONS="$pick_presentation" shoot data-presentation "$here/sample-data/cars.csv"
ACTIONS="$open_about" shoot about
# A file that does not exist: the error view, as a person meets it.
WAIT_TITLE="problem" shoot error "$here/sample-data/no-such-file.csv"

# Train and Results, driven as a person would (window coordinates at the default 1280×800 size): pick the
# target in the Data screen's Target menu (keyboard: Down moves through "No target" and the columns; species is the sixth item), go to
# Train, press Train (the default algorithm, XGBoost), then click the versicolor/versicolor cell of the
# confusion matrix. The sleeps are generous: with software rendering on a shared machine events lag.
pick_species='xdotool mousemove --window $W 780 90 click 1; sleep 2; xdotool key Down Down Down Down Down Down Return; sleep 1'
go_train='xdotool mousemove --window $W 168 44 click 1; sleep 4; xdotool mousemove 0 0'
press_train='xdotool mousemove --window $W 55 746 click 1; sleep 25'
click_cell='xdotool mousemove --window $W 286 381 click 1; sleep 3; xdotool mousemove 0 0'
WAIT_TITLE="iris.csv" ACTIONS="$pick_species; $go_train" shoot train "$here/sample-data/iris.csv"
WAIT_TITLE="iris.csv" ACTIONS="$pick_species; $go_train; $press_train; $click_cell" shoot results "$here/sample-data/iris.csv"

# Try it (Ctrl+5) after training; the export wizard (Ctrl+E) is its own window: export with the suggested
# settings (Return presses "Export and verify"), wait for the verification, then capture that window (W is reassigned).
go_tryit='xdotool key --window $W ctrl+5; sleep 6; xdotool mousemove 0 0'
export_model='xdotool key --window $W ctrl+e; sleep 5; W=$(xdotool search --onlyvisible --name "Export a model" | head -1); xdotool key --window $W Return; sleep 60'
WAIT_TITLE="iris.csv" ACTIONS="$pick_species; $go_train; $press_train; $go_tryit" shoot tryit "$here/sample-data/iris.csv"
WAIT_TITLE="iris.csv" ACTIONS="$pick_species; $go_train; $press_train; $export_model" shoot export "$here/sample-data/iris.csv"
