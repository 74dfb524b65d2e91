#!/usr/bin/env bash
# Live ibus-hangul run: Xvfb + openbox + ibus-daemon + hangul engine in Hangul mode, the Qt event logger
# (tests/tools/ImeEventLogger.cpp) focused, a wedge burst as XTest keys (xdotool), then Return.
# Run inside a private D-Bus session:
#   dbus-run-session -- tests/ui/ibus-hangul-live.sh "$(cat resources/demo/certificates/valid-booster.hc1.txt)" out.events
# Needs: xvfb openbox ibus ibus-hangul xdotool (packaging/install-deps.sh). LOGGER: the built logger.
set -u
DISP=${DISP:-:73}
TEXT="$1"; OUT="$2"
LOGGER=${LOGGER:-build/dev/tests/ui/passdesk-ime-event-logger}
Xvfb $DISP -screen 0 1024x768x24 -nolisten tcp >"$OUT.xvfb.log" 2>&1 & XPID=$!
sleep 1
export DISPLAY=$DISP
openbox >/dev/null 2>&1 & OPID=$!
export GTK_IM_MODULE=ibus QT_IM_MODULE=ibus XMODIFIERS=@im=ibus
gsettings set org.freedesktop.ibus.engine.hangul initial-input-mode 'hangul' 2>&1 || true
gsettings get org.freedesktop.ibus.engine.hangul initial-input-mode 2>&1
ibus-daemon -drx --panel=disable >"$OUT.ibus.log" 2>&1
sleep 3
ibus engine hangul; echo "engine: $(ibus engine)"
"$LOGGER" "$OUT" 40000 & LPID=$!
sleep 3
xdotool search --name ime-event-logger | head -1 | xargs -r xdotool windowactivate --sync 2>&1
ibus engine hangul; echo "engine after focus: $(ibus engine)"
sleep 1
xdotool type --delay 2 "$TEXT"; xdotool key Return
sleep 10 # ibus may still be working through the burst
kill $LPID $OPID $XPID 2>/dev/null; ibus exit 2>/dev/null
