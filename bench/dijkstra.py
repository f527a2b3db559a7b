import heapq

SIZE = 280
seed = 15
risk = []
for r in range(SIZE):
    row = []
    for c in range(SIZE):
        seed = seed * 16807 % 2147483647
        row.append(1 + seed % 9)
    risk.append(row)

best = {}
queue = [(0, 0, 0)]
while queue:
    cost, r, c = heapq.heappop(queue)
    if (r, c) in best:
        continue
    best[r, c] = cost
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < SIZE and 0 <= nc < SIZE and (nr, nc) not in best:
            heapq.heappush(queue, (cost + risk[nr][nc], nr, nc))
print(f"{best[SIZE - 1, SIZE - 1]}, {sum(best.values())}")
