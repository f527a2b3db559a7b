from functools import cache

seed = 12


def rand(n):
    global seed
    seed = seed * 16807 % 2147483647
    return seed % n


rows = []
for _ in range(2000):
    # a row of springs, its groups of damaged ones, then some springs hidden as "?"
    springs = "".join("." if rand(3) == 0 else "#" for _ in range(12 + rand(8)))
    groups = [len(run) for run in springs.split(".") if run]
    hidden = "".join("?" if rand(5) < 3 else ch for ch in springs)
    rows.append(hidden + " " + ",".join(map(str, groups)))


def arrangements(pattern, groups):
    n = len(pattern)

    @cache
    def ways(i, j):
        if j == len(groups):
            return 0 if "#" in pattern[i:] else 1
        if i >= n:
            return 0
        total = 0
        ch = pattern[i]
        if ch != "#":
            total += ways(i + 1, j)
        if ch != ".":
            stop = i + groups[j]
            if stop <= n and "." not in pattern[i:stop] and (stop == n or pattern[stop] != "#"):
                total += ways(stop + 1, j + 1)
        return total

    return ways(0, 0)


part1 = 0
part2 = 0
for line in rows:
    pattern, spec = line.split(" ")
    groups = [int(g) for g in spec.split(",")]
    part1 += arrangements(pattern, groups)
    part2 += arrangements("?".join([pattern] * 5), groups * 5)
print(f"{part1}, {part2}")
