import sys
from collections import deque
grid = open(sys.argv[1]).read().splitlines()
height, width = len(grid), len(grid[0])
def find(ch):
    for r, line in enumerate(grid):
        if ch in line:
            return (r, line.index(ch))
start, goal = find("S"), find("E")
dist = {start: 0}
queue = deque([start])
while queue:
    r0, c0 = queue.popleft()
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        r, c = r0 + dr, c0 + dc
        if 0 <= r < height and 0 <= c < width and grid[r][c] != "#" and (r, c) not in dist:
            dist[(r, c)] = dist[(r0, c0)] + 1
            queue.append((r, c))
print(f"part 1: {dist[goal]}")
print(f"part 2: {sum(1 for d in dist.values() if d <= 100)}")
