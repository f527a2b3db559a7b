def look_and_say(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        j = i + 1
        while j < n and s[j] == ch:
            j += 1
        out.append(str(j - i))
        out.append(ch)
        i = j
    return "".join(out)


s = "1113222113"
for _ in range(42):
    s = look_and_say(s)
ones = 0
for ch in s:
    if ch == "1":
        ones += 1


def encode(text):
    out = []
    run = 0
    prev = ""
    for ch in text:
        if ch == prev:
            run += 1
        else:
            if run > 0:
                out.append(f"{run}{prev}")
            prev = ch
            run = 1
    if run > 0:
        out.append(f"{run}{prev}")
    return "".join(out)


def decode(code):
    out = []
    run = 0
    for ch in code:
        if ch.isdigit():
            run = run * 10 + int(ch)
        else:
            out.append(ch * run)
            run = 0
    return "".join(out)


seed = 11
letters = "abcd"
pieces = []
for _ in range(60000):
    seed = seed * 16807 % 2147483647
    pieces.append(letters[seed % 4] * (1 + seed % 7))
text = "".join(pieces)
code = encode(text)
assert decode(code) == text
print(f"{len(s)}, {ones}, {len(text)}, {len(code)}")
