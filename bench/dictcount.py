counts = {}
seed = 42
for i in range(400000):
    seed = (seed * 16807) % 2147483647
    key = "k" + str(seed % 5000)
    c = counts.get(key)
    if c is None:
        counts[key] = 1
    else:
        counts[key] = c + 1
best = 0
best_key = ""
for k, v in counts.items():
    if v > best or (v == best and k < best_key):
        best = v
        best_key = k
print(f"{len(counts)}, {best_key}, {best}")
