#include "import/importjob.h"

#include "import/table.h"
#include "import/tablereader.h"

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
    , m_task(this)
{
    qRegisterMetaType<ImportResult>();
    qRegisterMetaType<std::shared_ptr<const Table>>();
    m_task.onProgress([this](qint64 done, qint64 total) { emit progress(done, total); });
    // A cancelled read still delivers its "cancelled" result so the GUI can leave its busy state.
    m_task.onFinished([this](const ImportResult& result) { emit finished(result); });
}

ImportJob::~ImportJob() = default;

void ImportJob::start(const QString& path, const ImportOptions& options)
{
    m_task.start([this, path, options](const BackgroundTask<ImportResult>::Worker& worker) {
        const auto preview = [this, &worker](std::shared_ptr<const Table> firstRows) {
            worker.post([this, firstRows] { emit previewReady(firstRows); });
        };
        return TableReader::read(path, options, worker.progressCallback(), worker.cancelFlag(), preview);
    });
}

void ImportJob::cancel()
{
    m_task.cancel();
}

bool ImportJob::isRunning() const
{
    return m_task.isRunning();
}
