// SPDX-License-Identifier: GPL-3.0-or-later
// The main of a fuzz target in the normal builds: runs every file named on the command line (or
// found in a folder named there) through LLVMFuzzerTestOneInput once, so the committed corpus and
// every regression stay tests in the gcc and the ASan build, without libFuzzer.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QStringList filesIn(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();  // a stable order, so a failure reproduces the same way
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    int ran = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo::exists(argument)) {
            std::fprintf(stderr, "no such file or folder: %s\n", argv[i]);
            return 2;
        }
        for (const QString &path : filesIn(argument)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray data = file.readAll();
            std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++ran;
        }
    }
    std::fprintf(stderr, "%d inputs ran without a failed invariant\n", ran);
    return ran > 0 ? 0 : 2;
}
