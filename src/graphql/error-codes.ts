/** The error codes a client can see in `extensions.code`, besides Apollo's own (BAD_USER_INPUT, ...). */
export const ClaimgraphErrorCode = {
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  DatabaseAuthFailed: 'DATABASE_AUTH_FAILED',
  DatabaseQueryFailed: 'DATABASE_QUERY_FAILED',
  DatabaseTimeout: 'DATABASE_TIMEOUT',
  DatabaseMemoryLimit: 'DATABASE_MEMORY_LIMIT',
  CostLimitExceeded: 'COST_LIMIT_EXCEEDED',
  ResponseTooLarge: 'RESPONSE_TOO_LARGE',
  OperationNotSupported: 'OPERATION_NOT_SUPPORTED',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;
export type ClaimgraphErrorCode = (typeof ClaimgraphErrorCode)[keyof typeof ClaimgraphErrorCode];
