/** Indexes for the actor and place listings (see the SQLite migration of the same name). */
export const sql = `
CREATE INDEX event_actors_group ON event_actors (name, actor_id, country, event_seq, search);
CREATE INDEX events_rejected ON events (seq) WHERE status = 'rejected';
CREATE INDEX events_place_group ON events (place_name, place_id, country, lat, lon, status, place_search);
`;
