#include "validate/mappingpreview.h"

#include "import/table.h"
#include "mapping/mapping.h"
#include "validate/mappeduser.h"
#include "validate/rowmapper.h"

#include <QStringList>

#include <algorithm>

namespace
{
    QString joinViews(const std::vector<QByteArrayView>& views)
    {
        QStringList parts;
        for (const QByteArrayView v : views)
            parts << QString::fromUtf8(v);
        return parts.join(QStringLiteral(", "));
    }

    void appendSample(QHash<TargetField, QString>& samples, TargetField field, const QString& value)
    {
        if (value.isEmpty())
            return;
        QString& s = samples[field];
        if (!s.isEmpty())
            s += QStringLiteral("  ·  ");
        s += value;
    }

    void appendMapped(QHash<TargetField, QString>& after, const Mapping& mapping, const MappedUser& user)
    {
        appendSample(after, TargetField::Id, QString::fromUtf8(user.id));
        appendSample(after, TargetField::FirstName, QString::fromUtf8(user.firstName));
        appendSample(after, TargetField::LastName, QString::fromUtf8(user.lastName));
        if (mapping.field(TargetField::FullName).isMapped())
            appendSample(after, TargetField::FullName,
                         QString::fromUtf8(user.firstName) + QStringLiteral(" | ") + QString::fromUtf8(user.lastName));
        appendSample(after, TargetField::Status, QString::fromUtf8(user.status));
        appendSample(after, TargetField::ExternalStatus, QString::fromUtf8(user.externalStatus));
        appendSample(after, TargetField::Roles, joinViews(user.roles));
        appendSample(after, TargetField::LastUsedDate, QString::fromUtf8(user.lastUsedDate));
        QStringList licences;
        QStringList statuses;
        for (const MappedUser::License& l : user.licenses) {
            licences << QString::fromUtf8(l.name);
            statuses << QString::fromUtf8(l.status);
        }
        appendSample(after, TargetField::LicenseName, licences.join(QStringLiteral(", ")));
        appendSample(after, TargetField::LicenseStatus, statuses.join(QStringLiteral(", ")));
    }
} // namespace

MappingPreview MappingPreview::of(const Table& table, const Mapping& mapping, int rows)
{
    MappingPreview preview;
    const int count = static_cast<int>(std::min<qsizetype>(rows, table.rowCount()));
    const QStringList names = table.columnNames();
    for (const FieldInfo& info : ToriiSchema::fields()) {
        const int column = static_cast<int>(names.indexOf(mapping.field(info.field).column));
        for (int row = 0; row < count && column >= 0; ++row)
            appendSample(preview.before, info.field, table.cell(row, column));
    }
    RowMapper mapper(table, mapping);
    if (!mapper.fatal().isEmpty()) {
        preview.problem = mapper.fatal().join(QLatin1Char(' '));
        return preview;
    }
    for (int row = 0; row < count; ++row) {
        MappedUser user;
        QList<ValidationIssue> issues;
        const bool ok = mapper.map(row, &user, &issues);
        if (!ok && !issues.isEmpty())
            appendSample(preview.after, TargetField::Email, tr("⚠ %1").arg(issues.constFirst().message));
        else
            appendSample(preview.after, TargetField::Email, QString::fromUtf8(user.email));
        appendMapped(preview.after, mapping, user);
    }
    return preview;
}
