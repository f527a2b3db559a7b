from math import inf

state = 2463534242


def next_random():
    global state
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state


def popcount(x):
    bits = 0
    while x:
        x &= x - 1
        bits += 1
    return bits


ones = sum(popcount(next_random()) for _ in range(150000))

N = 14
dist = [[0 if i == j else 10 + (next_random() >> 7) % 90 for j in range(N)] for i in range(N)]
full = 1 << N
dp = [[inf] * N for _ in range(full)]
dp[1][0] = 0
for mask in range(1, full, 2):
    row = dp[mask]
    for last in range(N):
        cost = row[last]
        if cost == inf:
            continue
        for step in range(N):
            bit = 1 << step
            if mask & bit:
                continue
            through = cost + dist[last][step]
            if through < dp[mask | bit][step]:
                dp[mask | bit][step] = through
best = min(dp[full - 1][last] + dist[last][0] for last in range(1, N))
print(f"{ones}, {best}, {popcount(state)}")
