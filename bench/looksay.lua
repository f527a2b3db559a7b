local byte, char = string.byte, string.char

local function look_and_say(s)
  local out = {}
  local i, n = 1, #s
  while i <= n do
    local b = byte(s, i)
    local j = i + 1
    while j <= n and byte(s, j) == b do j = j + 1 end
    out[#out + 1] = (j - i) .. char(b)
    i = j
  end
  return table.concat(out)
end

local s = "1113222113"
for _ = 1, 42 do s = look_and_say(s) end
local ones = 0
for k = 1, #s do if byte(s, k) == 49 then ones = ones + 1 end end  -- "1"

local function encode(text)
  local out = {}
  local run, prev = 0, nil
  for k = 1, #text do
    local b = byte(text, k)
    if b == prev then
      run = run + 1
    else
      if run > 0 then out[#out + 1] = run .. char(prev) end
      prev = b
      run = 1
    end
  end
  if run > 0 then out[#out + 1] = run .. char(prev) end
  return table.concat(out)
end

local function decode(code)
  local out = {}
  local run = 0
  for k = 1, #code do
    local b = byte(code, k)
    if b >= 48 and b <= 57 then  -- a digit
      run = run * 10 + (b - 48)
    else
      out[#out + 1] = char(b):rep(run)
      run = 0
    end
  end
  return table.concat(out)
end

local seed = 11
local letters = "abcd"
local pieces = {}
for _ = 1, 60000 do
  seed = seed * 16807 % 2147483647
  local k = seed % 4 + 1
  pieces[#pieces + 1] = letters:sub(k, k):rep(1 + seed % 7)
end
local text = table.concat(pieces)
local code = encode(text)
assert(decode(code) == text)
print(string.format("%d, %d, %d, %d", #s, ones, #text, #code))
