def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    while i < len(left):
        out.append(left[i])
        i += 1
    while j < len(right):
        out.append(right[j])
        j += 1
    return out
def insertion_sort(xs):
    for i in range(1, len(xs)):
        v = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > v:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = v
    return xs
seed = 1
xs = []
for _ in range(60000):
    seed = (seed * 16807) % 2147483647
    xs.append(seed % 100000)
s = merge_sort(xs)
small = insertion_sort(xs[:1500])
check = 0
for i in range(0, len(s), 997):
    check = (check * 31 + s[i]) % 1000000007
print(f"{check}, {small[0]}, {small[-1]}")
