local function quicksort(xs, lo, hi)
  if lo >= hi then return end
  local mid = (lo + hi) // 2
  xs[mid], xs[hi] = xs[hi], xs[mid]
  local pivot = xs[hi]
  local store = lo
  for i = lo, hi - 1 do
    if xs[i] < pivot then
      xs[i], xs[store] = xs[store], xs[i]
      store = store + 1
    end
  end
  xs[store], xs[hi] = xs[hi], xs[store]
  quicksort(xs, lo, store - 1)
  quicksort(xs, store + 1, hi)
end

local seed = 2024
local xs = {}
for i = 1, 130000 do
  seed = seed * 16807 % 2147483647
  xs[i] = seed % 1000000
end
quicksort(xs, 1, #xs)
local check = 0
for i, x in ipairs(xs) do
  if i > 1 and xs[i - 1] > x then error("not sorted at " .. i) end
  check = (check * 31 + x) % 1000000007
end
print(string.format("%d, %d, %d", check, xs[1], xs[#xs]))
