def quicksort(xs, lo, hi):
    if lo >= hi:
        return
    mid = (lo + hi) // 2
    xs[mid], xs[hi] = xs[hi], xs[mid]
    pivot = xs[hi]
    store = lo
    for i in range(lo, hi):
        if xs[i] < pivot:
            xs[i], xs[store] = xs[store], xs[i]
            store += 1
    xs[store], xs[hi] = xs[hi], xs[store]
    quicksort(xs, lo, store - 1)
    quicksort(xs, store + 1, hi)


seed = 2024
xs = []
for _ in range(130000):
    seed = seed * 16807 % 2147483647
    xs.append(seed % 1000000)
quicksort(xs, 0, len(xs) - 1)
check = 0
for i, x in enumerate(xs):
    if i > 0 and xs[i - 1] > x:
        raise AssertionError(f"not sorted at {i}")
    check = (check * 31 + x) % 1000000007
print(f"{check}, {xs[0]}, {xs[-1]}")
