#include "fieldeditor.h"

#include "valuemapeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimeZone>

FieldEditor::FieldEditor(QWidget* parent)
    : QGroupBox(tr("Transform"), parent)
    , m_kindHint(new QLabel(this))
    , m_trim(new QCheckBox(tr("&Trim spaces"), this))
    , m_lowercase(new QCheckBox(tr("&Lower-case"), this))
    , m_separator(new QLineEdit(this))
    , m_dateOrder(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_valueMap(new ValueMapEditor(this))
    , m_constant(new QLineEdit(this))
    , m_fallback(new QComboBox(this))
{
    m_kindHint->setObjectName(QStringLiteral("hintLabel"));
    m_kindHint->setWordWrap(true);
    m_trim->setAccessibleName(tr("Trim spaces"));
    m_lowercase->setAccessibleName(tr("Lower-case"));
    m_separator->setAccessibleName(tr("List separator"));
    m_separator->setPlaceholderText(tr("one value per cell"));
    m_separator->setMaximumWidth(120);
    m_dateOrder->setAccessibleName(tr("Date order"));
    for (const auto order : {DateOrder::Auto, DateOrder::DMY, DateOrder::MDY, DateOrder::YMD})
        m_dateOrder->addItem(order == DateOrder::Auto ? tr("Decide from the values")
                                                      : FieldMapping::dateOrderName(order).toUpper(),
                             static_cast<int>(order));
    m_timeZone->setAccessibleName(tr("Time zone of dates without one"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(tr("UTC (dates without a zone)"), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    m_constant->setAccessibleName(tr("Constant value"));
    m_constant->setPlaceholderText(tr("used when no column is mapped"));
    m_fallback->setAccessibleName(tr("Fallback column"));

    auto* form = new QFormLayout(this);
    form->addRow(m_kindHint);
    // Right under the hint: in a short panel (1024x700) the first status values are in view without scrolling.
    form->addRow(m_valueMap);
    form->addRow(m_trim);
    form->addRow(m_lowercase);
    m_separatorLabel = new QLabel(tr("&Separator:"), this);
    m_separatorLabel->setBuddy(m_separator);
    form->addRow(m_separatorLabel, m_separator);
    m_dateLabel = new QLabel(tr("&Date order:"), this);
    m_dateLabel->setBuddy(m_dateOrder);
    form->addRow(m_dateLabel, m_dateOrder);
    m_timeZoneLabel = new QLabel(tr("Time &zone:"), this);
    m_timeZoneLabel->setBuddy(m_timeZone);
    form->addRow(m_timeZoneLabel, m_timeZone);
    m_fallbackLabel = new QLabel(tr("&Fallback:"), this);
    m_fallbackLabel->setBuddy(m_fallback);
    form->addRow(m_fallbackLabel, m_fallback);
    auto* constantLabel = new QLabel(tr("C&onstant:"), this);
    constantLabel->setBuddy(m_constant);
    form->addRow(constantLabel, m_constant);

    connect(m_trim, &QCheckBox::toggled, this, [this](bool on) {
        m_mapping.trim = on;
        emitEdit(tr("Trim %1").arg(ToriiSchema::info(m_field).label()));
    });
    connect(m_lowercase, &QCheckBox::toggled, this, [this](bool on) {
        m_mapping.lowercase = on;
        emitEdit(tr("Lower-case %1").arg(ToriiSchema::info(m_field).label()));
    });
    connect(m_separator, &QLineEdit::editingFinished, this, [this] {
        if (m_separator->text() == m_mapping.separator)
            return;
        m_mapping.separator = m_separator->text();
        emitEdit(tr("Separator of %1").arg(ToriiSchema::info(m_field).label()));
    });
    connect(m_dateOrder, &QComboBox::activated, this, [this] {
        m_mapping.dateOrder = static_cast<DateOrder>(m_dateOrder->currentData().toInt());
        emitEdit(tr("Date order of %1").arg(ToriiSchema::info(m_field).label()));
    });
    connect(m_timeZone, &QComboBox::activated, this, [this] {
        const QString zone = m_timeZone->currentData().toString();
        if (zone == m_mapping.timeZone)
            return;
        m_mapping.timeZone = zone;
        emitEdit(tr("Time zone of %1").arg(ToriiSchema::info(m_field).label()));
    });
    connect(m_fallback, &QComboBox::activated, this, [this] {
        m_mapping.fallbackColumn = m_fallback->currentData().toString();
        emitEdit(tr("Fallback of %1").arg(ToriiSchema::info(m_field).label()));
    });
    connect(m_constant, &QLineEdit::editingFinished, this, [this] {
        if (m_constant->text() == m_mapping.constant)
            return;
        m_mapping.constant = m_constant->text();
        emitEdit(tr("Constant for %1").arg(ToriiSchema::info(m_field).label()));
    });
    setEnabled(false);
}

FieldEditor::~FieldEditor() = default;

void FieldEditor::setColumns(const QStringList& columns)
{
    const QSignalBlocker block(m_fallback);
    m_fallback->clear();
    m_fallback->addItem(tr("— none —"), QString());
    for (const QString& c : columns)
        m_fallback->addItem(c, c);
}

QList<QWidget*> FieldEditor::tabOrder() const
{
    return m_valueMap->choices() +
        QList<QWidget*> {m_trim, m_lowercase, m_separator, m_dateOrder, m_timeZone, m_fallback, m_constant};
}

void FieldEditor::showField(TargetField field, const FieldMapping& mapping)
{
    m_updating = true;
    m_field = field;
    m_mapping = mapping;
    const FieldInfo& info = ToriiSchema::info(field);
    setTitle(tr("Transform: %1").arg(info.label()));
    QString hint;
    switch (info.kind) {
    case FieldKind::Email:
        hint = tr("Trimmed, lower-cased and checked; invalid addresses are listed on Review.");
        break;
    case FieldKind::Status:
        hint = tr("Each word below becomes active or deleted in Torii; the raw word is kept as the external "
                  "status.");
        break;
    case FieldKind::Date:
        hint = tr("Parsed to ISO 8601 UTC; “Never” leaves the date out.");
        break;
    case FieldKind::List:
        hint = tr("Split into several values with the separator.");
        break;
    case FieldKind::Name:
        hint = tr("Split into first and last name when those are not mapped.");
        break;
    case FieldKind::Licence:
        hint = tr("Builds Torii's licence list; see Licences.");
        break;
    default:
        hint = tr("Copied as text.");
        break;
    }
    m_kindHint->setText(hint);
    m_trim->setChecked(mapping.trim);
    m_lowercase->setChecked(mapping.lowercase || info.kind == FieldKind::Email);
    m_lowercase->setEnabled(info.kind != FieldKind::Email);
    // Shown checked (and fixed) for e-mail; not offered where case means nothing (dates, numbers).
    m_lowercase->setVisible(info.kind == FieldKind::Email || ToriiSchema::offersLowercase(info.kind));
    m_separator->setText(mapping.separator);
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(static_cast<int>(mapping.dateOrder))));
    m_fallback->setCurrentIndex(qMax(0, m_fallback->findData(mapping.fallbackColumn)));
    m_constant->setText(mapping.constant);
    const bool list = info.kind == FieldKind::List || info.kind == FieldKind::Licence;
    m_separator->setVisible(list);
    m_separatorLabel->setVisible(list);
    m_dateOrder->setVisible(info.kind == FieldKind::Date);
    m_dateLabel->setVisible(info.kind == FieldKind::Date);
    // "UTC" (what auto-match sets for "(UTC)" headers) is the same as no zone.
    const QString zone = mapping.timeZone == u"UTC" ? QString() : mapping.timeZone;
    m_timeZone->setCurrentIndex(qMax(0, m_timeZone->findData(zone)));
    m_timeZone->setVisible(info.kind == FieldKind::Date);
    m_timeZoneLabel->setVisible(info.kind == FieldKind::Date);
    m_valueMap->setVisible(info.kind == FieldKind::Status);
    m_fallback->setVisible(info.kind == FieldKind::Email);
    m_fallbackLabel->setVisible(info.kind == FieldKind::Email);
    setEnabled(true);
    m_updating = false;
}

void FieldEditor::emitEdit(const QString& description)
{
    if (!m_updating)
        emit edited(m_field, m_mapping, description);
}
