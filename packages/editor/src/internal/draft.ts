// The draft kept in the browser (IndexedDB) until the person saves or discards it, so closing the tab,
// a crash or a reload loses nothing. A browser without IndexedDB (some private modes) keeps no draft.
const DB = 'samverkan-editor';
const STORE = 'drafts';

/** A draft as kept: the agreement and when it was last written (milliseconds since 1970). */
export interface Draft {
  agreement: unknown;
  saved: number;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  try {
    const db = await open();
    try {
      return await new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = work(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

export async function loadDraft(key: string): Promise<Draft | undefined> {
  const draft = await run<Draft | undefined>('readonly', (s) => s.get(key) as IDBRequest<Draft | undefined>);
  return draft && typeof draft === 'object' && 'agreement' in draft ? draft : undefined;
}

export async function saveDraft(key: string, agreement: unknown): Promise<void> {
  await run('readwrite', (s) => s.put({ agreement, saved: Date.now() } satisfies Draft, key));
}

export async function clearDraft(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}
