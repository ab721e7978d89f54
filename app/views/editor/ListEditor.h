#pragma once
// A list-valued field of the project editor (partner countries, budget lines,
// sources...): a table whose columns are text or a choice among codes, with
// Add and Remove. Values go in and out as text; the editor parses them.
#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;

namespace c2c::app {

struct ListColumn {
    QString header;
    QList<QPair<QString, QString>> choices; // (code, label); empty for free text
    int width = 0;                          // 0: stretch
    std::function<QString()> initial;       // the value of a row added with Add (e.g. the last currency used)
    // A read-only column computed from the row's values (e.g. the name of a sector code),
    // updated as the row is edited.
    std::function<QString(const QStringList &row)> derived;
};

class ListEditor : public QWidget {
    Q_OBJECT

public:
    explicit ListEditor(QWidget *parent = nullptr);

    void setColumns(const QList<ListColumn> &columns);
    // Row values: the text of text cells, the code of choice cells.
    QList<QStringList> rows() const;
    void setRows(const QList<QStringList> &rows);
    void addRow(const QStringList &values = {});
    void setAccessibleNames(const QString &name);
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void setCell(int row, int column, const QString &value);
    QStringList rowValues(int row) const;
    void updateDerived(int row);
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QList<ListColumn> m_columns;
};

} // namespace c2c::app
