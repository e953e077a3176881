// Why the store refused a change, for the API's and the page's answers (404, 409).
import type { ItemState } from './conflict-state.js';
export class NotFoundError extends Error {}
/** The item is not in the state the change needs; `field` names what the caller should look at again. */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly field = '(path) id',
  ) {
    super(message);
  }
  /** A refused decision's item as it is now (store/conflict-state.ts), for the API's 409; unset for other refusals. */
  current?: ItemState;
  /** Every field the refusal names (the API's `errors`). */
  get fields(): readonly string[] {
    return [this.field];
  }
}
/** The item's texts were purged by retention, so it takes nothing that holds text, nor a correction. */
export class PurgedError extends ConflictError {}
/**
 * A correction that would record what is already in force (the same outcome and the same reviewer
 * label): nothing would change but a second decision saying the same. Names both fields: one of them
 * must differ.
 */
export class UnchangedCorrectionError extends ConflictError {
  constructor(
    message: string,
    /** The decision in force, as the page says it: its outcome and label. */
    readonly inForce: { outcome: string; label: string | null },
  ) {
    super(message, 'outcome');
  }
  override get fields(): readonly string[] {
    return ['outcome', 'label'];
  }
}
/** An audit entry whose items were asked for is no export: only an export's items are listed. */
export class NotExportError extends ConflictError {
  constructor(
    readonly seq: number,
    /** The entry's action (decision, read, …), which the page names. */
    readonly action: string,
  ) {
    super(`audit entry ${seq} is a ${action} entry, not an export: only an export's items are listed`);
  }
}
