#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "sms-consistency-cli " << SMSC_VERSION << Qt::endl;
    return 0;
}
