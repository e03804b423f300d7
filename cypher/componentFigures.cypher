// The availability figures of components, by id: components without a figure and missing ids return no row.
UNWIND $ids AS id
MATCH (c:Component {id: id})
WHERE c.availability IS NOT NULL OR c.mtbfHours IS NOT NULL OR c.mttrHours IS NOT NULL
RETURN c.id AS id, c.availability AS availability, c.mtbfHours AS mtbfHours, c.mttrHours AS mttrHours,
       c.availabilitySource AS source
