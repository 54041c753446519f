#include "columndelegate.h"

#include "mappingmodel.h"

#include <QComboBox>

ColumnDelegate::~ColumnDelegate() = default;

QWidget* ColumnDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(tr("Column for %1").arg(index.siblingAtColumn(MappingModel::FieldColumn).data().toString()));
    box->addItem(tr("— not mapped —"), QString());
    if (const auto* model = qobject_cast<const MappingModel*>(index.model())) {
        for (const QString& column : model->columns())
            box->addItem(column, column);
    }
    // Commit as soon as a column is picked, so one keyboard selection is one undo step.
    connect(box, &QComboBox::activated, this, [this, box] {
        emit const_cast<ColumnDelegate*>(this)->commitData(box);
        emit const_cast<ColumnDelegate*>(this)->closeEditor(box);
    });
    return box;
}

void ColumnDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = qobject_cast<QComboBox*>(editor);
    box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole).toString())));
}

void ColumnDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const auto* box = qobject_cast<QComboBox*>(editor);
    if (box->currentData().toString() != index.data(Qt::EditRole).toString())
        model->setData(index, box->currentData(), Qt::EditRole);
}
