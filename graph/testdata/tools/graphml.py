"""Reads kg's GraphML (argv[1]) with networkx and prints what it holds as
JSON: whether it is a directed multigraph, each node's data, and each
edge's (source, target, key, data)."""
import json
import sys

import networkx as nx

g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "directed": g.is_directed(),
    "multigraph": g.is_multigraph(),
    "nodes": {n: d for n, d in g.nodes(data=True)},
    "edges": sorted(([u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True))
                    if g.is_multigraph() else
                    ([u, v, d.get("id"), d] for u, v, d in g.edges(data=True)),
                    key=lambda e: e[2] or ""),
}, ensure_ascii=False))
