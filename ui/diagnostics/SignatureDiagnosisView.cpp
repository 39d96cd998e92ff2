// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/SignatureDiagnosisView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace smsc {
namespace {

int linesHeight(const QPlainTextEdit *edit, int lines);

QPlainTextEdit *monospaceText(const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Small screens and 200% scaling: three whole lines at least, above the sideways scroll bar
    // that a narrow pane shows; the scroll bars do the rest.
    edit->setMinimumHeight(linesHeight(edit, 3));
    return edit;
}

// The height that shows `lines` whole lines of edit's text with its sideways scroll bar.
int linesHeight(const QPlainTextEdit *edit, int lines)
{
    const int scrollBar = edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, edit);
    return edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth()
           + 2 * qCeil(edit->document()->documentMargin()) + scrollBar + 2;
}

QLabel *sentence(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

int selectedLine(const QPlainTextEdit *edit)
{
    const auto selections = edit->extraSelections();
    return selections.isEmpty() ? -1 : selections.first().cursor.blockNumber();
}

} // namespace

SignatureDiagnosisView::SignatureDiagnosisView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"signatureDiagnosis"_s);
    m_gatewayText = monospaceText(u"gatewayCanonicalRequest"_s);
    m_oursText = monospaceText(u"ourCanonicalRequest"_s);
    m_stringToSignText = monospaceText(u"ourStringToSign"_s);
    // The string to sign is always three lines (algorithm, time, hash of the canonical request).
    m_stringToSignText->setFixedHeight(linesHeight(m_stringToSignText, 3));
    m_gatewayLabel = new QLabel;
    m_gatewayLabel->setBuddy(m_gatewayText);
    m_oursLabel = new QLabel;
    m_oursLabel->setBuddy(m_oursText);
    m_gatewayLabel->setWordWrap(true);
    m_oursLabel->setWordWrap(true);
    m_stringToSignLabel = new QLabel;
    m_stringToSignLabel->setBuddy(m_stringToSignText);
    m_difference = sentence(u"differenceLabel"_s);
    m_cause = sentence(u"causeLabel"_s);

    auto *sideBySide = new QGridLayout;
    sideBySide->addWidget(m_gatewayLabel, 0, 0);
    sideBySide->addWidget(m_oursLabel, 0, 1);
    sideBySide->addWidget(m_gatewayText, 1, 0);
    sideBySide->addWidget(m_oursText, 1, 1);
    // Scrolls as a whole, so the view fits small screens and 200% scaling without clipping.
    auto *content = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"signatureDiagnosisScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_difference);
    layout->addWidget(m_cause);
    layout->addLayout(sideBySide, 1);
    layout->addWidget(m_stringToSignLabel);
    layout->addWidget(m_stringToSignText);
    scroll->setWidget(content);
    retranslateUi();
}

void SignatureDiagnosisView::setRequests(const QString &gateway, const QString &ours, const QString &stringToSign)
{
    m_gateway = gateway;
    m_ours = ours;
    m_stringToSign = stringToSign;
    m_comparison = CanonicalRequestDiff::compare(gateway, ours, stringToSign);
    m_gatewayText->setPlainText(gateway);
    m_oursText->setPlainText(ours);
    m_stringToSignText->setPlainText(stringToSign);
    retranslateUi();
}

int SignatureDiagnosisView::highlightedLine(bool gatewaySide) const
{
    return selectedLine(gatewaySide ? m_gatewayText : m_oursText);
}

QSize SignatureDiagnosisView::sizeHint() const
{
    // Two canonical requests side by side, each pane as wide as its longest lines, the 64-character
    // hashes (docs/SIGNATURE.md), measured in the panes' own fixed-width font: whole lines, no scrolling.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int pane = m_oursText->fontMetrics().horizontalAdvance(QString(64, u'0'))
                     + 2 * (m_oursText->frameWidth() + qCeil(m_oursText->document()->documentMargin())) + scrollBar + 4;
    const QSize base = QWidget::sizeHint();
    return {qMax(base.width(), 2 * pane + 3 * scrollBar), qMax(base.height(), fontMetrics().lineSpacing() * 24)};
}

void SignatureDiagnosisView::highlight()
{
    const int line = m_comparison.identical() ? -1 : m_comparison.lines.at(m_comparison.firstDifference).index;
    for (QPlainTextEdit *edit : {m_gatewayText, m_oursText}) {
        QList<QTextEdit::ExtraSelection> selections;
        const QTextBlock block = edit->document()->findBlockByNumber(line);
        if (line >= 0 && block.isValid()) {
            // Palette roles, not fixed colours: the mark must stay readable in dark themes.
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(palette().brush(QPalette::Highlight));
            selection.format.setForeground(palette().brush(QPalette::HighlightedText));
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.cursor = QTextCursor(block);
            selections << selection;
        }
        edit->setExtraSelections(selections);
    }
}

QString SignatureDiagnosisView::partName(CanonicalPart part)
{
    switch (part) {
    case CanonicalPart::Method: return tr("HTTP method");
    case CanonicalPart::Uri: return tr("path");
    case CanonicalPart::Query: return tr("query string");
    case CanonicalPart::Header: return tr("signed header");
    case CanonicalPart::HeadersEnd: return tr("end of the headers");
    case CanonicalPart::SignedHeaders: return tr("signed header names");
    case CanonicalPart::PayloadHash: return tr("body hash");
    case CanonicalPart::Extra: break;
    }
    return tr("extra line");
}

void SignatureDiagnosisView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        highlight();
    QWidget::changeEvent(event);
}

void SignatureDiagnosisView::retranslateUi()
{
    m_gatewayLabel->setText(tr("&Gateway's canonical request:"));
    m_oursLabel->setText(tr("&Our canonical request:"));
    m_stringToSignLabel->setText(tr("Our &string to sign:"));
    m_difference->setAccessibleName(tr("First difference"));
    m_cause->setAccessibleName(tr("Likely cause"));
    if (m_comparison.identical()) {
        m_difference->setText(m_gateway.isEmpty() && m_ours.isEmpty()
                                  ? QString()
                                  : tr("Both canonical requests are identical."));
    } else {
        const CanonicalLine &line = m_comparison.lines.at(m_comparison.firstDifference);
        // The arrow and the line number carry the mark for screen readers and monochrome screens.
        m_difference->setText(tr("▶ Line %1 differs (%2): the gateway has \"%3\", we have \"%4\".")
                                  .arg(line.index + 1)
                                  .arg(partName(line.part), line.theirs.isNull() ? tr("(nothing)") : line.theirs,
                                       line.ours.isNull() ? tr("(nothing)") : line.ours));
    }
    const QString mark = m_comparison.identical()
        ? QString()
        : tr("Line %1 differs").arg(m_comparison.lines.at(m_comparison.firstDifference).index + 1);
    m_gatewayText->setAccessibleDescription(mark);
    m_oursText->setAccessibleDescription(mark);
    const bool empty = m_gateway.isEmpty() && m_ours.isEmpty();
    m_comparison.causeText = empty ? QString() : CanonicalRequestDiff::causeText(m_comparison.cause, m_comparison.headerName);
    m_cause->setText(m_comparison.causeText);
    highlight();
}

} // namespace smsc
