// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace smsc {

//! The main window's note about the export just finished: where the file is, with Open file,
//! Open folder and Copy path. Hidden until a file was saved; renders only.
class LastExportBar final : public QWidget
{
    Q_OBJECT
public:
    explicit LastExportBar(QWidget *parent = nullptr);

    void showSaved(const QString &path);
    QString path() const { return m_path; }

signals:
    void openFileRequested(const QString &path);
    void openFolderRequested(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_path;
    QLabel *m_text;
    QPushButton *m_openFile;
    QPushButton *m_openFolder;
    QPushButton *m_copyPath;
};

} // namespace smsc
