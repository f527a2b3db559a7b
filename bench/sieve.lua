local n = 2000000
local is_prime = {}
for i = 0, n do is_prime[i] = true end
is_prime[0] = false
is_prime[1] = false
local i = 2
while i * i <= n do
  if is_prime[i] then
    local j = i * i
    while j <= n do is_prime[j] = false; j = j + i end
  end
  i = i + 1
end
local count = 0
for k = 0, n do if is_prime[k] then count = count + 1 end end
print(count)
