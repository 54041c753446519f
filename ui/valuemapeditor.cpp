#include "valuemapeditor.h"

#include "mapping/statusmap.h"

#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

ValueMapEditor::ValueMapEditor(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
{
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Status values"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_hint);
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
    // In place, not rebuilt: the choice that made this edit keeps the focus (and is not deleted while it is
    // still emitting activated()).
    refresh();
}

QList<QWidget*> ValueMapEditor::choices() const
{
    QList<QWidget*> out;
    for (const Row& row : m_rows) {
        if (row.choice)
            out << row.choice;
    }
    return out;
}

QComboBox* ValueMapEditor::choiceFor(const QString& raw) const
{
    for (const Row& row : m_rows) {
        if (row.raw == raw)
            return row.choice;
    }
    return nullptr;
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

bool ValueMapEditor::eventFilter(QObject* watched, QEvent* event)
{
    // A value label is as wide as the panel allows (its size policy ignores its text): the word is elided to
    // that width and shown whole in its tooltip.
    if (event->type() == QEvent::Resize) {
        for (const Row& row : std::as_const(m_rows)) {
            if (row.value == watched)
                elide(row);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ValueMapEditor::elide(const Row& row)
{
    const QString text = row.raw.isEmpty() ? tr("(empty)") : row.raw;
    row.value->setText(row.value->fontMetrics().elidedText(text, Qt::ElideMiddle, row.value->width()));
}

void ValueMapEditor::rebuild()
{
    // The old list goes later: rebuild() may run while one of its choices is still emitting a signal.
    if (m_list) {
        m_list->hide();
        m_list->deleteLater();
    }
    m_rows.clear();
    m_list = new QWidget(this);
    auto* grid = new QGridLayout(m_list);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(0, 1);
    // Words that need a decision first (in view at the top of a short panel), then by frequency. Kept in place
    // once decided, so a choice never moves away under the mouse.
    QList<Value> ordered = m_values;
    const StatusMap statuses(StatusMap::Kind::User, m_map);
    std::stable_partition(ordered.begin(), ordered.end(),
                          [&statuses](const Value& v) { return isUnknown(statuses, v.raw); });
    for (int i = 0; i < ordered.size(); ++i) {
        const Value& v = ordered.at(i);
        const int line = i * 3;
        Row row {v.raw, new QLabel(m_list), nullptr};
        row.value->setTextFormat(Qt::PlainText);
        row.value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.value->setToolTip(v.raw);
        row.value->installEventFilter(this);
        grid->addWidget(row.value, line, 0);
        auto* rows = new QLabel(tr("%Ln row(s)", nullptr, static_cast<int>(std::min<qint64>(v.rows, INT_MAX))), m_list);
        rows->setObjectName(QStringLiteral("hintLabel"));
        rows->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(rows, line, 1);
        if (v.raw.isEmpty()) {
            // Nothing to choose: an empty cell sends no status.
            auto* none = new QLabel(tr("No status sent"), m_list);
            none->setToolTip(tr("Torii treats users without a status as active."));
            grid->addWidget(none, line + 1, 0, 1, 2);
        } else {
            row.choice = new QComboBox(m_list);
            row.choice->setAccessibleName(tr("Meaning of %1").arg(v.raw));
            const QString builtIn = StatusMap::builtIn(StatusMap::Kind::User, v.raw);
            row.choice->addItem(builtIn.isEmpty() ? tr("Unknown — choose") : tr("Built-in: %1").arg(builtIn),
                                QString());
            row.choice->addItem(tr("active"), QStringLiteral("active"));
            row.choice->addItem(tr("deleted"), QStringLiteral("deleted"));
            const QString raw = v.raw;
            QComboBox* box = row.choice;
            connect(box, &QComboBox::activated, this, [this, box, raw] {
                QMap<QString, QString> map = m_map;
                const QString target = box->currentData().toString();
                if (target.isEmpty())
                    map.remove(raw);
                else
                    map.insert(raw, target);
                emit mapEdited(map);
            });
            grid->addWidget(row.choice, line + 1, 0, 1, 2);
        }
        grid->setRowMinimumHeight(line + 2, 6); // air between one value and the next
        m_rows.append(row);
    }
    layout()->addWidget(m_list);
    refresh();
}

void ValueMapEditor::refresh()
{
    const int unknown = unknownCount();
    const bool allEmpty =
        std::all_of(m_values.cbegin(), m_values.cend(), [](const Value& v) { return v.raw.isEmpty(); });
    if (m_column.isEmpty())
        m_hint->setText(tr("Map a column to Status to decide which of its values mean active or deleted."));
    else if (allEmpty)
        m_hint->setText(
            tr("“%1” is empty in every row: no status is sent, and Torii treats the users as active.").arg(m_column));
    else if (unknown == 0)
        m_hint->setText(tr("Values of “%1”. Every value has a meaning.").arg(m_column));
    else
        m_hint->setText(
            tr("Values of “%1”. %n value(s) are unknown: choose what they mean.", nullptr, unknown).arg(m_column));
    const StatusMap statuses(StatusMap::Kind::User, m_map);
    for (const Row& row : std::as_const(m_rows)) {
        if (!row.choice)
            continue;
        row.choice->setCurrentIndex(qMax(0, row.choice->findData(m_map.value(row.raw))));
        // Marked on the value, not with a style sheet on the box: that colour reached every choice in its list.
        const bool unknownWord = isUnknown(statuses, row.raw);
        QFont font = row.value->font();
        font.setBold(unknownWord);
        row.value->setFont(font);
        row.value->setStyleSheet(unknownWord ? QStringLiteral("color: #b3261e;") : QString());
        row.value->setToolTip(unknownWord ? tr("“%1” is an unknown status: choose what it means").arg(row.raw)
                                          : row.raw);
    }
    for (const Row& row : std::as_const(m_rows))
        elide(row); // after the font: bold is wider
}
