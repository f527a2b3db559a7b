import re
from collections import Counter

seed = 22


def rand(n):
    global seed
    seed = seed * 16807 % 2147483647
    return seed % n


reports = []
for _ in range(65000):
    sx = rand(4000000) - 500000
    sy = rand(4000000) - 500000
    bx = sx + rand(200001) - 100000
    by = sy + rand(200001) - 100000
    reports.append(f"Sensor at x={sx}, y={sy}: closest beacon is at x={bx}, y={by}")
text = "\n".join(reports)

total = 0
widest = 0
bands = Counter()
for line in text.splitlines():
    sx, sy, bx, by = map(int, re.findall(r"-?\d+", line))
    reach = abs(sx - bx) + abs(sy - by)
    total += reach
    widest = max(widest, reach)
    bands[sy // 250000] += 1
print(f"{len(reports)}, {total}, {widest}, {len(bands)}, {max(bands.values())}")
