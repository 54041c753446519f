#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QLockFile;

// The private folder a sync writes its payload (personal data) into: $TMPDIR/torii-sync-XXXXXX, mode 0700,
// removed when the run ends. A run killed with SIGKILL cannot remove it, so each folder holds an owner lock,
// and creating one first removes the folders of dead owners (issue #21/10): only folders of this user, with our
// lock file, whose owning process is gone; never a link, never a folder whose owner still runs.
class PayloadWorkDir
{
public:
    // root: where to create it (default QDir::tempPath(), which follows TMPDIR).
    explicit PayloadWorkDir(const QString& root = {});
    ~PayloadWorkDir();
    Q_DISABLE_COPY_MOVE(PayloadWorkDir)

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] QString filePath(const QString& name) const;
    [[nodiscard]] QString errorString() const;

    static constexpr const char* prefix = "torii-sync-";
    static constexpr const char* lockName = ".owner.lock";
    // Removes the payload folders under root whose owner died; returns how many.
    static int removeStale(const QString& root);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QLockFile> m_lock;
};
