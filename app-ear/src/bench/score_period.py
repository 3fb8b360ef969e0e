#!/usr/bin/env python3
"""Benchmark (outside the test run): a period of N units scored and persisted by a running Kaohe server.

Sets up, through the REST API, N units (default 1,000: one in eight a township, the rest departments) in a new
period of the shipped ZD scheme with its quota rules, every unit's entries (mid-year and year-end indicators and
leader points, quarterly public scores for departments), then times the whole-period scoring run (Jakarta Batch:
read inputs, score with scoring-core, persist each result with its explanation, rank and apply quotas) from the
POST that starts it until the run reports COMPLETED, and the verification of the stored run (recompute and compare
the input hash and every result). Standard library only. The administrator given makes an assessment-office user
for the run (only the office imports entries and starts runs) and the unit categories.

    python3 app-ear/src/bench/score_period.py --url http://localhost:8080/kaohe --user admin --password … --units 1000

See docs/performance.md ("Server: a 1,000-unit period on PostgreSQL") for how to start the server on PostgreSQL.
"""
import argparse
import base64
import json
import random
import sys
import time
import urllib.error
import urllib.request
import uuid

RULES = [
    {"tierId": "township",
     "quota": {"ruleId": "ZD-29", "award": "先进", "percent": "25", "rounding": "HALF_UP", "scoreFloor": "90",
               "tiePolicy": "REPORT"}, "triggers": []},
    {"tierId": "department",
     "quota": {"ruleId": "ZD-29", "award": "先进", "percent": "25", "rounding": "HALF_UP", "scoreFloor": "90",
               "tiePolicy": "REPORT"}, "triggers": []},
]


class Api:
    def __init__(self, url, user, password):
        self.base = url.rstrip("/") + "/api/"
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def call(self, method, path, body=None, expect=(200, 201, 202)):
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Authorization", self.auth)
        request.add_header("Accept-Language", "en")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=600) as response:
                text = response.read().decode("utf-8")
                status = response.status
        except urllib.error.HTTPError as refused:
            text = refused.read().decode("utf-8")
            status = refused.code
        if status not in expect:
            sys.exit(f"{method} {path} → {status}: {text[:2000]}")
        return json.loads(text) if text else None


def items(points, actual):
    return {"items": [{"name": "主要经济指标", "points": points, "target": "100", "actual": str(actual)}]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://localhost:8080/kaohe")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", required=True)
    parser.add_argument("--units", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    random.seed(args.seed)
    admin = Api(args.url, args.user, args.password)
    tag = uuid.uuid4().hex[:6].upper()
    # the administrator manages users and categories; the assessment office (a user made for the run) does the rest
    office_password = f"Bench-office-{tag}-1"
    admin.call("POST", "users", {"login": f"bench-{tag.lower()}", "displayName": "基准测试", "password": office_password,
                                 "roles": ["ASSESSMENT_OFFICE"], "unitCodes": []})
    api = Api(args.url, f"bench-{tag.lower()}", office_password)

    t0 = time.perf_counter()
    categories = {}
    for tier, name in (("township", "乡镇"), ("department", "部门")):
        code = f"B{tag}{tier[0].upper()}"
        admin.call("POST", "unit-categories", {"code": code, "name": f"{name}{tag}"})
        categories[tier] = code
    api.call("POST", "schemes/templates/zd", {"key": f"ZDB{tag}", "name": f"基准方案 {tag}", "year": 2026,
                                              "populationRules": RULES})
    period = f"BENCH-{tag}"
    api.call("POST", "periods", {"code": period, "name": f"基准考核期 {tag}", "year": 2026,
                                 "schemeKey": f"ZDB{tag}", "schemeVersion": 1})
    units = []
    for i in range(args.units):
        tier = "township" if i % 8 == 0 else "department"
        code = f"B{tag}-{i:05d}"
        api.call("POST", "units", {"code": code, "name": f"{'乡镇' if tier == 'township' else '部门'}{i:05d}",
                                   "category": categories[tier]})
        units.append((code, tier))
    for start in range(0, len(units), 200):
        api.call("POST", f"periods/{period}/units",
                 [{"unitCode": c, "category": t} for c, t in units[start:start + 200]])
    rows = []
    for code, tier in units:
        actual = random.randint(60, 110)
        for half in ("mid", "year_end"):
            rows.append({"unitCode": code, "path": f"indicator[{half}]/items",
                         "value": items("90" if tier == "township" else "60", actual)})
            rows.append({"unitCode": code, "path": f"leader[{half}]/score", "value": str(random.randint(6, 10))})
        if tier == "department":
            for q in ("q1", "q2", "q3", "q4"):
                rows.append({"unitCode": code, "path": f"public[{q}]/score", "value": str(random.randint(20, 30))})
    for start in range(0, len(rows), 2000):
        api.call("POST", f"periods/{period}/entries/import", {"rows": rows[start:start + 2000]})
    setup = time.perf_counter() - t0

    t1 = time.perf_counter()
    run = api.call("POST", f"periods/{period}/runs", "")
    while run["status"] not in ("COMPLETED", "FAILED"):
        time.sleep(0.2)
        run = api.call("GET", f"runs/{run['id']}")
    scored = time.perf_counter() - t1
    if run["status"] != "COMPLETED":
        sys.exit(f"run failed: {run}")
    results = api.call("GET", f"runs/{run['id']}/results")
    t2 = time.perf_counter()
    verified = api.call("POST", f"runs/{run['id']}/verify", "")
    verify = time.perf_counter() - t2
    awards = sum(1 for r in results if "先进" in json.dumps(r, ensure_ascii=False))
    print(json.dumps({
        "units": args.units, "entries": len(rows), "period": period, "run": run["id"],
        "unitsDone": run.get("unitsDone"), "results": len(results), "先进": awards,
        "setupSeconds": round(setup, 1), "runSeconds": round(scored, 2),
        "msPerUnit": round(1000 * scored / args.units, 2), "verifySeconds": round(verify, 2),
        "verified": {k: v for k, v in verified.items() if not isinstance(v, (list, dict))},
    }, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
