// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSettings>
#include <QTest>
#include <QVariant>
#include <QWidget>
#include <QWindow>

namespace smsc::test {

// A user at the keyboard, for tests that drive whole windows by keys only: keys go to the window
// that has the focus (shortcuts and mnemonics included), and what the user sees is asked of the
// widgets, the settings and the loopback server's request log.

// --- the keyboard ------------------------------------------------------------------------

//! A key as the keyboard sends it: to the window that has the focus, shortcuts included.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWindow *target = QGuiApplication::focusWindow();
    QVERIFY2(target, "no window has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}
//! Types ASCII text, one key per character, into whatever has the focus.
inline void type(const QString &text)
{
    for (const QChar c : text) {
        QWindow *target = QGuiApplication::focusWindow();
        QVERIFY2(target, "no window has the keyboard focus");
        QTest::keyClick(target, c.toLatin1());
    }
}

// --- what the user sees ------------------------------------------------------------------

inline QWidget *focus() { return QApplication::focusWidget(); }
//! True when the keyboard focus is `expected` or inside it.
inline bool focusIsIn(const QWidget *expected)
{
    QWidget *now = focus();
    return now && expected && (now == expected || expected->isAncestorOf(now));
}
template<typename T = QWidget>
T *child(const QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// --- what was sent and stored ----------------------------------------------------------------

inline QString sentHeader(const QJsonObject &request, const QString &name)
{
    for (const QJsonValue &header : request.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = header.toArray();
        if (pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.at(1).toString();
    }
    return {};
}

inline QStringList sentTaskIds(const QJsonObject &request)
{
    QStringList ids;
    const QByteArray json = request.value(QStringLiteral("body")).toString().toUtf8();
    const QJsonObject body = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &item : body.value(QStringLiteral("task_info")).toArray())
        ids << item.toObject().value(QStringLiteral("task_id")).toString();
    return ids;
}

inline QMap<QString, QVariant> allSettings()
{
    QSettings settings;
    QMap<QString, QVariant> values;
    for (const QString &key : settings.allKeys())
        values.insert(key, settings.value(key));
    return values;
}

inline QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    const QString type = QString::fromLatin1(widget->metaObject()->className());
    return QStringLiteral("%1 \"%2\" in %3").arg(type, widget->objectName(), widget->window()->objectName());
}

} // namespace smsc::test
