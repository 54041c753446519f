#include "aboutdialog.h"

#include "common/appinfo.h"
#include "common/thirdpartynotices.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Torii Sync"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(tr("Torii Sync %1").arg(AppInfo::version()), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto* summary = new QLabel(tr("Syncs a SaaS application's user export into Torii as a custom integration."), this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto* licence = new QLabel(
        tr("Licensed under the Apache License, version 2.0 (%1).").arg(ThirdPartyNotices::productLicence()), this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    layout->addWidget(licence);

    layout->addWidget(new QLabel(tr("Libraries used, with their licences:"), this));
    const QList<ThirdPartyNotices::Library> libraries = ThirdPartyNotices::libraries();
    auto* table = new QTableWidget(int(libraries.size()), 3, this);
    table->setObjectName(QStringLiteral("aboutLibraries"));
    table->setHorizontalHeaderLabels({tr("Library"), tr("Licence"), tr("Website")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < libraries.size(); ++row) {
        const ThirdPartyNotices::Library& library = libraries.at(row);
        const QString name = library.version.isEmpty() ? library.name : library.name + u' ' + library.version;
        table->setItem(row, 0, new QTableWidgetItem(name));
        table->setItem(row, 1, new QTableWidgetItem(library.licence));
        table->setItem(row, 2, new QTableWidgetItem(library.url));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(tr("Libraries used, with their licences"));
    layout->addWidget(table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 380);
}
