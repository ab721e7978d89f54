#pragma once
// The main window composes the views; it holds no business logic.
#include <QMainWindow>
#include <memory>

class QTableView;
class QLabel;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ProjectTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Portfolio> portfolio, QWidget *parent = nullptr);
    ~MainWindow() override;

    Portfolio &portfolio() { return *m_portfolio; }
    ProjectTableModel *projectModel() const { return m_model; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    std::unique_ptr<Portfolio> m_portfolio;
    ProjectTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
};

} // namespace c2c::app
