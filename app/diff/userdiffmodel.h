#pragma once

#include "diff/userdiff.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QString>

// The e-mails behind a UserDiff as a table (e-mail, change) for the window's Review page and the removal
// guard's confirmation: one category or all of them, narrowed by a search text (part of the address, any
// case), and written as CSV. QtCore only, so it is tested without widgets.
class UserDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDiffModel)

public:
    enum class Category
    {
        All,
        Added,
        Removed,
        Deactivated,
        Reactivated,
        LicenseChanged,
        Removals // removed and deactivated: what the removal guard weighs
    };
    Q_ENUM(Category)
    enum Column
    {
        EmailColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit UserDiffModel(QObject* parent = nullptr);
    ~UserDiffModel() override;

    void setDiff(const UserDiff& diff);
    void clear();
    [[nodiscard]] bool hasDiff() const { return m_hasDiff; }
    [[nodiscard]] const UserDiff& diff() const { return m_diff; }
    void setCategory(Category category);
    [[nodiscard]] Category category() const { return m_category; }
    void setSearch(const QString& text);
    [[nodiscard]] QString search() const { return m_search; }

    // Users in a category, whatever the search.
    [[nodiscard]] qint64 count(Category category) const;
    // The rows shown, as CSV: "email,change" and one line per row (RFC 4180 quoting, CRLF).
    [[nodiscard]] QByteArray toCsv() const;
    [[nodiscard]] QByteArray emailAt(int row) const;

    // "Added", "Removed", ... for the window; "added", "removed", ... for the CSV.
    [[nodiscard]] static QString categoryText(Category category);
    [[nodiscard]] static QByteArray categoryKey(Category category);
    // The categories a list can show, in the order the window offers them.
    [[nodiscard]] static QList<Category> categories();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        const QByteArray* email;
        Category category;
    };
    void rebuild();
    [[nodiscard]] bool inCategory(Category rowCategory) const;

    UserDiff m_diff;
    bool m_hasDiff = false;
    Category m_category = Category::All;
    QString m_search;
    QList<Row> m_rows;
};
