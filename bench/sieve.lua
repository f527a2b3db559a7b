local n = 2000000
local is_prime = {}
for i = 0, n do is_prime[i] = true end
is_prime[0] = false
is_prime[1] = false
for i = 2, math.floor(math.sqrt(n)) do
  if is_prime[i] then
    for j = i * i, n, i do is_prime[j] = false end
  end
end
local count = 0
for k = 0, n do if is_prime[k] then count = count + 1 end end
print(count)
