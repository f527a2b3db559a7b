local counts = {}
local order = {}
local seed = 42
for i = 0, 399999 do
  seed = (seed * 16807) % 2147483647
  local key = "k" .. string.format("%d", seed % 5000)
  local c = counts[key]
  if c == nil then counts[key] = 1; order[#order + 1] = key else counts[key] = c + 1 end
end
local best, best_key = 0, ""
for _, k in ipairs(order) do
  local v = counts[k]
  if v > best or (v == best and k < best_key) then best = v; best_key = k end
end
print(string.format("%d, %s, %d", #order, best_key, best))
