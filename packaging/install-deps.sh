#!/usr/bin/env bash
# Installs the Debian 12 packages PassDesk needs to build, test and run. Idempotent: packages already
# present are not touched, and apt is only called when something is missing.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang libclang-rt-14-dev
    # libraries
    qt6-base-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-serialport-dev qt6-multimedia-dev
    libzxing-dev libopencv-dev libsqlite3-dev sqlite3 libssl-dev zlib1g-dev libvalijson-dev
    # zbar: QrDecoder's second reader (core/scan/ZbarReader); the .deb gets libzbar0 from dpkg-shlibdeps
    libzbar-dev
    # tests and benchmarks
    catch2 libbenchmark-dev
    # libqrencode: core/qrcode writes the report's QR code with it (the .deb gets libqrencode4 from
    # dpkg-shlibdeps), and the test corpus and demo footage with the mixed-mode segments real issuers use
    libqrencode-dev
    # the trust-update tests: a local HTTPS server (python3 http.server + ssl) with a certificate made by openssl
    python3 openssl
    # Xvfb: the README screenshots and a display for GUI runs on headless machines; CJK fonts for Hangul
    xvfb xauth fonts-noto-cjk
    # the live Korean input-method check (tests/ui/ibus-hangul-live.sh): ibus with ibus-hangul under Xvfb,
    # a window manager for focus, and XTest key events
    ibus ibus-hangul openbox xdotool
    # Qt's own catalogues (qtbase_ko.qm): dialog buttons such as OK and Cancel in the window's language
    qt6-translations-l10n
    # time zones: policies count days in the venue's zone (Asia/Seoul, Europe/Berlin)
    tzdata
    # the Debian package: CPack's DEB generator (dpkg-shlibdeps, file), and lintian to check the result
    dpkg-dev file lintian
    # the acceptance tests (tests/acceptance): a window manager, XTest key events, a serial scanner on a
    # pseudo-terminal, screenshots of the X server (xwd in x11-apps), OCR of the verdict panel in English
    # and Korean, and cjpeg to write the README's JPEG screenshots
    openbox xdotool socat x11-apps tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor libjpeg-turbo-progs
    # screenshots as the screen shows them (ImageMagick's import composes dialogs that xwd leaves black);
    # dbus-daemon and gsettings for the live ibus-hangul acceptance test, xclip to read what a field holds
    imagemagick dbus libglib2.0-bin dconf-gsettings-backend dconf-service xclip
    # the package test validates the desktop entry and the AppStream metadata
    desktop-file-utils appstream
    # poppler-utils: the report tests render PDFs (pdftoppm) and read their text back (pdftotext)
    poppler-utils
    # the shared venue log (core/replica, issue 14): libpq to talk to PostgreSQL, and the server itself,
    # which the replica tests start in a temporary folder (initdb + pg_ctl from /usr/lib/postgresql/15/bin)
    libpq-dev postgresql-15
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "passdesk: installing missing Debian packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "passdesk: need root (or sudo) to install: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt or dpkg run to finish rather than fail on its lock.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -q
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
