import re
import sys
memory = "".join(open(sys.argv[1]).read().splitlines())
MUL = r"mul\((\d{1,3}),(\d{1,3})\)"
part1 = sum(int(a) * int(b) for a, b in re.findall(MUL, memory))
print(f"part 1: {part1}")
enabled = True
total = 0
for m in re.finditer(r"mul\((\d{1,3}),(\d{1,3})\)|do\(\)|don't\(\)", memory):
    if m.group(0) == "do()":
        enabled = True
    elif m.group(0) == "don't()":
        enabled = False
    elif enabled:
        total += int(m.group(1)) * int(m.group(2))
print(f"part 2: {total}")
