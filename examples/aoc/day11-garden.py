import sys
grid = open(sys.argv[1]).read().splitlines()
height, width = len(grid), len(grid[0])
def plant(r, c):
    return grid[r][c] if 0 <= r < height and 0 <= c < width else None
seen = set()
part1 = part2 = 0
for r0 in range(height):
    for c0 in range(width):
        if (r0, c0) in seen:
            continue
        region, stack = {(r0, c0)}, [(r0, c0)]
        while stack:
            r, c = stack.pop()
            for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                if plant(r + dr, c + dc) == grid[r0][c0] and (r + dr, c + dc) not in region:
                    region.add((r + dr, c + dc))
                    stack.append((r + dr, c + dc))
        seen |= region
        # a fence is a plot and the direction it faces; a side starts at a fence whose
        # neighbour along the side (turning the direction right) has no such fence
        fences = {(r, c, dr, dc) for r, c in region for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1))
                  if (r + dr, c + dc) not in region}
        sides = sum(1 for r, c, dr, dc in fences if (r + dc, c - dr, dr, dc) not in fences)
        part1 += len(region) * len(fences)
        part2 += len(region) * sides
print(f"part 1: {part1}")
print(f"part 2: {part2}")
