from collections import Counter

seed = 31


def rand(n):
    global seed
    seed = seed * 16807 % 2147483647
    return seed % n


SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "en", "dra"]
vocabulary = []
for _ in range(5000):
    parts = 2 + rand(3)
    vocabulary.append("".join(SYLLABLES[rand(len(SYLLABLES))] for _ in range(parts)))
text_lines = []
for i in range(50000):
    # small indexes come up far more often, as in real text
    line = [vocabulary[rand(70) * rand(70) + rand(200)] for _ in range(8)]
    text_lines.append(" ".join(line) + ("." if i % 3 == 0 else ","))
text = "\n".join(text_lines)

words = text.replace(".", " ").replace(",", " ").split()
freq = Counter(words)
ranked = sorted(freq.items(), key=lambda pair: (-pair[1], pair[0]))
top = " ".join(f"{word}={n}" for word, n in ranked[:5])
print(f"{len(words)}, {len(freq)}, {ranked[-1][0]}, {top}")
