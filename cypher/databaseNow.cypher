// The database's clock: relays start from it, not from this process's clock.
RETURN toString(datetime()) AS now
