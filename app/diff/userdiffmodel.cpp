#include "diff/userdiffmodel.h"

namespace
{
    QByteArray csvField(const QByteArray& text)
    {
        if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
            return text;
        QByteArray quoted = text;
        quoted.replace('"', "\"\"");
        return '"' + quoted + '"';
    }
} // namespace

UserDiffModel::UserDiffModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

UserDiffModel::~UserDiffModel() = default;

void UserDiffModel::setDiff(const UserDiff& diff)
{
    m_diff = diff;
    m_hasDiff = true;
    rebuild();
}

void UserDiffModel::clear()
{
    m_diff = {};
    m_hasDiff = false;
    rebuild();
}

void UserDiffModel::setCategory(Category category)
{
    if (m_category == category)
        return;
    m_category = category;
    rebuild();
}

void UserDiffModel::setSearch(const QString& text)
{
    const QString search = text.trimmed().toLower();
    if (m_search == search)
        return;
    m_search = search;
    rebuild();
}

QList<UserDiffModel::Category> UserDiffModel::categories()
{
    return {Category::All,         Category::Added,       Category::Removed,
            Category::Deactivated, Category::Reactivated, Category::LicenseChanged};
}

qint64 UserDiffModel::count(Category category) const
{
    switch (category) {
    case Category::All:
        return count(Category::Added) + count(Category::Removals) + count(Category::Reactivated) +
            count(Category::LicenseChanged);
    case Category::Added:
        return m_diff.added.size();
    case Category::Removed:
        return m_diff.removed.size();
    case Category::Deactivated:
        return m_diff.deactivated.size();
    case Category::Reactivated:
        return m_diff.reactivated.size();
    case Category::LicenseChanged:
        return m_diff.licenseChanged.size();
    case Category::Removals:
        return m_diff.removals();
    }
    return 0;
}

bool UserDiffModel::inCategory(Category rowCategory) const
{
    switch (m_category) {
    case Category::All:
        return true;
    case Category::Removals:
        return rowCategory == Category::Removed || rowCategory == Category::Deactivated;
    default:
        return rowCategory == m_category;
    }
}

void UserDiffModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    // The search is ASCII-lowered like the normalised addresses; a non-ASCII search compares as UTF-8 bytes.
    const QByteArray needle = m_search.toUtf8();
    const auto add = [this, &needle](const QList<QByteArray>& emails, Category category) {
        if (!inCategory(category))
            return;
        for (const QByteArray& email : emails) {
            if (needle.isEmpty() || email.contains(needle))
                m_rows.append({&email, category});
        }
    };
    add(m_diff.added, Category::Added);
    add(m_diff.removed, Category::Removed);
    add(m_diff.deactivated, Category::Deactivated);
    add(m_diff.reactivated, Category::Reactivated);
    add(m_diff.licenseChanged, Category::LicenseChanged);
    endResetModel();
}

QByteArray UserDiffModel::emailAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? *m_rows.at(row).email : QByteArray();
}

QByteArray UserDiffModel::toCsv() const
{
    QByteArray csv = "email,change\r\n";
    for (const Row& row : m_rows)
        csv += csvField(*row.email) + ',' + categoryKey(row.category) + "\r\n";
    return csv;
}

QString UserDiffModel::categoryText(Category category)
{
    switch (category) {
    case Category::All:
        return tr("All changes");
    case Category::Added:
        return tr("Added");
    case Category::Removed:
        return tr("Removed");
    case Category::Deactivated:
        return tr("Deactivated");
    case Category::Reactivated:
        return tr("Reactivated");
    case Category::LicenseChanged:
        return tr("Licence changed");
    case Category::Removals:
        return tr("Removed or deactivated");
    }
    return {};
}

QByteArray UserDiffModel::categoryKey(Category category)
{
    switch (category) {
    case Category::Added:
        return "added";
    case Category::Removed:
        return "removed";
    case Category::Deactivated:
        return "deactivated";
    case Category::Reactivated:
        return "reactivated";
    case Category::LicenseChanged:
        return "licenses-changed";
    case Category::All:
    case Category::Removals:
        break;
    }
    return {};
}

int UserDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserDiffModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    return index.column() == EmailColumn ? QVariant(QString::fromUtf8(*row.email))
                                         : QVariant(categoryText(row.category));
}

QVariant UserDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == EmailColumn ? tr("E-mail") : tr("Change");
}
