local function map(xs, f) local out = {} for _, x in ipairs(xs) do out[#out + 1] = f(x) end return out end
local function filter(xs, f) local out = {} for _, x in ipairs(xs) do if f(x) then out[#out + 1] = x end end return out end
local function fold(xs, f, acc) for _, x in ipairs(xs) do acc = f(acc, x) end return acc end
local function make_adder(n) return function(x) return x + n end end
local xs = {}
for i = 0, 999 do xs[#xs + 1] = i end
local total = 0
for round = 0, 599 do
  local add = make_adder(round)
  local ys = filter(map(xs, add), function(y) return y % 3 == 0 end)
  total = total + fold(ys, function(a, b) return a + b end, 0)
end
print(string.format("%d", total))
