// Creates or replaces a binding rule; it records who wrote it last and when.
MERGE (r:BindingRule {id: $rule.id})
SET r += $rule, r.updatedBy = $by, r.updatedAt = datetime()
RETURN r {.*} AS rule
