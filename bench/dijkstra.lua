-- a binary min-heap of {cost, cell} entries
local function push(heap, cost, cell)
  local i = #heap + 1
  heap[i] = {cost, cell}
  while i > 1 do
    local parent = i // 2
    if heap[parent][1] <= cost then break end
    heap[i], heap[parent] = heap[parent], heap[i]
    i = parent
  end
end

local function pop(heap)
  local top = heap[1]
  local last = heap[#heap]
  heap[#heap] = nil
  local n = #heap
  if n > 0 then
    heap[1] = last
    local i = 1
    while true do
      local l, r, smallest = 2 * i, 2 * i + 1, i
      if l <= n and heap[l][1] < heap[smallest][1] then smallest = l end
      if r <= n and heap[r][1] < heap[smallest][1] then smallest = r end
      if smallest == i then break end
      heap[i], heap[smallest] = heap[smallest], heap[i]
      i = smallest
    end
  end
  return top[1], top[2]
end

local size = 280
local seed = 15
local risk = {}
for r = 0, size - 1 do
  local row = {}
  for c = 0, size - 1 do
    seed = seed * 16807 % 2147483647
    row[c] = 1 + seed % 9
  end
  risk[r] = row
end

local steps = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
local best = {}
local queue = {}
push(queue, 0, 0)
while #queue > 0 do
  local cost, cell = pop(queue)
  if best[cell] == nil then
    best[cell] = cost
    local r, c = cell // size, cell % size
    for _, s in ipairs(steps) do
      local nr, nc = r + s[1], c + s[2]
      if nr >= 0 and nr < size and nc >= 0 and nc < size and best[nr * size + nc] == nil then
        push(queue, cost + risk[nr][nc], nr * size + nc)
      end
    end
  end
end
local total = 0
for _, cost in pairs(best) do total = total + cost end
print(string.format("%d, %d", best[(size - 1) * size + size - 1], total))
