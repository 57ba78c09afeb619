/**
 * Which renderers may call IPC: the top frame of a window this app created, showing the app's own
 * page (checklist item 17). Anything else (a subframe, a page that navigated away, some other web
 * contents) is refused before its payload is even parsed.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from '../app-origin.js';

// Ids are never reused within one run of the app, and each is dropped when its contents go away.
const trusted = new Set<number>();

/** Marks a window's web contents as the app's own (window.ts calls this for the window it makes). */
export function trustWebContents(contents: WebContents): void {
  trusted.add(contents.id);
  contents.once('destroyed', () => trusted.delete(contents.id));
}

/** The part of an invoke event the check reads. */
export type SenderInfo = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/** True when the message comes from a trusted window's top frame on app://sendcheck. */
export function isTrustedSender(event: SenderInfo): boolean {
  const frame = event.senderFrame;
  // null: the frame navigated or was destroyed since it sent the message.
  if (frame === null || frame === undefined) return false;
  if (!trusted.has(event.sender.id)) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
