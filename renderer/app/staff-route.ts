/**
 * The ways into the support staff console besides the Help menu (electron/menu.ts, which the store
 * hears through the bridge's onStaffOpen): the #staff address, and the menu's shortcut pressed in
 * the window (Ctrl+Shift+H, ⌘⇧H on macOS), so an operator gets there where the menu bar is hidden
 * and a browser test can open it. Customers are not shown a way in on the screens.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/store-context.js';

/** The address fragment that opens the console. */
export const STAFF_HASH = '#staff';

/** Whether a key press is the console's shortcut (the menu's STAFF_ACCELERATOR). */
export function isStaffShortcut(
  e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'>,
): boolean {
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'h';
}

/** Opens the console on #staff (at start and on change) and on the shortcut; clears #staff on leaving. */
export function useStaffRoute(): void {
  const staffOpen = useAppStore((s) => s.staffOpen);
  const setStaffOpen = useAppStore((s) => s.setStaffOpen);
  useEffect(() => {
    const fromHash = (): void => {
      if (window.location.hash === STAFF_HASH) setStaffOpen(true);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (!isStaffShortcut(e)) return;
      e.preventDefault();
      setStaffOpen(true);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', fromHash);
      window.removeEventListener('keydown', onKey);
    };
  }, [setStaffOpen]);
  useEffect(() => {
    // Leaving the console drops #staff, so the same address opens it again later.
    if (!staffOpen && window.location.hash === STAFF_HASH)
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }, [staffOpen]);
}
