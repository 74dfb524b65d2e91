#include "support/WebcamScene.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <opencv2/core.hpp>

using passdesk::test::SceneClass;
using passdesk::test::WebcamScene;

namespace {

const WebcamScene& scene()
{
    static const WebcamScene s = WebcamScene::fromDirectory(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo/certificates"));
    return s;
}

bool sameBytes(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::countNonZero(a != b) == 0;
}

} // namespace

TEST_CASE("WebcamScene reads the demo certificates as payloads", "[scene]")
{
    const QStringList& p = scene().payloads();
    REQUIRE(p.size() >= 10);
    for (const QString& t : p) {
        CHECK((t.startsWith(QLatin1String("HC1:")) || t.startsWith(QLatin1String("shc:/"))));
        CHECK(t == t.trimmed());
    }
}

TEST_CASE("WebcamScene gives the same bytes for the same seed, other bytes for another", "[scene]")
{
    for (const SceneClass c : {SceneClass::Clean, SceneClass::Paper, SceneClass::LowLight, SceneClass::Multiple}) {
        INFO(WebcamScene::toString(c).toStdString());
        const auto a = scene().frame(c, 640, 480, 7);
        const auto b = scene().frame(c, 640, 480, 7);
        const auto other = scene().frame(c, 640, 480, 8);
        CHECK(sameBytes(a.gray, b.gray));
        CHECK(a.texts == b.texts);
        CHECK_FALSE(sameBytes(a.gray, other.gray));
    }
}

TEST_CASE("WebcamScene: every class gives a frame of the requested size and lists its codes", "[scene]")
{
    for (const auto& [w, h] : {std::pair{1280, 720}, std::pair{640, 480}}) {
        for (const SceneClass c : WebcamScene::allClasses()) {
            INFO(WebcamScene::toString(c).toStdString() << " " << w << "x" << h);
            const auto f = scene().frame(c, w, h, 3);
            CHECK(f.gray.cols == w);
            CHECK(f.gray.rows == h);
            CHECK(f.gray.type() == CV_8UC1);
            CHECK(f.sceneClass == c);
            // Not a blank image: a scene has structure.
            cv::Scalar mean;
            cv::Scalar stddev;
            cv::meanStdDev(f.gray, mean, stddev);
            CHECK(stddev[0] > 5);
            if (c == SceneClass::Empty) {
                CHECK(f.texts.isEmpty());
            } else {
                REQUIRE_FALSE(f.texts.isEmpty());
                for (const QString& t : f.texts) {
                    CHECK(scene().payloads().contains(t));
                }
                if (c == SceneClass::Multiple) {
                    CHECK(f.texts.size() >= 2);
                    CHECK(QSet<QString>(f.texts.cbegin(), f.texts.cend()).size() == f.texts.size());
                }
            }
        }
    }
}

TEST_CASE("WebcamScene: empty frames list no text", "[scene]")
{
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        CHECK(scene().frame(SceneClass::Empty, 640, 480, seed).texts.isEmpty());
    }
    const auto all = scene().generate(640, 480, 1);
    CHECK(all.size() == WebcamScene::allClasses().size());
    for (const auto& f : all) {
        CHECK(f.texts.isEmpty() == (f.sceneClass == SceneClass::Empty));
    }
}
