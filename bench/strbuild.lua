local buf = {}
for i = 0, 199999 do buf[#buf + 1] = tostring(i % 10) end
local s = table.concat(buf)
local digits = 0
for k = 1, #s do if s:sub(k, k) == "7" then digits = digits + 1 end end
local parts = {}
for i = 0, 49999 do parts[#parts + 1] = "item" .. i end
local jb = {}
for _, p in ipairs(parts) do jb[#jb + 1] = p .. "," end
local joined = table.concat(jb)
print(string.format("%d, %d, %d", #s, digits, #joined))
