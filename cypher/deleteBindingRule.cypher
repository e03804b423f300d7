// Deletes a binding rule and returns it as it was; no row when there was none.
MATCH (r:BindingRule {id: $id})
WITH r, r {.*} AS rule
DELETE r
RETURN rule
