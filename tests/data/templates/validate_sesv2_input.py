#!/usr/bin/env python3
"""Validates request bodies against botocore's sesv2 model, as the AWS SDKs would before sending.

Reads a JSON array of {"operation": "SendEmail", "params": {...}} from stdin (params being the
REST-JSON body plus any URI members) and prints one line per request: "ok" or the errors.
Exits 1 when any request is invalid.
"""
import json
import sys

import botocore.session
from botocore.validate import ParamValidator


def main():
    model = botocore.session.get_session().get_service_model("sesv2")
    validator = ParamValidator()
    failed = False
    for request in json.load(sys.stdin):
        shape = model.operation_model(request["operation"]).input_shape
        report = validator.validate(request["params"], shape)
        if report.has_errors():
            failed = True
            print(request["operation"] + ": " + report.generate_report().replace("\n", " | "))
        else:
            print("ok")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
