#pragma once

#include "common/backgroundtask.h"
#include "import/importoptions.h"
#include "import/importresult.h"

#include <QObject>

#include <memory>

class Table;

// Runs TableReader in the background (BackgroundTask) for the GUI: progress, an early preview of the first
// rows, cancel.
// One read at a time; start() while running cancels the previous read (its result is dropped).
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    void start(const QString& path, const ImportOptions& options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const;

signals:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    // The first ~200 data rows, emitted as soon as they are parsed (before finished()).
    void previewReady(std::shared_ptr<const Table> firstRows);
    void finished(const ImportResult& result);

private:
    BackgroundTask<ImportResult> m_task;
};
