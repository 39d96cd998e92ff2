// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/endpoints/RegionsFile.h"

#include <QFile>
#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

// One problem, found at one line.
struct ParseError
{
    int line = 0;
    QString reason;
};

bool isKeyCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

// Cuts a comment: `#` at the start or after a blank, outside quotes.
QString withoutComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"')
                ++i;
            continue;
        }
        if (c == u'\'' || c == u'"')
            quote = c;
        else if (c == u'#' && (i == 0 || line.at(i - 1) == u' '))
            return line.left(i);
    }
    return line;
}

// A scalar value: plain, 'single' ('' is a quote) or "double" (\" and \\ only).
std::optional<QString> scalar(const QString &raw, QString *reason)
{
    const QString text = raw.trimmed();
    if (text.startsWith(u'\'') || text.startsWith(u'"')) {
        const QChar quote = text.front();
        if (text.size() < 2 || text.back() != quote) {
            *reason = RegionsFile::tr("a quoted value is not closed");
            return std::nullopt;
        }
        const QString inner = text.mid(1, text.size() - 2);
        QString out;
        for (qsizetype i = 0; i < inner.size(); ++i) {
            const QChar c = inner.at(i);
            if (quote == u'\'' && c == u'\'') {
                if (i + 1 >= inner.size() || inner.at(i + 1) != u'\'') {
                    *reason = RegionsFile::tr("a quoted value is not closed");
                    return std::nullopt;
                }
                ++i;
            } else if (quote == u'"' && c == u'"') {
                *reason = RegionsFile::tr("a quoted value is not closed");
                return std::nullopt;
            } else if (quote == u'"' && c == u'\\') {
                if (i + 1 >= inner.size() || (inner.at(i + 1) != u'"' && inner.at(i + 1) != u'\\')) {
                    *reason = RegionsFile::tr("only \\\" and \\\\ may be escaped in a quoted value");
                    return std::nullopt;
                }
                ++i;
                out += inner.at(i);
                continue;
            }
            out += c;
        }
        return out;
    }
    static const QString kIndicators = u"[]{}&*!|>%@`,"_s;
    if (!text.isEmpty() && kIndicators.contains(text.front())) {
        *reason = RegionsFile::tr("\"%1\" is not a plain value; quote it").arg(text);
        return std::nullopt;
    }
    if (text.contains(u": "_s) || text.endsWith(u':')) {
        *reason = RegionsFile::tr("\"%1\" is not a plain value; quote it").arg(text);
        return std::nullopt;
    }
    return text;
}

// "[a, 'b']": a flow list of scalars (no nesting).
std::optional<QStringList> flowList(const QString &text, QString *reason)
{
    const QString inner = text.mid(1, text.size() - 2).trimmed();
    QStringList out;
    if (inner.isEmpty())
        return out;
    for (const QString &part : inner.split(u',')) {
        if (part.trimmed().isEmpty() || part.contains(u'[') || part.contains(u']')) {
            *reason = RegionsFile::tr("a list in brackets must hold plain values separated by commas");
            return std::nullopt;
        }
        const std::optional<QString> value = scalar(part, reason);
        if (!value)
            return std::nullopt;
        out << *value;
    }
    return out;
}

// "key: value" (value may be empty); nullopt when the line is not one.
std::optional<std::pair<QString, QString>> keyValue(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && isKeyCharacter(text.at(i)))
        ++i;
    if (i == 0 || i >= text.size() || text.at(i) != u':')
        return std::nullopt;
    if (i + 1 < text.size() && text.at(i + 1) != u' ')
        return std::nullopt;
    return std::make_pair(text.left(i), text.mid(i + 1).trimmed());
}

class Parser
{
public:
    std::optional<ParseError> run(const QByteArray &bytes, QList<RegionsFileEntry> *entries)
    {
        QByteArray data = bytes;
        if (data.startsWith("\xEF\xBB\xBF"))
            data.remove(0, 3);
        const QList<QByteArray> lines = data.split('\n');
        for (qsizetype n = 0; n < lines.size(); ++n) {
            m_line = int(n + 1);
            QByteArray raw = lines.at(n);
            if (raw.endsWith('\r'))
                raw.chop(1);
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder.decode(raw);
            if (decoder.hasError() || raw.contains('\0'))
                return fail(RegionsFile::tr("the line is not valid UTF-8 text"));
            if (auto error = line(decoded))
                return error;
        }
        closeEntry();
        *entries = m_entries;
        return std::nullopt;
    }

private:
    enum class Where { Top, Service, Entry, EndpointList };

    ParseError fail(const QString &reason) const { return {m_line, reason}; }

    std::optional<ParseError> line(const QString &decoded)
    {
        const QString content = withoutComment(decoded);
        if (content.trimmed().isEmpty())
            return std::nullopt;
        qsizetype indent = 0;
        while (indent < content.size() && content.at(indent) == u' ')
            ++indent;
        if (indent < content.size() && content.at(indent) == u'\t')
            return fail(RegionsFile::tr("a tab cannot indent a line; use spaces"));
        const QString text = content.mid(indent).trimmed();
        if (text == u"---" && indent == 0 && m_where == Where::Top && m_services.isEmpty())
            return std::nullopt;
        const bool item = text == u"-" || text.startsWith(u"- ");

        if (m_where == Where::EndpointList && item && indent >= m_listIndent && indent > m_itemIndent) {
            if (m_listIndent < 0)
                m_listIndent = indent;
            if (indent != m_listIndent)
                return fail(RegionsFile::tr("the line is indented differently from the list above it"));
            QString reason;
            const std::optional<QString> value = scalar(text.mid(1), &reason);
            if (!value || value->isEmpty() || keyValue(text.mid(1).trimmed()))
                return fail(reason.isEmpty() ? RegionsFile::tr("each endpoint must be one value") : reason);
            m_entry.endpoints << *value;
            return std::nullopt;
        }
        if (m_where == Where::EndpointList)
            m_where = Where::Entry;

        if (indent == 0 && !item)
            return service(text);
        if (m_where == Where::Top)
            return fail(RegionsFile::tr("expected a service name followed by \":\" at the start of the line"));
        if (item) {
            if (m_itemIndent < 0)
                m_itemIndent = indent;
            if (indent != m_itemIndent)
                return fail(RegionsFile::tr("the line is indented differently from the list above it"));
            closeEntry();
            m_entry = {};
            m_entry.service = m_service;
            m_entry.line = m_line;
            m_keys.clear();
            m_where = Where::Entry;
            const QString rest = text.mid(1);
            if (rest.trimmed().isEmpty()) {
                m_keyIndent = -1;
                return std::nullopt;
            }
            m_keyIndent = indent + 1 + rest.indexOf(rest.trimmed());
            return key(rest.trimmed());
        }
        if (m_where != Where::Entry)
            return fail(RegionsFile::tr("expected a list item \"- id: …\" under the service"));
        if (m_keyIndent < 0) {
            if (indent <= m_itemIndent)
                return fail(RegionsFile::tr("the line is indented differently from the list above it"));
            m_keyIndent = indent;
        }
        if (indent != m_keyIndent)
            return fail(RegionsFile::tr("the line is indented differently from the list above it"));
        return key(text);
    }

    std::optional<ParseError> service(const QString &text)
    {
        closeEntry();
        const auto pair = keyValue(text);
        if (!pair)
            return fail(RegionsFile::tr("expected a service name followed by \":\" at the start of the line"));
        if (!pair->second.isEmpty() && pair->second != u"[]")
            return fail(RegionsFile::tr("expected a list item \"- id: …\" under the service"));
        if (m_services.contains(pair->first))
            return fail(RegionsFile::tr("\"%1\" appears twice").arg(pair->first));
        m_services << pair->first;
        m_service = pair->first.toUpper();
        m_where = pair->second.isEmpty() ? Where::Service : Where::Top;
        m_itemIndent = -1;
        return std::nullopt;
    }

    std::optional<ParseError> key(const QString &text)
    {
        const auto pair = keyValue(text);
        if (!pair)
            return fail(RegionsFile::tr("expected \"key: value\""));
        const auto &[name, value] = *pair;
        if (m_keys.contains(name))
            return fail(RegionsFile::tr("\"%1\" appears twice").arg(name));
        m_keys << name;
        QString reason;
        if (name == u"endpoints") {
            if (value.isEmpty()) {
                m_where = Where::EndpointList;
                m_listIndent = -1;
                return std::nullopt;
            }
            if (!value.startsWith(u'[') || !value.endsWith(u']'))
                return fail(RegionsFile::tr("\"endpoints\" must be a list"));
            const std::optional<QStringList> list = flowList(value, &reason);
            if (!list)
                return fail(reason);
            m_entry.endpoints += *list;
            return std::nullopt;
        }
        const std::optional<QString> parsed = scalar(value, &reason);
        if (!parsed)
            return fail(reason);
        if (name == u"id")
            m_entry.regionId = *parsed;
        else if (name == u"endpoint" && !parsed->isEmpty())
            m_entry.endpoints.prepend(*parsed);
        return std::nullopt;  // other keys: the SDKs ignore them too
    }

    void closeEntry()
    {
        if (m_entry.line > 0 && !m_entry.regionId.isEmpty())
            m_entries << m_entry;
        m_entry = {};
    }

    QList<RegionsFileEntry> m_entries;
    RegionsFileEntry m_entry;
    QStringList m_services;
    QStringList m_keys;
    QString m_service;
    Where m_where = Where::Top;
    qsizetype m_itemIndent = -1;
    qsizetype m_keyIndent = -1;
    qsizetype m_listIndent = -1;
    int m_line = 0;
};

} // namespace

Outcome<RegionsFile> RegionsFile::parse(const QByteArray &text, const QString &path)
{
    const QString name = path.isEmpty() ? tr("the regions file") : path;
    if (text.size() > kMaxBytes)
        return Failure(tr("%1 is larger than 1 MiB; it is not a regions file.").arg(name));
    RegionsFile file;
    file.m_path = path;
    Parser parser;
    if (const std::optional<ParseError> error = parser.run(text, &file.m_entries)) {
        return Failure(tr("%1, line %2: %3.").arg(name).arg(error->line).arg(error->reason), FailureKind::Failed,
                       {}, error->line);
    }
    return file;
}

Outcome<RegionsFile> RegionsFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Failure(tr("%1 does not exist.").arg(path), FailureKind::NotFound);
    if (!file.open(QIODevice::ReadOnly))
        return Failure(tr("%1 cannot be read: %2").arg(path, file.errorString()), FailureKind::Failed,
                       file.errorString());
    return parse(file.read(kMaxBytes + 1), path);
}

const RegionsFileEntry *RegionsFile::find(const QString &service, const QString &regionId) const
{
    const QString wanted = service.toUpper();
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const RegionsFileEntry &entry = m_entries.at(i);
        if (entry.service == wanted && entry.regionId == regionId && !entry.endpoints.isEmpty())
            return &entry;
    }
    return nullptr;
}

} // namespace smsc
