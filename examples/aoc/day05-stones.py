import sys
from functools import lru_cache
sys.setrecursionlimit(10000)
@lru_cache(maxsize=None)
def count(n, blinks):
    if blinks == 0:
        return 1
    digits = str(n)
    if n == 0:
        return count(1, blinks - 1)
    if len(digits) % 2 == 0:
        half = len(digits) // 2
        return count(int(digits[:half]), blinks - 1) + count(int(digits[half:]), blinks - 1)
    return count(n * 2024, blinks - 1)
stones = [int(x) for x in open(sys.argv[1]).read().split()]
print(f"part 1: {sum(count(s, 25) for s in stones)}")
print(f"part 2: {sum(count(s, 50) for s in stones)}")
