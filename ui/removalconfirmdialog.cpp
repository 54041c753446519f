#include "removalconfirmdialog.h"

#include "diff/userdiffmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

RemovalConfirmDialog::RemovalConfirmDialog(const UserDiff& diff, const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_removals(diff.removals())
    , m_model(new UserDiffModel(this))
    , m_number(new QLineEdit(this))
{
    setWindowTitle(tr("Confirm the removals"));
    auto* headline = new QLabel(reason, this);
    headline->setObjectName(QStringLiteral("errorLabel"));
    headline->setWordWrap(true);
    auto* change = new QLabel(tr("Compared with %1: %2").arg(UserDiff::sourceText(diff.source), diff.summary()), this);
    change->setWordWrap(true);
    change->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model->setDiff(diff);
    m_model->setCategory(UserDiffModel::Category::Removals);
    auto* list = new QTableView(this);
    list->setModel(m_model);
    list->setAccessibleName(tr("Users who would be removed or deactivated"));
    list->verticalHeader()->hide();
    list->horizontalHeader()->setStretchLastSection(true);
    list->horizontalHeader()->resizeSection(UserDiffModel::EmailColumn, 320);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* ask = new QLabel(tr("These users stop being active users of the app in Torii, which can start offboarding "
                              "and licence reclaims. To sync anyway, type the number of removals (%1):")
                               .arg(m_removals),
                           this);
    ask->setWordWrap(true);
    ask->setBuddy(m_number);
    m_number->setAccessibleName(tr("Number of removals to allow"));
    m_number->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this));
    m_number->setMaximumWidth(160);

    auto* buttons = new QDialogButtonBox(this);
    m_syncAnyway = buttons->addButton(tr("&Sync Anyway"), QDialogButtonBox::AcceptRole);
    m_syncAnyway->setObjectName(QStringLiteral("syncAnyway"));
    m_syncAnyway->setEnabled(false);
    m_syncAnyway->setDefault(false);
    QPushButton* dontSync = buttons->addButton(tr("&Don't Sync"), QDialogButtonBox::RejectRole);
    dontSync->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(change);
    layout->addWidget(list, 1);
    layout->addWidget(ask);
    layout->addWidget(m_number);
    layout->addWidget(buttons);
    resize(620, 460);

    // Only the exact number: a typed confirmation that the admin has read how many users go.
    connect(m_number, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_syncAnyway->setEnabled(text.trimmed() == QString::number(m_removals)); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_syncAnyway->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RemovalConfirmDialog::~RemovalConfirmDialog() = default;
