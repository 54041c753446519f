#include "dialectbar.h"

#include "format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace
{
    // Item data: -1 = detect; otherwise the Dialect::Encoding value.
    constexpr int Detect = -1;
} // namespace

DialectBar::DialectBar(QWidget* parent)
    : QFrame(parent)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_sheet(new QComboBox(this))
{
    setObjectName(QStringLiteral("dialectBar"));
    m_encoding->addItem(tr("Detect"), Detect);
    for (const auto e : {Dialect::Encoding::Utf8, Dialect::Encoding::Utf16LE, Dialect::Encoding::Utf16BE,
                         Dialect::Encoding::Windows1252})
        m_encoding->addItem(Dialect::encodingName(e), static_cast<int>(e));
    m_encoding->setAccessibleName(tr("Encoding"));

    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_delimiter->setAccessibleName(tr("Delimiter"));

    m_headerRow->setRange(0, 1000);
    m_headerRow->setSpecialValueText(tr("Detect"));
    m_headerRow->setAccessibleName(tr("Header row"));
    m_headerRow->setGroupSeparatorShown(true); // "1,000" / "1.000", like every other count in the window
    m_headerRow->setMinimumWidth(
        m_headerRow->fontMetrics().horizontalAdvance(tr("Detect (%1)").arg(Format::count(1000))) + 40);
    m_headerRow->setToolTip(tr("The row that holds the column names, as a spreadsheet numbers it"));

    m_sheet->setAccessibleName(tr("Sheet"));
    // Each box as wide as its longest choice ("Erkennen (Windows-1252)"), never cut; the bar stays within a
    // 1024 px window because each label sits above its box rather than beside it.
    for (QComboBox* box : {m_encoding, m_delimiter, m_sheet})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheet->setMinimumContentsLength(12);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(8);
    const auto addField = [this, layout](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        auto* pair = new QVBoxLayout;
        pair->setSpacing(2);
        pair->addWidget(label);
        pair->addWidget(field);
        layout->addLayout(pair);
        layout->addSpacing(8);
        return label;
    };
    m_encodingLabel = addField(tr("&Encoding:"), m_encoding);
    m_delimiterLabel = addField(tr("&Delimiter:"), m_delimiter);
    addField(tr("&Header row:"), m_headerRow);
    m_sheetLabel = addField(tr("S&heet:"), m_sheet);
    layout->addStretch(1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &DialectBar::emitChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &DialectBar::emitChanged);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &DialectBar::emitChanged);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &DialectBar::emitChanged);
    setEnabled(false);
}

DialectBar::~DialectBar() = default;

void DialectBar::showResult(const ImportResult& result, const ImportOptions& options)
{
    m_updating = true;
    const QSignalBlocker b1(m_encoding);
    const QSignalBlocker b2(m_delimiter);
    const QSignalBlocker b3(m_headerRow);
    const QSignalBlocker b4(m_sheet);
    const bool workbook = result.isWorkbook();
    const bool csv = result.format == QLatin1String("csv");

    // "Detect" shows what detection found, so the admin sees the value without overriding it.
    m_encoding->setItemText(0, tr("Detect (%1)").arg(Dialect::encodingName(result.dialect.encoding)));
    m_encoding->setCurrentIndex(options.encoding ? m_encoding->findData(static_cast<int>(*options.encoding)) : 0);
    m_delimiter->setItemText(0, tr("Detect (%1)").arg(Format::delimiter(result.dialect.delimiter)));
    m_delimiter->setCurrentIndex(options.delimiter ? qMax(0, m_delimiter->findData(QString(*options.delimiter))) : 0);
    m_headerRow->setSpecialValueText(tr("Detect (%1)").arg(Format::count(result.dialect.headerRow)));
    m_headerRow->setValue(options.headerRow.value_or(0));

    m_sheet->clear();
    m_sheet->addItems(result.sheets);
    m_sheet->setCurrentText(result.sheet);
    for (QWidget* w : {static_cast<QWidget*>(m_encoding), static_cast<QWidget*>(m_encodingLabel),
                       static_cast<QWidget*>(m_delimiter), static_cast<QWidget*>(m_delimiterLabel)})
        w->setVisible(csv); // a workbook or a JSON list has no encoding or delimiter to choose
    m_sheet->setVisible(workbook);
    m_sheetLabel->setVisible(workbook);
    setEnabled(true);
    m_updating = false;
}

ImportOptions DialectBar::options() const
{
    ImportOptions options;
    const int encoding = m_encoding->currentData().toInt();
    if (encoding != Detect)
        options.encoding = static_cast<Dialect::Encoding>(encoding);
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    if (m_headerRow->value() > 0)
        options.headerRow = m_headerRow->value();
    if (m_sheet->count() > 0)
        options.sheet = m_sheet->currentText();
    return options;
}

void DialectBar::emitChanged()
{
    if (!m_updating)
        emit optionsChanged(options());
}
