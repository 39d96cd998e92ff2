// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/CanonicalRequestDiff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace smsc {

/*!
 * The gateway's canonical request next to ours and our string to sign, the first differing line
 * highlighted with the palette's highlight colours and named in words, with the likely cause.
 */
class SignatureDiagnosisView final : public QWidget
{
    Q_OBJECT
public:
    explicit SignatureDiagnosisView(QWidget *parent = nullptr);

    //! `gateway`: ApiError::gatewayCanonicalRequest; `ours`/`stringToSign`: the request record's.
    void setRequests(const QString &gateway, const QString &ours, const QString &stringToSign);
    const CanonicalComparison &comparison() const { return m_comparison; }
    //! The highlighted line (0-based) of the gateway's or our text; -1 when nothing is highlighted.
    int highlightedLine(bool gatewaySide) const;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void highlight();
    void retranslateUi();
    static QString partName(CanonicalPart part);

    QString m_gateway;
    QString m_ours;
    QString m_stringToSign;
    CanonicalComparison m_comparison;
    QLabel *m_gatewayLabel = nullptr;
    QLabel *m_oursLabel = nullptr;
    QLabel *m_stringToSignLabel = nullptr;
    QPlainTextEdit *m_gatewayText = nullptr;
    QPlainTextEdit *m_oursText = nullptr;
    QPlainTextEdit *m_stringToSignText = nullptr;
    QLabel *m_difference = nullptr;
    QLabel *m_cause = nullptr;
};

} // namespace smsc
