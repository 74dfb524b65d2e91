#pragma once

#include "common/Clock.h"
#include "credential/CredentialVerifier.h"
#include "credential/ShcChunks.h"
#include "rules/Policy.h"
#include "scan/FrameSource.h"
#include "scan/QrDecoder.h"
#include "scan/StreamDecoder.h"

#include <QHash>

#include <chrono>
#include <memory>
#include <optional>

namespace passdesk::counter {

/// How a certificate reached PassDesk (logged with each visit).
enum class InputKind { Camera, Wedge, Serial, Manual, File };
QString toString(InputKind kind);

/// One verdict and how it came about, with the timestamps that measure the counter's latency.
struct ScanOutcome
{
    QStringList texts; ///< The code text(s): several for a chunked SMART Health Card.
    credential::Verification verification;
    rules::Verdict verdict;
    InputKind input = InputKind::Camera;
    QDateTime at; ///< Wall-clock time the credential was checked against.
    std::chrono::steady_clock::time_point captured; ///< Frame (or keystroke burst) arrival.
    std::chrono::steady_clock::time_point decided;  ///< Verdict reached.
};

/// The synchronous heart of the counter: frame -> codes -> credential -> verdict. Owns the rules a
/// scan needs beyond one frame: the same code seen again within the repeat window is not checked
/// twice, and the chunks of a SMART Health Card are gathered across frames. Not thread-safe; the
/// scan worker thread owns one.
class ScanPipeline
{
public:
    struct FrameResult
    {
        QList<scan::DecodedCode> codes;
        double decodeMs = 0;
        std::optional<ScanOutcome> outcome;
    };

    ScanPipeline(std::shared_ptr<const trust::TrustStore> trust, const Clock& clock, rules::Policy policy = {});

    /// Decodes one frame and, if it holds a new certificate, checks it. A live camera's frames are
    /// decoded within a per-frame budget (scan::StreamDecoder: a held-up code's harder clean-ups are
    /// spread over its next frames); any other frame (a file, the demo footage) gets every clean-up
    /// at once (scan::QrDecoder).
    FrameResult processFrame(const scan::Frame& frame, InputKind input = InputKind::Camera);
    /// Checks text typed by a wedge scanner, sent by a serial scanner or entered by hand.
    std::optional<ScanOutcome> processText(const QString& text, InputKind input,
                                           std::chrono::steady_clock::time_point captured = std::chrono::steady_clock::now());

    /// Replaces the trust store whole (a verified update); the next scan uses it.
    void setTrust(std::shared_ptr<const trust::TrustStore> trust);
    void setPolicy(rules::Policy policy)
    {
        m_policy = std::move(policy);
        m_pendingProof.reset();
    }
    /// How long after the first half of a two-proof pair the second is awaited.
    static constexpr std::chrono::seconds kSecondProofTimeout{60};
    const rules::Policy& policy() const { return m_policy; }
    /// How long the same code is ignored after it was checked (default 5 s).
    void setRepeatWindow(std::chrono::milliseconds window) { m_repeatWindow = window; }
    /// Checks credentials at this instant instead of the clock's (demo and tests).
    void setFixedTime(std::optional<QDateTime> at) { m_fixedTime = std::move(at); }
    /// Forgets recently seen codes, so the next scan of the same code is checked again.
    void forgetRecent() { m_recent.clear(); }

private:
    std::optional<ScanOutcome> handle(const QStringList& texts, InputKind input, std::chrono::steady_clock::time_point captured);
    bool repeat(const QString& key);

    credential::CredentialVerifier m_verifier;
    const Clock& m_clock;
    rules::Policy m_policy;
    scan::QrDecoder m_decoder;
    scan::StreamDecoder m_stream;
    std::chrono::milliseconds m_repeatWindow{5000};
    std::optional<QDateTime> m_fixedTime;
    std::optional<credential::Verification> m_pendingProof; ///< first half of a two-proof pair
    std::chrono::steady_clock::time_point m_pendingSince{};
    QHash<QString, std::chrono::steady_clock::time_point> m_recent;
    credential::ShcChunks m_chunks;
    std::chrono::steady_clock::time_point m_chunkStarted{};
};

} // namespace passdesk::counter
