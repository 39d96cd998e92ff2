// SPDX-License-Identifier: GPL-3.0-or-later
#include <QColor>
#include <QIcon>
#include <QImage>
#include <QTest>

// The icons the widgets use, rendered by Qt's own SVG engine (not by the tool that drew them).

using namespace Qt::StringLiterals;
class TestIcons final : public QObject
{
    Q_OBJECT
private slots:
    void rendersInQtWithoutStrayBlackFill_data()
    {
        QTest::addColumn<QString>("path");
        // These resource paths are the contract with ui/ (see resources/CMakeLists.txt).
        for (const char *name : {"export", "import", "profile", "row-add", "row-delete",
                                 "row-duplicate", "validation-error", "validation-ok",
                                 "validation-warning"}) {
            QTest::newRow(name) << u":/icons/actions/%1.svg"_s.arg(QLatin1String(name));
        }
        QTest::newRow("app icon") << u":/icons/io.github.sms_consistency.Exporter.svg"_s;
    }
    void rendersInQtWithoutStrayBlackFill()
    {
        QFETCH(QString, path);
        const QIcon icon(path);
        QVERIFY2(!icon.isNull(), qPrintable(path));
        const QImage image = icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(48, 48));

        int opaque = 0;
        int black = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() < 128)
                    continue;
                ++opaque;
                // No icon uses black: black means an unsupported attribute fell back to the default fill.
                if (c.red() < 40 && c.green() < 40 && c.blue() < 40)
                    ++black;
            }
        }
        QVERIFY2(opaque > image.width() * image.height() / 20, "icon renders almost nothing");
        QCOMPARE(black, 0);
    }
    void actionIconsLeaveTheBackgroundTransparent()
    {
        // Transparent corners keep the icons usable on light and dark palettes alike.
        const QImage image = QIcon(u":/icons/actions/row-add.svg"_s).pixmap(QSize(48, 48)).toImage();
        QCOMPARE(image.pixelColor(47, 0).alpha(), 0);
        QCOMPARE(image.pixelColor(0, 47).alpha(), 0);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
