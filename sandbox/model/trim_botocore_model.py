#!/usr/bin/env python3
"""Writes a trimmed copy of a botocore service model for the Sandbox.

    trim_botocore_model.py sesv2 2019-09-27 > sandbox/model/sesv2-2019-09-27.json

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


def trim(model):
    out = {"metadata": {k: model["metadata"][k] for k in ("apiVersion", "protocol", "signingName", "endpointPrefix",
                                                         "serviceId", "targetPrefix", "jsonVersion", "xmlNamespace")
                        if k in model["metadata"]},
           "operations": {}, "shapes": {}}
    for name, op in sorted(model["operations"].items()):
        entry = {"http": {k: v for k, v in op["http"].items() if k in ("method", "requestUri", "responseCode")}}
        for k in ("input", "output"):
            if k in op:
                entry[k] = op[k]["shape"]
        entry["errors"] = [e["shape"] for e in op.get("errors", [])]
        out["operations"][name] = entry
    for name, shape in sorted(model["shapes"].items()):
        s = {k: shape[k] for k in KEEP_SHAPE if k in shape}
        if "members" in shape:
            s["members"] = {m: {k: v[k] for k in KEEP_MEMBER if k in v} for m, v in shape["members"].items()}
        for k in ("member", "key", "value"):
            if k in shape:
                s[k] = {kk: shape[k][kk] for kk in KEEP_MEMBER if kk in shape[k]}
        out["shapes"][name] = s
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    path = os.path.join(os.path.dirname(botocore.__file__), "data", sys.argv[1], sys.argv[2], "service-2.json.gz")
    with gzip.open(path) as f:
        model = json.load(f)
    json.dump(trim(model), sys.stdout, indent=1, separators=(",", ": "), sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
