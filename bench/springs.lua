local seed = 12
local function rand(n)
  seed = seed * 16807 % 2147483647
  return seed % n
end

local rows = {}
for _ = 1, 2000 do
  -- a row of springs, its groups of damaged ones, then some springs hidden as "?"
  local length = 12 + rand(8)
  local springs = {}
  for i = 1, length do springs[i] = (rand(3) == 0) and "." or "#" end
  springs = table.concat(springs)
  local groups = {}
  for run in springs:gmatch("#+") do groups[#groups + 1] = #run end
  local hidden = {}
  for i = 1, #springs do hidden[i] = (rand(5) < 3) and "?" or springs:sub(i, i) end
  rows[#rows + 1] = table.concat(hidden) .. " " .. table.concat(groups, ",")
end

local function arrangements(pattern, groups)
  local n, m = #pattern, #groups
  local cache = {}
  local function ways(i, j)
    local key = i * 128 + j
    local cached = cache[key]
    if cached then return cached end
    local total = 0
    if j > m then
      total = pattern:find("#", i, true) and 0 or 1
    elseif i <= n then
      local ch = pattern:sub(i, i)
      if ch ~= "#" then total = total + ways(i + 1, j) end
      if ch ~= "." then
        local stop = i + groups[j]
        if stop <= n + 1 and not pattern:sub(i, stop - 1):find(".", 1, true)
            and (stop == n + 1 or pattern:sub(stop, stop) ~= "#") then
          total = total + ways(stop + 1, j + 1)
        end
      end
    end
    cache[key] = total
    return total
  end
  return ways(1, 1)
end

local part1, part2 = 0, 0
for _, line in ipairs(rows) do
  local pattern, spec = line:match("(%S+) (%S+)")
  local groups = {}
  for g in spec:gmatch("%d+") do groups[#groups + 1] = tonumber(g) end
  part1 = part1 + arrangements(pattern, groups)
  local big, big_groups = {}, {}
  for k = 1, 5 do
    big[k] = pattern
    for _, g in ipairs(groups) do big_groups[#big_groups + 1] = g end
  end
  part2 = part2 + arrangements(table.concat(big, "?"), big_groups)
end
print(string.format("%d, %d", part1, part2))
