// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// Readers of the shared files in tests/data, header-only so that unit tests linking only the
// core can use them too. SMSC_TEST_DATA_DIR comes from every test's compile definitions.
namespace smsc::test {

//! The fake secrets of tests/data/test-secrets.txt, which the secret scan looks for (never printed).
inline QStringList fakeSecrets()
{
    QFile file(QString::fromUtf8(SMSC_TEST_DATA_DIR "/test-secrets.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList secrets;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            secrets << QString::fromUtf8(line.trimmed());
    }
    return secrets;
}

//! Every case of the signing known-answer vectors (tests/data/signing-vectors.json).
inline QJsonArray signingVectors()
{
    QFile file(QString::fromUtf8(SMSC_TEST_DATA_DIR "/signing-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open signing-vectors.json");
    return QJsonDocument::fromJson(file.readAll()).object().value(u"cases").toArray();
}

//! The signing vector with this id; a missing one ends the test run.
inline QJsonObject signingVector(const QString &id)
{
    for (const QJsonValue &value : signingVectors()) {
        if (value[u"id"].toString() == id)
            return value.toObject();
    }
    qFatal("no such signing vector");
}

} // namespace smsc::test
