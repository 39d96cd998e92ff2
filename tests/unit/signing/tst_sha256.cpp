// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/Sha256.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using smsc::Sha256;

class TestSha256 final : public QObject
{
    Q_OBJECT
private slots:
    void publishedDigests_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty body (docs/SIGNATURE.md)")
            << QByteArray() << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("FIPS 180-2 'abc'")
            << QByteArray("abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("FIPS 180-2 two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("FIPS 180-2 one million 'a'")
            << QByteArray(1'000'000, 'a') << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void publishedDigests()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hex(data), hex);
    }

    // Every length around the 64-byte block and padding boundaries, against Qt's implementation.
    void agreesWithQtForEveryLengthUpTo300()
    {
        QByteArray data;
        for (int length = 0; length <= 300; ++length) {
            QCOMPARE(Sha256::hex(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            data += static_cast<char>(length * 7 + 1);
        }
    }

    void publishedMacs_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("RFC 4231 case 1")
            << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("RFC 4231 case 2, key shorter than the output")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("RFC 4231 case 6, key longer than a block is hashed first")
            << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("empty key and data (Python hmac)")
            << QByteArray() << QByteArray()
            << QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
    }
    void publishedMacs()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hmacHex(key, data), hex);
    }

    void macAgreesWithQtForAStringToSign()
    {
        const QByteArray key = "SMSCTESTSECRETKEY0000000000000000000000000";
        const QByteArray stringToSign = "SDK-HMAC-SHA256\n20260102T030405Z\n" + Sha256::hex("canonical request");
        QCOMPARE(Sha256::hmacHex(key, stringToSign),
                 QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha256).toHex());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
