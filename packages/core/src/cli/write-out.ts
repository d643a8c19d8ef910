// Node's fs module as CommonJS, as in read-file.ts.
const { writeSync } = process.getBuiltinModule('node:fs');

/**
 * A writer to standard output or error that writes to the file descriptor itself, as long as it can
 * (the stream is asked for only when needed):
 * `process.stdout` builds a stream on first use (for a pipe, the net and stream modules), a tenth of
 * the CLI's cold start for a few writes that are synchronous anyway on a file, a terminal or (on
 * Linux) a pipe. When the descriptor would block (a full pipe opened without blocking) or fails
 * otherwise, the rest of the text and everything after it goes through the stream, which waits for
 * the pipe and reports its errors as Node always does; the order of what is written is kept.
 *
 * @example
 * ```ts
 * const stdout = directWriter(1, () => process.stdout);
 * stdout('0 fel · 9 varningar\n');
 * ```
 */
export function directWriter(fd: number, stream: () => Pick<NodeJS.WritableStream, 'write'>, write: typeof writeSync = writeSync): (text: string) => void {
  let direct = true;
  return (text) => {
    if (!direct) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += write(fd, bytes, done, bytes.length - done);
    } catch {
      direct = false;
      stream().write(bytes.subarray(done));
    }
  };
}
