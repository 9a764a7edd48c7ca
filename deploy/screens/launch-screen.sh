#!/bin/sh
# Opens one device screen in Chromium, full screen, for motcua-screen@.service. Until the server's
# /actuator/health answers UP it shows the local waiting page, which opens the screen itself once the server answers.
set -eu
: "${MOTCUA_URL:?MOTCUA_URL is not set in /etc/motcua/screens/${MOTCUA_SCREEN:-screen}.env}"
server=${MOTCUA_SERVER:-$(printf '%s' "$MOTCUA_URL" | sed -E 's#^(https?://[^/]+).*#\1#')}
here=$(dirname "$(readlink -f "$0")")
profile=${STATE_DIRECTORY:-$HOME/.motcua-screen}/chromium
mkdir -p "$profile"
# A crash must not leave "Chromium did not shut down correctly" nor a restore bubble on a screen nobody can click.
prefs="$profile/Default/Preferences"
if [ -f "$prefs" ]; then
  sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"Crashed"/"exit_type":"Normal"/' "$prefs"
fi
start=$MOTCUA_URL
if ! curl -fsS --max-time 3 "$server/actuator/health" 2>/dev/null | grep -q '"UP"'; then
  start="file://$here/waiting.html#$(printf '%s' "$MOTCUA_URL")"
fi
exec chromium \
  --kiosk "$start" \
  --user-data-dir="$profile" \
  --autoplay-policy=no-user-gesture-required \
  --disable-pinch --overscroll-history-navigation=0 \
  --disable-features=TouchpadOverscrollHistoryNavigation,Translate,InfiniteSessionRestore \
  --no-first-run --no-default-browser-check --disable-session-crashed-bubble --hide-crash-restore-bubble \
  --noerrdialogs --disable-infobars --disable-translate --password-store=basic \
  --disable-background-networking --disable-component-update --disable-sync --check-for-update-interval=31536000 \
  --ozone-platform=wayland --enable-features=UseOzonePlatform \
  ${MOTCUA_CHROMIUM_FLAGS:-}
