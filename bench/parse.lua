local seed = 22
local function rand(n)
  seed = seed * 16807 % 2147483647
  return seed % n
end

local reports = {}
for _ = 1, 65000 do
  local sx = rand(4000000) - 500000
  local sy = rand(4000000) - 500000
  local bx = sx + rand(200001) - 100000
  local by = sy + rand(200001) - 100000
  reports[#reports + 1] = string.format("Sensor at x=%d, y=%d: closest beacon is at x=%d, y=%d", sx, sy, bx, by)
end
local text = table.concat(reports, "\n")

local total, widest = 0, 0
local bands, nbands = {}, 0
for line in text:gmatch("[^\n]+") do
  local sx, sy, bx, by = line:match("x=(-?%d+), y=(-?%d+): closest beacon is at x=(-?%d+), y=(-?%d+)")
  sx, sy, bx, by = tonumber(sx), tonumber(sy), tonumber(bx), tonumber(by)
  local reach = math.abs(sx - bx) + math.abs(sy - by)
  total = total + reach
  widest = math.max(widest, reach)
  local band = sy // 250000
  if bands[band] == nil then nbands = nbands + 1 end
  bands[band] = (bands[band] or 0) + 1
end
local most = 0
for _, c in pairs(bands) do most = math.max(most, c) end
print(string.format("%d, %d, %d, %d, %d", #reports, total, widest, nbands, most))
