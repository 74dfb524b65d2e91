#include "counter/ScanPipeline.h"

#include <opencv2/imgproc.hpp>

namespace passdesk::counter {

namespace {
constexpr std::chrono::seconds kChunkTimeout{20};
}

QString toString(InputKind kind)
{
    switch (kind) {
    case InputKind::Camera: return QStringLiteral("camera");
    case InputKind::Wedge: return QStringLiteral("wedge");
    case InputKind::Serial: return QStringLiteral("serial");
    case InputKind::Manual: return QStringLiteral("manual");
    case InputKind::File: return QStringLiteral("file");
    }
    return {};
}

ScanPipeline::ScanPipeline(std::shared_ptr<const trust::TrustStore> trust, const Clock& clock, rules::Policy policy)
    : m_verifier(std::move(trust)), m_clock(clock), m_policy(std::move(policy))
{
}

void ScanPipeline::setTrust(std::shared_ptr<const trust::TrustStore> trust)
{
    m_verifier = credential::CredentialVerifier(std::move(trust));
}

bool ScanPipeline::repeat(const QString& key)
{
    const auto now = m_clock.monotonic();
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        it = now - it.value() > m_repeatWindow ? m_recent.erase(it) : std::next(it);
    }
    if (m_recent.contains(key)) {
        m_recent[key] = now; // still in view: keep it quiet
        return true;
    }
    m_recent.insert(key, now);
    return false;
}

ScanPipeline::FrameResult ScanPipeline::processFrame(const scan::Frame& frame, InputKind input)
{
    FrameResult result;
    cv::Mat gray;
    if (frame.image.type() == CV_8UC3) {
        cv::cvtColor(frame.image, gray, cv::COLOR_BGR2GRAY);
    } else if (frame.image.type() == CV_8UC1) {
        gray = frame.image;
    } else {
        return result; // not a frame we can read; dropped
    }
    const auto t0 = std::chrono::steady_clock::now();
    result.codes = input == InputKind::Camera ? m_stream.decode(gray) : m_decoder.decode(gray);
    result.decodeMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    QStringList texts;
    for (const auto& code : result.codes) {
        texts << code.text;
    }
    if (!texts.isEmpty()) {
        result.outcome = handle(texts, input, frame.captured);
    }
    return result;
}

std::optional<ScanOutcome> ScanPipeline::processText(const QString& text, InputKind input, std::chrono::steady_clock::time_point captured)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    return handle({trimmed}, input, captured);
}

std::optional<ScanOutcome> ScanPipeline::handle(const QStringList& texts, InputKind input, std::chrono::steady_clock::time_point captured)
{
    // Chunks of a SMART Health Card ("shc:/2/3/..."): gather them, in any order, across frames.
    QStringList whole;
    bool completed = false;
    for (const QString& t : texts) {
        const auto now = m_clock.monotonic();
        if (m_chunks.pending() && now - m_chunkStarted > kChunkTimeout) {
            m_chunks.clear();
        }
        const auto added = m_chunks.add(t.toUtf8());
        if (added == credential::ShcChunks::Added::NotAChunk) {
            whole << t;
            continue;
        }
        if (m_chunks.size() == 1) {
            m_chunkStarted = now; // a new set
        }
        completed = completed || added == credential::ShcChunks::Added::Complete;
    }
    QStringList card;
    if (completed) {
        for (const QByteArray& chunk : m_chunks.take()) {
            card << QString::fromUtf8(chunk);
        }
    } else if (!whole.isEmpty()) {
        card = {whole.first()}; // one certificate per scan; several in view are read one after another
    } else {
        return std::nullopt; // waiting for more chunks
    }
    if (repeat(card.join(QLatin1Char('\n')))) {
        return std::nullopt;
    }
    ScanOutcome out;
    out.texts = card;
    out.input = input;
    out.captured = captured;
    out.at = m_fixedTime ? *m_fixedTime : m_clock.now();
    QList<QByteArray> bytes;
    for (const QString& t : card) {
        bytes << t.toUtf8();
    }
    out.verification = m_verifier.verify(bytes, out.at);
    // A policy needing two proofs (2G+): the second certificate, within a minute, completes the pair.
    const auto now = m_clock.monotonic();
    if (m_pendingProof && now - m_pendingSince <= kSecondProofTimeout) {
        out.verdict = m_policy.decidePair(*m_pendingProof, out.verification, out.at);
        m_pendingProof.reset();
    } else {
        out.verdict = m_policy.decide(out.verification, out.at);
    }
    if (out.verdict.reasons.contains(QLatin1String("policy.second_proof"))) {
        m_pendingProof = out.verification;
        m_pendingSince = now;
    }
    out.decided = std::chrono::steady_clock::now();
    return out;
}

} // namespace passdesk::counter
