// SPDX-License-Identifier: GPL-3.0-or-later
#include "DarkPalette.h"
#include "Screenshot.h"
#include "ThemeAudit.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

using smsc::test::ThemeAudit;

namespace {

double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

// ThemeAudit, and the dark palette and screenshot helpers that go with it.
class TestThemeAudit final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(smsc::test::darkFusionPalette());
    }

    void reportsHardCodedColours_data()
    {
        QTest::addColumn<QString>("styleSheet");
        QTest::addColumn<QString>("labelText");
        QTest::addColumn<bool>("fixedPaletteColour");
        QTest::addColumn<int>("problems");
        const QString text = u"Task ID"_s;
        QTest::newRow("plain widget") << QString() << text << false << 0;
        QTest::newRow("style sheet with a hex colour") << u"color: #333333;"_s << text << false << 1;
        QTest::newRow("style sheet with a colour name in a border")
            << u"QLabel { border: 1px solid red; }"_s << text << false << 1;
        QTest::newRow("style sheet with rgb() and hsl()")
            << u"background-color: rgb(255, 255, 255); selection-color: hsl(0, 0%, 10%)"_s << text << false << 2;
        QTest::newRow("style sheet with palette references only")
            << u"color: palette(text); background: palette(base); border: 1px solid palette(mid)"_s
            << text << false << 0;
        QTest::newRow("style sheet without colours") << u"font-weight: bold; padding: 4px"_s << text << false << 0;
        QTest::newRow("transparent background") << u"background: transparent"_s << text << false << 0;
        QTest::newRow("rich text with a font colour") << QString() << u"<font color=\"red\">Required</font>"_s << false << 1;
        QTest::newRow("rich text with a style colour") << QString() << u"<span style=\"color:#c00\">!</span>"_s << false << 1;
        QTest::newRow("rich text, bold only") << QString() << u"<b>Required</b>"_s << false << 0;
        QTest::newRow("plain text mentioning colour=") << QString() << u"colour=red is a setting"_s << false << 0;
        QTest::newRow("palette entry with a fixed colour") << QString() << text << true << 1;
    }
    void reportsHardCodedColours()
    {
        QFETCH(QString, styleSheet);
        QFETCH(QString, labelText);
        QFETCH(bool, fixedPaletteColour);
        QFETCH(int, problems);
        QWidget root;
        auto *label = new QLabel(labelText, &root);
        label->setObjectName(u"subject"_s);
        label->setStyleSheet(styleSheet);
        if (fixedPaletteColour) {
            QPalette palette = label->palette();
            palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
            label->setPalette(palette);
        }
        (new QVBoxLayout(&root))->addWidget(label);
        const auto found = ThemeAudit::hardCodedColours(&root);
        QVERIFY2(found.size() == problems, qPrintable(ThemeAudit::describe(found)));
        for (const auto &problem : found)
            QCOMPARE(problem.widget.data(), label);
    }

    void paletteTakenFromTheApplicationPaletteIsFine()
    {
        QWidget root;
        auto *button = new QPushButton(u"Export"_s, &root);
        QPalette palette = button->palette();
        palette.setColor(QPalette::ButtonText, QApplication::palette().color(QPalette::Highlight));
        button->setPalette(palette);
        QVERIFY2(ThemeAudit::hardCodedColours(&root).isEmpty(),
                 qPrintable(ThemeAudit::describe(ThemeAudit::hardCodedColours(&root))));
    }

    void childrenOfAStyledWidgetAreNotReportedAgain()
    {
        QWidget root;
        auto *panel = new QWidget(&root);
        panel->setObjectName(u"panel"_s);
        panel->setStyleSheet(u"QLabel { color: navy }"_s);
        new QLabel(u"one"_s, panel);
        new QLabel(u"two"_s, panel);
        QCOMPARE(ThemeAudit::describe(ThemeAudit::hardCodedColours(&root)),
                 u"QWidget/panel has a hard-coded colour (style sheet: color: navy)"_s);
    }

    void applicationStyleSheetIsChecked()
    {
        qApp->setStyleSheet(u"QLineEdit[invalid=\"true\"] { background: #ffdddd }"_s);
        QWidget root;
        const auto found = ThemeAudit::hardCodedColours(&root);
        qApp->setStyleSheet(QString());
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().widget.isNull());
        QCOMPARE(found.first().path, u"application"_s);
    }

    void darkPaletteIsDarkAndReadable_data()
    {
        QTest::addColumn<QPalette::ColorRole>("foreground");
        QTest::addColumn<QPalette::ColorRole>("background");
        QTest::newRow("window text on window") << QPalette::WindowText << QPalette::Window;
        QTest::newRow("text on base") << QPalette::Text << QPalette::Base;
        QTest::newRow("text on alternate base") << QPalette::Text << QPalette::AlternateBase;
        QTest::newRow("button text on button") << QPalette::ButtonText << QPalette::Button;
        QTest::newRow("highlighted text on highlight") << QPalette::HighlightedText << QPalette::Highlight;
        QTest::newRow("tooltip text on tooltip") << QPalette::ToolTipText << QPalette::ToolTipBase;
        QTest::newRow("placeholder on base") << QPalette::PlaceholderText << QPalette::Base;
        QTest::newRow("link on base") << QPalette::Link << QPalette::Base;
    }
    void darkPaletteIsDarkAndReadable()
    {
        QFETCH(QPalette::ColorRole, foreground);
        QFETCH(QPalette::ColorRole, background);
        const QPalette dark = smsc::test::darkFusionPalette();
        QVERIFY(relativeLuminance(dark.color(QPalette::Window)) < 0.1);
        QVERIFY(relativeLuminance(dark.color(QPalette::Base)) < 0.1);
        // WCAG AA for normal text.
        const double ratio = contrast(dark.color(foreground), dark.color(background));
        QVERIFY2(ratio >= 4.5, qPrintable(u"contrast %1:1"_s.arg(ratio, 0, 'f', 2)));
    }

    void screenshotIsSavedOnlyWhenAsked()
    {
        QWidget window;
        window.resize(120, 80);
        qunsetenv("SMSC_SCREENSHOT_DIR");
        QVERIFY(smsc::test::saveScreenshot(&window, u"window"_s).isEmpty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("SMSC_SCREENSHOT_DIR", dir.path().toLocal8Bit());
        qputenv("SMSC_SCREENSHOT_SUFFIX", "-dark");
        const QString path = smsc::test::saveScreenshot(&window, u"window"_s);
        qunsetenv("SMSC_SCREENSHOT_DIR");
        qunsetenv("SMSC_SCREENSHOT_SUFFIX");
        QCOMPARE(path, dir.filePath(u"window-dark.png"_s));
        const QImage image(path);
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    }
};

QTEST_MAIN(TestThemeAudit)
#include "tst_themeaudit.moc"
