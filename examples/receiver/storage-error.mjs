// The one error a store throws when it could not keep a submission; the server answers it with its status.

/** Storage could not keep a submission (disk full, database down): answer 507/503 with Retry-After. */
export class StorageError extends Error {
  name = 'StorageError';
  /**
   * @param {string} message
   * @param {{ status?: 503 | 507, retryAfterSeconds?: number, cause?: unknown }} [options]
   */
  constructor(message, { status = 503, retryAfterSeconds = 30, cause } = {}) {
    super(message, { cause });
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
