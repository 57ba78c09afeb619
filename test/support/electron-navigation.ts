/**
 * Test helper: drives a web contents' navigation listeners the way Electron 45 does, so a guard is
 * tested against the real event order and event objects, not against one event fired by hand.
 *
 * Modelled on Electron v41.7.1's shell/browser/electron_navigation_throttle.cc (WillStartRequest)
 * and WebContents::EmitNavigationEvent in shell/browser/api/electron_api_web_contents.cc:
 *  - a renderer-initiated navigation first emits 'will-frame-navigate' (for every frame, the main
 *    frame included); if a listener prevented it, the navigation is cancelled and nothing else is
 *    emitted;
 *  - only then, and only for the main frame, 'will-navigate'; prevented means cancelled;
 *  - a redirect emits 'will-redirect' (WillRedirectRequest).
 * Each emit gets a fresh Event whose own properties are the details (url, isSameDocument,
 * isMainFrame, processId, routingId, frame, initiator) followed by the legacy positional arguments
 * (url, isSameDocument, isMainFrame, processId, routingId).
 */
import type { EventEmitter } from 'node:events';

/** What Electron's gin_helper::internal::Event with the navigation details looks like to JS. */
export interface NavigationEventObject {
  url: string;
  isSameDocument: boolean;
  isMainFrame: boolean;
  processId: number;
  routingId: number;
  frame: null;
  initiator: null;
  defaultPrevented: boolean;
  preventDefault(): void;
}

function navigationEvent(url: string, isMainFrame: boolean): NavigationEventObject {
  const event: NavigationEventObject = {
    url,
    isSameDocument: false,
    isMainFrame,
    processId: 4,
    routingId: isMainFrame ? 1 : 2,
    frame: null,
    initiator: null,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

function emitNavigationEvent(contents: EventEmitter, name: string, event: NavigationEventObject) {
  contents.emit(
    name,
    event,
    event.url,
    event.isSameDocument,
    event.isMainFrame,
    event.processId,
    event.routingId,
  );
  return event.defaultPrevented;
}

/** What happened to one navigation, and which events were emitted on the way. */
export interface NavigationOutcome {
  cancelled: boolean;
  emitted: string[];
}

/** A renderer-initiated navigation (a clicked link, location.href = …), in Electron 45's order. */
export function startNavigation(
  contents: EventEmitter,
  url: string,
  options: { mainFrame?: boolean } = {},
): NavigationOutcome {
  const mainFrame = options.mainFrame ?? true;
  const emitted = ['will-frame-navigate'];
  if (emitNavigationEvent(contents, 'will-frame-navigate', navigationEvent(url, mainFrame)))
    return { cancelled: true, emitted };
  if (!mainFrame) return { cancelled: false, emitted };
  emitted.push('will-navigate');
  const cancelled = emitNavigationEvent(contents, 'will-navigate', navigationEvent(url, true));
  return { cancelled, emitted };
}

/** A server redirect of a navigation already under way. */
export function redirectNavigation(contents: EventEmitter, url: string): NavigationOutcome {
  const cancelled = emitNavigationEvent(contents, 'will-redirect', navigationEvent(url, true));
  return { cancelled, emitted: ['will-redirect'] };
}
