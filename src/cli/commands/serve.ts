import { readFileSync } from 'node:fs';
import { defineCommand, integerOption, stringOption } from '../command.js';
import { writeLine } from '../shared.js';
import { MarsadError } from '../../errors.js';
import { openStore } from '../../store/open-store.js';
import { createExtractor } from '../../pipeline/run.js';
import { createBodyIngester } from '../../service/ingest-body.js';
import { startServer } from '../../api/index.js';
import { PACKAGE_ROOT } from '../../lexicon/paths.js';
import { join } from 'node:path';

/** Token hashes from a file (one `name:sha256hex` per line, # comments) and $MARSAD_API_TOKENS (comma separated). */
function readTokenHashes(file: string | undefined): string[] {
  const entries: string[] = [];
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new MarsadError('E_CONFIG', `cannot read tokens file: ${(error as Error).message}`, { origin: file });
    }
    for (const line of text.split('\n')) {
      const entry = line.replace(/#.*/, '').trim();
      if (entry) entries.push(entry);
    }
  }
  const env = process.env['MARSAD_API_TOKENS'];
  if (env) entries.push(...env.split(',').map((e) => e.trim()).filter(Boolean));
  return entries;
}

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'HTTP API and web app (default 127.0.0.1:8787)',
  usage: 'serve [--db DB] [--host HOST] [--port PORT] [--tokens FILE] [--private]',
  options: {
    db: { type: 'string', description: 'SQLite file or postgres:// URL', default: './marsad.db', placeholder: 'DB' },
    host: { type: 'string', description: 'address to listen on', default: '127.0.0.1', placeholder: 'HOST' },
    port: { type: 'string', description: 'port to listen on', default: '8787', placeholder: 'PORT' },
    tokens: { type: 'string', description: 'file of API token hashes, one name:sha256hex per line (see `marsad token`); also $MARSAD_API_TOKENS', placeholder: 'FILE' },
    private: { type: 'boolean', description: 'require a token for reads too' },
    cors: { type: 'string', description: 'origins allowed by CORS, comma separated (off by default)', placeholder: 'ORIGINS' },
  },
  async run(ctx) {
    const port = integerOption(ctx.values, 'port', 0, 65535) ?? 8787;
    const store = await openStore(stringOption(ctx.values, 'db') ?? './marsad.db');
    const cors = stringOption(ctx.values, 'cors');
    const server = await startServer({
      store,
      ingest: createBodyIngester(store, createExtractor()),
      tokenHashes: readTokenHashes(stringOption(ctx.values, 'tokens')),
      publicReads: ctx.values['private'] !== true,
      corsOrigins: cors ? cors.split(',').map((o) => o.trim()).filter(Boolean) : [],
      webRoot: join(PACKAGE_ROOT, 'web', 'dist'),
      host: stringOption(ctx.values, 'host') ?? '127.0.0.1',
      port,
    });
    writeLine(ctx.stderr, `marsad serving ${server.url} (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await store.close();
    return 0;
  },
});
