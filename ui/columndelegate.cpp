#include "columndelegate.h"

#include "mappingmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include <cmath>

namespace
{
    // "Email — 0% blank — ana@contoso.com, ben@contoso.com": the admin picks by looking at data.
    QString describe(const QString& column, const ColumnProfile* profile)
    {
        if (!profile || profile->sampled == 0)
            return column;
        const int blank = int(std::lround(profile->blankShare() * 100));
        if (profile->isEmpty())
            return ColumnDelegate::tr("%1 — empty").arg(column);
        return ColumnDelegate::tr("%1 — %2% blank — %3")
            .arg(column)
            .arg(blank)
            .arg(profile->firstValues.join(QStringLiteral(", ")));
    }
} // namespace

ColumnDelegate::~ColumnDelegate() = default;

QWidget* ColumnDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(tr("Column for %1").arg(index.siblingAtColumn(MappingModel::FieldColumn).data().toString()));
    box->addItem(tr("— not mapped —"), QString());
    if (const auto* model = qobject_cast<const MappingModel*>(index.model())) {
        const QStringList columns = model->columns();
        const QList<ColumnProfile>& profiles = model->profiles();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const ColumnProfile* profile = profiles.size() == columns.size() ? &profiles.at(i) : nullptr;
            box->addItem(describe(columns.at(i), profile), columns.at(i));
            box->setItemData(box->count() - 1, describe(columns.at(i), profile), Qt::ToolTipRole);
        }
    }
    // Type to filter: any part of a column's name or of its first values narrows the list.
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->lineEdit()->setPlaceholderText(tr("Type to filter the columns"));
    // Commit as soon as a column is picked, so one keyboard selection is one undo step.
    const auto commit = [this, box] {
        emit const_cast<ColumnDelegate*>(this)->commitData(box);
        emit const_cast<ColumnDelegate*>(this)->closeEditor(box);
    };
    connect(box, &QComboBox::activated, this, commit);
    connect(box->completer(), qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [box, commit](const QModelIndex& picked) {
                box->setCurrentIndex(box->findText(picked.data().toString()));
                commit();
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
    // An edited text that names no column keeps the current choice (findText gives -1).
    const int picked = box->findText(box->currentText());
    const QString column = picked >= 0 ? box->itemData(picked).toString() : index.data(Qt::EditRole).toString();
    if (column != index.data(Qt::EditRole).toString())
        model->setData(index, column, Qt::EditRole);
}
