// Recipient countries, regions and sectors given on transactions instead of the
// activity. IATI allows either the activity or every transaction to state them,
// never both; when the activity states none, the project takes those of its
// transactions, each place's share being its transactions' part of the value
// (outgoing transactions; incoming ones only when no other names a place).
// Integer arithmetic with largest remainders: the shares add up to exactly 100%.
#include "IatiActivityReader.h"

#include <QLocale>
#include <algorithm>
#include <map>

namespace c2c {

namespace {

// Every transaction's weight is multiplied by this before it is divided among the
// places it names, so that a split among up to 16 places stays exact.
constexpr std::int64_t SplitScale = 720720; // lcm(1..16)

// Hundredths of a percent for each weight, adding up to FullShare (all zero weights: even shares).
std::vector<int> shares(const std::vector<Int128> &weights)
{
    std::vector<Int128> w = weights;
    Int128 total = 0;
    for (Int128 v : w)
        total += v;
    if (total == 0) {
        std::fill(w.begin(), w.end(), Int128(1));
        total = Int128(w.size());
    }
    std::vector<int> out(w.size());
    std::vector<std::pair<Int128, std::size_t>> remainders;
    int given = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const Int128 scaled = w[i] * FullShare;
        out[i] = int(scaled / total);
        given += out[i];
        remainders.emplace_back(scaled % total, i);
    }
    // Largest remainders first; ties in the order the places first appeared.
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; given < FullShare && k < remainders.size(); ++k, ++given)
        ++out[remainders[k].second];
    return out;
}

// Keys in the order they first appear, with their summed weights.
struct Weighted {
    QStringList keys;
    std::vector<Int128> weights;
    void add(const QString &key, Int128 weight)
    {
        const qsizetype i = keys.indexOf(key);
        if (i >= 0) {
            weights[std::size_t(i)] += weight;
        } else {
            keys.append(key);
            weights.push_back(weight);
        }
    }
};

QString percentText(int hundredths)
{
    return QLocale::c().toString(hundredths / 100.0, 'f', hundredths % 100 ? 2 : 0) + QLatin1Char('%');
}

} // namespace

void IatiActivityReader::applyTransactionPlaces(Project &p, int line)
{
    if (m_transactionPlaces.isEmpty())
        return;
    // A transaction left out (no usable value) counts only when none has a value. Money
    // coming in says where it came from, not where it goes: incoming transactions count
    // only when no other transaction names a place.
    const bool anyValue = std::any_of(m_transactionPlaces.begin(), m_transactionPlaces.end(),
                                      [](const TransactionPlaces &t) { return !t.value.currency().isEmpty(); });
    QList<TransactionPlaces> usable;
    for (const TransactionPlaces &t : m_transactionPlaces)
        if (!anyValue || !t.value.currency().isEmpty())
            usable.append(t);
    const bool anyOutgoing = std::any_of(usable.begin(), usable.end(), [](const TransactionPlaces &t) { return !t.incoming; });
    QList<TransactionPlaces> counted;
    for (const TransactionPlaces &t : usable)
        if (!anyOutgoing || !t.incoming)
            counted.append(t);
    QString currency;
    bool mixedCurrencies = false;
    for (const TransactionPlaces &t : counted) {
        if (t.value.currency().isEmpty())
            continue;
        if (currency.isEmpty())
            currency = t.value.currency();
        else if (currency != t.value.currency())
            mixedCurrencies = true;
    }
    // Values in different currencies cannot be added without rates: each transaction then weighs the same.
    auto weightOf = [&](const TransactionPlaces &t) -> Int128 {
        if (mixedCurrencies)
            return SplitScale;
        const std::int64_t v = t.value.minor();
        return Int128(v < 0 ? -Int128(v) : Int128(v)) * SplitScale;
    };
    if (mixedCurrencies)
        warning(QStringLiteral("transaction"),
                tr("the transactions of %1 are in several currencies; countries and sectors taken from them are "
                   "shared by the number of transactions, not by value")
                    .arg(activityName(line)),
                line);

    const bool activityHasPlaces = !p.countries.isEmpty() || !p.regions.isEmpty();
    Weighted places; // "C:KE" or "R:298"
    for (const TransactionPlaces &t : counted) {
        const qsizetype n = t.countries.size() + t.regions.size();
        for (const QString &c : t.countries)
            places.add(QStringLiteral("C:") + c, weightOf(t) / n);
        for (const QString &r : t.regions)
            places.add(QStringLiteral("R:") + r, weightOf(t) / n);
    }
    if (!places.keys.isEmpty() && activityHasPlaces) {
        warning(QStringLiteral("recipient-country"),
                tr("both %1 and its transactions state recipient countries or regions; the activity's are kept")
                    .arg(activityName(line)),
                line);
    } else if (!places.keys.isEmpty()) {
        const std::vector<int> share = shares(places.weights);
        QStringList told;
        for (qsizetype i = 0; i < places.keys.size(); ++i) {
            const QString code = places.keys[i].mid(2);
            const bool country = places.keys[i].startsWith(QLatin1Char('C'));
            told.append((country ? code : tr("region %1").arg(code)) + QLatin1Char(' ') + percentText(share[std::size_t(i)]));
            if (country)
                p.countries.append({code, {}, share[std::size_t(i)]});
            else
                p.regions.append(code);
        }
        warning(QStringLiteral("recipient-country"),
                tr("%1 states its recipient countries or regions on its transactions only; taken from there, "
                   "shared by transaction value: %2")
                    .arg(activityName(line), told.join(QStringLiteral(", "))),
                line);
    }

    // Sectors: shares within each vocabulary add up to 100%.
    std::map<QString, Weighted> byVocabulary;
    for (const TransactionPlaces &t : counted) {
        QHash<QString, int> perVocabulary;
        for (const SectorShare &s : t.sectors)
            ++perVocabulary[s.vocabulary];
        for (const SectorShare &s : t.sectors)
            byVocabulary[s.vocabulary].add(s.code, weightOf(t) / perVocabulary.value(s.vocabulary));
    }
    if (byVocabulary.empty())
        return;
    if (!p.sectors.isEmpty()) {
        warning(QStringLiteral("sector"),
                tr("both %1 and its transactions state sectors; the activity's are kept").arg(activityName(line)), line);
        return;
    }
    QStringList told;
    for (const auto &[vocabulary, sectors] : byVocabulary) {
        const std::vector<int> share = shares(sectors.weights);
        for (qsizetype i = 0; i < sectors.keys.size(); ++i) {
            p.sectors.append({sectors.keys[i], vocabulary, share[std::size_t(i)]});
            const QString name = vocabulary == QLatin1String("1")
                                     ? sectors.keys[i]
                                     : tr("%1 (vocabulary %2)").arg(sectors.keys[i], vocabulary);
            told.append(name + QLatin1Char(' ') + percentText(share[std::size_t(i)]));
        }
    }
    warning(QStringLiteral("sector"),
            tr("%1 states its sectors on its transactions only; taken from there, shared by transaction value: %2")
                .arg(activityName(line), told.join(QStringLiteral(", "))),
            line);
}

} // namespace c2c
