#!/usr/bin/env python3
"""Generates ReferenceData.cpp: the code lists C2C Portfolio ships, as static
tables of UTF-8 literals (see core/reference/Reference.h for the API).

Inputs: resources/reference (IATI codelists, SDG goals, local governments,
Korean names of sector categories, purpose codes and some currencies) and the
iso-codes package (countries and current currencies, with Korean names from its
gettext catalogues). Deterministic output; stdlib only."""
import argparse
import csv
import gettext
import json
import os
import sys
import xml.etree.ElementTree as ET


def fail(message):
    sys.stderr.write("gen_reference.py: %s\n" % message)
    sys.exit(1)


def need(path):
    if not os.path.exists(path):
        fail("missing input %s" % path)
    return path


def lit(text):
    """A C++ string literal holding text as UTF-8."""
    out = []
    for ch in text:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif ch == '\n':
            out.append('\\n')
        elif ord(ch) < 0x20:
            out.append('\\x%02x""' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def codelist(path):
    """(code, english name, withdrawn) of each item of an IATI codelist."""
    items = []
    for item in ET.parse(need(path)).getroot().iter('codelist-item'):
        code = item.findtext('code').strip()
        name = ''
        for narrative in item.findall('name/narrative'):
            if narrative.get('{http://www.w3.org/XML/1998/namespace}lang') in (None, 'en'):
                name = (narrative.text or '').strip()
                break
        items.append((code, name, item.get('status') == 'withdrawn'))
    return items


def title_case(name):
    # Some old IATI names are in capitals ("ENERGY GENERATION AND SUPPLY").
    return name.capitalize() if name.isupper() else name


def read_currencies(ref, iso_json, iso_mo):
    """(code, Korean name, English name, current) of each IATI currency. A code is
    current when ISO 4217 (iso-codes) still lists it and IATI has not withdrawn it.
    Names: ISO's English name and the iso-codes Korean catalogue for current codes,
    IATI's English name otherwise; currency-names-ko.csv fills the Korean names the
    catalogue lacks and replaces poor ones."""
    with open(need(iso_json), encoding='utf-8') as f:
        iso = {c['alpha_3']: c['name'] for c in json.load(f)['4217']}
    with open(need(iso_mo), 'rb') as f:
        ko = gettext.GNUTranslations(f)
    with open(ref('currency-names-ko.csv'), encoding='utf-8') as f:
        own_ko = {row['code']: row['name_ko'].strip() for row in csv.DictReader(f)}
    out = []
    for code, name, withdrawn in codelist(ref('Currency.xml')):
        english = iso.get(code, name)
        korean = own_ko.get(code)
        if not korean and code in iso and ko.gettext(english) != english:
            korean = ko.gettext(english)
        if not korean:
            fail("no Korean name for currency %s (%s) in iso-codes or currency-names-ko.csv" % (code, english))
        out.append((code, korean, english, code in iso and not withdrawn))
    unknown = sorted(set(own_ko) - set(iso) - {c for c, _, _, _ in out})
    if unknown:
        fail("currency-names-ko.csv names codes neither ISO 4217 nor IATI has: %s" % ', '.join(unknown))
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--reference', required=True)
    ap.add_argument('--iso-codes', required=True)
    ap.add_argument('--iso-codes-mo', required=True)
    ap.add_argument('--iso-codes-4217', required=True)
    ap.add_argument('--iso-codes-4217-mo', required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    ref = lambda name: need(os.path.join(a.reference, name))

    with open(need(a.iso_codes), encoding='utf-8') as f:
        iso = json.load(f)['3166-1']
    with open(need(a.iso_codes_mo), 'rb') as f:
        ko = gettext.GNUTranslations(f)
    # Short Korean names where iso-codes has only the formal one (라오스, not 라오 인민 민주주의 공화국).
    with open(ref('country-names-ko-short.csv'), encoding='utf-8') as f:
        short_ko = {row['code']: row['name_ko'] for row in csv.DictReader(f)}
    countries = []
    for c in iso:
        en = c.get('common_name') or c['name']
        korean = short_ko.get(c['alpha_2'])
        for candidate in (c.get('common_name'), c['name']):
            if not korean and candidate and ko.gettext(candidate) != candidate:
                korean = ko.gettext(candidate)
        countries.append((c['alpha_2'], korean or en, en))
    if not any(code == 'XK' for code, _, _ in countries):
        countries.append(('XK', '코소보', 'Kosovo'))
    countries.sort()

    currencies = read_currencies(ref, a.iso_codes_4217, a.iso_codes_4217_mo)

    with open(ref('sector-categories-ko.csv'), encoding='utf-8') as f:
        category_ko = {row['code']: row['name_ko'] for row in csv.DictReader(f)}
    categories = sorted((code, category_ko.get(code, ''), title_case(name))
                        for code, name, _ in codelist(ref('SectorCategory.xml')))
    missing = [code for code, ko_name, _ in categories if not ko_name]
    if missing:
        fail("no Korean name for sector categories %s in sector-categories-ko.csv" % ', '.join(missing))
    with open(ref('sector-names-ko.csv'), encoding='utf-8') as f:
        sector_ko = {row['code']: row['name_ko'].strip() for row in csv.DictReader(f)}
    sectors = sorted((code, code[:3], sector_ko.get(code, ''), title_case(name))
                     for code, name, _ in codelist(ref('Sector.xml')))
    missing = [code for code, _, ko_name, _ in sectors if not ko_name]
    if missing:
        fail("no Korean name for purpose codes %s in sector-names-ko.csv" % ', '.join(missing))
    unknown = sorted(set(sector_ko) - {code for code, _, _, _ in sectors})
    if unknown:
        fail("sector-names-ko.csv names purpose codes Sector.xml does not have: %s" % ', '.join(unknown))

    with open(ref('sdg-goals.csv'), encoding='utf-8') as f:
        goals = [(int(r['goal']), r['short_ko'], r['short_en'], r['colour']) for r in csv.DictReader(f)]
    goals.sort()
    if len(goals) != 17:
        fail("sdg-goals.csv has %d goals, expected 17" % len(goals))
    targets = []
    for code, name, _ in codelist(ref('UNSDG-Targets.xml')):
        targets.append((code, int(code.split('.')[0]), name))
    targets.sort(key=lambda t: (t[1], [int(p) if p.isdigit() else 100 + ord(p) for p in t[0].split('.')[1:]]))

    with open(ref('korea-local-governments.csv'), encoding='utf-8') as f:
        governments = list(csv.DictReader(f))
    for g in governments:
        g['parent_mois_code'] = ''
        g['former_parent_mois_code'] = ''
    if len(governments) != 17:
        fail("korea-local-governments.csv has %d first-tier governments, expected 17" % len(governments))
    first = {g['mois_code']: g for g in governments}
    # The basic local governments: kinds as actors have them, former codes from the changes
    # file and from their province's own change of code (Gangwon 42 -> 51, Jeonbuk 45 -> 52).
    with open(ref('korea-local-government-changes.csv'), encoding='utf-8') as f:
        changes = {r['mois_code']: r for r in csv.DictReader(f)}
    kinds = {'si': 'city', 'gun': 'county', 'gu': 'autonomous-district'}
    with open(ref('korea-basic-local-governments.csv'), encoding='utf-8') as f:
        basic = list(csv.DictReader(f))
    for b in basic:
        parent = first.get(b['parent_mois_code'])
        if parent is None or b['kind'] not in kinds:
            fail("korea-basic-local-governments.csv: %s has parent %s and kind %s" % (b['mois_code'], b['parent_mois_code'], b['kind']))
        c = changes.pop(b['mois_code'], {})
        former = [c['former_mois_code']] if c else []
        if parent['former_mois_code']:
            former.append(parent['former_mois_code'] + b['mois_code'][2:])
        governments.append({
            'mois_code': b['mois_code'], 'kostat_code': b['kostat_code'], 'name_ko': b['name_ko'], 'name_en': b['name_en'],
            'kind': kinds[b['kind']], 'former_name_ko': c.get('former_name_ko', ''), 'former_name_en': c.get('former_name_en', ''),
            'renamed_on': c.get('changed_on', ''), 'former_mois_code': ','.join(former), 'short_ko': '', 'short_en': '',
            'lat': b['centroid_lat'], 'lon': b['centroid_lon'], 'parent_mois_code': b['parent_mois_code'],
            'former_parent_mois_code': c.get('former_parent_mois_code', '')})
    if len(basic) != 226 or changes:
        fail("korea-basic-local-governments.csv has %d governments (expected 226); changes of unknown codes: %s"
             % (len(basic), ', '.join(changes)))

    out = []
    w = out.append
    w('// Generated by cmake/gen_reference.py from resources/reference and iso-codes. Do not edit.')
    w('#include "reference/ReferenceTables.h"')
    w('')
    w('namespace c2c::reference::tables {')
    w('')
    w('const CountryRow kCountries[] = {')
    for code, k, e in countries:
        w('    {%s, %s, %s},' % (lit(code), lit(k), lit(e)))
    w('};')
    w('const int kCountryCount = %d;' % len(countries))
    w('')
    w('const CurrencyRow kCurrencies[] = {')
    for code, k, e, current in currencies:
        w('    {%s, %s, %s, %s},' % (lit(code), lit(k), lit(e), 'true' if current else 'false'))
    w('};')
    w('const int kCurrencyCount = %d;' % len(currencies))
    w('')
    w('const CategoryRow kSectorCategories[] = {')
    for code, k, e in categories:
        w('    {%s, %s, %s},' % (lit(code), lit(k), lit(e)))
    w('};')
    w('const int kSectorCategoryCount = %d;' % len(categories))
    w('')
    w('const SectorRow kSectors[] = {')
    for code, cat, k, e in sectors:
        w('    {%s, %s, %s, %s},' % (lit(code), lit(cat), lit(k), lit(e)))
    w('};')
    w('const int kSectorCount = %d;' % len(sectors))
    w('')
    w('const GoalRow kGoals[] = {')
    for goal, k, e, colour in goals:
        w('    {%d, %s, %s, %s},' % (goal, lit(k), lit(e), lit(colour)))
    w('};')
    w('')
    w('const TargetRow kTargets[] = {')
    for code, goal, text in targets:
        w('    {%s, %d, %s},' % (lit(code), goal, lit(text)))
    w('};')
    w('const int kTargetCount = %d;' % len(targets))
    w('')
    w('const GovernmentRow kGovernments[] = {')
    for g in governments:
        w('    {%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s},' % (tuple(lit(g[k]) for k in (
            'mois_code', 'kostat_code', 'name_ko', 'name_en', 'kind', 'former_name_ko', 'former_name_en', 'renamed_on',
            'former_mois_code', 'short_ko', 'short_en', 'parent_mois_code', 'former_parent_mois_code'))
            + (repr(float(g['lat'])), repr(float(g['lon'])))))
    w('};')
    w('const int kGovernmentCount = %d;' % len(governments))
    w('')
    w('} // namespace c2c::reference::tables')
    text = '\n'.join(out) + '\n'
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    if os.path.exists(a.out) and open(a.out, encoding='utf-8').read() == text:
        return
    with open(a.out, 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()
