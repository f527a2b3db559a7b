s = ""
for i in range(200000):
    s += str(i % 10)
digits = 0
for ch in s:
    if ch == "7":
        digits += 1
parts = []
for i in range(50000):
    parts.append("item" + str(i))
joined = ""
for p in parts:
    joined += p + ","
print(f"{len(s)}, {digits}, {len(joined)}")
