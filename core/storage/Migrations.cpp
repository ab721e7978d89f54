#include "Migrations.h"

#include "Database.h"

#include <QStringList>

namespace c2c::migrations {

static Status execAll(Database &db, const QStringList &statements)
{
    for (const QString &s : statements) {
        Status st = db.exec(s);
        if (!st)
            return st;
    }
    return {};
}

Status toVersion1(Database &db)
{
    // Codes (status, modality, ...) are stored as their stable text codes so that
    // the file stays readable with any SQLite tool. Money is integer minor units.
    return execAll(db, {
        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE actor ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " name_ko TEXT NOT NULL DEFAULT '',"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " mois_code TEXT,"
                       " renamed_on TEXT,"
                       " successor_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,"
                       " CHECK (name_ko <> '' OR name_en <> ''))"),
        QStringLiteral("CREATE TABLE actor_former_name ("
                       " actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " name_ko TEXT NOT NULL DEFAULT '',"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " valid_until TEXT,"
                       " PRIMARY KEY (actor_id, seq))"),
        QStringLiteral("CREATE TABLE project ("
                       " id INTEGER PRIMARY KEY,"
                       " key TEXT NOT NULL UNIQUE,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " iati_identifier TEXT,"
                       " title_ko TEXT NOT NULL DEFAULT '',"
                       " title_en TEXT NOT NULL DEFAULT '',"
                       " description_ko TEXT NOT NULL DEFAULT '',"
                       " description_en TEXT NOT NULL DEFAULT '',"
                       " other_languages TEXT,"
                       " lead_actor_id INTEGER REFERENCES actor(id),"
                       " start_date TEXT, start_actual INTEGER NOT NULL DEFAULT 0,"
                       " end_date TEXT, end_actual INTEGER NOT NULL DEFAULT 0,"
                       " status TEXT NOT NULL DEFAULT 'unknown',"
                       " modality TEXT NOT NULL DEFAULT 'unknown',"
                       " funding_channel TEXT NOT NULL DEFAULT 'unknown',"
                       " cooperation_forms INTEGER NOT NULL DEFAULT 0,"
                       " dimensions INTEGER NOT NULL DEFAULT 0,"
                       " regions TEXT NOT NULL DEFAULT '',"
                       " amount_as_printed TEXT NOT NULL DEFAULT '',"
                       " collaboration_type TEXT NOT NULL DEFAULT '',"
                       " aid_type TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX project_iati ON project(iati_identifier) WHERE iati_identifier IS NOT NULL"),
        QStringLiteral("CREATE TABLE project_country ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, country TEXT NOT NULL,"
                       " locality_ko TEXT NOT NULL DEFAULT '', locality_en TEXT NOT NULL DEFAULT '',"
                       " share INTEGER, PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE project_org ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, actor_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,"
                       " name_ko TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',"
                       " ref TEXT NOT NULL DEFAULT '', role TEXT NOT NULL,"
                       " PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE project_sector ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, vocabulary TEXT NOT NULL DEFAULT '1', code TEXT NOT NULL,"
                       " share INTEGER, PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE project_sdg ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, goal INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 17),"
                       " target TEXT NOT NULL DEFAULT '', PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE budget_line ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, start_date TEXT, end_date TEXT,"
                       " amount_minor INTEGER NOT NULL, currency TEXT NOT NULL,"
                       " type TEXT NOT NULL DEFAULT 'original', status TEXT NOT NULL DEFAULT 'indicative',"
                       " value_date TEXT, PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE transaction_line ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, type TEXT NOT NULL, date TEXT,"
                       " amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, value_date TEXT,"
                       " description_ko TEXT NOT NULL DEFAULT '', description_en TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE milestone ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, title_ko TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',"
                       " due TEXT, completion TEXT NOT NULL DEFAULT 'not-started',"
                       " PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE source ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, citation TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',"
                       " page TEXT NOT NULL DEFAULT '', PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE quality_note ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, field TEXT NOT NULL DEFAULT '', note TEXT NOT NULL,"
                       " severity TEXT NOT NULL DEFAULT 'warning', PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE exchange_rate ("
                       " currency TEXT NOT NULL, year INTEGER NOT NULL,"
                       " per_usd_micro INTEGER NOT NULL CHECK (per_usd_micro > 0),"
                       " source TEXT NOT NULL, PRIMARY KEY (currency, year))"),
    });
}

Status toVersion2(Database &db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE saved_view ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL, configuration TEXT NOT NULL,"
                       " created TEXT NOT NULL, modified TEXT NOT NULL)"),
    });
}

Status toVersion3(Database &db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE project ADD COLUMN modified_at TEXT"),
        QStringLiteral("ALTER TABLE project ADD COLUMN modified_by TEXT"),
    });
}

Status toVersion4(Database &db)
{
    // A new table only: every earlier row stays as it is (projects simply have none yet).
    return execAll(db, {
        QStringLiteral("CREATE TABLE planned_disbursement ("
                       " project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, start_date TEXT, end_date TEXT,"
                       " amount_minor INTEGER NOT NULL, currency TEXT NOT NULL,"
                       " type TEXT, value_date TEXT, PRIMARY KEY (project_id, seq)) WITHOUT ROWID"),
    });
}

Status toVersion5(Database &db)
{
    // Data-quality notes in Korean and English. A note written before had no recorded
    // language: it stays Korean when it holds Hangul and becomes English otherwise.
    return execAll(db, {
        QStringLiteral("ALTER TABLE quality_note RENAME COLUMN note TO note_ko"),
        QStringLiteral("ALTER TABLE quality_note ADD COLUMN note_en TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE quality_note SET note_en = note_ko, note_ko = '' WHERE note_ko NOT GLOB '*[가-힣]*'"),
    });
}

} // namespace c2c::migrations
