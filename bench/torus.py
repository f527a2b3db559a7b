height, width = 64, 64
seed = 99
grid = []
for r in range(height):
    row = []
    for c in range(width):
        seed = seed * 16807 % 2147483647
        row.append(1 if seed % 5 == 0 else 0)
    grid.append(row)
AROUND = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
for step in range(50):
    nxt = []
    for r, row in enumerate(grid):
        new_row = []
        for c, v in enumerate(row):
            total = v
            for dr, dc in AROUND:
                total += grid[(r + dr) % height][(c + dc) % width]
            new_row.append(total % 10)
        nxt.append(new_row)
    grid = nxt
check = 0
zeros = 0
for row in grid:
    for v in row:
        check = (check * 7 + v) % 1000000007
        if v == 0:
            zeros += 1
print(f"{check}, {zeros}")
