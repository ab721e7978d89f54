#pragma once
// Asks for the size of an exported chart image, then for the file (PNG or SVG).
#include <QDialog>
#include <optional>

class QSpinBox;

namespace c2c::app {

class ChartExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChartExportDialog(QSize initial, QWidget *parent = nullptr);
    QSize chosenSize() const;

    // The size and path chosen, or nullopt when the user cancelled either question.
    static std::optional<std::pair<QSize, QString>> ask(QWidget *parent, QSize initial, const QString &suggestedName);

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
};

} // namespace c2c::app
