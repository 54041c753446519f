#include "valuemapeditor.h"

#include "format.h"
#include "mapping/statusmap.h"
#include "richtext.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ValueMapEditor::ValueMapEditor(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Value in the file"), tr("Rows"), tr("Sent to Torii as")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Status values"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    rebuild();
}

ValueMapEditor::~ValueMapEditor() = default;

void ValueMapEditor::setValues(const QString& column, const QList<Value>& values, const QMap<QString, QString>& map)
{
    m_column = column;
    m_values = values;
    m_map = map;
    rebuild();
}

void ValueMapEditor::setMap(const QMap<QString, QString>& map)
{
    if (map == m_map)
        return;
    m_map = map;
    rebuild();
}

int ValueMapEditor::unknownCount() const
{
    int unknown = 0;
    for (const Value& v : m_values) {
        if (!m_map.contains(v.raw) && StatusMap::builtIn(StatusMap::Kind::User, v.raw).isEmpty())
            ++unknown;
    }
    return unknown;
}

void ValueMapEditor::rebuild()
{
    m_table->setRowCount(0);
    if (m_column.isEmpty()) {
        m_hint->setText(
            RichText::text(tr("Map a column to “Status” to decide which of its values mean active or deleted.")));
        return;
    }
    const int unknown = unknownCount();
    m_hint->setText(unknown == 0 ? RichText::text(tr("Values of “%1”. Every value has a meaning.").arg(m_column))
                                 : RichText::text(tr("Values of “%1”. %2: choose what they mean."))
                                       .arg(RichText::text(m_column),
                                            RichText::bold(tr("%Ln value(s) unknown", nullptr, unknown))));
    m_table->setRowCount(static_cast<int>(m_values.size()));
    for (int row = 0; row < m_values.size(); ++row) {
        const Value& v = m_values.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(v.raw.isEmpty() ? tr("(empty)") : v.raw));
        auto* count = new QTableWidgetItem(Format::count(v.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
        auto* box = new QComboBox(m_table);
        box->setAccessibleName(tr("Meaning of %1").arg(v.raw));
        const QString builtIn = StatusMap::builtIn(StatusMap::Kind::User, v.raw);
        box->addItem(builtIn.isEmpty() ? tr("Unknown — choose") : tr("Built-in: %1").arg(builtIn), QString());
        box->addItem(tr("active"), QStringLiteral("active"));
        box->addItem(tr("deleted"), QStringLiteral("deleted"));
        box->setCurrentIndex(qMax(0, box->findData(m_map.value(v.raw))));
        if (builtIn.isEmpty() && !m_map.contains(v.raw))
            box->setStyleSheet(QStringLiteral("QComboBox { color: #b3261e; font-weight: 600; }"));
        const QString raw = v.raw;
        connect(box, &QComboBox::activated, this, [this, box, raw] {
            QMap<QString, QString> map = m_map;
            const QString target = box->currentData().toString();
            if (target.isEmpty())
                map.remove(raw);
            else
                map.insert(raw, target);
            emit mapEdited(map);
        });
        m_table->setCellWidget(row, 2, box);
    }
}
