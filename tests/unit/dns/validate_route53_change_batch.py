#!/usr/bin/env python3
"""Validate a Route 53 ChangeBatch JSON file the way `aws route53 change-resource-record-sets
--change-batch file://FILE` and the Route 53 API would, offline.

  validate_route53_change_batch.py FILE

1. botocore's own ParamValidator with the ChangeResourceRecordSets input shape of the route53
   2013-04-01 model (required members, unknown members, types, minimum lengths and sizes): this is
   exactly the check the AWS CLI runs before it sends anything.
2. What the ParamValidator leaves to the service, read from the same model: enum values
   (ChangeAction, RRType) and maximums (ResourceDescription 256, RData 4000, DNSName 1024, TTL).
3. Record data as Route 53 parses it: TXT values are one or more quoted strings of at most 255
   bytes each, MX values are "preference host", CNAME sets hold one value, names are ASCII DNS
   names, and no record set appears twice in one batch (Route 53 rejects that).

Prints each problem and exits 1 if there is any; prints "OK" and exits 0 otherwise.
"""
import json
import re
import sys

import botocore.session
from botocore.validate import ParamValidator


def check_model_constraints(shape, value, path, errors):
    kind = shape.type_name
    if kind == "structure":
        for name, member in shape.members.items():
            if isinstance(value, dict) and name in value:
                check_model_constraints(member, value[name], path + "." + name, errors)
    elif kind == "list":
        if isinstance(value, list):
            maximum = shape.metadata.get("max")
            if maximum is not None and len(value) > maximum:
                errors.append("%s: %d items, the model allows at most %d" % (path, len(value), maximum))
            for i, item in enumerate(value):
                check_model_constraints(shape.member, item, "%s[%d]" % (path, i), errors)
    elif kind == "string":
        if isinstance(value, str):
            if shape.enum and value not in shape.enum:
                errors.append("%s: %r is not one of %s" % (path, value, "|".join(shape.enum)))
            maximum = shape.metadata.get("max")
            if maximum is not None and len(value) > maximum:
                errors.append("%s: %d characters, the model allows at most %d" % (path, len(value), maximum))
    elif kind in ("long", "integer"):
        if isinstance(value, int):
            for key, ok in (("min", lambda v, m: v >= m), ("max", lambda v, m: v <= m)):
                limit = shape.metadata.get(key)
                if limit is not None and not ok(value, limit):
                    errors.append("%s: %d is outside the model's %s %d" % (path, value, key, limit))


TXT_STRING = re.compile(r'"((?:[^"\\]|\\[0-9]{3}|\\[^0-9])*)"')
LABEL = re.compile(r"^[A-Za-z0-9_*]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$")


def unescaped_length(text):
    length = 0
    i = 0
    while i < len(text):
        if text[i] == "\\":
            i += 4 if text[i + 1 : i + 4].isdigit() else 2
        else:
            i += 1
        length += 1
    return length


def check_name(name, path, errors):
    bare = name[:-1] if name.endswith(".") else name
    if not bare.isascii():
        errors.append("%s: %r is not ASCII (IDN labels must be punycode)" % (path, name))
    if len(bare) > 253:
        errors.append("%s: name longer than 253 characters" % path)
    for label in bare.split("."):
        if not LABEL.match(label):
            errors.append("%s: %r is not a valid DNS label" % (path, label))


def check_record_data(batch, errors):
    seen = set()
    for i, change in enumerate(batch.get("Changes", [])):
        rrset = change.get("ResourceRecordSet", {})
        path = "ChangeBatch.Changes[%d].ResourceRecordSet" % i
        name, rtype = rrset.get("Name", ""), rrset.get("Type", "")
        check_name(name, path + ".Name", errors)
        key = (name.rstrip(".").lower(), rtype)
        if key in seen:
            errors.append("%s: a second change for %s %s in one batch" % (path, name, rtype))
        seen.add(key)
        if "TTL" not in rrset:
            errors.append("%s: TTL is required for a non-alias record set" % path)
        values = [r.get("Value", "") for r in rrset.get("ResourceRecords", [])]
        if rtype == "CNAME" and len(values) != 1:
            errors.append("%s: a CNAME record set holds exactly one value" % path)
        for j, value in enumerate(values):
            vpath = "%s.ResourceRecords[%d].Value" % (path, j)
            if rtype == "TXT":
                strings = TXT_STRING.findall(value)
                rebuilt = " ".join('"%s"' % s for s in strings)
                if not strings or rebuilt != value:
                    errors.append("%s: %r is not a sequence of quoted strings" % (vpath, value))
                for s in strings:
                    if unescaped_length(s) > 255:
                        errors.append("%s: a string of %d characters; at most 255" % (vpath, unescaped_length(s)))
            elif rtype == "MX":
                parts = value.split(" ")
                if len(parts) != 2 or not parts[0].isdigit() or int(parts[0]) > 65535:
                    errors.append("%s: %r is not 'preference host'" % (vpath, value))
                else:
                    check_name(parts[1], vpath, errors)
            elif rtype == "CNAME":
                check_name(value, vpath, errors)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        batch = json.load(f)
    model = botocore.session.get_session().get_service_model("route53")
    shape = model.operation_model("ChangeResourceRecordSets").input_shape
    params = {"HostedZoneId": "Z0123456789ABCDEFGHIJ", "ChangeBatch": batch}
    errors = []
    report = ParamValidator().validate(params, shape)
    if report.has_errors():
        errors.append(report.generate_report())
    check_model_constraints(shape.members["ChangeBatch"], batch, "ChangeBatch", errors)
    check_record_data(batch, errors)
    for e in errors:
        print(e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
