export { LocalNeo4jError, type LocalNeo4jErrorCode } from './local-neo4j-error.js';
export { adoptLocalNeo4j, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions, type LocalNeo4jStatus, type RunningNeo4j } from './launch.js';
export { pinnedNeo4jVersion } from './neo4j-jars.js';
