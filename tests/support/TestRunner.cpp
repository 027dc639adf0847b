#include "support/TestRegistry.h"

#include <QByteArray>
#include <QCoreApplication>
#ifdef TSUMUGI_TEST_RUNNER_GUI
#include <QApplication>
#endif

#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace tsumugi::test {

namespace {

// Filled by static initialisers of the test files; a function-local static so the order of those does not matter.
std::map<std::string, TestClassRun>& registry() {
    static std::map<std::string, TestClassRun> classes;
    return classes;
}

void printUsage(const char* program) {
    std::fprintf(stderr,
                 "usage: %s TestClass [QTest options]   run one test class\n"
                 "       %s --all [QTest options]       run every class of this layer, one after the other\n"
                 "       %s --list                      list the classes\n",
                 program, program, program);
}

} // namespace

bool registerTestClass(const char* className, TestClassRun run) {
    const bool added = registry().emplace(className, std::move(run)).second;
    if (!added) {
        std::fprintf(stderr, "test class %s registered twice in one runner\n", className);
        std::abort();
    }
    return true;
}

} // namespace tsumugi::test

int main(int argc, char** argv) {
    using tsumugi::test::registry;
    if (argc < 2) {
        tsumugi::test::printUsage(argv[0]);
        return 2;
    }
    const std::string selected = argv[1];
    if (selected == "--list") {
        for (const auto& entry : registry()) {
            std::printf("%s\n", entry.first.c_str());
        }
        return 0;
    }
    // QTest sees the program name and the options after the class name, as if it were the class's own executable.
    std::vector<char*> testArgs{argv[0]};
    for (int i = 2; i < argc; ++i) {
        testArgs.push_back(argv[i]);
    }
    int testArgc = int(testArgs.size());
    testArgs.push_back(nullptr);

#ifdef TSUMUGI_TEST_RUNNER_GUI
    QApplication app(testArgc, testArgs.data());
    app.setAttribute(Qt::AA_Use96Dpi, true);
#else
    QCoreApplication app(testArgc, testArgs.data());
#endif

    if (selected == "--all") {
        int failed = 0;
        for (const auto& entry : registry()) {
            failed += entry.second(testArgc, testArgs.data());
        }
        return failed;
    }
    const auto found = registry().find(selected);
    if (found == registry().end()) {
        std::fprintf(stderr, "%s: no test class %s in this runner (--list shows them)\n", argv[0], selected.c_str());
        return 2;
    }
    return found->second(testArgc, testArgs.data());
}
