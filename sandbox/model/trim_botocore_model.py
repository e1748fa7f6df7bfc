#!/usr/bin/env python3
"""Writes a trimmed copy of a botocore service model for the Sandbox.

    trim_botocore_model.py sesv2 2019-09-27 > sandbox/model/sesv2-2019-09-27.json
    trim_botocore_model.py cloudwatch 2010-08-01 GetMetricData,PutMetricAlarm,DescribeAlarms,DeleteAlarms \
        > sandbox/model/cloudwatch-2010-08-01.json

With a list of operations, only those and the shapes they reach (errors included) are kept.

The Sandbox routes REST-JSON requests and validates their input with the same model the AWS CLI
uses, so member names, locations, enums and length limits can never drift from the contract.
Documentation strings are dropped; everything routing and validation reads is kept.
"""
import gzip
import json
import os
import sys

import botocore

KEEP_SHAPE = ("type", "required", "enum", "min", "max", "pattern", "timestampFormat", "exception", "error",
              "sensitive")
KEEP_MEMBER = ("shape", "location", "locationName", "flattened", "idempotencyToken", "jsonvalue")


def reachable(model, operations):
    """The shapes the given operations reach through inputs, outputs, errors and members."""
    shapes = model["shapes"]
    seen = set()
    todo = []
    for name in operations:
        op = model["operations"][name]
        for k in ("input", "output"):
            if k in op:
                todo.append(op[k]["shape"])
        todo.extend(e["shape"] for e in op.get("errors", []))
    # Query-compatible services also answer with the synthetic exceptions.
    todo.extend(n for n, s in shapes.items() if s.get("exception") and s.get("synthetic"))
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = shapes[name]
        for m in shape.get("members", {}).values():
            todo.append(m["shape"])
        for k in ("member", "key", "value"):
            if k in shape:
                todo.append(shape[k]["shape"])
    return seen


def trim(model, operations=None):
    out = {"metadata": {k: model["metadata"][k] for k in ("apiVersion", "protocol", "signingName", "endpointPrefix",
                                                         "serviceId", "targetPrefix", "jsonVersion", "xmlNamespace",
                                                         "awsQueryCompatible")
                        if k in model["metadata"]},
           "operations": {}, "shapes": {}}
    keep = reachable(model, operations) if operations else None
    for name, op in sorted(model["operations"].items()):
        if operations and name not in operations:
            continue
        entry = {"http": {k: v for k, v in op["http"].items() if k in ("method", "requestUri", "responseCode")}}
        for k in ("input", "output"):
            if k in op:
                entry[k] = op[k]["shape"]
        entry["errors"] = [e["shape"] for e in op.get("errors", [])]
        out["operations"][name] = entry
    for name, shape in sorted(model["shapes"].items()):
        if keep is not None and name not in keep:
            continue
        s = {k: shape[k] for k in KEEP_SHAPE if k in shape}
        if "members" in shape:
            s["members"] = {m: {k: v[k] for k in KEEP_MEMBER if k in v} for m, v in shape["members"].items()}
        for k in ("member", "key", "value"):
            if k in shape:
                s[k] = {kk: shape[k][kk] for kk in KEEP_MEMBER if kk in shape[k]}
        out["shapes"][name] = s
    return out


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    operations = sys.argv[3].split(",") if len(sys.argv) == 4 else None
    path = os.path.join(os.path.dirname(botocore.__file__), "data", sys.argv[1], sys.argv[2], "service-2.json.gz")
    with gzip.open(path) as f:
        model = json.load(f)
    json.dump(trim(model, operations), sys.stdout, indent=1, separators=(",", ": "), sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
