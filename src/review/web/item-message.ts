// What the item page may show besides the item: a one-time message, a refused form's errors, what was typed.
import type { PurgeDue } from '../purge-due.js';

/** A one-time message after a form: a success ("Tersimpan: …"), or a refusal (nothing saved or changed). */
export interface ItemMessage {
  text: string;
  refused?: boolean;
}

/** What the item page may show besides the item: a one-time status message, or a refused form's errors and what was typed. */
export interface ItemPageExtras {
  flash?: ItemMessage;
  /** Messages (in Indonesian) of a decision or note form the server refused; nothing was saved. */
  formErrors?: string[];
  /** `corrects` set: what was typed in the correction form (its reason and label), not the decision form. */
  typed?: { reason?: string; label?: string; text?: string; suggestedLabel?: string; outcome?: string; corrects?: string };
  /** When retention purges the item's text under the current settings (purgeDueAt); unset: not said. */
  purgeDue?: PurgeDue;
}
