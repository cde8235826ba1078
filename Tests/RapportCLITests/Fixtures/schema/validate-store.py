#!/usr/bin/env python3
"""Validates a rapport store against Resources/schema, for the tests in SchemaTests.swift.

Usage: validate-store.py SCHEMA_DIR STORE_DIR

Prints one line per problem, `FILE: PATH: reason`, and exits 1 when there is any. A key the schema does not know is
named exactly, with the schema file to add it to, because other changes to the program add keys over time.
"""
import glob
import json
import os
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("python3 has no jsonschema module; install it with `pip install jsonschema`")
    sys.exit(2)


def json_path(error):
    """The place of an error in the document, as $.agreement.visits or $.people[0].email."""
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def reason(error, schema_file):
    """What is wrong, naming an unknown key exactly."""
    if error.validator == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        unknown = sorted(key for key in error.instance if key not in known)
        names = ", ".join(f'"{key}"' for key in unknown)
        return (f"unknown key {names}; if rapport now writes it, describe it in "
                f"Resources/schema/{schema_file} at this place")
    return error.message


def main():
    schema_dir, store = sys.argv[1], sys.argv[2]
    files = [("rapport.json", "rapport.schema.json"), ("settings.json", "settings.schema.json")]
    files += [(os.path.relpath(path, store), "client.schema.json")
              for path in sorted(glob.glob(os.path.join(store, "clients", "*.json")))]
    problems = 0
    for relative, schema_file in files:
        with open(os.path.join(schema_dir, schema_file), encoding="utf-8") as handle:
            validator = Draft202012Validator(json.load(handle))
        with open(os.path.join(store, relative), encoding="utf-8") as handle:
            document = json.load(handle)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
            print(f"{relative}: {json_path(error)}: {reason(error, schema_file)}")
            problems += 1
    sys.exit(1 if problems else 0)


main()
