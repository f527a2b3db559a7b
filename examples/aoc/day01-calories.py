import sys
text = open(sys.argv[1]).read()
totals = [sum(int(x) for x in g.split()) for g in text.strip().split("\n\n")]
ranked = sorted(totals, reverse=True)
print(f"part 1: {ranked[0]}")
print(f"part 2: {sum(ranked[:3])}")
