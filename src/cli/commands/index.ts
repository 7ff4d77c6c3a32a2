import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { serveCommand } from './serve.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { tokenCommand } from './token.js';
import { evalCommand } from './eval.js';
import { workerCommand } from './worker.js';
import { watchCommand } from './watch.js';

/** Every command, in the order `marsad --help` lists them. */
export const COMMANDS: Command[] = [extractCommand, ingestCommand, workerCommand, watchCommand, serveCommand, eventsCommand, exportCommand, evalCommand, tokenCommand];
