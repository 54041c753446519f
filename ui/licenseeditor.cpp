#include "licenseeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

LicenseEditor::LicenseEditor(QWidget* parent)
    : QWidget(parent)
    , m_column(new QComboBox(this))
    , m_constantName(new QLineEdit(this))
    , m_separator(new QLineEdit(this))
    , m_ignore(new QLineEdit(this))
    , m_statusColumn(new QComboBox(this))
    , m_unassigned(new QSpinBox(this))
    , m_price(new QSpinBox(this))
{
    m_column->setAccessibleName(tr("Licence column"));
    m_constantName->setAccessibleName(tr("Licence name"));
    m_constantName->setPlaceholderText(tr("one licence for everybody, e.g. “Pro”"));
    m_separator->setAccessibleName(tr("Licence separator"));
    m_separator->setPlaceholderText(tr("one licence per cell"));
    m_separator->setMaximumWidth(120);
    m_ignore->setAccessibleName(tr("Values meaning no licence"));
    m_ignore->setPlaceholderText(tr("Unlicensed, Basic, None"));
    m_statusColumn->setAccessibleName(tr("Licence status column"));
    m_unassigned->setAccessibleName(tr("Unassigned licences"));
    m_unassigned->setRange(-1, 10000000);
    m_unassigned->setSpecialValueText(tr("not sent"));
    m_price->setAccessibleName(tr("Price per user in cents"));
    m_price->setRange(-1, 100000000);
    m_price->setSpecialValueText(tr("not sent"));
    m_price->setSuffix(tr(" cents"));

    auto* form = new QFormLayout(this);
    const auto add = [this, form](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        form->addRow(label, w);
    };
    add(tr("Licence &column:"), m_column);
    add(tr("…or licence &name:"), m_constantName);
    add(tr("S&eparator:"), m_separator);
    add(tr("&No-licence values:"), m_ignore);
    add(tr("Licence s&tatus column:"), m_statusColumn);
    add(tr("&Unassigned amount:"), m_unassigned);
    add(tr("&Price per user:"), m_price);

    connect(m_column, &QComboBox::activated, this, [this] {
        m_rule.column = m_column->currentData().toString();
        emitEdit(tr("Licence column"));
    });
    connect(m_statusColumn, &QComboBox::activated, this, [this] {
        m_rule.statusColumn = m_statusColumn->currentData().toString();
        emitEdit(tr("Licence status column"));
    });
    connect(m_constantName, &QLineEdit::editingFinished, this, [this] {
        if (m_constantName->text() == m_rule.constantName)
            return;
        m_rule.constantName = m_constantName->text().trimmed();
        emitEdit(tr("Licence name"));
    });
    connect(m_separator, &QLineEdit::editingFinished, this, [this] {
        if (m_separator->text() == m_rule.separator)
            return;
        m_rule.separator = m_separator->text();
        emitEdit(tr("Licence separator"));
    });
    connect(m_ignore, &QLineEdit::editingFinished, this, [this] {
        QStringList values;
        const QStringList parts = m_ignore->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& p : parts)
            values << p.trimmed();
        if (values == m_rule.ignoreValues)
            return;
        m_rule.ignoreValues = values;
        emitEdit(tr("No-licence values"));
    });
    connect(m_unassigned, &QSpinBox::editingFinished, this, [this] {
        const auto value = m_unassigned->value() < 0 ? std::nullopt : std::optional<qint64>(m_unassigned->value());
        if (value == m_rule.defaults.unassignedAmount)
            return;
        m_rule.defaults.unassignedAmount = value;
        emitEdit(tr("Unassigned amount"));
    });
    connect(m_price, &QSpinBox::editingFinished, this, [this] {
        const auto value = m_price->value() < 0 ? std::nullopt : std::optional<qint64>(m_price->value());
        if (value == m_rule.defaults.pricePerUser)
            return;
        m_rule.defaults.pricePerUser = value;
        emitEdit(tr("Price per user"));
    });
}

LicenseEditor::~LicenseEditor() = default;

void LicenseEditor::setColumns(const QStringList& columns)
{
    for (QComboBox* box : {m_column, m_statusColumn}) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("— none —"), QString());
        for (const QString& c : columns)
            box->addItem(c, c);
    }
}

void LicenseEditor::showRule(const LicenseRule& rule)
{
    m_updating = true;
    m_rule = rule;
    m_column->setCurrentIndex(qMax(0, m_column->findData(rule.column)));
    m_statusColumn->setCurrentIndex(qMax(0, m_statusColumn->findData(rule.statusColumn)));
    m_constantName->setText(rule.constantName);
    m_separator->setText(rule.separator);
    m_ignore->setText(rule.ignoreValues.join(QStringLiteral(", ")));
    m_unassigned->setValue(rule.defaults.unassignedAmount ? static_cast<int>(*rule.defaults.unassignedAmount) : -1);
    m_price->setValue(rule.defaults.pricePerUser ? static_cast<int>(*rule.defaults.pricePerUser) : -1);
    m_updating = false;
}

void LicenseEditor::emitEdit(const QString& description)
{
    if (!m_updating)
        emit ruleEdited(m_rule, description);
}
