local height, width = 64, 64
local seed = 99
local grid = {}
for r = 0, height - 1 do
  local row = {}
  for c = 0, width - 1 do
    seed = seed * 16807 % 2147483647
    row[c] = (seed % 5 == 0) and 1 or 0
  end
  grid[r] = row
end
local around = {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}}
for step = 1, 50 do
  local nxt = {}
  for r = 0, height - 1 do
    local row, new_row = grid[r], {}
    for c = 0, width - 1 do
      local total = row[c]
      for _, d in ipairs(around) do
        total = total + grid[(r + d[1]) % height][(c + d[2]) % width]
      end
      new_row[c] = total % 10
    end
    nxt[r] = new_row
  end
  grid = nxt
end
local check, zeros = 0, 0
for r = 0, height - 1 do
  for c = 0, width - 1 do
    local v = grid[r][c]
    check = (check * 7 + v) % 1000000007
    if v == 0 then zeros = zeros + 1 end
  end
end
print(string.format("%d, %d", check, zeros))
