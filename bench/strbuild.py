s = "".join(str(i % 10) for i in range(200000))
digits = 0
for ch in s:
    if ch == "7":
        digits += 1
parts = [f"item{i}" for i in range(50000)]
joined = "".join(p + "," for p in parts)
print(f"{len(s)}, {digits}, {len(joined)}")
