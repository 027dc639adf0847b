#include "core/masters/MasterArchive.h"

#include "core/Error.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <memory>
#include <zip.h>

namespace tsumugi {

namespace {
struct ArchiveCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

bool looksLikeZip(const QByteArray& bytes) {
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

// SSK's zips hold the master and nothing else; a folder entry or a stray readme is passed over.
bool isMasterMember(const QString& name) {
    if (name.endsWith(QLatin1Char('/'))) {
        return false;
    }
    const QString base = name.section(QLatin1Char('/'), -1);
    return base.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive) ||
           base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}
} // namespace

MasterArchive MasterArchive::readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing, tr("The file %1 cannot be read.").arg(path));
    }
    return fromBytes(f.readAll(), QFileInfo(path).fileName());
}

namespace {
// SSK's largest master (b_, 傷病名) unpacks to 8 MB at a ratio of 6; ten times that size and five times that ratio
// leave room for growth while a zip bomb is refused before it is unpacked.
constexpr zip_uint64_t MaxMemberSize = zip_uint64_t(64) * 1024 * 1024;
constexpr int MaxRatio = 30;
} // namespace

MasterArchive MasterArchive::fromBytes(const QByteArray& bytes, const QString& fileName) {
    MasterArchive a;
    a.fileName = fileName;
    if (!looksLikeZip(bytes)) {
        if (fileName.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
            throw Error(Error::Kind::Validation,
                        tr("%1 is not a zip archive (it may be damaged or only partly downloaded).").arg(fileName));
        }
        a.memberName = fileName;
        a.content = bytes;
        return a;
    }
    zip_error_t error;
    zip_error_init(&error);
    // The source does not own the bytes; they outlive the archive, which is closed before returning.
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        throw Error(Error::Kind::Storage, tr("%1 could not be opened.").arg(fileName));
    }
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_source_free(source);
        zip_error_fini(&error);
        throw Error(Error::Kind::Validation, tr("%1 is a damaged zip archive (%2).").arg(fileName, why));
    }
    zip_error_fini(&error);
    zip_int64_t found = -1;
    const zip_int64_t n = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        // SSK writes the member name in ASCII; ZIP_FL_ENC_GUESS also copes with a CP437/UTF-8 flag.
        const char* name = zip_get_name(archive.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!name || !isMasterMember(QString::fromUtf8(name))) {
            continue;
        }
        if (found >= 0) {
            throw Error(Error::Kind::Validation,
                        tr("%1 holds more than one master file; import each SSK zip on its own.").arg(fileName));
        }
        found = i;
        a.memberName = QString::fromUtf8(name).section(QLatin1Char('/'), -1);
    }
    if (found < 0) {
        throw Error(Error::Kind::Validation, tr("%1 holds no master file (.txt or .csv).").arg(fileName));
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive.get(), zip_uint64_t(found), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        throw Error(Error::Kind::Validation, tr("%1: the master file's size cannot be read.").arg(fileName));
    }
    // Refused before a byte is unpacked: what the archive says it holds bounds the memory and the time.
    if (st.size > MaxMemberSize) {
        throw Error(Error::Kind::Validation,
                    tr("%1: the master file inside would unpack to %2 MB, far more than any SSK master (at most %3 MB "
                       "here); nothing was imported.")
                        .arg(fileName)
                        .arg(st.size / (1024 * 1024))
                        .arg(MaxMemberSize / (1024 * 1024)));
    }
    if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > zip_uint64_t(MaxRatio) * std::max<zip_uint64_t>(st.comp_size, 1) &&
        st.size > 1024 * 1024) {
        throw Error(Error::Kind::Validation,
                    tr("%1: the master file inside would unpack from %2 KB to %3 MB (%4 times), which no SSK master "
                       "does (about 6 times); a damaged or hostile archive. Nothing was imported.")
                        .arg(fileName)
                        .arg(st.comp_size / 1024)
                        .arg(st.size / (1024 * 1024))
                        .arg(st.size / std::max<zip_uint64_t>(st.comp_size, 1)));
    }
    std::unique_ptr<zip_file_t, FileCloser> member(zip_fopen_index(archive.get(), zip_uint64_t(found), 0));
    if (!member) {
        throw Error(Error::Kind::Validation,
                    tr("%1: %2 cannot be unpacked (%3).")
                        .arg(fileName, a.memberName, QString::fromUtf8(zip_strerror(archive.get()))));
    }
    a.content.resize(qsizetype(st.size));
    zip_int64_t read = 0;
    while (read < zip_int64_t(st.size)) {
        const zip_int64_t r = zip_fread(member.get(), a.content.data() + read, st.size - zip_uint64_t(read));
        if (r <= 0) {
            // A CRC mismatch shows up here: the archive is damaged, nothing is imported.
            throw Error(Error::Kind::Validation,
                        tr("%1: %2 is damaged (%3).")
                            .arg(fileName, a.memberName, QString::fromUtf8(zip_file_strerror(member.get()))));
        }
        read += r;
    }
    return a;
}

std::optional<MasterKind> MasterArchive::kind() const {
    if (auto k = kindOfName(memberName)) {
        return k;
    }
    return kindOfName(fileName);
}

std::optional<MasterKind> MasterArchive::kindOfName(const QString& name) {
    const QString base = name.section(QLatin1Char('/'), -1).toLower();
    if (base.startsWith(QLatin1String("b_"))) {
        return MasterKind::Disease;
    }
    if (base.startsWith(QLatin1String("z_"))) {
        return MasterKind::Modifier;
    }
    if (base.startsWith(QLatin1String("y_"))) {
        return MasterKind::Drug;
    }
    return std::nullopt;
}

} // namespace tsumugi
