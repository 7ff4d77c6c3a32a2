/**
 * Events carry their document's integer key so a document full-text hit maps to its events
 * through one covering index instead of a join on the text id.
 */
export const sql = `
ALTER TABLE events ADD COLUMN doc_seq INTEGER;
UPDATE events SET doc_seq = (SELECT d.seq FROM documents d WHERE d.id = events.document_id);
CREATE INDEX events_doc_seq ON events (doc_seq);
`;
