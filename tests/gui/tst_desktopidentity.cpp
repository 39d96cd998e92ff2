// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/AppIdentity.h"
#include "window/DesktopIdentity.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QMap>
#include <QTest>
#include <QXmlStreamReader>

// The installed metadata must name the app the way the code does, or desktops cannot match
// the running window to its entry and icon.

using namespace Qt::StringLiterals;
class TestDesktopIdentity final : public QObject
{
    Q_OBJECT
private:
    static QString appId() { return QString::fromLatin1(smsc::kAppId); }
    static QString packagingFile(const QString &suffix)
    {
        return u"%1/%2%3"_s.arg(QString::fromUtf8(SMSC_PACKAGING_DIR), appId(), suffix);
    }
    static QMap<QString, QString> desktopEntry()
    {
        QFile file(packagingFile(u".desktop"_s));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        QMap<QString, QString> keys;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith('#'))
                keys.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        smsc::applyAppIdentity();
        smsc::applyDesktopIdentity();
    }
    void runningAppCarriesTheDesktopIdAndAnIcon()
    {
        QCOMPARE(QGuiApplication::desktopFileName(), appId());
        QVERIFY(!QGuiApplication::windowIcon().isNull());
        QVERIFY(!QGuiApplication::windowIcon().pixmap(QSize(32, 32)).isNull());
    }
    void desktopEntryMatchesTheCode()
    {
        const auto entry = desktopEntry();
        QVERIFY2(!entry.isEmpty(), qPrintable(packagingFile(u".desktop"_s)));
        QCOMPARE(entry.value(u"Icon"_s), appId());
        QCOMPARE(entry.value(u"Exec"_s), u"sms-consistency"_s);
        // X11 WM_CLASS carries the application name that applyAppIdentity() sets.
        QCOMPARE(entry.value(u"StartupWMClass"_s), QCoreApplication::applicationName());
        for (const QString &key : {u"Name[zh_CN]"_s, u"Comment[zh_CN]"_s, u"Keywords[zh_CN]"_s})
            QVERIFY2(!entry.value(key).isEmpty(), qPrintable(key));
        const QStringList keywords = entry.value(u"Keywords"_s).split(u';');
        for (const QString &word : {u"Huawei"_s, u"SMS"_s, u"migration"_s, u"consistency"_s})
            QVERIFY2(keywords.contains(word), qPrintable(word));
    }
    void metainfoMatchesTheCode()
    {
        QFile file(packagingFile(u".metainfo.xml"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id;
        QString launchable;
        QStringList binaries;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"id")
                id = xml.readElementText();
            else if (xml.name() == u"launchable")
                launchable = xml.readElementText();
            else if (xml.name() == u"binary")
                binaries.append(xml.readElementText());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, appId());
        QCOMPARE(launchable, appId() + u".desktop"_s);
        QCOMPARE(binaries, (QStringList{u"sms-consistency"_s, u"sms-consistency-cli"_s}));
    }
};

QTEST_MAIN(TestDesktopIdentity)
#include "tst_desktopidentity.moc"
