#include "core/db/Statement.h"

#include "core/Error.h"
#include "core/db/Schema.h"
#include "core/security/ColumnSeal.h"

#include <QByteArray>
#include <charconv>
#include <cstdio>
#include <iterator>
#include <limits>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace tsumugi {

namespace {
// Appends "core/…/File.cpp:LINE driver" to DIR/sites-PID.txt the first time this process runs that site on a driver.
void noteSite(const char* file, int line, DbConnection::Driver driver) {
    static const QByteArray folder = qgetenv("TSUMUGI_STATEMENT_SITES");
    if (folder.isEmpty()) {
        return;
    }
    std::string path(file);
    const std::size_t core = path.rfind("core/");
    if (core == std::string::npos || path.find("tests/") != std::string::npos) {
        return; // a test's or a tool's own statement
    }
    const std::string site = path.substr(core) + ':' + std::to_string(line) +
                             (driver == DbConnection::Driver::Postgres ? " postgres" : " sqlite");
    static std::mutex lock;
    static std::set<std::string> seen;
    const std::lock_guard<std::mutex> hold(lock);
    if (!seen.insert(site).second) {
        return;
    }
    const QByteArray out = folder + "/sites-" + QByteArray::number(qint64(::getpid())) + ".txt";
    if (FILE* f = std::fopen(out.constData(), "a")) {
        std::fprintf(f, "%s\n", site.c_str());
        std::fclose(f);
    }
}
// The parts of a list separated by commas outside parentheses and quotes.
std::vector<std::string> topLevelParts(const std::string& list) {
    std::vector<std::string> parts(1);
    int depth = 0;
    bool quoted = false;
    for (char c : list) {
        if (c == '\'') {
            quoted = !quoted;
        } else if (!quoted && c == '(') {
            ++depth;
        } else if (!quoted && c == ')') {
            --depth;
        } else if (!quoted && depth == 0 && c == ',') {
            parts.emplace_back();
            continue;
        }
        parts.back() += c;
    }
    return parts;
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \n\t");
    const auto last = s.find_last_not_of(" \n\t");
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

// Which placeholders of an INSERT (column list and VALUES) or an UPDATE (SET a = ?, ...) write a column the model
// seals or keeps as a keyed token: read from the statement's own shape, so that a value bound as plain text to such a
// column is caught on either driver, whatever the test's data.
std::vector<std::string> sealedParametersOf(const std::string& sql) {
    static const std::regex insert(R"(^\s*INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*(.*)$)", std::regex::icase);
    static const std::regex update(R"(^\s*UPDATE\s+(\w+)\s+SET\s+(.*?)\s+WHERE\s)", std::regex::icase);
    const StorageModel& model = Schema::model();
    std::vector<std::string> out;
    const auto add = [&](const std::string& table, const std::string& column, const std::string& value) {
        const std::string v = trimmed(value);
        const auto* declared = model.findColumn(table, trimmed(column));
        const bool sealed = declared && (declared->sealedSince >= 0 || !declared->keyedKind.empty());
        for (char c : v) {
            if (c == '?') {
                out.push_back(sealed && v == "?" ? declared->name : std::string());
            }
        }
    };
    std::smatch m;
    if (std::regex_search(sql, m, insert)) {
        const auto columns = topLevelParts(m[2].str());
        // Each row's parenthesised values (a batch writes several rows in one INSERT).
        for (const std::string& row : topLevelParts(m[3].str())) {
            // The row's own group only (not an ON CONFLICT (…) after the last one).
            const auto open = row.find('(');
            if (open == std::string::npos) {
                continue;
            }
            std::size_t close = open;
            for (int depth = 0; close < row.size(); ++close) {
                depth += row[close] == '(' ? 1 : row[close] == ')' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            if (close >= row.size()) {
                continue;
            }
            const auto values = topLevelParts(row.substr(open + 1, close - open - 1));
            for (std::size_t i = 0; i < values.size(); ++i) {
                add(m[1].str(), i < columns.size() ? columns[i] : std::string(), values[i]);
            }
        }
    } else if (std::regex_search(sql, m, update)) {
        for (const std::string& assignment : topLevelParts(m[2].str())) {
            const auto eq = assignment.find('=');
            if (eq != std::string::npos) {
                add(m[1].str(), assignment.substr(0, eq), assignment.substr(eq + 1));
            }
        }
    }
    return out;
}

// Parsed once per statement text.
std::shared_ptr<const std::vector<std::string>> sealedParameters(std::string_view sql) {
    static std::mutex lock;
    static std::map<std::string, std::shared_ptr<const std::vector<std::string>>, std::less<>> known;
    const std::lock_guard<std::mutex> hold(lock);
    auto it = known.find(sql);
    if (it == known.end()) {
        std::string text(sql);
        auto parsed = std::make_shared<const std::vector<std::string>>(sealedParametersOf(text));
        it = known.emplace(std::move(text), std::move(parsed)).first;
    }
    return it->second;
}

bool sealedInModel(const SealedCell& cell) {
    const StorageModel& model = Schema::model();
    const auto* c = model.findColumn(cell.table.toStdString(), cell.column.toStdString());
    if (!c) {
        throw std::logic_error("the storage model declares no column " + cell.table.toStdString() + '.' +
                               cell.column.toStdString());
    }
    return model.sealedAt(*c, model.version());
}
} // namespace

Statement::Statement(DbConnection& connection, std::string_view sql, const char* file, int line)
    : m_connection(connection)
    , m_statement(connection.prepare(sql))
    , m_sealedParameters(sealedParameters(sql)) {
    noteSite(file, line, connection.driver());
}

void Statement::refuseSealed(int index) const {
    const auto& sealed = *m_sealedParameters;
    if (index >= 1 && std::size_t(index) <= sealed.size() && !sealed[std::size_t(index - 1)].empty()) {
        throw std::logic_error("the column " + sealed[std::size_t(index - 1)] +
                               " is sealed on the clinic server or kept as a keyed token: bind it with bindCell or "
                               "bindKeyed");
    }
}

Statement& Statement::bindCell(int index, const SealedCell& cell, const QString& value) {
    if (!m_connection.seals() || !sealedInModel(cell)) {
        m_statement->bindText(index, value.toUtf8());
        return *this;
    }
    return bindCellBytes(index, cell, value.toUtf8()); // a text is sealed as its UTF-8
}

QString Statement::keyedText(DbConnection& db, const std::string& table, const std::string& column,
                             const QString& value) {
    db.requireCurrentKeys(); // (as a search token: see SearchTokens::lookup)
    const StorageModel::Column& c = Schema::model().column(table, column);
    if (c.keyedKind.empty()) {
        throw std::logic_error("the storage model keeps " + table + '.' + column + " as it is, not as a keyed token");
    }
    const ColumnSeal* seal = db.columnSeal();
    if (!seal) {
        throw std::logic_error("a keyed column is bound on a connection opened without the record key");
    }
    return QString::fromLatin1(seal->token(QString::fromStdString(c.keyedKind), value).toHex());
}

Statement& Statement::bindKeyed(int index, const std::string& table, const std::string& column, const QString& value) {
    m_statement->bindText(index, keyedText(m_connection, table, column, value).toLatin1());
    return *this;
}

Statement& Statement::bindCellOptional(int index, const SealedCell& cell, const QString& value) {
    return value.isEmpty() ? bindNull(index) : bindCell(index, cell, value);
}

QString Statement::cellText(int column, const SealedCell& cell) const {
    if (m_statement->isNull(column)) {
        return {};
    }
    if (!m_connection.seals() || !sealedInModel(cell)) {
        return m_statement->text(column);
    }
    return QString::fromUtf8(opened(column, cell));
}

QByteArray Statement::opened(int column, const SealedCell& cell) const {
    const ColumnSeal* seal = m_connection.columnSeal();
    if (!seal) {
        throw std::logic_error("a sealed column is read on a connection opened without the record key");
    }
    try {
        return seal->open(cell, m_statement->blob(column));
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Tampered) {
            m_connection.noteTampered(cell);
        } else if (e.kind() == Error::Kind::KeyChanged) {
            m_connection.noteKeyChanged();
        }
        throw;
    }
}

Statement& Statement::bindCellBytes(int index, const SealedCell& cell, const QByteArray& bytes) {
    if (!m_connection.seals() || !sealedInModel(cell)) {
        m_statement->bindBlob(index, bytes);
        return *this;
    }
    const ColumnSeal* seal = m_connection.columnSeal();
    if (!seal) {
        throw std::logic_error("a sealed column is written on a connection opened without the record key");
    }
    m_statement->bindBlob(index, seal->seal(cell, bytes));
    return *this;
}

QByteArray Statement::cellBytes(int column, const SealedCell& cell) const {
    if (m_statement->isNull(column)) {
        return {};
    }
    if (!m_connection.seals() || !sealedInModel(cell)) {
        return m_statement->blob(column);
    }
    return opened(column, cell);
}

Statement& Statement::bindCellNumber(int index, const SealedCell& cell, std::optional<double> value) {
    if (!value) {
        return bindNull(index);
    }
    if (!m_connection.seals() || !sealedInModel(cell)) {
        m_statement->bindReal(index, *value);
        return *this;
    }
    // The shortest text that reads back as the same double: no digits invented, none lost.
    char digits[32];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), *value).ptr;
    return bindCell(index, cell, QString::fromLatin1(digits, end - digits));
}

std::optional<double> Statement::cellNumber(int column, const SealedCell& cell) const {
    if (m_statement->isNull(column)) {
        return std::nullopt;
    }
    if (!m_connection.seals() || !sealedInModel(cell)) {
        return m_statement->real(column);
    }
    bool ok = false;
    const double v = cellText(column, cell).toDouble(&ok);
    if (!ok) {
        // Opened (so sealed for this cell by a desk with the key) yet not a number: a defect, not an attack.
        throw std::logic_error("the sealed number " + cell.table.toStdString() + '.' + cell.column.toStdString() +
                               " does not read as a number");
    }
    return v;
}

std::string Statement::marks(std::size_t n) {
    std::string out;
    out.reserve(n * 2);
    for (std::size_t i = 0; i < n; ++i) {
        out += i == 0 ? "?" : ",?";
    }
    return out;
}

Statement::~Statement() = default;

Statement& Statement::bind(int index, const QString& value) {
    refuseSealed(index);
    m_statement->bindText(index, value.toUtf8());
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8) {
    refuseSealed(index);
    m_statement->bindText(index, utf8);
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    refuseSealed(index);
    m_statement->bindInt64(index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    refuseSealed(index);
    m_statement->bindReal(index, value);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    refuseSealed(index);
    m_statement->bindBlob(index, blob);
    return *this;
}

Statement& Statement::bindLimit(int index, qint64 limit) {
    return bind(index, limit < 0 ? std::numeric_limits<qint64>::max() : limit);
}

Statement& Statement::bindNull(int index) {
    m_statement->bindNull(index);
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& value) {
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool Statement::step() {
    return m_statement->step();
}

void Statement::run() {
    while (m_statement->step()) {
    }
}

qint64 Statement::insert() {
    return m_statement->insert();
}

void Statement::reset() {
    m_statement->reset();
}

QString Statement::text(int column) const {
    return m_statement->text(column);
}

qint64 Statement::int64(int column) const {
    return m_statement->int64(column);
}

double Statement::real(int column) const {
    return m_statement->real(column);
}

QByteArray Statement::blob(int column) const {
    return m_statement->blob(column);
}

bool Statement::isNull(int column) const {
    return m_statement->isNull(column);
}

} // namespace tsumugi
