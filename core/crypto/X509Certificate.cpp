#include "crypto/X509Certificate.h"

#include "crypto/OpenSslHandles.h"
#include "crypto/Sha256.h"

#include <openssl/asn1.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace passdesk::crypto {

namespace {
const unsigned char* u8(const char* p)
{
    return reinterpret_cast<const unsigned char*>(p); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
}

// A DER certificate is a SEQUENCE; its first byte is never white space, so it is never taken for PEM.
bool isDer(QByteArrayView data)
{
    return !data.isEmpty() && static_cast<unsigned char>(data[0]) == 0x30;
}

bool isPem(QByteArrayView data)
{
    return !isDer(data) && data.trimmed().startsWith("-----BEGIN");
}

QDateTime fromAsn1(const ASN1_TIME* t)
{
    struct tm parts = {};
    if (t == nullptr || ASN1_TIME_to_tm(t, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString nameToString(const X509_NAME* name)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(len));
}
} // namespace

Result<X509Certificate> X509Certificate::fromDer(QByteArrayView der)
{
    const unsigned char* p = u8(der.data());
    X509* raw = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (raw == nullptr) {
        return Result<X509Certificate>::failure(QStringLiteral("cert.invalid"), QStringLiteral("not a DER X.509 certificate"));
    }
    X509Certificate c;
    c.m_cert.reset(raw, X509_free);
    // Keep exactly the bytes that were parsed: the kid is computed over them.
    c.m_der = der.first(p - u8(der.data())).toByteArray();
    return c;
}

Result<QList<X509Certificate>> X509Certificate::allFromPem(QByteArrayView pem)
{
    const BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    QList<X509Certificate> out;
    for (;;) {
        X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert) {
            break;
        }
        unsigned char* buf = nullptr;
        const int len = i2d_X509(cert.get(), &buf);
        if (len > 0) {
            auto parsed = fromDer(QByteArrayView(buf, len));
            if (parsed) {
                out.append(*parsed);
            }
        }
        OPENSSL_free(buf);
    }
    if (out.isEmpty()) {
        return Result<QList<X509Certificate>>::failure(QStringLiteral("cert.invalid"), QStringLiteral("no PEM certificate found"));
    }
    return out;
}

Result<X509Certificate> X509Certificate::fromAnyEncoding(QByteArrayView data)
{
    // DER is binary: its last bytes may be anything, whitespace included, so it is taken as it is,
    // before any trimming meant for the text encodings.
    if (isDer(data)) {
        return fromDer(data);
    }
    const QByteArray trimmed = data.toByteArray().trimmed();
    if (isPem(trimmed)) {
        auto all = allFromPem(trimmed);
        if (!all) {
            return all.error();
        }
        return all->first();
    }
    auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return Result<X509Certificate>::failure(QStringLiteral("cert.invalid"), QStringLiteral("neither PEM, DER nor base64"));
    }
    return fromDer(decoded.decoded);
}

Result<QList<X509Certificate>> X509Certificate::allFromAnyEncoding(QByteArrayView data)
{
    if (isPem(data)) {
        return allFromPem(data.trimmed());
    }
    auto one = fromAnyEncoding(data);
    if (!one) {
        return one.error();
    }
    return QList<X509Certificate>{*one};
}

QByteArray X509Certificate::kid() const
{
    return Sha256::hash(m_der).left(8);
}

PublicKey X509Certificate::publicKey() const
{
    if (!m_cert) {
        return {};
    }
    return PublicKey::fromHandle(X509_get0_pubkey(m_cert.get()));
}

QDateTime X509Certificate::notBefore() const
{
    return m_cert ? fromAsn1(X509_get0_notBefore(m_cert.get())) : QDateTime();
}

QDateTime X509Certificate::notAfter() const
{
    return m_cert ? fromAsn1(X509_get0_notAfter(m_cert.get())) : QDateTime();
}

QString X509Certificate::subject() const
{
    return m_cert ? nameToString(X509_get_subject_name(m_cert.get())) : QString();
}

QString X509Certificate::subjectCountry() const
{
    if (!m_cert) {
        return {};
    }
    char buf[16] = {};
    const int len = X509_NAME_get_text_by_NID(X509_get_subject_name(m_cert.get()), NID_countryName, buf, sizeof buf);
    return len > 0 ? QString::fromLatin1(buf, len) : QString();
}

QStringList X509Certificate::extendedKeyUsage() const
{
    QStringList oids;
    if (!m_cert) {
        return oids;
    }
    int critical = 0;
    auto* eku = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(m_cert.get(), NID_ext_key_usage, &critical, nullptr));
    if (eku == nullptr) {
        return oids;
    }
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); ++i) {
        char buf[128] = {};
        const int len = OBJ_obj2txt(buf, sizeof buf, sk_ASN1_OBJECT_value(eku, i), 1);
        if (len > 0 && len < static_cast<int>(sizeof buf)) {
            oids.append(QString::fromLatin1(buf, len));
        }
    }
    sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
    return oids;
}

} // namespace passdesk::crypto
