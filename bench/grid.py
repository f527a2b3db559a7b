size = 64
grid = []
seed = 7
for y in range(size):
    row = []
    for x in range(size):
        seed = (seed * 16807) % 2147483647
        row.append(1 if seed % 3 == 0 else 0)
    grid.append(row)
for gen in range(100):
    nxt = []
    for y in range(size):
        row = []
        up = grid[(y + size - 1) % size]
        mid = grid[y]
        down = grid[(y + 1) % size]
        for x in range(size):
            l = (x + size - 1) % size
            r = (x + 1) % size
            n = up[l] + up[x] + up[r] + mid[l] + mid[r] + down[l] + down[x] + down[r]
            alive = mid[x] == 1
            row.append(1 if n == 3 or (alive and n == 2) else 0)
        nxt.append(row)
    grid = nxt
live = 0
for row in grid:
    for c in row:
        live += c
print(live)
