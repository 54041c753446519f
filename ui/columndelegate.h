#pragma once

#include <QStyledItemDelegate>

// The column picker in the Map page's field table: a combo box of the file's columns plus "not mapped", each
// with its blank share and first distinct values (a sample of rows), filtered by what the admin types.
class ColumnDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~ColumnDelegate() override;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};
