def make(depth):
    if depth == 0:
        return {"left": None, "right": None}
    return {"left": make(depth - 1), "right": make(depth - 1)}
def check(t):
    if t["left"] is None:
        return 1
    return 1 + check(t["left"]) + check(t["right"])
total = 0
for i in range(40):
    total += check(make(13))
long_lived = []
for i in range(2000):
    long_lived.append([i, [i, i + 1], {"v": i}])
s = 0
for item in long_lived:
    s += item[1][1] + item[2]["v"]
print(f"{total}, {s}")
