import itertools
import re
import sys
memory1, memory2 = {}, {}
for line in open(sys.argv[1]).read().splitlines():
    if line.startswith("mask"):
        mask = line.split(" = ")[1]
        ones = int(mask.replace("X", "0"), 2)
        keep = int(mask.replace("1", "0").replace("X", "1"), 2)
        floating = [35 - i for i, ch in enumerate(mask) if ch == "X"]
        continue
    address, value = map(int, re.findall(r"\d+", line))
    memory1[address] = value & keep | ones
    address |= ones
    for bits in itertools.product((0, 1), repeat=len(floating)):
        for position, bit in zip(floating, bits):
            address = address & ~(1 << position) | bit << position
        memory2[address] = value
print(f"part 1: {sum(memory1.values())}")
print(f"part 2: {sum(memory2.values())}")
