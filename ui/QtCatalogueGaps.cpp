// Texts Qt itself shows that its own Japanese catalogue (qtbase_ja of Qt 6.4) lacks: the file dialog's type column
// read 「Folder」. Marked here so lupdate keeps them in our catalogue under Qt's context and disambiguation; our
// translator then answers Qt's own lookup. Nothing calls this table.
#include <QtGlobal>

namespace {
struct QtText {
    const char* source;
    const char* comment;
};
[[maybe_unused]] const QtText qtTextsWithoutJapanese[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};
} // namespace
