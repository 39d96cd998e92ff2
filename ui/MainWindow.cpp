#include "MainWindow.h"

#include <QTableWidget>

namespace smsc {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SMS Consistency Exporter"));
    auto *table = new QTableWidget(0, 3, this);
    table->setHorizontalHeaderLabels({tr("Task ID"), tr("Source ID"), tr("Source name")});
    setCentralWidget(table);
}

} // namespace smsc
