#!/usr/bin/env python3
"""Print how botocore parses an AWS shared file, as JSON (sorted keys), for tests that compare
SesDesk's parser with botocore's.

  botocore_config_dump.py FILE config       botocore.configloader.load_config(FILE)
  botocore_config_dump.py FILE credentials  {"profiles": raw_config_parse(FILE)}

A file botocore refuses prints {"error": "<exception class>"}.
"""
import json
import sys

import botocore.configloader as configloader
import botocore.exceptions as exceptions


def main():
    path, kind = sys.argv[1], sys.argv[2]
    try:
        if kind == "config":
            parsed = configloader.load_config(path)
        else:
            parsed = {"profiles": configloader.raw_config_parse(path)}
    except exceptions.ConfigParseError as e:
        print(json.dumps({"error": type(e).__name__}))
        return
    print(json.dumps(parsed, sort_keys=True))


if __name__ == "__main__":
    main()
