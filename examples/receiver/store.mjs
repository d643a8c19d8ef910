// Where the receiver keeps submissions: one small interface, two stores behind it.
//
//   open()               ready to use: the file read back (as a stream) or the table made
//   insert(submission)   keeps it unless its idempotency key is kept already, and resolves only once it is
//                        durable: { stored: true, submission } or { stored: false, submission: the earlier
//                        one }. Rejects with a StorageError when it could not keep it; nothing is then
//                        acknowledged, and what was kept before stays kept.
//   find(key)            the submission kept under a key, or undefined
//   list()               every submission, oldest first, as an async iterable (read in pages, never whole)
//   close()
//
// A submission is { id, key, fingerprint, received, interest }; `fingerprint` is a hash of the body it came
// in, so the same key sent with another body can be refused (422).
//
// The JSON-lines file (file-store.mjs) is the embedded default, for one process. PostgreSQL
// (postgres-store.mjs) is for a receiver run as several processes behind a load balancer; it is chosen by
// the one setting DATABASE_URL.
import { FileStore } from './file-store.mjs';

export { StorageError } from './storage-error.mjs';

/**
 * Opens the store the settings name: PostgreSQL when `databaseUrl` is given, else the JSON-lines file.
 * @param {{ dataFile?: string, databaseUrl?: string, table?: string }} options
 */
export async function openStore({ dataFile, databaseUrl, table }) {
  if (databaseUrl) {
    const { PostgresStore } = await import('./postgres-store.mjs');
    const store = new PostgresStore(databaseUrl, { table });
    await store.open();
    return store;
  }
  if (!dataFile) throw new TypeError('openStore needs a dataFile or a databaseUrl');
  const store = new FileStore(dataFile);
  await store.open();
  return store;
}
