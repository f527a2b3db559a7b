local source = [[
cpy 0 a
cpy 125 b
cpy b c
cpy c d
inc a
dec d
jnz d -2
dec c
jnz c -5
dec b
jnz b -8
cpy a d
jnz 1 3
cpy 5 c
dec c
inc c]]
local program = {}
for line in source:gmatch("[^\n]+") do
  local ins = {}
  for word in line:gmatch("%S+") do ins[#ins + 1] = tonumber(word) or word end
  program[#program + 1] = ins
end

local regs = {a = 0, b = 0, c = 0, d = 0}
local function value(x)
  if type(x) == "number" then return x end
  return regs[x]
end

local pc = 1
local executed = 0
while pc >= 1 and pc <= #program do
  local ins = program[pc]
  local op = ins[1]
  executed = executed + 1
  if op == "cpy" then
    regs[ins[3]] = value(ins[2])
    pc = pc + 1
  elseif op == "inc" then
    regs[ins[2]] = regs[ins[2]] + 1
    pc = pc + 1
  elseif op == "dec" then
    regs[ins[2]] = regs[ins[2]] - 1
    pc = pc + 1
  elseif op == "jnz" and value(ins[2]) ~= 0 then
    pc = pc + value(ins[3])
  else
    pc = pc + 1
  end
end
print(string.format("%d, %d, %d, %d", regs.a, regs.c, regs.d, executed))
