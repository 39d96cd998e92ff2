// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorParser.h"

#include <QTest>

using smsc::ErrorParser;

// Parsing is on the path of every failed export; a 1 MiB body (the cap) must stay cheap.
class BenchErrorParse final : public QObject
{
    Q_OBJECT
private slots:
    void parseOneMebibyte_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");

        QByteArray json = "{\"error_code\":\"SMS.0204\",\"error_msg\":\"Insufficient permissions. Cause: {0[0]}\","
                          "\"error_param\":[\"sms:server:getBatchConsistencyResults\"],\"details\":[";
        for (int i = 0; i < 20; ++i)
            json += (i ? "," : "") + QByteArray("{\"error_code\":\"SMS.2002\",\"error_msg\":\"no permission\"}");
        json += "],\"encoded_authorization_message\":\"";
        json += QByteArray(ErrorParser::kMaxBodyBytes - json.size() - 2, 'E');
        json += "\"}";
        QTest::newRow("403 JSON, 1 MiB") << json << QByteArray("application/json");

        QByteArray html = "<html><head><title>502 Bad Gateway</title><style>p{}</style></head><body>";
        while (html.size() < ErrorParser::kMaxBodyBytes - 32)
            html += "<div class=\"x\"><p>upstream error &amp; more</p></div>\n";
        html += "</body></html>";
        QTest::newRow("HTML, 1 MiB") << html << QByteArray("text/html");

        QTest::newRow("binary, 1 MiB") << QByteArray(ErrorParser::kMaxBodyBytes, '\x01') << QByteArray();
        QTest::newRow("over the cap, 4 MiB cut") << QByteArray(4 * ErrorParser::kMaxBodyBytes, '{') << QByteArray("application/json");
    }
    void parseOneMebibyte()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        smsc::ParsedErrorBody parsed;
        QBENCHMARK {
            parsed = ErrorParser::parse(body, contentType);
        }
        QVERIFY(!parsed.errorMsg.isEmpty() || !parsed.errorCode.isEmpty() || body.startsWith('\x01'));
    }
};

QTEST_GUILESS_MAIN(BenchErrorParse)
#include "bench_errorparse.moc"
