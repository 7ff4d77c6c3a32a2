import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';

/** Every command, in the order `marsad --help` lists them. */
export const COMMANDS: Command[] = [extractCommand, ingestCommand];
