#include "credential/Credential.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

using passdesk::credential::Holder;

TEST_CASE("Holder names display in the order their script uses", "[credential]")
{
    Holder korean;
    korean.familyName = QStringLiteral("김");
    korean.givenName = QStringLiteral("민준");
    korean.familyNameLatin = QStringLiteral("KIM");
    korean.givenNameLatin = QStringLiteral("MINJUN");
    CHECK(korean.displayName() == QStringLiteral("김민준"));

    Holder german;
    german.familyName = QStringLiteral("Mustermann");
    german.givenName = QStringLiteral("Erika");
    CHECK(german.displayName() == QStringLiteral("Erika Mustermann"));

    Holder latinOnly;
    latinOnly.familyNameLatin = QStringLiteral("DOE");
    latinOnly.givenNameLatin = QStringLiteral("JANE");
    CHECK(latinOnly.displayName() == QStringLiteral("JANE DOE"));

    Holder familyOnly; // DCC allows a holder with only a family name
    familyOnly.familyName = QStringLiteral("홍");
    CHECK(familyOnly.displayName() == QStringLiteral("홍"));

    CHECK(Holder{}.displayName().isEmpty());
}
