// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/JsonPrefix.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace smsc {

namespace {

// A recursive-descent reader that stops where the text ends (or stops making sense). A container
// cut short keeps the members read before the stop; a string cut short keeps its start; a cut
// number or literal, or anything invalid, is dropped.
class PrefixReader
{
public:
    explicit PrefixReader(const QByteArray &text) : m_text(text) {}

    std::optional<QJsonValue> value(int depth)
    {
        skipSpace();
        if (atEnd())
            return stop();
        const char c = peek();
        if ((c == '{' || c == '[') && depth >= JsonPrefix::kMaxDepth)
            return stop();
        if (c == '{')
            return object(depth);
        if (c == '[')
            return array(depth);
        return c == '"' ? string() : scalar();
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }
    std::nullopt_t stop()
    {
        m_stopped = true;
        return std::nullopt;
    }
    // After a member or element: true when another one follows, false at the closing `close`
    // (consumed) or when reading stopped.
    bool next(char close)
    {
        skipSpace();
        if (atEnd() || (peek() != ',' && peek() != close)) {
            stop();
            return false;
        }
        return m_text.at(m_pos++) == ',';
    }

    QJsonValue object(int depth)
    {
        ++m_pos;  // '{'
        QJsonObject result;
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return result;
        }
        do {
            skipSpace();
            if (atEnd() || peek() != '"') {
                stop();
                return result;
            }
            const std::optional<QJsonValue> key = string();
            skipSpace();
            if (m_stopped || atEnd() || peek() != ':') {
                stop();
                return result;
            }
            ++m_pos;
            if (const std::optional<QJsonValue> member = value(depth + 1))
                result.insert(key->toString(), *member);
        } while (!m_stopped && next('}'));
        return result;
    }

    QJsonValue array(int depth)
    {
        ++m_pos;  // '['
        QJsonArray result;
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return result;
        }
        do {
            if (const std::optional<QJsonValue> element = value(depth + 1))
                result.append(*element);
        } while (!m_stopped && next(']'));
        return result;
    }

    // Strings are decoded by QJsonDocument itself (escapes, surrogates); a cut one up to its
    // last whole escape and UTF-8 character.
    std::optional<QJsonValue> string()
    {
        const qsizetype start = m_pos++;
        qsizetype lastEscape = -1;
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c == '\\') {
                lastEscape = m_pos;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            if (c == '"')
                return decode(m_text.mid(start, m_pos - start));
        }
        m_pos = m_text.size();
        qsizetype end = m_pos;
        if (lastEscape >= 0) {
            const bool unicode = lastEscape + 1 < end && m_text.at(lastEscape + 1) == 'u';
            if (end - lastEscape < (unicode ? 6 : 2))
                end = lastEscape;
        }
        qsizetype lead = end;
        while (lead > start + 1 && (quint8(m_text.at(lead - 1)) & 0xC0) == 0x80)
            --lead;
        if (lead > start + 1 && quint8(m_text.at(lead - 1)) >= 0xC0) {
            const quint8 first = quint8(m_text.at(lead - 1));
            const qsizetype need = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
            if (end - (lead - 1) < need)
                end = lead - 1;
        }
        std::optional<QJsonValue> partial = decode(m_text.mid(start, end - start) + '"');
        stop();
        return partial;
    }

    std::optional<QJsonValue> decode(const QByteArray &json)
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson('[' + json + ']', &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
            return stop();
        return doc.array().at(0);
    }

    std::optional<QJsonValue> scalar()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && QByteArrayView("{}[],:\" \t\r\n").indexOf(peek()) < 0)
            ++m_pos;
        if (atEnd())
            return stop();  // the number or literal may have gone on
        return decode(m_text.mid(start, m_pos - start));
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    bool m_stopped = false;
};

} // namespace

QJsonObject JsonPrefix::salvageObject(const QByteArray &prefix)
{
    PrefixReader reader(prefix);
    const std::optional<QJsonValue> top = reader.value(0);
    return top && top->isObject() ? top->toObject() : QJsonObject();
}

} // namespace smsc
