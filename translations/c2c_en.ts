<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>c2c::ActorRepository</name>
    <message>
        <source>An actor needs a Korean or an English name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the actor %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the former names of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the actors: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no actor with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot merge the actors: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::CsvReader</name>
    <message>
        <source>line %1: a quote in the middle of an unquoted field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::Database</name>
    <message>
        <source>%1 is a folder, not a portfolio file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a C2C Portfolio database: it is not an SQLite file (damaged, or another kind of file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1 for the portfolio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a C2C Portfolio database or is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a C2C Portfolio file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of C2C Portfolio (schema %2; this version reads up to %3). Update the application to open it; the file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot make a backup copy of %1 before upgrading it: %2. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::ExchangeRateRepository</name>
    <message>
        <source>"%1" is not a currency code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate for %1 in %2 must be greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say where the rate for %1 in %2 comes from (its source).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the exchange rate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the exchange rate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the exchange rates: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::Filter</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SDG %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SDG target %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with a data-quality note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not counted in totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::Generator</name>
    <message>
        <source>The number of projects cannot be negative.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2 without an exchange rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sum is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The difference is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an amount: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a currency code (three capital letters, e.g. USD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected character '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an exchange rate (a positive number such as 1350.25).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exchange rate must be greater than zero.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::Portfolio</name>
    <message>
        <source>My portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a currency code.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::ProjectRepository</name>
    <message>
        <source>Project %1 is already stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project needs a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save project %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project %1 was deleted by someone else; it cannot be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project %1 was changed by someone else since you opened it. Reload it and make your change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the project: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project was changed or deleted by someone else since you opened it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the project: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project with the key %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read project %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no project with the key %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the projects: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::SeedImport</name>
    <message>
        <source>Cannot read the seed cases %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line 1: the column "%2" is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3 fields, expected %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2, start_year: "%3" is not a year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2, end_year: "%3" is not a year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2, amount: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::SnapshotLoader</name>
    <message>
        <source>Cannot read the portfolio %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::app::MainWindow</name>
    <message>
        <source>Cannot open the portfolio</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation><numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n not counted (unknown amount or no exchange rate)</source>
        <translation><numerusform>%n not counted (unknown amount or no exchange rate)</numerusform><numerusform>%n not counted (unknown amount or no exchange rate)</numerusform></translation>
    </message>
    <message>
        <source>C2C Portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — C2C Portfolio</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::app::ProjectTableModel</name>
    <message>
        <source>Mixed currencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No exchange rate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n data-quality note(s): open the project to read them.</source>
        <translation><numerusform>%n data-quality note: open the project to read it.</numerusform><numerusform>%n data-quality notes: open the project to read them.</numerusform></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>c2c::cli::CliText</name>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repetitions of each timing; the median is reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bench needs --db PATH (e.g. a portfolio written by generate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the projects that match the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals of the matching projects, overall and by actor, country, year, sector, SDG goal and status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a synthetic portfolio for demonstrations and benchmarks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time the interactive paths on a portfolio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C2C Portfolio: portfolios of city-to-city partnerships.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portfolio file (default: your own portfolio).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the output: ko or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command to run (none: open the window).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang: "%1" is not ko or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead actor: name (Korean or English, current or former), MOIS code or id. Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor kind, e.g. province, metropolitan-city. Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner country: ISO code or name. Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects running in or after this year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects running in or before this year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: pipeline, implementation, finalisation, closed, cancelled, suspended. Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality: city-to-city, triangular, south-south, bilateral. Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding channel: own-budget, koica-call, central-ministry, other. Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAC sector code (5 digits) or category (3 digits). Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SDG goal (11) or target (11.6). Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cooperation form, e.g. capacity-building. Repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text in keys, titles, localities or descriptions (Korean or English).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smallest budget, in the reporting currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest budget, in the reporting currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only projects with a data-quality note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only projects not counted in totals (unknown amount or no exchange rate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1: "%2" is not one of: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1: "%2" is not a year (e.g. 2015).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--actor: no actor is called "%1" in this portfolio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--country: "%1" is not a country code or name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sector: "%1" is not a DAC sector code or category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sdg: "%1" is not an SDG goal (1-17) or target (e.g. 11.6).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format: "%1" is not one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of projects to generate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed (the same seed gives the same portfolio).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generate needs --projects N with N a whole number of at least 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed: "%1" is not a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generate needs --db PATH: it never writes into your own portfolio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 projects written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 projects written to %2 in %3 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation><numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
    <message>
        <source>Reporting currency for this summary, e.g. USD or KRW (needs exchange rates).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--currency: "%1" is not a currency code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total: %1 (%2 with a known budget)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not counted, budget unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not counted, no exchange rate to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By lead actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By partner country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By SDG goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 not counted)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
