local seed = 31
local function rand(n)
  seed = seed * 16807 % 2147483647
  return seed % n
end

local syllables = {"ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "en", "dra"}
local vocabulary = {}
for i = 0, 4999 do
  local word = {}
  for k = 1, 2 + rand(3) do word[k] = syllables[rand(#syllables) + 1] end
  vocabulary[i] = table.concat(word)
end
local text_lines = {}
for i = 0, 49999 do
  local line = {}
  -- small indexes come up far more often, as in real text
  for k = 1, 8 do line[k] = vocabulary[rand(70) * rand(70) + rand(200)] end
  text_lines[#text_lines + 1] = table.concat(line, " ") .. ((i % 3 == 0) and "." or ",")
end
local text = table.concat(text_lines, "\n")

local freq, distinct, nwords = {}, {}, 0
for word in text:gmatch("%a+") do
  nwords = nwords + 1
  local n = freq[word]
  if n == nil then distinct[#distinct + 1] = word end
  freq[word] = (n or 0) + 1
end
table.sort(distinct, function(a, b)
  if freq[a] ~= freq[b] then return freq[a] > freq[b] end
  return a < b
end)
local top = {}
for k = 1, 5 do top[k] = distinct[k] .. "=" .. freq[distinct[k]] end
print(string.format("%d, %d, %s, %s", nwords, #distinct, distinct[#distinct], table.concat(top, " ")))
