// Status changes from an instant on, oldest first, for relaying changes made by other API
// processes to this one's subscribers. The caller asks from a little before its last one, since a
// change's instant is its statement's and it may commit later than a newer one, but never from
// before $floor (when its subscribers began listening).
MATCH (c:StatusChange)
WHERE c.at >= datetime($since) - duration({seconds: $overlapSeconds}) AND c.at >= datetime($floor)
RETURN c {.*} AS change
ORDER BY c.at, c.id
LIMIT 1000
