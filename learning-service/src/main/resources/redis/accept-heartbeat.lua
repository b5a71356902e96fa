-- Accepts a heartbeat if the learner's playing state is still the one it was judged against (compare and set on
-- seq), and buffers the accepted heartbeat for the flush to the database, in one step.
-- KEYS[1] the learner's playing state (hash), KEYS[2] the buffer of accepted heartbeats (list)
-- ARGV[1] the seq read before ('0' when nothing was playing); ARGV[2..6] the new lesson, position, at (epoch ms),
-- heartbeat id and seq; ARGV[7] the buffered record; ARGV[8] how long the state is kept, in seconds
local seq = redis.call('HGET', KEYS[1], 'seq')
if (seq or '0') ~= ARGV[1] then
    return 0
end
redis.call('HSET', KEYS[1], 'lesson', ARGV[2], 'position', ARGV[3], 'at', ARGV[4], 'hb', ARGV[5], 'seq', ARGV[6])
redis.call('EXPIRE', KEYS[1], ARGV[8])
redis.call('RPUSH', KEYS[2], ARGV[7])
return 1
