local function make(depth)
  if depth == 0 then return {left = false, right = false} end
  return {left = make(depth - 1), right = make(depth - 1)}
end
local function check(t)
  if not t.left then return 1 end
  return 1 + check(t.left) + check(t.right)
end
local total = 0
for i = 0, 39 do total = total + check(make(13)) end
local long_lived = {}
for i = 0, 1999 do long_lived[#long_lived + 1] = {i, {i, i + 1}, {v = i}} end
local sum = 0
for _, item in ipairs(long_lived) do sum = sum + item[2][2] + item[3].v end
print(string.format("%d, %d", total, sum))
