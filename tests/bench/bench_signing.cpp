#include "ExportRequestBuilder.h"
#include "RowValidator.h"

#include <QTest>
#include <QTimeZone>

using smsc::ExportRequestBuilder;
using smsc::TaskRow;

namespace {

// 200 rows; each field at its limit when `maxLength`, else UUID-sized ids and a short name.
QList<TaskRow> rows(bool maxLength)
{
    QList<TaskRow> result;
    for (int i = 0; i < smsc::kMaxRows; ++i) {
        const QString n = QString::number(i).rightJustified(3, u'0');
        if (maxLength) {
            result << TaskRow{QString(smsc::kMaxTaskIdLength - 3, u't') + n,
                              QString(smsc::kMaxSourceFieldLength - 3, u's') + n,
                              QString(smsc::kMaxSourceFieldLength - 3, u'n') + n};
        } else {
            result << TaskRow{u"bb17fdf0-9bfe-4941-a64c-570eb9069"_qs + n, u"19788429-e98e-4566-aa60-d0cbc4025"_qs + n,
                              u"web-server-"_qs + n};
        }
    }
    return result;
}

smsc::Credentials credentials()
{
    smsc::Credentials keys;
    keys.accessKey = u"SMSCTESTAK0000000001"_qs;
    keys.secretKey = u"SMSCTESTSECRETKEY0000000000000000000000000"_qs;
    return keys;
}

} // namespace

class BenchSigning final : public QObject
{
    Q_OBJECT
private slots:
    void buildAndSign200Rows_data()
    {
        QTest::addColumn<bool>("maxLength");
        QTest::newRow("every field at its maximum length (about 110 KB body)") << true;
        QTest::newRow("UUID ids and short names (about 26 KB body)") << false;
    }
    void buildAndSign200Rows()
    {
        QFETCH(bool, maxLength);
        const QList<TaskRow> input = rows(maxLength);
        smsc::Profile profile;
        smsc::ServiceEndpoints endpoints;
        endpoints.sms = QUrl(u"https://sms.cn-north-4.myhuaweicloud.com"_qs);
        const smsc::Credentials keys = credentials();
        const QDateTime utc(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        smsc::PreparedRequest prepared;
        QBENCHMARK {
            prepared = ExportRequestBuilder::buildExport(input, profile, u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs,
                                                         endpoints, keys, utc);
        }
        QVERIFY(prepared.isSigned());
        QVERIFY(prepared.request.body.size() > 200 * 60);
    }

    void body200MaxLengthRows()
    {
        const QList<TaskRow> input = rows(true);
        QByteArray body;
        QBENCHMARK {
            body = ExportRequestBuilder::exportBody(input);
        }
        QVERIFY(body.size() > 200 * 546);
    }

    void validate200MaxLengthRows()
    {
        const QList<TaskRow> input = rows(true);
        smsc::RowValidation validation;
        QBENCHMARK {
            validation = smsc::RowValidator::validate(input);
        }
        QVERIFY(validation.ok());
    }
};

QTEST_GUILESS_MAIN(BenchSigning)
#include "bench_signing.moc"
