#include "ui/StartupProbe.h"

#include "models/QueueModel.h"
#include "ui/MainWindow.h"
#include "ui/QueuePage.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>

namespace reissuedesk {
namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

void StartupProbe::install(MainWindow &window, const QElapsedTimer &sinceStart)
{
    auto report = [&window, sinceStart] {
        QueueModel *model = window.queuePage()->model();
        window.repaint(); // the painted queue, not just the data
        const QByteArray line = QStringLiteral("{\"startup_ms\":%1,\"rss_kb\":%2,\"rows\":%3}\n")
                                    .arg(sinceStart.elapsed())
                                    .arg(residentKb())
                                    .arg(model->rowCount())
                                    .toUtf8();
        std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
        std::fflush(stderr);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    };
    auto whenPagesReady = [&window, report] {
        QueueModel *model = window.queuePage()->model();
        if (model->rowCount() > 0 && !model->isLoading()) {
            QTimer::singleShot(0, &window, report);
            return;
        }
        QObject::connect(
            model, &QueueModel::settled, &window, [report] { QTimer::singleShot(0, report); },
            Qt::SingleShotConnection);
    };
    if (window.queuePage())
        whenPagesReady();
    else
        QObject::connect(&window, &MainWindow::pagesReady, &window, whenPagesReady, Qt::SingleShotConnection);
}

} // namespace reissuedesk
