-- Sets (or, with an empty score, removes) one member's score in the sorted sets of the organisations on
-- their path, and keeps each organisation's sum of scores beside them, in one atomic step: an
-- organisation's average is then its sum over its set's size, without reading the set.
-- KEYS[1]: the year's hash of sums (field: organisation id); KEYS[2..]: the organisations' sorted sets,
-- each key ending in the organisation id. ARGV[1]: the member id; ARGV[2]: the new score, or "".
local member, score = ARGV[1], ARGV[2]
for i = 2, #KEYS do
  local old = redis.call('ZSCORE', KEYS[i], member)
  local org = string.match(KEYS[i], '(%d+)$')
  if score == '' then
    if old then
      redis.call('ZREM', KEYS[i], member)
      redis.call('HINCRBYFLOAT', KEYS[1], org, -tonumber(old))
    end
  else
    redis.call('ZADD', KEYS[i], score, member)
    redis.call('HINCRBYFLOAT', KEYS[1], org, tonumber(score) - (old and tonumber(old) or 0))
  end
end
return 0
