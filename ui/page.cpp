#include "page.h"

#include <QLabel>
#include <QVBoxLayout>

Page::Page(const QString& title, const QString& subtitle, QWidget* parent)
    : QWidget(parent)
    , m_titleText(title)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(subtitle, this))
    , m_content(new QVBoxLayout)
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    m_content->setSpacing(10);
    layout->addLayout(m_content, 1);
}

Page::~Page() = default;

QString Page::nextText() const
{
    return tr("Continue");
}

void Page::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
}
