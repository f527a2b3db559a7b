import heapq
import sys
rows = [[int(c) for c in line] for line in open(sys.argv[1]).read().splitlines()]
def lowest_risk(scale):
    size = len(rows)
    n = size * scale
    def risk(r, c):
        v = rows[r % size][c % size] + r // size + c // size
        return (v - 1) % 9 + 1
    best = set()
    queue = [(0, 0, 0)]
    while queue:
        cost, r, c = heapq.heappop(queue)
        if (r, c) == (n - 1, n - 1):
            return cost
        if (r, c) in best:
            continue
        best.add((r, c))
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in best:
                heapq.heappush(queue, (cost + risk(nr, nc), nr, nc))
print(f"part 1: {lowest_risk(1)}")
print(f"part 2: {lowest_risk(3)}")
