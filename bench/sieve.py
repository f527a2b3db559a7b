n = 2000000
is_prime = []
i = 0
while i <= n:
    is_prime.append(True)
    i += 1
is_prime[0] = False
is_prime[1] = False
i = 2
while i * i <= n:
    if is_prime[i]:
        j = i * i
        while j <= n:
            is_prime[j] = False
            j += i
    i += 1
count = 0
for p in is_prime:
    if p:
        count += 1
print(count)
