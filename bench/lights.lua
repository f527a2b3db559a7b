local seed = 6
local function rand(n)
  seed = seed * 16807 % 2147483647
  return seed % n
end

local words = {"turn on ", "turn off ", "toggle "}
local instructions = {}
for _ = 1, 400 do
  local x, y, w, h = rand(1000), rand(1000), rand(210), rand(210)
  local x2, y2 = math.min(x + w, 999), math.min(y + h, 999)
  instructions[#instructions + 1] = string.format("%s%d,%d through %d,%d", words[rand(3) + 1], x, y, x2, y2)
end
local text = table.concat(instructions, "\n")

local size = 1000
local lights = {}
for i = 0, size * size - 1 do lights[i] = false end
for line in text:gmatch("[^\n]+") do
  local x1, y1, x2, y2 = line:match("(%d+),(%d+) through (%d+),(%d+)")
  x1, y1, x2, y2 = tonumber(x1), tonumber(y1), tonumber(x2), tonumber(y2)
  local toggle = line:sub(1, 6) == "toggle"
  local on = line:sub(1, 7) == "turn on"
  for y = y1, y2 do
    local row = y * size
    if toggle then
      for i = row + x1, row + x2 do lights[i] = not lights[i] end
    else
      for i = row + x1, row + x2 do lights[i] = on end
    end
  end
end
local lit = 0
for i = 0, size * size - 1 do if lights[i] then lit = lit + 1 end end
print(lit)
