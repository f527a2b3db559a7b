local size = 64
local grid = {}
local seed = 7
for y = 0, size - 1 do
  local row = {}
  for x = 0, size - 1 do
    seed = (seed * 16807) % 2147483647
    row[x] = (seed % 3 == 0) and 1 or 0
  end
  grid[y] = row
end
for gen = 0, 99 do
  local nxt = {}
  for y = 0, size - 1 do
    local row = {}
    local up, mid, down = grid[(y + size - 1) % size], grid[y], grid[(y + 1) % size]
    for x = 0, size - 1 do
      local l, r = (x + size - 1) % size, (x + 1) % size
      local n = up[l] + up[x] + up[r] + mid[l] + mid[r] + down[l] + down[x] + down[r]
      local alive = mid[x] == 1
      row[x] = (n == 3 or (alive and n == 2)) and 1 or 0
    end
    nxt[y] = row
  end
  grid = nxt
end
local live = 0
for y = 0, size - 1 do for x = 0, size - 1 do live = live + grid[y][x] end end
print(live)
