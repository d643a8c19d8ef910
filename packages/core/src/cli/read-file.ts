import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Reads a file named on the command line as UTF-8 text, only if it is a regular file. Opened without
 * blocking and checked before reading, so a FIFO (or a device) fails at once with `ENOTREG` instead of
 * hanging the CLI until something writes to it; a folder fails with `EISDIR`.
 */
export async function readRegularFile(path: string): Promise<string> {
  // O_NONBLOCK: opening a FIFO that no one writes to would otherwise wait for ever; a regular file reads as usual.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      const code = stats.isDirectory() ? 'EISDIR' : 'ENOTREG';
      throw Object.assign(new Error(`${code}: not a regular file, read '${path}'`), { code, path });
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
