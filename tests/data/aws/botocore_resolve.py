#!/usr/bin/env python3
"""Resolve profiles the way botocore (the AWS CLI's core) does, for tests that compare
SesDesk's ProfileResolver with it. Reads cases from stdin, one JSON object per line:

  {"env": {...}, "profile": "x" or null, "endpoint_url": "..." or null, "services": [...]}

and answers each with one line of JSON (so one python process serves a whole test):

  {"profile": ..., "region": ..., "method": ..., "access_key": ..., "endpoints": {"sesv2": ..., "sts": ...}}
  or {"error": "<botocore exception class>"}

The access key is read only for static sources (env, shared files), so nothing runs or
connects. Endpoints are what a client built for that service would use.
"""
import json
import os
import sys

import botocore.session

STATIC_METHODS = ("env", "shared-credentials-file", "config-file", "explicit")


def resolve(case):
    os.environ.clear()
    os.environ.update(case["env"])
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"  # never wait for an instance metadata service
    session = botocore.session.Session(profile=case.get("profile"))
    out = {"profile": session.profile}
    out["region"] = session.get_config_variable("region")
    creds = session.get_credentials()
    out["method"] = creds.method if creds else None
    out["access_key"] = creds.access_key if creds and creds.method in STATIC_METHODS else None
    endpoints = {}
    for service in case.get("services", []):
        client = session.create_client(
            service, region_name=out["region"] or "us-east-1", endpoint_url=case.get("endpoint_url"),
            aws_access_key_id="x", aws_secret_access_key="y")
        endpoints[service] = client.meta.endpoint_url
    out["endpoints"] = endpoints
    return out


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            result = resolve(json.loads(line))
        except Exception as e:  # the class name is what the test compares
            result = {"error": type(e).__name__}
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
