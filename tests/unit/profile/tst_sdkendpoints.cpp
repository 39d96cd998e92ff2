// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue (resources/endpoints.json) against the official SDKs' own region maps, kept as data
// with where each entry came from: tests/data/sdk-endpoints.json.
#include "profile/endpoints/EndpointCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::EndpointCatalogue;

namespace {

struct SdkEntry
{
    QString service;
    QString region;
    QString endpoint;
    QString where;  // repo/path@commit, for messages
};

QList<SdkEntry> sdkEntries()
{
    QFile file(QString::fromUtf8(SMSC_TEST_DATA_DIR "/sdk-endpoints.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<SdkEntry> entries;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"entries").toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        entries.append({o.value(u"service").toString(), o.value(u"region").toString(), o.value(u"endpoint").toString(),
                        u"%1/%2@%3"_s.arg(o.value(u"repo").toString(), o.value(u"path").toString(),
                                          o.value(u"commit").toString())});
    }
    return entries;
}

// The one endpoint the SDK entries give `service` in `region`; empty when none lists it.
QString sdkEndpoint(const QList<SdkEntry> &entries, const QString &service, const QString &region)
{
    for (const SdkEntry &entry : entries) {
        if (entry.service == service && entry.region == region)
            return entry.endpoint;
    }
    return {};
}

} // namespace

class TestSdkEndpoints final : public QObject
{
    Q_OBJECT
private slots:
    void everyEntrySaysWhereItCameFrom()
    {
        QFile file(QString::fromUtf8(SMSC_TEST_DATA_DIR "/sdk-endpoints.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"entries").toArray();
        QVERIFY(array.size() > 10);
        static const QRegularExpression commit(u"^[0-9a-f]{40}$"_s);
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            const QString what = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            QVERIFY2(o.value(u"repo").toString().startsWith(u"huaweicloud/huaweicloud-sdk-"), qPrintable(what));
            QVERIFY2(!o.value(u"path").toString().isEmpty(), qPrintable(what));
            QVERIFY2(commit.match(o.value(u"commit").toString()).hasMatch(), qPrintable(what));
            QVERIFY2(QStringList({u"iam"_s, u"sts"_s, u"sms"_s}).contains(o.value(u"service").toString()), qPrintable(what));
            QVERIFY2(o.value(u"endpoint").toString().startsWith(u"https://"), qPrintable(what));
        }
    }
    void sourcesAgreeWithEachOther()
    {
        const QList<SdkEntry> entries = sdkEntries();
        for (const SdkEntry &a : entries) {
            for (const SdkEntry &b : entries) {
                if (a.service == b.service && a.region == b.region)
                    QVERIFY2(a.endpoint == b.endpoint, qPrintable(a.where + u" vs "_s + b.where));
            }
        }
    }

    void catalogue_data()
    {
        QTest::addColumn<QString>("region");
        for (const smsc::RegionInfo &region : EndpointCatalogue::regions())
            QTest::newRow(qPrintable(region.id)) << region.id;
    }
    void catalogue()
    {
        QFETCH(QString, region);
        const QList<SdkEntry> entries = sdkEntries();
        const smsc::RegionInfo *info = EndpointCatalogue::region(region);
        QVERIFY(info);
        const QString iam = sdkEndpoint(entries, u"iam"_s, region);
        QVERIFY2(!iam.isEmpty(), "every catalogue region needs the IAM endpoint an SDK gives it");
        QCOMPARE(info->iam.toString(), iam);
        // STS only where an SDK lists it: the table holds the SDKs' complete STS lists.
        QCOMPARE(info->sts.toString(), sdkEndpoint(entries, u"sts"_s, region));
        const QString sms = sdkEndpoint(entries, u"sms"_s, region);
        if (!sms.isEmpty())
            QCOMPARE(info->sms.toString(), sms);
    }
    void europeUsesTheEuropeanIam()
    {
        const smsc::RegionInfo *info = EndpointCatalogue::region(u"eu-west-101"_s);
        QVERIFY(info);
        QCOMPARE(info->iam, QUrl(u"https://iam.eu-west-101.myhuaweicloud.eu"_s));
    }
};

QTEST_GUILESS_MAIN(TestSdkEndpoints)
#include "tst_sdkendpoints.moc"
