counts = {}
seed = 42
for _ in range(400000):
    seed = seed * 16807 % 2147483647
    key = f"k{seed % 5000}"
    counts[key] = counts.get(key, 0) + 1
best = 0
best_key = ""
for k, v in counts.items():
    if v > best or (v == best and k < best_key):
        best = v
        best_key = k
print(f"{len(counts)}, {best_key}, {best}")
