#pragma once

#include "diff/removalguard.h"
#include "import/importoptions.h"
#include "import/importresult.h"
#include "mapping/columnprofile.h"
#include "mapping/mapping.h"
#include "payload/convertresult.h"
#include "validate/invalidrowpolicy.h"

#include <QObject>
#include <QString>

#include <memory>

class Table;

// What the admin is working on, shared by the pages: the connection (profile, org, app account), the
// loaded export and its mapping, the last conversion. Pages read it and change it through its setters;
// the header bar and the step list follow its signals. Holds the API key in memory only.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    struct Connection
    {
        QString profileName;
        QString apiUrl;
        QString appAccountId;
        QString orgName; // empty until the key was validated
        bool demo = false;
        // Safe sync: the Torii app whose users the sync is compared with (0: not chosen; the last sync's snapshot
        // is used) and the profile's removal-guard thresholds.
        qint64 appId = 0;
        QString appName;
        RemovalGuard::Thresholds guard;
        [[nodiscard]] bool ready() const { return !orgName.isEmpty() && !appAccountId.isEmpty(); }
    };

    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    [[nodiscard]] Connection connection() const { return m_connection; }
    void setConnection(const Connection& connection);
    [[nodiscard]] QString apiKey() const { return m_apiKey; }
    void setApiKey(const QString& key);

    [[nodiscard]] QString sourcePath() const { return m_sourcePath; }
    void setSourcePath(const QString& path);

    // The export as read (with the options it was read with); a new import replaces the table.
    [[nodiscard]] const ImportResult& importResult() const { return m_import; }
    [[nodiscard]] ImportOptions importOptions() const { return m_importOptions; }
    [[nodiscard]] std::shared_ptr<const Table> table() const { return m_import.table; }
    void setImport(const ImportResult& result, const ImportOptions& options);

    // The mapping being edited and the preset it came from (empty name: auto-match or hand-made).
    [[nodiscard]] const Mapping& mapping() const { return m_mapping; }
    void setMapping(const Mapping& mapping);
    [[nodiscard]] QString presetName() const { return m_presetName; }
    void setPresetName(const QString& name);
    [[nodiscard]] InvalidRowPolicy policy() const { return m_policy; }
    void setPolicy(InvalidRowPolicy policy);
    // The share of data rows SkipWithinLimit lets through (percent).
    [[nodiscard]] double maxInvalidPercent() const { return m_maxInvalidPercent; }
    void setMaxInvalidPercent(double percent);
    // What auto-match saw in the table's columns (a sample of rows), for the column picker and the warnings
    // about mapped columns that are mostly blank. Empty before a table is matched.
    [[nodiscard]] const QList<ColumnProfile>& columnProfiles() const { return m_columnProfiles; }
    void setColumnProfiles(const QList<ColumnProfile>& profiles) { m_columnProfiles = profiles; }

    // The last dry run (stage 2 alone) for the Review page; cleared when the data or mapping change.
    [[nodiscard]] const ConvertResult& dryRun() const { return m_dryRun; }
    [[nodiscard]] bool hasDryRun() const { return m_hasDryRun; }
    void setDryRun(const ConvertResult& result);

signals:
    void connectionChanged();
    void sourceChanged();
    void tableChanged();
    void mappingChanged();
    void presetChanged();
    void policyChanged();
    void dryRunChanged();

private:
    void clearDryRun();

    Connection m_connection;
    QString m_apiKey;
    QString m_sourcePath;
    ImportResult m_import;
    ImportOptions m_importOptions;
    Mapping m_mapping;
    QString m_presetName;
    InvalidRowPolicy m_policy = InvalidRowPolicy::SkipWithinLimit;
    double m_maxInvalidPercent = InvalidRowPolicies::DefaultMaxInvalidPercent;
    QList<ColumnProfile> m_columnProfiles;
    ConvertResult m_dryRun;
    bool m_hasDryRun = false;
};
