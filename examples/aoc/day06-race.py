import re
import sys
racers = []
for line in open(sys.argv[1]).read().splitlines():
    score, time = map(int, re.findall(r"-?\d+", line))
    racers.append({"name": line.split()[0], "score": score, "time": time})
ranked = sorted(racers, key=lambda r: (-r["score"], r["time"]))
print("part 1: " + ",".join(r["name"] for r in ranked[:3]))
print(f"part 2: {sum((i + 1) * r['score'] for i, r in enumerate(ranked))}")
