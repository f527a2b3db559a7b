local state = 2463534242
local function next_random()
  state = state ~ ((state << 13) & 0xFFFFFFFF)
  state = state ~ (state >> 17)
  state = state ~ ((state << 5) & 0xFFFFFFFF)
  return state
end

local function popcount(x)
  local bits = 0
  while x ~= 0 do
    x = x & (x - 1)
    bits = bits + 1
  end
  return bits
end

local ones = 0
for _ = 1, 150000 do ones = ones + popcount(next_random()) end

local n = 14
local dist = {}
for i = 0, n - 1 do
  local row = {}
  for j = 0, n - 1 do row[j] = (i == j) and 0 or 10 + (next_random() >> 7) % 90 end
  dist[i] = row
end
local full = 1 << n
local inf = math.huge
local dp = {}
for mask = 0, full - 1 do
  local row = {}
  for k = 0, n - 1 do row[k] = inf end
  dp[mask] = row
end
dp[1][0] = 0
for mask = 1, full - 1, 2 do
  local row = dp[mask]
  for last = 0, n - 1 do
    local cost = row[last]
    if cost ~= inf then
      local from = dist[last]
      for step = 0, n - 1 do
        local bit = 1 << step
        if mask & bit == 0 then
          local through = cost + from[step]
          local target = dp[mask | bit]
          if through < target[step] then target[step] = through end
        end
      end
    end
  end
end
local best = inf
for last = 1, n - 1 do best = math.min(best, dp[full - 1][last] + dist[last][0]) end
print(string.format("%d, %d, %d", ones, best, popcount(state)))
