// Every binding rule, in the order they are tried.
MATCH (r:BindingRule)
RETURN r {.*} AS rule
ORDER BY r.priority, r.id
