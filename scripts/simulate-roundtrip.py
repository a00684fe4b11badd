#!/usr/bin/env python3
"""Round trip at scale: plo simulate, then plo flow on its messages, then compare the findings
flow reports with those the manifest predicts (the injected faults), rule by rule and file by file.

    PLO=.build/release/plo SIMOUT=/tmp/rt python3 scripts/simulate-roundtrip.py --stays 100000 --seed 5
    PLO=.build/release/plo SIMOUT=/tmp/rt python3 scripts/simulate-roundtrip.py \
        --scenario Fixtures/scenarios/fidelity-faults.yaml --stays 100000 --seed 21

Arguments go to `plo simulate`. Prints stays, unassigned, injected vs found, and what is missing or
extra (both 0 on an exact round trip). SIMOUT is removed first and left behind for inspection.
The unit-test form of this check is Tests/CLITests/SimulationRoundTripTests.swift.
"""
import json, subprocess, sys, os, collections
args = sys.argv[1:]
out = os.environ.get("SIMOUT","/tmp/plo-roundtrip")
PLO = os.environ.get("PLO","plo")
subprocess.run(["rm","-rf",out])
r = subprocess.run([PLO,"simulate"]+args+["--out",out],capture_output=True,text=True)
if r.returncode: print(r.stderr); sys.exit(1)
man = json.load(open(out+"/manifest.json"))
def key(rule, sev, files): return (rule, sev, tuple(sorted(os.path.basename(f) for f in files)))
inj = collections.Counter(key(e["rule"],e["severity"],e["files"]) for e in man["injected"])
f = subprocess.run([PLO,"flow","--format","json",out+"/messages"],capture_output=True,text=True)
rep = json.loads(f.stdout)
found = collections.Counter()
infos = collections.Counter()
for s in rep["stays"]:
    for x in s["findings"]:
        if x["severity"]!="info" or x["rule"].startswith("FLOW"): found[key(x["rule"],x["severity"],x["files"])]+=1
        elif x["rule"].startswith("FLOW"): infos[x["rule"]]+=1
for u in rep["unassigned"]:
    for x in u.get("findings",[]):
        if x["severity"]!="info": found[key(x["rule"],x["severity"],[u["file"]])]+=1
print("stays",len(rep["stays"]),"unassigned",len(rep["unassigned"]), "injected", sum(inj.values()), "found", sum(found.values()), "flow info", dict(infos))
miss = inj - found; extra = found - inj
print("missing", sum(miss.values()), collections.Counter(k[0] for k in miss.elements()))
print("extra", sum(extra.values()), collections.Counter(k[0] for k in extra.elements()))
for k in list(extra.elements())[:8]: print("  extra", k)
for k in list(miss.elements())[:8]: print("  miss", k)
ua = collections.Counter(u["reason"][:60] for u in rep["unassigned"])
print(ua.most_common(5))
