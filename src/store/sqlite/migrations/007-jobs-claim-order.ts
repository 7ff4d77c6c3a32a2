/**
 * Claims take open jobs in id order: an index over open jobs in that order lets a claim read the
 * first N instead of sorting every open job (a freshly filled queue can hold millions).
 */
export const sql = `
DROP INDEX jobs_open;
CREATE INDEX jobs_open_order ON jobs (id) WHERE state IN ('pending', 'running');
`;
