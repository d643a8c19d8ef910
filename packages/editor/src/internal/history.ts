/**
 * Undo and redo over whole values. Typing into one field is one step: edits with the same `session` key
 * replace the newest state rather than add one, until the session ends (the field's `change`).
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private session: string | undefined;

  constructor(public present: T) {}

  /** Makes `next` the present; a new step unless it continues the open session. */
  record(next: T, session?: string): void {
    if (session === undefined || session !== this.session) {
      this.past.push(this.present);
      // A bound, so a long day of typing does not grow without end.
      if (this.past.length > 500) this.past.shift();
    }
    this.present = next;
    this.future = [];
    this.session = session;
  }

  /** Ends the typing session, so the next edit is a step of its own. */
  endSession(): void {
    this.session = undefined;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.present);
    this.present = previous;
    this.session = undefined;
    return previous;
  }

  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present);
    this.present = next;
    this.session = undefined;
    return next;
  }

  /** Starts over from `value`, with nothing to undo. */
  reset(value: T): void {
    this.past = [];
    this.future = [];
    this.session = undefined;
    this.present = value;
  }
}
