"""A layered DMNDI diagram for each DMN file given (inputs at the bottom, each decision above what it
requires); edges that span several layers pass between the shapes of the layers they cross (dummy nodes)."""
import sys, re
import xml.etree.ElementTree as ET

KINDS = {"inputData", "decision", "businessKnowledgeModel", "knowledgeSource"}
REQS = {"informationRequirement": ("requiredInput", "requiredDecision"),
        "knowledgeRequirement": ("requiredKnowledge",),
        "authorityRequirement": ("requiredDecision", "requiredInput", "requiredAuthority")}
W, H, GAP, DW, ROW_GAP, MARGIN = 180, 80, 40, 10, 100, 40

def local(tag): return tag.split("}")[1]

def layout(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"\n  <dmndi:DMNDI>.*</dmndi:DMNDI>", "", text, flags=re.S)
    text = re.sub(r' xmlns:dmndi="[^"]*" xmlns:dc="[^"]*" xmlns:di="[^"]*"', "", text)
    root = ET.fromstring(text.encode("utf-8"))
    nodes, edges = [], []
    for el in root:
        if local(el.tag) not in KINDS:
            continue
        nodes.append(el.get("id"))
        for req in el:
            rk = local(req.tag)
            if rk in REQS:
                for child in req:
                    if local(child.tag) in REQS[rk]:
                        edges.append((req.get("id"), child.get("href").lstrip("#"), el.get("id")))
    kind = {el.get("id"): local(el.tag) for el in root if el.get("id") in nodes}
    needs = {n: [s for _, s, t in edges if t == n] for n in nodes}
    layer = {}
    def layer_of(n):
        if n not in layer:
            layer[n] = 0 if not needs[n] and kind[n] != "decision" else \
                1 + max((layer_of(s) for s in needs[n]), default=0)
        return layer[n]
    for n in nodes:
        layer_of(n)
    top = max(layer.values())
    # chains: each edge as a list of nodes, a dummy in every layer it crosses
    chains, down, up = {}, {}, {}
    for rid, s, t in edges:
        chain = [s] + [("dummy", rid, l) for l in range(layer[s] + 1, layer[t])] + [t]
        for d in chain[1:-1]:
            layer[d] = d[2]
        for a, b in zip(chain, chain[1:]):
            up.setdefault(a, []).append(b)
            down.setdefault(b, []).append(a)
        chains[rid] = chain
    rows = [[n for n in nodes if layer[n] == l] for l in range(top + 1)]
    for l in range(top + 1):
        rows[l] += [d for c in chains.values() for d in c[1:-1] if d[2] == l]
    def centre(row):
        return {n: i - (len(row) - 1) / 2 for i, n in enumerate(row)}
    def bary(n, neighbours, p, fallback):
        ns = [p[m] for m in neighbours.get(n, []) if m in p]
        return sum(ns) / len(ns) if ns else fallback
    for _ in range(8):
        for l in range(1, top + 1):
            p = centre(rows[l - 1]); old = centre(rows[l])
            rows[l].sort(key=lambda n: bary(n, down, p, old[n]))
        for l in range(top - 1, -1, -1):
            p = centre(rows[l + 1]); old = centre(rows[l])
            rows[l].sort(key=lambda n: bary(n, up, p, old[n]))
    width = lambda n: DW if isinstance(n, tuple) else W
    span = lambda row: sum(width(n) + GAP for n in row) - GAP
    widest = max(span(r) for r in rows)
    box = {}
    for l, row in enumerate(rows):
        x = MARGIN + (widest - span(row)) / 2
        for n in row:
            box[n] = (x, MARGIN + (top - l) * (H + ROW_GAP))
            x += width(n) + GAP
    out = ['  <dmndi:DMNDI>',
           '    <dmndi:DMNDiagram id="drd-%s" name="%s">' % (root.get("id"), root.get("name"))]
    for n in nodes:
        x, y = box[n]
        out.append('      <dmndi:DMNShape id="shape-%s" dmnElementRef="%s">'
                   '<dc:Bounds x="%d" y="%d" width="%d" height="%d"/></dmndi:DMNShape>' % (n, n, x, y, W, H))
    for rid, s, t in edges:
        chain = chains[rid]
        points = [(box[s][0] + W / 2, box[s][1])]
        for d in chain[1:-1]:
            x, y = box[d]
            points += [(x + DW / 2, y + H), (x + DW / 2, y)]
        points.append((box[t][0] + W / 2, box[t][1] + H))
        out.append('      <dmndi:DMNEdge id="edge-%s" dmnElementRef="%s">%s</dmndi:DMNEdge>' % (rid, rid,
                   "".join('<di:waypoint x="%d" y="%d"/>' % p for p in points)))
    out += ['    </dmndi:DMNDiagram>', '  </dmndi:DMNDI>', '</definitions>']
    ns = (' xmlns:dmndi="https://www.omg.org/spec/DMN/20230324/DMNDI/"'
          ' xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/"'
          ' xmlns:di="http://www.omg.org/spec/DMN/20180521/DI/"')
    feel = 'xmlns:feel="https://www.omg.org/spec/DMN/20230324/FEEL/"'
    assert text.count(feel) == 1 and text.rstrip().endswith("</definitions>")
    text = text.replace(feel, feel + ns, 1)
    text = text.rstrip()[: -len("</definitions>")] + "\n".join(out) + "\n"
    open(path, "w", encoding="utf-8").write(text)
    print(path, len(nodes), "shapes", len(edges), "edges", top + 1, "layers", widest, "wide")

for p in sys.argv[1:]:
    layout(p)
