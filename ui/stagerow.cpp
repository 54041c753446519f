#include "stagerow.h"

#include "format.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace
{
    QString iconFor(StageRow::State state)
    {
        switch (state) {
        case StageRow::State::Pending:
        case StageRow::State::Skipped:
        case StageRow::State::Cancelled:
            return QStringLiteral(":/icons/state-pending.svg");
        case StageRow::State::Running:
            return QStringLiteral(":/icons/state-running.svg");
        case StageRow::State::Done:
            return QStringLiteral(":/icons/state-done.svg");
        case StageRow::State::Failed:
            return QStringLiteral(":/icons/state-failed.svg");
        case StageRow::State::Retrying:
        case StageRow::State::Uncertain:
            return QStringLiteral(":/icons/state-retrying.svg");
        }
        return {};
    }

    const char* stateProperty(StageRow::State state)
    {
        switch (state) {
        case StageRow::State::Pending:
            return "pending";
        case StageRow::State::Running:
            return "running";
        case StageRow::State::Done:
            return "done";
        case StageRow::State::Failed:
            return "failed";
        case StageRow::State::Retrying:
            return "retrying";
        case StageRow::State::Skipped:
            return "skipped";
        case StageRow::State::Cancelled:
            return "cancelled";
        case StageRow::State::Uncertain:
            return "uncertain";
        }
        return "pending";
    }
} // namespace

StageRow::StageRow(int number, const QString& name, QWidget* parent)
    : QFrame(parent)
    , m_number(number)
    , m_name(name)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("stageRow"));
    m_title->setText(tr("%1. %2").arg(number).arg(name));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("stageTitle"));
    m_detail->setObjectName(QStringLiteral("stageDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elapsed->setObjectName(QStringLiteral("stageElapsed"));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsed->setMinimumWidth(64);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_icon->setFixedSize(24, 24);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 8, 12, 8);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    // Two lines, so five stages fit a 700 px window: name, what it does and its time; the bar below.
    grid->setContentsMargins(12, 6, 12, 6);
    grid->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    grid->addWidget(m_title, 0, 1, Qt::AlignTop);
    grid->addWidget(m_detail, 0, 2);
    grid->addWidget(m_elapsed, 0, 3, Qt::AlignTop);
    grid->addWidget(m_progress, 1, 1, 1, 3);
    grid->setColumnStretch(2, 1);

    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &StageRow::tick);
    setFocusPolicy(Qt::TabFocus); // screen readers reach each stage; Tab passes through
    reset();
}

StageRow::~StageRow() = default;

void StageRow::reset()
{
    m_elapsedMs = 0;
    m_ticker->stop();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_elapsed->clear();
    applyState(State::Pending, tr("Waiting"));
}

void StageRow::setRunning(const QString& detail)
{
    if (m_state != State::Running && m_state != State::Retrying)
        m_clock.start();
    m_ticker->start();
    m_progress->setRange(0, 0); // busy until the first progress report
    applyState(State::Running, detail.isEmpty() ? tr("Running…") : detail);
}

void StageRow::setProgress(qint64 done, qint64 total, const QString& detail)
{
    if (m_state != State::Running)
        setRunning();
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    }
    if (!detail.isEmpty())
        applyState(State::Running, detail);
}

void StageRow::setDone(const QString& detail)
{
    updateElapsed();
    m_ticker->stop();
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    applyState(State::Done, detail.isEmpty() ? tr("Done") : detail);
}

void StageRow::setFailed(const QString& reason)
{
    updateElapsed();
    m_ticker->stop();
    m_progress->setRange(0, 1000);
    applyState(State::Failed, reason);
}

void StageRow::setRetrying(const QString& reason, int attempt, qint64 delayMs)
{
    if (!m_clock.isValid())
        m_clock.start();
    m_retryReason = reason;
    m_retryAttempt = attempt;
    m_retryAt = m_clock.elapsed() + delayMs;
    // The failed attempt's bytes do not count: a full bar while the upload waits to retry reads as "done".
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_ticker->start();
    applyState(State::Retrying, {});
    tick();
}

void StageRow::setSkipped(const QString& detail)
{
    m_ticker->stop();
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    applyState(State::Skipped, detail);
}

void StageRow::setCancelled()
{
    updateElapsed();
    m_ticker->stop();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    applyState(State::Cancelled, tr("Cancelled"));
}

void StageRow::setUncertain(const QString& detail)
{
    updateElapsed();
    m_ticker->stop();
    m_progress->setRange(0, 1000);
    applyState(State::Uncertain, detail);
}

void StageRow::setTitleWidth(int width)
{
    m_title->setMinimumWidth(width);
}

int StageRow::titleWidth() const
{
    return m_title->sizeHint().width();
}

QString StageRow::detail() const
{
    return m_detail->text();
}

void StageRow::applyState(State state, const QString& detail)
{
    const bool changed = state != m_state;
    m_state = state;
    m_icon->setPixmap(QIcon(iconFor(state)).pixmap(QSize(24, 24), devicePixelRatioF()));
    if (!detail.isEmpty() || state == State::Retrying)
        m_detail->setText(detail);
    setProperty("state", QLatin1String(stateProperty(state)));
    m_detail->setProperty("state", QLatin1String(stateProperty(state)));
    // Re-polish so the style sheet's [state="…"] selectors pick up the new value.
    for (QWidget* w : {static_cast<QWidget*>(this), static_cast<QWidget*>(m_detail)}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    setAccessibleName(tr("Stage %1: %2").arg(m_number).arg(m_name));
    setAccessibleDescription(m_detail->text());
    if (changed)
        emit stateChanged(state);
}

void StageRow::tick()
{
    updateElapsed();
    if (m_state == State::Retrying) {
        const qint64 left = qMax<qint64>(0, m_retryAt - m_clock.elapsed());
        m_detail->setText(
            tr("%1 — attempt %2, retrying in %3 s").arg(m_retryReason).arg(m_retryAttempt).arg((left + 999) / 1000));
        setAccessibleDescription(m_detail->text());
    }
}

void StageRow::updateElapsed()
{
    if (!m_clock.isValid())
        return;
    m_elapsedMs = m_clock.elapsed();
    m_elapsed->setText(Format::duration(m_elapsedMs));
}
