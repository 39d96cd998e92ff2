// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCredentialStore.h"
#include "profile/AppIdentity.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

using smsc::FailureKind;
using smsc::KeychainCredentialStore;
using smsc::SecretField;

using Stored = smsc::Outcome<QString>;

namespace {

const QByteArray kSk = QByteArrayLiteral("SMSCTESTSECRETKEY0000000000000000000000000");

} // namespace

/*!
 * Runs with DBUS_SESSION_BUS_ADDRESS pointing nowhere (set by CTest): no Secret Service.
 * The store must say so plainly, and must not fall back to writing the secret anywhere else.
 */
class TestKeychainUnavailable final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    Stored run(const std::function<void(KeychainCredentialStore &, QObject *, KeychainCredentialStore::Callback)> &op)
    {
        KeychainCredentialStore store(5000);
        QObject context;
        std::optional<Stored> result;
        int calls = 0;
        op(store, &context, [&](const Stored &r) {
            ++calls;
            result = r;
        });
        if (!QTest::qWaitFor([&] { return calls > 0; }, 20000) || calls != 1)
            return u"no single callback"_s;
        return *result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/"_s));
        QVERIFY(m_home.isValid());
        // Every place a fallback could write to lives under this throw-away HOME.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u"cache"_s)));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(u"config"_s));
        smsc::applyAppIdentity();
    }

    void everyOperationIsUnavailableWithTheBackendMessage_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("write") << 0;
        QTest::newRow("read") << 1;
        QTest::newRow("remove") << 2;
    }
    void everyOperationIsUnavailableWithTheBackendMessage()
    {
        QFETCH(int, operation);
        const Stored r = run([&](KeychainCredentialStore &store, QObject *c, auto done) {
            if (operation == 0)
                store.write(u"prod"_s, SecretField::SecretKey, QString::fromLatin1(kSk), c, done);
            else if (operation == 1)
                store.read(u"prod"_s, SecretField::SecretKey, c, done);
            else
                store.remove(u"prod"_s, SecretField::SecretKey, c, done);
        });
        QCOMPARE(r.kind(), FailureKind::Unavailable);
        QVERIFY(!r.ok());  // so there is no value
        QVERIFY2(!r.failure().detail.isEmpty(), "the backend's own errorString() is kept");
        QVERIFY2(r.error().contains(u"keychain"_s), qPrintable(r.error()));
        QVERIFY2(r.error().contains(r.failure().detail), qPrintable(r.error()));
        qInfo("message shown to the user: %s", qPrintable(r.error()));
    }

    void theSecretWasWrittenNowhere()
    {
        const Stored r = run([&](KeychainCredentialStore &store, QObject *c, auto done) {
            store.write(u"leak-check"_s, SecretField::SecretKey, QString::fromLatin1(kSk), c, done);
        });
        QCOMPARE(r.kind(), FailureKind::Unavailable);
        QStringList roots{m_home.path(), QFileInfo(QSettings().fileName()).absolutePath()};
        int scanned = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                QVERIFY2(!f.readAll().contains(kSk), qPrintable(f.fileName()));
            }
        }
        QVERIFY(!QSettings().allKeys().join(u' ').contains(u"leak-check"_s));
        qInfo("scanned %d files", scanned);
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
