#include "credential/CredentialVerifier.h"

#include "credential/EuDccDecoder.h"
#include "credential/ShcChunks.h"
#include "credential/SmartHealthCardDecoder.h"

namespace passdesk::credential {

CredentialVerifier::CredentialVerifier(std::shared_ptr<const trust::TrustStore> trust) : m_trust(std::move(trust))
{
    if (!m_trust) {
        m_trust = std::make_shared<const trust::TrustStore>();
    }
}

Format CredentialVerifier::formatOf(QByteArrayView text)
{
    if (text.startsWith(QByteArrayView(EuDccDecoder::kPrefix.data(), EuDccDecoder::kPrefix.size()))) {
        return Format::EuDcc;
    }
    if (ShcChunks::hasPrefix(text)) {
        return Format::SmartHealthCard;
    }
    return Format::Unknown;
}

Verification CredentialVerifier::verify(QByteArrayView text, const QDateTime& at) const
{
    if (formatOf(text) == Format::SmartHealthCard) {
        return SmartHealthCardDecoder::verify({text.toByteArray()}, *m_trust, at);
    }
    if (formatOf(text) == Format::EuDcc) {
        return EuDccDecoder::verify(text, *m_trust, at);
    }
    Verification v;
    v.checks.unprefix = false;
    v.findings.append(Finding{text.isEmpty() ? QStringLiteral("input.empty") : QStringLiteral("prefix.unknown"),
                              QStringLiteral("not an HC1: or shc:/ code"), true});
    return v;
}

Verification CredentialVerifier::verify(const QList<QByteArray>& texts, const QDateTime& at) const
{
    if (texts.size() == 1) {
        return verify(texts.first(), at);
    }
    if (!texts.isEmpty() && std::all_of(texts.cbegin(), texts.cend(), [](const QByteArray& t) { return formatOf(t) == Format::SmartHealthCard; })) {
        return SmartHealthCardDecoder::verify(texts, *m_trust, at);
    }
    Verification v;
    v.findings.append(Finding{QStringLiteral("prefix.unknown"), QStringLiteral("several codes that are not chunks of one SMART Health Card"), true});
    return v;
}

} // namespace passdesk::credential
