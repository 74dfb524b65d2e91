// libFuzzer target: CertLogic validation and evaluation. The input is JSON: `[expression, data]`, or any
// other document, which is taken as an expression without data.
#include "rules/CertLogic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)); // NOLINT
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    const QJsonValue expression = doc.isArray() ? doc.array().at(0) : QJsonValue(doc.object());
    const QJsonValue context = doc.isArray() ? doc.array().at(1) : QJsonValue();
    const passdesk::rules::CertLogic engine;
    (void)engine.validate(expression);
    (void)engine.evaluate(expression, context);
    return 0;
}
