/**
 * The Help menu's "support staff console": the main process tells the window to show it, on the
 * one event channel for it (staff:open, no payload). The window also opens it by its own shortcut
 * and by the #staff address (renderer/app/staff-route.ts).
 */
import type { BrowserWindow } from 'electron';
import type { IpcEvents } from '../../shared/ipc-contract.js';

/** Brings the window forward and shows the staff console; nothing when there is no window. */
export function openStaffConsole(
  win: Pick<
    BrowserWindow,
    'isDestroyed' | 'isMinimized' | 'restore' | 'focus' | 'webContents'
  > | null,
): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.focus();
  const payload: IpcEvents['staff:open'] = {};
  win.webContents.send('staff:open', payload);
}
