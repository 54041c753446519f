#include "import/importjob.h"

#include "import/table.h"
#include "import/tablereader.h"

#include <QPointer>
#include <QThread>

// State shared between the job and one worker thread. The worker only touches the cancel flag and posts
// results back; a result arriving after a newer start() (or cancel()) is recognised by the Run pointer and dropped.
struct ImportJob::Run
{
    CancelFlag cancel {false};
    QPointer<QThread> thread;
};

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportResult>();
    qRegisterMetaType<std::shared_ptr<const Table>>();
}

ImportJob::~ImportJob()
{
    if (m_run) {
        m_run->cancel = true;
        if (m_run->thread)
            m_run->thread->wait();
    }
}

void ImportJob::start(const QString& path, const ImportOptions& options)
{
    cancel();
    auto run = std::make_shared<Run>();
    m_run = run;
    QPointer<ImportJob> self(this);
    run->thread = QThread::create([self, run, path, options] {
        const auto progress = [self, run](qint64 done, qint64 total) {
            if (run->cancel || !self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, run, done, total] {
                    if (self && self->m_run == run)
                        emit self->progress(done, total);
                },
                Qt::QueuedConnection);
        };
        const auto preview = [self, run](std::shared_ptr<const Table> firstRows) {
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, run, firstRows] {
                    if (self && self->m_run == run)
                        emit self->previewReady(firstRows);
                },
                Qt::QueuedConnection);
        };
        const ImportResult result = TableReader::read(path, options, progress, &run->cancel, preview);
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, run, result] {
                    if (self)
                        self->deliver(run, result);
                },
                Qt::QueuedConnection);
        }
    });
    connect(run->thread, &QThread::finished, run->thread, &QObject::deleteLater);
    run->thread->start();
}

void ImportJob::cancel()
{
    if (!m_run)
        return;
    m_run->cancel = true;
    // A cancelled run still delivers a "cancelled" result so the GUI can leave its busy state.
}

bool ImportJob::isRunning() const
{
    return m_run != nullptr;
}

void ImportJob::deliver(const std::shared_ptr<Run>& run, const ImportResult& result)
{
    if (m_run != run)
        return; // superseded by a newer start()
    m_run.reset();
    emit finished(result);
}
