/**
 * Covering indexes for the actor and place listings: the GROUP BY walks an index in group
 * order instead of sorting every actor row, and rejected events are found through a partial index.
 */
export const sql = `
CREATE INDEX event_actors_group ON event_actors (name, actor_id, country, event_seq, search);
CREATE INDEX events_rejected ON events (seq) WHERE status = 'rejected';
CREATE INDEX events_place_group ON events (place_name, place_id, country, lat, lon, status, place_search);
`;
