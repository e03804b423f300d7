// Puts every recorded status back to UP (tests end with a quiet estate); history is kept.
MATCH (s:CurrentStatus) SET s.state = 'UP'
RETURN count(s) AS reset
