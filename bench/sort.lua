local function merge_sort(xs)
  if #xs <= 1 then return xs end
  local mid = #xs // 2
  local left = merge_sort(table.move(xs, 1, mid, 1, {}))
  local right = merge_sort(table.move(xs, mid + 1, #xs, 1, {}))
  local out = {}
  local i, j = 1, 1
  while i <= #left and j <= #right do
    if left[i] <= right[j] then out[#out + 1] = left[i]; i = i + 1 else out[#out + 1] = right[j]; j = j + 1 end
  end
  while i <= #left do out[#out + 1] = left[i]; i = i + 1 end
  while j <= #right do out[#out + 1] = right[j]; j = j + 1 end
  return out
end
local function insertion_sort(xs)
  for i = 2, #xs do
    local v = xs[i]
    local j = i - 1
    while j >= 1 and xs[j] > v do xs[j + 1] = xs[j]; j = j - 1 end
    xs[j + 1] = v
  end
  return xs
end
local seed = 1
local xs = {}
for i = 0, 59999 do seed = (seed * 16807) % 2147483647; xs[#xs + 1] = seed % 100000 end
local s = merge_sort(xs)
local small = insertion_sort(table.move(xs, 1, 1500, 1, {}))
local check = 0
for i = 1, #s, 997 do check = (check * 31 + s[i]) % 1000000007 end
print(string.format("%d, %d, %d", check, small[1], small[#small]))
