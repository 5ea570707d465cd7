#!/usr/bin/env python3
"""Converts the Mustache spec's YAML files into the one JSON file the conformance tests read.

Usage: convert.py SPEC_GIT_DIR > mustache-spec.json
SPEC_GIT_DIR is a clone of github.com/mustache/spec; the files are read from its HEAD.
"""
import json
import subprocess
import sys

import yaml

SPECS = ["interpolation", "sections", "inverted", "comments"]


def git(git_dir, *arguments):
    return subprocess.run(["git", "--git-dir", git_dir, *arguments], check=True, capture_output=True, text=True).stdout


def main(git_dir):
    commit = git(git_dir, "rev-parse", "HEAD").strip()
    cases = []
    for spec in SPECS:
        document = yaml.safe_load(git(git_dir, "show", f"HEAD:specs/{spec}.yml"))
        for test in document["tests"]:
            cases.append({
                "spec": spec,
                "name": test["name"],
                "desc": test["desc"],
                "data": test["data"],
                "template": test["template"],
                "expected": test["expected"],
            })
    json.dump({"source": "https://github.com/mustache/spec", "commit": commit, "specs": SPECS, "cases": cases},
              sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
