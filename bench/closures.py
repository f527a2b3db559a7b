def map_(xs, f):
    out = []
    for x in xs:
        out.append(f(x))
    return out
def filter_(xs, f):
    out = []
    for x in xs:
        if f(x):
            out.append(x)
    return out
def fold(xs, f, acc):
    for x in xs:
        acc = f(acc, x)
    return acc
def make_adder(n):
    return lambda x: x + n
xs = list(range(1000))
total = 0
for rnd in range(600):
    add = make_adder(rnd)
    ys = filter_(map_(xs, add), lambda y: y % 3 == 0)
    total += fold(ys, lambda a, b: a + b, 0)
print(total)
