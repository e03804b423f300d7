#!/usr/bin/env python3
"""
One-off: writes a few Internet Topology Zoo backbones, as packaged by topohub (node-link JSON), into
test/fixtures/networks as GraphML (and one as GML), so the network parsers are tested on real files.
Plain Python 3, standard library only; Cascade itself never needs Python.

    pip download topohub==1.5.1 --no-deps -d /tmp/topohub
    (cd /tmp/topohub && unzip -o -q topohub-1.5.1-py3-none-any.whl)
    python3 scripts/topohub-to-graphml.py /tmp/topohub test/fixtures/networks

Kept: each node's name (as `label`) and position (as the Zoo's `Latitude` and `Longitude`), each
edge's `dist` (km, great-circle, computed by topohub). Left out: topohub's ECMP link loads
(`ecmp_fwd`, `ecmp_bwd`), which are its own simulation results rather than facts about the network,
and its graph statistics. See test/fixtures/networks/SOURCES.md.
"""

import glob
import json
import os
import sys
from xml.sax.saxutils import escape, quoteattr

# Zoo name -> (fixture file stem, also written as GML)
NETWORKS = {
    'Abilene': ('abilene', True),
    'Geant2012': ('geant2012', False),
    'Uninett2011': ('uninett2011', False),
}

# (key id, domain, attribute name, GraphML type)
KEYS = [
    ('d0', 'graph', 'name', 'string'),
    ('d1', 'node', 'label', 'string'),
    ('d2', 'node', 'Latitude', 'double'),
    ('d3', 'node', 'Longitude', 'double'),
    ('d4', 'edge', 'dist', 'double'),
]


def topohub_version(wheel_root):
    for metadata in glob.glob(os.path.join(wheel_root, 'topohub-*.dist-info', 'METADATA')):
        with open(metadata, encoding='utf-8') as f:
            for line in f:
                if line.startswith('Version:'):
                    return line.split(':', 1)[1].strip()
    sys.exit(f'no topohub-*.dist-info/METADATA under {wheel_root}: unzip the wheel there first')


def load(wheel_root, zoo_name):
    """The network as (graph attributes, nodes, edges), attributes in the order they are written."""
    path = os.path.join(wheel_root, 'topohub', 'data', 'topozoo', f'{zoo_name}.json')
    with open(path, encoding='utf-8') as f:
        topo = json.load(f)
    if topo['directed'] or topo['multigraph']:
        sys.exit(f'{path}: expected an undirected simple graph')
    nodes = [(str(n['id']), {'label': n['name'], 'Latitude': float(n['pos'][1]), 'Longitude': float(n['pos'][0])}) for n in topo['nodes']]
    edges = [(str(e['source']), str(e['target']), {'dist': float(e['dist'])}) for e in topo['edges']]
    return {'name': zoo_name}, nodes, edges


def header(zoo_name, version):
    return (f'{zoo_name}: Internet Topology Zoo (topology-zoo.org), via topohub {version} '
            f'(topohub/data/topozoo/{zoo_name}.json). Written by scripts/topohub-to-graphml.py; see SOURCES.md.')


def graphml(zoo_name, version, graph, nodes, edges):
    by_name = {(domain, name): key for key, domain, name, _ in KEYS}

    def data(domain, attributes):
        return ''.join(f'<data key="{by_name[(domain, name)]}">{escape(str(value))}</data>' for name, value in attributes.items())

    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<!-- {escape(header(zoo_name, version))} -->',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    lines += [f'  <key id="{key}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>' for key, domain, name, kind in KEYS]
    lines.append(f'  <graph id={quoteattr(zoo_name)} edgedefault="undirected">')
    lines.append(f'    {data("graph", graph)}')
    lines += [f'    <node id={quoteattr(node_id)}>{data("node", attributes)}</node>' for node_id, attributes in nodes]
    lines += [f'    <edge source={quoteattr(s)} target={quoteattr(t)}>{data("edge", attributes)}</edge>' for s, t, attributes in edges]
    lines += ['  </graph>', '</graphml>', '']
    return '\n'.join(lines)


def gml_value(value):
    if isinstance(value, (int, float)):
        return repr(value)
    # GML strings are 7-bit and cannot hold a double quote: entities, as networkx writes them.
    text = str(value).replace('&', '&amp;').replace('"', '&quot;')
    return '"' + ''.join(c if ord(c) < 128 else f'&#{ord(c)};' for c in text) + '"'


def gml_id(node_id):
    return node_id if node_id.isdigit() else gml_value(node_id)


def gml(zoo_name, version, graph, nodes, edges):
    lines = [f'# {header(zoo_name, version)}', 'graph [', '  directed 0']
    lines += [f'  {name} {gml_value(value)}' for name, value in graph.items()]
    for node_id, attributes in nodes:
        lines += ['  node [', f'    id {gml_id(node_id)}']
        lines += [f'    {name} {gml_value(value)}' for name, value in attributes.items()]
        lines.append('  ]')
    for source, target, attributes in edges:
        lines += ['  edge [', f'    source {gml_id(source)}', f'    target {gml_id(target)}']
        lines += [f'    {name} {gml_value(value)}' for name, value in attributes.items()]
        lines.append('  ]')
    lines += [']', '']
    return '\n'.join(lines)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: topohub-to-graphml.py <unzipped topohub wheel> <output folder>')
    wheel_root, out = sys.argv[1], sys.argv[2]
    version = topohub_version(wheel_root)
    os.makedirs(out, exist_ok=True)
    for zoo_name, (stem, also_gml) in NETWORKS.items():
        graph, nodes, edges = load(wheel_root, zoo_name)
        outputs = [('graphml', graphml)] + ([('gml', gml)] if also_gml else [])
        for extension, write in outputs:
            path = os.path.join(out, f'{stem}.{extension}')
            with open(path, 'w', encoding='utf-8', newline='\n') as f:
                f.write(write(zoo_name, version, graph, nodes, edges))
            print(f'{path}: {len(nodes)} nodes, {len(edges)} edges')


if __name__ == '__main__':
    main()
