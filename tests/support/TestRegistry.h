#pragma once

#include <QTest>

#include <functional>

namespace tsumugi::test {

// One runner executable per layer: each test class registers itself under its class name, and ctest starts the
// runner once per class (`tsumugi_core_tests TestKanaNormalizer`), so every class is still its own process and
// its own line in ctest's report, while the layer links once.
using TestClassRun = std::function<int(int argc, char** argv)>;

bool registerTestClass(const char* className, TestClassRun run);

} // namespace tsumugi::test

// In place of QTEST_MAIN / QTEST_GUILESS_MAIN / QTEST_APPLESS_MAIN: the runner makes the application object
// (QApplication in the ui runner, QCoreApplication elsewhere).
#define TSUMUGI_TEST_CLASS(TestClass)                                                                                  \
    namespace {                                                                                                        \
    const bool tsumugiTestClassRegistered = ::tsumugi::test::registerTestClass(#TestClass, [](int argc, char** argv) { \
        TestClass testObject;                                                                                          \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&testObject, argc, argv);                                                                  \
    });                                                                                                                \
    }
