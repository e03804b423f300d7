// Components at a site (their `location`), for plans that take a whole site down.
MATCH (c:Component {location: $location})
RETURN c.id AS id
ORDER BY id
