total = 0
for i in range(3000000):
    total = (total + i * i % 7) % 1000003
print(total)
