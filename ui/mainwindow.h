#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

// The one window: the steps of DESIGN.md §5 on the left, the current step's page on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Step
    {
        Connect,
        Load,
        Map,
        Review,
        Sync,
        History,
        Count
    };
    Q_ENUM(Step)

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void showStep(Step step);
    [[nodiscard]] Step currentStep() const;

private:
    QListWidget* m_steps = nullptr;
    QStackedWidget* m_pages = nullptr;
};
