import re
import sys
def sign(n):
    return (n > 0) - (n < 0)
def count_overlaps(segments, diagonals):
    seen = {}
    for x1, y1, x2, y2 in segments:
        dx, dy = sign(x2 - x1), sign(y2 - y1)
        if dx and dy and not diagonals:
            continue
        for i in range(max(abs(x2 - x1), abs(y2 - y1)) + 1):
            p = (x1 + i * dx, y1 + i * dy)
            seen[p] = seen.get(p, 0) + 1
    return sum(1 for n in seen.values() if n >= 2)
segments = [list(map(int, re.findall(r"-?\d+", line))) for line in open(sys.argv[1]).read().splitlines()]
print(f"part 1: {count_overlaps(segments, False)}")
print(f"part 2: {count_overlaps(segments, True)}")
