from collections import deque

SIZE = 240
seed = 3
maze = []
for r in range(SIZE):
    row = []
    for c in range(SIZE):
        seed = seed * 16807 % 2147483647
        row.append("#" if seed % 100 < 28 else ".")
    maze.append("".join(row))
STEPS = ((0, 1), (1, 0), (0, -1), (-1, 0))


def bfs(start_r, start_c):
    dist = {(start_r, start_c): 0}
    queue = deque([(start_r, start_c)])
    far = 0
    while queue:
        r, c = queue.popleft()
        d = dist[r, c]
        if d > far:
            far = d
        for dr, dc in STEPS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < SIZE and 0 <= nc < SIZE and maze[nr][nc] == "." and (nr, nc) not in dist:
                dist[nr, nc] = d + 1
                queue.append((nr, nc))
    return far, len(dist)


total_far = 0
total_reached = 0
for k in range(8):
    r = k * 24 + 5
    c = SIZE - 1 - k * 23
    if maze[r][c] == ".":
        far, reached = bfs(r, c)
        total_far += far
        total_reached += reached
print(f"{total_far}, {total_reached}")
