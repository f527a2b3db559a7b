import sys
sections = open(sys.argv[1]).read().split("\n\n")
grid = sections[0].splitlines()
moves = sections[1].strip().split(",")
row = col = 0
for r, line in enumerate(grid):
    if "S" in line:
        row, col = r, line.index("S")
delta = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
visited = {(row, col)}
for move in moves:
    dr, dc = delta[move[0]]
    for _ in range(int(move[1:])):
        r, c = row + dr, col + dc
        if grid[r][c] != "#":
            row, col = r, c
            visited.add((row, col))
print(f"part 1: {100 * row + col}")
print(f"part 2: {len(visited)}")
