// A holder stopping gives its lease up, so other processes' writers need not wait for it to lapse.
MATCH (m:CascadeMeta {id: 'topology'})
WHERE m.leaseHolder = $holder
SET m.leaseUntil = 0
RETURN count(m) AS released
