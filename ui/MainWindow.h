#pragma once

#include <QMainWindow>

namespace smsc {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace smsc
