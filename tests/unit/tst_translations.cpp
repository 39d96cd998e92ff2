#include "TranslationCatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;  // one entry, or one per plural form
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
            current = Message{context, {}, {}, false};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_qs).toString();
            if (type == u"vanished" || type == u"obsolete")
                continue;
            current.unfinished = type == u"unfinished";
            // Plural forms come back concatenated here; pluralForms() reads them one by one.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current.translations = {text};
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList pluralForms(const QString &path, const QString &context, const QString &source)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString currentSource;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            currentContext = xml.readElementText();
        else if (xml.name() == u"source")
            currentSource = xml.readElementText();
        else if (xml.name() == u"numerusform" && currentContext == context && currentSource == source)
            forms.append(xml.readElementText());
    }
    return forms;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(SMSC_TRANSLATIONS_DIR) + u"/sms-consistency_%1.ts"_qs.arg(code);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d|n)"_qs);
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
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("unfinished");
        const QList<Message> messages = readTs(tsPath(u"zh_CN"_qs));
        QVERIFY(!messages.isEmpty());
        for (const Message &message : messages)
            QTest::addRow("%s: %s", qPrintable(message.context), qPrintable(message.source))
                << message.context << message.source << message.unfinished;
    }
    void chineseEntryIsFinished()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(bool, unfinished);
        QVERIFY2(!unfinished, "type=\"unfinished\": translate it in translations/sms-consistency_zh_CN.ts");
        QStringList forms = pluralForms(tsPath(u"zh_CN"_qs), context, source);
        if (forms.isEmpty()) {
            QTranslator translator;
            QVERIFY(translator.load(smsc::TranslationCatalog::appCatalogPath(u"zh_CN"_qs)));
            forms = {translator.translate(qPrintable(context), qPrintable(source))};
        }
        for (const QString &form : std::as_const(forms)) {
            QVERIFY2(!form.trimmed().isEmpty(), "empty translation");
            QCOMPARE(placeholders(form), placeholders(source));
            if (source.contains(QRegularExpression(u"&[^&\\s]"_qs)))
                QVERIFY2(form.contains(u'&'), "keyboard accelerator lost in translation");
        }
    }

    void embeddedCatalogueMatchesTheTsFile_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("English (plural forms)") << u"en"_qs;
        QTest::newRow("Simplified Chinese") << u"zh_CN"_qs;
    }
    void embeddedCatalogueMatchesTheTsFile()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY2(translator.load(smsc::TranslationCatalog::appCatalogPath(code)), "the .qm is not embedded at :/i18n/");
        int checked = 0;
        for (const Message &message : readTs(tsPath(code))) {
            if (message.unfinished || !pluralForms(tsPath(code), message.context, message.source).isEmpty())
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
