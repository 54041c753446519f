#include "valuemapeditor.h"

#include "format.h"
#include "mapping/statusmap.h"
#include "richtext.h"

#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

ValueMapEditor::ValueMapEditor(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
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
    // The engine's own StatusMap decides, so Map counts exactly what Review warns about: words compared the way
    // RowMapper compares them, and an empty cell is no word at all (no status is sent for it, no warning).
    const StatusMap statuses(StatusMap::Kind::User, m_map);
    int unknown = 0;
    for (const Value& v : m_values) {
        if (isUnknown(statuses, v.raw))
            ++unknown;
    }
    return unknown;
}

bool ValueMapEditor::isUnknown(const StatusMap& statuses, const QString& raw)
{
    return !raw.isEmpty() && statuses.map(raw.toUtf8()).isEmpty();
}

void ValueMapEditor::rebuild()
{
    m_table->setRowCount(0);
    if (m_column.isEmpty()) {
        m_hint->setText(tr("Map a column to Status to decide which of its values mean active or deleted."));
        return;
    }
    const int unknown = unknownCount();
    const bool allEmpty =
        std::all_of(m_values.cbegin(), m_values.cend(), [](const Value& v) { return v.raw.isEmpty(); });
    if (allEmpty)
        m_hint->setText(
            tr("“%1” is empty in every row: no status is sent, and Torii treats the users as active.").arg(m_column));
    else if (unknown == 0)
        m_hint->setText(tr("Values of “%1”. Every value has a meaning.").arg(m_column));
    else
        m_hint->setText(
            tr("Values of “%1”. %n value(s) are unknown: choose what they mean.", nullptr, unknown).arg(m_column));
    const StatusMap statuses(StatusMap::Kind::User, m_map);
    m_table->setRowCount(static_cast<int>(m_values.size()));
    for (int row = 0; row < m_values.size(); ++row) {
        const Value& v = m_values.at(row);
        auto* value = new QTableWidgetItem(v.raw.isEmpty() ? tr("(empty)") : v.raw);
        m_table->setItem(row, 0, value);
        auto* count = new QTableWidgetItem(Format::count(v.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
        if (v.raw.isEmpty()) {
            // Nothing to choose: an empty cell sends no status.
            auto* none = new QTableWidgetItem(tr("No status sent"));
            none->setToolTip(tr("Torii treats users without a status as active."));
            m_table->setItem(row, 2, none);
            continue;
        }
        auto* box = new QComboBox(m_table);
        box->setAccessibleName(tr("Meaning of %1").arg(v.raw));
        const QString builtIn = StatusMap::builtIn(StatusMap::Kind::User, v.raw);
        box->addItem(builtIn.isEmpty() ? tr("Unknown — choose") : tr("Built-in: %1").arg(builtIn), QString());
        box->addItem(tr("active"), QStringLiteral("active"));
        box->addItem(tr("deleted"), QStringLiteral("deleted"));
        box->setCurrentIndex(qMax(0, box->findData(m_map.value(v.raw))));
        if (isUnknown(statuses, v.raw)) {
            // Marked on the value, not with a style sheet on the box: that colour reached every choice in its list.
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
            value->setForeground(QColor(0xb3, 0x26, 0x1e));
            value->setToolTip(tr("Unknown status: choose what it means"));
        }
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
