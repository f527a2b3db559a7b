SOURCE = """cpy 0 a
cpy 125 b
cpy b c
cpy c d
inc a
dec d
jnz d -2
dec c
jnz c -5
dec b
jnz b -8
cpy a d
jnz 1 3
cpy 5 c
dec c
inc c"""
program = [[word if word.isalpha() else int(word) for word in line.split()] for line in SOURCE.splitlines()]

regs = {"a": 0, "b": 0, "c": 0, "d": 0}


def value(x):
    return x if isinstance(x, int) else regs[x]


pc = 0
executed = 0
while 0 <= pc < len(program):
    ins = program[pc]
    op = ins[0]
    executed += 1
    if op == "cpy":
        regs[ins[2]] = value(ins[1])
    elif op == "inc":
        regs[ins[1]] += 1
    elif op == "dec":
        regs[ins[1]] -= 1
    elif op == "jnz" and value(ins[1]) != 0:
        pc += value(ins[2])
        continue
    pc += 1
print(f"{regs['a']}, {regs['c']}, {regs['d']}, {executed}")
