local size = 240
local seed = 3
local maze = {}
for r = 0, size - 1 do
  local row = {}
  for c = 0, size - 1 do
    seed = seed * 16807 % 2147483647
    row[c] = (seed % 100 < 28) and "#" or "."
  end
  maze[r] = row
end
local steps = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

local function bfs(start_r, start_c)
  -- cells are keyed by r * size + c; the queue is a table with head and tail indexes
  local dist = {[start_r * size + start_c] = 0}
  local reached = 1
  local qr, qc = {start_r}, {start_c}
  local head, tail = 1, 1
  local far = 0
  while head <= tail do
    local r, c = qr[head], qc[head]
    head = head + 1
    local d = dist[r * size + c]
    if d > far then far = d end
    for _, s in ipairs(steps) do
      local nr, nc = r + s[1], c + s[2]
      if nr >= 0 and nr < size and nc >= 0 and nc < size and maze[nr][nc] == "." and dist[nr * size + nc] == nil then
        dist[nr * size + nc] = d + 1
        reached = reached + 1
        tail = tail + 1
        qr[tail], qc[tail] = nr, nc
      end
    end
  end
  return far, reached
end

local total_far, total_reached = 0, 0
for k = 0, 7 do
  local r = k * 24 + 5
  local c = size - 1 - k * 23
  if maze[r][c] == "." then
    local far, reached = bfs(r, c)
    total_far = total_far + far
    total_reached = total_reached + reached
  end
end
print(string.format("%d, %d", total_far, total_reached))
