#!/usr/bin/env python3
"""Serializes one CloudWatch request with botocore (the AWS CLI's own serializer), for
tst_cloudwatchcodec to compare SesDesk's encoders with.

  botocore_serialize.py OPERATION PROTOCOL PARAMS_JSON

PROTOCOL is query or json. Members named StartTime/EndTime are ISO 8601 strings in PARAMS_JSON.
Prints a JSON object: the form fields (query, all values as strings) or the body (json), plus
the headers botocore sets."""
import datetime
import json
import sys

import botocore.serialize
import botocore.session


def main():
    operation, protocol, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    for key in ("StartTime", "EndTime"):
        if key in params:
            params[key] = datetime.datetime.fromisoformat(params[key].replace("Z", "+00:00"))
    model = botocore.session.get_session().get_service_model("cloudwatch").operation_model(operation)
    request = botocore.serialize.create_serializer(protocol).serialize_to_request(params, model)
    body = request["body"]
    if protocol == "query":
        body = {k: str(v) for k, v in body.items()}
    else:
        body = json.loads(body)
    print(json.dumps({"body": body, "headers": dict(request["headers"])}))


if __name__ == "__main__":
    main()
