import { describe, expect, it, vi } from 'vitest';
import { openStaffConsole } from './staff-open.js';

function fakeWindow(over: { destroyed?: boolean; minimized?: boolean } = {}) {
  return {
    isDestroyed: vi.fn(() => over.destroyed ?? false),
    isMinimized: vi.fn(() => over.minimized ?? false),
    restore: vi.fn(),
    focus: vi.fn(),
    webContents: { send: vi.fn() },
  };
}

describe('openStaffConsole (the Help menu item)', () => {
  it('brings the window forward and sends staff:open with an empty payload', () => {
    const win = fakeWindow({ minimized: true });
    openStaffConsole(win as never);
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
    expect(win.webContents.send.mock.calls).toEqual([['staff:open', {}]]);
  });

  it('does nothing without a window, or with a closed one', () => {
    expect(() => openStaffConsole(null)).not.toThrow();
    const closed = fakeWindow({ destroyed: true });
    openStaffConsole(closed as never);
    expect(closed.webContents.send).not.toHaveBeenCalled();
  });
});
