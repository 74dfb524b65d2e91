#pragma once

#include "update/TrustFetcher.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace passdesk::update {

/// Fetches every configured trust source now and then every `interval` (default 6 hours), in the
/// background of the thread that owns it. After each round's downloads `afterUpdate` runs (the GUI
/// refreshes the age on screen and lets TrustStaleMonitor check).
class TrustUpdateScheduler : public QObject
{
    Q_OBJECT
public:
    struct Source
    {
        trust::TrustSetKind kind = trust::TrustSetKind::DscList;
        QUrl url;
        QString shcIssuer; ///< ShcCrl only, when the URL does not reveal it.
    };

    explicit TrustUpdateScheduler(TrustFetcher& fetcher, QObject* parent = nullptr);

    void addSource(const Source& source) { m_sources.append(source); }
    void setAfterUpdate(std::function<void()> callback) { m_afterUpdate = std::move(callback); }
    /// Fetches all sources now, then every `interval`.
    void start(std::chrono::milliseconds interval = std::chrono::hours(6));
    void stop() { m_timer.stop(); }
    /// One round now.
    void fetchAll();

private:
    TrustFetcher& m_fetcher;
    QList<Source> m_sources;
    QTimer m_timer;
    std::function<void()> m_afterUpdate;
};

} // namespace passdesk::update
