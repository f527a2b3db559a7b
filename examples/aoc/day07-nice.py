import sys
def nice1(w):
    vowels = sum(1 for c in w if c in "aeiou")
    double = any(w[i] == w[i - 1] for i in range(1, len(w)))
    bad = any(p in w for p in ("ab", "cd", "pq", "xy"))
    return vowels >= 3 and double and not bad
def nice2(w):
    pair_twice = any(w[i:i + 2] in w[i + 2:] for i in range(len(w) - 1))
    sandwich = any(w[i] == w[i - 2] for i in range(2, len(w)))
    return pair_twice and sandwich
words = open(sys.argv[1]).read().splitlines()
print(f"part 1: {sum(1 for w in words if nice1(w))}")
print(f"part 2: {sum(1 for w in words if nice2(w))}")
