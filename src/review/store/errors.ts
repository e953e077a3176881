// Why the store refused a change, for the API's and the page's answers (404, 409).
export class NotFoundError extends Error {}
/** The item is not in the state the change needs; `field` names what the caller should look at again. */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly field = '(path) id',
  ) {
    super(message);
  }
}
/** The item's texts were purged by retention, so it takes nothing that holds text, nor a correction. */
export class PurgedError extends ConflictError {}
