export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'FETCH_FAILED'
  | 'PORT_IN_USE'
  | 'ALREADY_RUNNING'
  | 'START_TIMEOUT'
  | 'PROCESS_EXITED'
  | 'STOP_TIMEOUT'
  | 'PASSWORD_MISMATCH';

/** A problem with the project's local Neo4j, with a message that says what to do about it. */
export class LocalNeo4jError extends Error {
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}
