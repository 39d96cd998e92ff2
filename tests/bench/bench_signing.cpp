// SPDX-License-Identifier: GPL-3.0-or-later
// Target (README.md "Performance"): building + signing the 200-row export under 100 µs on the 2-core machines.
// The target applies to the *realistic* case (200 rows, UUID task and source ids, 20-character
// names: a 27.8 KB body). The worst case (every field at its maximum length: 118.6 KB) is reported
// too, but it is bounded by hashing that body, so it is not held to 100 µs.
// Machines are shared: compare instruction counts (`bench_signing -callgrind`) or best-of-N wall
// times, never a single wall-time run.
#include "export/ExportRequestBuilder.h"
#include "rows/RowValidator.h"
#include "signing/Sha256.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using smsc::ExportRequestBuilder;
using smsc::TaskRow;

namespace {

enum class Shape { Realistic, WorstCase };

// 200 distinct rows; every field at its limit for the worst case.
QList<TaskRow> rows(Shape shape)
{
    QList<TaskRow> result;
    for (int i = 0; i < smsc::kMaxRows; ++i) {
        const QString n = QString::number(i).rightJustified(4, u'0');
        if (shape == Shape::WorstCase) {
            result << TaskRow{QString(smsc::kMaxTaskIdLength - 4, u't') + n,
                              QString(smsc::kMaxSourceFieldLength - 4, u's') + n,
                              QString(smsc::kMaxSourceFieldLength - 4, u'n') + n};
        } else {
            result << TaskRow{u"bb17fdf0-9bfe-4941-a64c-570eb906"_s + n, u"19788429-e98e-4566-aa60-d0cbc402"_s + n,
                              u"web-server-prod-"_s + n};
        }
    }
    return result;
}

void addShapes()
{
    QTest::addColumn<Shape>("shape");
    QTest::newRow("realistic: UUID ids, 20-char names, 27.8 KB (target < 100 us)") << Shape::Realistic;
    QTest::newRow("worst case: every field at its maximum length, 118.6 KB") << Shape::WorstCase;
}

smsc::Credentials credentials()
{
    smsc::Credentials keys;
    keys.accessKey = u"SMSCTESTAK0000000001"_s;
    keys.secretKey = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
    return keys;
}

} // namespace

class BenchSigning final : public QObject
{
    Q_OBJECT
private slots:
    void buildAndSign200Rows_data() { addShapes(); }
    void buildAndSign200Rows()
    {
        QFETCH(Shape, shape);
        const QList<TaskRow> input = rows(shape);
        smsc::Profile profile;
        smsc::ServiceEndpoints endpoints;
        endpoints.sms = QUrl(u"https://sms.cn-north-4.myhuaweicloud.com"_s);
        const smsc::Credentials keys = credentials();
        const QDateTime utc(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        smsc::PreparedRequest prepared;
        QBENCHMARK {
            prepared = ExportRequestBuilder::buildExport(input, profile, u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                                         endpoints, keys, utc);
        }
        QVERIFY(prepared.isSigned());
        QCOMPARE(prepared.request.body, ExportRequestBuilder::exportBody(input));
    }

    void body200Rows_data() { addShapes(); }
    void body200Rows()
    {
        QFETCH(Shape, shape);
        const QList<TaskRow> input = rows(shape);
        QByteArray body;
        QBENCHMARK {
            body = ExportRequestBuilder::exportBody(input);
        }
        QVERIFY(body.startsWith("{\"task_info\":[{\"task_id\":\"") && body.endsWith("\"}]}"));
    }

    // The part no body-building work can remove: the SHA-256 of the body, hex encoded.
    void hashBody_data() { addShapes(); }
    void hashBody()
    {
        QFETCH(Shape, shape);
        const QByteArray body = ExportRequestBuilder::exportBody(rows(shape));
        QByteArray hex;
        QBENCHMARK {
            hex = smsc::Sha256::hex(body);
        }
        QCOMPARE(hex.size(), 64);
    }

    void validate200MaxLengthRows()
    {
        const QList<TaskRow> input = rows(Shape::WorstCase);
        smsc::RowValidation validation;
        QBENCHMARK {
            validation = smsc::RowValidator::validate(input);
        }
        QVERIFY(validation.ok());
    }
};

QTEST_GUILESS_MAIN(BenchSigning)
#include "bench_signing.moc"
