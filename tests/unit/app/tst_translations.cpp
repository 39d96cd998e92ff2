// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslationCatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;  // one entry, or one per plural form
    bool plural = false;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", false};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"vanished" || type == u"obsolete")
                continue;
            current.unfinished = type == u"unfinished";
            QString text;
            QStringList forms;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            current.translations = current.plural ? forms : QStringList{text};
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const QString &code)
{
    return QString::fromUtf8(SMSC_TRANSLATIONS_DIR) + u"/sms-consistency_%1.ts"_s.arg(code);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT
private slots:
    void chineseEntryIsFinished_data()
    {
        QTest::addColumn<QStringList>("translations");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("unfinished");
        const QList<Message> messages = readTs(tsPath(u"zh_CN"_s));
        QVERIFY(!messages.isEmpty());
        for (const Message &message : messages)
            QTest::addRow("%s: %s", qPrintable(message.context), qPrintable(message.source))
                << message.translations << message.source << message.unfinished;
    }
    void chineseEntryIsFinished()
    {
        QFETCH(QStringList, translations);
        QFETCH(QString, source);
        QFETCH(bool, unfinished);
        QVERIFY2(!unfinished, "type=\"unfinished\": translate it in translations/sms-consistency_zh_CN.ts");
        QVERIFY(!translations.isEmpty());
        for (const QString &form : std::as_const(translations)) {
            QVERIFY2(!form.trimmed().isEmpty(), "empty translation");
            QCOMPARE(placeholders(form), placeholders(source));
            if (source.contains(QRegularExpression(u"&[^&\\s]"_s)))
                QVERIFY2(form.contains(u'&'), "keyboard accelerator lost in translation");
        }
    }

    void embeddedCatalogueMatchesTheTsFile_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("English (plural forms)") << u"en"_s;
        QTest::newRow("Simplified Chinese") << u"zh_CN"_s;
    }
    void embeddedCatalogueMatchesTheTsFile()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY2(translator.load(smsc::TranslationCatalog::appCatalogPath(code)), "the .qm is not embedded at :/i18n/");
        int checked = 0;
        for (const Message &message : readTs(tsPath(code))) {
            if (message.unfinished || message.plural)
                continue;
            QCOMPARE(translator.translate(qPrintable(message.context), qPrintable(message.source)),
                     message.translations.first());
            ++checked;
        }
        if (code == u"zh_CN")
            QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
