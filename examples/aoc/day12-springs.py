import sys
from functools import cache
@cache
def arrangements(springs, groups):
    if not groups:
        return 0 if "#" in springs else 1
    if not springs:
        return 0
    total = 0
    if springs[0] in ".?":
        total += arrangements(springs[1:], groups)
    n = groups[0]
    if springs[0] in "#?" and len(springs) >= n and "." not in springs[:n] and (len(springs) == n or springs[n] != "#"):
        total += arrangements(springs[n + 1:], groups[1:])
    return total
rows = []
for line in open(sys.argv[1]).read().splitlines():
    springs, groups = line.split()
    rows.append((springs, tuple(map(int, groups.split(",")))))
print(f"part 1: {sum(arrangements(s, g) for s, g in rows)}")
print(f"part 2: {sum(arrangements('?'.join([s] * 5), g * 5) for s, g in rows)}")
