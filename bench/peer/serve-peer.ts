import neo4j from 'neo4j-driver';
import { openDriver } from '../../src/database/graph-connection.js';
import { servePeerApi } from './peer-api.js';

// The peer API as a process of its own, like ours (bench/targets/peer-process.ts starts it). tsx
// turns source maps on, which makes every Error.stack dearer, and neo4j-driver reads one per
// query; our API runs compiled, without them, so the peer does too. Apollo stops it on SIGINT.
process.setSourceMapsEnabled(false);

// The driver settings of our API (graph-connection.ts), so both give up on a failing query alike.
const driver = openDriver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
await servePeerApi(driver, Number(process.env.PORT));
