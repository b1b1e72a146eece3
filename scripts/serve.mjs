// Serves a built site on 127.0.0.1 (the same static server the end-to-end tests use).
// Usage: node scripts/serve.mjs [DIR] [PORT]
import { resolve } from 'node:path';
import { serve } from '../tests/e2e/static-server.mjs';

const dir = resolve(process.argv[2] || 'dist');
const port = Number(process.argv[3] ?? 8080);
const server = await serve(dir, { port });
console.log(`Briefing Explorer: ${server.url}  (embed view: ${server.url}?embed)`);
