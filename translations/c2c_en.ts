<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>c2c::ActorRepository</name>
    <message>
        <source>An actor needs a Korean or an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the actor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the former names of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the actors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no actor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the actors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the merge back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the actor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actor %1 cannot be removed: projects or other actors refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::BulkImportSettings</name>
    <message>
        <source>Cannot check the references in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that are not there (the first: a row of the table %1, to the table %2); nothing was imported.</source>
        <translation>
            <numerusform>%n row refers to a row that is not there (a row of the table %1, to the table %2); nothing was imported.</numerusform>
            <numerusform>%n rows refer to rows that are not there (the first: a row of the table %1, to the table %2); nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::ColumnMapping</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (either language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (either language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor (either language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor in Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality (city or province)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (year or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (year or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAC sector code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG goals or targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::Compare</name>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::CsvImport</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: this is not a text file (it contains binary data); save the spreadsheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to a title or a key; map at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped to more than one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells where the header has %2; is a quote or a delimiter missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of actor; recorded as other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year or a date (e.g. 2016 or 2016-03-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (pipeline, implementation, finalisation, closed, cancelled, suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modality; left unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a funding channel; left unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DAC 5-digit purpose code; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SDG goal (1-17) or target (e.g. 11.6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::CsvReader</name>
    <message>
        <source>line %1: a quote in the middle of an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::Database</name>
    <message>
        <source>%1 is a folder, not a portfolio file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a C2C Portfolio database: it is not an SQLite file (damaged, or another kind of file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a C2C Portfolio database or is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a C2C Portfolio file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of C2C Portfolio (schema %2; this version reads up to %3). Update the application to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a backup copy of %1 before upgrading it: %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio file was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the portfolio %1: permission denied. Ask the file&apos;s owner for read access, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the portfolio %1: its last changes are still in %1-wal, which can only be read with write access to the folder. Open it once where it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portfolio file %1; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty and read-only (%2): a portfolio cannot be created in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of C2C Portfolio (schema %2) and needs an upgrade to schema %3, but it is read-only (%4): an upgrade cannot be written to it. Make it writable, or open a writable copy; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left at schema version %1; the copy made before the upgrade is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::ExchangeRateRepository</name>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate for %1 in %2 must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the rate for %1 in %2 comes from (its source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the exchange rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the exchange rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the exchange rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no start or end date; IATI requires at least one activity date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the finished workbook could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…(truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1!%2: %L3 characters cut to %L4 (the most a spreadsheet cell holds).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::Figures</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total budget (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget unknown, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate to %1, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 projects counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 budget unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no exchange rate to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (year not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n project(s))</source>
        <translation>
            <numerusform>%1 (%n project)</numerusform>
            <numerusform>%1 (%n projects)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::FileAccess</name>
    <message>
        <source>the file is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the portfolio %1: the folder %2 does not exist. Check the path, or create the folder first; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the portfolio %1: %2 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the portfolio %1: permission denied, the folder %2 is not writable. Choose another folder; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio %1 is locked: another program (or another C2C Portfolio window) is writing to it. Wait until it has finished, or close it, and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio %1 is open read-only (%2): changes cannot be saved. Make it writable, or open a writable copy, to edit it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the portfolio %1: permission denied (or the file cannot be opened). Check the permissions of the file and of its folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the portfolio %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write the portfolio %1: the operating system reported an input/output error (a removed drive, a network folder gone?). Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::Filter</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a data-quality note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted in totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::Generator</name>
    <message>
        <source>The number of projects cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::IatiImport</name>
    <message>
        <source>the %1 attribute is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity date type (1-4); the date is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sector has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DAC 5-digit purpose code; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;tag&gt; needs both a vocabulary and a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SDG goal (1-17); left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SDG target; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value has no currency and the activity no default-currency; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a budget type (1 original, 2 revised); read as original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a budget status (1 indicative, 2 committed); read as indicative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget has no &lt;period-start&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget has no &lt;period-end&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget has no &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction has no &lt;transaction-type&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction has no &lt;transaction-date&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction has no &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transaction type (1-13); the transaction is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second &lt;reporting-org&gt;; an activity has exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second &lt;title&gt;; an activity has exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title has no &lt;narrative&gt; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second &lt;activity-status&gt;; an activity has at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity status code (1-6); status left unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1 of vocabulary %2 is not an OECD DAC region; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one &lt;iati-identifier&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity has no &lt;iati-identifier&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity has no &lt;reporting-org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity has no &lt;title&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier is empty; the project gets the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation has no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation role (1-4); the organisation is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an XML file (it contains binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file declares a DTD; IATI files have none, and its entities are not expanded for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an IATI organisation file; import reads activity files (&lt;iati-activities&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;; an IATI activity file starts with &lt;iati-activities&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI %1 is read as far as its elements still mean what they mean in 2.03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file states no IATI version; read as 2.03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IATI version number; read as 2.03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early (is it truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is not well-formed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no &lt;iati-activity&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country name or code; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code; the value is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the value %2 has more decimals than %3 has (%n); rounded to %4</source>
        <translation>
            <numerusform>%1: the value %2 has more decimals than %3 has (%n); rounded to %4</numerusform>
            <numerusform>%1: the value %2 has more decimals than %3 has (%n); rounded to %4</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a budget type (1 original, 2 revised); the type is left unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value-date attribute is missing; the value is kept without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned disbursement has no &lt;period-start&gt;; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned disbursement has no usable &lt;value&gt;; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;recipient-country&gt; has no code attribute, which the IATI schema requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;recipient-region&gt; has no code attribute, which the IATI schema requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;sector&gt; has no code attribute, which the IATI schema requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;transaction-type&gt; has no code attribute, which the IATI schema requires; the transaction is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;activity-status&gt; has no code attribute; status left unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no %2 attribute, which the IATI schema requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 %2=&quot;%3&quot;&gt;: &quot;%3&quot; is not a code of the IATI %4 code list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ignored %n element(s) of the namespace %1 (another publisher&apos;s extension, which C2C Portfolio does not read)</source>
        <translation>
            <numerusform>ignored %n element of the namespace %1 (another publisher&apos;s extension, which C2C Portfolio does not read)</numerusform>
            <numerusform>ignored %n elements of the namespace %1 (another publisher&apos;s extension, which C2C Portfolio does not read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) like the ones above, not listed one by one</source>
        <translation>
            <numerusform>%n more warning like the ones above, not listed</numerusform>
            <numerusform>%n more warnings like the ones above, not listed one by one</numerusform>
        </translation>
    </message>
    <message>
        <source>IATI version %1 is not supported: C2C Portfolio reads versions 2.01 to 2.03, and 1.0 to 1.05 as far as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transactions of %1 are in several currencies; countries and sectors taken from them are shared by the number of transactions, not by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both %1 and its transactions state recipient countries or regions; the activity&apos;s are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states its recipient countries or regions on its transactions only; taken from there, shared by transaction value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both %1 and its transactions state sectors; the activity&apos;s are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states its sectors on its transactions only; taken from there, shared by transaction value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (vocabulary %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::ImportText</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::ImportWriter</name>
    <message>
        <source>Cannot read the portfolio: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2 without an exchange rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, e.g. USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exchange rate (a positive number such as 1350.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange rate must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::MoneyText</name>
    <message>
        <source>&quot;%1&quot; is not an amount: unexpected character &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in %2 but the row&apos;s currency is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no currency; add a currency column or choose a default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: the units are out of order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::PivotTable</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::Portfolio</name>
    <message>
        <source>My portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 was deleted by someone else (another window or program) since this window read it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 was changed by someone else%2: this window last saw version %3, the portfolio now holds version %4. Nothing was changed; reopen the portfolio to see their change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for your portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::ProjectColumns</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors (DAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (other language)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::ProjectDiff</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned disbursements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::ProjectRepository</name>
    <message>
        <source>Project %1 is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 was deleted by someone else; it cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 was changed by someone else since you opened it. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was changed or deleted by someone else since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project with the key %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 cannot be put back: another project now has its place (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio file %1 is damaged: project %2, %3 %4 holds &quot;%5&quot; as its amount, not a whole number of minor units. Correct it with a database tool or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned disbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the portfolio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the view &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the saved view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the saved views: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::SeedImport</name>
    <message>
        <source>Cannot read the seed cases %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, expected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, start_year: &quot;%3&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, end_year: &quot;%3&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, amount: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::SnapshotLoader</name>
    <message>
        <source>Cannot read the portfolio %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1: a budget line holds &quot;%2&quot; as its amount, not a whole number; its budget is counted as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::TextDecoding</name>
    <message>
        <source>line %1: the text is not valid UTF-8 (choose another encoding, e.g. CP949)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system cannot decode CP949 (iconv has no converter for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte sequence that is not CP949</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::Validation</name>
    <message>
        <source>The project needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project a title in Korean or in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country %1: &quot;%2&quot; is not a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country %1: a share must be between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country shares add up to %1%; they can be at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector %1: &quot;%2&quot; is not a DAC purpose code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector %1: a percentage must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector percentages add up to %1%; they can be at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %1: the goal must be between 1 and 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %1: &quot;%2&quot; is not an SDG target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %1: target %2 belongs to goal %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality note %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget lines add up to %1, more than one project&apos;s budget can hold (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country %1: choose a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector %1: enter a DAC purpose code (five digits, e.g. 15110).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ActorChangeCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ActorsDialog</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOIS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current name is kept in the history, so older projects keep reading right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Korean name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor that takes over its projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every project of the selected actor to %1? The actor stays in the list as merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, e.g. 구미 or Gumi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::AddProjectCommand</name>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ChartRenderer</name>
    <message>
        <source>Cannot write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: charts are written as .png or .svg files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::Charts</name>
    <message>
        <source>Budget by local government and actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) not counted (unknown amount or no exchange rate)</source>
        <translation>
            <numerusform>%n project not counted (unknown amount or no exchange rate)</numerusform>
            <numerusform>%n projects not counted (unknown amount or no exchange rate)</numerusform>
        </translation>
    </message>
    <message>
        <source>No project matches the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget by partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n not counted</numerusform>
            <numerusform>%n not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget by SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 largest budgets of %n dated project(s)</source>
        <translation>
            <numerusform>Showing the %1 largest budgets of %n dated project</numerusform>
            <numerusform>Showing the %1 largest budgets of %n dated projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) without a known period not shown</source>
        <translation>
            <numerusform>%n project without a known period not shown</numerusform>
            <numerusform>%n projects without a known period not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget by year and modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget by year and local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No counted budget: %1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counted budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ComparisonModel</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ComparisonPdf</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded rows: the cases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ComparisonWindow</name>
    <message>
        <source>Tick two to five actors to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two to five projects in the table, then press &quot;Use the table&apos;s selection&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within: %1. Shaded rows: the cases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded rows: the projects differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet: choose two to five cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;actors (within the current filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the table&apos;s selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::Dashboard</name>
    <message>
        <source>Export chart as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years stacked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::DeleteProjectsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n project(s)</source>
        <translation>
            <numerusform>Delete %n project</numerusform>
            <numerusform>Delete %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::app::DetailText</name>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts; not counted in the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned disbursements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::EditProjectCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ExchangeRatesDialog</name>
    <message>
        <source>Add or replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1363.98</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bank of Korea, yearly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are converted with the rate of their year. A missing rate is reported, never taken as 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n project(s) of the current filter</source>
        <translation>
            <numerusform>The %n project of the current filter</numerusform>
            <numerusform>All %n projects of the current filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n project(s) selected in the table</source>
        <translation>
            <numerusform>The %n project selected in the table</numerusform>
            <numerusform>The %n projects selected in the table</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ExportRunner</name>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI 2.03 activities (XML)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::FacetList</name>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::FilterPanel</name>
    <message>
        <source>Search titles, places, descriptions (Korean or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a data-quality note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted in totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership dimension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::GuideWindow</name>
    <message>
        <source>C2C Portfolio user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::IatiImportDialog</name>
    <message>
        <source>Import IATI activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import IATI activity files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI XML files (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportCommand</name>
    <message numerus="yes">
        <source>Import %n project(s)</source>
        <translation>
            <numerusform>Import %n project</numerusform>
            <numerusform>Import %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportMappingPage</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the spreadsheet goes into a field of the project. The suggestions come from the header names, in Korean or English; your choices are remembered for spreadsheets with the same header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency of amounts that name none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: such amounts are errors)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportPreview</name>
    <message numerus="yes">
        <source>%n project(s) read. Nothing can be imported until the errors below are fixed (%1 error(s), %2 warning(s)).</source>
        <translation>
            <numerusform>%n project read. Nothing can be imported until the errors below are fixed (%1 error(s), %2 warning(s)).</numerusform>
            <numerusform>%n projects read. Nothing can be imported until the errors below are fixed (%1 error(s), %2 warning(s)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) read: %1 new, %2 updated, %3 skipped; %4 warning(s).</source>
        <translation>
            <numerusform>%n project read: %1 new, %2 updated, %3 skipped; %4 warning(s).</numerusform>
            <numerusform>%n projects read: %1 new, %2 updated, %3 skipped; %4 warning(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (file, line, column: what is wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project with the same IATI identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no key: the project with the same lead actor, title, first partner country and start year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row updates %1 and changes its title or lead actor (%2). Is it the same project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) would change a title or a lead actor: check below that each is the same project.</source>
        <translation>
            <numerusform>%n update would change a title or a lead actor: check below that it is the same project.</numerusform>
            <numerusform>%n updates would change a title or a lead actor: check below that each is the same project.</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects already in the portfolio (same key or IATI identifier; for rows without a key, same lead actor, title, partner country and start year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportSourcePage</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cells pasted from the clipboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, cells separated by %2, %3; %n column(s).</source>
        <translation>
            <numerusform>Read as %1, cells separated by %2, %3; %n column.</numerusform>
            <numerusform>Read as %1, cells separated by %2, %3; %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or another spreadsheet, in UTF-8 or CP949 (EUC-KR). The encoding, the delimiter and the header row are detected; change them here if the columns look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is the &amp;header (partly checked: detect)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ImportWizard</name>
    <message>
        <source>Import projects from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no cells. Copy the rows in your spreadsheet (with their header row) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, updated %2, skipped %3; %4 warning(s). Edit &gt; Undo removes the whole import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::MainWindow</name>
    <message>
        <source>Cannot open the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not counted (unknown amount or no exchange rate)</source>
        <translation>
            <numerusform>%n not counted (unknown amount or no exchange rate)</numerusform>
            <numerusform>%n not counted (unknown amount or no exchange rate)</numerusform>
        </translation>
    </message>
    <message>
        <source>C2C Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — C2C Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the projects not counted in the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n project(s) to %1</source>
        <translation>
            <numerusform>Set status of %n project to %1</numerusform>
            <numerusform>Set status of %n projects to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set lead actor of %n project(s) to %1</source>
        <translation>
            <numerusform>Set lead actor of %n project to %1</numerusform>
            <numerusform>Set lead actor of %n projects to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About C2C Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;C2C Portfolio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Portfolios of city-to-city partnerships: the international development cooperation projects of local governments, in Korean and English.&lt;/p&gt;&lt;p&gt;Reference data: IATI Standard (http://iatistandard.org/), ISO 3166 via iso-codes, UN SDG goals and targets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;status of selected projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;lead actor of selected projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the previous filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting currency and unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About C2C Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2C portfolios (*.c2c);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) exported to %1</source>
        <translation>
            <numerusform>%n project exported to %1</numerusform>
            <numerusform>%n projects exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) could not be written in this format:</source>
        <translation>
            <numerusform>%n project could not be written in this format:</numerusform>
            <numerusform>%n projects could not be written in this format:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n project(s)…</source>
        <translation>
            <numerusform>Exporting %n project…</numerusform>
            <numerusform>Exporting %n projects…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pivot table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import IATI &amp;activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged values in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds values this program does not write. They are not counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years were reversed; showing %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file was written, but %n cell(s) had to be shortened:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): you can browse, filter and export, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing exchange rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n project(s) with a header row.</source>
        <translation>
            <numerusform>Copied %n project with a header row.</numerusform>
            <numerusform>Copied %n projects with a header row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the projects as a PDF report, an XLSX workbook, CSV or IATI XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected projects with a header row, to paste into a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected project(s)?</source>
        <translation>
            <numerusform>Delete the selected project?</numerusform>
            <numerusform>Delete the %n selected projects?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (%1) puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::MergeActorsCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::NoteFields</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole project)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::PdfReport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n not counted</numerusform>
            <numerusform>%n not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown amounts are not counted as zero. Amounts are split among partner countries by their shares (evenly when none is stated), among sectors by their percentages, evenly among SDG goals, and evenly over the years of each budget line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 projects are listed; the XLSX or CSV export has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n project(s))</source>
        <translation>
            <numerusform>(%n project)</numerusform>
            <numerusform>(%n projects)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::PivotModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted (budget unknown or no exchange rate)</source>
        <translation>
            <numerusform>%n not counted (budget unknown or no exchange rate)</numerusform>
            <numerusform>%n not counted (budget unknown or no exchange rate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c2c::app::PivotWindow</name>
    <message numerus="yes">
        <source>%n project(s) not counted (budget unknown or no exchange rate)</source>
        <translation>
            <numerusform>%n project not counted (budget unknown or no exchange rate)</numerusform>
            <numerusform>%n projects not counted (budget unknown or no exchange rate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the pivot table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pivot table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap rows and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ProjectEditor</name>
    <message>
        <source>Cannot save yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (year, year-month or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (year, year-month or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount as printed in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors (DAC purpose codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG goals and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors and SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results, sources and quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2016 or 2016-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (e.g. 11.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a percentage (e.g. 60 or 12.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a year, a year-month or a date (e.g. 2016, 2016-03, 2016-03-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a date (e.g. 2024-05-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the currency of the amount (e.g. KRW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more: point here to read them)</source>
        <translation>
            <numerusform>(and %n more: point here to read them)</numerusform>
            <numerusform>(and %n more: point here to read them)</numerusform>
        </translation>
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sector or SDG goal can be suggested from this title and description. Add them yourself with Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from “%1” in the title or description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAC sector %1 %2
SDG goal %3 %4

Add them? The sources will record that you classified the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector %1 and SDG goal %2 classified by the officer from the project&apos;s title (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classify from the title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a DAC sector and an SDG goal from the project&apos;s title and description; you confirm them, and the project&apos;s sources record that you classified it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ProjectTableModel</name>
    <message>
        <source>Mixed currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data-quality note(s): open the project to read them.</source>
        <translation>
            <numerusform>%n data-quality note: open the project to read it.</numerusform>
            <numerusform>%n data-quality notes: open the project to read them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget is too large to convert to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate for %1 (Tools › Exchange rates…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::RatesCommand</name>
    <message numerus="yes">
        <source>Remove %n exchange rate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange rate %1 %2: %3 per USD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ReportingCommand</name>
    <message>
        <source>Report in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ReportingDialog</name>
    <message>
        <source>Reporting currency and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sums in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted with the exchange rates of their year (Tools &gt; Exchange rates); without a rate they are not counted, and the totals say so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::SavedViewsMenu</name>
    <message>
        <source>&amp;Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pivot table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete a saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ShortcutToolTips</name>
    <message>
        <source>%1 (%2)</source>
        <comment>action name (shortcut)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::app::UndoAnnouncer</name>
    <message numerus="yes">
        <source>Deleted %n project(s)</source>
        <translation>
            <numerusform>Deleted %n project</numerusform>
            <numerusform>Deleted %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done: %1 new, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c2c::cli::CliText</name>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions of each timing; the median is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench needs --db PATH (e.g. a portfolio written by generate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the projects that match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the matching projects, overall and by actor, country, year, sector, SDG goal and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic portfolio for demonstrations and benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the interactive paths on a portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2C Portfolio: portfolios of city-to-city partnerships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio file (default: your own portfolio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the output: ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (none: open the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor: name (Korean or English, current or former), MOIS code or id. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor kind, e.g. province, metropolitan-city. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country: ISO code or name. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects running in or after this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects running in or before this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: pipeline, implementation, finalisation, closed, cancelled, suspended. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality: city-to-city, triangular, south-south, bilateral. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding channel: own-budget, koica-call, central-ministry, other. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAC sector code (5 digits) or category (3 digits). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG goal (11) or target (11.6). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation form, e.g. capacity-building. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in keys, titles, localities or descriptions (Korean or English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest budget, in the reporting currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest budget, in the reporting currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only projects with a data-quality note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only projects not counted in totals (unknown amount or no exchange rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a year (e.g. 2015).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor: no actor is called &quot;%1&quot; in this portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not a country code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sector: &quot;%1&quot; is not a DAC sector code or category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sdg: &quot;%1&quot; is not an SDG goal (1-17) or target (e.g. 11.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of projects to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same portfolio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --projects N with N a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --db PATH: it never writes into your own portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projects written to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting currency for this summary, e.g. USD or KRW (needs exchange rates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matching projects as a PDF report, an XLSX workbook, CSV or IATI XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: pdf, xlsx, csv or iati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format pdf, xlsx, csv or iati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: expected pdf, xlsx, csv or iati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1</source>
        <translation>
            <numerusform>%n project written to %1</numerusform>
            <numerusform>%n projects written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cross-table of the matching projects: one dimension in rows, another in columns, one measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension in rows: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension in columns (same choices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total (default), projects, duration, per-year or countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pivot needs --rows and --cols, e.g. --rows actor --cols year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measure: &quot;%1&quot; is not a measure; expected total, projects, duration, per-year or countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import projects from CSV files or IATI activity files: all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import format: csv or iati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: currency of amounts that name none, when there is no currency column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: utf-8, cp949 or auto (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --format csv or iati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate: &quot;%1&quot; is not update or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, delimiter %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n error(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n error.</numerusform>
            <numerusform>Nothing was imported: %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. Would import %1, update %2, skip %3; %4 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, updated %2, skipped %3; %4 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import took %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: country, actor, year, sdg, sector, status or timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to write: a .png or .svg file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (default 1200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels (default 800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year chart&apos;s stacks: actor or modality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart needs --kind country, actor, year, sdg, sector, status or timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart needs --out FILE.png or FILE.svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width and --height: whole numbers of pixels from 100 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stack: &quot;%1&quot; is not actor or modality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chart of %n project(s) written to %1</source>
        <translation>
            <numerusform>Chart of %n project written to %1</numerusform>
            <numerusform>Chart of %n projects written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a chart of the matching projects as a PNG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a dimension; expected one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the files and report what an import would do, with what each update would change, without changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project already there (same key or IATI identifier; for rows without a key, same lead actor, title, partner country and start year): update (default) or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (old → new):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) change nothing.</source>
        <translation>
            <numerusform>%n update changes nothing.</numerusform>
            <numerusform>%n updates change nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n update(s) would change a title or a lead actor: check that each is the same project.</source>
        <translation>
            <numerusform>⚠ %n update would change a title or a lead actor: check that it is the same project.</numerusform>
            <numerusform>⚠ %n updates would change a title or a lead actor: check that each is the same project.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more update(s) with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes of %1 more update(s) are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one project&apos;s fields in one transaction, as the editor does; prints its new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not a status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--modality: &quot;%1&quot; is not a modality code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor (name in either language, MOIS code or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country (ISO code); repeat for several. Replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget over the whole period, e.g. &quot;3.5억원&quot; or &quot;USD 200,000&quot;; replaces the budget lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the project only if its stored version is still this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: name exactly one project key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--if-version: &quot;%1&quot; is not a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is at version %2, not %3: someone changed it since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command of c2c-portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open a portfolio file in the window: c2c-portfolio --db PATH. Run with --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: the path is empty. Name a portfolio file, or leave --db out to use your own portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portfolio file %1 (%2 only reads an existing portfolio; nothing was created). Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the projects to a portfolio that already has some (by default generate only writes into an empty portfolio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n project(s): generate writes synthetic projects only into an empty portfolio. Name a new file, or add --append to add them to these; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 projects generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; did you mean --from %2 --to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
