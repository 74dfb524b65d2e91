#pragma once

#include "report/VenueProfile.h"

#include <QString>
#include <QStringList>

namespace passdesk::ui {

/// Everything the owner chooses, stored with QSettings (INI) in the standard configuration folder.
/// A settings file that cannot be read is moved aside (never silently reused) and the defaults apply;
/// the visitor log is a separate file and is not touched.
struct AppSettings
{
    // Counter
    QString language = QStringLiteral("ko");  ///< "ko", "en", "de" or "it" (UiLanguage::supported())
    QString source;                           ///< camera:N, demo, a file or folder; empty: camera 0 if present, else demo
    QString serialPort;                       ///< a USB serial scanner's port, empty for none
    int clearAfterSeconds = 5;                ///< how long a verdict stays up (0: until the next scan)
    bool sound = true;                        ///< a distinct sound per verdict
    bool spokenPrompts = false;               ///< say the verdict (Korean or English) after the sound
    bool highContrast = false;                ///< black background, bright verdict colours, larger text
    bool kiosk = false;                       ///< start full screen at this user's login (an autostart entry)
    bool alwaysCheckId = false;
    int reuseWindowMinutes = 120;
    int noDecodeMinutes = 30;                 ///< a live camera with no readable code this long is an evidence entry

    // Visitor log
    bool contactLogging = false;              ///< names and birth dates in the log (off: privacy by default)
    int retentionDays = 28;
    QStringList staff;                        ///< names staff sign in with
    QString currentStaff;

    // Trust
    QString trustPath;                        ///< imported trust list or certificate folder; empty: none (or the demo set)
    QString trustUrl;                         ///< a signed DSC list fetched in the background when set
    QString trustPinPath;                     ///< the trust-list signer's public key (PEM), for signed lists
    QString trustCaPath;                      ///< extra CA certificates (PEM) for the update server, if any

    QString policy = QStringLiteral("standard");
    int minorsBornFrom = 0;                   ///< holders born this year or later are exempt; 0: the policy's own cutoff
    report::VenueProfile venue; ///< also stored in the visitor log, where exports read it
    bool firstRunDone = false;

    /// The default settings file (QStandardPaths::AppConfigLocation/passdesk.ini).
    static QString defaultPath();
    /// Where the owner's imported policy files live (beside the built-in ones).
    static QString policyDir();

    /// Reads `path`. A file that exists but cannot be parsed is renamed to `<path>.broken-<time>` and the
    /// defaults are returned; `notice` then says so in plain words (empty otherwise).
    static AppSettings load(const QString& path, QString* notice = nullptr);
    /// Writes every value; false (with `error`) when the file cannot be written.
    bool save(const QString& path, QString* error = nullptr) const;

    /// Range checks applied on load and before save (negative timeouts, zero retention and so on).
    void normalise();
};

} // namespace passdesk::ui
