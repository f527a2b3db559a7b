total = 0
i = 0
while i < 3000000:
    total = (total + i * i % 7) % 1000003
    i += 1
print(total)
