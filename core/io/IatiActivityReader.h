#pragma once
// One <iati-activity> to one project: identifier, reporting and participating
// organisations, titles and descriptions in every xml:lang, status, dates,
// recipient countries and regions, sectors, SDG tags, budgets, planned
// disbursements, transactions, collaboration and aid types. What the schema
// requires and is missing, or a value that is not what it must be, is an error;
// a code we do not know is a warning and the value is left out or kept as
// written. Countries, regions and sectors the activity states only on its
// transactions are taken from there (IatiTransactionPlaces.cpp).
#include "ImportTypes.h"

#include <QCoreApplication>

class QXmlStreamReader;

namespace c2c {

class IatiFileNotes;

class IatiActivityReader {
    Q_DECLARE_TR_FUNCTIONS(c2c::IatiImport)

public:
    IatiActivityReader(QXmlStreamReader &xml, QString file, bool version1, IatiFileNotes &notes);
    // Reads from the <iati-activity> start tag to its end; false when the activity has an error.
    bool read(ImportItem &item, int ordinal, QList<ImportIssue> &issues);

    // Where one transaction went and how much it moved, for the activity's countries and sectors.
    struct TransactionPlaces {
        int line = 0;
        Money value;         // zero when the transaction has no usable value
        bool incoming = false;
        QStringList countries, regions;
        QList<SectorShare> sectors;
    };

private:
    LocalizedText readNarratives(const QString &defaultLang);
    void readOrganisation(ImportItem &item, bool reporting);
    void readDate(Project &p);
    void readCountry(Project &p);
    void readSector(Project &p);
    void readTag(Project &p);
    void readBudget(Project &p);
    void readPlannedDisbursement(Project &p);
    void readTransaction(Project &p);
    bool readValue(const char *element, Money &value, QDate &valueDate, bool needValueDate);
    std::optional<int> percentage(const char *element);
    QDate isoDate(const char *element, const QString &attribute, bool required);
    QString attr(const char *name) const;
    // The element's text where IATI 1.0x put a value that 2.0x has in an attribute.
    QString version1Text();
    void skip();
    QString activityName(int line) const;
    void applyTransactionPlaces(Project &p, int line);
    void error(const QString &field, const QString &message, int line = 0);
    void warning(const QString &field, const QString &message, int line = 0);

    QXmlStreamReader &m_xml;
    QString m_file;
    bool m_version1;
    IatiFileNotes &m_notes;
    QString m_lang;            // the activity's default xml:lang
    QString m_defaultCurrency; // default-currency of the activity
    QString m_identifier;      // for messages
    QList<ImportIssue> *m_issues = nullptr;
    bool m_failed = false;
    std::optional<PartialDate> m_plannedStart, m_actualStart, m_plannedEnd, m_actualEnd;
    QList<TransactionPlaces> m_transactionPlaces;
};

} // namespace c2c
