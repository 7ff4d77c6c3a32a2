import { randomBytes, createHash } from 'node:crypto';
import { defineCommand, EXIT } from '../command.js';
import { writeLine } from '../shared.js';
import { MarsadError } from '../../errors.js';

export const tokenCommand = defineCommand({
  name: 'token',
  summary: 'create an API token: prints the token once and the line to add to the tokens file',
  usage: 'token NAME',
  options: {},
  async run(ctx) {
    const name = ctx.positionals[0];
    if (!name || !/^[\w.-]{1,64}$/.test(name)) throw new MarsadError('E_USAGE', 'NAME: expected 1-64 letters, digits, dots, dashes or underscores');
    const token = randomBytes(24).toString('base64url');
    const hash = createHash('sha256').update(token, 'utf8').digest('hex');
    writeLine(ctx.stdout, `token (give it to ${name}; it is not stored): ${token}`);
    writeLine(ctx.stdout, `tokens file line (stored, hashed): ${name}:${hash}`);
    return EXIT.ok;
  },
});
