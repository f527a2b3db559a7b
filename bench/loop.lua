local total = 0
for i = 0, 2999999 do
  total = (total + i * i % 7) % 1000003
end
print(total)
