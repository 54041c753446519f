#pragma once

#include <QDialog>

// Help › About: the product, its version and licence (Apache-2.0), and every library it uses with its licence
// (ThirdPartyNotices), plus Qt's own About box.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
