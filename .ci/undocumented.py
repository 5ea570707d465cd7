"""Lists the public symbols of the named modules that have no doc comment, and fails if there are any.

Usage: undocumented.py SYMBOLGRAPH_FOLDER MODULE...

Reads the symbol graphs `swift package dump-symbol-graph` writes. A symbol that implements a
protocol's requirement inherits the protocol's documentation, as DocC shows it, and counts as
documented; so does a symbol the compiler made (memberwise and Codable members, synthesized
conformances), which has no source to document.
"""
import json
import pathlib
import sys

folder = pathlib.Path(sys.argv[1])
missing = []
for module in sys.argv[2:]:
    for path in sorted(folder.glob(f"{module}.symbols.json")) + sorted(folder.glob(f"{module}@*.symbols.json")):
        graph = json.loads(path.read_text())
        implementations = {r["source"] for r in graph.get("relationships", [])
                           if r["kind"] in ("requirementOf", "defaultImplementationOf", "overrides")}
        for symbol in graph["symbols"]:
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            if symbol.get("docComment") or symbol["identifier"]["precise"] in implementations:
                continue
            if "location" not in symbol:
                continue
            location = symbol["location"]
            file = location["uri"].split("/Sources/", 1)[-1]
            line = location["position"]["line"] + 1
            missing.append(f"Sources/{file}:{line}: {symbol['kind']['displayName'].lower()} {'.'.join(symbol['pathComponents'])}")
for line in sorted(set(missing)):
    print(line)
if missing:
    print(f"{len(set(missing))} public symbols without a doc comment", file=sys.stderr)
    sys.exit(1)
print(f"docs: every public symbol of {', '.join(sys.argv[2:])} is documented")
