#include "evalset.h"

#include "import/table.h"
#include "import/tablereader.h"
#include "mapping/automatcher.h"
#include "payload/converter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace
{
    // Every field of the schema is checked: one the manifest leaves out must stay unmapped.
    QMap<QString, QString> actualFields(const Mapping& mapping, const QMap<QString, QString>& expected)
    {
        QMap<QString, QString> out;
        for (const FieldInfo& info : ToriiSchema::fields())
            out.insert(info.key, mapping.column(info.field));
        const FieldMapping email = mapping.field(TargetField::Email);
        if (expected.contains(QStringLiteral("email.fallback")) || !email.fallbackColumn.isEmpty())
            out.insert(QStringLiteral("email.fallback"), email.fallbackColumn);
        if (expected.contains(QStringLiteral("roles.separator")))
            out.insert(QStringLiteral("roles.separator"), mapping.field(TargetField::Roles).separator);
        if (expected.contains(QStringLiteral("licenseName.separator")))
            out.insert(QStringLiteral("licenseName.separator"), mapping.field(TargetField::LicenseName).separator);
        return out;
    }
} // namespace

QString EvalSet::directory()
{
    return QStringLiteral(TORIISYNC_SOURCE_DIR "/tests/mapping/exports");
}

QList<EvalCase> EvalSet::load(QString* error)
{
    QList<EvalCase> cases;
    const QDir dir(directory());
    for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(f.fileName());
            return {};
        }
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        EvalCase c;
        c.name = file.chopped(5);
        c.vendor = o.value(QStringLiteral("vendor")).toString();
        c.shape = o.value(QStringLiteral("shape")).toString();
        c.users = o.value(QStringLiteral("users")).toInteger(-1);
        c.skipped = o.value(QStringLiteral("skipped")).toInteger();
        const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            c.fields.insert(it.key(), it.value().toString());
        cases.append(c);
    }
    return cases;
}

EvalOutcome EvalSet::evaluate(const EvalCase& c)
{
    EvalOutcome out;
    const ImportResult read = TableReader::read(QDir(directory()).filePath(c.name + QStringLiteral(".csv")));
    if (!read.ok()) {
        out.error = read.error.toString();
        return out;
    }
    const AutoMatchResult matched = AutoMatcher::match(*read.table);
    out.shape = FileShapeDetector::name(matched.shape);
    if (out.shape != c.shape)
        out.mismatches.append(QStringLiteral("shape: expected %1, got %2").arg(c.shape, out.shape));
    const QMap<QString, QString> actual = actualFields(matched.mapping, c.fields);
    for (auto it = actual.begin(); it != actual.end(); ++it) {
        ++out.fieldsTotal;
        const QString expected = c.fields.value(it.key());
        if (expected == it.value())
            ++out.fieldsRight;
        else
            out.mismatches.append(
                QStringLiteral("%1: expected \"%2\", got \"%3\"").arg(it.key(), expected, it.value()));
    }
    if (matched.mapping.column(TargetField::Email).isEmpty())
        return out; // nothing to convert: users stay 0
    QTemporaryDir tmp;
    ConvertOptions options; // the default invalid-row policy, as a new user gets it
    options.payloadPath = tmp.filePath(QStringLiteral("payload.json"));
    const ConvertResult result = Converter::run(*read.table, matched.mapping, options);
    out.users = result.users;
    out.skipped = result.rejected;
    if (!result.ok)
        out.mismatches.append(
            QStringLiteral("convert: %1").arg(result.blocked ? QStringLiteral("blocked") : result.error));
    if (out.users != c.users)
        out.mismatches.append(QStringLiteral("users: expected %1, got %2").arg(c.users).arg(out.users));
    if (out.skipped != c.skipped)
        out.mismatches.append(QStringLiteral("skipped: expected %1, got %2").arg(c.skipped).arg(out.skipped));
    return out;
}
