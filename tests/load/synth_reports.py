#!/usr/bin/env python3
"""Writes N synthetic township work reports for the scale benchmark, from files in this repository only.

Paragraphs come from graph-seed/reports (split into the review part and the plan part at the plan heading);
townships come from the shipped gazetteer (src/KnowledgeGraph.Gazetteer/Data/streets.csv). Each synthetic report
takes a township of the chosen provinces, a review year and the next as plan year, and stitches review and plan
paragraphs; every gazetteer township name found in a seed (the seed's own subject, found by lookup, not by a list
written here) is replaced by the new township's name, and project-like quoted names get a per-report suffix now and
then so that the graph grows like a real collection (some names repeat, most do not). The facts are not real; the
shape and the vocabulary are. Deterministic for a given --seed.

usage: synth_reports.py --count 1000 --out DIR [--seed 1] [--provinces 33,32]
"""
import argparse
import csv
import os
import random
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SEEDS = os.path.join(ROOT, 'graph-seed', 'reports')
STREETS = os.path.join(ROOT, 'src', 'KnowledgeGraph.Gazetteer', 'Data', 'streets.csv')
PLAN = re.compile(r'^\s*[一二三四五六七八九十]+、\s*(\d{4}年)?.*(安排|思路|计划|目标|打算)')
QUOTED = re.compile(r'“([^”]{2,12})”')


def split_parts(text):
    lines = [line for line in text.splitlines() if line.strip()]
    cut = next((i for i, line in enumerate(lines) if i > 3 and PLAN.match(line)), len(lines) * 2 // 3)
    return lines[:cut], lines[cut:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--count', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--provinces', default='33')
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    provinces = set(a.provinces.split(','))
    with open(STREETS, encoding='utf-8') as fh:
        rows = list(csv.DictReader(fh))
    all_names = {row['name'] for row in rows}
    towns = sorted({row['name'] for row in rows if row['provinceCode'] in provinces and row['name'].endswith(('街道', '镇', '乡'))})
    reviews, plans, subjects = [], [], set()
    for name in sorted(os.listdir(SEEDS)):
        text = open(os.path.join(SEEDS, name), encoding='utf-8').read()
        # The seed's subject: the gazetteer township names it contains (looked up, not listed here).
        found = {n for n in all_names if len(n) >= 3 and n in text}
        subjects |= found
        review, plan = split_parts(text)
        reviews += [line for line in review if len(line) > 20]
        plans += [line for line in plan if len(line) > 20]
    subjects = sorted(subjects, key=len, reverse=True)
    shorts = sorted({s[:-2] if s.endswith('街道') else s[:-1] for s in subjects if len(s) >= 4}, key=len, reverse=True)
    os.makedirs(a.out, exist_ok=True)
    total = 0
    for i in range(a.count):
        town = rnd.choice(towns)
        short = town[:-2] if town.endswith('街道') else town[:-1]
        year = rnd.randint(2019, 2025)
        body_review = rnd.sample(reviews, min(len(reviews), 24))
        body_plan = rnd.sample(plans, min(len(plans), 12))
        text = (f'{town}{year}年工作总结和{year + 1}年工作思路\n发布日期:{year + 1}-01-{rnd.randint(10, 28)}\n'
                f'一、{year}年工作回顾\n' + '\n'.join(body_review)
                + f'\n二、{year + 1}年工作安排\n' + '\n'.join(body_plan) + '\n')
        for name in subjects:
            text = text.replace(name, town)
        for name in shorts:
            text = re.sub(name + r'(?!街道|镇|乡)', short, text)
        # Vary some quoted names per report so names repeat across reports only sometimes.
        tag = '一二三四五六七八九'[i % 9] + '期'
        text = QUOTED.sub(lambda m: f'“{m.group(1)}{tag}”' if rnd.random() < 0.3 else m.group(0), text)
        data = text.encode('utf-8')
        total += len(data)
        with open(os.path.join(a.out, f'synthetic_{i:06d}.txt'), 'wb') as fh:
            fh.write(data)
    print(f'wrote {a.count} reports ({total / 1e6:.1f} MB) to {a.out}')


if __name__ == '__main__':
    main()
