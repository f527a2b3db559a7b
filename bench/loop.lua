local total = 0
local i = 0
while i < 3000000 do
  total = (total + i * i % 7) % 1000003
  i = i + 1
end
print(total)
